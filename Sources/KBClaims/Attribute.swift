import KBModel
import KBText

/// The property a quantity measures: a metric of the ontology when the clause names one, else
/// what is counted or set, else the dimension's own name; and the words around it, for comparing
/// attributes worded differently.
///
/// How it is chosen (principles):
/// - A metric phrase of the lexicon in the quantity's clause whose allowed dimensions include the
///   quantity's names the property; the nearest wins, one that names a property ("fee") over one
///   that only bounds ("limit"), one before the number over one after at equal distance.
/// - A count names what it counts ("3 virtual cards" -> "virtual card"); a bare number after
///   "X of", "X is", "X defaults to", "X:" is a value of X ("a queue depth of 32" -> "queue depth",
///   "worker_processes defaults to 4" -> a setting of "worker_processes").
/// - Otherwise the dimension's own name: "duration", "size", "price", "percentage".
/// - A period word in the metric's phrase ("daily limit", "monthly fee") makes the value per period.
public struct Attribute: Sendable, Hashable {
    public var name: String?
    /// Whether a named setting holds the value (a bare number after a name and "defaults to", "=", ":").
    public var isSetting: Bool
    /// Whether the name came from the ontology (not a counted noun, a phrase or a dimension).
    public var fromOntology: Bool
    /// A period the value is stated per ("daily" -> 1 day), when the words say so.
    public var period: Unit?
    /// Stemmed content words of the quantity's clause outside its subject: the attribute's wording.
    public var words: Set<String>
    /// The quantity's dimension (after a period is applied).
    public var dimension: Dimension = .count("")

    /// No attribute: what support statements pass the subject resolver.
    static let none = Attribute(name: nil, isSetting: false, fromOntology: false, period: nil, words: [], isSupport: true)
    /// Whether this stands for a support statement rather than a value.
    var isSupport = false

