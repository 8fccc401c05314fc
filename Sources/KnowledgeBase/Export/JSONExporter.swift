import Foundation

/// The whole fact sheet as one JSON document (keys sorted, so the same index gives the same bytes).
/// Its `answers` array holds every unique answer with its question: `kb ingest` of the file
/// re-creates the same facts.
public struct JSONExporter: Exporter {
    public init() {}

    public func render(_ sheet: FactSheet) -> [(name: String, contents: String)] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
        let data = (try? encoder.encode(sheet)) ?? Data("{}".utf8)
        return [("", String(decoding: data, as: UTF8.self) + "\n")]
    }
}
