import Foundation
import KBClaims
import KBModel
import KBText

/// How alike two subjects are, from the corpus itself: the entity inventory.
///
/// A subject's words are weighed by how much they identify: a name (a word the corpus writes
/// with a capital where grammar does not ask for one, an all-caps word or an identifier) weighs its
/// full inverse document frequency; another content word 0.4 of it; a generic word, a tier word
/// or a period word ("customers", "plan", "daily") 0.1. Similarity is the weighted Jaccard of the
/// two subjects' stemmed words, so "Crew plan" and "Crew-tier uploads" are alike (the name Crew
/// carries the weight), "Tidepool" and "Tidepool Backup" half alike, and two subjects whose
/// names differ ("Plus card", "Metal card") not alike at all.
///
/// Names decide: two subjects whose names differ are different things ("Crew" and "Crew Plus",
/// "Tidepool" and "Tidepool Backup"). A name the corpus puts everywhere (the organisation's: in a
/// quarter of the facts, or the most frequent name when it is in one fact in twelve) identifies
/// nothing and is left out. Two subjects with different head nouns ("Metal cardholders", "Metal
/// replacements") are less alike; two subjects with no name at all must share most of their words.
///
/// For example:
///
/// ```swift
/// let matcher = EntityMatcher(names: ["Crew plan", "Crew-tier uploads", "Solo plan"], texts: corpus)
/// matcher.similarity("Crew plan", "Crew-tier uploads")  // about 0.8
/// matcher.similarity("Crew plan", "Solo plan")          // 0
/// ```
public struct EntityMatcher: Sendable {
    struct Word: Sendable, Hashable {
        var stem: String
        var weight: Double
        var isName: Bool
        /// Written with a capital (a name the corpus has not proven: "Inline Map" opening a sentence).
        var isCapitalised = false
        /// A plural ("publications"): a class of things rather than one of them.
        var isPlural = false
        /// In how many facts the corpus uses the word.
        var frequency = 0
        /// A number: a version or a model number ("Python 3.6", "Trail 625").
        var isNumber = false
        /// A negation ("non-BMP strings"): the complement of what the other words name.
        var isNegation = false
        /// The period a word names, when it names one ("Day" -> "day", "monthly" -> "month"):
        /// periods tell variants of one thing apart.
        var period: String?
    }

    /// Words of each subject, by subject text.
    var words: [String: [Word]] = [:]
    /// Inverse document frequency by stem.
    var idf: [String: Double] = [:]
    /// The number of each stem the corpus holds (and the stem of each number), and the distinct
    /// stems of each text, flat: text `i`'s stems are `textStems[textStemStarts[i]..<textStemStarts[i + 1]]`
    /// (for look-ups that would otherwise read every text again).
    var stemNumbers: [String: Int] = [:]
    var stemsByNumber: [String] = []
    var textStems: [Int32] = []
    var textStemStarts: [Int] = [0]
    /// In how many facts each stem appears.
    var frequency: [String: Int] = [:]
    /// The stems the corpus writes as names: capitalised inside sentences at least half as often
    /// as in lowercase (currency codes and units aside).
    var nameStems: Set<Int32> = []
    let defaultIDF: Double

    /// The comparison key of a word: its stem, or for an acronym or identifier its lowercase form
    /// ("HTTPS" is not "HTTP").
    static func key(_ token: Token) -> String {
        token.isNumber ? token.text : token.shape == .upper || token.shape == .identifier ? token.lower : Stemmer.stem(token.lower)
    }

