import KBModel
import KBText

/// Finds the typed qualifiers of a quantity in its clause (see ``Qualifier``), principles:
///
/// - with / without a feature: "with X", "without X" (X a phrase, not a quantity);
/// - place: a place word in the clause ("international", "domestic", "regions"), or a name after
///   in / across / within / outside that is not the subject;
/// - tier: a phrase holding a tier word (plan, tier, edition, class, membership ...) that is not
///   the subject ("on the Team plan", "Metal-tier");
/// - setting: another quantity of another dimension in the clause, joined by at / with / for /
///   over / under / @ or in parentheses ("at 512MB memory", "for files over 1 GB");
/// - version: a name with a number that is not the subject ("on Python 3.12");
/// - condition: the clause is, or hangs on, a subordinate clause (if / when / unless ...) or a
///   relative clause after "for a ... that": its content words;
/// - scope: "per X" / "each X" that is not the quantity's own unit.
enum Qualifiers {
    static func find(for quantity: ScannedQuantity, among quantities: [ScannedQuantity], in analysis: TextAnalysis,
                     subjectTokens: Range<Int>?) -> [Qualifier] {
        let tokens = analysis.tokens
        let clause = analysis.clauseRange(of: quantity.first)
        let own = quantity.first..<quantity.end
        let others = quantities.filter { $0.first != quantity.first && clause.contains($0.first) }
        func distance(_ index: Int, _ span: ScannedQuantity) -> Int {
            index < span.first ? span.first - index : max(0, index - span.end + 1)
        }
        // A phrase of the clause qualifies the value nearest to it ("up to €1,000 a day from ATMs, and
        // the first €400 each month": "each month" goes with €400).
        func outside(_ range: Range<Int>) -> Bool {
            guard !range.overlaps(own), !(subjectTokens.map { range.overlaps($0) } ?? false) else { return false }
            let mine = distance(range.lowerBound, quantity)
            return !others.contains { distance(range.lowerBound, $0) < mine }
        }
        var result: [Qualifier] = []
        func add(_ kind: Qualifier.Kind, _ words: [String], _ text: String) {
            let key = words.joined(separator: " ")
            guard !key.isEmpty, !result.contains(where: { $0.kind == kind && $0.key == key }) else { return }
            result.append(Qualifier(kind: kind, key: key, text: text))
        }
        var index = clause.lowerBound
        while index < clause.upperBound {
            let token = tokens[index]
            defer { index += 1 }
            guard !own.contains(index) else { continue }
            // with / without X
            if token.lower == "with" || token.lower == "without", index + 1 < clause.upperBound, let phraseIndex = analysis.phraseOf[index + 1] {
                let phrase = analysis.phrases[phraseIndex]
                if outside(phrase.range), !tokens[index + 1].isNumber {
                    add(token.lower == "with" ? .with : .without, analysis.contentWords(phrase.range), analysis.text(of: index..<phrase.end))
                }
                continue
            }
            // Place words anywhere in the clause.
            if token.is(.place), outside(index..<(index + 1)), token.shape == .lower {
                add(.place, [Lexicon.singular(token.lower)], token.text)
            }
            // in / across / within / outside + a name.
            if token.is(.placePreposition), index + 1 < clause.upperBound, let phraseIndex = analysis.phraseOf[index + 1] {
                let phrase = analysis.phrases[phraseIndex]
                let names = phrase.range.filter { tokens[$0].isNameLike && !tokens[$0].is(WordClasses.function) }
                if outside(phrase.range), !names.isEmpty, !phrase.range.contains(where: { tokens[$0].is(.tierWord) }) {
                    add(.place, names.map { tokens[$0].lower }, analysis.text(of: index..<phrase.end))
                }
            }
            // "per X" / "each X" that is not the quantity's own unit.
            if (token.lower == "per" || token.lower == "each" || token.lower == "for" && index >= quantity.end), index + 1 < clause.upperBound,
               let phraseIndex = analysis.phraseOf[index + 1] {
                let phrase = analysis.phrases[phraseIndex]
                if outside(phrase.range), index >= quantity.end + 2 || index < quantity.first {
                    add(.scope, analysis.contentWords(phrase.range), analysis.text(of: index..<phrase.end))
                }
            }
        }
        // "for" and a number that counts no noun and no unit after a noun ("a private balloon for
        // two is € 895", "a table for four"): the number of people the value is for, a setting as
        // "for up to six guests" is.
        for index in clause where tokens[index].lower == "for" && index > clause.lowerBound && index + 1 < clause.upperBound {
            let number = tokens[index + 1]
            guard !own.contains(index + 1), NounPhrases.isContent(tokens[index - 1]), !tokens[index - 1].isNumber,
                  let value = number.value, number.isNumber || number.is(.numberWord),
                  !quantities.contains(where: { ($0.first..<$0.end).contains(index + 1) }) else { continue }
            if index + 2 < tokens.count, tokens[index + 2].isWord, analysis.phraseOf[index + 2] != nil { continue }
            add(.setting, ["count", "=", String(value)], analysis.text(of: index..<(index + 2)))
        }
        // Tiers and versions: phrases of the clause that are not the subject.
        for phrase in analysis.phrases where phrase.first >= clause.lowerBound && phrase.end <= clause.upperBound && outside(phrase.range) {
            if phrase.range.contains(where: { tokens[$0].is(.tierWord) }) {
                let names = phrase.range.filter { tokens[$0].isNameLike && !tokens[$0].is(WordClasses.function) && !tokens[$0].is(.tierWord) }
                if !names.isEmpty { add(.tier, names.map { tokens[$0].lower }, analysis.text(of: phrase.range)) }
            }
            if phrase.range.contains(where: { tokens[$0].isNumber }), phrase.range.contains(where: { tokens[$0].isNameLike }) {
                add(.version, analysis.contentWords(phrase.range) + phrase.range.filter { tokens[$0].isNumber }.map { tokens[$0].text },
                    analysis.text(of: phrase.range))
            }
        }
        // Settings: other quantities of the clause with another dimension, joined to this one.
        for other in others {
            guard other.claim.dimension != quantity.claim.dimension, !(subjectTokens.map { (other.first..<other.end).overlaps($0) } ?? false) else { continue }
            // Another quantity of another dimension in the clause is a setting the value holds at
            // ("bags weighing between 23 and 32 kg ... a fee of $75", "512MB memory: 250ms").
            let value = other.claim.normalizedLow ?? other.claim.normalizedHigh ?? 0
            add(.setting, [other.claim.dimension.rawValue, other.claim.comparator.rawValue, String(value)], other.claim.surface)
        }
        // The set-up in a label's parenthesis ("Node.js 20 (512MB memory): cold start 250ms") holds
        // for every value after its colon.
        let sentenceOfValue = tokens[quantity.first].sentence
        for other in quantities where other.end <= clause.lowerBound && tokens[other.first].sentence == sentenceOfValue && tokens[other.first].depth > 0 {
            let depth = tokens[other.first].depth
            guard let close = (other.end..<clause.lowerBound).first(where: { tokens[$0].text == ")" && tokens[$0].depth == depth - 1 }),
                  close + 1 < tokens.count, tokens[close + 1].text == ":", other.claim.dimension != quantity.claim.dimension else { continue }
            let value = other.claim.normalizedLow ?? other.claim.normalizedHigh ?? 0
            add(.setting, [other.claim.dimension.rawValue, other.claim.comparator.rawValue, String(value)], other.claim.surface)
        }
        // Conditions: a subordinate clause in the sentence before or around this one.
        let sentence = analysis.sentenceRange(of: quantity.first)
        for index in sentence where tokens[index].is(.conditional) {
            let conditionClause = analysis.clauseRange(of: index)
            // The condition governs this clause when it is this clause, or the clause just before it.
            guard conditionClause == clause || conditionClause.upperBound == clause.lowerBound || conditionClause.lowerBound == clause.upperBound else { continue }
            // The condition runs from its subordinator to the end of its clause, or of the parenthesis
            // it opens in ("200ms (when warm, ...)" is "when warm").
            var end = index + 1
            let opensParenthesis = index > 0 && tokens[index - 1].text == "("
            while end < conditionClause.upperBound, tokens[end].depth >= tokens[index].depth,
                  opensParenthesis || !(tokens[end].text == "," && tokens[end].depth == tokens[index].depth && end > index + 2) { end += 1 }
            let span = conditionClause.lowerBound < index && conditionClause == clause ? index..<end : conditionClause.lowerBound..<max(end, conditionClause.lowerBound + 1)
            let words = span.filter { !own.contains($0) && tokens[$0].isWord && !tokens[$0].is(.subordinator) && !tokens[$0].is(.determiner) }
                .map { Stemmer.stem(tokens[$0].lower) }
            add(.condition, words, analysis.text(of: span))
        }
        // "for a class that has ...": a relative clause after for + phrase.
        for index in clause where tokens[index].lower == "for" && index + 1 < clause.upperBound {
            guard let phraseIndex = analysis.phraseOf[index + 1] else { continue }
            let phrase = analysis.phrases[phraseIndex]
            if phrase.end < clause.upperBound, tokens[phrase.end].is(.relative) {
                let end = clause.upperBound
                let words = (phrase.first..<end).filter { !own.contains($0) && tokens[$0].isWord && !tokens[$0].is(.determiner) }.map { Stemmer.stem(tokens[$0].lower) }
                add(.condition, words, analysis.text(of: index..<end))
            }
        }
        return result
    }
}

