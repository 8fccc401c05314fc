import KBModel
import KBText
/// The noun phrase a sentence opens with, read as the subject of what the sentence states.
///
/// "The 5.5-litre air fryer draws 1,700 W" -> "air fryer"; "On a DC fast charger the car accepts
/// up to 250 kW" -> "car"; "With a time-of-use tariff, the battery charges..." -> "battery";
/// "The City 400 covers 40-60 km" -> "City 400"; "It has 8 presets" -> the pronoun "It", which
/// the caller resolves to an earlier sentence's subject.
///
/// A hand-written reading, no grammar: the phrase ends at the first verb-like word (a known verb,
/// a word ending in "s" that a quantity, a determiner or a comparator follows, an adverb, a
/// preposition), quantities inside it are dropped ("36V packs" -> "packs") and determiners too.
enum SubjectPhrase {
    /// Words that open a prepositional phrase rather than the subject.
    static let prepositions: Set<String> = [
        "with", "without", "on", "at", "in", "for", "during", "after", "before", "when", "if", "since", "from", "by",
        "under", "over", "above", "below", "across", "between", "through", "within", "unlike", "like", "compared",
        "once", "while", "until", "beyond", "among", "per", "of", "to", "into", "via", "versus", "vs", "inside",
        "outside", "near", "behind", "against", "toward", "towards", "upon", "despite", "except", "unless", "because",
    ]
    /// Verbs a sentence opens with when it gives an instruction: "Set reserved = 2x provisioned".
    static let imperatives: Set<String> = [
        "set", "use", "avoid", "enable", "disable", "choose", "consider", "monitor", "upload", "expect", "check", "add",
        "run", "keep", "make", "try", "see", "call", "dial", "text", "install", "configure", "store", "replace", "reserve",
        "allow", "deploy", "import", "remove", "increase", "reduce", "limit", "start", "stop", "turn", "plan", "pick",
    ]
    /// Pronouns that stand for a subject named earlier.
    static let pronouns: Set<String> = ["it", "they", "this", "these", "those", "that", "he", "she"]
    /// Pronouns that name the writer or the reader, never the subject of a claim.
    static let people: Set<String> = ["we", "you", "i", "us", "one"]
    static let determiners: Set<String> = [
        "the", "a", "an", "its", "their", "our", "your", "this", "that", "these", "those", "each", "every", "all", "both",
        "his", "her", "any", "some", "such", "my",
    ]
    static let adverbs: Set<String> = [
        "now", "also", "still", "just", "only", "already", "currently", "often", "usually", "typically", "generally",
        "always", "never", "then", "even", "roughly", "about", "around", "nearly", "almost", "mostly", "last", "first",
        "not", "no", "cannot",
    ]
    /// Words that follow a verb ending in "s" ("costs $15", "accepts up to", "draws 1,700 W").
    static let afterVerb: Set<String> = [
        "up", "at", "about", "around", "under", "over", "only", "just", "less", "more", "than", "to", "from", "in",
        "into", "between", "roughly", "nearly", "almost", "approximately", "another", "no", "not", "out",
    ]
    static let maxWords = 5

    enum Opening: Equatable {
        /// A noun phrase ("air fryer"); `clause` when a verb or a leading prepositional phrase
        /// showed that the text is a clause, not a name.
        case phrase(String, clause: Bool)
        /// A pronoun that stands for an earlier subject: "It".
        case pronoun
    }