    /// `sources`, when given, names the source of each text: a name everywhere in one source (its
    /// product's name in its own manual) identifies nothing there.
    public init(names: [String], texts: [String], sources: [String]? = nil, lexicon: Lexicon = .standard) {
        let tokenizer = Tokenizer(lexicon: lexicon)
        // Document frequencies and capitalisation evidence from the corpus's facts, in one fast
        // pass over the words (``WordScan``). Each distinct word is looked up once per use and
        // numbered; its stem, counts and last text live in arrays by that number (a corpus has far
        // fewer distinct words than words).
        var wordIDs: [String: Int] = [:]
        // A word's stem: stemmed when written in letters, itself when all capitals or an identifier.
        var plainStem: [Int] = [], rawStem: [Int] = []
        var stemIDs: [String: Int] = [:]
        var stemTexts: [String] = []
        var documentCounts: [Int] = []
        var lastText: [Int] = []
        var lowercaseCounts: [Int] = [], capitalisedCounts: [Int] = [], openingCounts: [Int] = []
        var wordTexts: [String] = []
        var stemsOfTexts: [Int32] = [], starts = [0]
        // Facts of a stem per source: source number << 32 | stem number.
        var perSource: [Int: Int] = [:]
        var sourceIDs: [String: Int] = [:]
        var sourceSizes: [Int] = []
        func stemID(_ text: String) -> Int {
            if let known = stemIDs[text] { return known }
            stemIDs[text] = stemTexts.count
            stemTexts.append(text)
            documentCounts.append(0)
            lastText.append(-1)
            return stemTexts.count - 1
        }
        for (textIndex, text) in texts.enumerated() {
            let sourceName = sources.map { textIndex < $0.count ? $0[textIndex] : "" } ?? ""
            let source: Int
            if let known = sourceIDs[sourceName] { source = known } else {
                source = sourceSizes.count
                sourceIDs[sourceName] = source
                sourceSizes.append(0)
            }
            sourceSizes[source] += 1
            WordScan.words(text) { lower, shape, opens in
                guard shape != .number else { return }
                let word: Int
                if let known = wordIDs[lower] { word = known } else {
                    word = wordTexts.count
                    wordIDs[lower] = word
                    wordTexts.append(lower)
                    lowercaseCounts.append(0)
                    capitalisedCounts.append(0)
                    openingCounts.append(0)
                    plainStem.append(-1)
                    rawStem.append(-1)
                }
                let stem: Int
                if shape == .upper || shape == .identifier {
                    if rawStem[word] < 0 { rawStem[word] = stemID(lower) }
                    stem = rawStem[word]
                } else {
                    if plainStem[word] < 0 { plainStem[word] = stemID(Stemmer.stem(lower)) }
                    stem = plainStem[word]
                }
                if lastText[stem] != textIndex {
                    lastText[stem] = textIndex
                    documentCounts[stem] += 1
                    stemsOfTexts.append(Int32(truncatingIfNeeded: stem))
                    perSource[source << 32 | stem, default: 0] += 1
                }
                if shape == .lower { lowercaseCounts[word] += 1 }
                else if !opens { capitalisedCounts[word] += 1 }
                else if shape == .capitalized { openingCounts[word] += 1 }
            }
            starts.append(stemsOfTexts.count)
        }
        let currencyWords = Set(lexicon.currencies.keys.map { $0.lowercased() })
        for (word, text) in wordTexts.enumerated() where capitalisedCounts[word] > 0 && capitalisedCounts[word] * 2 >= lowercaseCounts[word]
            && !currencyWords.contains(text) && !lexicon.classes(of: text).contains(.unitWord) {
            for stem in [plainStem[word], rawStem[word]] where stem >= 0 { nameStems.insert(Int32(truncatingIfNeeded: stem)) }
        }
        stemNumbers = stemIDs
        stemsByNumber = stemTexts
        textStems = stemsOfTexts
        textStemStarts = starts
        var documentFrequency: [String: Int] = [:]
        documentFrequency.reserveCapacity(stemTexts.count)
        for (stem, text) in stemTexts.enumerated() { documentFrequency[text] = documentCounts[stem] }
        var capitalisedInside: [String: Int] = [:], lowercase: [String: Int] = [:], openings: [String: Int] = [:]
        for (word, text) in wordTexts.enumerated() {
            if capitalisedCounts[word] > 0 { capitalisedInside[text] = capitalisedCounts[word] }
            if lowercaseCounts[word] > 0 { lowercase[text] = lowercaseCounts[word] }
            if openingCounts[word] > 0 { openings[text] = openingCounts[word] }
        }
        let count = Double(max(1, texts.count))
        for (stem, frequency) in documentFrequency { idf[stem] = log(1 + count / Double(frequency)) }
        frequency = documentFrequency
        // Names everywhere identify nothing: in a quarter of a source's facts, or the source's most
        // frequent name when it is in one fact in twelve; a small source has no such name (at least
        // 4 facts). Only stems the corpus writes with a capital inside a sentence count.
        let capitalisedStem = stemTexts.map { text in wordIDs[text].map { capitalisedCounts[$0] > 0 } ?? false }
        var everywhere: Set<String> = []
        var top: [Int: (stem: Int, count: Int)] = [:]
        for (key, facts) in perSource {
            let source = key >> 32, stem = key & 0xFFFF_FFFF
            guard capitalisedStem[stem] else { continue }
            let size = Double(max(1, sourceSizes[source]))
            if Double(facts) >= max(4, size / 4) { everywhere.insert(stemTexts[stem]) }
            if let best = top[source], best.count > facts || best.count == facts && stemTexts[best.stem] < stemTexts[stem] { continue }
            top[source] = (stem, facts)
        }
        for (source, best) in top where Double(best.count) >= max(4, Double(max(1, sourceSizes[source])) / 12) {
            everywhere.insert(stemTexts[best.stem])
        }
        defaultIDF = log(1 + count)
        for name in Set(names) {
            var result: [Word] = []
            let tokens = tokenizer.tokens(name)
            // A word is a name when the corpus writes it with a capital where grammar does not ask
            // for one at least half as often as in lowercase, or opens sentences with it and never
            // writes it in lowercase ("Acme Queue retains ...", "Acme Cloud supports ...").
            let isName: [Bool] = tokens.enumerated().map { index, token in
                guard token.isWord, !token.is(.tierWord), !token.is(.generic), !token.is(.timeWord) else { return false }
                if token.shape == .upper || token.shape == .identifier { return true }
                guard token.shape == .capitalized else { return false }
                let inside = capitalisedInside[token.lower] ?? 0, lower = lowercase[token.lower] ?? 0
                if (index > 0 || inside > 0) && inside * 2 >= lower { return true }
                return lower == 0 && (openings[token.lower] ?? 0) + inside >= 2 && !token.is(.determiner) && !token.is(.pronoun)
            }
            for (index, token) in tokens.enumerated() where token.isWord || token.isNumber {
                guard !token.is(.determiner), !token.is(.pronoun) || token.isNameLike else { continue }
                let stem = Self.key(token)
                // A name everywhere is left out when a later name of the subject tells it apart: the
                // organisation's name before its product's ("Acme Queue"). The last name is the
                // head and stays, however often the corpus names it ("Forge S1": the S1).
                if isName[index], everywhere.contains(stem), tokens.indices.contains(where: { other in
                    other > index && isName[other] && tokens[other].lower != token.lower && !everywhere.contains(Self.key(tokens[other]))
                }) { continue }
                let base = idf[stem] ?? defaultIDF
                let factor: Double
                if isName[index] { factor = 1 } else if token.is(.generic) || token.is(.tierWord) || token.is(.timeWord) || token.isNumber { factor = 0.1 } else { factor = 0.4 }
                if let existing = result.firstIndex(where: { $0.stem == stem }) {
                    result[existing].weight = max(result[existing].weight, base * factor)
                } else {
                    result.append(Word(stem: stem, weight: base * factor, isName: isName[index],
                                       isCapitalised: token.isNameLike && !token.is(WordClasses.function) && !token.is(.generic) && !token.is(.tierWord),
                                       isPlural: token.isWord && Lexicon.singular(token.lower) != token.lower, frequency: documentFrequency[stem] ?? 0,
                                       isNumber: token.isNumber, isNegation: token.is(.negation), period: Self.period(token.lower, lexicon: lexicon)))
                }
            }
            words[name] = result
        }
    }

