/// Finds the words a corpus uses as names although the lexicon knows them as function words:
/// a word written with a capital where grammar does not ask for one (not opening a sentence,
/// not after a colon or a quote), at least twice and at least a quarter as often as it is written
/// in lowercase ("the Plus plan", "on Plus"). Such words are
/// names in that corpus ("Plus cardholders" opens a sentence with the name Plus).
///
/// For example:
///
/// ```swift
/// NameEvidence.names(in: ["Upgrade to Plus today.", "The Plus plan has 3 cards."], lexicon: .standard)  // ["plus"]
/// ```
public enum NameEvidence {
    /// Function words the texts use as names (see the type's documentation), and the words the
    /// texts write with a capital inside a sentence at least as often as in lowercase (a capital
    /// that only opens a sentence is no evidence of a name; "Limitations" written once after a
    /// parenthesis and often in lowercase is no name either).
    public static func evidence(in texts: [String], lexicon: Lexicon) -> (names: Set<String>, capitalised: Set<String>) {
        var inside: [String: Int] = [:], lowercase: [String: Int] = [:]
        let names = scan(texts, lexicon: lexicon, capitalisedInside: { inside[$0, default: 0] += 1 }, lowercase: { lowercase[$0, default: 0] += 1 })
        return (names, Set(inside.filter { $0.value >= (lowercase[$0.key] ?? 0) }.keys))
    }

    public static func names(in texts: [String], lexicon: Lexicon) -> Set<String> {
        scan(texts, lexicon: lexicon, capitalisedInside: { _ in }, lowercase: { _ in })
    }

    static func scan(_ texts: [String], lexicon: Lexicon, capitalisedInside: (String) -> Void, lowercase: (String) -> Void) -> Set<String> {
        var counts: [String: Int] = [:]
        var lowercaseCounts: [String: Int] = [:]
        for text in texts {
            var previousEndsSentence = true
            var word = String.UnicodeScalarView()
            var capital = false
            var titleCase: Bool { word.dropFirst().allSatisfy { !$0.isUppercaseScalar } }
            var sentenceStart = true
            func flush() {
                if !word.isEmpty, !capital {
                    lowercase(String(word))
                    if !lexicon.classes(of: String(word)).isEmpty { lowercaseCounts[String(word), default: 0] += 1 }
                }
                if !word.isEmpty, capital, !sentenceStart {
                    let lower = String(word).lowercased()
                    capitalisedInside(lower)
                    // Emphasis in capitals ("does NOT support") is no name; a Title-case word is.
                    if titleCase, !lexicon.classes(of: lower).isEmpty { counts[lower, default: 0] += 1 }
                }
                word = String.UnicodeScalarView()
            }
            for scalar in text.unicodeScalars {
                if scalar.isWordScalar && !scalar.isDigitScalar {
                    if word.isEmpty {
                        capital = scalar.isUppercaseScalar
                        sentenceStart = previousEndsSentence
                    }
                    word.append(scalar)
                    previousEndsSentence = false
                } else {
                    flush()
                    if [".", "!", "?", ":", "\"", "\u{201C}", "(", "\n", "*", "#", "-", "|", ";"].contains(scalar) { previousEndsSentence = true }
                    // A list marker after a sentence start ("(2) Performance") keeps it a start.
                    else if !scalar.properties.isWhitespace, !(previousEndsSentence && (scalar.properties.numericType != nil || scalar == ")")) {
                        previousEndsSentence = false
                    }
                }
            }
            flush()
        }
        // A function word is a name where the corpus writes it that way at least twice and at least
        // a quarter as often as it uses the word in lowercase ("Plus" on a card FAQ; not "If" in a
        // manual that starts a few headings with it and writes "if" thousands of times).
        return Set(counts.filter { $0.value >= 2 && $0.value * 4 >= lowercaseCounts[$0.key, default: 0] }.keys)
    }
}