    /// The subject phrase `text` opens with, if any.
    static func opening(of text: String) -> Opening? {
        var words = text.split(separator: " ").map(String.init)
        guard let first = words.first else { return nil }
        let firstLowered = bare(first).lowercased()
        // "This battery" and "These packs" are determiners with their noun; "They", "It" stand alone.
        let demonstrative = ["this", "these", "that", "those"].contains(firstLowered)
        if pronouns.contains(firstLowered) && !(demonstrative && words.count > 1 && isNounLike(words[1])) {
            return .pronoun
        }
        if people.contains(firstLowered) { return nil }
        // "Its 5,000 mAh battery lasts ~2 days": the claim is about the owner named before.
        if ["its", "their"].contains(firstLowered) { return .pronoun }
        // "and the warranty guarantees ...": the clause after a conjunction.
        if ["and", "but", "so", "while", "whereas", "although", "though"].contains(firstLowered), words.count > 1 {
            words.removeFirst()
            return opening(of: words.joined(separator: " "))
        }
        var clause = false
        // A leading prepositional phrase: up to its comma, else up to the next determiner
        // ("On a DC fast charger the car accepts ...").
        if prepositions.contains(firstLowered) {
            clause = true
            if let comma = words.prefix(10).firstIndex(where: { $0.hasSuffix(",") }) {
                words = Array(words[(comma + 1)...])
            } else if let determiner = words.dropFirst(2).prefix(8).firstIndex(where: { ["the", "a", "an"].contains($0.lowercased()) }) {
                words = Array(words[determiner...])
            } else {
                return nil
            }
            guard let next = words.first else { return nil }
            let lowered = bare(next).lowercased()
            if pronouns.contains(lowered) { return .pronoun }
            if people.contains(lowered) { return nil }
        }
        var phrase: [String] = []
        var index = 0
        while index < words.count, phrase.count < maxWords {
            let raw = words[index]
            let word = bare(raw)
            let lowered = word.lowercased()
            if word.isEmpty { break }
            if phrase.isEmpty, determiners.contains(lowered) { index += 1; continue }
            if phrase.isEmpty, isFunctionWord(lowered) || imperatives.contains(lowered) { return nil }
            // Code and markup are not names: "import {DynamoDBClient}", "const AWS = require(...)".
            if word.contains(where: { "{}=<>;`'\"|\\".contains($0) }) { return nil }
            if !phrase.isEmpty, raw.first == "(" || raw.first == "[" { break }
            if !phrase.isEmpty, endsPhrase(lowered, next: index + 1 < words.count ? words[index + 1] : nil, raw: word) {
                // A verb after the phrase ("Tree-shaking with esbuild reduces ...") makes it a clause.
                clause = clause || (index..<words.count).contains { position in
                    let candidate = bare(words[position])
                    return isVerb(candidate.lowercased(), next: position + 1 < words.count ? words[position + 1] : nil, raw: candidate)
                }
                break
            }
            phrase.append(word)
            index += 1
            // A comma, colon or parenthesis ends the phrase.
            if raw.last.map({ ",;:()".contains($0) }) == true { break }
        }
        // A property named after the entity is not part of it: "Django application cold start".
        var strippedProperty = false
        while phrase.count > 1, phrase[phrase.count - 1].first?.isLowercase == true {
            let lastTwo = phrase.suffix(2).joined(separator: " ").lowercased()
            if phrase.count > 2, propertyNouns.contains(lastTwo) {
                phrase.removeLast(2)
            } else if propertyNouns.contains(phrase[phrase.count - 1].lowercased()) {
                phrase.removeLast()
            } else {
                break
            }
            strippedProperty = true
        }
        // What is left after the property is a modifier, not an entity: "default timeout" leaves
        // "default", "Round-trip efficiency" "Round-trip", "Total unzipped size" "Total unzipped".
        if strippedProperty, phrase.count == 1, let only = phrase.first,
           only.first?.isLowercase == true || only.contains("-") && only.split(separator: "-").dropFirst().allSatisfy({ $0.allSatisfy(\.isLowercase) }) {
            return nil
        }
        if strippedProperty, phrase.allSatisfy({ word in
            let lowered = word.lowercased()
            return quantifiers.contains(lowered) || lowered.hasSuffix("ed") && !word.dropFirst().contains(where: \.isUppercase)
        }) {
            return nil
        }
        // Quantities inside the phrase describe it: "The 36V packs" -> "packs". A number after a
        // capitalised word is a model or version and stays: "City 400".
        var kept: [String] = []
        for word in phrase {
            let quantity = word.first?.isNumber == true
            if quantity, kept.last?.first?.isUppercase != true { continue }
            kept.append(word)
        }
        guard !kept.isEmpty, kept.contains(where: { $0.contains(where: \.isLetter) && $0.count >= 2 }) else { return nil }
        let name = kept.joined(separator: " ")
        if ["no", "yes", "use", "example", "note", "total", "average"].contains(name.lowercased())
            || ClaimContext.isGeneric(name) && !name.contains(where: \.isNumber) && !namesAThing(name) && !(kept.count == 1 && name.contains("-")) {
            return nil
        }
        // An opening gerund or imperative ("Riding in Turbo", "Expect range to fall") is an action.
        // ("Tree-shaking" is a compound noun, not a gerund.)
        if let head = kept.first, !head.contains("-"), ClaimContext.isOpeningVerb(head) { return nil }
        // A lone adjective ("Ideal for long-running workflows", "Available in 3 sizes").
        if kept.count == 1, let only = kept.first, !only.dropFirst().contains(where: \.isUppercase),
           ["al", "ive", "ful", "able", "ible", "ous", "ic", "ent", "ant", "ary"].contains(where: { only.lowercased().hasSuffix($0) }) {
            return nil
        }
        // "Round-trip efficiency", "Real-world consumption": a metric, not an entity.
        if isPropertyName(kept) { return nil }
        return .phrase(name, clause: clause)
    }