/// Whether a statement is context rather than evidence (see ``Hedge``), by the lexicon's
/// classes: an example or a worked scenario marks its whole sentence; a recommendation, an
/// uncertain word or a typical value its clause; a rumour its sentence.
enum Hedges {
    static func hedge(at index: Int, in analysis: TextAnalysis) -> Hedge? {
        let tokens = analysis.tokens
        let sentence = analysis.sentenceRange(of: index)
        let clause = analysis.clauseRange(of: index)
        func any(_ range: Range<Int>, _ wordClass: WordClasses) -> Bool { range.contains { tokens[$0].is(wordClass) } }
        // "For example, ..." marks its sentence; "..., for example a laptop and a phone" only what follows it.
        if let marker = sentence.first(where: { tokens[$0].is(.example) }),
           marker <= index || marker == sentence.lowerBound || analysis.clauseRange(of: marker).lowerBound == sentence.lowerBound && marker < index {
            return .example
        }
        if any(sentence, .scenario) { return .scenario }
        if any(sentence, .rumour) { return .rumour }
        if any(clause, .recommendation) { return .recommendation }
        // An imperative ("Use Standard for ...", "Set reserved = 2x provisioned", "(d) Avoid Java ...")
        // is advice: a base-form verb opening the sentence, or an item after its marker or colon.
        var start = sentence.lowerBound
        var cursor = clause.lowerBound
        while cursor < clause.upperBound, tokens[cursor].shape == .punctuation || tokens[cursor].isNumber || tokens[cursor].text.count == 1 && tokens[cursor].shape == .lower {
            cursor += 1
        }
        if cursor < clause.upperBound, clause.lowerBound > 0, [":", ")"].contains(tokens[clause.lowerBound - 1].text) || cursor > clause.lowerBound { start = cursor }
        if start < tokens.count, tokens[start].shape == .capitalized, tokens[start].is(.verb), !tokens[start].lower.hasSuffix("s"),
           !tokens[start].lower.hasSuffix("ed"), !tokens[start].lower.hasSuffix("ing"), start + 1 < tokens.count,
           tokens[start + 1].isWord || tokens[start + 1].isNumber, !tokens[start + 1].is(.auxiliary),
           !(start + 1..<min(sentence.upperBound, start + 4)).contains(where: { tokens[$0].text == ":" }),
           // "Refer a friend and you both get 20% off": an imperative joined by "and" to a clause of
           // its own subject states a condition and what follows from it, not advice.
           !(start + 1..<max(start + 1, sentence.upperBound - 1)).contains(where: { tokens[$0].lower == "and" && tokens[$0 + 1].is(.pronoun) && !tokens[$0 + 1].is(.determiner) }) {
            return .recommendation
        }
        // "may not", "no bag may": permission denied is a rule, not an uncertainty.
        if any(clause, .hedge), !any(clause, .negation) { return .uncertain }
        // "most" after a determiner or a possessive is a superlative ("our most affordable
        // printer", "the most popular plan"), not a share of cases.
        if clause.contains(where: { tokens[$0].is(.typical) && !($0 > 0 && tokens[$0].lower == "most" && tokens[$0 - 1].is(.determiner)) }) {
            return .typical
        }
        return nil
    }

