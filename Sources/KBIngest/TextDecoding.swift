import KBModel
import KBText
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
            if let encoding = utf16WithoutByteOrderMark(data) { throw .missingByteOrderMark(path: path, encoding: encoding) }
            throw .binary(path: path)
        case .none:
            let bytes = [UInt8](data)
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
            throw .invalidUTF8(path: path, line: lineOfFirstInvalidByte(body))
        }
    }

    /// "UTF-16LE" or "UTF-16BE" when bytes holding NULs are really UTF-16 text without a byte-order
    /// mark: an even length; NUL bytes on one side of the byte pairs only, and either often (the
    /// high bytes of ASCII characters) or in a file that is not UTF-8 without them (CJK text whose
    /// only NULs are its line breaks), so that a UTF-8 file with a stray NUL stays binary; and a
    /// decoding without control characters or unpaired surrogates (binary data has NULs on both
    /// sides or decodes to controls).
    static func utf16WithoutByteOrderMark(_ data: Data) -> String? {
        guard data.count % 2 == 0 else { return nil }
        var nuls = [0, 0]
        for (offset, byte) in data.enumerated() where byte == 0 {
            nuls[offset % 2] += 1
            if nuls[0] > 0, nuls[1] > 0 { return nil }  // binary: stop at the first sign
        }
        let encoding: String.Encoding
        let name: String
        switch (nuls[0], nuls[1]) {
        case (0, 1...): (encoding, name) = (.utf16LittleEndian, "UTF-16LE")
        case (1..., 0): (encoding, name) = (.utf16BigEndian, "UTF-16BE")
        default: return nil
        }
        guard max(nuls[0], nuls[1]) * 4 >= data.count / 2
                || String(validating: data.filter { $0 != 0 }, as: UTF8.self) == nil else { return nil }
        guard let text = String(data: data, encoding: encoding) else { return nil }
        let isText = text.unicodeScalars.allSatisfy { scalar in
            scalar.value >= 0x20 ? scalar.value != 0xFFFE && scalar.value != 0xFFFF && scalar.value != 0xFFFD
                : scalar == "\n" || scalar == "\r" || scalar == "\t" || scalar == "\u{0C}"
        }
        return isText ? name : nil
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
