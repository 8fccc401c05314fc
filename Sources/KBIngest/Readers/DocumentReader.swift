import KBModel
import KBText
import Foundation

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

    /// Plain text, Markdown, JSON, HTML, manual pages, AsciiDoc, POD and Info.
    public static let standard = Readers([TextReader(), MarkdownReader(), JSONReader(), HTMLReader(), ManPageReader(), AsciiDocReader(), PODReader(), InfoReader()])

    /// The reader claiming this file's extension, if any (the walker skips files no reader claims).
    public func reader(forPath path: String) -> (any DocumentReader)? {
        let ext = (path as NSString).pathExtension.lowercased()
        return all.first { $0.fileExtensions.contains(ext) }
    }

    /// The reader for this file: its extension's reader when the content agrees, else the first
    /// reader whose sniffing accepts the content (HTML and JSON before plain text). It is wrapped in
    /// a ``CheckedReader``, which names empty files and answers too long to index.
    public func reader(forPath path: String, data: Data) -> (any DocumentReader)? {
        if CheckedReader.isBlank(data) {
            return reader(forPath: path).map { CheckedReader($0) } ?? all.first { $0.format == "txt" }.map { CheckedReader($0) }
        }
        return chosenReader(forPath: path, data: data).map { CheckedReader($0) }
    }

    func chosenReader(forPath path: String, data: Data) -> (any DocumentReader)? {
        // (Info first: its text may quote HTML or JSON.)
        let sniffers = all.filter { $0.format == "info" } + all.filter { $0.format == "html" || $0.format == "json" }
        let claimed = reader(forPath: path)
        // A text file whose content is really HTML, JSON (only when it parses) or Info.
        if claimed?.format == "txt", let specific = sniffers.first(where: { $0.accepts(data) }),
           specific.format != "json" || JSONReader.parses(data) {
            return specific
        }
        if let claimed, claimed.accepts(data) { return claimed }
        return sniffers.first { $0.accepts(data) } ?? all.first { $0.format == "txt" } ?? claimed
    }
}

/// A reader's result with the checks every format shares: an empty or blank file, or a read that
/// finds no answer, is indexed as a source without answers and named in a warning; an answer longer
/// than ``maxAnswerBytes`` is left out with a warning naming its line, so that one huge line (a
/// minified dump, a log) can neither stall an ingest nor fill the index with one giant fact. A file
/// that is not valid UTF-8 is read with its stray bytes as Windows-1252, with a warning.
public struct CheckedReader: DocumentReader {
    /// The longest answer indexed, in UTF-8 bytes (2 MiB). FAQ answers run to a few kilobytes; the
    /// longest in the benchmark's documentation pages is under 1 MiB.
    public static let maxAnswerBytes = 2 << 20

    public let reader: any DocumentReader

    public init(_ reader: any DocumentReader) {
        self.reader = reader
    }

    public var format: String { reader.format }
    public var fileExtensions: Set<String> { reader.fileExtensions }
    public func accepts(_ data: Data) -> Bool { reader.accepts(data) }

    public func read(_ data: Data, path: String) throws(IngestError) -> SourceDocument {
        if Self.isBlank(data) {
            let warning = data.isEmpty || data.elementsEqual([0xEF, 0xBB, 0xBF]) ? "empty file; nothing to index" : "only whitespace; nothing to index"
            return SourceDocument(path: path, records: [], format: reader.format, warnings: [warning])
        }
        var document: SourceDocument
        do {
            document = try reader.read(data, path: path)
        } catch .invalidUTF8(_, let line) {
            // A file that is not UTF-8 throughout (a legacy Latin-1 FAQ, one stray byte in 300 KB) is
            // read with its stray bytes as Windows-1252, and the warning names the first of them.
            document = try reader.read(TextDecoding.repairedUTF8(data), path: path)
            document.warnings.insert("line \(line): not UTF-8; its stray bytes were read as Windows-1252 (convert the file to UTF-8 if its text looks wrong)", at: 0)
        }
        var kept: [AnswerRecord] = []
        kept.reserveCapacity(document.records.count)
        for record in document.records {
            let bytes = record.text.utf8.count
            if bytes > Self.maxAnswerBytes {
                document.warnings.append("line \(record.location.line): an answer of \(bytes) bytes, over the limit of \(Self.maxAnswerBytes) (2 MiB); skipped")
            } else {
                kept.append(record)
            }
        }
        document.records = kept
        if document.warnings.isEmpty, document.records.allSatisfy({ InvisibleCharacters.strip($0.text).allSatisfy(\.isWhitespace) }) {
            document.warnings.append("no answer text found; nothing to index")
        }
        return document
    }

    /// Whether the bytes are empty or only ASCII whitespace (after a UTF-8 byte-order mark).
    static func isBlank(_ data: Data) -> Bool {
        let body = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
        return body.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0x0C || $0 == 0x0B }
    }
}
