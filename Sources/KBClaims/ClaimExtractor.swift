import KBModel
import KBText

/// The frames of one fact: its numeric claims and its support statements.
public struct FactFrames: Sendable, Hashable {
    public var claims: [NumericClaim]
    public var supports: [SupportClaim]

    public init(claims: [NumericClaim] = [], supports: [SupportClaim] = []) {
        self.claims = claims
        self.supports = supports
    }
}

/// What one fact gives the extractor: its text, the lead-in carried from its enumeration, and the
/// year that stamps it.
public struct FactInput: Sendable, Hashable {
    public var text: String
    public var lead: String
    public var year: Int?

    public init(text: String, lead: String = "", year: Int? = nil) {
        self.text = text
        self.lead = lead
        self.year = year
    }
}

/// Turns an answer's facts into frames: every quantity becomes a ``NumericClaim`` with its
/// subject, metric, qualifiers, hedge, role and year; every support statement a ``SupportClaim``.
///
/// Each fact is analysed once (``TextAnalysis``); one ``SubjectResolver`` serves claims and
/// support statements; the answer's topic and question and the entities named by earlier facts
/// resolve pronouns and fill subjects the fact does not name.
///
/// For example:
///
/// ```swift
/// let frames = ClaimExtractor().extract([FactInput(text: "Uploads on the Crew plan are limited to 5 GB.")],
///                                       topic: "Upload limits", question: nil)
/// frames[0].claims[0].subject   // "Crew plan"
/// frames[0].claims[0].metric    // "size"
/// ```
public struct ClaimExtractor: Sendable {
    public var lexicon: Lexicon
    public var units: Units
    public var tokenizer: Tokenizer
    public var scanner: QuantityScanner

    public init(lexicon: Lexicon = .standard) {
        self.lexicon = lexicon
        units = lexicon.units.isEmpty ? .standard : Units(lexicon: lexicon)
        tokenizer = Tokenizer(lexicon: lexicon)
        scanner = QuantityScanner(lexicon: lexicon, units: units)
    }

    /// Frames for each fact of one answer, in order.
    public func extract(_ facts: [FactInput], topic: String, question: String?) -> [FactFrames] {
        // An answer with no digit and no word that can state support or a number holds no frame:
        // it is not analysed at all (about half the paragraphs of a manual).
        guard facts.contains(where: { mayHoldFrames($0.text) }) else { return facts.map { _ in FactFrames() } }
        var context = AnswerChain(extractor: self, topic: topic, question: question)
        var leadsSeen: Set<String> = []
        var result: [FactFrames] = []
        for (position, fact) in facts.enumerated() {
            let analysis = TextAnalysis(fact.text, tokenizer: tokenizer)
            // A lead-in repeated over an enumeration's facts states its claims once, with its first item.
            let leadLength = fact.lead.isEmpty ? 0 : fact.lead.unicodeScalars.count + 1
            let firstWithLead = fact.lead.isEmpty || leadsSeen.insert(fact.lead).inserted
            let stamp = fact.year ?? context.answerYear ?? Self.year(in: analysis, lexicon: lexicon)
            if position == 0, context.answerYear == nil { context.answerYear = Self.year(in: analysis, lexicon: lexicon) }
            var frames = FactFrames()
            let resolver = SubjectResolver(analysis: analysis, lexicon: lexicon, chain: context)
            let quantities = scanner.scan(analysis.tokens, scalars: analysis.scalars)
            var previous: (ScannedQuantity, NumericClaim)?
            for quantity in quantities {
                guard firstWithLead || quantity.claim.start >= leadLength else { continue }
                guard quantity.claim.low.map({ $0.isFinite }) ?? true, quantity.claim.high.map({ $0.isFinite }) ?? true,
                      quantity.claim.normalizedLow.map({ $0.isFinite }) ?? true, quantity.claim.normalizedHigh.map({ $0.isFinite }) ?? true else { continue }
                var claim = frame(quantity, among: quantities, in: analysis, resolver: resolver)
                claim.year = stamp
                // A conversion in parentheses ("130 kg (287 lb)") bounds its value the way the value before it does.
                if let (previousQuantity, previousClaim) = previous, claim.comparator == .equal, previousClaim.comparator != .equal,
                   previousClaim.dimension == claim.dimension, quantity.first == previousQuantity.end + 1, analysis.tokens[previousQuantity.end].text == "(" {
                    claim.comparator = previousClaim.comparator
                    if claim.comparator == .lessOrEqual || claim.comparator == .less { claim.normalizedLow = nil }
                    if claim.comparator == .greaterOrEqual || claim.comparator == .greater { claim.normalizedHigh = nil }
                }
                previous = (quantity, claim)
                frames.claims.append(claim)
                // "max 3008MB - same as Lambda": the value is also stated for what it equals.
                if let other = Self.sameAs(after: quantity, in: analysis, resolver: resolver) {
                    var borrowed = claim
                    borrowed.subject = resolver.canonical(other)
                    borrowed.subjectEvidence = ["same as (1.0): \(other)"]
                    borrowed.subjectWeight = 1
                    borrowed.qualifiers = []
                    frames.claims.append(borrowed)
                }
            }
            frames.supports = SupportExtractor(analysis: analysis, lexicon: lexicon, resolver: resolver).statements().filter {
                firstWithLead || $0.start >= leadLength
            }
            context.remember(resolver.mainEntity())
            result.append(frames)
        }
        return result
    }

