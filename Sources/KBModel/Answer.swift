import KBText
/// A unique answer after boilerplate removal and deduplication, with every place it occurs.
public struct Answer: Sendable, Hashable {
    /// The cleaned answer text.
    public var text: String
    /// The lead phrase of the answer, for example "AWS Lambda SnapStart (2025)".
    public var topic: String
    /// The question, when the source has one.
    public var question: String?
    /// The deduplication key: the hash of the text folded by ``TextNormalizer/key(_:)``.
    public var keyHash: Int64
    /// Every source location of this answer, in reading order; never empty.
    public var occurrences: [SourceLocation]
    /// How many answers that say the same thing in other words were merged into this one.
    public var nearDuplicatesMerged = 0

    public init(text: String, topic: String, question: String?, keyHash: Int64, occurrences: [SourceLocation]) {
        self.text = text
        self.topic = topic
        self.question = question
        self.keyHash = keyHash
        self.occurrences = occurrences
    }
}