    static func find(for quantity: ScannedQuantity, in analysis: TextAnalysis, lexicon: Lexicon) -> Attribute {
        let claim = quantity.claim
        let tokens = analysis.tokens
        var clause = analysis.clauseRange(of: quantity.first)
        // A value in parentheses can take its metric from the clause the parenthesis opens in:
        // "86-90% cold start reduction (Java 17 Spring Boot: 4.5s → 400ms)".
        if tokens[quantity.first].depth > 0, let open = (0..<quantity.first).last(where: { tokens[$0].text == "(" && tokens[$0].depth == tokens[quantity.first].depth - 1 }) {
            let outer = analysis.clauseRange(of: open)
            clause = min(outer.lowerBound, clause.lowerBound)..<max(outer.upperBound, clause.upperBound)
        }
        let family = claim.dimension.family
        var best: (score: Double, metric: Lexicon.Metric, start: Int, length: Int)?
        // The value's segment: the words around it up to a comma or parenthesis ("Cold start 250ms,
        // warm 5ms": "warm 5ms"). A metric of the segment wins; a content word right before the
        // value names it when the segment has none.
        var segmentStart = quantity.first
        while segmentStart > clause.lowerBound, ![",", "(", ")", ";", ":"].contains(tokens[segmentStart - 1].text) { segmentStart -= 1 }
        var index = clause.lowerBound
        while index < clause.upperBound {
            if index >= quantity.first, index < quantity.end {
                index += 1
                continue
            }
            guard let (metric, length) = lexicon.metric(analysis.lowers, at: index), !tokens[index].isNumber else {
                index += 1
                continue
            }
            // Inside a hyphenated compound a metric word only modifies it ("fee-free withdrawals").
            if index + length + 1 < tokens.count, tokens[index + length].text == "-", !tokens[index + length].spaceBefore, !tokens[index + length + 1].spaceBefore {
                index += length
                continue
            }
            let allowed = metric.dimensions.isEmpty || metric.dimensions.contains(family)
                || metric.dimensions.contains(claim.dimension.rawValue) || !metric.isProperty
            if allowed {
                // The noun right after the value is what it measures ("3.10% AER", "2% fee"); otherwise
                // a metric before the value wins over one after at the same distance.
                let distance = index < quantity.first ? Double(quantity.first - (index + length))
                    : index == quantity.end ? -0.25 : Double(index - quantity.end) + 0.5
                // Inside parentheses the metric belongs to what the parenthesis says.
                let depthPenalty = tokens[index].depth != tokens[quantity.first].depth ? 4.0 : 0
                let outsideSegment = index < segmentStart ? 3.0 : 0
                let score = distance + depthPenalty + outsideSegment + (metric.isProperty ? 0 : 6)
                if best == nil || score < best?.score ?? .infinity { best = (score, metric, index, length) }
            }
            index += length
        }
        // No property named in the clause: a heading before its colon may name it ("Memory: Fixed at
        // 64MB increments (default 64MB, max 3008MB)", "Timeout: 15 minutes").
        if best?.metric.isProperty != true {
            var cursor = clause.lowerBound - 1
            var colons = 0
            while cursor > 0, colons < 2, tokens[cursor].sentence == tokens[quantity.first].sentence {
                if tokens[cursor].text == ":" {
                    colons += 1
                    let heading = analysis.clauseRange(of: cursor)
                    for index in heading where index < cursor {
                        if let (metric, length) = lexicon.metric(analysis.lowers, at: index), metric.isProperty,
                           metric.dimensions.isEmpty || metric.dimensions.contains(family) || metric.dimensions.contains(claim.dimension.rawValue) {
                            best = (10, metric, index, length)
                            break
                        }
                    }
                    if best?.metric.isProperty == true { break }
                    cursor = heading.lowerBound
                }
                cursor -= 1
            }
        }
        var attribute = Attribute(name: nil, isSetting: false, fromOntology: false, period: nil, words: [])
        // A phrase the value modifies ("1MB bundle", "4s inference") names what it measures, unless
        // the ontology names it at the same place.
        // "14 days' notice": a measure in the possessive modifies the phrase after its apostrophe.
        let possessive = quantity.end + 1 < tokens.count && ["'", "\u{2019}"].contains(tokens[quantity.end].text) && !tokens[quantity.end].spaceBefore
            && tokens[quantity.end + 1].spaceBefore && tokens[quantity.end + 1].isWord
        let modifiedAt = possessive ? quantity.end + 1 : quantity.end
        // Said of a subject by a copula ("the pool is a 20-metre lap pool") the phrase is what the
        // subject is, not the property measured.
        let modified = modifiedAt < tokens.count && tokens[modifiedAt].spaceBefore && !tokens[modifiedAt].is(.determiner) && !tokens[modifiedAt].is(.quantifier)
            && !isPredicative(at: quantity.first, in: tokens)
            ? analysis.phraseOf[modifiedAt].map { analysis.phrases[$0] } : nil
        let modifiedWords = modified.map { phrase in analysis.contentWords(phrase.range).filter { !$0.isEmpty } } ?? []
        let namedHere = best.map { $0.start >= quantity.end && $0.start < (modified?.end ?? quantity.end) } ?? false
        // A property the ontology names as the head of the phrase the value modifies, with words of
        // its own before it ("a $20 late fee", "a $150 security deposit"), is that narrower property:
        // a late fee is a price, but not every price is a late fee. Period words make a rate, not a kind.
        let narrowed: [String]? = {
            // A percentage's metric says how it relates ("reduction", "discount"); what it is a
            // reduction of is its subject's business.
            guard namedHere, claim.dimension != .percent, let best, best.metric.isProperty, let modified, best.start + best.length == modified.end,
                  modified.first == modifiedAt, !(modified.range.contains { tokens[$0].isNameLike }) else { return nil }
            let words = modified.range.filter { index in
                index < best.start && tokens[index].isWord && !tokens[index].is(.determiner) && !tokens[index].is(.quantifier)
                    && !tokens[index].is(WordClasses.function) && periodUnit(tokens[index].lower, lexicon: lexicon) == nil
            }
            guard !words.isEmpty else { return nil }
            return (words + Array(best.start..<(best.start + best.length))).map { Lexicon.singular(tokens[$0].lower) }
        }()
        // A period word ("daily limit", "€5,000 daily cap", "the monthly fee is") makes the value per period:
        // just before the value, in the phrase the value modifies, or in the phrase of its metric.
        var places: [Range<Int>] = [max(clause.lowerBound, quantity.first - 4)..<quantity.first]
        if let modified { places.append(modified.range) }
        if let best, let phraseIndex = analysis.phraseOf[best.start], analysis.phrases[phraseIndex].first >= clause.lowerBound {
            places.append(analysis.phrases[phraseIndex].range)
        }
        for range in places where attribute.period == nil {
            for index in range.reversed() where index >= 0 && index < tokens.count {
                if tokens[index].shape == .punctuation || NounPhrases.isVerbHere(tokens, index) { break }
                // A period word inside a name ("the Acme Monthly Pass costs $98") names a product, not a rate.
                let inName = tokens[index].shape == .capitalized && (!NounPhrases.opensSentence(tokens, index)
                    || index + 1 < tokens.count && tokens[index + 1].shape == .capitalized && tokens[index + 1].spaceBefore)
                if !inName, let unit = periodUnit(tokens[index].lower, lexicon: lexicon) {
                    attribute.period = unit
                    break
                }
            }
        }
        // "10 GB of memory": the noun of an "of" right after the value is what it measures.
        func isOfPhrase(_ start: Int) -> Bool { start == quantity.end + 1 && quantity.end < tokens.count && tokens[quantity.end].lower == "of" }
        let wordBefore = quantity.first > segmentStart ? quantity.first - 1 : nil
        let namesBefore = wordBefore.map { index in
            let token = tokens[index]
            return token.shape == .lower && !token.is(WordClasses.function) && !token.is(.auxiliary) && !token.is(.ordinal) && !NounPhrases.isVerbHere(tokens, index)
                && lexicon.metric(analysis.lowers, at: index) == nil && !token.is(.verb)
        } ?? false
        let stated = statedFor(quantity, in: analysis, clause: clause, lexicon: lexicon)
        if case .count(let noun) = claim.dimension, !noun.isEmpty {
            attribute.name = noun
        } else if let stated, !(best.map { stated.range.contains($0.start) && $0.metric.isProperty } ?? false) {
            attribute.name = stated.words
        } else if namesBefore, let wordBefore, best.map({ $0.start < segmentStart || $0.start >= quantity.end + 1 && !isOfPhrase($0.start) }) ?? true {
            attribute.name = Lexicon.singular(tokens[wordBefore].lower)
        } else if let narrowed {
            attribute.name = narrowed.joined(separator: " ")
        } else if let modified, !modifiedWords.isEmpty, !namedHere, modified.first == modifiedAt,
                  !(modified.range.contains { tokens[$0].isNameLike }), claim.dimension != .percent {
            attribute.name = modifiedWords.joined(separator: " ")
        } else if let best, best.metric.isProperty {
            attribute.name = best.metric.name
            attribute.fromOntology = true
        } else if let best, let phraseIndex = analysis.phraseOf[best.start], clause.contains(analysis.phrases[phraseIndex].first) {
            // A bound names no property by itself; its phrase does ("daily ATM withdrawal limit").
            let phrase = analysis.phrases[phraseIndex]
            let words = phrase.range.filter { index in
                let token = tokens[index]
                return token.isWord && !token.is(.determiner) && !token.is(.timeWord) && !token.is(.quantifier) && periodUnit(token.lower, lexicon: lexicon) == nil
                    && (phrase.possessorEnd.map { index >= $0 } ?? true)
            }.map { Lexicon.singular(tokens[$0].lower) }
            attribute.name = words.count > 1 ? words.joined(separator: " ") : genericName(claim.dimension)
        } else if case .count = claim.dimension, let named = namedValue(before: quantity.first, in: analysis, clause: clause) {
            attribute.name = named.name
            attribute.isSetting = named.isSetting
        } else if claim.dimension.isMoney, quantity.first >= 2, tokens[quantity.first - 1].text == "(", tokens[quantity.first - 2].isNameLike,
                  quantity.end < tokens.count, tokens[quantity.end].text == ")" {
            // An amount alone in parentheses after a name is its price: "the Acme Monthly Pass ($112)".
            attribute.name = "price"
            attribute.fromOntology = true
        } else {
            attribute.name = genericName(claim.dimension)
        }
        attribute.dimension = claim.dimension
        attribute.words = Set(clause.filter { ($0 < quantity.first || $0 >= quantity.end) && isAttributeWord(tokens[$0]) }.map { Stemmer.stem(tokens[$0].lower) })
        return attribute
    }