    /// A worked computation's operands and result describe its scenario; only the unit prices
    /// and rates it uses state facts: a value that is not a rate, in a sentence that joins two
    /// numbers with an arithmetic operator or a result sign ("1000 × 4s × 10GB = $6.67").
    static func computation(_ quantity: ScannedQuantity, in analysis: TextAnalysis) -> Hedge? {
        if case .per = quantity.claim.dimension { return nil }
        let tokens = analysis.tokens
        let sentence = analysis.sentenceRange(of: quantity.first)
        // An operator between numbers, and a result stated ("= $6.67", "comes to €3"); without a
        // result, "22 × 16 × 9 inches" is a size, not a computation.
        let operates = sentence.contains { index in
            let token = tokens[index]
            guard token.is(.arithmeticTimes) || token.text == "=" || token.text == "+" && token.spaceBefore else { return false }
            let before = (max(sentence.lowerBound, index - 3)..<index).contains { tokens[$0].isNumber }
            let after = (index + 1..<min(sentence.upperBound, index + 4)).contains { tokens[$0].isNumber }
            return before && after
        }
        let states = sentence.contains { tokens[$0].text == "=" || tokens[$0].is(.arithmeticResult) }
        return operates && states ? .scenario : nil
    }

    /// A value in parentheses between a name and a colon describes the set-up of what the colon
    /// introduces ("Node.js 20 (1MB bundle, 512MB memory): cold start 250ms"): a setting. A value
    /// after "vs" is the baseline a value is compared with ("400ms (vs 4.5s without)"), not the
    /// subject's value either.
    static func configuration(_ quantity: ScannedQuantity, in analysis: TextAnalysis) -> Hedge? {
        let tokens = analysis.tokens
        if quantity.first > 0, tokens[quantity.first - 1].is(.versus) || quantity.first > 1 && tokens[quantity.first - 2].is(.versus) && tokens[quantity.first - 1].shape == .punctuation {
            return .setting
        }
        let depth = tokens[quantity.first].depth
        guard depth > 0, let close = (quantity.end..<tokens.count).first(where: { tokens[$0].text == ")" && tokens[$0].depth == depth - 1 }),
              close + 1 < tokens.count, tokens[close + 1].text == ":" else { return nil }
        return .setting
    }

