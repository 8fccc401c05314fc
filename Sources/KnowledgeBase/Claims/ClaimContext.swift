import KBModel
import KBText
/// What a claim is about: its subject, its metric, the conditions it holds under, and whether it
/// is hedged, read from the fact around it.
///
/// - **Subject**: the nearest name before the number in the same clause ("Fermyon Spin 0.5ms,
///   Cloudflare Workers ~5ms" gives two subjects); else the label of the item it sits in
///   ("Node.js 20: 200-300ms"); else nil, and the caller falls back to the fact's lead or topic.
/// - **Metric**: the first metric keyword in the claim's clause (cold start, timeout, memory,
///   price, ...), else one implied by the unit's dimension.
/// - **Conditions**: "with X" / "without X", "per X", "on X" / "across X", and memory settings.
public enum ClaimContext {
    /// Keyword (lowercased) -> canonical metric, most specific first.
    public static let metricKeywords: [(String, String)] = [
        ("cold start", "cold start"), ("cold-start", "cold start"), ("startup", "cold start"), ("start-up", "cold start"),
        ("initialization", "cold start"), ("init", "cold start"), ("warm start", "warm start"), ("warm", "warm start"),
        ("timeout", "timeout"), ("time limit", "timeout"), ("max duration", "timeout"), ("duration", "duration"),
        ("execution time", "duration"), ("run for", "duration"), ("memory", "memory"), ("ram", "memory"),
        ("ephemeral storage", "storage"), ("storage", "storage"), ("deployment package", "package size"),
        ("package", "package size"), ("unzipped", "package size"), ("zipped", "package size"), ("image", "image size"),
        ("size", "size limit"), ("throughput", "throughput"), ("requests/s", "throughput"), ("starts/s", "throughput"),
        ("rps", "throughput"), ("concurren", "concurrency"), ("latency", "latency"), ("response", "latency"),
        ("reduction", "reduction"), ("reduce", "reduction"), ("faster", "speedup"), ("speedup", "speedup"),
        ("cost", "price"), ("price", "price"), ("pricing", "price"), ("charge", "price"), ("billed", "price"),
        ("expensive", "price"), ("cheaper", "price"), ("saves", "reduction"), ("save", "reduction"), ("bundle", "package size"),
        ("invocation", "latency"), ("p50", "latency"), ("p99", "latency"),
        ("retention", "retention"), ("history", "retention"), ("retrievable", "retention"),
        ("warranty", "warranty"), ("guarantee", "warranty"), ("lifespan", "lifespan"), ("lasts", "lifespan"),
        ("consumption", "energy consumption"), ("efficiency", "efficiency"), ("discount", "discount"), ("savings", "savings"),
        ("saves", "savings"), ("credit", "incentive"), ("rebate", "incentive"), ("incentive", "incentive"), ("payback", "payback"),
        ("accelerat", "acceleration"), ("sprints", "acceleration"), ("noise", "noise"), ("quiet", "noise"),
        ("range", "range"), ("weigh", "weight"), ("capacity", "capacity"), ("battery", "capacity"), ("charging", "charge time"),
        ("charge", "charge time"), ("power", "power"), ("output", "power"), ("draws", "power"), ("speed", "speed"),
    ]

    static let hedgeWords = ["rumored", "rumoured", "expected", "e.g.", "for example", "example:", "recommend",
                             "might", "could", "likely", "planned", "roadmap", "estimate", "projected", "hypothetical"]

    /// Whether the fact is hedged: a rumour, an expectation, an example or a recommendation.
    public static func isHedged(_ fact: String) -> Bool {
        let lowered = fact.lowercased()
        return hedgeWords.contains { lowered.has($0) }
    }

