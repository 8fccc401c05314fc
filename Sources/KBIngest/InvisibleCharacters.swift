import KBModel
import KBText
/// Characters that show as nothing: zero-width spaces and joiners, bidirectional controls, soft
/// hyphens, stray byte-order marks, terminal colour and title sequences (`ESC [ 31 m` or its one
/// character form U+009B, `ESC ] ... BEL`), and NUL (which a JSON `\u0000` can put in a string, and which cuts text short when read
/// back as a C string).
///
/// Readers keep text as written; the pipeline drops these before anything reads the words, so that
/// a number or a name reads as it shows: "1\u{200B}5 minutes" is 15 minutes (not 5),
/// "10\u{200D}240 MB" is 10240 MB, "Fermyon\u{200B} Spin" is Fermyon Spin, "\u{1B}[31mred\u{1B}[0m"
/// is "red" (not a word "31mred" and a claim of 0 metres), and a right-to-left override cannot
/// reorder what a terminal shows. Joiners between two non-ASCII characters stay: they shape emoji
/// sequences and Indic and Arabic script. Other control characters stay in the index; the command
/// line shows them as U+FFFD.
///
/// For example:
///
/// ```swift
/// InvisibleCharacters.strip("1\u{200B}5 minutes")  // "15 minutes"
/// ```
public enum InvisibleCharacters {
    public static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00, 0xAD, 0x061C, 0x180E, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x206F, 0xFEFF: true
        default: false
        }
    }

    /// `text` without its invisible characters (the same string when it has none).
    public static func strip(_ text: String) -> String {
        // Every such character starts with one of these UTF-8 bytes; most text has none of them.
        guard text.utf8.contains(where: { $0 == 0x00 || $0 == 0x1B || $0 == 0xC2 || $0 == 0xD8 || $0 == 0xE1 || $0 == 0xE2 || $0 == 0xEF }) else {
            return text
        }
        guard text.unicodeScalars.contains(where: { isInvisible($0) || $0 == "\u{1B}" || $0 == "\u{9B}" }) else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\u{1B}" || scalar == "\u{9B}", let end = escapeSequenceEnd(scalars, from: index) {
                index = end
                continue
            }
            index += 1
            guard isInvisible(scalar) else {
                result.append(scalar)
                continue
            }
            let position = index - 1
            if scalar == "\u{200C}" || scalar == "\u{200D}", position > 0, index < scalars.count,
               scalars[position - 1].value > 0x7F, scalars[index].value > 0x7F,
               !isInvisible(scalars[position - 1]), !isInvisible(scalars[index]) {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Where a terminal control sequence starting with the ESC (or C1 CSI, U+009B) at `start` ends
    /// (just past it), or nil when no complete one starts there: CSI (`ESC [` or U+009B, parameters,
    /// one final character `@`...`~`) and OSC (`ESC ]` up to BEL or `ESC \`).
    static func escapeSequenceEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        let isC1 = scalars[start] == "\u{9B}"
        guard isC1 || start + 1 < scalars.count else { return nil }
        var index = isC1 ? start + 1 : start + 2
        switch isC1 ? "[" : scalars[start + 1] {
        case "[":
            while index < scalars.count, (0x20...0x3F).contains(scalars[index].value) { index += 1 }
            guard index < scalars.count, (0x40...0x7E).contains(scalars[index].value) else { return nil }
            return index + 1
        case "]":
            while index < scalars.count {
                if scalars[index] == "\u{7}" { return index + 1 }
                if scalars[index] == "\u{1B}", index + 1 < scalars.count, scalars[index + 1] == "\\" { return index + 2 }
                if scalars[index] == "\n" { return nil }
                index += 1
            }
            return nil
        default:
            return nil
        }
    }
}
