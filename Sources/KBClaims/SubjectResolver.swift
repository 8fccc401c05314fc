import KBModel
import KBText

/// Chooses what a claim or support statement is about, with the evidence for the choice.
///
/// An entity is a noun phrase that names something: it holds a name (a capitalised, all-caps or
/// identifier word) or a content head that is neither generic ("customers", "service") nor a
/// metric ("fee", "limit"). A pronoun, a discourse word, a sentence opener, a month or an era is
/// never an entity: the chain of the answer resolves it, or the claim has no subject (and takes
/// part in no comparison).
///
/// Candidates, strongest first (the weights are the evidence shown with a claim):
/// 1. the subject of the claim's clause (the phrase the clause opens with, after discourse
///    words and a fronted prepositional phrase): 1.0 when it holds a name, 0.8 otherwise;
///    when its head is a metric ("the monthly fee for the Metal plan", "the Plus card's limit"),
///    its owner (a possessor, or the phrase after of / for / on) takes its place: 0.9;
/// 2. a phrase right after the quantity introduced by for / on / of / with: 0.7;
/// 3. a fronted "For X," / "On X," phrase: 0.75;
/// 4. the answer's chain: the entity of the enumeration lead-in or an earlier fact (0.55), the
///    question (0.5), the topic (0.45).
public struct SubjectResolver: Sendable {
    public struct Choice: Sendable {
        public var name: String?
        public var tokens: Range<Int>?
        public var evidence: [String]
        public var weight: Double = 0
    }

    let analysis: TextAnalysis
    let lexicon: Lexicon
    let chain: AnswerChain?
    /// The dimension of an amount of money whose subject is sought, if it is one: a word the
    /// ontology names as a metric of other dimensions only is a thing with a price here ("A share
    /// costs KES 1,000": a share in a society, not the "share" of a whole that is a percentage; "a
    /// shuttle trip is billed at 240 CHF"). Anything may have a price; a value of another
    /// dimension keeps the metric reading ("the HomeCell warranty runs out at 4,000 cycles").
    var measured: Dimension?

    init(analysis: TextAnalysis, lexicon: Lexicon, chain: AnswerChain?) {
        self.analysis = analysis
        self.lexicon = lexicon
        self.chain = chain
    }

    var tokens: [Token] { analysis.tokens }

    /// The user's canonical name for an alias, else the name itself.
    func canonical(_ name: String) -> String {
        chain?.aliases[name.lowercased()] ?? lexicon.aliases[name.lowercased()] ?? name
    }

    /// Whether token `index` starts or continues a metric phrase of the ontology.
    func isMetricWord(_ index: Int) -> Bool {
        var start = max(0, index - 3)
        while start <= index {
            if let (metric, length) = lexicon.metric(analysis.lowers, at: start), start + length > index,
               measured.map({ metric.dimensions.isEmpty || metric.dimensions.contains($0.family) || metric.dimensions.contains($0.rawValue) || !metric.isProperty }) ?? true {
                return true
            }
            start += 1
        }
        return false
    }

    /// Whether a phrase names an entity (see the type's documentation).
    func isEntity(_ phrase: NounPhrase) -> Bool {
        let range = phrase.range
        if range.contains(where: { isName($0) }) { return true }
        let head = tokens[phrase.head]
        // A capitalised word with its version ("Java 21", "Node.js 20") names a product.
        if head.isNumber, range.contains(where: { tokens[$0].isNameLike && !tokens[$0].is(WordClasses.function) }) { return true }
        // A lone verb form ("Scheduled", "Checking") names nothing.
        if phrase.range.count == 1, head.is(.verb) || head.lower.hasSuffix("ing") || head.lower.hasSuffix("ed") { return false }
        // Nor does a unit of time: "for the year" is a period, not a thing.
        if !head.isNameLike, Units.standard.lookup(head.lower)?.dimension == .time { return false }
        return head.isWord && !head.is(.generic) && !isMetricWord(phrase.head) && !head.is(WordClasses.function) && !head.is(.timeWord)
    }

