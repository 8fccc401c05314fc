import KBClaims
import KBModel
import KBText

/// Pairs of numeric claims that speak of the same thing, scored: the evidence behind numeric and
/// stale findings.
///
/// Candidates come from an inverted index over (dimension, identifying subject word), so work
/// stays near-linear in the corpus. Each pair is scored:
/// - subject similarity (``EntityMatcher``), at least 0.35;
/// - attribute: the same ontology metric (1), the same counted noun (1), two metrics of the
///   ontology that differ (blocked), otherwise the overlap of the words around the two values;
/// - qualifiers: the same kind with different values blocks the pair ("on Crew" against "on
///   Solo", "with SnapStart" against "without"); a qualifier on one side only lowers the score;
/// - a typical value, or two values in one answer, lower it too.
/// Claims that are hedged (examples, scenarios, recommendations, rumours, uncertain, settings) or
/// without a subject take part in no pair; a value before a change meets only a value before a
/// switch (``sameTime(_:_:)``).
///
/// A property the corpus gives many different values for is a measurement that depends on
/// conditions the text does not state (cold starts of different functions, latencies under
/// different loads), not a fact stated twice: when the claims aligned with a pair hold three or
/// more values that cannot all hold, no pair of them is a finding. A limit stated as 15 minutes
/// three times and as 5 minutes once is still compared.
struct NumericAlignment {
    struct Side {
        var fact: Int
        var claim: NumericClaim
        /// Whether the claim is an offset from an event (``isOffset(_:in:)``), read once.
        var offset = false
        /// Whether the claim is a value before an arrow (``isBeforeArrow(_:in:)``), read once.
        var beforeArrow = false
    }

    struct Pair {
        var a: Side
        var b: Side
        var confidence: Double
        var reasons: [String]
        var subject: String
        var attribute: String
        /// How strongly the values disagree (see ``disagreement(_:_:)``); nil when they agree.
        var strength: Double?
    }

    let context: CheckContext

    static func eligible(_ claim: NumericClaim) -> Bool {
        guard let subject = claim.subject, !subject.isEmpty, claim.hedge == nil || claim.hedge == .typical,
              let metric = claim.metric, !metric.isEmpty else { return false }
        // "200x", "3x faster" compare two things; the arithmetic rule checks them against their terms.
        if claim.dimension == .ratio { return false }
        // A bare count with no named property says nothing comparable; nor does a count of varieties
        // ("two data types", "four kinds of objects"): what varies is named elsewhere.
        if claim.dimension == .count(""), metric == "count" { return false }
        if case .count(let noun) = claim.dimension, let head = noun.split(separator: " ").last, Lexicon.standard.classes(of: String(head)).contains(.generic) {
            return false
        }
        if case .count = claim.dimension {
            // "a single file", "one bug": one of a thing names an instance, not an amount (unless
            // bounded: "at most one session").
            if claim.comparator == .equal, claim.low == 1, claim.high == 1 { return false }
            // "zero mailboxes", "more than one mailbox": a count of none or of several describes a
            // case ("your username maps to zero mailboxes"), not an amount two facts could differ on.
            if claim.low == 0 && claim.high == 0 || (claim.comparator == .greater || claim.comparator == .greaterOrEqual) && (claim.low ?? 0) <= 1 { return false }
            // A count is about its subject only when the subject is named where the count is said:
            // counts of events and parts ("does two binary searches") are too loosely tied to a
            // subject taken from the context.
            if claim.subjectWeight < 0.8 { return false }
            // A count joined to its noun by a hyphen modifies another noun ("64-bit Windows", "a
            // two-character sequence", "a 4-digit year"): a kind of thing, not how many there are.
            if isCompound(claim) { return false }
        }
        // A bare -1, 0 or 1 is a code or a flag ("returns -1", "the flag is 1"): different codes are
        // different states, not two values of one quantity.
        if claim.dimension == .count(""), claim.unit.isEmpty, let low = claim.low, let high = claim.high, low >= -1, high <= 1 { return false }
        return claim.normalizedLow != nil || claim.normalizedHigh != nil
    }

    /// Whether a text is mostly numbers (five or more, half as many as its other words): a table's rows
    /// run together ("text data bss rss 98398 1664 24 1824 rxvt ..."). A bare number there is a
    /// cell, and what it measures is its column's heading, which the text does not tie to it.
    static func isRowOfNumbers(_ text: String) -> Bool {
        var numbers = 0, words = 0
        WordScan.words(text) { _, shape, _ in if shape == .number { numbers += 1 } else { words += 1 } }
        return numbers >= 5 && numbers * 2 >= words
    }

    /// Whether a claim's value is assigned in code (`:set foldlevelstart=99`, `setlocal
    /// textwidth=80`): a name glued to "=" before the value, in a fact of one line without a
    /// sentence's end. A command shows how to set something to a value of the reader's choosing;
    /// two commands with other values are two examples, not two statements of one fact.
    static func isAssignedInCode(_ claim: NumericClaim, in text: String) -> Bool {
        // (Only the two scalars before the value are read: this runs for every claim of the corpus.)
        let scalars = text.unicodeScalars
        guard claim.start >= 2, let name = scalars.index(scalars.startIndex, offsetBy: claim.start - 2, limitedBy: scalars.endIndex),
              name < scalars.endIndex, case let sign = scalars.index(after: name), sign < scalars.endIndex, scalars[sign] == "=",
              scalars[name].properties.isAlphabetic || scalars[name].properties.numericType != nil || scalars[name] == "_" else { return false }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
        return !text.contains("\n") && words.last?.hasSuffix(".") != true && words.count <= 6
    }

