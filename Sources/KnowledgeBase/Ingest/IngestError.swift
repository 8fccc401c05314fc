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
    /// The file has a byte-order mark for an encoding kb could not decode.
    case undecodable(path: String, encoding: String)

    public var path: String {
        switch self {
        case .notFound(let path), .unreadable(let path, _), .binary(let path),
             .invalidUTF8(let path, _), .undecodable(let path, _):
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
        }
    }
}
