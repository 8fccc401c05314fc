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
        var current = ""
        var start: String.Index?
        var previousWasLower = false
        var index = text.unicodeScalars.startIndex
        let scalars = text.unicodeScalars
        func flush(at end: String.Index) {
            if let wordStart = start, !current.isEmpty {
                result.append(Word(folded: current, range: wordStart..<end))
            }
            current = ""
            start = nil
        }
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil {
                if properties.isUppercase && previousWasLower {
                    flush(at: index)
                }
                if start == nil { start = index }
                current.unicodeScalars.append(contentsOf: properties.lowercaseMapping.unicodeScalars)
                previousWasLower = properties.isLowercase
            } else if properties.generalCategory == .nonspacingMark, start != nil {
                // Combining marks belong to the letter before them but do not change the key.
            } else {
                flush(at: index)
                previousWasLower = false
            }
            index = scalars.index(after: index)
        }
        flush(at: scalars.endIndex)
        return result
    }

    /// The folded form of `text`: its words, lowercased, joined by single spaces.
    public static func key(_ text: String) -> String {
        words(text).map(\.folded).joined(separator: " ")
    }

    /// The folded form of a sequence of words.
    public static func key(_ words: some Sequence<Word>) -> String {
        words.map(\.folded).joined(separator: " ")
    }
}