    /// Every pair worth a finding, with its score.
    ///
    /// - Parameters:
    ///   - watched: two fact indexes whose claim pairs are traced (``Checker/explain(_:_:_:)``).
    ///   - trace: told, for each claim pair of the watched facts, what became of it.
    func pairs(watching watched: Set<Int> = [], trace: (String) -> Void = { _ in }) -> [Pair] {
        let facts = context.facts
        var sides: [Side] = []
        for (index, fact) in facts.enumerated() {
            let cells = Self.isRowOfNumbers(fact.text)
            for claim in fact.claims where (Self.eligible(claim) || Self.eligibleByWording(claim)) && !(cells && claim.unit.isEmpty) && !Self.isAssignedInCode(claim, in: fact.text) {
                sides.append(Side(fact: index, claim: claim, offset: Self.isOffset(claim, in: fact.text), beforeArrow: Self.isBeforeArrow(claim, in: fact.text)))
            }
        }
        func isWatched(_ i: Int, _ j: Int) -> Bool { watched.count == 2 && Set([sides[i].fact, sides[j].fact]) == watched }
        func name(_ i: Int, _ j: Int) -> String { "\(sides[i].claim.surface) / \(sides[j].claim.surface)" }
        if watched.count == 2 {
            for index in watched.sorted() {
                for claim in facts[index].claims {
                    trace("claim \(claim.surface): subject \(claim.subject ?? "-") (keys \(context.entities.keys(claim.subject ?? "").joined(separator: " "))), metric \(claim.metric ?? "-"), dimension \(claim.dimension.rawValue)"
                        + (Self.eligible(claim) ? ", paired by subject" : "") + (Self.eligibleByWording(claim) ? ", paired by wording" : "")
                        + (Self.eligible(claim) || Self.eligibleByWording(claim) ? "" : ", takes part in no pair"))
                }
            }
        }
        // Inverted index: dimension + an identifying word of the subject.
        var buckets: [String: [Int]] = [:]
        for (index, side) in sides.enumerated() where Self.eligible(side.claim) {
            for key in context.entities.keys(side.claim.subject ?? "") {
                buckets[Self.dimensionKey(side.claim) + "\u{1F}" + key, default: []].append(index)
            }
        }
        var seen: Set<Int64> = [], unnamedUnlike: Set<Int64> = []
        var analyses: [Int: Set<String>] = [:]
        var texts: [Int: TextAnalysis] = [:]
        var aligned: [(i: Int, j: Int, pair: Pair)] = []
        var partners: [Int: [Int]] = [:]
        var why = ""
        for key in buckets.keys.sorted() {
            guard let members = buckets[key], members.count > 1 else { continue }
            for (position, i) in members.enumerated() {
                for j in members[(position + 1)...] {
                    let pairKey = Self.pairKey(i, j)
                    guard seen.insert(pairKey).inserted else { continue }
                    guard let pair = score(sides[i], sides[j], analyses: &analyses, why: &why) else {
                        if isWatched(i, j) { trace("\(name(i, j)): by subject, no pair: \(why)") }
                        if why.hasPrefix(Self.subjectsUnlike), !context.entities.isNamed(sides[i].claim.subject ?? ""),
                           !context.entities.isNamed(sides[j].claim.subject ?? "") { unnamedUnlike.insert(pairKey) }
                        continue
                    }
                    aligned.append((i, j, pair))
                    if pair.confidence >= 0.3 {
                        partners[i, default: []].append(j)
                        partners[j, default: []].append(i)
                    }
                }
                if position > 400 { break }
            }
        }
        // Values whose sentences share identifying words, whatever their subjects were read as.
        // A pair the subject pairing refused because two subjects in common nouns were read unlike
        // ("self-pay flu shots", "flu vaccines": the same thing in other words) is judged again by
        // its wording; a pair refused for its names (two names are two things), metrics or
        // qualifiers is not.
        for (i, j, shared) in wordingCandidates(sides) {
            let pairKey = Self.pairKey(i, j)
            guard seen.insert(pairKey).inserted || unnamedUnlike.contains(pairKey) else { continue }
            guard let pair = scoreWording(sides[i], sides[j], shared: shared, analyses: &texts, why: &why) else {
                if isWatched(i, j) { trace("\(name(i, j)): by wording (\(shared.joined(separator: ", "))), no pair: \(why)") }
                continue
            }
            aligned.append((i, j, pair))
            if pair.confidence >= 0.3 {
                partners[i, default: []].append(j)
                partners[j, default: []].append(i)
            }
        }
        if watched.count == 2 {
            for i in sides.indices {
                for j in sides.indices where j > i && isWatched(i, j) {
                    if !seen.contains(Self.pairKey(i, j)) { trace("\(name(i, j)): never compared (no identifying subject word in common, and not two short facts sharing two identifying words)") }
                }
            }
        }
        var result: [Pair] = []
        let taxes = StatedTax(facts)
        for (i, j, var pair) in aligned {
            guard let strength = pair.strength else {
                if isWatched(i, j) { trace("\(name(i, j)): aligned (\(pair.reasons.joined(separator: "; "))), but the values can both hold") }
                continue
            }
            // One price before and after a percentage the corpus states ("£40" and "£48 including VAT").
            if let addition = taxes.explains(sides[i].claim, in: facts[sides[i].fact].text, sides[j].claim, in: facts[sides[j].fact].text) {
                if isWatched(i, j) { trace("\(name(i, j)): aligned, but one is the other with the \(addition) the corpus states") }
                continue
            }
            pair.confidence *= strength
            let neighbourhood = Set([i, j] + (partners[i] ?? []) + (partners[j] ?? []))
            let values = Self.distinctValues(neighbourhood.sorted().map { sides[$0].claim })
            // Three or more different values of one aligned quantity are a measurement that varies
            // (by version, workload, element), not two statements of which one is wrong.
            if values >= 3 {
                if isWatched(i, j) {
                    let others = neighbourhood.subtracting([i, j]).sorted().map { "\(sides[$0].claim.surface) (fact \(facts[sides[$0].fact].id))" }
                    trace("\(name(i, j)): aligned, but \(values) different values are aligned with it: \(others.joined(separator: ", "))")
                }
                continue
            }
            if isWatched(i, j) { trace("\(name(i, j)): paired, confidence \(Self.show(pair.confidence)) (\(pair.reasons.joined(separator: "; ")))") }
            result.append(pair)
        }
        return result
    }

    /// How many different values the claims give: their intervals as written (not widened by
    /// rounding), grouped where they overlap.
    static func distinctValues(_ claims: [NumericClaim]) -> Int {
        let intervals = claims.compactMap { interval($0, widened: false) }.sorted { $0.low < $1.low }
        var groups = 0
        var reach = -Double.infinity
        for interval in intervals {
            if interval.low > reach { groups += 1 }
            reach = max(reach, interval.high)
        }
        return groups
    }

    func attributeWords(_ side: Side, cache: inout [Int: Set<String>]) -> Set<String> {
        let key = side.fact << 16 ^ side.claim.start
        if let words = cache[key] { return words }
        let words = Attribute.words(of: side.claim, in: TextAnalysis(context.facts[side.fact].text))
        cache[key] = words
        return words
    }