    static func attribute(_ claim: inout NumericClaim, in fact: String, scalars: [Unicode.Scalar],
                          keywords: [(String, String)] = metricKeywords) {
        let clause = clauseBounds(around: claim.start, in: scalars)
        let before = string(scalars, clause.lowerBound, claim.start)
        let clauseRaw = string(scalars, clause.lowerBound, clause.upperBound)
        let clauseText = clauseRaw.lowercased()
        let (sentence, sentenceStart) = sentenceText(around: claim.start, in: scalars)
        var subject = nameBefore(before)
        // "Node.js 20 (1MB bundle, 512MB memory)": the name stands before the parenthesis.
        if subject == nil, let open = enclosingParenthesis(of: claim.start, in: scalars), open > 0 {
            let previous = clauseBounds(around: open - 1, in: scalars)
            let head = string(scalars, previous.lowerBound, open)
            subject = nameBefore(head) ?? comparedWith(head)
        }
        // A clause after a list comma ("on LCT metro, tram and bus services is $2.75") is no clause of its own.
        let opensClause = clause.lowerBound == 0 || [":", ";", "(", "→"].contains(String(scalars[clause.lowerBound - 1]))
            || ["and ", "but ", "while ", "whereas ", "so "].contains { before.trimmingCharacters(in: "").lowercased().hasPrefix($0) }
        claim.subject = (subject ?? attributiveSubject(of: claim, in: scalars) ?? (opensClause ? clauseSubject(before) : nil)
            ?? itemLabel(before: claim.start, in: scalars)
            ?? sentenceSubject(of: claim, sentence: sentence, sentenceStart: sentenceStart)).flatMap(refinedSubject).flatMap(SubjectPhrase.tidy)
        // "The X200 dishwasher has a noise level of 44 dB": the model named earlier in the sentence.
        if claim.subject == nil, claim.start > sentenceStart {
            let before = string(scalars, sentenceStart, claim.start)
            // Only when the sentence opens with it: "The inverter motor in the Cleo 8 is covered by a
            // 10-year warranty" is about the motor, not the Cleo 8.
            let opening = before.split(separator: " ").drop { determiners.contains($0.lowercased()) }.first.map(String.init) ?? ""
            if before.split(separator: " ").count > 4 || before.contains(","), let model = refinedSubject(before).flatMap(SubjectPhrase.tidy),
               model.split(separator: " ").contains(where: { $0.contains(where: \.isNumber) && $0.contains(where: \.isLetter) || $0.allSatisfy(\.isNumber) }),
               model.hasPrefix(opening.trimmingCharacters(in: ",")) {
                claim.subject = model
            }
        }
        let offset = claim.start - clause.lowerBound
        claim.metric = metric(in: clauseText, at: offset, length: claim.end - claim.start, claim: claim, keywords: keywords)
        // A maximum duration is a time limit: "functions can run up to 15 minutes".
        if claim.dimension == "time", claim.metric == "duration", claim.comparator == .lessOrEqual { claim.metric = "timeout" }
        // "a beam distance of 110 m", "its comfort rating is -5 °C": the property the text names
        // right before the number is the metric, when no built-in keyword names one.
        if claim.metric == nil || claim.metric == impliedMetric(claim), claim.kind != .money, claim.kind != .moneyRate,
           let named = namedProperty(before: string(scalars, clause.lowerBound, claim.start), claim: claim) {
            claim.metric = named
        }
        if ["time", "percent", "information"].contains(claim.dimension), claim.metric == nil || claim.metric == impliedMetric(claim) {
            // A duration with no keyword in its clause: the nearest keyword in its sentence says
            // which duration it is ("Python 3.11/3.12: 200-400ms" under "cold start" tips).
            if let found = metric(in: sentence.lowercased(), at: claim.start - sentenceStart, length: claim.end - claim.start,
                                  claim: claim, keywords: keywords),
               found != impliedMetric(claim) {
                claim.metric = found
            }
        }
        // The assumptions of a worked scenario ("Cost comparison (1M requests/month, 512MB, 500ms
        // avg)") are inputs, not statements about the subject: hedged like an example.
        if !claim.hedged, let open = enclosingParenthesis(of: claim.start, in: scalars), open > 0 {
            let head = string(scalars, clauseBounds(around: open - 1, in: scalars).lowerBound, open)
                .split(separator: " ").suffix(3).map { $0.lowercased() }
            if head.contains(where: { ["comparison", "scenario", "assuming", "assumptions", "assumption", "estimate"].contains($0) }) {
                claim.hedged = true
            }
        }
        claim.conditions = conditions(in: clauseRaw, claim: claim)
        // Scope and free allowances hold for the whole sentence ("$0.01 per call, first 4,000 free").
        for condition in sentenceConditions(sentence) where !claim.conditions.contains(condition) {
            claim.conditions.append(condition)
        }
    }

    static let determiners: Set<String> = ["a", "an", "the", "its", "their", "our", "your", "this", "that", "each", "every", "one"]

    /// The noun a quantity describes when it is written attributively: "the standard 2 A charger"
    /// -> "standard charger", "a 7 kW solar array" -> "solar array", "a 75 kg rider" -> "rider".
    static func attributiveSubject(of claim: NumericClaim, in text: [Unicode.Scalar]) -> String? {
        // Words after the quantity: one or two lowercase nouns.
        let after = string(text, claim.end, min(text.count, claim.end + 40)).split(separator: " ").map(String.init)
        var nouns: [String] = []
        for word in after.prefix(2) {
            let cleaned = word.trimmingCharacters(in: ",.;:)")
            guard let first = cleaned.first, first.isLowercase, cleaned.allSatisfy({ $0.isLetter || $0 == "-" }), cleaned.count > 2,
                  !QuantityScanner.stopWords.contains(cleaned), !verbLike.contains(cleaned), !predicateLike(cleaned) else { break }
            nouns.append(cleaned)
            if cleaned != word { break }
        }
        guard !nouns.isEmpty else { return nil }
        // Before the quantity: a determiner, with adjectives between it and the number.
        let before = string(text, max(0, claim.start - 40), claim.start).split(separator: " ").map(String.init)
        var adjectives: [String] = []
        for word in before.reversed() {
            if determiners.contains(word.lowercased()) {
                let subject = (adjectives.reversed() + nouns).joined(separator: " ")
                return namesAMetric(subject) ? nil : subject
            }
            guard word.first?.isLowercase == true, word.allSatisfy({ $0.isLetter || $0 == "-" }), adjectives.count < 2 else { return nil }
            adjectives.append(word)
        }
        return nil
    }

    /// A lowercase word that is a verb form or preposition rather than a noun.
    static func predicateLike(_ word: String) -> Bool {
        TopicExtractor.predicateWords.contains(word) || word.hasSuffix("ed") || word.hasSuffix("ly")
    }

