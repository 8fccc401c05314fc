import KBModel
import KBText
/// One ranked search result.
public struct SearchHit: Sendable, Hashable {
    public var factID: Int64
    public var answerID: Int64
    /// The fact as it reads on its own.
    public var text: String
    /// The fact (or a window of it around the first match) with matched ranges.
    public var snippet: HighlightedText
    /// bm25 score: lower is better (SQLite's convention).
    public var score: Double
    public var topic: String
    public var question: String?
    /// The first place the fact occurs; `occurrences` lists them all.
    public var location: SourceLocation
    public var occurrences: [SourceLocation]
    /// Answer search: the answer's score (bm25, lower is better), the facts that matched, how
    /// many query words the answer holds, and whether only its question or topic matched.
    public var answerScore: Double?
    public var matchedFactIDs: [Int64] = []
    public var matchedWords: Int?
    public var matchedQuestionOnly = false
    /// More matching facts of the answer, after the best one (at most two).
    public var moreSnippets: [HighlightedText] = []

    public init(factID: Int64, answerID: Int64, text: String, snippet: HighlightedText, score: Double,
                topic: String, question: String?, location: SourceLocation, occurrences: [SourceLocation]) {
        self.factID = factID
        self.answerID = answerID
        self.text = text
        self.snippet = snippet
        self.score = score
        self.topic = topic
        self.question = question
        self.location = location
        self.occurrences = occurrences
    }
}