    /// The attribute words of a stored claim: the stemmed content words of its clause outside the
    /// claim's own words and its subject's (recomputed from the fact text at check time).
    public static func words(of claim: NumericClaim, in analysis: TextAnalysis) -> Set<String> {
        guard let first = analysis.tokens.firstIndex(where: { $0.start >= claim.start }) else { return [] }
        let end = analysis.tokens.firstIndex(where: { $0.start >= claim.end }) ?? analysis.tokens.count
        let clause = analysis.clauseRange(of: first)
        let subject = Set((claim.subject ?? "").split(separator: " ").map { Stemmer.stem(String($0)) })
        return Set(clause.filter { ($0 < first || $0 >= end) && isAttributeWord(analysis.tokens[$0]) }.map { Stemmer.stem(analysis.tokens[$0].lower) })
            .subtracting(subject)
    }

    static func isAttributeWord(_ token: Token) -> Bool {
        token.isWord && !token.isNameLike && !token.is(WordClasses.function) && !token.is(.auxiliary) && !token.is(.generic)
    }

    /// The time unit a period adjective stands for ("daily" -> 1 day), from the lexicon.
    static func periodUnit(_ word: String, lexicon: Lexicon) -> Unit? {
        guard let (form, count) = lexicon.periods[word], var unit = Units.standard.lookup(form) else { return nil }
        unit.factor *= count
        if count != 1 { unit.written = String(Int(count)) + " " + unit.written }
        return unit
    }