    /// Whether a text can hold a claim or a support statement: a digit, or a word of the lexicon's
    /// number, support, denial, exclusive or modal classes (a fast scan over its words).
    func mayHoldFrames(_ text: String) -> Bool {
        if text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) { return true }
        let triggers: WordClasses = [.numberWord, .supportVerb, .supportState, .negation, .exclusive, .capability, .unitWord]
        var found = false
        // (Words are read apart at an apostrophe: a contracted negation, "doesn't", is read as "not".)
        WordScan.words(Contractions.expanded(text)) { lower, _, _ in
            if !found, !lexicon.classes(of: lower).isDisjoint(with: triggers) { found = true }
        }
        return found
    }

    // MARK: Numeric frames

    func frame(_ quantity: ScannedQuantity, among quantities: [ScannedQuantity], in analysis: TextAnalysis, resolver: SubjectResolver) -> NumericClaim {
        var claim = quantity.claim
        let attribute = Attribute.find(for: quantity, in: analysis, lexicon: lexicon)
        claim.metric = attribute.name
        if attribute.isSetting, claim.kind == .count, claim.unit.isEmpty { claim.kind = .setting }
        if let period = attribute.period { Self.apply(period: period, to: &claim) }
        let subject = resolver.subject(for: quantity.first..<quantity.end, attribute: attribute)
        claim.subject = subject.name.map(resolver.canonical)
        claim.subjectEvidence = subject.evidence
        claim.subjectWeight = subject.weight

        claim.qualifiers = Qualifiers.find(for: quantity, among: quantities, in: analysis, subjectTokens: subject.tokens)
        claim.hedge = Hedges.hedge(at: quantity.first, in: analysis) ?? Hedges.computation(quantity, in: analysis)
            ?? Hedges.configuration(quantity, in: analysis)
        if claim.role == nil, Hedges.isPreviousValue(at: quantity.first, in: analysis) { claim.role = .before }
        // "the first four bytes of the input", "the last 3 entries of the list": an ordinal before a
        // count of a part of something selects that part; the number says which part, not how much
        // the subject has. ("the first 4,000 requests", "the last 120 days" are allowances and
        // windows, and stay claims; so do sums of money: "the first £120 of each claim".)
        if claim.hedge == nil, !claim.dimension.isMoney, quantity.first > 0, analysis.tokens[quantity.first - 1].is(.ordinal),
           quantity.end < analysis.tokens.count, analysis.tokens[quantity.end].lower == "of" { claim.hedge = .setting }
        // "An 82 kWh car will go from 10 to 80% in about 35 minutes": a value after the determiner
        // that opens its clause, before the subject's noun, picks out which thing the clause speaks
        // of, when the clause states another value of it after the subject. The number says which
        // car, not how much a car has. ("A 30-day notice period applies", with no other value, stays
        // a claim.)
        let tokens = analysis.tokens
        let valueClause = analysis.clauseRange(of: quantity.first)
        if claim.hedge == nil || claim.hedge == .typical, quantity.end < valueClause.upperBound, quantity.first > valueClause.lowerBound,
           (valueClause.lowerBound..<quantity.first).allSatisfy({ tokens[$0].is(.determiner) }),
           tokens[quantity.end].isWord, tokens[quantity.end].shape == .lower, !tokens[quantity.end].is(WordClasses.function),
           !NounPhrases.isVerbHere(tokens, quantity.end),
           quantities.contains(where: { $0.first > quantity.end + 1 && valueClause.contains($0.first) }) { claim.hedge = .setting }
        // A value inside a conditional clause ("If PY_PYTHON=3, ...", "whenever a statement affects
        // zero rows") is the case the condition names, not a fact about the subject.
        // (A condition inside a parenthesis governs only the parenthesis.)
        let valueDepth = analysis.tokens[quantity.first].depth
        if claim.hedge == nil, (valueClause.lowerBound..<quantity.first).contains(where: { index in
            analysis.tokens[index].is(.conditional) && analysis.tokens[index].depth == valueDepth
                && !(index..<quantity.first).contains { analysis.tokens[$0].depth < valueDepth }
        }) { claim.hedge = .scenario }
        // A hyphenated quantity is an adjective ("a 32-bit integer", "8-bit and Unicode strings",
        // "(64-bit) floats"): it classifies the noun it modifies. When that noun is no property of
        // the ontology, it is the thing the value describes, and the value names a variety of it (a
        // 32-bit and a 64-bit integer are two types, not a conflict); "the 15-minute timeout" stays
        // a value of its property.
        // Said of a subject by a copula ("The pool at Glebe is a 20-metre lap pool"), the phrase
        // is what the subject is: the value describes the subject.
        let predicative = Attribute.isPredicative(at: quantity.first, in: tokens)
        if !predicative, quantity.end - quantity.first >= 3, tokens[quantity.end - 2].text == "-", !tokens[quantity.end - 1].spaceBefore,
           !tokens[quantity.end - 2].spaceBefore, let noun = Self.modifiedNoun(after: quantity.end, in: analysis), !resolver.isMetricWord(noun.head) {
            let described = analysis.text(of: noun.range)
            claim.subject = resolver.canonical(described)
            claim.subjectEvidence = ["what the value describes (1.1): \(described)"] + subject.evidence.prefix(2)
            claim.subjectWeight = 1.1
            if claim.hedge == nil { claim.hedge = .setting }
        }
        if claim.comparator == .equal, claim.kind != .vague, let bound = boundOfPhrase(around: quantity, in: analysis) {
            claim.comparator = bound
            if bound == .lessOrEqual, claim.normalizedLow == claim.normalizedHigh { claim.normalizedLow = nil }
            if bound == .greaterOrEqual, claim.normalizedLow == claim.normalizedHigh { claim.normalizedHigh = nil }
        }
        return claim
    }

    /// The noun phrase an adjective quantity modifies: right after it, after its closing
    /// parenthesis, or after the other adjective it is coordinated with ("8-bit and Unicode strings").
    static func modifiedNoun(after end: Int, in analysis: TextAnalysis) -> NounPhrase? {
        let tokens = analysis.tokens
        var index = end
        while index < tokens.count, tokens[index].text == ")" { index += 1 }
        if index < tokens.count, tokens[index].is(.conjunction) {
            // "8-bit and Unicode strings", "32-bit and 64-bit machines": past what is coordinated.
            var next = index + 1
            while next < tokens.count, next < index + 5, analysis.phraseOf[next] == nil, tokens[next].isNumber || tokens[next].text == "-" || tokens[next].is(.unitWord) || tokens[next].isWord && !tokens[next].spaceBefore {
                next += 1
            }
            if next < tokens.count, let phrase = analysis.phraseOf[next] { return analysis.phrases[phrase] }
        }
        guard index < tokens.count, let phrase = analysis.phraseOf[index], analysis.phrases[phrase].first == index else { return nil }
        return analysis.phrases[phrase]
    }

    /// A value given for a bound is a bound: the noun phrase it is stated for ("a maximum rider load
    /// of 130 kg", "the limit is 12 hours", "minimum order: $25") or the one it modifies ("5 minute
    /// maximum duration") holds a bound word of the lexicon (the metrics "limit" and "minimum").
    func boundOfPhrase(around quantity: ScannedQuantity, in analysis: TextAnalysis) -> NumericClaim.Comparator? {
        let tokens = analysis.tokens
        var ranges: [Range<Int>] = []
        if quantity.end < tokens.count, tokens[quantity.end].isWord {
            var end = quantity.end
            while end < tokens.count, end < quantity.end + 3, tokens[end].isWord, !tokens[end].is(.determiner), !NounPhrases.isVerbHere(tokens, end) { end += 1 }
            ranges.append(quantity.end..<end)
        }
        var before = quantity.first - 1
        if before >= 0, ["of", "is", "are", ":", "=", "was", "of up"].contains(tokens[before].lower) { before -= 1 }
        if before >= 0, before < quantity.first - 1 || tokens[quantity.first - 1].lower == "of", let phrase = analysis.phraseOf[before],
           analysis.phrases[phrase].end == before + 1 {
            ranges.append(analysis.phrases[phrase].range)
            // "Maximum nozzle temperature on the Forge S1 is 240 °C": the phrase before the owner's
            // preposition is what the value is stated for.
            if let property = Attribute.propertyPhrase(beforeOwnerAt: analysis.phrases[phrase].first, in: analysis) { ranges.append(property) }
        }
        for range in ranges {
            for index in range {
                // Word by word: "maximum duration" is a property of the ontology whose first word bounds it.
                guard let (metric, _) = lexicon.metric([analysis.lowers[index]], at: 0), !metric.isProperty else { continue }
                if metric.name == "limit" { return .lessOrEqual }
                if metric.name == "minimum" { return .greaterOrEqual }
            }
        }
        return nil
    }

    /// The name a value is said to equal right after it ("3008MB - same as Lambda", "10 GB, the
    /// same as Crew"), when there is one.
    static func sameAs(after quantity: ScannedQuantity, in analysis: TextAnalysis, resolver: SubjectResolver) -> String? {
        let tokens = analysis.tokens
        var index = quantity.end
        while index < tokens.count, index < quantity.end + 2, tokens[index].shape == .punctuation, tokens[index].text != "." { index += 1 }
        guard index < tokens.count, let length = Lexicon.standard.phraseLength(analysis.lowers, at: index, in: .sameAs) ?? resolver.lexicon.phraseLength(analysis.lowers, at: index, in: .sameAs),
              index + length < tokens.count, let phraseIndex = analysis.phraseOf[index + length],
              let range = resolver.entityRange(analysis.phrases[phraseIndex]), range.contains(where: resolver.isName) else { return nil }
        return resolver.display(range)
    }

    /// A money, count or size stated for a period ("daily limit of €1,000", "the monthly fee is
    /// $8") is per that period.
    static func apply(period: Unit, to claim: inout NumericClaim) {
        guard period.dimension == .time, period.factor > 0 else { return }
        switch claim.dimension {
        case .money, .count, .information: break
        default: return
        }
        claim.dimension = .per(claim.dimension, .time)
        claim.normalizedLow = claim.normalizedLow.map { $0 / period.factor }
        claim.normalizedHigh = claim.normalizedHigh.map { $0 / period.factor }
        claim.normalizedUnit = (claim.normalizedUnit.isEmpty ? "count" : claim.normalizedUnit) + "/s"
        claim.unit = (claim.unit.isEmpty ? "" : claim.unit) + "/" + period.written
        if claim.kind == .money { claim.kind = .moneyRate } else if claim.kind != .setting { claim.kind = .rate }
    }

    /// The year that stamps a text: a year standing alone in parentheses ("(2024)"), after a
    /// stamp phrase at a clause's start ("As of 2025,", "Updated 2023:", "In 2024,"), or opening
    /// the text ("2025: ...").
    public static func year(in analysis: TextAnalysis, lexicon: Lexicon) -> Int? {
        let tokens = analysis.tokens
        for (index, token) in tokens.enumerated() where token.isYear {
            guard let value = token.value else { continue }
            let previous = index > 0 ? tokens[index - 1] : nil
            let next = index + 1 < tokens.count ? tokens[index + 1] : nil
            let parenthesised = previous?.text == "(" && (next?.text == ")" || next?.text == "," || next?.text == ";")
            let opening = index == 0 && (next?.text == ":" || next?.text == ")" || next?.text == ",")
            let stamped = previous.map { $0.is(.timeWord) || $0.is(.stamp) } ?? false
                && (next == nil || next?.shape == .punctuation) && (index < 3 || tokens[index - 2].clause != token.clause || tokens[index - 2].shape == .punctuation || tokens[index - 2].lower == "as")
            if parenthesised || opening || stamped { return Int(value) }
        }
        return nil
    }
}

