import KBText
/// A self-contained statement split from an answer.
///
/// For example, from "AWS Lambda SnapStart (2025) supports: (1) Java 11 and later, (2) Python 3.12 and later"
/// the second fact has `lead` "AWS Lambda SnapStart (2025) supports:", `body` "(2) Python 3.12 and later"
/// and `text` "AWS Lambda SnapStart (2025) supports: (2) Python 3.12 and later".
public struct Fact: Sendable, Hashable {
    /// The statement as it reads on its own: the lead-in (if any), a space, then the body.
    public var text: String
    /// The context carried over from the enumeration this fact belongs to; empty when none.
    public var lead: String
    /// The statement itself, exactly as it appears in the answer (trimmed).
    public var body: String
    /// Character offsets of `body` in the answer text: `start..<end`.
    public var start: Int
    public var end: Int
    /// Number of line breaks in the answer before `start` (0 for one-line answers).
    public var lineOffset: Int
    /// A year the fact is qualified by ("(2025)" in its lead or body), when there is one.
    public var year: Int?
    /// The clustering key: the hash of the body folded by ``TextNormalizer/key(_:)``, list marker removed.
    public var clusterHash: Int64

    public init(text: String, lead: String, body: String, start: Int, end: Int,
                lineOffset: Int, year: Int?, clusterHash: Int64) {
        self.text = text
        self.lead = lead
        self.body = body
        self.start = start
        self.end = end
        self.lineOffset = lineOffset
        self.year = year
        self.clusterHash = clusterHash
    }
}
