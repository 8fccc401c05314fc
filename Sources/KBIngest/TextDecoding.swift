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
/// Invalid UTF-8 is an error naming the line of the first bad byte, never a silent lossy decode;
/// ``CheckedReader`` then reads the file again through ``repairedUTF8(_:)`` and says so in a warning.
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

    /// The bytes as UTF-8, each byte that is not part of a valid UTF-8 sequence read as the
    /// Windows-1252 character it stands for (a legacy single-byte file, or one stray byte in a
    /// UTF-8 file: "´" written as 0xB4). Valid sequences stay as they are, and no line break is
    /// added or removed, so lines keep their numbers.
    public static func repairedUTF8(_ data: Data) -> Data {
        let bytes = [UInt8](data)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 64)
        var index = 0
        while index < bytes.count {
            let length = validSequenceLength(bytes, at: index)
            if length > 0 {
                output += bytes[index..<(index + length)]
                index += length
            } else {
                output += String(windows1252(bytes[index])).utf8
                index += 1
            }
        }
        return Data(output)
    }

    /// The length of the valid UTF-8 sequence at `index`, or 0.
    static func validSequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        if lead < 0x80 { return 1 }
        let continuation: ClosedRange<UInt8> = 0x80...0xBF
        let (length, second): (Int, ClosedRange<UInt8>)
        switch lead {
        case 0xC2...0xDF: (length, second) = (2, continuation)
        case 0xE0: (length, second) = (3, 0xA0...0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (length, second) = (3, continuation)
        case 0xED: (length, second) = (3, 0x80...0x9F)
        case 0xF0: (length, second) = (4, 0x90...0xBF)
        case 0xF1...0xF3: (length, second) = (4, continuation)
        case 0xF4: (length, second) = (4, 0x80...0x8F)
        default: return 0
        }
        guard index + length <= bytes.count, second.contains(bytes[index + 1]) else { return 0 }
        for offset in 2..<length where !continuation.contains(bytes[index + offset]) { return 0 }
        return length
    }

    /// The character a byte stands for in Windows-1252 (Latin-1 with printable marks in 0x80-0x9F;
    /// its five unassigned bytes are U+FFFD).
    static func windows1252(_ byte: UInt8) -> Character {
        let high: [UInt32] = [0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
                              0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178]
        let value = (0x80...0x9F).contains(byte) ? high[Int(byte) - 0x80] : UInt32(byte)
        return Character(Unicode.Scalar(value) ?? "\u{FFFD}")
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
