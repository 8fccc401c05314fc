import KBModel
import KBText
/// The fact sheet as three RFC 4180 tables: `facts.csv` (with each fact's section heading and the
/// code that follows it), `claims.csv` and `findings.csv` (UTF-8,
/// header row, CRLF line ends, fields with commas, quotes or line breaks quoted, quotes doubled).
/// Cells that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab
/// or a carriage return) are prefixed with `'`.
public struct CSVExporter: Exporter {
    public init() {}

    public func write(_ stream: FactSheetStream, pages: [SheetPage]?, to write: (String, String) throws -> Void) throws {
        try write("facts.csv", Self.row(["fact_id", "topic", "text", "sources", "conflicts", "heading", "code"]))
        // Claims are few beside facts: their table is kept until the facts are written.
        var claims = Self.row(["fact_id", "topic", "subject", "metric", "value", "comparator", "normalized", "conditions", "hedged",
                               "source"])
        for batch in stream.batches {
            var facts = ""
            for section in try stream.sections(batch) {
                for fact in section.facts {
                    facts += Self.row([fact.id, Self.text(section.topic), Self.text(fact.text), Self.text(fact.sources.joined(separator: "; ")),
                                       fact.conflicts.map(String.init).joined(separator: " "), Self.text(section.heading),
                                       Self.text(fact.code.joined(separator: "\n\n"))])
                }
                for claim in section.claims {
                    claims += Self.row([claim.fact, Self.text(section.topic), Self.text(claim.subject), Self.text(claim.metric),
                                        Self.text(claim.value), claim.comparator, claim.normalized,
                                        Self.text(claim.conditions.joined(separator: "; ")), claim.hedged ? "true" : "false",
                                        Self.text(claim.source)])
                }
            }
            try write("facts.csv", facts)
        }
        try write("claims.csv", claims)
        var findings = Self.row(["number", "id", "kind", "severity", "subject", "attribute", "message", "sources", "values"])
        for conflict in stream.sheet.conflicts {
            findings += Self.row([String(conflict.number), conflict.id, conflict.kind, conflict.severity, Self.text(conflict.subject),
                                  Self.text(conflict.attribute), Self.text(conflict.message),
                                  Self.text(conflict.facts.map(\.source).joined(separator: "; ")),
                                  Self.text(conflict.values.joined(separator: "; "))])
        }
        try write("findings.csv", findings)
    }

    /// One record: every field protected against formula injection (the comparator `=` too), and
    /// quoted when it holds a comma, a quote or a line break.
    static func row(_ fields: [String]) -> String {
        fields.map(text).map { field in
            guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return field }
            return "\"" + field.replacingAll("\"", with: "\"\"") + "\""
        }.joined(separator: ",") + "\r\n"
    }

    /// A text cell protected against formula injection.
    static func text(_ value: String) -> String {
        guard let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return value }
        return "'" + value
    }
}