    func score(_ a: Side, _ b: Side, analyses: inout [Int: Set<String>], why: inout String) -> Pair? {
        func no(_ reason: String) -> Pair? {
            why = reason
            return nil
        }
        let factA = context.facts[a.fact], factB = context.facts[b.fact]
        guard a.fact != b.fact, factA.clusterID != factB.clusterID, Self.dimensionKey(a.claim) == Self.dimensionKey(b.claim) else { return no("same fact, same cluster or another dimension") }
        // Rates stated per different periods are different offers ("$14 a month" billed monthly,
        // "$144 a year" billed yearly): compare only those written per the same unit.
        if case .per = a.claim.dimension, Self.denominator(a.claim.unit) != Self.denominator(b.claim.unit) { return no("rates per different units") }
        guard let subjectA = a.claim.subject, let subjectB = b.claim.subject else { return no("a subject is unread") }
        // A bare number named as a version ("the minimum Python version is 2.4") is a release,
        // not a count: it meets no count of things ("two versions").
        func isRelease(_ claim: NumericClaim) -> Bool {
            claim.dimension == .count("") && (claim.metric?.split(separator: " ").last).map { Lexicon.standard.classes(of: String($0)).contains(.versionWord) } == true
        }
        guard isRelease(a.claim) == isRelease(b.claim) else { return no("a release number against a count") }
        guard Self.sameTime(a, b) else { return no("a value before a change") }
        guard a.offset == b.offset || offsetStatesSpan(a, b) else { return no("one value is an offset from an event, the other a span") }
        // The items of one enumeration are parallel cases, not restatements of one another.
        if factA.answerID == factB.answerID, !factA.lead.isEmpty, factA.lead == factB.lead { return no("items of one enumeration") }
        var reasons: [String] = []
        // Subject.
        let entity = context.entities.similarity(subjectA, subjectB)
        guard entity >= 0.35 else { return no(Self.subjectsUnlike + " (\(Self.show(entity)))") }
        reasons.append(subjectA == subjectB ? "same subject: \(subjectA)" : "same subject: \(subjectA) ~ \(subjectB) (\(Self.show(entity)))")
        // Attribute.
        let metricA = a.claim.metric ?? "", metricB = b.claim.metric ?? ""
        var attribute: Double
        let genericA = Attribute.isGeneric(metricA), genericB = Attribute.isGeneric(metricB)
        let wordsOfA = Set(metricA.split(separator: " ")), wordsOfB = Set(metricB.split(separator: " "))
        if metricA == metricB, !genericA {
            attribute = 1
            reasons.append("same metric: \(metricA)")
        } else if !genericA, !genericB, a.claim.dimension.isCount, wordsOfA.isSubset(of: wordsOfB) || wordsOfB.isSubset(of: wordsOfA) {
            // Counted things named more or less fully: "regions" and "storage regions", "5
            // devices" and "three linked devices". The fuller name may also count a narrower set
            // ("two SQLite database files", "one hundred files"), so a subject whose name the
            // other's extends is another thing here ("SQLite Database Diff", "SQLite").
            guard !context.entities.extendsName(subjectA, subjectB) else { return no("counts of things named more or less fully, for two things: \(subjectA) / \(subjectB)") }
            attribute = 0.6
            reasons.append("same counted thing: \(metricA) ~ \(metricB)")
        } else if !genericA, !genericB, factA.answerID != factB.answerID, let (head, modifiers) = Self.sameHead(metricA, metricB) {
            // One property named more or less fully in two answers: "excess" and "fixed excess".
            // Two modifiers that differ name two properties ("late fee", "admin fee"); so does a
            // modifier within one answer, whose author chose the words side by side ("6 byte
            // format", "8 byte length format"). So do two facts whose words modify that property's
            // word differently ("Evening seats" and "matinee seats", see ``modifiersDiffer``).
            if Self.modifiersDiffer(TextAnalysis(factA.text), TextAnalysis(factB.text), shared: [Stemmer.stem(head)]) {
                return no("the property's word is modified differently: \(metricA) / \(metricB)")
            }
            attribute = 0.85
            reasons.append("same property: \(head)" + (modifiers.isEmpty ? "" : " (\(modifiers))"))
        } else if !genericA, !genericB, factA.answerID != factB.answerID,
                  Self.namesWhatIsPriced(metricA, by: metricB, in: factB.text, claim: a.claim) || Self.namesWhatIsPriced(metricB, by: metricA, in: factA.text, claim: b.claim) {
            // A sum named by what it prices ("parking ... is NOK 80 per day") and that thing's price.
            attribute = 0.85
            reasons.append("the price of \(metricA == "price" ? metricB : metricA)")
        } else if !genericA, !genericB {
            return no("two metrics differ: \(metricA) / \(metricB)")
        } else if genericA && genericB || genericA && metricB == "price" || genericB && metricA == "price",
                  a.claim.dimension.isMoney || Self.isMeasure(a.claim.dimension) && genericA && genericB,
                  factA.answerID != factB.answerID, entity >= 0.6,
                  context.entities.isNamed(subjectA) && context.entities.isNamed(subjectB)
                    || (entity >= 0.9 || Self.namedMoreFully(subjectA, subjectB)) && a.claim.subjectWeight >= 0.7 && b.claim.subjectWeight >= 0.7,
                  Self.onlyValue(a, in: factA), Self.onlyValue(b, in: factB), Self.withinRatio(a.claim, b.claim) {
            // A sum of money stated for a named thing (or a thing both facts name in the same words
            // where they state it: "Disc locks are $22", "we charge $32 for a disc lock"), the only
            // one its fact gives and with no other property named, is its price ("The Forge M2
            // sells for $229", "the M2 is $199"), and
            // meets a price stated as one. The property is inferred, so the values must be of one
            // range (within ``wordingRatioLimit``), as for pairs met by their wording.
            // So is a physical measure (a temperature, a length, a weight) with no property named:
            // the one such value two facts give for a thing named in the same words is one
            // property of it ("The hot tubs are kept at 38°C", "your hot tub will be heated to 40°C").
            attribute = 0.6
            reasons.append("the one \(a.claim.dimension.isMoney ? "sum" : "measure") each fact gives \(subjectA == subjectB ? subjectA : "the same name")")
        } else {
            let wordsA = attributeWords(a, cache: &analyses), wordsB = attributeWords(b, cache: &analyses)
            // The wording around two values must largely agree: at least half of the smaller
            // clause's words, and two words unless that clause has no more than two.
            let shared = wordsA.intersection(wordsB)
            let smaller = min(wordsA.count, wordsB.count)
            guard smaller > 0, !shared.isEmpty, shared.count >= min(2, smaller) else { return no("wording around the values shares too little: \(shared.sorted())") }
            let overlap = Double(shared.count) / Double(smaller)
            guard overlap >= 0.5 else { return no("wording overlap \(Self.show(overlap)) below 0.5") }
            attribute = (genericA && genericB ? 0.9 : 0.7) * min(1, 0.4 + overlap)
            reasons.append("alike wording: \(shared.sorted().joined(separator: ", ")) (\(Self.show(attribute)))")
        }
        // Qualifiers.
        guard let (qualifier, qualifierReasons) = Self.qualifiers(a.claim, b.claim) else { return no("qualifiers of one kind differ") }
        reasons += qualifierReasons
        // A subject taken from the answer's context rather than the value's clause is less sure.
        let subjectSureness = min(1, a.claim.subjectWeight / 0.85) * min(1, b.claim.subjectWeight / 0.85)
        if subjectSureness < 1 {
            // Then the questions the two answers answer say what the values are of: questions
            // that name different things ("Maximum header size exceeded", "Maximum buffer size
            // exceeded") keep the values apart, whatever subject their context gave both.
            if factA.answerID != factB.answerID, let questionA = factA.question, let questionB = factB.question,
               Self.questionsNameDifferentThings(questionA, questionB) { return no("subject from context; the questions name different things") }
            reasons.append("subject from context (\(Self.show(subjectSureness)))")
        }
        var confidence = entity * attribute * qualifier * subjectSureness
        if a.claim.hedge == .typical || b.claim.hedge == .typical {
            confidence *= 0.7
            reasons.append("a typical value")
        }
        if factA.answerID == factB.answerID {
            confidence *= 0.8
            reasons.append("both in one answer")
        }
        let subject = context.entities.display(subjectA, subjectB)
        let attributeName = !genericA ? metricA : metricB
        return Pair(a: a, b: b, confidence: min(1, confidence), reasons: reasons, subject: subject, attribute: attributeName,
                    strength: Self.disagreement(a.claim, b.claim))
    }

