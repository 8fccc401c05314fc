import Foundation

/// A corpus file turned into answer records, before boilerplate removal.
public struct SourceDocument: Sendable, Hashable {
    /// The path as stored in the index.
    public var path: String
    /// The records in file order.
    public var records: [AnswerRecord]

    public init(path: String, records: [AnswerRecord]) {
        self.path = path
        self.records = records
    }
}

/// Reads one file format into answer records.
///
/// For example:
///
/// ```swift
/// let document = try TextReader().read(data, path: "Corpus/serverless-faq.txt")
/// document.records.count  // 65: one per non-empty line
/// ```
public protocol DocumentReader: Sendable {
    /// File extensions (lowercased, without the dot) this reader claims.
    var fileExtensions: Set<String> { get }
    /// Turns the bytes of one file into records; `path` is only used in locations and errors.
    func read(_ data: Data, path: String) throws(IngestError) -> SourceDocument
}
