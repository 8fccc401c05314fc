/// What the index holds: the figures `kb stats` reports.
///
/// Encoded with the JSON contract's snake_case keys:
/// `{"sources": 1, "answer_records": 62, "answers": 31, "duplicates_removed": 31, ...}`.
public struct IndexStats: Sendable, Hashable, Codable {
    public var sources = 0
    /// Answer records read from all sources (occurrences of answers).
    public var answerRecords = 0
    /// Unique answers after deduplication.
    public var answers = 0
    /// `answerRecords - answers`.
    public var duplicatesRemoved = 0
    /// Records removed as page chrome.
    public var boilerplateLines = 0
    /// Chrome prefixes stripped from the front of answers.
    public var boilerplatePrefixes = 0
    public var facts = 0
    /// Distinct statements among the facts (a statement repeated across answers counts once).
    public var factClusters = 0
    public var claims = 0
    /// Answers that carry a question (from HTML, Markdown or JSON sources).
    public var questions = 0
    /// Sources per format ("txt", "md", "html", "json").
    public var formats: [String: Int] = [:]
    public var schemaVersion = 0

    public init() {}

    enum CodingKeys: String, CodingKey {
        case sources
        case answerRecords = "answer_records"
        case answers
        case duplicatesRemoved = "duplicates_removed"
        case boilerplateLines = "boilerplate_lines"
        case boilerplatePrefixes = "boilerplate_prefixes"
        case facts
        case factClusters = "fact_clusters"
        case claims
        case questions
        case formats
        case schemaVersion = "schema_version"
    }
}

/// The outcome of one `kb ingest`.
public struct IngestReport: Sendable {
    /// The index after the ingest.
    public var stats: IndexStats
    /// Files read and (re)indexed.
    public var indexedFiles: [String] = []
    /// Files whose content had not changed since the last ingest.
    public var skippedUnchanged: [String] = []
    /// Sources dropped because their file is gone from an ingested folder.
    public var removedSources: [String] = []
    /// Files no reader claims.
    public var skippedUnknown: [String] = []
    /// Files read with a remark (path and one line each), such as a page with no FAQ structure.
    public var warnings: [(path: String, message: String)] = []
    /// Files or paths that could not be read; the rest was indexed.
    public var errors: [IngestError] = []
    public var seconds: Double = 0

    public init(stats: IndexStats) {
        self.stats = stats
    }

    /// Whether the ingest changed nothing.
    public var changedNothing: Bool { indexedFiles.isEmpty && removedSources.isEmpty }
}

/// Where an ingest is, for progress display.
public struct IngestProgress: Sendable {
    public enum Phase: String, Sendable {
        case reading, indexing
    }

    public var phase: Phase
    public var completed: Int
    public var total: Int

    public init(phase: Phase, completed: Int, total: Int) {
        self.phase = phase
        self.completed = completed
        self.total = total
    }
}
