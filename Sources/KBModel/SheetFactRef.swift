/// A fact as a fact sheet's layout sees it: which answer and statement it belongs to and where it
/// starts, with a fingerprint of its wording instead of the text. An export of any size lays out
/// every fact from these, then loads the text of one batch of sections at a time.
public struct SheetFactRef: Sendable, Hashable {
    public var id: Int64
    public var answerID: Int64
    public var clusterID: Int64
    /// Where the fact's body starts in its answer's text, in code points (`facts.start`).
    public var start: Int
    /// The answer's topic.
    public var topic: String
    /// Equal for facts with equal text (a hash: the sheet shows a statement in its most repeated
    /// wording).
    public var wording: Int
    /// The text's length in characters.
    public var length: Int
    /// How many numeric claims the fact holds.
    public var claimCount: Int
    /// Whether the fact passes the export's text filter (`--subject`); true without one.
    public var kept: Bool

    public init(id: Int64, answerID: Int64, clusterID: Int64, start: Int, topic: String, wording: Int, length: Int, claimCount: Int,
                kept: Bool = true) {
        self.id = id
        self.answerID = answerID
        self.clusterID = clusterID
        self.start = start
        self.topic = topic
        self.wording = wording
        self.length = length
        self.claimCount = claimCount
        self.kept = kept
    }
}