/// What the answer so far tells a fact: the topic, the question, the year that stamps the
/// answer, and the entities earlier facts named (for pronouns and unnamed subjects).
struct AnswerChain: Sendable {
    var topicEntity: String?
    var questionEntity: String?
    var answerYear: Int?
    var recent: [String] = []
    let aliases: [String: String]

    init(extractor: ClaimExtractor, topic: String, question: String?) {
        aliases = extractor.lexicon.aliases
        let lexicon = extractor.lexicon
        func entity(of text: String) -> String? {
            guard !text.isEmpty else { return nil }
            let analysis = TextAnalysis(text, tokenizer: extractor.tokenizer)
            let resolver = SubjectResolver(analysis: analysis, lexicon: lexicon, chain: nil)
            // A question opens with its question word, not its subject: what it asks about is its
            // first phrase that names something right after an auxiliary or a preposition ("How
            // much is [a bulky item collection]?", "What do we charge for [tyres]?"; not "How much
            // do I pay [upfront]?").
            return resolver.mainEntity() ?? analysis.phrases.lazy.filter { phrase in
                phrase.first > 0 && (analysis.tokens[phrase.first - 1].is(.auxiliary) || analysis.tokens[phrase.first - 1].is(.preposition))
            }.compactMap { resolver.entityRange($0) }
                .first { range in !range.contains { analysis.tokens[$0].is(.pronoun) } }.map(resolver.display)
        }
        questionEntity = question.flatMap(entity(of:))
        topicEntity = entity(of: topic)
        if let question { answerYear = ClaimExtractor.year(in: TextAnalysis(question, tokenizer: extractor.tokenizer), lexicon: lexicon) }
    }

    mutating func remember(_ entity: String?) {
        guard let entity else { return }
        recent.append(entity)
    }
}
