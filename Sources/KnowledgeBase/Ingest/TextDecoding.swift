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
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            let encoding: String.Encoding = data.first == 0xFF ? .utf16LittleEndian : .utf16BigEndian
            guard let text = String(data: data.dropFirst(2), encoding: encoding) else {
                throw .undecodable(path: path, encoding: "UTF-16")
            }
            return text
        }
        let decoded: String?? = data.withUnsafeBytes { raw -> String?? in
            let bytes = raw.bindMemory(to: UInt8.self)
            if let base = raw.baseAddress, memchr(base, 0, raw.count) != nil { return .some(nil) }
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? UnsafeBufferPointer(rebasing: bytes.dropFirst(3)) : bytes
            if let text = String(validating: body, as: UTF8.self) { return .some(text) }
            return nil
        }
        switch decoded {
        case .some(.some(let text)):
            return text
        case .some(.none):
            throw .binary(path: path)
        case .none:
            let bytes = [UInt8](data)
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
            throw .invalidUTF8(path: path, line: lineOfFirstInvalidByte(body))
        }
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
