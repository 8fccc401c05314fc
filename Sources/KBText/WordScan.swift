/// A fast pass over a text's words for corpus statistics (document frequencies, capitalisation):
/// words are runs of letters, digits, `_` and non-ASCII letters, read from the UTF-8 bytes without
/// building tokens. It agrees with ``Tokenizer`` on ordinary words; statistics over a whole
/// corpus do not need its finer splits ("Node.js", "don't").
public enum WordScan {
    public enum Shape: Sendable {
        case lower, capitalized, upper, identifier, number
    }

    /// Calls `body` with each word's lowercase form, its shape, and whether it opens a sentence
    /// (the text's start, or after `.`, `:`, `(`, `"`, `;`, `!`, `?` or `|` (a `.` or `:` directly
    /// followed by a letter or digit is inside a name, `os.open`), or the marks of
    /// ``punctuation(_:at:)`` that open one, such as a breadcrumb's `›`). Dashes, curly quotes and
    /// other marks outside ASCII are never part of a word.
    public static func words(_ text: String, _ body: (String, Shape, Bool) -> Void) {
        let bytes = Array(text.utf8)
        var index = 0
        var opens = true
        while index < bytes.count {
            let byte = bytes[index]
            if let mark = punctuation(bytes, at: index) {
                switch mark.effect {
                case .opens: opens = true
                case .space: break
                case .other: opens = false
                }
                index += mark.length
                continue
            }
            guard isWordByte(byte) else {
                switch byte {
                case UInt8(ascii: ".") where index + 1 < bytes.count && bytes[index + 1] < 0x80 && isWordByte(bytes[index + 1]),
                     UInt8(ascii: ":") where index + 1 < bytes.count && bytes[index + 1] < 0x80 && isWordByte(bytes[index + 1]):
                    // Inside a dotted name or a path ("types.FrameType", "os.open", "c3ref:log"): no sentence ends.
                    break
                case UInt8(ascii: "(") where index > 0 && isWordByte(bytes[index - 1]) && bytes[index - 1] < 0x80:
                    // A call's or a signature's bracket ("strftime()"), not a list marker: no sentence starts.
                    break
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
            while index < bytes.count, isWordByte(bytes[index]) && (bytes[index] < 0x80 || punctuation(bytes, at: index) == nil)
                    || isDecimalPoint(bytes, at: index) {
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

    enum PunctuationEffect { case opens, space, other }

    /// A punctuation mark or space outside ASCII at `index` (its byte length, and whether it opens
    /// a sentence), or nil: spaces and marks of Unicode's General Punctuation block (dashes,
    /// curly quotes, bullets, `‹ ›`) and the Latin-1 marks `« » ·`. A breadcrumb's `›` or `»`, a
    /// bullet, an em dash and an opening quote open a sentence, as `|`, `.` and `"` do.
    static func punctuation(_ bytes: [UInt8], at index: Int) -> (length: Int, effect: PunctuationEffect)? {
        let byte = bytes[index]
        if byte == 0xC2, index + 1 < bytes.count {
            switch bytes[index + 1] {
            case 0xAB, 0xBB, 0xB7: return (2, .opens)
            case 0xA0: return (2, .space)
            default: return nil
            }
        }
        guard byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80 else { return nil }
        switch bytes[index + 2] {
        case 0x80...0x8F, 0xAF: return (3, .space)
        case 0x94, 0x9C, 0xA2, 0xB9, 0xBA: return (3, .opens)
        case 0x90...0xBF: return (3, .other)
        default: return nil
        }
    }

    /// A `.` or `,` between two digits: a decimal point or a thousands separator inside one number
    /// ("2.1" is not "1.2" split the other way, "1,000").
    static func isDecimalPoint(_ bytes: [UInt8], at index: Int) -> Bool {
        guard index > 0, index + 1 < bytes.count, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ",") else { return false }
        let isDigit = { (byte: UInt8) in byte >= 0x30 && byte <= 0x39 }
        return isDigit(bytes[index - 1]) && isDigit(bytes[index + 1])
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || byte >= 0x61 && byte <= 0x7A || byte >= 0x41 && byte <= 0x5A || byte >= 0x30 && byte <= 0x39 || byte == UInt8(ascii: "_")
    }
}