    /// Whether an offset from an event and a span say the same: both claims name one property,
    /// and the offset is that property's own event ("valid for two years from purchase", "expires
    /// 12 months after it was bought": the voucher's expiry). Otherwise they are two times ("the
    /// appointment is 60 minutes", "arrive 30 minutes before").
    func offsetStatesSpan(_ a: Side, _ b: Side) -> Bool {
        guard let metric = a.claim.metric, metric == b.claim.metric, !Attribute.isGeneric(metric) else { return false }
        let offset = a.offset ? a : b
        let before = DerivedValues.words(of: context.facts[offset.fact].text, in: max(0, offset.claim.start - 30)..<offset.claim.start)
        return (max(0, before.count - 2)..<before.count).contains { Lexicon.standard.metric(before, at: $0)?.metric.name == metric }
    }

    /// Whether a span of time is an offset from an event: the word after it is one of the
    /// lexicon's `offset` words ("check in 30 minutes ahead of the scheduled time", "cancel 24
    /// hours before"). An offset says when; a duration ("scheduled for 60 minutes") how long.
    static func isOffset(_ claim: NumericClaim, in text: String) -> Bool {
        guard claim.dimension == .time, let word = DerivedValues.words(of: text, in: claim.end..<(claim.end + 24)).first else { return false }
        // "for 12 months after purchase" lasts 12 months from an event: a span, as "for 12 months" is.
        if DerivedValues.words(of: text, in: max(0, claim.start - 12)..<claim.start).last == "for" { return false }
        return Lexicon.standard.classes(of: word).contains(.offset)
    }

    /// Whether two values may be compared as of one time. A value replaced in time ("1 MiB
    /// instead of 64 KiB", "changed from 16 KiB to 1 MiB") is history: two earlier values of one
    /// setting were replaced at different times, and the stale rule reads them. A value before
    /// an arrow ("8-12 s cold starts → <1 s with SnapStart") is the state before a switch, a
    /// condition that holds today: it meets another value before a switch, and nothing else.
    static func sameTime(_ a: Side, _ b: Side) -> Bool {
        switch (a.claim.role == .before, b.claim.role == .before) {
        case (false, false): true
        case (true, true): a.beforeArrow && b.beforeArrow
        default: false
        }
    }

    /// Whether an arrow follows a value before a change within its clause ("8-12 second cold
    /// starts →").
    static func isBeforeArrow(_ claim: NumericClaim, in text: String) -> Bool {
        let scalars = text.unicodeScalars
        guard claim.role == .before, claim.end >= 0, let start = scalars.index(scalars.startIndex, offsetBy: claim.end, limitedBy: scalars.endIndex) else { return false }
        let after = String(String.UnicodeScalarView(scalars[start...].prefix(40)))
        guard let arrow = after.firstIndex(where: { "→⇒".contains($0) }) ?? after.range(of: "->")?.lowerBound else { return false }
        return !after[..<arrow].contains(where: { ",;.(".contains($0) })
    }

    /// The key of a pair of sides, whichever comes first.
    static func pairKey(_ i: Int, _ j: Int) -> Int64 {
        Int64(min(i, j)) << 32 | Int64(max(i, j))
    }

    /// Why ``score(_:_:analyses:why:)`` refuses two claims whose subjects were read unlike.
    static let subjectsUnlike = "subjects unlike"

    /// A claim compared by the wording of its sentence: any claim with a value but a count, a
    /// ratio, or a hedged one (its subject and metric may be unread).
    static func eligibleByWording(_ claim: NumericClaim) -> Bool {
        guard claim.hedge == nil || claim.hedge == .typical, claim.dimension != .ratio else { return false }
        if claim.dimension.isCount, !countsAmount(claim) { return false }
        return claim.normalizedLow != nil || claim.normalizedHigh != nil
    }

    /// Whether a claim's number is joined to the word after it by a hyphen ("64-bit", "two-character"),
    /// not to another number ("3-4 items").
    static func isCompound(_ claim: NumericClaim) -> Bool {
        let scalars = Array(claim.surface.unicodeScalars)
        return scalars.indices.dropFirst().contains { index in
            scalars[index] == "-" && index + 1 < scalars.count && scalars[index + 1].properties.isAlphabetic
                && (scalars[index - 1].properties.numericType != nil || scalars[index - 1].properties.isAlphabetic)
        }
    }

    /// Whether a count met by wording is an amount two facts could state differently: a bound
    /// ("up to 8 paddlers") of a thing named by a noun that is not generic (not "two kinds"), and
    /// neither one of it (an instance: "one account"), none, more than one, nor a kind named by a
    /// compound ("4-digit").
    static func countsAmount(_ claim: NumericClaim) -> Bool {
        guard case .count(let noun) = claim.dimension, let head = noun.split(separator: " ").last,
              !Lexicon.standard.classes(of: String(head)).contains(.generic) else { return false }
        if claim.comparator == .equal, claim.low == 1, claim.high == 1 { return false }
        if claim.low == 0 && claim.high == 0 || (claim.comparator == .greater || claim.comparator == .greaterOrEqual) && (claim.low ?? 0) <= 1 { return false }
        // A count joined to its noun by a hyphen modifies another noun: "a 4-digit year", "a
        // six-tuple", "a two-seater glider" name a kind of thing, not how many there are.
        if claim.surface.contains("-") { return false }
        // What a text describes it counts as it is ("the function takes four keyword arguments",
        // "the fix has three steps"); what a rule allows it bounds ("up to 8 paddlers", "at least
        // 5 seats"). Only a bounded count is a rule two answers can state differently.
        return claim.comparator != .equal
    }