    /// A value marked as past ("previously 10 GB", "used to be 20 kg"): a before value. So is a
    /// value bounded by a dated time after it that it held before ("A sensor cleaning cost R$150
    /// before 2024", "was €40 prior to the 2024 price change"), and one stated in the past tense
    /// up to a date ("were 12 GB until 2023"; "is valid until 2030" is not past): what held until then.
    static func isPreviousValue(at index: Int, in analysis: TextAnalysis) -> Bool {
        let clause = analysis.clauseRange(of: index)
        let tokens = analysis.tokens
        if clause.contains(where: { tokens[$0].is(.previously) && $0 < index }) { return true }
        let past = clause.contains { $0 < index && ["was", "were"].contains(tokens[$0].lower) }
        // A value said in the present ("A single lesson is €40 before the 2024 price change") holds
        // now, until then; one said otherwise ("A sensor cleaning cost R$150 before 2024") held before.
        let present = clause.contains { position in
            let word = tokens[position].lower
            return position < index && (["is", "are", "am"].contains(word) || tokens[position].is(.verb) && word.hasSuffix("s") && !word.hasSuffix("ss"))
        }
        // ("until" opens a clause of its own: the bound is looked for in the sentence.)
        var sentenceEnd = index
        while sentenceEnd < tokens.count, tokens[sentenceEnd].sentence == tokens[index].sentence { sentenceEnd += 1 }
        for bound in (index + 1)..<max(index + 1, sentenceEnd) {
            let word = tokens[bound].lower
            // (A span right before "before" is an offset from what follows: "2 days before".)
            let offset = tokens[bound - 1].is(.unitWord) || tokens[bound - 1].is(.timeWord)
            guard ["before", "prior"].contains(word) && (past || !offset && !present) || past && ["until", "till"].contains(word) else { continue }
            let window = (bound + 1)..<min(sentenceEnd, bound + 5)
            if window.contains(where: { tokens[$0].isYear }) { return true }
        }
        return false
    }
}