    /// The subject phrase a sentence opens with, when it comes before the number: "The battery
    /// fills in ~2 hours" -> "battery", "It has 8 presets" -> "It" (a pronoun the ingest pipeline
    /// resolves to an earlier sentence's subject).
    static func sentenceSubject(of claim: NumericClaim, sentence: String, sentenceStart: Int) -> String? {
        switch SubjectPhrase.opening(of: withoutListMarker(sentence)) {
        case .pronoun?:
            return sentence.split(separator: " ").first.map { SubjectPhrase.bare(String($0)) }
        case .phrase(let name, _)?:
            guard let range = sentence.range(of: name),
                  sentence.unicodeScalars.distance(from: sentence.unicodeScalars.startIndex, to: range.upperBound) <= claim.start - sentenceStart
            else { return nil }
            return name
        case nil:
            return nil
        }
    }

    /// The subject of the claim's own clause when the clause says something of it before the
    /// number: "Minimize dependencies: Tree-shaking with esbuild reduces bundle size 60-80%" ->
    /// "Tree-shaking" (not the item label); "the City 400 with its 400 Wh pack covers 40-60 km".
    static func clauseSubject(_ before: String) -> String? {
        guard case .phrase(let name, clause: true)? = SubjectPhrase.opening(of: withoutListMarker(before)) else { return nil }
        return name
    }

    /// A name with a capital inside or after its first letter, or a digit: "Ridgeline 2P", "HB-13",
    /// "ENERGY STAR dishwasher"; not "air fryer".
    static func isDistinctive(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        return words.contains { word in word.contains(where: \.isNumber) || word.dropFirst().contains(where: \.isUppercase) }
            || words.count >= 2 && words.allSatisfy { $0.first?.isUppercase == true }
    }

    /// The property named by "<noun phrase> of|is|are|was|at [comparator]" right before a number:
    /// "a beam distance of" -> "beam distance", "Its comfort rating is" -> "comfort rating". One
    /// to three lowercase words; nil for determiners, verbs, prepositions and section words.
    static func namedProperty(before text: String, claim: NumericClaim) -> String? {
        var words = text.split(separator: " ").map { SubjectPhrase.bare(String($0)) }
        // Comparator words between the link and the number: "of at least", "is about", "is under".
        let comparators: Set<String> = ["at", "least", "most", "about", "around", "roughly", "approximately", "nearly",
                                        "almost", "under", "over", "up", "to", "just", "only", "below", "above", "~"]
        while let last = words.last, comparators.contains(last.lowercased()) || last.isEmpty { words.removeLast() }
        guard let link = words.last?.lowercased(), ["of", "is", "are", "was", "were", "measures"].contains(link) else { return nil }
        words.removeLast()
        var phrase: [String] = []
        for word in words.reversed() {
            let lowered = word.lowercased()
            guard phrase.count < 3, !lowered.isEmpty, lowered.allSatisfy({ $0.isLetter || $0 == "-" }),
                  !SubjectPhrase.determiners.contains(lowered), !SubjectPhrase.isFunctionWord(lowered),
                  !ClaimContext.verbLike.contains(lowered), !QuantityScanner.stopWords.contains(lowered),
                  !(word.first?.isUppercase == true && phrase.count > 0 && word.dropFirst().contains(where: \.isUppercase)) else { break }
            // A capitalised word is a name ("the Ridgeline 2P floor"), unless it opens the sentence.
            if word.first?.isUppercase == true, word.dropFirst().contains(where: \.isUppercase) { break }
            phrase.insert(lowered, at: 0)
            if word.first?.isUppercase == true { break }
        }
        guard !phrase.isEmpty else { return nil }
        let name = phrase.joined(separator: " ")
        if let keyword = metricKeywords.first(where: { name.has($0.0) }) { return fits(keyword.1, claim) ? keyword.1 : nil }
        guard !sectionWords.contains(name), !["total", "average", "value", "number", "amount", "figure", "result", "rate"].contains(name),
              name.count >= 4 else { return nil }
        return name
    }

    /// What a number in parentheses after "vs X" / "than X" / "compared to X" belongs to:
    /// "Sub-millisecond vs traditional containers (100-1000ms+)" -> "traditional containers".
    static func comparedWith(_ head: String) -> String? {
        let words = head.split(separator: " ").map(String.init)
        guard let marker = words.lastIndex(where: { ["vs", "vs.", "versus", "than", "to"].contains($0.lowercased()) }),
              marker + 1 < words.count, words.count - marker - 1 <= 4 else { return nil }
        if words[marker].lowercased() == "to", marker == 0 || words[marker - 1].lowercased() != "compared" { return nil }
        let phrase = words[(marker + 1)...].joined(separator: " ")
        return SubjectPhrase.tidy(phrase)
    }

    /// The entity a sentence is about, for the sentences after it.
    static func entity(of sentence: String) -> String? {
        guard case .phrase(let name, _)? = SubjectPhrase.opening(of: withoutListMarker(sentence)) else { return nil }
        return refinedSubject(name).flatMap(SubjectPhrase.tidy)
    }

