/// A source file as the index last saw it.
public struct StoredSource: Sendable, Hashable {
    public var hash: String
    public var size: Int64
    public var modified: Double

    public init(hash: String, size: Int64, modified: Double) {
        self.hash = hash
        self.size = size
        self.modified = modified
    }
}

/// What an ingest writes to: the index (the store), or a recorder in tests. The ingest prepares
/// text; the sink knows storage, never text.
public protocol IngestSink: Sendable {
    /// Sources already indexed, by stored path.
    func storedSources() throws -> [String: StoredSource]
    /// The extractor version the stored rows were written by (nil before one was recorded).
    func extractorVersion() throws -> Int?
    /// Runs `body` as one transaction: all it writes lands, or (when it throws) nothing does.
    func transaction(_ body: (any IngestWriter) throws -> Void) throws
}

/// The writes of one ingest, inside its transaction.
public protocol IngestWriter {
    /// Records the extractor version and marks every stored source changed (so a later ingest
    /// re-reads the ones this one does not).
    func setExtractorVersion(_ version: Int) throws
    /// A source unchanged in content whose size or time changed.
    func touch(path: String, size: Int64, modified: Double) throws
    /// Removes a source with its occurrences, and the answers no other source still has.
    func removeSource(path: String) throws
    /// Key hashes of the answers already indexed.
    func knownAnswerKeys() throws -> Set<Int64>
    /// Adds a source about to be written (its counts start at zero), with its own title if it has one.
    func addSource(path: String, hash: String, size: Int64, modified: Double, format: String, title: String?) throws
    /// Adds to a source's counts.
    func addCounts(_ counts: SourceCounts, path: String) throws
    /// Writes one prepared answer: a new answer with its facts, frames and search rows, or one
    /// more occurrence of an answer already indexed (found by its key hash).
    func write(_ answer: PreparedAnswer) throws
    /// Ends the ingest's writes (drops what no fact uses any more).
    func finish() throws
    /// Keeps the corpus's own search synonym groups (from `kb-lexicon.json`) for searches.
    func setSearchSynonyms(_ groups: [[String]]) throws
}

extension IngestWriter {
    public func setSearchSynonyms(_ groups: [[String]]) throws {}
}