    /// Metric keywords that name a property of something rather than a thing: a phrase ending in
    /// one ("Round-trip efficiency", "Lambda timeout") names a metric, and "battery" or "package"
    /// (things) are not among them.
    static let propertyNouns: Set<String> = [
        "cold start", "warm start", "start-up", "startup", "initialization", "timeout", "time limit", "duration",
        "execution time", "memory", "latency", "throughput", "price", "pricing", "cost", "size", "range", "weight",
        "speed", "capacity", "efficiency", "consumption", "noise", "lifespan", "warranty", "retention", "concurrency",
        "reduction", "savings", "discount", "power", "output", "self-discharge", "acceleration", "payback",
    ]

    /// Whether the words name a property ("Round-trip efficiency", "timeout", "Real-world
    /// consumption") rather than an entity.
    static func isPropertyName(_ words: [String]) -> Bool {
        guard let lastWord = words.last else { return false }
        let last = lastWord.lowercased()
        let property = propertyNouns.contains(last) || propertyNouns.contains { last.hasSuffix("-" + $0) }
        guard property else { return false }
        // "Long Range" and "Lambda" name things; "efficiency" and "Round-trip efficiency" do not.
        if lastWord.first?.isUppercase == true { return words.count == 1 && !lastWord.dropFirst().contains(where: \.isUppercase) }
        return words.dropLast().allSatisfy { word in
            !word.contains(where: \.isNumber) && !word.dropFirst().contains(where: \.isUppercase)
                && (word.first?.isLowercase == true || word.contains("-"))
        }
    }

    /// A one-word metric keyword that names a thing, not a property: "battery", "package".
    static func namesAThing(_ word: String) -> Bool {
        let lowered = word.lowercased()
        return !propertyNouns.contains(lowered) && ClaimContext.metricKeywords.contains { $0.0 == lowered }
    }

    /// Words that quantify or bound rather than name: "Maximum of 5 layers", "Total size".
    static let quantifiers: Set<String> = [
        "maximum", "minimum", "max", "min", "total", "overall", "average", "limit", "limits", "typical", "median", "peak",
    ]

    /// Verbs that end a subject taken from running text ("Unlimited Plus pays", "X200 ships").
    static let trailingVerbs: Set<String> = [
        "ships", "pays", "weigh", "weighs", "costs", "has", "comes", "sold",
        "versus", "vs", "offers", "gets", "sells", "lasts", "goes", "adds", "covers", "manages", "reaches", "holds",
    ]

    /// A subject without what running text left around it: determiners ("The Standard Range
    /// version"), unit symbols ("mAh battery" after "5,000"), trailing verbs, adverbs and prices
    /// ("Replacement batteries cost $549" -> "Replacement batteries"); nil when nothing is left.
    static func tidy(_ subject: String) -> String? {
        var words = subject.split(separator: " ").map(String.init)
        // "It pitches", "It retails": the pronoun, for the caller to resolve.
        if let first = words.first, pronouns.contains(first.lowercased()), !["this", "that", "these", "those"].contains(first.lowercased()) {
            return first
        }
        while let first = words.first, determiners.contains(first.lowercased()) || people.contains(first.lowercased())
                || isUnitSymbol(first) && words.count > 1 && bare(first).first?.isLowercase != false {
            words.removeFirst()
        }
        // A unit alone ("TB", "mAh") or before the noun it measured ("kg rider").
        if let first = words.first, isUnitSymbol(first), !first.contains(where: \.isNumber),
           first.count <= 4, !(words.count == 1 && first.dropFirst().allSatisfy(\.isLowercase) && first.count > 3) {
            words.removeFirst()
        }
        if let cut = words.indices.dropFirst().first(where: { index in
            let word = bare(words[index]).lowercased()
            // "cost", "start" end a subject only before an amount: "batteries cost $549", "prices start at".
            let next = index + 1 < words.count ? words[index + 1] : ""
            let beforeAmount = ["cost", "start", "starts", "begin", "begins"].contains(word)
                && (next.first.map { "$€£¥".contains($0) || $0.isNumber } == true || next == "at" || next == "from")
            return trailingVerbs.contains(word) || TopicExtractor.predicateWords.contains(word) || adverbs.contains(word)
                || beforeAmount || words[index].first.map({ "$€£¥".contains($0) }) == true
        }) {
            words = Array(words[..<cut])
        }
        guard let first = words.first else { return nil }
        // A bound or a quantity is no subject: "Maximum", "limit", "5-layer", "Maximum of 5 layers per function".
        if words.count > 2, quantifiers.contains(first.lowercased()), words[1].lowercased() == "of" { return nil }
        if words.count == 1, quantifiers.contains(first.lowercased()) || first.first?.isNumber == true { return nil }
        // An adverb or a participle alone is no subject: "Elsewhere", "EPA-rated".
        if words.count == 1, adverbs.contains(first.lowercased()) || ["elsewhere", "here", "there", "otherwise", "meanwhile"].contains(first.lowercased())
            || first.hasSuffix("-rated") || first.hasSuffix("-based") || first.first?.isLowercase == true && first.hasSuffix("ed")
            || ["sold", "made", "built", "done", "seen", "given", "taken"].contains(first)
            || first.lowercased().hasPrefix("sub-") || first.lowercased().contains("-digit") {
            return nil
        }
        let tidied = words.joined(separator: " ").trimmingCharacters(in: ",;:")
        return tidied.isEmpty ? nil : tidied
    }

