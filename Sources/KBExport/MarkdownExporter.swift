import KBModel
import KBText
/// The fact sheet as GitHub-flavoured Markdown: one section per topic with its questions, its facts
/// as a list (each with its sources and conflict marks), a table of its numbers, and the conflict
/// list at the end. Corpus text is escaped: it renders as text and never breaks a list or table.
public struct MarkdownExporter: Exporter {
    public init() {}

    public func render(_ sheet: FactSheet) -> [(name: String, contents: String)] {
        var out = "# \(Self.escape(sheet.title))\n\n"
        let summary = sheet.summary
        out += "\(summary.facts) facts from \(summary.answers) answers in \(summary.sources) source\(summary.sources == 1 ? "" : "s")"
        out += " (\(summary.duplicatesMerged) duplicate answer\(summary.duplicatesMerged == 1 ? "" : "s") merged), "
        out += "\(summary.claims) numeric claims, \(summary.conflicts) conflict\(summary.conflicts == 1 ? "" : "s").\n"
        if let generated = sheet.generated { out += "\nGenerated \(Self.escape(generated)).\n" }
        // With one source file, places are written as its line numbers.
        var paths: Set<Substring> = []
        for section in sheet.sections {
            for fact in section.facts {
                for source in fact.sources { paths.insert(source[..<(source.firstIndex(of: ":") ?? source.endIndex)]) }
            }
        }
        let onlyPath = paths.count == 1 ? paths.first.map(String.init) : nil
        if let onlyPath { out += "\nSource: `\(Self.code(onlyPath))`; places are its line numbers.\n" }
        let onlyPrefix = onlyPath.map { $0 + ":" }
        func place(_ source: String) -> String {
            guard let onlyPrefix, source.hasPrefix(onlyPrefix) else { return "`\(Self.code(source))`" }
            return "line " + source.dropFirst(onlyPrefix.count)
        }
        for section in sheet.sections {
            out += "\n## \(Self.escape(section.topic))\n\n"
            if !section.questions.isEmpty {
                out += section.questions.map { "> **Q:** \(Self.escape($0))" }.joined(separator: "\n>\n") + "\n\n"
            }
            var openLead: String?
            var openSources: [String]?
            for fact in section.facts {
                // Facts of one answer share their places: written once, above them.
                if fact.sources != openSources {
                    out += (openSources == nil ? "" : "\n") + "<sub>" + fact.sources.map(place).joined(separator: " · ") + "</sub>\n\n"
                    openSources = fact.sources
                    openLead = nil
                }
                // Items of one enumeration share their lead-in: written once, the items under it.
                let indent: String
                if !fact.lead.isEmpty {
                    if openLead != fact.lead { out += "- " + Self.item(fact.lead) + "\n" }
                    openLead = fact.lead
                    indent = "  "
                } else {
                    openLead = nil
                    indent = ""
                }
                out += indent + "- " + Self.item(fact.lead.isEmpty ? fact.text : fact.body)
                if !fact.conflicts.isEmpty {
                    out += " **⚠ conflict " + fact.conflicts.map { "[\($0)](#conflict-\($0))" }.joined(separator: ", ") + "**"
                }
                out += "\n"
            }
            // Numbers by subject and named metric. Hedged claims (rumours, examples) and numbers whose
            // metric only restates their unit ("count", "percentage") stay in the JSON and CSV exports.
            let claims = section.claims.filter { !$0.hedged && !Self.unnamedMetrics.contains($0.metric) }
            if !claims.isEmpty {
                out += "\n| subject | metric | value | comparator | normalised | conditions | \(onlyPath == nil ? "source" : "line") |\n"
                out += "|---|---|---|---|---|---|---|\n"
            }
            var previous: String?
            for claim in claims {
                // A subject is named on its first row only.
                let subject = claim.subject == previous ? "" : claim.subject
                previous = claim.subject
                let cells = [subject, claim.metric, claim.value, claim.comparator, claim.normalized,
                             claim.conditions.joined(separator: "; ")].map(Self.escape)
                let source = onlyPrefix.flatMap { claim.source.hasPrefix($0) ? String(claim.source.dropFirst($0.count)) : nil }
                    ?? "`\(Self.code(claim.source))`"
                out += "| " + cells.joined(separator: " | ") + " | " + source + " |\n"
            }
        }
        if !sheet.conflicts.isEmpty {
            out += "\n## Conflicts\n"
            for conflict in sheet.conflicts {
                out += "\n<a id=\"conflict-\(conflict.number)\"></a>\n"
                out += "### \(conflict.number). \(conflict.severity) · \(conflict.kind) · \(Self.escape(conflict.subject))\n\n"
                out += Self.escape(conflict.message) + "\n\n"
                for side in conflict.facts {
                    out += "- \(place(side.source)) \(Self.escape(side.says)): “\(Self.escape(side.text))”\n"
                }
                out += "\n<sub>id `\(conflict.id)`</sub>\n"
            }
        }
        return [("", out)]
    }

    /// Metrics that only name a claim's unit, left out of the Markdown tables.
    static let unnamedMetrics: Set<String> = ["count", "percentage", "ratio", ""]


    /// Corpus text as Markdown text: ASCII punctuation that could start markup is backslash-escaped
    /// (CommonMark allows that for every ASCII punctuation character), line breaks become spaces.
    static func escape(_ text: String) -> String {
        // Most text needs nothing: one pass over the bytes decides.
        guard text.utf8.contains(where: { $0 < 0x80 && markdownSpecial[Int($0)] }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80, markdownSpecial[Int(scalar.value)] {
                if scalar == "\n" || scalar == "\r" || scalar == "\t" {
                    out.append(" ")
                } else {
                    out.append("\\")
                    out.append(scalar)
                }
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// ASCII characters `escape` changes: markup punctuation, and line breaks and tabs.
    static let markdownSpecial: [Bool] = (0..<128).map { value in
        "\\`*_[]<>|~#&!{}\n\r\t".unicodeScalars.contains { $0.value == UInt32(value) }
    }

    /// Corpus text as a list item's text: escaped, and a leading list marker (`- `, `+ `, `1. `,
    /// `2) `, kept from the source's own list) escaped too, so it is not read as a nested list.
    static func item(_ text: String) -> String {
        let escaped = escape(text)
        let digits = escaped.prefix { $0.isASCII && $0.isNumber }
        let rest = escaped.dropFirst(digits.count)
        guard let marker = rest.first, (rest.dropFirst().first ?? " ") == " " else { return escaped }
        let opensList = digits.isEmpty ? marker == "-" || marker == "+" : digits.count <= 9 && (marker == "." || marker == ")")
        return opensList ? digits + "\\" + rest : escaped
    }

    /// Text inside a code span: backticks and line breaks cannot close or break it; pipes are
    /// escaped so a table cell stays one cell.
    static func code(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x60 || $0 == 0x0A || $0 == 0x7C }) else { return text }
        return text.replacingAll("`", with: "'").replacingAll("\n", with: " ").replacingAll("|", with: "\\|")
    }
}
