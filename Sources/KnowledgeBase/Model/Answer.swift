/// A unique answer after boilerplate removal and deduplication, with every place it occurs.
public struct Answer: Sendable, Hashable {
    /// The cleaned answer text.
    public var text: String
    /// The lead phrase of the answer, for example "AWS Lambda SnapStart (2025)".
    public var topic: String
    /// The question, when the source has one.
    public var question: String?
    /// The deduplication key: the text folded by ``TextNormalizer/key(_:)``.
    public var key: String
    /// Every source location of this answer, in reading order; never empty.
    public var occurrences: [SourceLocation]

    public init(text: String, topic: String, question: String?, key: String, occurrences: [SourceLocation]) {
        self.text = text
        self.topic = topic
        self.question = question
        self.key = key
        self.occurrences = occurrences
    }
}
