import KBModel
import KBText
/// Errors thrown while reading corpus files.
public enum IngestError: Error, Equatable, CustomStringConvertible {
    /// The path does not exist.
    case notFound(path: String)
    /// The file or folder exists but could not be read (permissions, a vanished file, an I/O error).
    case unreadable(path: String, reason: String)
    /// The file holds binary data (a NUL byte was found), not text.
    case binary(path: String)
    /// The file is not valid UTF-8: the first bad byte sits on `line`.
    case invalidUTF8(path: String, line: Int)
    /// The file has a byte-order mark, or declares a charset, that kb could not decode it with.
    case undecodable(path: String, encoding: String)
    /// A JSON file that does not parse; `line` is where the parser stopped.
    case malformedJSON(path: String, line: Int)
    /// A JSON file that parses but holds no question/answer pairs.
    case unexpectedJSONShape(path: String, found: String)
    /// A `kb-lexicon.json` that is not a lexicon object, or names an unknown word class.
    case malformedLexicon(path: String, detail: String)
    /// An HTML file libxml2 could not parse at all.
    case malformedHTML(path: String, detail: String)
    /// UTF-16 text without the byte-order mark that says so (`encoding` is UTF-16LE or UTF-16BE).
    case missingByteOrderMark(path: String, encoding: String)
    /// A file beyond a limit kb keeps so that no input can hang it (nesting depth, attributes per
    /// element); `line` is where the limit was passed.
    case exceedsLimit(path: String, line: Int, detail: String)

    public var path: String {
        switch self {
        case .notFound(let path), .unreadable(let path, _), .binary(let path),
             .invalidUTF8(let path, _), .undecodable(let path, _), .malformedJSON(let path, _),
             .unexpectedJSONShape(let path, _), .malformedLexicon(let path, _), .malformedHTML(let path, _), .missingByteOrderMark(let path, _),
             .exceedsLimit(let path, _, _):
            return path
        }
    }

    public var description: String {
        switch self {
        case .notFound(let path):
            return "\(path): no such file or folder"
        case .unreadable(let path, let reason):
            return "\(path): cannot read: \(reason)"
        case .binary(let path):
            return "\(path): binary file (contains NUL bytes), not a text corpus; skipped"
        case .invalidUTF8(let path, let line):
            return "\(path):\(line): invalid UTF-8 byte sequence; convert the file to UTF-8 (for example with iconv)"
        case .undecodable(let path, let encoding):
            return "\(path): cannot decode \(encoding) text; convert the file to UTF-8"
        case .malformedJSON(let path, let line):
            return "\(path):\(line): malformed JSON; skipped"
        case .unexpectedJSONShape(let path, let found):
            return "\(path): expected an array of question/answer objects (question/answer, q/a, title/body or name/text keys) or a JSON-LD FAQPage, found \(found); skipped"
        case .malformedHTML(let path, let detail):
            return "\(path): cannot parse HTML (\(detail)); skipped"
        case .malformedLexicon(let path, let detail):
            return "\(path): not a kb lexicon (\(detail)); fix it or remove it, the built-in lexicon is used meanwhile"
        case .missingByteOrderMark(let path, let encoding):
            return "\(path): looks like \(encoding) text without a byte-order mark; convert it to UTF-8 (for example with iconv -f \(encoding) -t UTF-8)"
        case .exceedsLimit(let path, let line, let detail):
            return "\(path):\(line): \(detail); skipped"
        }
    }
}
