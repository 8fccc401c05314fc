import Foundation

/// A corpus file turned into answer records, before boilerplate removal.
public struct SourceDocument: Sendable, Hashable {
    /// The path as stored in the index.
    public var path: String
    /// The records in file order.
    public var records: [AnswerRecord]
    /// The format the file was read as ("txt", "md", "html", "json").
    public var format: String
    /// Things worth telling the user that did not stop the read (one line each, without the path).
    public var warnings: [String]

    public init(path: String, records: [AnswerRecord], format: String = "txt", warnings: [String] = []) {
        self.path = path
        self.records = records
        self.format = format
        self.warnings = warnings
    }
}

/// Reads one file format into answer records.
///
/// For example:
///
/// ```swift
/// let document = try TextReader().read(data, path: "Corpus/serverless-faq.txt")
/// document.records.count  // 65: one per non-empty line
/// ```
public protocol DocumentReader: Sendable {
    /// The format name stored in `sources.format`.
    var format: String { get }
    /// File extensions (lowercased, without the dot) this reader claims.
    var fileExtensions: Set<String> { get }
    /// Whether the content looks like this format (an `.html` file that is really text is not HTML).
    func accepts(_ data: Data) -> Bool
    /// Turns the bytes of one file into records; `path` is only used in locations and errors.
    func read(_ data: Data, path: String) throws(IngestError) -> SourceDocument
}

/// The readers kb knows, and which one reads a given file.
///
/// A reader is chosen by extension and confirmed by sniffing the content: a `.txt` file that is
/// really HTML is read as HTML, an `.html` file that is really text as text.
///
/// For example:
///
/// ```swift
/// Readers.standard.reader(forPath: "faq.html", data: Data("<html><body>...".utf8))?.format  // "html"
/// ```
public struct Readers: Sendable {
    public var all: [any DocumentReader]

    public init(_ all: [any DocumentReader]) {
        self.all = all
    }

    /// Plain text, Markdown, JSON and HTML.
    public static let standard = Readers([TextReader(), MarkdownReader(), JSONReader(), HTMLReader()])

    /// The reader claiming this file's extension, if any (the walker skips files no reader claims).
    public func reader(forPath path: String) -> (any DocumentReader)? {
        let ext = (path as NSString).pathExtension.lowercased()
        return all.first { $0.fileExtensions.contains(ext) }
    }

    /// The reader for this file: its extension's reader when the content agrees, else the first
    /// reader whose sniffing accepts the content (HTML and JSON before plain text).
    public func reader(forPath path: String, data: Data) -> (any DocumentReader)? {
        let sniffers = all.filter { $0.format == "html" || $0.format == "json" }
        let claimed = reader(forPath: path)
        // A text file whose content is really HTML or JSON (JSON only when it parses).
        if claimed?.format == "txt", let specific = sniffers.first(where: { $0.accepts(data) }),
           specific.format == "html" || JSONReader.parses(data) {
            return specific
        }
        if let claimed, claimed.accepts(data) { return claimed }
        return sniffers.first { $0.accepts(data) } ?? all.first { $0.format == "txt" } ?? claimed
    }
}
