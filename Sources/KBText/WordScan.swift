/// A fast pass over a text's words for corpus statistics (document frequencies, capitalisation):
/// words are runs of letters, digits, `_` and non-ASCII letters, read from the UTF-8 bytes without
/// building tokens. It agrees with ``Tokenizer`` on ordinary words; statistics over a whole
/// corpus do not need its finer splits ("Node.js", "don't").
public enum WordScan {
    public enum Shape: Sendable {
        case lower, capitalized, upper, identifier, number
    }

    /// Calls `body` with each word's lowercase form, its shape, and whether it opens a sentence
    /// (the text's start, or after `.`, `:`, `(`, `"`, `;`, `!`, `?` or `|`).
    public static func words(_ text: String, _ body: (String, Shape, Bool) -> Void) {
        let bytes = Array(text.utf8)
        var index = 0
        var opens = true
        while index < bytes.count {
            let byte = bytes[index]
            guard isWordByte(byte) else {
                switch byte {
                case UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: "("), UInt8(ascii: "\""), UInt8(ascii: ";"),
                     UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "|"):
                    opens = true
                case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "-"):
                    break
                default:
                    opens = false
                }
                index += 1
                continue
            }
            let start = index
            var upper = 0, lower = 0, digits = 0, ascii = true
            while index < bytes.count, isWordByte(bytes[index]) {
                let b = bytes[index]
                if b >= 0x80 { ascii = false } else if b >= 0x41 && b <= 0x5A { upper += 1 } else if b >= 0x61 && b <= 0x7A { lower += 1 } else if b >= 0x30 && b <= 0x39 { digits += 1 }
                index += 1
            }
            let word = String(decoding: bytes[start..<index], as: UTF8.self)
            let shape: Shape
            if digits > 0 && upper == 0 && lower == 0 && ascii { shape = .number } else if digits > 0 || bytes[start..<index].contains(UInt8(ascii: "_")) {
                shape = .identifier
            } else if upper == 0 { shape = .lower } else if lower == 0 && upper > 1 { shape = .upper } else if upper == 1 && bytes[start] >= 0x41 && bytes[start] <= 0x5A {
                shape = .capitalized
            } else { shape = .identifier }
            let lowered = ascii && upper == 0 ? word : word.lowercased()
            body(lowered, shape, opens)
            // A list marker keeps the sentence open: "(2) Performance".
            if shape != .number { opens = false }
        }
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || byte >= 0x61 && byte <= 0x7A || byte >= 0x41 && byte <= 0x5A || byte >= 0x30 && byte <= 0x39 || byte == UInt8(ascii: "_")
    }
}
