import Foundation

/// How the scorer compares text written by a labeller with text kb reports: case, whitespace,
/// typographic quotes and dashes do not matter; words are runs of letters and digits.
public enum TextMatch {
    /// Lowercased, typographic quotes and dashes made plain, whitespace runs made one space.
    public static func fold(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var space = false
        for scalar in text.lowercased().unicodeScalars {
            let mapped: Unicode.Scalar
            switch scalar {
            case "\u{2018}", "\u{2019}", "\u{201B}", "`": mapped = "'"
            case "\u{201C}", "\u{201D}": mapped = "\""
            case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}": mapped = "-"
            case "\u{00A0}", "\u{202F}", "\u{2009}": mapped = " "
            default: mapped = scalar
            }
            if mapped.properties.isWhitespace {
                space = !result.isEmpty
                continue
            }
            if space { result.append(" ") }
            space = false
            result.unicodeScalars.append(mapped)
        }
        return result
    }

    /// The words of `text`: folded runs of letters and digits (a decimal point inside digits kept).
    public static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        let scalars = Array(fold(text).unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            let alphanumeric = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            let decimal = (scalar == "." || scalar == ",") && !current.isEmpty && current.unicodeScalars.last?.properties.numericType != nil
                && index + 1 < scalars.count && scalars[index + 1].properties.numericType != nil
            if alphanumeric || decimal {
                if scalar != "," { current.unicodeScalars.append(scalar) }
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// The numbers written in `text` ("1,024" is 1024, "2.5" is 2.5).
    public static func numbers(_ text: String) -> [Double] {
        words(text).compactMap { word in
            let digits = word.prefix { $0.isNumber || $0 == "." }
            return digits.isEmpty ? nil : Double(digits)
        }
    }

    /// Whether a fact kb reports carries a labelled quote: it contains the quote, or (for a fact
    /// split more finely than the labeller's sentence, or carrying a lead-in) every number of the
    /// quote and at least 70% of its words.
    /// A quote's sentences: split after ".", "?" or "!" followed by a space.
    public static func sentences(_ quote: String) -> [String] {
        var result: [String] = [], current = ""
        var previous: Character = " "
        for character in quote {
            if character == " ", ".?!".contains(previous), !current.isEmpty {
                result.append(current)
                current = ""
            } else {
                current.append(character)
            }
            previous = character
        }
        if !current.trimmingCharacters(in: .whitespaces).isEmpty { result.append(current) }
        return result.map { $0.trimmingCharacters(in: .whitespaces) }
    }

    public static func fact(_ fact: String, carries quote: String) -> Bool {
        let foldedFact = fold(fact), foldedQuote = fold(quote)
        if foldedFact.contains(foldedQuote) { return true }
        let quoteWords = words(quote)
        guard quoteWords.count >= 3 else { return false }
        let factWords = Set(words(fact))
        let factNumbers = Set(numbers(fact))
        guard numbers(quote).allSatisfy({ factNumbers.contains($0) }) else { return false }
        let shared = quoteWords.filter { factWords.contains($0) }.count
        return Double(shared) >= 0.7 * Double(quoteWords.count)
    }

    /// Whether a reported source path names a labelled file (the label gives a path relative to
    /// the corpus folder; kb reports the path it was given).
    public static func source(_ source: String?, is file: String) -> Bool {
        guard let source else { return false }
        return source == file || source.hasSuffix("/" + file)
    }

    /// The file of a location kb prints: `path:line` or `path#anchor`.
    public static func path(ofLocation location: String) -> String {
        if let hash = location.lastIndex(of: "#") { return String(location[..<hash]) }
        if let colon = location.lastIndex(of: ":"), location[location.index(after: colon)...].allSatisfy(\.isNumber) {
            return String(location[..<colon])
        }
        return location
    }

    /// A word in a simple singular form ("limits" -> "limit", "policies" -> "policy").
    public static func singular(_ word: String) -> String {
        if word.count > 4, word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        if word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us") { return String(word.dropLast()) }
        return word
    }
}