    /// Whether the value at `first` opens a phrase a copula says of its subject: "The pool at
    /// Glebe is a 20-metre lap pool" (the value describes the pool at Glebe).
    static func isPredicative(at first: Int, in tokens: [Token]) -> Bool {
        first >= 2 && ["a", "an"].contains(tokens[first - 1].lower) && ["is", "are", "was", "were"].contains(tokens[first - 2].lower)
    }

    /// The property a value is stated as, named by a noun phrase the grammar ties to it: the
    /// phrase it is "of" ("a fixed excess of £99"), the phrase said to be it before an owner
    /// ("Maximum print speed on the Forge S1 is 500 mm/s"), or the phrase it is said to be
    /// ("the first £120 of each claim is your excess"). Names and bound words are left out (the
    /// owner is the subject; "maximum" is the comparator); nil when no other word is left.
    static func statedFor(_ quantity: ScannedQuantity, in analysis: TextAnalysis, clause: Range<Int>, lexicon: Lexicon) -> (words: String, range: Range<Int>)? {
        let tokens = analysis.tokens
        func isCopula(_ index: Int) -> Bool { tokens[index].is(.auxiliary) && ["is", "are", "was", "were", "be", "'s"].contains(tokens[index].lower) }
        func phraseEnding(at index: Int) -> Range<Int>? {
            guard index >= clause.lowerBound, index < tokens.count, let phrase = analysis.phraseOf[index], analysis.phrases[phrase].end == index + 1 else { return nil }
            return analysis.phrases[phrase].range
        }
        func named(_ range: Range<Int>) -> (words: String, range: Range<Int>)? {
            let words = range.filter { index in
                let token = tokens[index]
                return token.isWord && !token.isNameLike && !token.is(WordClasses.function) && !token.is(.auxiliary) && !token.is(.pronoun)
                    && !token.is(.quantifier) && !token.is(.timeWord) && lexicon.metric([token.lower], at: 0)?.metric.isProperty != false
                    && !NounPhrases.isVerbHere(tokens, index)
            }
            guard !words.isEmpty, words.count <= 4 else { return nil }
            return (words.map { Lexicon.singular(tokens[$0].lower) }.joined(separator: " "), range)
        }
        var cursor = quantity.first - 1
        // "X of £99": the phrase before "of" is what the value is.
        if cursor > clause.lowerBound, tokens[cursor].lower == "of", let phrase = phraseEnding(at: cursor - 1), !phrase.contains(where: { tokens[$0].isNameLike }) {
            return named(phrase)
        }
        // "X on the Forge S1 is 500 mm/s": the phrase before the owner's preposition.
        if cursor > clause.lowerBound, isCopula(cursor), let owner = phraseEnding(at: cursor - 1), owner.lowerBound - 1 > clause.lowerBound,
           let property = propertyPhrase(beforeOwnerAt: owner.lowerBound, in: analysis) {
            return named(property)
        }
        // "the first £120 of each claim is your excess": the phrase after the copula, when the value
        // heads the phrase before it (not "every year divisible by 4 is a leap year").
        guard quantity.first == clause.lowerBound || tokens[quantity.first - 1].is(.determiner) || tokens[quantity.first - 1].is(.ordinal)
                || tokens[quantity.first - 1].is(.quantifier) else { return nil }
        cursor = quantity.end
        if cursor < clause.upperBound, tokens[cursor].lower == "of", let phrase = analysis.phraseOf[cursor + 1 < tokens.count ? cursor + 1 : cursor] {
            cursor = analysis.phrases[phrase].end
        }
        if cursor + 1 < clause.upperBound, isCopula(cursor), let phrase = analysis.phraseOf[cursor + 1], analysis.phrases[phrase].first == cursor + 1 {
            return named(analysis.phrases[phrase].range)
        }
        return nil
    }