    /// A bare number ("Reserved = 100", "increase to 10K-100K") counts what the answer's other
    /// claims of its metric count: it borrows their most frequent unit ("concurrent executions").
    /// Its metric comes from its clause, else its subject ("Account-level concurrency"), else the
    /// word before "=" as the answer names it elsewhere ("Reserved" in "reserved concurrency").
    /// `claims[i]` are the claims of `facts[i]`.
    public static func borrowUnits(_ claims: inout [[NumericClaim]], facts: [Fact], keywords: [(String, String)] = metricKeywords) {
        // "up to 25 concurrent": an adjective alone counts what the answer's "concurrent executions" count.
        func borrows(_ claim: NumericClaim) -> Bool {
            claim.kind == .count && (claim.unit.isEmpty || QuantityScanner.countAdjectives.contains(claim.unit.lowercased()))
        }
        guard claims.contains(where: { $0.contains(where: borrows) }) else { return }
        // Count units by metric, in the order the answer states them.
        var units: [String: [String: (count: Int, first: Int, claim: NumericClaim)]] = [:]
        var order = 0
        for claim in claims.joined() where !borrows(claim) && claim.dimension.hasPrefix("count:") {
            guard let metric = claim.metric, metric != "count" else { continue }
            order += 1
            let previous = units[metric, default: [:]][claim.unit]
            units[metric, default: [:]][claim.unit] = ((previous?.count ?? 0) + 1, previous?.first ?? order, previous?.claim ?? claim)
        }
        guard !units.isEmpty else { return }
        let answerText = facts.map(\.text).joined(separator: " ").lowercased()
        func metricNamed(_ text: String) -> String? {
            let lowered = text.lowercased()
            return keywords.first { units[$0.1] != nil && lowered.has($0.0) }?.1
        }
        for position in claims.indices where position < facts.count {
            for index in claims[position].indices where borrows(claims[position][index]) {
                var claim = claims[position][index]
                let fact = facts[position].text
                let scalars = Array(fact.unicodeScalars)
                let clause = clauseBounds(around: min(claim.start, max(0, scalars.count - 1)), in: scalars)
                var metric = claim.metric.flatMap { units[$0] != nil ? $0 : nil }
                    ?? metricNamed(string(scalars, clause.lowerBound, clause.upperBound)) ?? claim.subject.flatMap(metricNamed)
                if metric == nil, let label = string(scalars, clause.lowerBound, claim.start).split(separator: " ")
                    .last(where: { $0.contains(where: \.isLetter) }).map({ $0.lowercased() }) {
                    // "Reserved = 100" where the answer speaks of "reserved concurrency".
                    metric = keywords.first { units[$0.1] != nil && answerText.has(label + " " + $0.0) }?.1
                }
                let adjective = claim.unit.lowercased()
                guard let metric, let best = units[metric]?.filter({ adjective.isEmpty || $0.key.lowercased().hasPrefix(adjective + " ") })
                    .max(by: { ($0.value.count, -$0.value.first) < ($1.value.count, -$1.value.first) }) else {
                    continue
                }
                claim.unit = best.key
                claim.normalizedUnit = best.value.claim.normalizedUnit
                claim.dimension = best.value.claim.dimension
                claim.metric = metric
                claims[position][index] = claim
            }
        }
    }

    /// Subjects that stand for an entity named earlier in the answer: a pronoun ("It has 8
    /// presets") or a property ("Round-trip efficiency is ~90%", "the warranty guarantees 70%")
    /// take the subject of the nearest earlier sentence, else the fact's lead or the answer's topic.
    /// `claims[i]` are the claims of `facts[i]`.
    public static func resolveReferences(_ claims: inout [[NumericClaim]], facts: [Fact], topic: String, question: String? = nil,
                                         lexicon: Lexicon) {
        // The product the answer is about, when its question or first sentence names one.
        let named = question.flatMap(namedEntity(inQuestion:))
            ?? facts.first.flatMap { Self.entity(of: $0.body) }.flatMap { isDistinctive($0) ? $0 : nil }
        func refers(_ subject: String?) -> Bool {
            guard let subject else { return false }
            let words = subject.split(separator: " ").map(String.init)
            return SubjectPhrase.pronouns.contains(subject.lowercased()) || SubjectPhrase.isPropertyName(words)
        }
        // "The floor measures", "Each unit weighs", "the stove itself": a definite common noun is
        // a part of the named product (while "a day pass" or "our 5G network" introduce new ones).
        func isPart(_ subject: String?, in text: String) -> Bool {
            guard named != nil, let subject else { return false }
            let words = subject.split(separator: " ")
            guard words.count <= 3, words.allSatisfy({ $0.first?.isLowercase == true && !$0.contains(where: \.isNumber) }) else { return false }
            let lowered = text.lowercased()
            return ["the ", "each ", "its ", "this ", "every ", "the whole "].contains { lowered.has($0 + subject.lowercased()) }
        }
        guard claims.indices.contains(where: { position in
            position < facts.count && claims[position].contains { refers($0.subject) || isPart($0.subject, in: facts[position].text) }
        }) else { return }
        var entity = named
        for position in facts.indices where position < claims.count {
            // A label ("Account-level concurrency: 1,000 ...") names an entity, whatever its words.
            for index in claims[position].indices where !facts[position].text.has((claims[position][index].subject ?? "") + ":") {
                let subject = claims[position][index].subject
                if isPart(subject, in: facts[position].text), let named {
                    claims[position][index].subject = lexicon.canonicalSubject(named)
                    continue
                }
                guard refers(subject) else { continue }
                let fallback = fallbackSubject(lead: facts[position].lead, topic: topic, question: question)
                let resolved = entity ?? (refers(fallback) ? nil : fallback)
                if let resolved { claims[position][index].subject = lexicon.canonicalSubject(resolved) }
            }
            if let named = self.entity(of: facts[position].body), !refers(named) { entity = named }
        }
    }

    /// The "(" of the parentheses around `index`, within its sentence, if any.
    static func enclosingParenthesis(of index: Int, in text: [Unicode.Scalar]) -> Int? {
        var depth = 0
        var cursor = min(index, text.count) - 1
        while cursor >= 0 {
            let scalar = text[cursor]
            if scalar == ")" { depth += 1 }
            if scalar == "(" {
                if depth == 0 { return cursor }
                depth -= 1
            }
            if scalar == ".", cursor + 1 < text.count, text[cursor + 1] == " " { return nil }
            cursor -= 1
        }
        return nil
    }