    /// The period a word names, as its length in seconds: a period adjective's ("monthly" -> a
    /// month) or a unit of time's ("Day", "days" -> a day).
    static func period(_ lower: String, lexicon: Lexicon) -> String? {
        let form = lexicon.periods[lower].map { $0.count == 1 ? $0.unit : lower } ?? lower
        guard let unit = Units.standard.lookup(form), unit.dimension == .time, form.count > 2 else { return nil }
        return String(unit.factor)
    }

    /// In how many facts a common noun must appear to name a kind rather than a thing: a common
    /// noun the corpus uses in a hundred facts or more ("function", "integer", "table" in a manual)
    /// names a kind of thing, not one thing two facts could disagree about.
    static let kindFrequency = 100

    /// Whether subject words without a name are all kind words (or carry no weight).
    func isKind(_ words: [Word]) -> Bool {
        !words.contains(where: \.isName) && words.allSatisfy { $0.frequency >= Self.kindFrequency || $0.weight == 0 }
    }

    /// Whether an item's key (stemmed words) names only kinds: every word in a hundred facts or more.
    public func isKindItem(_ key: String) -> Bool {
        let stems = key.split(separator: " ").map(String.init)
        return !stems.isEmpty && stems.allSatisfy { (frequency[$0] ?? 0) >= Self.kindFrequency }
    }