    /// The phrase a property is named by before its owner's preposition ("[Maximum nozzle
    /// temperature] on the Forge S1"), for an owner phrase starting at `first`.
    static func propertyPhrase(beforeOwnerAt first: Int, in analysis: TextAnalysis) -> Range<Int>? {
        guard first >= 2, analysis.tokens[first - 1].is(.preposition), let phrase = analysis.phraseOf[first - 2],
              analysis.phrases[phrase].end == first - 1 else { return nil }
        return analysis.phrases[phrase].range
    }

    /// A bare number's owner: the phrase before "of", "is", "=", ":" or "defaults to" right before it.
    static func namedValue(before first: Int, in analysis: TextAnalysis, clause: Range<Int>) -> (name: String, isSetting: Bool)? {
        let tokens = analysis.tokens
        var cursor = first - 1
        var setting = false
        // Skip the joining words: "of", "is", "to", "=", ":", "defaults to", "set to".
        var joined = false
        while cursor >= clause.lowerBound, cursor >= first - 3 {
            let token = tokens[cursor]
            if ["of", "is", "are", "=", ":", "to", "at", "defaults", "default", "set", "equals"].contains(token.lower) || token.is(.auxiliary) {
                if ["defaults", "default", "=", "set", "equals"].contains(token.lower) { setting = true }
                joined = true
                cursor -= 1
                continue
            }
            break
        }
        guard joined, cursor >= clause.lowerBound, let phraseIndex = analysis.phraseOf[cursor] else { return nil }
        let phrase = analysis.phrases[phraseIndex]
        let words = analysis.contentWords(phrase.range)
        guard !words.isEmpty else { return nil }
        let identifier = phrase.range.contains { tokens[$0].shape == .identifier && tokens[$0].text.contains("_") }
        return (words.joined(separator: " "), setting || identifier)
    }

    /// The name of a quantity's dimension, for a value whose property no word names. These names
    /// are never names of the ontology's metrics, so an attribute read from the text and one that
    /// only restates the dimension are told apart (``isGeneric(_:)``).
    public static func genericName(_ dimension: Dimension) -> String {
        switch dimension {
        case .time: "time"
        case .information: "amount of data"
        case .money: "amount"
        case .percent: "percentage"
        case .ratio: "ratio"
        case .count: "count"
        case .physical(let name): "amount of " + name
        case .per(let a, let b): genericName(a) + " per " + genericName(b)
        case .times: "amount of " + dimension.rawValue
        }
    }

    /// Whether a metric name only restates a dimension (see ``genericName(_:)``).
    public static func isGeneric(_ name: String) -> Bool {
        name == "time" || name == "percentage" || name == "ratio" || name == "count" || name == "amount" || name.hasPrefix("amount of ")
            || name.contains(" per ") && (name.hasPrefix("amount") || name.hasPrefix("time") || name.hasPrefix("count") || name.hasPrefix("percentage"))
    }
}