    /// The clause holding `index`: between separators (",", ";", ":", "(", ")", "→", sentence ends).
    static func clauseBounds(around index: Int, in text: [Unicode.Scalar]) -> Range<Int> {
        func isSeparator(_ position: Int) -> Bool {
            let scalar = text[position]
            // A thousands separator ("1,000") is not a clause break.
            if scalar == ",", position + 1 < text.count, text[position + 1].isASCIIDigit { return false }
            if ",;()→".unicodeScalars.contains(scalar) { return true }
            if scalar == ":" || scalar == ".", position + 1 < text.count, text[position + 1] == " " { return true }
            if scalar == "-", position > 0, position + 1 < text.count, text[position - 1] == " ", text[position + 1] == " " { return true }
            return false
        }
        var start = min(index, text.count)
        while start > 0, !isSeparator(start - 1) { start -= 1 }
        var end = min(index, text.count)
        while end < text.count, !isSeparator(end) { end += 1 }
        return start..<end
    }

    /// The last run of capitalised words (with their versions) before the number: "Fermyon Spin",
    /// "Cloudflare Workers", "Java 21 + SnapStart", "Node.js 20". Words that name a metric ("Cold
    /// start 250ms") are not a subject.
    static func nameBefore(_ text: String) -> String? {
        let words = text.split(separator: " ").map(String.init)
        var end = words.count
        // Skip comparator words and symbols between the name and the number.
        while end > 0, ["up", "to", "at", "most", "least", "about", "~", "=", "is", "are", "of", "in", "under", "only", "with", "achieves", "takes", "from"].contains(words[end - 1].lowercased()) || words[end - 1].allSatisfy({ !$0.isLetter && !$0.isNumber }) {
            end -= 1
        }
        // Up to three lowercase words (a verb, an adverb) may stand between a name with a version
        // and the number: "The City 400 covers 40-60 km".
        var skipped = end
        while skipped > 0, end - skipped < 3, words[skipped - 1].first?.isLowercase == true, words[skipped - 1].allSatisfy(\.isLetter) {
            skipped -= 1
        }
        if skipped < end, skipped > 0, words[skipped - 1].allSatisfy({ $0.isNumber || "./+x".contains($0) }),
           skipped > 1, words[skipped - 2].first?.isUppercase == true {
            end = skipped
        }
        // Versions after a name: "Node.js 20", "Python 3.11/3.12", "Java 17/21".
        var start = end
        while start > 0, words[start - 1].allSatisfy({ $0.isNumber || "./+x".contains($0) }), words[start - 1].contains(where: \.isNumber) {
            start -= 1
        }
        let versionsStart = start
        // A lowercase head noun after a name belongs to it: "Standard workflows", "WebAssembly runtimes".
        if versionsStart == end, start >= 2, words[start - 1].first?.isLowercase == true, words[start - 1].allSatisfy(\.isLetter),
           words[start - 2].first?.isUppercase == true, !QuantityScanner.stopWords.contains(words[start - 1]),
           !verbLike.contains(words[start - 1]) {
            start -= 1
        }
        while start > 0 {
            let word = words[start - 1]
            guard let first = word.first, !word.contains(where: { "()$[]".contains($0) }) else { break }
            if first.isUppercase || word.contains(".") && word.contains(where: \.isLowercase) || word == "+" {
                start -= 1
            } else {
                break
            }
        }
        // A clause opening with a verb or adverb ("Allows", "Attempting", "Always") does not name it.
        while start < versionsStart, isOpeningVerb(words[start]) { start += 1 }
        // The name itself must be there: versions alone ("20") are not a subject.
        guard start < versionsStart || (versionsStart == end && start < end) else { return nil }
        while start < end, words[start] == "+" || ["The", "A", "An", "Its", "Our", "Your", "This", "That", "Each", "Every"].contains(words[start]) {
            start += 1
        }
        let name = words[start..<end].joined(separator: " ").trimmingCharacters(in: ":,(")
        let capitalised = name.split(separator: " ").contains { word in word.count >= 2 && word.first?.isUppercase == true }
        guard capitalised || name.contains("."), !namesAMetric(name), !isGeneric(name) || name.contains(where: \.isNumber) else { return nil }
        return name
    }

    /// Lowercase words that are verbs, never the head noun of a name ("SDK saves").
    static let verbLike: Set<String> = [
        "saves", "reduces", "adds", "avoids", "allows", "uses", "takes", "makes", "needs", "runs", "gets", "keeps",
        "supports", "provides", "requires", "achieves", "delivers", "costs", "expands", "enables", "reserve", "set",
    ]

    /// A capitalised word that opens a clause as a verb or adverb: "Allows", "Attempting", "Always".
    static func isOpeningVerb(_ word: String) -> Bool {
        guard let first = word.first, first.isUppercase, word.dropFirst().allSatisfy(\.isLowercase), word.count > 3 else { return false }
        let lowered = word.lowercased()
        return lowered.hasSuffix("ing") || verbLike.contains(lowered)
            || ["always", "never", "often", "also", "then", "set", "use", "avoid", "enable", "choose", "consider", "monitor", "upload"].contains(lowered)
    }

