import Foundation

/// Turns file bytes into a `String`: UTF-8 with or without a byte-order mark, or UTF-16 with one.
///
/// For example:
///
/// ```swift
/// let text = try TextDecoding.decode(Data([0xEF, 0xBB, 0xBF, 0x68, 0x69]), path: "a.txt")  // "hi"
/// ```
///
/// Invalid UTF-8 is an error naming the line of the first bad byte, never a silent lossy decode.
public enum TextDecoding {
    public static func decode(_ data: Data, path: String) throws(IngestError) -> String {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let encoding: String.Encoding = bytes[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
            guard let text = String(data: Data(bytes[2...]), encoding: encoding) else {
                throw .undecodable(path: path, encoding: "UTF-16")
            }
            return text
        }
        if bytes.contains(0) {
            throw .binary(path: path)
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
        if let text = String(validating: body, as: UTF8.self) {
            return text
        }
        throw .invalidUTF8(path: path, line: lineOfFirstInvalidByte(body))
    }

    /// The 1-based line holding the first byte that does not decode as UTF-8.
    static func lineOfFirstInvalidByte(_ bytes: ArraySlice<UInt8>) -> Int {
        var line = 1
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1 }
            case .emptyInput:
                break loop
            case .error:
                break loop
            }
        }
        return line
    }
}
