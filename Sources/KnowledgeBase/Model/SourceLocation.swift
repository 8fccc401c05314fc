/// Where a piece of text came from: a file, a 1-based line and a 1-based column.
///
/// For example:
///
/// ```swift
/// let location = SourceLocation(path: "Corpus/serverless-faq.txt", line: 5, column: 13)
/// location.description  // "Corpus/serverless-faq.txt:5"
/// ```
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The file path as the user gave it (relative to the working directory when inside it).
    public var path: String
    /// The 1-based line of the first character.
    public var line: Int
    /// The 1-based column (in characters) of the first character.
    public var column: Int

    public init(path: String, line: Int, column: Int = 1) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// `path:line`, the form editors and terminals turn into links.
    public var description: String { "\(path):\(line)" }
}
