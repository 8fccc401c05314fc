import KBText
import Foundation

/// What reads as a question in page text, whatever markup carries it.
///
/// A question is a short text (a line, not a paragraph: at most ``maxLength`` characters) that
/// ends with a question mark, possibly followed by a closing quote or bracket, or that opens with
/// a "Q:" / "Q." marker. Invisible characters at its edges (a zero-width space a permalink left
/// behind) do not count.
///
/// For example:
///
/// ```swift
/// QuestionText.isQuestion("Do you deliver?")        // true
/// QuestionText.isQuestion("Q: Opening hours")       // true
/// QuestionText.isQuestion("Delivery and returns")   // false
/// QuestionText.question("Q: Can I pay by card?")    // "Can I pay by card?"
/// QuestionText.answer("A: Yes, every card.")        // "Yes, every card."
/// ```
enum QuestionText {
    /// The longest text read as a question; longer text is a paragraph that happens to end with "?".
    static let maxLength = 300

    /// Whether `text` reads as a question (see the type's summary).
    static func isQuestion(_ text: String) -> Bool {
        let trimmed = trimmed(text)
        guard trimmed.count >= 2, trimmed.count <= maxLength else { return false }
        return endsWithQuestionMark(trimmed) || (questionMarker(in: trimmed) != nil && trimmed.count > 3)
    }

    /// Whether the text ends with "?" (or a full-width "？"), closing quotes and brackets aside.
    static func endsWithQuestionMark(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        var index = scalars.endIndex
        while index > scalars.startIndex {
            let previous = scalars.index(before: index)
            let scalar = scalars[previous]
            if scalar == "?" || scalar == "\u{FF1F}" { return true }
            guard closers.contains(scalar) || scalar.isWhitespaceScalar || InvisibleCharacters.isInvisible(scalar) else { return false }
            index = previous
        }
        return false
    }

    static let closers: Set<Unicode.Scalar> = ["\"", "'", ")", "]", "\u{201D}", "\u{2019}", "\u{BB}"]

    /// The question without a leading "Q:" / "Q." marker and without invisible edges.
    static func question(_ text: String) -> String {
        let text = withoutLiteralMarks(trimmed(text))
        guard let marker = questionMarker(in: text) else { return text }
        return String(text[marker...]).trimmingSpacesAndTabs()
    }

    /// A title without reStructuredText's inline literal marks ("Why does ``glGetString()`` always
    /// return ``NULL``?"): they set words in code type and are no words; only marks in pairs go.
    static func withoutLiteralMarks(_ text: String) -> String {
        let parts = text.components(separatedBy: "``")
        guard parts.count >= 3, parts.count % 2 == 1 else { return text }
        return parts.joined()
    }

    /// The answer without a leading "A:" / "A." marker.
    static func answer(_ text: String) -> String {
        guard let marker = marker("A", in: text) else { return text }
        return String(text[marker...]).trimmingSpacesAndTabs()
    }

    /// Where the text after a leading "Q:" / "Q." marker starts, or nil without one.
    static func questionMarker(in text: String) -> String.Index? { marker("Q", in: text) }

    /// Where the text after a leading `letter` + ":" or "." marker (and a space) starts. The
    /// letter may carry the entry's number, and a letter after it ("Q30. ", "Q16b. ").
    static func marker(_ letter: Character, in text: String) -> String.Index? {
        var index = text.startIndex
        guard index < text.endIndex, text[index] == letter else { return nil }
        index = text.index(after: index)
        let digits = text[index...].prefix(while: { $0.isASCII && $0.isNumber })
        if !digits.isEmpty, digits.count <= 4 {
            index = digits.endIndex
            if index < text.endIndex, text[index].isASCII, text[index].isLowercase { index = text.index(after: index) }
        }
        guard index < text.endIndex, text[index] == ":" || text[index] == "." else { return nil }
        index = text.index(after: index)
        guard index < text.endIndex, text[index].isWhitespace else { return nil }
        return text.index(after: index)
    }

    /// The range where a second marker (" A: ", after a question's "Q:" in the same line) starts.
    static func answerMarkerRange(in text: String) -> Range<String.Index>? {
        for separator in [" A: ", " A. "] {
            if let range = text.range(of: separator) { return range }
        }
        return nil
    }

    /// `text` without whitespace and invisible characters at its edges.
    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        func blank(_ scalar: Unicode.Scalar) -> Bool { scalar.isWhitespaceScalar || InvisibleCharacters.isInvisible(scalar) }
        guard let first = scalars.firstIndex(where: { !blank($0) }), let last = scalars.lastIndex(where: { !blank($0) }) else { return "" }
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return text }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