    /// A name word: capitalised or all-caps (not a function word), or an identifier.
    func isName(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.isNameLike, !token.is(WordClasses.function), !token.is(.timeWord) else { return false }
        // A capital that only opens the sentence names nothing by itself: the word must be written
        // with a capital elsewhere too (when the corpus is known), and never a verb or a generic word.
        if token.shape == .capitalized, analysis.opensSentence(index) {
            if token.is(.verb) || token.is(.generic) { return false }
            if let capitalised = lexicon.capitalised, !capitalised.contains(token.lower) { return false }
        }
        return true
    }

    /// The entity part of a phrase: without determiners, and without the metric words that end it
    /// ("Tidepool upload limit" -> "Tidepool"); nil when nothing naming is left.
    func entityRange(_ phrase: NounPhrase) -> Range<Int>? {
        var end = phrase.end
        var start = phrase.first
        // "the card's daily limit": what follows the possessive is a property of the possessor;
        // "Django's CacheMiddleware": a name there is the thing itself.
        if let owner = phrase.possessorEnd {
            if owner < phrase.end, (owner..<phrase.end).contains(where: isName) { start = owner } else { end = owner }
        }
        while end > start, isMetricWord(end - 1) || tokens[end - 1].is(.timeWord) || !tokens[end - 1].isWord && !tokens[end - 1].isNumber
                || tokens[end - 1].is(.generic) && !isName(end - 1) && (start..<(end - 1)).contains(where: isName) {
            end -= 1
        }
        var first = start
        // The first part of a hyphenated word ("full-time", "half-price") is no quantifier of the phrase.
        func joinedToNext(_ index: Int) -> Bool { index + 1 < end && tokens[index + 1].text == "-" && !tokens[index + 1].spaceBefore }
        while first < end, !joinedToNext(first),
              tokens[first].is(.determiner) || tokens[first].is(.quantifier) && !isName(first) || tokens[first].is(.ordinal) { first += 1 }
        guard first < end else { return nil }
        let range = first..<end
        // A single letter is a variable ("S=20"), not an entity.
        if range.count == 1, tokens[first].text.unicodeScalars.count == 1 { return nil }
        let trimmed = NounPhrase(first: first, end: end, head: end - 1, possessorEnd: nil)
        return isEntity(trimmed) || range.contains(where: isName) ? range : nil
    }

    func display(_ range: Range<Int>) -> String {
        var text = analysis.text(of: range)
        if text.hasSuffix("'s") || text.hasSuffix("\u{2019}s") { text = String(text.dropLast(2)) }
        return text
    }

