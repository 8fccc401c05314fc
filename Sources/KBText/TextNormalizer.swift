/// Folds text for comparison: case, whitespace and punctuation differences disappear.
///
/// For example:
///
/// ```swift
/// TextNormalizer.key("No additional cost - included!")   // "no additional cost included"
/// TextNormalizer.key("62 questionsReserved concurrency")  // "62 questions reserved concurrency"
/// ```
///
/// A lowercase letter glued to a following uppercase letter counts as a word break, so that a
/// page fragment glued onto an answer ("questionsReserved") still separates from it.
public enum TextNormalizer {
    /// One word of the folded form and where it sits in the original text.
    public struct Word: Sendable, Hashable {
        public var folded: String
        public var range: Range<String.Index>
    }

    /// The folded words of `text`, each with its range in `text`.
    public static func words(_ text: String) -> [Word] {
        var result: [Word] = []
        var folded = String.UnicodeScalarView()
        var lower = text.startIndex, upper = text.startIndex
        func flush() {
            if !folded.isEmpty { result.append(Word(folded: String(folded), range: lower..<upper)) }
            folded = String.UnicodeScalarView()
        }
        fold(text) { event in
            switch event {
            case .wordStart:
                flush()
            case .scalar(let scalar, let index, let next):
                if folded.isEmpty { lower = index }
                scalar.appendLowercased(to: &folded)
                upper = next
            }
        }
        flush()
        return result
    }

    /// The folded form of `text`: its words, lowercased, joined by single spaces.
    public static func key(_ text: String) -> String {
        var view = String.UnicodeScalarView()
        fold(text) { event in
            switch event {
            case .wordStart:
                if !view.isEmpty { view.append(" ") }
            case .scalar(let scalar, _, _):
                scalar.appendLowercased(to: &view)
            }
        }
        return String(view)
    }

    /// The folded form of a sequence of words.
    public static func key(_ words: some Sequence<Word>) -> String {
        words.map(\.folded).joined(separator: " ")
    }

    /// `ContentHash.fnv1a(key(text))` without building the key.
    public static func keyHash(_ text: String) -> Int64 {
        keyHashes(text, droppingUpTo: 0)[0]
    }

    /// The hashes of the key of `text` with its first 0, 1, ... `maxDropped` words dropped (fewer
    /// when the text has fewer words), in one pass: `keyHashes(t, 2)[1] == fnv1a(key(t) without its first word)`.
    public static func keyHashes(_ text: String, droppingUpTo maxDropped: Int) -> [Int64] {
        var states: [UInt64] = []
        var words = 0
        var utf8: [UInt8] = []
        func feed(_ byte: UInt8) {
            for index in states.indices {
                states[index] = (states[index] ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            }
        }
        fold(text) { event in
            switch event {
            case .wordStart:
                if words > 0 { feed(0x20) }
                if words <= maxDropped { states.append(0xcbf2_9ce4_8422_2325) }
                words += 1
            case .scalar(let scalar, _, _):
                if scalar.value < 0x80 {
                    let value = UInt8(scalar.value)
                    feed(value >= 0x41 && value <= 0x5A ? value + 0x20 : value)
                } else {
                    utf8.removeAll(keepingCapacity: true)
                    for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                        UTF8.encode(lower) { utf8.append($0) }
                    }
                    for byte in utf8 { feed(byte) }
                }
            }
        }
        if states.isEmpty { states.append(0xcbf2_9ce4_8422_2325) }
        return states.map { Int64(bitPattern: $0) }
    }

    enum FoldEvent {
        /// A new word begins (the first scalar follows).
        case wordStart
        /// A scalar of the current word, its index in the text and the index after it.
        case scalar(Unicode.Scalar, String.Index, String.Index)
    }

    /// The one definition of the folding: letters and digits form words; anything else separates
    /// them; a lowercase-to-uppercase step starts a new word; combining marks are dropped.
    @inline(__always)
    static func fold(_ text: String, _ visit: (FoldEvent) -> Void) {
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        var inWord = false
        var previousWasLower = false
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if scalar.isWordScalar {
                let upper = scalar.isUppercaseScalar
                if !inWord || (upper && previousWasLower) {
                    visit(.wordStart)
                    inWord = true
                }
                visit(.scalar(scalar, index, next))
                previousWasLower = scalar.isLowercaseScalar
            } else if scalar.value >= 0x80, inWord, scalar.properties.generalCategory == .nonspacingMark {
                // A combining mark belongs to the letter before it but does not change the key.
            } else {
                inWord = false
                previousWasLower = false
            }
            index = next
        }
    }
}