    /// "Cold start", "Cost", "Performance", "Example": words a clause opens with that are not entities.
    static func namesAMetric(_ name: String) -> Bool {
        let lowered = name.lowercased()
        if ["no", "yes", "use", "cost", "example", "note", "performance", "total", "average", "benchmark", "benchmarks"].contains(lowered) { return true }
        return metricKeywords.contains { keyword, _ in lowered == keyword || lowered.hasPrefix(keyword + " ") }
    }

    /// The label before the colon of the item the claim sits in: "(1) Node.js 20: 200-300ms" ->
    /// "Node.js 20". Generic one-word labels ("Cost:", "Performance:") are passed over for the
    /// label before them.
    static func itemLabel(before index: Int, in text: [Unicode.Scalar]) -> String? {
        var cursor = min(index, text.count) - 1
        while cursor > 0 {
            if text[cursor] == ":", cursor + 1 < text.count, text[cursor + 1] == " " {
                // Back to the previous separator outside parentheses: "Node.js 20 (1MB bundle, 512MB memory):".
                var start = cursor
                var depth = 0
                while start > 0 {
                    let scalar = text[start - 1]
                    if scalar == ")" { depth += 1 }
                    if scalar == "(" { if depth == 0 { break }; depth -= 1 }
                    if depth == 0, ",;:".unicodeScalars.contains(scalar) { break }
                    start -= 1
                }
                let label = cleanLabel(string(text, start, cursor))
                if let label, !isGeneric(label) { return label }
                cursor = start - 1
                continue
            }
            if text[cursor] == "." && cursor + 1 < text.count && text[cursor + 1] == " " { return nil }
            cursor -= 1
        }
        return nil
    }

    /// A label without its list marker and trailing parenthetical, or nil when it names nothing.
    static func cleanLabel(_ raw: String) -> String? {
        var label = withoutListMarker(raw.trimmingCharacters(in: "-•*"))
        if label.hasSuffix(")"), let open = label.lastIndex(of: "("), open > label.startIndex {
            label = String(label[..<open]).trimmingCharacters(in: "")
        }
        let hasWord = label.split(separator: " ").contains { $0.count >= 2 && $0.contains(where: \.isLetter) }
        guard hasWord, label.count <= 60, !label.contains("(") && !label.contains(")") else { return nil }
        return label
    }

    /// A subject that is a clause rather than a name ("On the highest fan speed the Aura 400 draws
    /// 45 W, so", "Is the X200 suitable for an open-plan kitchen") gives way to the most specific
    /// name inside it ("Aura 400", "X200"), or to nothing (the fallback then names the subject).
    public static func refinedSubject(_ subject: String) -> String? {
        let words = subject.split(separator: " ").map(String.init)
        // Quantified or questioning openings ("All noise figures", "Can I") are clauses too.
        let opening = words.first?.lowercased() ?? ""
        let clauseLike = words.count > 4 || subject.contains(where: { "=×,?".contains($0) })
            || ["all", "every", "each", "both", "some", "most", "any", "can", "does", "do", "is", "are", "how", "what", "which",
                "why", "when", "where", "who"].contains(opening)
        guard clauseLike else { return subject }
        var runs: [[String]] = []
        var current: [String] = []
        for (index, raw) in words.enumerated() {
            let word = raw.trimmingCharacters(in: ",.;:?!()\"'")
            let capitalised = word.first?.isUppercase == true && word.count >= 2 && !(index == 0 && word.dropFirst().allSatisfy(\.isLowercase))
            let model = word.contains(where: \.isNumber) && word.contains(where: \.isLetter)
            let version = !current.isEmpty && !word.isEmpty && word.allSatisfy { $0.isNumber || $0 == "." }
            if (capitalised || model || version), !word.isEmpty, !determiners.contains(word.lowercased()) {
                current.append(word)
            } else if !current.isEmpty {
                runs.append(current)
                current = []
            }
            if raw.last.map({ ",;:?!".contains($0) }) == true, !current.isEmpty {
                runs.append(current)
                current = []
            }
        }
        if !current.isEmpty { runs.append(current) }
        // The most specific: a model number or inner capital, else a name of several words.
        let distinctive = runs.filter { isDistinctive($0.joined(separator: " ")) }
        guard let best = distinctive.last else { return nil }
        let name = best.joined(separator: " ")
        return namesAMetric(name) || isGeneric(name) ? nil : name
    }

    /// Words that open or close a section heading rather than name an entity.
    static let sectionWords: Set<String> = [
        "how", "why", "when", "what", "where", "benchmarks", "benchmark", "comparison", "limit", "limits", "limitations",
        "benefits", "best", "use", "cases", "example", "examples", "performance", "cost", "costs", "pricing",
        "configuration", "requirements", "overview", "summary", "notes", "tips", "reuse", "results", "trends", "key",
    ]

    /// A label that names a property or a section, not an entity: "Cost", "Performance",
    /// "How they work", "Performance benchmarks", "Size limit".
    static func isGeneric(_ label: String) -> Bool {
        let words = label.split(separator: " ").map { $0.lowercased() }
        guard let first = words.first, let last = words.last else { return true }
        if words.count == 1 {
            // "Cost", "Performance", "Configuration" are headings; "Cloudflare", "Lambda" are names.
            let plain = !label.dropFirst().contains(where: \.isUppercase) && !label.contains(where: \.isNumber) && !label.contains(".")
            let abstract = ["tion", "tions", "ance", "ence", "ment", "ments", "ing", "ity", "ness", "ics"].contains { first.hasSuffix($0) }
            return plain && (sectionWords.contains(first) || namesAMetric(label) || abstract)
        }
        let plain = label.dropFirst().allSatisfy { !$0.isUppercase } && !label.contains(where: \.isNumber)
        return plain && (sectionWords.contains(first) || sectionWords.contains(last) || namesAMetric(label))
    }