    /// The phrase that opens a clause (after discourse words, a subordinator and a fronted
    /// prepositional phrase), and the fronted phrase, if any.
    func clauseSubject(_ clause: Range<Int>) -> (subject: NounPhrase?, fronted: NounPhrase?, pronoun: Bool) {
        var index = clause.lowerBound
        var fronted: NounPhrase?
        while index < clause.upperBound {
            let token = tokens[index]
            // "(2020) A Cedar Lounge day pass costs $35": a year or marker in parentheses opens nothing.
            if token.text == "(", let close = (index..<min(clause.upperBound, index + 4)).first(where: { tokens[$0].text == ")" }),
               (index + 1..<close).allSatisfy({ tokens[$0].isNumber || tokens[$0].shape == .punctuation }) {
                index = close + 1
                continue
            }
            // Determiners and quantities before the subject's noun ("The 5.5-litre air fryer", "The
            // 36V packs") are not the subject.
            // ("Our six-rose box": a word that may be a pronoun is a determiner before a quantity.)
            let beforeQuantity = index + 1 < clause.upperBound && (tokens[index + 1].isNumber || tokens[index + 1].is(.numberWord) && tokens[index + 1].value != nil)
            if analysis.phraseOf[index] == nil, token.is(.determiner) && (!token.is(.pronoun) || beforeQuantity) || token.isNumber || token.is(.numberWord) && token.value != nil
                || index > 0 && !token.spaceBefore && (tokens[index - 1].isNumber || tokens[index - 1].text == "-") {
                index += 1
                continue
            }
            if token.shape == .punctuation || token.shape == .symbol || token.is(.discourse) && analysis.phraseOf[index] == nil
                || token.is(.subordinator) || token.is(.conjunction) || token.is(.adverb) && analysis.phraseOf[index] == nil {
                index += 1
                continue
            }
            if token.is(.preposition), fronted == nil, analysis.phraseOf[index] == nil {
                // "For Team plans, ...", "As of 2024, ...": a fronted prepositional phrase runs to
                // its comma (or, without one, is the phrase right after the preposition).
                // (A verb or a pronoun before that comma is the clause's own: "At checkout you can
                // pay by iDEAL, Bancontact or card" has no comma after its fronted phrase.)
                let comma = (index..<min(clause.upperBound, index + 10)).first { tokens[$0].text == "," }
                    .flatMap { comma in (index + 1..<comma).contains { tokens[$0].is(.pronoun) && analysis.phraseOf[$0] == nil || tokens[$0].is(.auxiliary) || tokens[$0].lower == "can" } ? nil : comma }
                let phraseEnd = comma ?? (analysis.phraseOf[min(index + 1, tokens.count - 1)].map { analysis.phrases[$0].end } ?? index + 1)
                fronted = (index..<phraseEnd).compactMap { analysis.phraseOf[$0] }.first.map { analysis.phrases[$0] }
                index = comma.map { $0 + 1 } ?? phraseEnd
                continue
            }
            if token.is(.pronoun), analysis.phraseOf[index] == nil { return (nil, fronted, true) }
            // "Roughly speaking, ...", "Generally speaking, ...": a phrase ending in a participle
            // before a comma modifies the clause; the subject comes after it.
            if let phraseIndex = analysis.phraseOf[index], case let phrase = analysis.phrases[phraseIndex], phrase.end < clause.upperBound,
               tokens[phrase.end].text == ",", tokens[phrase.end - 1].shape == .lower, tokens[phrase.end - 1].lower.hasSuffix("ing"),
               !(phrase.first..<phrase.end).contains(where: { tokens[$0].is(.determiner) }) {
                index = phrase.end + 1
                continue
            }
            // A common noun alone before a colon is a heading ("Performance:", "Benefits (2025):"), not
            // a subject; a name there is ("Fermyon Spin:").
            if let phraseIndex = analysis.phraseOf[index], clause.upperBound <= tokens.count, tokens[clause.upperBound - 1].text == ":",
               !analysis.phrases[phraseIndex].range.contains(where: isName) {
                return (nil, fronted, false)
            }
            // A gerund opening the clause acts on its object, which is what the clause is about:
            // "Sending a SWIFT payment costs €7". With a bare noun it makes one idiom with,
            // completed by "of" ("Getting rid of a wasp nest", "Taking care of a piercing"), what
            // is acted on follows the "of".
            if token.lower.hasSuffix("ing"), token.shape == .capitalized || token.shape == .lower, index + 2 < clause.upperBound,
               tokens[index + 1].shape == .lower, !tokens[index + 1].is(WordClasses.function), tokens[index + 2].lower == "of",
               analysis.phraseOf[index + 1].map({ analysis.phrases[$0].end == index + 2 }) ?? true,
               let after = phrase(after: index + 2, within: clause) {
                return (after, fronted, false)
            }
            if token.lower.hasSuffix("ing"), token.shape == .capitalized || token.shape == .lower, index + 1 < clause.upperBound,
               let objectIndex = analysis.phraseOf[index + 1] ?? (index + 2 < clause.upperBound && tokens[index + 1].is(.determiner) ? analysis.phraseOf[index + 2] : nil),
               analysis.phraseOf[index] == nil || analysis.phrases[analysis.phraseOf[index] ?? 0].end <= index + 1 {
                return (throughPartitive(analysis.phrases[objectIndex], within: clause), fronted, false)
            }
            // So does a verb in the imperative: a word opening the sentence whose next word opens a
            // noun phrase of its own (a determiner, a possessive, a quantity) cannot be that phrase's
            // noun, so it is a verb ("Request your visa letter 8 weeks ahead", "Insure more than one pet").
            if token.shape == .capitalized, analysis.opensSentence(index), !isName(index), index + 2 < clause.upperBound,
               let own = analysis.phraseOf[index], analysis.phrases[own].end == index + 1,
               tokens[index + 1].is(.determiner) || tokens[index + 1].is(.quantifier),
               let objectIndex = analysis.phraseOf[index + 1] ?? analysis.phraseOf[index + 2] {
                return (throughPartitive(analysis.phrases[objectIndex], within: clause), fronted, false)
            }
            if let phraseIndex = analysis.phraseOf[index] {
                var phrase = analysis.phrases[phraseIndex]
                // "six-bottle Tasting Case": what a quantity counts in a compound is no part of the name.
                if phrase.first == index, index > 1, tokens[index - 1].text == "-", !token.spaceBefore, !tokens[index - 1].spaceBefore,
                   tokens[index - 2].isNumber || tokens[index - 2].is(.numberWord), phrase.head > index {
                    phrase.first = index + 1
                }
                return (throughPartitive(phrase, within: clause), fronted, false)
            }
            return (nil, fronted, false)
        }
        return (nil, fronted, false)
    }

