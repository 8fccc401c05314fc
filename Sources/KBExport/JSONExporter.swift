import KBModel
import KBText
/// The whole fact sheet as one JSON document, written by hand for speed and in pieces (a batch of
/// sections at a time) (Foundation's encoder takes
/// seconds on large sheets on Linux): keys sorted at every level, one fact, claim, conflict or
/// answer per line, so the same index gives the same bytes and exports diff line by line. Its
/// `answers` array holds every unique answer with its question: `kb ingest` of the file re-creates
/// the same facts. `JSONDecoder` reads it back into a ``FactSheet``.
public struct JSONExporter: Exporter {
    public init() {}

    public func write(_ stream: FactSheetStream, pages: [SheetPage]?, to write: (String, String) throws -> Void) throws {
        let sheet = stream.sheet
        try write("", "{\n\"answers\": [")
        var count = 0
        try stream.forEachAnswerBatch { batch in
            var out = ""
            for answer in batch {
                out += count == 0 ? "\n" : ",\n"
                count += 1
                out += "{\"answer\": " + Self.string(FactSheet.Answer.escaped(answer.answer))
                out += ", \"question\": " + (answer.question.map { Self.string(FactSheet.Answer.escaped($0)) } ?? "null")
                out += ", \"sources\": " + Self.array(answer.sources) + ", \"topic\": " + Self.string(answer.topic) + "}"
            }
            try write("", out)
        }
        var out = "\n],\n\"conflicts\": ["
        for (index, conflict) in sheet.conflicts.enumerated() {
            out += index == 0 ? "\n" : ",\n"
            out += "{\"attribute\": " + Self.string(conflict.attribute) + ", \"facts\": ["
            out += conflict.facts.map { side in
                "{\"says\": " + Self.string(side.says) + ", \"source\": " + Self.string(side.source) + ", \"text\": " + Self.string(side.text) + "}"
            }.joined(separator: ", ")
            out += "], \"id\": " + Self.string(conflict.id) + ", \"kind\": " + Self.string(conflict.kind)
            out += ", \"message\": " + Self.string(conflict.message) + ", \"number\": \(conflict.number)"
            out += ", \"severity\": " + Self.string(conflict.severity) + ", \"subject\": " + Self.string(conflict.subject)
            out += ", \"values\": " + Self.array(conflict.values) + "}"
        }
        out += "\n],\n"
        if let generated = sheet.generated { out += "\"generated\": " + Self.string(generated) + ",\n" }
        out += "\"sections\": ["
        try write("", out)
        for batch in stream.batches {
            out = ""
            for (offset, section) in try stream.sections(batch).enumerated() {
                out += batch.lowerBound + offset == 0 ? "\n" : ",\n"
                out += "{\"claims\": ["
                for (claimIndex, claim) in section.claims.enumerated() {
                    out += claimIndex == 0 ? "\n" : ",\n"
                    out += "{\"comparator\": " + Self.string(claim.comparator) + ", \"conditions\": " + Self.array(claim.conditions)
                    out += ", \"fact\": " + Self.string(claim.fact) + ", \"hedged\": " + (claim.hedged ? "true" : "false")
                    out += ", \"metric\": " + Self.string(claim.metric) + ", \"normalized\": " + Self.string(claim.normalized)
                    out += ", \"source\": " + Self.string(claim.source) + ", \"subject\": " + Self.string(claim.subject)
                    out += ", \"value\": " + Self.string(claim.value) + "}"
                }
                out += section.claims.isEmpty ? "], \"facts\": [" : "\n], \"facts\": ["
                for (factIndex, fact) in section.facts.enumerated() {
                    out += factIndex == 0 ? "\n" : ",\n"
                    out += "{\"body\": " + Self.string(fact.body) + ", \"code\": " + Self.array(fact.code)
                    out += ", \"conflicts\": [" + fact.conflicts.map(String.init).joined(separator: ", ")
                    out += "], \"id\": " + Self.string(fact.id) + ", \"lead\": " + Self.string(fact.lead)
                    out += ", \"sources\": " + Self.array(fact.sources) + ", \"text\": " + Self.string(fact.text) + "}"
                }
                out += "\n], \"heading\": " + Self.string(section.heading) + ", \"questions\": " + Self.array(section.questions)
                out += ", \"source\": " + Self.string(section.source) + ", \"topic\": " + Self.string(section.topic) + "}"
            }
            try write("", out)
        }
        out = "\n],\n\"sources\": ["
        for (index, source) in sheet.sources.enumerated() {
            out += index == 0 ? "\n" : ",\n"
            out += "{\"path\": " + Self.string(source.path) + ", \"title\": " + Self.string(source.title) + "}"
        }
        let summary = sheet.summary
        out += "\n],\n\"summary\": {\"answers\": \(summary.answers), \"claims\": \(summary.claims), \"conflicts\": \(summary.conflicts), "
        out += "\"duplicates_merged\": \(summary.duplicatesMerged), \"fact_occurrences\": \(summary.factOccurrences), "
        out += "\"facts\": \(summary.facts), \"sources\": \(summary.sources)},\n"
        out += "\"title\": " + Self.string(sheet.title) + "\n}\n"
        try write("", out)
    }

    static func array(_ values: [String]) -> String {
        "[" + values.map(string).joined(separator: ", ") + "]"
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped; slashes and
    /// non-ASCII text as they are.
    static func string(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) else { return "\"" + text + "\"" }
        var out = String.UnicodeScalarView()
        out.append("\"")
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out.append(contentsOf: "\\\"".unicodeScalars)
            case "\\": out.append(contentsOf: "\\\\".unicodeScalars)
            case "\n": out.append(contentsOf: "\\n".unicodeScalars)
            case "\r": out.append(contentsOf: "\\r".unicodeScalars)
            case "\t": out.append(contentsOf: "\\t".unicodeScalars)
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
                } else {
                    out.append(scalar)
                }
            }
        }
        out.append("\"")
        return String(out)
    }
}