    /// Whether a subject holds a name (see the type's documentation).
    func isNamed(_ subject: String) -> Bool {
        words[subject]?.contains(where: \.isName) ?? false
    }

    /// The stems of a subject that identify it (its names, or its content words when it has none).
    func keys(_ subject: String) -> [String] {
        let all = words[subject] ?? []
        let names = all.filter(\.isName)
        return (names.isEmpty ? all.filter { $0.weight > 0 } : names).map(\.stem)
    }

    /// The names text `index` holds (numbers of ``stemNumbers``; see ``nameStems``).
    func names(ofText index: Int) -> Set<Int32> {
        Set(stems(ofText: index).filter(nameStems.contains))
    }

    /// The distinct stems of text `index` (numbers of ``stemNumbers``).
    func stems(ofText index: Int) -> ArraySlice<Int32> {
        guard index >= 0, index + 1 < textStemStarts.count else { return [] }
        return textStems[textStemStarts[index]..<textStemStarts[index + 1]]
    }

    /// How alike two subjects are, from 0 to 1 (see the type's documentation).
    public func similarity(_ a: String, _ b: String) -> Double {
        guard let wa = words[a], let wb = words[b], !wa.isEmpty, !wb.isEmpty else { return a.lowercased() == b.lowercased() ? 1 : 0 }
        // A kind of thing is not one thing, however it is written (see ``kindFrequency``).
        // (Either side: "The module provides no SQL-accessible functions" is about the module of
        // its own page, not "the pg_walinspect module".)
        let unnamedA = !wa.contains(where: \.isName), unnamedB = !wb.contains(where: \.isName)
        if unnamedA && (isKind(wa) || isKind(wb)) || unnamedB && isKind(wb) { return 0 }
        if a.lowercased() == b.lowercased() { return 1 }
        // "non-BMP strings" are the complement of "BMP strings".
        if wa.contains(where: \.isNegation) != wb.contains(where: \.isNegation) { return 0 }
        // Different version or model numbers are different things ("Python 3.5", "Python 3.6").
        let numbersA = Set(wa.filter(\.isNumber).map(\.stem)), numbersB = Set(wb.filter(\.isNumber).map(\.stem))
        if !numbersA.isEmpty, !numbersB.isEmpty, numbersA.isDisjoint(with: numbersB) { return 0 }
        // So is a name closed by a model number against the name going on with another word
        // ("TrailCam 360", "TrailCam add-on"): a catalogue names its variants so.
        if numbersA.isEmpty != numbersB.isEmpty {
            let (numbered, other) = numbersA.isEmpty ? (wb, wa) : (wa, wb)
            if numbered.last?.isNumber == true, let lastName = other.lastIndex(where: \.isName),
               other[(lastName + 1)...].contains(where: { word in word.weight > 0 && !numbered.contains { $0.stem == word.stem } }) { return 0 }
        }
        // So are variants named by different words of one class: "Day Pass" and "monthly pass",
        // "Basic plan" and "Premium plan".
        let variantsA = Set(wa.compactMap(\.period)), variantsB = Set(wb.compactMap(\.period))
        if !variantsA.isEmpty, !variantsB.isEmpty, variantsA.isDisjoint(with: variantsB) { return 0 }
        let orderA = wa.filter(\.isName).map(\.stem), orderB = wb.filter(\.isName).map(\.stem)
        let namesA = Set(orderA), namesB = Set(orderB)
        // Two subjects that both carry names name the same thing only if their names are the same,
        // or the names of one end the other's: the last name is the head ("AWS Lambda SnapStart" is
        // SnapStart), a name added after it makes another thing ("Crew Plus" is not Crew).
        var prefixed = false
        if !namesA.isEmpty, !namesB.isEmpty, namesA != namesB {
            let (short, long) = orderA.count < orderB.count ? (orderA, orderB) : (orderB, orderA)
            guard long.suffix(short.count).elementsEqual(short) else { return 0 }
            prefixed = true
        }
        var weights: [String: (Double, Double)] = [:]
        for word in wa { weights[word.stem, default: (0, 0)].0 = max(weights[word.stem]?.0 ?? 0, word.weight) }
        for word in wb { weights[word.stem, default: (0, 0)].1 = max(weights[word.stem]?.1 ?? 0, word.weight) }
        var shared = 0.0, union = 0.0
        for (stem, pair) in weights where !namesA.contains(stem) && !namesB.contains(stem) {
            shared += min(pair.0, pair.1)
            union += max(pair.0, pair.1)
        }
        let content = union > 0 ? shared / union : 1
        var score: Double
        if !namesA.isEmpty, namesA == namesB || prefixed {
            // The same names: the same thing, its other words only shading how sure.
            score = (0.8 + 0.2 * content) * (prefixed ? 0.85 : 1)
        } else if namesA.isEmpty != namesB.isEmpty {
            // A name on one side only: the other side may be the same thing described, but less surely.
            let named = namesA.isEmpty ? wb : wa, plain = namesA.isEmpty ? wa : wb
            let plainWeight = plain.reduce(0) { $0 + $1.weight }
            let sharedWeight = plain.filter { word in named.contains { $0.stem == word.stem } }.reduce(0) { $0 + $1.weight }
            score = plainWeight > 0 ? 0.7 * sharedWeight / plainWeight : 0
            // A plural names a class ("publications"); a name on the other side, one of its members.
            if plain.last(where: { $0.weight > 0 })?.isPlural == true { score *= 0.45 }
        } else {
            // No name on either side. A common noun the corpus uses in a hundred facts or more names a
            // kind of thing ("function", "integer", "table" in a manual), not one thing two facts
            // could disagree about.
            // Most words must be shared, and the head noun (the last word that weighs): "adult
            // membership" is a membership, "Adults" are people, though one holds the other's word.
            score = content
            if score < 0.6 { return 0 }
            if let headA = wa.last(where: { $0.weight > 0 })?.stem, let headB = wb.last(where: { $0.weight > 0 })?.stem, headA != headB { return 0 }
        }
        // Capitalised words that differ ("Inline Map", "Distributed Map") tell two things apart even
        // when the corpus has not proven them names.
        let capitalsA = Set(wa.filter { $0.isCapitalised && !$0.isName }.map(\.stem)), capitalsB = Set(wb.filter { $0.isCapitalised && !$0.isName }.map(\.stem))
        if !capitalsA.isEmpty, !capitalsB.isEmpty, capitalsA.isDisjoint(with: capitalsB) { score *= 0.3 }
        // Different head nouns (both meaningful): the same owner, another thing.
        if let headA = wa.last(where: { !$0.isName && $0.weight > 0 }), let headB = wb.last(where: { !$0.isName && $0.weight > 0 }),
           headA.stem != headB.stem, headA.weight > 0.2 * (idf[headA.stem] ?? defaultIDF), headB.weight > 0.2 * (idf[headB.stem] ?? defaultIDF) {
            score *= 0.6
        }
        return score
    }

    /// Whether one subject carries a version or model number and the other none ("Django 1.5",
    /// "Django").
    func releaseOnOneSide(_ a: String, _ b: String) -> Bool {
        guard let wa = words[a], let wb = words[b] else { return false }
        return wa.contains(where: \.isNumber) != wb.contains(where: \.isNumber)
    }

    /// Whether one subject goes on from its names in capitalised words the other lacks: "SQLite
    /// Database Diff" (a program) and "SQLite" are two things, however alike their words.
    func extendsName(_ a: String, _ b: String) -> Bool {
        guard let wa = words[a], let wb = words[b] else { return false }
        func goesOn(_ words: [Word], beyond other: [Word]) -> Bool {
            guard let last = words.lastIndex(where: \.isName) else { return false }
            return words[(last + 1)...].contains { word in word.isCapitalised && !word.isName && !other.contains { $0.stem == word.stem } }
        }
        return goesOn(wa, beyond: wb) || goesOn(wb, beyond: wa)
    }

    /// The subjects' display name for a finding: the shorter of two alike names.
    func display(_ a: String, _ b: String) -> String {
        a.count <= b.count ? a : b
    }
}