    /// Most claims one identifying word may gather: a word in more is too common to pair by.
    static let wordingBucketLimit = 60
    /// The largest ratio between two values compared by wording.
    static let wordingRatioLimit = 5.0
    /// Words that identify nothing however rare: they join, point, act or count ("can", "use",
    /// "last", "service").
    static let unidentifying: WordClasses = [.auxiliary, .verb, .supportVerb, .pronoun, .determiner, .conjunction, .preposition, .generic,
                                             .quantifier, .adverb, .discourse, .negation]
    /// The stems of ``unidentifying`` words ("servic" of "service").
    static let unidentifyingStems: Set<String> = Set(Lexicon.standard.entries(in: unidentifying).filter { !$0.contains(" ") }.map(Stemmer.stem))
    /// Most distinct words a fact compared by wording may hold (a sentence or two).
    static let wordingTextLimit = 30

    /// Pairs of claims of different answers whose facts share two or more identifying words
    /// (``EnumerationAlignment/identifyingLimit(facts:)``), none of them the words of the values
    /// themselves or a word with digits, with those words. Only facts that state one value in a
    /// short text take part: in a longer one, or beside other values, the words belong to the
    /// others as much.
    func wordingCandidates(_ sides: [Side]) -> [(Int, Int, [String])] {
        let facts = context.facts, inventory = context.entities
        let limit = EnumerationAlignment.identifyingLimit(facts: facts.count)
        let names = inventory.stemsByNumber
        // Values of one dimension in one fact compete for its words; a value of another does not.
        var valuesOfFact: [String: Int] = [:]
        func key(_ side: Side) -> String { "\(side.fact) " + Self.dimensionKey(side.claim) }
        for side in sides where Self.eligibleByWording(side.claim) { valuesOfFact[key(side), default: 0] += 1 }
        var buckets: [Int32: [Int]] = [:]
        for (index, side) in sides.enumerated() where Self.eligibleByWording(side.claim) && valuesOfFact[key(side)] == 1
            && inventory.stems(ofText: side.fact).count <= Self.wordingTextLimit {
            var own: Set<String> = []
            WordScan.words(side.claim.surface) { lower, _, _ in own.insert(Stemmer.stem(lower)); own.insert(lower) }
            for stem in inventory.stems(ofText: side.fact) {
                let text = names[Int(stem)]
                guard text.count >= 3, !own.contains(text), !text.contains(where: \.isNumber),
                      !Self.unidentifyingStems.contains(text),
                      Double(inventory.frequency[text] ?? 0) <= limit else { continue }
                buckets[stem, default: []].append(index)
            }
        }
        var shared: [Int64: [Int32]] = [:]
        for (stem, members) in buckets where members.count > 1 && members.count <= Self.wordingBucketLimit {
            for (position, i) in members.enumerated() {
                for j in members[(position + 1)...] where facts[sides[i].fact].answerID != facts[sides[j].fact].answerID {
                    shared[Self.pairKey(i, j), default: []].append(stem)
                }
            }
        }
        return shared.filter { $0.value.count >= 2 }.sorted { $0.key < $1.key }.map { key, stems in
            (Int(key >> 32), Int(key & 0xFFFF_FFFF), stems.map { names[Int($0)] }.sorted())
        }
    }

    /// A pair met by wording: the same checks of dimension, role and qualifiers as ``score``; two
    /// subjects read on both sides must be alike (0.25) and two metrics of the ontology must be
    /// the same (or one property named more or less fully, in two answers); the values within a
    /// factor of ``wordingRatioLimit`` (two statements of one property differ by a slip or an
    /// update; values further apart measure different things);
    /// no shared word modified or numbered differently on the two sides ("single-phase" and
    /// "three-phase", "Core range" and "Elite range", "outside business hours" and "during
    /// business hours", "Strato 5" and "Strato 7"). Confidence grows
    /// with the words shared: 0.45 + 0.1 each, at most 0.8.
    func scoreWording(_ a: Side, _ b: Side, shared: [String], analyses: inout [Int: TextAnalysis], why: inout String) -> Pair? {
        func no(_ reason: String) -> Pair? {
            why = reason
            return nil
        }
        let factA = context.facts[a.fact], factB = context.facts[b.fact]
        guard factA.clusterID != factB.clusterID, Self.dimensionKey(a.claim) == Self.dimensionKey(b.claim),
              Self.sameTime(a, b) else { return no("same cluster, another dimension or a value before a change") }
        if case .per = a.claim.dimension, Self.denominator(a.claim.unit) != Self.denominator(b.claim.unit) { return no("rates per different units") }
        guard a.offset == b.offset else { return no("one value is an offset from an event, the other a span") }
        // Subjects read unlike may be one thing read from different words of each fact, when one
        // fact names the other's subject (``mentions(_:in:)``); then every word the two facts
        // share, however common, must be modified alike (below).
        var sharedToCompare = Set(shared)
        if let subjectA = a.claim.subject, let subjectB = b.claim.subject, context.entities.similarity(subjectA, subjectB) < 0.25,
           !subjectsNest(subjectA, subjectB) {
            let entities = context.entities
            let keysA = Set(entities.keys(subjectA)), keysB = Set(entities.keys(subjectB))
            // One subject inside the other with words of its own is a variant of it ("spider spray",
            // "exterior-only spider spray"): unlike, as the matcher says.
            guard !keysA.isSubset(of: keysB), !keysB.isSubset(of: keysA),
                  mentions(subjectA, in: b.fact) || mentions(subjectB, in: a.fact),
                  entities.names(ofText: a.fact) == entities.names(ofText: b.fact) else { return no("subjects unlike") }
            let common = Set(entities.stems(ofText: a.fact)).intersection(entities.stems(ofText: b.fact))
            sharedToCompare.formUnion(common.map { entities.stemsByNumber[Int($0)] }.filter { !Self.unidentifyingStems.contains($0) })
        }
        let metricA = a.claim.metric ?? "", metricB = b.claim.metric ?? ""
        // One property named more or less fully in two answers is one metric here too (see ``score``).
        if !Attribute.isGeneric(metricA), !Attribute.isGeneric(metricB), metricA != metricB,
           !(factA.answerID != factB.answerID && Self.sameHead(metricA, metricB) != nil),
           !Self.namesWhatIsPriced(metricA, by: metricB, in: factB.text, claim: a.claim),
           !Self.namesWhatIsPriced(metricB, by: metricA, in: factA.text, claim: b.claim) { return no("two metrics differ: \(metricA) / \(metricB)") }
        guard Self.withinRatio(a.claim, b.claim) else { return no("values not within \(Self.wordingRatioLimit)x of each other") }
        func analysis(_ fact: Int) -> TextAnalysis {
            if let known = analyses[fact] { return known }
            let made = TextAnalysis(context.facts[fact].text)
            analyses[fact] = made
            return made
        }
        var counted: Set<String> = []
        for claim in [a.claim, b.claim] {
            WordScan.words(claim.surface) { lower, shape, _ in counted.insert(shape == .number ? lower : Stemmer.stem(lower)) }
        }
        if Self.modifiersDiffer(analysis(a.fact), analysis(b.fact), shared: sharedToCompare, counted: counted) { return no("a shared word is modified differently") }
        guard let (qualifier, qualifierReasons) = Self.qualifiers(a.claim, b.claim) else { return no("qualifiers of one kind differ") }
        var reasons = ["alike wording: \(shared.joined(separator: ", "))"] + qualifierReasons
        var confidence = min(0.8, 0.45 + 0.1 * Double(shared.count)) * qualifier
        if a.claim.hedge == .typical || b.claim.hedge == .typical {
            confidence *= 0.7
            reasons.append("a typical value")
        }
        let subject = a.claim.subject ?? b.claim.subject ?? shared.joined(separator: " ")
        let attribute = [metricA, metricB].first { !$0.isEmpty && !Attribute.isGeneric($0) } ?? (metricA.isEmpty ? (metricB.isEmpty ? "value" : metricB) : metricA)
        return Pair(a: a, b: b, confidence: confidence, reasons: reasons, subject: subject, attribute: attribute,
                    strength: Self.disagreement(a.claim, b.claim))
    }

