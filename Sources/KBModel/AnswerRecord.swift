import KBText
/// One answer as a reader found it in a file, before boilerplate removal and deduplication.
///
/// For example, line 5 of the bundled corpus is one record whose text still carries
/// the glued page fragment "62 questions" in front of the answer.
public struct AnswerRecord: Sendable, Hashable {
    /// The answer text as written (trimmed of surrounding whitespace).
    public var text: String
    /// The question, when the source format has one.
    public var question: String?
    /// Where the first character of `text` sits in the source file.
    public var location: SourceLocation

    public init(text: String, question: String? = nil, location: SourceLocation) {
        self.text = text
        self.question = question
        self.location = location
    }
}
