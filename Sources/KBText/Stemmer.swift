/// A light stemmer for comparing words across wordings: "withdrawals", "withdrawal", "withdrawing"
/// and "withdraw" share the stem "withdraw"; "versioned" and "versioning" share "version".
///
/// It removes one inflection or common derivational suffix when a stem of at least four letters
/// remains. It is for matching words between two statements, never for display.
///
/// For example:
///
/// ```swift
/// Stemmer.stem("uploads")      // "upload"
/// Stemmer.stem("versioning")   // "version"
/// Stemmer.stem("charges")      // "charg", as "charge" and "charged"
/// ```
public enum Stemmer {
    static let suffixes = ["ations", "ation", "ments", "ment", "ings", "ing", "ers", "ed", "er", "als", "al", "ly", "es", "s"]

    public static func stem(_ word: String) -> String {
        settled(stripped(word.lowercased()))
    }

    /// The word without one inflection or common derivational suffix.
    static func stripped(_ word: String) -> String {
        var word = word
        if word.hasSuffix("'s") || word.hasSuffix("\u{2019}s") { word = String(word.dropLast(2)) }
        // "policies" and "policy", "movies" and "movie" meet at "polici", "movi" (see settled).
        if word.hasSuffix("ies"), word.count > 4 { return String(word.dropLast(2)) }
        for suffix in suffixes where word.hasSuffix(suffix) {
            let stem = word.dropLast(suffix.count)
            guard stem.count >= 4 else { continue }
            // "transferred" -> "transfer", "shipped" -> "ship": a doubled consonant before -ed/-ing.
            if (suffix == "ed" || suffix == "ing" || suffix == "er"), let last = stem.last, stem.dropLast().last == last, !"aeiouls".contains(last) {
                return String(stem.dropLast())
            }
            if suffix == "s", stem.hasSuffix("s") || stem.hasSuffix("u") || stem.hasSuffix("i") { return word }
            return String(stem)
        }
        return word
    }

    /// The stem's last letter made one for all forms of a word: a silent "e" dropped ("charge",
    /// "charges" and "charged" all give "charg"; "vehicle" and "vehicles" give "vehicl"), a "y"
    /// after a consonant read as "i" ("copy" and "copies" give "copi").
    static func settled(_ stem: String) -> String {
        guard stem.count >= 5, let last = stem.last else { return stem }
        if last == "e" { return String(stem.dropLast()) }
        if last == "y", let before = stem.dropLast().last, !"aeiou".contains(before) { return String(stem.dropLast()) + "i" }
        return stem
    }
}
