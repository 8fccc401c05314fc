/// A light stemmer for comparing words across wordings: "withdrawals", "withdrawal", "withdrawing"
/// and "withdraw" share the stem "withdraw"; "versioned" and "versioning" share "version".
///
/// It removes one inflection or common derivational suffix when a stem of at least four letters
/// remains, or the plural "s" of a three-letter noun ("tubs", "days"). It is for matching words
/// between two statements, never for display.
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
        if let stem = asciiStem(word) { return stem }
        return settled(stripped(word.lowercased()))
    }

    /// The suffixes as bytes, for ``asciiStem(_:)``, and the byte sets its rules test.
    static let suffixBytes: [[UInt8]] = suffixes.map { Array($0.utf8) }
    static let iesBytes: [UInt8] = Array("ies".utf8), vowelBytes: [UInt8] = Array("aeiou".utf8)
    /// Letters that are not doubled into a stem ("rolled", "called" keep theirs: "roll", "call").
    static let keptDoubleBytes: [UInt8] = Array("aeiouls".utf8)
    /// Letters before a final "s" that make it no plural ending ("bus", "menus", "taxis").
    static let keptFinalSBytes: [UInt8] = Array("sui".utf8)
    /// A plural of a three-letter noun loses its "s" ("tubs", "days", "pets" meet "tub", "day",
    /// "pet"), unless a vowel or an "s" stands before it ("this", "thus", "uses", "does", "pros").
    static let shortPluralKept = "aeious"
    static let shortPluralKeptBytes: [UInt8] = Array(shortPluralKept.utf8)
    /// Whether suffix number `index` may follow a doubled consonant ("-ed", "-ing", "-er").
    static let doublingSuffix: [Bool] = suffixes.map { ["ed", "ing", "er"].contains($0) }
    static let pluralSuffix: [Bool] = suffixes.map { $0 == "s" }

    /// ``stem(_:)`` for a word of ASCII letters (most words), on its bytes: the same rules, without
    /// String's grapheme and case machinery (stemming runs for every word of an ingest). Nil for
    /// any other word.
    static func asciiStem(_ word: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(word.utf8.count)
        for byte in word.utf8 {
            guard byte < 0x80 else { return nil }
            bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
        }
        func hasSuffix(_ suffix: [UInt8], _ length: Int) -> Bool {
            length >= suffix.count && bytes[(length - suffix.count)..<length].elementsEqual(suffix)
        }
        var length = bytes.count
        if hasSuffix([0x27, 0x73], length) { length -= 2 }  // "'s"
        func settled(_ length: Int) -> String {
            guard length >= 5 else { return String(decoding: bytes[0..<length], as: UTF8.self) }
            let last = bytes[length - 1]
            if last == 0x65 { return String(decoding: bytes[0..<(length - 1)], as: UTF8.self) }  // "e"
            if last == 0x79, !vowelBytes.contains(bytes[length - 2]) {  // "y" after a consonant
                return String(decoding: bytes[0..<(length - 1)] + [0x69], as: UTF8.self)
            }
            return String(decoding: bytes[0..<length], as: UTF8.self)
        }
        if hasSuffix(iesBytes, length), length > 4 { return settled(length - 2) }
        for (index, suffix) in suffixBytes.enumerated() where hasSuffix(suffix, length) {
            let stem = length - suffix.count
            guard stem >= 4 || pluralSuffix[index] && stem == 3 && !shortPluralKeptBytes.contains(bytes[2]) else { continue }
            if doublingSuffix[index], bytes[stem - 1] == bytes[stem - 2], !keptDoubleBytes.contains(bytes[stem - 1]) {
                return settled(stem - 1)
            }
            if pluralSuffix[index], keptFinalSBytes.contains(bytes[stem - 1]) { return settled(length) }
            return settled(stem)
        }
        return settled(length)
    }

    /// ``stem(_:)`` by String's own operations, for any word (the reference ``asciiStem(_:)``
    /// agrees with).
    static func unicodeStem(_ word: String) -> String {
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
            guard stem.count >= 4 || suffix == "s" && stem.count == 3 && stem.last.map({ !shortPluralKept.contains($0) }) == true else { continue }
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