    /// What a phrase headed by a partitive noun ("a pair of curling shoes", "a box of tiles")
    /// names: the phrase after its "of"; any other phrase is itself.
    func throughPartitive(_ phrase: NounPhrase, within clause: Range<Int>) -> NounPhrase {
        guard phrase.possessorEnd == nil, phrase.end < clause.upperBound, tokens[phrase.end].lower == "of",
              lexicon.partitives.contains(tokens[phrase.head].lower), !isName(phrase.head),
              let object = self.phrase(after: phrase.end, within: clause) else { return phrase }
        return object
    }

    /// The phrase after `index` introduced by of / for / on / with / in (skipping one such word).
    func phrase(after index: Int, within clause: Range<Int>) -> NounPhrase? {
        guard index < clause.upperBound, tokens[index].is(.preposition), tokens[index].is(.complementPreposition) else { return nil }
        let next = index + 1
        guard next < clause.upperBound, let phraseIndex = analysis.phraseOf[next] else { return nil }
        return analysis.phrases[phraseIndex]
    }

    /// A subject that names an action on a thing, "X of Y" with X a noun made from a verb
    /// ("Removal of a wasp nest", "Installation of a second meter", "Cleaning of the gutters"),
    /// named as its compound ("wasp nest removal"): the action alone names nothing, and the
    /// compound is how other answers name the same service. The noun is known by its ending
    /// (-al, -ion, -ment, -ance, -ence, -ing), lower case or opening the sentence, and no metric.
    func actionOn(_ phrase: NounPhrase, within clause: Range<Int>) -> (String, Range<Int>)? {
        guard phrase.possessorEnd == nil, phrase.end < clause.upperBound, tokens[phrase.end].lower == "of",
              let own = entityRange(phrase), !own.contains(where: isName), own.upperBound == phrase.end else { return nil }
        let head = tokens[phrase.head]
        guard head.shape == .lower || head.shape == .capitalized && analysis.opensSentence(phrase.head), !isMetricWord(phrase.head),
              head.lower.count > 5, ["al", "ion", "ment", "ance", "ence", "ing"].contains(where: { head.lower.hasSuffix($0) }),
              let object = self.phrase(after: phrase.end, within: clause), let objectRange = entityRange(object) else { return nil }
        let action = analysis.text(of: own).lowercased()
        return (display(objectRange) + " " + action, own.lowerBound..<objectRange.upperBound)
    }

