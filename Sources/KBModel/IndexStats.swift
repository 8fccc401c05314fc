import KBText
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
    /// Of those, answers that said the same thing in other words (near-duplicates).
    public var nearDuplicatesMerged = 0
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
        case nearDuplicatesMerged = "near_duplicates_merged"
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
