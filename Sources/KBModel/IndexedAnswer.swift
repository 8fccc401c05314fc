/// An answer of the index with every place it occurs, as the fact-sheet builder reads it.
public struct IndexedAnswer: Sendable, Hashable {
    public var id: Int64
    public var text: String
    public var topic: String
    public var question: String?
    /// Every occurrence, in path and line order (duplicates of the answer included).
    public var locations: [SourceLocation]

    public init(id: Int64, text: String, topic: String, question: String?, locations: [SourceLocation]) {
        self.id = id
        self.text = text
        self.topic = topic
        self.question = question
        self.locations = locations
    }
}