    /// The label of a clause that follows "Label:" in its sentence: the nearest earlier clause
    /// of the sentence that is one naming phrase (an optional list marker before it) ending at a colon.
    func label(before clause: Range<Int>) -> Range<Int>? {
        guard clause.lowerBound > 0, clause.lowerBound <= tokens.count else { return nil }
        let sentence = tokens[min(clause.lowerBound, tokens.count - 1)].sentence
        var cursor = clause.lowerBound - 1
        // The colons before the clause in its sentence, nearest first: "Fermyon Spin: ... , GPU support".
        while cursor >= 0, tokens[cursor].sentence == sentence {
            defer { cursor -= 1 }
            guard tokens[cursor].text == ":" else { continue }
            var previous = analysis.clauseRange(of: cursor)
            // A comma inside the label's parenthesis ("Java 21 + SnapStart (Spring Boot app, 1024MB
            // memory):") does not end the label: take it from where the parenthesis opens.
            while previous.lowerBound > 0, tokens[previous.lowerBound].depth > tokens[cursor].depth,
                  let open = (0..<previous.lowerBound).last(where: { tokens[$0].text == "(" && tokens[$0].depth == tokens[cursor].depth }) {
                previous = analysis.clauseRange(of: open).lowerBound..<previous.upperBound
                if tokens[previous.lowerBound].depth <= tokens[cursor].depth { break }
            }
            // Words in parentheses describe the label ("Node.js 20 (1MB bundle):") and do not count.
            let base = tokens[previous.lowerBound].text == "(" && previous.count > 3 ? tokens[previous.lowerBound + 3].depth : tokens[previous.lowerBound].depth
            let phrases = analysis.phrases.filter { $0.first >= previous.lowerBound && $0.end <= previous.upperBound && tokens[$0.first].depth == base }
            let words = previous.filter { tokens[$0].isWord && tokens[$0].depth == base }
            // A one-word heading whose parenthesis names its subjects is about them:
            // "Limitations (both Lambda & SageMaker Serverless, 2025):".
            let inner = previous.filter { tokens[$0].depth == base + 1 }
            if phrases.count == 1, phrases[0].range.count == 1, let firstName = inner.first(where: isName), let lastName = inner.last(where: isName) {
                return firstName..<(lastName + 1)
            }
            // One phrase, or phrases joined by "+", "/", "&", "and" ("Java 21 + SnapStart:").
            if let firstPhrase = phrases.first, let lastPhrase = phrases.last,
               words.allSatisfy({ word in phrases.contains { $0.range.contains(word) } || tokens[word].is(.conjunction) }),
               phrases.count == 1 || firstPhrase.end <= lastPhrase.first && (firstPhrase.end..<lastPhrase.first).allSatisfy({ tokens[$0].depth > base || tokens[$0].is(.conjunction) || ["+", "/", "&"].contains(tokens[$0].text) }),
               let first = entityRange(firstPhrase), let last = phrases.count == 1 ? first : entityRange(lastPhrase),
               (first.lowerBound..<last.upperBound).contains(where: isName) {
                return first.lowerBound..<last.upperBound
            }
            // A heading whose parenthesis names its subjects (when the heading itself names none).
            if !phrases.isEmpty, !(phrases.contains { $0.range.contains(where: isName) }),
               let firstName = inner.first(where: isName), let lastName = inner.last(where: isName) {
                return firstName..<(lastName + 1)
            }
            cursor = previous.lowerBound
        }
        return nil
    }

