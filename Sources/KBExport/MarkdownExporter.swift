import KBModel
import KBText
/// The fact sheet as GitHub-flavoured Markdown: each source under its title, each of its sections
/// (headed by its question, else its topic) with its facts as a list (each with its sources,
/// conflict marks and the code that follows it as a fenced block), a table of its numbers, and the
/// conflict list at the end. Corpus text is escaped: it renders as text and never breaks a list or
/// table. A large sheet is written as pages (``write(_:pages:to:)``): `index.md` with the
/// contents and the conflicts, and one file per source.
public struct MarkdownExporter: Exporter {
    public init() {}

    public func write(_ sheet: FactSheetStream, pages: [SheetPage]?, to write: (String, String) throws -> Void) throws {
        // With one source file, places are written as its line numbers.
        let onlyPath = sheet.onlyPath
        var out = "# \(Self.escape(sheet.sheet.title))\n\n" + Self.summary(sheet.sheet)
        if let onlyPath { out += "\nSource: `\(Self.code(onlyPath))`; places are its line numbers.\n" }
        guard let pages else {
            try write("", out)
            var openSource: String?
            for batch in sheet.batches {
                out = ""
                Self.body(sheet, try sheet.sections(batch), level: 2, onlyPath: onlyPath, conflictPage: "", openSource: &openSource, into: &out)
                try write("", out)
            }
            try write("", Self.conflicts(sheet.sheet, onlyPath: onlyPath))
            return
        }
        let outline = sheet.outline
        out += "\n## Contents\n"
        for page in pages {
            let facts = page.sections.reduce(0) { $0 + outline[$1].facts }
            out += "\n### [\(Self.escape(page.title))](\(page.name).md) (\(facts) fact\(facts == 1 ? "" : "s"))\n\n"
            if outline.count <= FactSheetPages.maxIndexHeadings {
                for section in page.sections { out += "- " + Self.item(outline[section].heading) + "\n" }
            } else {
                // Too many sections to list: the headings the page runs between.
                out += "\(page.sections.count) sections: " + Self.escape(outline[page.sections.lowerBound].heading)
                if page.sections.count > 1 { out += " … " + Self.escape(outline[page.sections.upperBound - 1].heading) }
                out += "\n"
            }
        }
        out += Self.conflicts(sheet.sheet, onlyPath: onlyPath)
        try write("index.md", out)
        for page in pages {
            out = "# \(Self.escape(page.title))\n\n[\(Self.escape(sheet.sheet.title))](index.md) · `\(Self.code(page.source))`\n"
            var openSource: String?
            Self.body(sheet, try sheet.sections(page.sections), level: 1, onlyPath: onlyPath, conflictPage: "index.md",
                      openSource: &openSource, into: &out)
            try write(page.name + ".md", out)
        }
    }

    static func summary(_ sheet: FactSheet) -> String {
        let summary = sheet.summary
        var out = "\(summary.facts) facts from \(summary.answers) answers in \(summary.sources) source\(summary.sources == 1 ? "" : "s")"
        out += " (\(summary.duplicatesMerged) duplicate answer\(summary.duplicatesMerged == 1 ? "" : "s") merged), "
        out += "\(summary.claims) numeric claims, \(summary.conflicts) conflict\(summary.conflicts == 1 ? "" : "s").\n"
        if let generated = sheet.generated { out += "\nGenerated \(Self.escape(generated)).\n" }
        return out
    }

    static func place(_ source: String, onlyPath: String?) -> String {
        guard let onlyPath, source.hasPrefix(onlyPath + ":") else { return "`\(code(source))`" }
        return "line " + source.dropFirst(onlyPath.count + 1)
    }

    /// Some sections: each source's under a heading of `level` (its title), their own one level
    /// deeper. On a page of one source (`level` 1) the page's title names the source. The source
    /// last headed (`openSource`) carries over to the next batch.
    static func body(_ sheet: FactSheetStream, _ sections: [FactSheet.Section], level: Int, onlyPath: String?, conflictPage: String,
                     openSource: inout String?, into out: inout String) {
        let titleOf = sheet.sourceTitles()
        let sourceMarks = String(repeating: "#", count: level), sectionMarks = String(repeating: "#", count: level + 1)
        for section in sections {
            if level > 1, section.source != openSource {
                openSource = section.source
                let title = titleOf(section.source)
                out += "\n\(sourceMarks) \(escape(title))\n"
                if title != section.source { out += "\n`\(code(section.source))`\n" }
            }
            out += "\n\(sectionMarks) \(escape(section.heading))\n\n"
            var openLead: String?
            var openSources: [String]?
            for fact in section.facts {
                // Facts of one answer share their places: written once, above them.
                if fact.sources != openSources {
                    out += (openSources == nil ? "" : "\n") + "<sub>" + fact.sources.map { place($0, onlyPath: onlyPath) }.joined(separator: " · ") + "</sub>\n\n"
                    openSources = fact.sources
                    openLead = nil
                }
                // Items of one enumeration share their lead-in: written once, the items under it.
                let indent: String
                if !fact.lead.isEmpty {
                    if openLead != fact.lead { out += "- " + item(fact.lead) + "\n" }
                    openLead = fact.lead
                    indent = "  "
                } else {
                    openLead = nil
                    indent = ""
                }
                out += indent + "- " + item(fact.lead.isEmpty ? fact.text : fact.body)
                if !fact.conflicts.isEmpty {
                    out += " **⚠ conflict " + fact.conflicts.map { "[\($0)](\(conflictPage)#conflict-\($0))" }.joined(separator: ", ") + "**"
                }
                out += "\n"
                for block in fact.code { out += fenced(block, indent: indent + "  ") }
            }
            // Numbers by subject and named metric. Hedged claims (rumours, examples) and numbers whose
            // metric only restates their unit ("count", "percentage") stay in the JSON and CSV exports.
            let claims = section.claims.filter { !$0.hedged && !unnamedMetrics.contains($0.metric) }
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
                             claim.conditions.joined(separator: "; ")].map(escape)
                let source = onlyPath.flatMap { claim.source.hasPrefix($0 + ":") ? String(claim.source.dropFirst($0.count + 1)) : nil }
                    ?? "`\(code(claim.source))`"
                out += "| " + cells.joined(separator: " | ") + " | " + source + " |\n"
            }
        }
    }

    static func conflicts(_ sheet: FactSheet, onlyPath: String?) -> String {
        guard !sheet.conflicts.isEmpty else { return "" }
        var out = "\n## Conflicts\n"
        for conflict in sheet.conflicts {
            out += "\n<a id=\"conflict-\(conflict.number)\"></a>\n"
            out += "### \(conflict.number). \(conflict.severity) · \(conflict.kind) · \(escape(conflict.subject))\n\n"
            out += escape(conflict.message) + "\n\n"
            for side in conflict.facts {
                out += "- \(place(side.source, onlyPath: onlyPath)) \(escape(side.says)): “\(escape(side.text))”\n"
            }
            out += "\n<sub>id `\(conflict.id)`</sub>\n"
        }
        return out
    }

    /// Code as a fenced block under a list item: indented to the item's text, and fenced with more
    /// backticks than any run inside it, so that the code can never close it.
    static func fenced(_ code: String, indent: String) -> String {
        var longest = 0, run = 0
        for character in code {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        var out = "\n" + indent + fence + "\n"
        for line in code.split(separator: "\n", omittingEmptySubsequences: false) {
            out += (line.isEmpty ? "" : indent + line) + "\n"
        }
        return out + indent + fence + "\n\n"
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
