import KBText
/// Where a piece of text came from: a file, a 1-based line and column, and for markup an anchor.
///
/// For example:
///
/// ```swift
/// let location = SourceLocation(path: "Corpus/serverless-faq.txt", line: 5, column: 13)
/// location.description  // "Corpus/serverless-faq.txt:5"
/// SourceLocation(path: "faq.html", line: 40, anchor: "cold-starts").description  // "faq.html#cold-starts"
/// ```
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The file path as the user gave it (relative to the working directory when inside it).
    public var path: String
    /// The 1-based line of the first character.
    public var line: Int
    /// The 1-based column (in characters) of the first character.
    public var column: Int
    /// The element id or anchor name that locates the text in a page, when it has one.
    public var anchor: String?

    public init(path: String, line: Int, column: Int = 1, anchor: String? = nil) {
        self.path = path
        self.line = line
        self.column = column
        self.anchor = anchor
    }

    /// `path#anchor` when there is an anchor, else `path:line` (the form editors turn into links).
    public var description: String {
        if let anchor, !anchor.isEmpty { return "\(path)#\(anchor)" }
        return "\(path):\(line)"
    }
}