    /// The subject of the quantity at `span`.
    func subject(for span: Range<Int>, attribute: Attribute, skippingClauseSubject: Bool = false) -> Choice {
        if measured == nil, !attribute.isSupport, attribute.dimension.isMoney {
            var measuring = self
            measuring.measured = attribute.dimension
            return measuring.subject(for: span, attribute: attribute, skippingClauseSubject: skippingClauseSubject)
        }
        let clause = analysis.clauseRange(of: span.lowerBound)
        var candidates: [(String, Range<Int>?, Double, String)] = []
        let (subjectPhrase, fronted, pronoun) = clauseSubject(clause)
        if let subjectPhrase, !skippingClauseSubject, subjectPhrase.first < span.lowerBound || subjectPhrase.first >= span.upperBound {
            // "The daily limit on the Plus card is €1,500": a subject headed by a metric is the
            // property; its owner (of / for / on X) is what it is about.
            let owner = (isMetricWord(subjectPhrase.head) || subjectPhrase.range.contains { tokens[$0].is(.versionWord) && tokens[$0].shape != .upper })
                && subjectPhrase.possessorEnd == nil
                ? phrase(after: subjectPhrase.end, within: clause).flatMap { owner in entityRange(owner).map { (owner, $0) } } : nil
            if let (ownerPhrase, range) = owner, ownerPhrase.first < span.lowerBound || ownerPhrase.first >= span.upperBound {
                candidates.append((display(range), range, 0.9, "owner of the clause subject"))
            } else if let (name, range) = actionOn(subjectPhrase, within: clause), range.upperBound <= span.lowerBound || range.lowerBound >= span.upperBound {
                candidates.append((name, range, 0.85, "clause subject: an action on a thing"))
            } else if let range = entityRange(subjectPhrase), !range.isEmpty, !(range.lowerBound >= span.lowerBound && range.upperBound <= span.upperBound) {
                let weight = range.contains(where: isName) ? 1.0 : 0.8
                candidates.append((display(range), range, range == subjectPhrase.range ? weight : 0.9, "clause subject"))
            } else if let owner = phrase(after: subjectPhrase.end, within: clause), let range = entityRange(owner), owner.first < span.lowerBound || owner.first >= span.upperBound {
                candidates.append((display(range), range, 0.9, "owner of the clause subject"))
            } else if attribute.isSupport, subjectPhrase.end <= span.lowerBound, !tokens[subjectPhrase.head].is(.generic) {
                // What a statement of support is said of is its clause's subject, even one the
                // ontology names as a property: "The growing guarantee doesn't apply to bulbs".
                let first = subjectPhrase.range.first { !tokens[$0].is(.determiner) && !tokens[$0].is(.pronoun) } ?? subjectPhrase.first
                if first < subjectPhrase.end { candidates.append((display(first..<subjectPhrase.end), first..<subjectPhrase.end, 0.85, "clause subject")) }
            }
        }
        // A name right before the value names what it is about ("Silver 15,000, Gold 30,000").
        if !attribute.isSupport, span.lowerBound > 0, let phraseIndex = analysis.phraseOf[span.lowerBound - 1], tokens[span.lowerBound - 1].isNameLike,
           let range = entityRange(analysis.phrases[phraseIndex]), range.contains(where: isName) {
            candidates.append((display(range), range, 1.1, "name before the value"))
        }
        // A count of named things is about them: "19 ATR 72-600 aircraft".
        if !attribute.isSupport, case .count = attribute.dimension, span.upperBound < tokens.count, let phraseIndex = analysis.phraseOf[span.upperBound - 1] ?? analysis.phraseOf[span.upperBound],
           let range = entityRange(analysis.phrases[phraseIndex]), range.contains(where: isName), range.lowerBound >= span.lowerBound - 1 {
            candidates.append((display(range), range, 0.6, "named things counted"))
        }
        // A value in parentheses describes the phrase right before them: "Lambda (10GB, 4s avg)".
        if tokens[span.lowerBound].depth > 0, let open = (0..<span.lowerBound).last(where: { tokens[$0].text == "(" && tokens[$0].depth == tokens[span.lowerBound].depth - 1 }),
           open > 0, let phraseIndex = analysis.phraseOf[open - 1], let range = entityRange(analysis.phrases[phraseIndex]),
           range.contains(where: isName) || !analysis.phrases[phraseIndex].range.contains(where: isMetricWord)
            && !(analysis.phrases[phraseIndex].first > 0 && tokens[analysis.phrases[phraseIndex].first - 1].isNumber || tokens[max(0, analysis.phrases[phraseIndex].first - 1)].shape == .upper && analysis.phrases[phraseIndex].first > 1 && tokens[analysis.phrases[phraseIndex].first - 2].isNumber) {
            candidates.append((display(range), range, 1.05, "phrase before the parenthesis"))
        }
        // A label before a colon names what follows it: "Fermyon Spin: 0.52ms cold start".
        if let label = label(before: clause) {
            candidates.append((display(label), label, 0.85, "label before a colon"))
        }
        if !attribute.isSupport, let after = phrase(after: span.upperBound, within: clause), let range = entityRange(after), tokens[span.upperBound].is(.ownerPreposition) {
            candidates.append((display(range), range, 0.7, "phrase after the value"))
        }
        if let fronted, let range = entityRange(fronted), range.contains(where: isName) {
            candidates.append((display(range), range, 0.85, "fronted phrase"))
        }
        // A clause that continues a sentence without a subject of its own ("..., and up to 3 on Plus")
        // takes the subject of the sentence's first clause.
        if candidates.isEmpty, !pronoun, clause.lowerBound > 0, tokens[clause.lowerBound].sentence == tokens[clause.lowerBound - 1].sentence {
            let first = analysis.sentenceRange(of: span.lowerBound).lowerBound
            let firstClause = analysis.clauseRange(of: first)
            // Only a clause with a verb has a subject; a label ("Benefits (2025):") heads a list instead.
            let labelled = firstClause.upperBound < tokens.count && tokens[firstClause.upperBound - 1].text == ":"
            if firstClause != clause, !labelled, let subject = clauseSubject(firstClause).subject, let range = entityRange(subject) {
                candidates.append((display(range), range, 0.65, "subject of the sentence"))
            }
        }
        if let chain {
            // An enumeration item's neighbours are its siblings, not its subject.
            let enumerated = tokens.prefix(12).enumerated().contains { index, token in
                token.text == "(" && index + 2 < tokens.count && tokens[index + 1].isNumber && tokens[index + 2].text == ")"
                    || token.isNumber && index + 1 < tokens.count && tokens[index + 1].text == "." && (index == 0 || tokens[index - 1].text == ":")
            }
            if let recent = chain.recent.last, !enumerated { candidates.append((recent, nil, 0.55, "earlier fact")) }
            if let question = chain.questionEntity { candidates.append((question, nil, 0.5, "question")) }
            if let topic = chain.topicEntity { candidates.append((topic, nil, 0.45, "topic")) }
        }
        var ranked = candidates.sorted { $0.2 > $1.2 }
        guard var best = ranked.first else { return Choice(name: nil, tokens: nil, evidence: []) }
        // "Another Modular Crypt Format method", "a different plan": another individual of the kind
        // the name gives, so claims about it are only weakly about that name.
        if let range = best.1, (max(0, range.lowerBound - 2)..<range.upperBound).contains(where: { tokens[$0].is(.distinct) }) {
            best.2 *= 0.35
            best.3 += ", another of its kind"
            ranked[0] = best
        }
        return Choice(name: best.0, tokens: best.1, evidence: ranked.prefix(3).map { "\($0.3) (\(($0.2 * 100).rounded() / 100)): \($0.0)" },
                      weight: best.2)
    }

    /// The entity a text is mainly about: the first entity phrase of its first clause, else of any clause.
    func mainEntity() -> String? {
        var seenClauses: Set<Int> = []
        for token in tokens where seenClauses.insert(token.clause).inserted {
            let clause = analysis.clauseRange(of: tokens.firstIndex { $0.clause == token.clause } ?? 0)
            let (subject, fronted, _) = clauseSubject(clause)
            if let subject, let range = entityRange(subject) { return display(range) }
            if let fronted, let range = entityRange(fronted) { return display(range) }
        }
        for phrase in analysis.phrases {
            if let range = entityRange(phrase), range.contains(where: isName) { return display(range) }
        }
        return nil
    }
}