    /// Whether two subjects without names nest: every identifying word of one is a word of the
    /// other, which adds a word of its own after them ("spider" and "spider treatment"). Facts that
    /// already share their identifying words speak of one thing named more or less fully; subjects
    /// with disjoint words ("Getting rid", "wasp nest removal") or names ("Crew", "Crew Plus") do
    /// not nest.
    func subjectsNest(_ a: String, _ b: String) -> Bool {
        let entities = context.entities
        guard !entities.isNamed(a), !entities.isNamed(b) else { return false }
        let keysA = entities.keys(a), keysB = entities.keys(b)
        // The same last word: one names a variant of the other ("exterior-only spider spray",
        // "spider spray"), which may well cost or last otherwise.
        guard let lastA = keysA.last, let lastB = keysB.last, lastA != lastB else { return false }
        return Set(keysA).isSubset(of: Set(keysB)) || Set(keysB).isSubset(of: Set(keysA))
    }

    /// Whether two questions name different things: a content word they share is modified or
    /// numbered differently in each (``modifiersDiffer(_:_:shared:counted:)``).
    static func questionsNameDifferentThings(_ a: String, _ b: String) -> Bool {
        let analysisA = TextAnalysis(a), analysisB = TextAnalysis(b)
        func stems(_ analysis: TextAnalysis) -> Set<String> {
            Set(analysis.tokens.filter { $0.isWord && !$0.is(WordClasses.function) }.map { Stemmer.stem($0.lower) })
        }
        return modifiersDiffer(analysisA, analysisB, shared: stems(analysisA).intersection(stems(analysisB)))
    }

    /// Whether a fact names a subject read from another: every identifying word of the subject is
    /// in the fact's text. Two facts that share their identifying words, one of which also names
    /// the other's subject, speak of one thing whose subject was read from different words of each
    /// ("Each shuttle trip to Langnau station is billed at 240 CHF": Langnau station; "A shuttle run
    /// between the farm and Langnau station costs CHF 180": shuttle run). The two facts must hold
    /// the same names: one that only one of them names tells two things apart ("40 ms in
    /// Frankfurt", "120 ms in Sydney").
    /// A word the ontology names as a property ("trip" of a trip's length) is how one fact words
    /// the thing, not what identifies it: the others must be named ("shuttle" of "shuttle trip"
    /// in "A shuttle run between the farm and Langnau station").
    func mentions(_ subject: String, in fact: Int) -> Bool {
        let entities = context.entities
        let keys = entities.keys(subject).filter { Lexicon.standard.metric([$0], at: 0) == nil }
        guard !keys.isEmpty else { return false }
        let stems = Set(entities.stems(ofText: fact).map { entities.stemsByNumber[Int($0)] })
        return keys.allSatisfy(stems.contains)
    }

    /// Whether one subject is the other named more fully: every word of the shorter in the longer,
    /// the same last word ("queen duvet", "queen-size duvet").
    static func namedMoreFully(_ a: String, _ b: String) -> Bool {
        func words(_ text: String) -> [String] {
            var found: [String] = []
            WordScan.words(text) { lower, _, _ in found.append(Stemmer.stem(lower)) }
            return found
        }
        let wa = words(a), wb = words(b)
        guard let lastA = wa.last, lastA == wb.last, wa.count != wb.count else { return false }
        let (short, long) = wa.count < wb.count ? (wa, wb) : (wb, wa)
        return Set(short).isSubset(of: Set(long))
    }

    /// Whether a sum of money's metric names the thing priced rather than a property, when the
    /// other fact states it as a price and says that thing where it does ("Parking at the base
    /// costs NOK 50 a day": price; "parking at the base is NOK 80 per day": parking). A metric
    /// the ontology knows names a property of its own ("deposit", "late fee") and stays apart.
    static func namesWhatIsPriced(_ metric: String, by other: String, in otherText: String, claim: NumericClaim) -> Bool {
        guard claim.dimension.isMoney || { if case .per(let money, _) = claim.dimension { return money.isMoney } else { return false } }(),
              other == "price", Lexicon.standard.metric(named: metric) == nil else { return false }
        // A generic last word ("minimum order value", "deposit amount") names nothing more than
        // the words before it.
        var spelled = metric.split(separator: " ").map(String.init)
        if spelled.count > 1, let last = spelled.last, Lexicon.standard.classes(of: last).contains(.generic) { spelled.removeLast() }
        let words = spelled.map { Stemmer.stem($0) }
        var stems: Set<String> = []
        WordScan.words(otherText) { lower, _, _ in stems.insert(Stemmer.stem(lower)) }
        return !words.isEmpty && words.allSatisfy(stems.contains)
    }