    /// A unit symbol left from a quantity ("mAh", "kg", "TB"), not a word that forms compound
    /// nouns ("day pass", "hour limit").
    static func isUnitSymbol(_ word: String) -> Bool {
        guard let unit = Units.lookup(bare(word)) else { return false }
        return unit.dimension != "time" && bare(word).count <= 4
    }

    /// Words that cannot open a subject: "up to 1 year", "under 2 hours", "is".
    static func isFunctionWord(_ word: String) -> Bool {
        prepositions.contains(word) || adverbs.contains(word) || afterVerb.contains(word)
            || TopicExtractor.predicateWords.contains(word) || ["and", "or", "but", "than", "as", "so", "which"].contains(word)
    }

    /// Whether `word` (lowercased) is a verb, as `endsPhrase` reads it.
    static func isVerb(_ word: String, next: String?, raw: String) -> Bool {
        if TopicExtractor.predicateWords.contains(word) || ClaimContext.verbLike.contains(word) { return true }
        guard raw.first?.isLowercase == true else { return false }
        if word.hasSuffix("ed"), word.count > 4 { return endsPhrase(word, next: next, raw: raw) }
        return word.hasSuffix("s") && endsPhrase(word, next: next, raw: raw) && !adverbs.contains(word) && !prepositions.contains(word)
    }

    /// Whether `word` (lowercased) ends the subject phrase: a verb, adverb, preposition or conjunction.
    static func endsPhrase(_ word: String, next: String?, raw: String) -> Bool {
        // A capitalised word continues a name: "Acme Monthly Pass", "Unlimited Plus".
        if raw.first?.isUppercase == true { return false }
        if TopicExtractor.predicateWords.contains(word) || ClaimContext.verbLike.contains(word) { return true }
        if adverbs.contains(word) || prepositions.contains(word) || ["and", "or", "but", "which", "who", "so"].contains(word) { return true }
        if word.hasSuffix("ly"), word.count > 4 { return true }
        guard raw.first?.isLowercase == true else { return false }
        // A verb ending in "s": a quantity, a determiner or a comparator word follows it.
        if word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is"), let next {
            let following = bare(next)
            if following.first?.isNumber == true || "$€£¥~<>≈".contains(following.first ?? " ") || next.first == "$" || next.first == "€" {
                return true
            }
            if determiners.contains(following.lowercased()) || afterVerb.contains(following.lowercased()) { return true }
        }
        // A past participle after the noun: "The packs rated for ...", "cold start improved from".
        if word.hasSuffix("ed"), word.count > 4, let next {
            let following = bare(next).lowercased()
            return prepositions.contains(following) || determiners.contains(following) || following.first?.isNumber == true
                || afterVerb.contains(following)
        }
        return false
    }

    /// Whether `word` reads as a noun or adjective after a demonstrative ("This battery").
    static func isNounLike(_ word: String) -> Bool {
        let lowered = bare(word).lowercased()
        return !lowered.isEmpty && !TopicExtractor.predicateWords.contains(lowered) && !ClaimContext.verbLike.contains(lowered)
            && !adverbs.contains(lowered) && !prepositions.contains(lowered)
            && (lowered.first?.isLetter == true || lowered.first?.isNumber == true && lowered.contains("-"))
    }

    static func bare(_ word: String) -> String {
        word.trimmingCharacters(in: ",.;:!?\"'()[]*")
    }
}