    /// The subject of a claim whose fact names none: the head of the fact's lead-in ("Benchmarks
    /// (2025):" gives nothing useful, "Fermyon Spin:" gives "Fermyon Spin"), else the answer's topic.
    public static func fallbackSubject(lead: String, topic: String, question: String? = nil) -> String {
        // The lead's own name first; then the product a question names ("How heavy is the
        // Ridgeline 2P tent?" -> "Ridgeline 2P"); then the topic.
        let head = withoutListMarker(lead.trimmingCharacters(in: ":-"))
        if nameBefore(head) == nil, let question, let named = namedEntity(inQuestion: question) { return named }
        let subject = untidyFallbackSubject(lead: lead, topic: topic)
        // "Maximum of 5 layers per Lambda function" opens with a bound: the name inside it.
        return SubjectPhrase.tidy(subject) ?? lastName(in: subject) ?? subject
    }

    /// The last run of capitalised words after the first word: "Maximum of 5 layers per Lambda
    /// function" -> "Lambda".
    static func lastName(in text: String) -> String? {
        var runs: [[String]] = []
        var current: [String] = []
        for (index, raw) in text.split(separator: " ").enumerated() {
            let word = SubjectPhrase.bare(String(raw))
            if index > 0, word.first?.isUppercase == true, word.count >= 2 {
                current.append(word)
            } else if !current.isEmpty {
                runs.append(current)
                current = []
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs.last.map { $0.joined(separator: " ") }
    }

    /// The most specific name a question asks about: a model number or a name of several
    /// capitalised words ("Ridgeline 2P", "ClearFlow Squeeze"), or nil.
    static func namedEntity(inQuestion question: String) -> String? {
        refinedSubject(question.hasSuffix("?") ? question : question + "?").flatMap(SubjectPhrase.tidy)
    }

    static func untidyFallbackSubject(lead: String, topic: String) -> String {
        let head = withoutListMarker(lead.trimmingCharacters(in: ":-"))
        if let name = nameBefore(head), name.count <= 60 { return refinedSubject(name) ?? name }
        // A question as topic names its subject inside: "Is the X200 suitable for an open-plan kitchen".
        let opening = topic.split(separator: " ").first?.lowercased() ?? ""
        if topic.hasSuffix("?") || ["is", "are", "can", "does", "do", "how", "what", "which", "why", "when", "where", "who",
                                    "will", "should"].contains(opening) {
            return refinedSubject(topic) ?? topic
        }
        // A topic that is a clause ("On a DC fast charger the car accepts up to 250 kW") names its
        // subject phrase ("car").
        if case .phrase(let name, clause: true)? = SubjectPhrase.opening(of: topic) {
            return refinedSubject(name) ?? name
        }
        return topic
    }

    /// "(1) Node.js 20" -> "Node.js 20"; "2) Multi-agent" -> "Multi-agent"; "3. Code" -> "Code".
    static func withoutListMarker(_ label: String) -> String {
        var text = Substring(label.trimmingCharacters(in: ""))
        if text.hasPrefix("("), let close = text.firstIndex(of: ")"), text.distance(from: text.startIndex, to: close) <= 3 {
            text = text[text.index(after: close)...]
        } else {
            let digits = text.prefix(while: \.isNumber)
            if !digits.isEmpty, digits.count <= 2, let next = text.dropFirst(digits.count).first, next == ")" || next == "." {
                text = text.dropFirst(digits.count + 1)
            }
        }
        return String(text).trimmingCharacters(in: "")
    }

    /// Dimensions each built-in metric measures; a keyword only names the metric of a claim of
    /// such a dimension ("3s vs 30s for 50MB package": the seconds are not a package size).
    static let metricDimensions: [String: Set<String>] = [
        "cold start": ["time", "percent", "ratio"], "warm start": ["time", "percent"], "timeout": ["time"],
        "duration": ["time"], "latency": ["time"], "retention": ["time"], "memory": ["information"],
        "storage": ["information"], "package size": ["information"], "image size": ["information"],
        "size limit": ["information"], "reduction": ["percent", "ratio", "time", "information"], "speedup": ["ratio"],
        "throughput": ["rate"], "concurrency": ["count"], "range": ["length"], "weight": ["mass"], "capacity": ["energy", "charge", "volume", "information"],
        "charge time": ["time"], "power": ["power"], "speed": ["rate", "speed", "data rate"], "warranty": ["time", "length"],
        "lifespan": ["time", "count"], "acceleration": ["time"], "noise": ["sound level"], "savings": ["percent", "energy"],
        "discount": ["percent"], "incentive": ["percent"], "payback": ["time"], "efficiency": ["percent"],
        "energy consumption": ["energy", "rate"],
    ]

    /// Whether `metric` can describe `claim` (metrics from a lexicon always can).
    static func fits(_ metric: String, _ claim: NumericClaim) -> Bool {
        if metric == "price" { return claim.dimension.hasPrefix("money") }
        guard let dimensions = metricDimensions[metric] else { return true }
        // The two sides of "3-5s → 200-400ms" are states, not the reduction itself.
        if metric == "reduction" || metric == "speedup", claim.role != nil, claim.kind != .percent, claim.kind != .ratio { return false }
        if claim.kind == .rate { return dimensions.contains("rate") }
        let dimension = claim.dimension.hasPrefix("count:") || claim.dimension == "count" ? "count" : claim.dimension
        return dimensions.contains(dimension)
    }

    /// The metric a claim's unit implies when no keyword names one.
    static func impliedMetric(_ claim: NumericClaim) -> String? {
        switch claim.dimension {
        case "time": return "duration"
        case "information": return "size"
        case "percent": return "percentage"
        case "ratio": return "ratio"
        case "length": return "distance"
        case "mass": return "weight"
        case "energy", "charge": return "capacity"
        case "power", "voltage", "current", "temperature", "frequency", "pressure", "torque", "volume": return claim.dimension
        case "speed", "data rate": return "speed"
        case "sound level": return "noise"
        case "luminous flux": return "brightness"
        case "illuminance": return "illuminance"
        case "volume/time": return "flow rate"
        default:
            if claim.dimension.hasPrefix("money") { return "price" }
            if claim.dimension.hasPrefix("count:") { return "count" }
            return claim.kind == .rate ? "throughput" : nil
        }
    }

    /// The sentence holding `index`, and where it starts.
    static func sentenceText(around index: Int, in text: [Unicode.Scalar]) -> (String, Int) {
        var start = min(index, text.count)
        while start > 0, !(text[start - 1] == " " && start > 1 && ".!?".unicodeScalars.contains(text[start - 2])) { start -= 1 }
        var end = min(index, text.count)
        while end < text.count, !(".!?".unicodeScalars.contains(text[end]) && (end + 1 == text.count || text[end + 1] == " ")) { end += 1 }
        return (string(text, start, end), start)
    }

    /// Metrics a sum of money can have besides its price.
    static let moneyMetrics: Set<String> = ["savings", "discount", "incentive", "payback"]

    static func metric(in clause: String, at offset: Int, length: Int, claim: NumericClaim,
                       keywords: [(String, String)] = metricKeywords) -> String? {
        if claim.kind == .money || claim.kind == .moneyRate {
            let lowered = clause
            return keywords.first { moneyMetrics.contains($0.1) && lowered.contains($0.0) }?.1 ?? "price"
        }
        // The keyword nearest the number wins ("warm and ready with double-digit millisecond response times").
        let scalars = Array(clause.unicodeScalars)
        var best: (distance: Int, metric: String)?
        for (keyword, metric) in keywords where fits(metric, claim) {
            let pattern = Array(keyword.unicodeScalars)
            guard pattern.count <= scalars.count else { continue }
            for position in 0...(scalars.count - pattern.count) where scalars[position] == pattern[0] && Array(scalars[position..<(position + pattern.count)]) == pattern {
                let distance = position >= offset + length ? position - (offset + length) : position + pattern.count <= offset ? offset - (position + pattern.count) : 0
                if best == nil || distance < best?.distance ?? Int.max { best = (distance, metric) }
            }
        }
        if claim.kind == .percent || claim.kind == .ratio, ["reduc", "saves", "save ", "cut", "lower"].contains(where: clause.contains) {
            return "reduction"
        }
        if let best { return best.metric }
        return impliedMetric(claim)
    }

    /// Qualifiers in the claim's clause: "with X" / "without X", scope ("per region", "across
    /// zones", "platform-wide"), place ("on localhost"), a setting ("at 10GB memory"), a state or
    /// circumstance ("after 50 GB", "during peak hours", "when idle", "under load"), and free
    /// allowances ("first 4,000 free").
    static func conditions(in clause: String, claim: NumericClaim) -> [String] {
        var found: [String] = []
        let words = clause.split(separator: " ").map(String.init)
        for (index, word) in words.enumerated() {
            let lowered = word.lowercased().trimmingCharacters(in: ".,;:()")
            let opensSetting = lowered == "at" && index + 1 < words.count && words[index + 1].first?.isNumber == true
            guard ["with", "without", "per", "on", "across", "after", "during", "while", "when", "if", "under"].contains(lowered)
                    || opensSetting, index + 1 < words.count else { continue }
            // "on average", "on top of": statistics and idioms, not places.
            if lowered == "on", ["average", "top", "demand"].contains(words[index + 1].lowercased().trimmingCharacters(in: ".,;:()")) { continue }
            // The claim's own words are not a condition of it ("at 512MB" describing 512MB itself).
            let phrase = ([word] + words[(index + 1)..<min(words.count, index + 3)]).joined(separator: " ")
                .trimmingCharacters(in: ".,;:)")
            if opensSetting, phrase.contains(claim.surface) { continue }
            found.append(phrase)
        }
        return found
    }

    /// "platform-wide", "first 4,000 free" anywhere in the sentence.
    static func sentenceConditions(_ sentence: String) -> [String] {
        var found: [String] = []
        let words = sentence.split(separator: " ").map(String.init)
        for (index, word) in words.enumerated() {
            let lowered = word.lowercased().trimmingCharacters(in: ".,;:()")
            if lowered.hasSuffix("-wide") { found.append(lowered) }
            if lowered == "first", index + 2 < words.count, words[index + 2].lowercased().hasPrefix("free") {
                found.append(words[index...(index + 2)].joined(separator: " ").trimmingCharacters(in: ".,;:)"))
            }
        }
        return found
    }

    static func string(_ text: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        text.string(start, end)
    }
}