    /// Whether a word the two texts share is modified by different words on the two sides (each
    /// absent from the other text), or numbered differently: "Single-phase homes" and "Three-phase
    /// homes", "Strato 5" and "Strato 7", "up to 10 guests" and "11 to 20 guests" name two things.
    static func modifiersDiffer(_ a: TextAnalysis, _ b: TextAnalysis, shared: Set<String>, counted: Set<String> = []) -> Bool {
        func neighbours(_ text: TextAnalysis) -> (before: [String: Set<String>], numbers: [String: Set<String>], negated: Set<String>) {
            var before: [String: Set<String>] = [:], numbers: [String: Set<String>] = [:], negated: Set<String> = []
            for (index, token) in text.tokens.enumerated() where token.isWord {
                let stem = Stemmer.stem(token.lower)
                // "Non-members": the prefix names everyone the word does not.
                if index > 1, text.tokens[index - 1].text == "-", text.tokens[index - 2].lower == "non" { negated.insert(stem) }
                guard shared.contains(stem) else { continue }
                if index + 1 < text.tokens.count, text.tokens[index + 1].isNumber { numbers[stem, default: []].insert(text.tokens[index + 1].text) }
                // A noun counted before it ("up to 10 guests", "11 to 20 guests") names a condition,
                // unless it is a unit, what the values themselves count, or the number is a
                // value's own ("a $50 deposit"): `counted` holds the words and numbers of the values.
                if index > 0, text.tokens[index - 1].isNumber, !token.is(.unitWord), !counted.contains(stem), !counted.contains(text.tokens[index - 1].text) {
                    numbers[stem, default: []].insert("#" + text.tokens[index - 1].text)
                }
                guard index > 0 else { continue }
                var previous = index - 1
                if text.tokens[previous].text == "-", !text.tokens[previous].spaceBefore, previous > 0 { previous -= 1 }
                // A modifier: a content word, a number word, or a preposition ("outside business
                // hours" and "during business hours").
                // A word that can be a verb is a modifier between a determiner and the noun ("a
                // double kayak", "the reduced fare").
                let modifier = text.tokens[previous]
                let afterDeterminer = previous > 0 && text.tokens[previous - 1].is(.determiner)
                guard modifier.isWord, !modifier.is(WordClasses.function) || modifier.is(.numberWord) || modifier.is(.preposition),
                      !modifier.is(.verb) || afterDeterminer && !modifier.is(.determiner), !modifier.is(.auxiliary) else { continue }
                before[stem, default: []].insert(Stemmer.stem(modifier.lower))
            }
            return (before, numbers, negated)
        }
        let (beforeA, numbersA, negatedA) = neighbours(a), (beforeB, numbersB, negatedB) = neighbours(b)
        for (word, ofA) in numbersA { if let ofB = numbersB[word], ofA.isDisjoint(with: ofB) { return true } }
        let stemsA = Set(a.tokens.filter(\.isWord).map { Stemmer.stem($0.lower) }), stemsB = Set(b.tokens.filter(\.isWord).map { Stemmer.stem($0.lower) })
        // A word one side negates with "non-" and the other says plainly names two groups.
        if negatedA.contains(where: { stemsB.contains($0) && !negatedB.contains($0) })
            || negatedB.contains(where: { stemsA.contains($0) && !negatedA.contains($0) }) { return true }
        for (word, ofA) in beforeA {
            guard let ofB = beforeB[word], ofA.isDisjoint(with: ofB) else { continue }
            if !ofA.isSubset(of: stemsB), !ofB.isSubset(of: stemsA) { return true }
        }
        return false
    }

    /// A physical quantity (temperature, length, mass, area, volume, speed): unlike a span of time,
    /// a count or a share, a thing has few of them of one kind.
    static func isMeasure(_ dimension: Dimension) -> Bool {
        if case .physical = dimension { return true }
        return false
    }

    /// Whether a claim is the only sum of money its fact states (a rate of money counts: "$2,400
    /// yearly ... comes down to $2,160" states two), or the only value of its dimension.
    static func onlyValue(_ side: Side, in fact: CheckFact) -> Bool {
        side.claim.dimension.isMoney ? fact.claims.filter { $0.dimension.isMoney }.count == 1
            : fact.claims.filter { $0.dimension == side.claim.dimension }.count == 1
    }

    /// Whether two claims' values are within ``wordingRatioLimit`` of each other.
    static func withinRatio(_ a: NumericClaim, _ b: NumericClaim) -> Bool {
        guard let ia = interval(a, widened: false), let ib = interval(b, widened: false) else { return false }
        // Two lower bounds are compared by their finite ends ("a minimum order of €15", "a €20
        // minimum order"); against an exact value a lower bound stays open.
        let bothLower = !ia.high.isFinite && !ib.high.isFinite
        func value(_ interval: (low: Double, high: Double)) -> Double { bothLower ? interval.low : max(interval.low, interval.high) }
        let valueA = value(ia), valueB = value(ib)
        return min(valueA, valueB) > 0 && max(valueA, valueB) / min(valueA, valueB) <= wordingRatioLimit
    }

    /// The head word two metrics share, with the modifiers one of them adds, when neither
    /// adds a modifier the other lacks while the other adds its own ("fixed excess" and "excess":
    /// "excess"; "late fee" and "admin fee": nil).
    static func sameHead(_ a: String, _ b: String) -> (head: String, modifiers: String)? {
        let wordsA = a.split(separator: " ").map { Stemmer.stem(String($0)) }, wordsB = b.split(separator: " ").map { Stemmer.stem(String($0)) }
        guard let headA = wordsA.last, headA == wordsB.last, headA.count > 2 else { return nil }
        let onlyA = Set(wordsA.dropLast()).subtracting(wordsB), onlyB = Set(wordsB.dropLast()).subtracting(wordsA)
        guard onlyA.isEmpty || onlyB.isEmpty else { return nil }
        return (a.split(separator: " ").last.map(String.init) ?? headA, onlyA.union(onlyB).sorted().joined(separator: " "))
    }

    /// How two claims' qualifiers agree: nil when a kind both carry has different values ("on
    /// Crew" against "on Solo"); otherwise a factor below 1 for each kind on one side only, with
    /// the reasons.
    static func qualifiers(_ a: NumericClaim, _ b: NumericClaim) -> (Double, [String])? {
        var factor = 1.0
        var reasons: [String] = []
        let kindsA = Dictionary(grouping: a.qualifiers, by: \.kind), kindsB = Dictionary(grouping: b.qualifiers, by: \.kind)
        for kind in Set(kindsA.keys).union(kindsB.keys).sorted(by: { $0.rawValue < $1.rawValue }) {
            let keysA = Set((kindsA[kind] ?? []).map(\.key)), keysB = Set((kindsB[kind] ?? []).map(\.key))
            if !keysA.isEmpty, !keysB.isEmpty {
                guard !keysA.isDisjoint(with: keysB) else { return nil }
                continue
            }
            let one = (kindsA[kind] ?? kindsB[kind] ?? []).first?.text ?? kind.rawValue
            switch kind {
            case .with, .without: factor *= 0.6
            case .condition, .tier, .place, .version: factor *= 0.7
            case .setting: factor *= 0.85
            case .scope: factor *= 0.8
            }
            reasons.append("one side only: \(kind.rawValue) “\(one)”")
        }
        return (factor, reasons)
    }

    /// The dimension key of a claim: a bare count whose metric names what it counts ("the
    /// connection cap is 40": connections) counts that ("25 concurrent connections").
    static func dimensionKey(_ claim: NumericClaim) -> String {
        if claim.dimension == .count(""), let metric = claim.metric, !Attribute.isGeneric(metric), let head = metric.split(separator: " ").last {
            return "count:" + Lexicon.singular(String(head))
        }
        return dimensionKey(claim.dimension)
    }

    /// The dimension two claims must share: counts by the head noun of what they count
    /// ("storage region" counts regions).
    static func dimensionKey(_ dimension: Dimension) -> String {
        switch dimension {
        case .count(let noun): "count:" + String(noun.split(separator: " ").last ?? "")
        case .per(let a, let b): dimensionKey(a) + "/" + dimensionKey(b)
        default: dimension.rawValue
        }
    }

    /// What a rate is written per ("USD/user/month" -> "user/month"), singular and lowercased.
    static func denominator(_ unit: String) -> String {
        guard let slash = unit.firstIndex(of: "/") else { return "" }
        return unit[unit.index(after: slash)...].split(separator: "/").map { Lexicon.singular(String($0).lowercased()) }.joined(separator: "/")
    }

    static func show(_ value: Double) -> String {
        String((value * 100).rounded() / 100)
    }

    /// A claim's value as an interval in its canonical unit, widened by its rounding.
    static func interval(_ claim: NumericClaim, widened: Bool = true) -> (low: Double, high: Double)? {
        let low = claim.normalizedLow, high = claim.normalizedHigh
        switch claim.comparator {
        case .less, .lessOrEqual:
            guard let high else { return nil }
            return (claim.kind == .vague ? (low ?? 0) : 0, high)
        case .greater, .greaterOrEqual:
            guard let low else { return nil }
            return (low, high ?? .infinity)
        case .equal, .approximately:
            guard let low, let high else { return nil }
            if claim.kind == .vague || !widened { return (low, high) }
            let widen = claim.comparator == .approximately || claim.hedge == .typical ? 0.15 : min(0.25, max(0.02, rounding(claim.surface)))
            // Widened by magnitude, so that negative values keep low below high.
            return (low - abs(low) * widen, high + abs(high) * widen)
        }
    }

    /// The relative rounding of the first number written: "0.5" 10%, "250" 0.2%, "5.40" 0.1%.
    static func rounding(_ surface: String) -> Double {
        var digits = ""
        for character in surface.drop(while: { !$0.isNumber }) {
            if character.isNumber || character == "." { digits.append(character) } else if character != "," { break }
        }
        guard let value = Double(digits), value > 0 else { return 0 }
        let decimals = digits.split(separator: ".", omittingEmptySubsequences: false).dropFirst().first?.count ?? 0
        var unit = 1.0
        for _ in 0..<decimals { unit /= 10 }
        return unit / 2 / value
    }

    /// How strongly two claims' values disagree (nil when they can both hold): 1 for values a
    /// factor of 1.5 or more apart, less for closer ones.
    static func disagreement(_ a: NumericClaim, _ b: NumericClaim) -> Double? {
        guard let ia = interval(a), let ib = interval(b) else { return nil }
        // "up to", "max", "limited to" (≤) state a limit; two limits of one thing must agree. "under",
        // "less than", "<" (<) bound a measurement: two such bounds agree unless disjoint.
        let upperA = a.comparator == .lessOrEqual, upperB = b.comparator == .lessOrEqual
        let lowerA = a.comparator == .greaterOrEqual, lowerB = b.comparator == .greaterOrEqual
        var ratio: Double
        // (A typical value bounds what usually happens, not the limit: "up to 10 working days"
        // and "most go out within 3" agree.)
        if (upperA && upperB || lowerA && lowerB) && a.kind != .vague && b.kind != .vague && a.hedge != .typical && b.hedge != .typical {
            // Two stated maxima (or minima) of one limit must agree.
            let x = upperA ? ia.high : ia.low, y = upperA ? ib.high : ib.low
            guard x > 0, y > 0 else { return nil }
            ratio = max(x, y) / min(x, y)
            let widen = 1 + max(0.02, rounding(a.surface)) + max(0.02, rounding(b.surface))
            guard ratio > widen else { return nil }
        } else {
            guard ia.high < ib.low || ib.high < ia.low else { return nil }
            let (lower, upper) = ia.high < ib.low ? (ia, ib) : (ib, ia)
            ratio = lower.high > 0 ? upper.low / lower.high : 2
            // Measurements (durations, sizes, speeds) reported a few percent apart are one
            // measurement rounded differently, not two facts ("400ms" and "380ms"). A temperature's
            // zero is no zero of the quantity, so its ratio says nothing: two settings in whole
            // degrees that are disjoint differ ("38°C" and "40°C").
            if a.kind == .measure, b.kind == .measure, ratio < 1.1, a.dimension != .physical("temperature") { return nil }
        }
        return ratio >= 1.5 ? 1 : 0.8
    }

    /// A claim's value for messages: "€1,000/day = 1000 EUR/day", "≤ 5 GB". A price per unit of
    /// time is shown per the period it is written in ("$395 a year = 395 NZD/year"): per second,
    /// the canonical form, says nothing to a reader.
    static func describe(_ claim: NumericClaim) -> String {
        let perPeriod: Bool
        if case .per(let amount, .time) = claim.dimension, amount.isMoney, claim.unit.contains("/") { perPeriod = true } else { perPeriod = false }
        let unit = perPeriod ? claim.unit : claim.normalizedUnit
        let lowValue = perPeriod ? claim.low : claim.normalizedLow, highValue = perPeriod ? claim.high : claim.normalizedHigh
        func show(_ value: Double) -> String { Arithmetic.plain(value) }
        let value: String
        switch claim.comparator {
        case .less, .lessOrEqual: value = "≤ " + (highValue.map(show) ?? "?")
        case .greater, .greaterOrEqual: value = "≥ " + (lowValue.map(show) ?? "?")
        case .approximately: value = "~" + (lowValue.map(show) ?? "?")
        case .equal:
            let low = lowValue ?? 0, high = highValue ?? low
            value = low == high ? show(low) : show(low) + "–" + show(high)
        }
        return "\(claim.surface) = \(value) \(unit)".trimmingCharacters(in: .whitespaces)
    }
}
