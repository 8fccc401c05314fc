import KBModel
import KBText

/// Values an answer derives from values it stated just before, and checks by the units alone.
///
/// Answers often state a rate or a total in one sentence and what follows from it in the next,
/// joined by a word of consequence ("therefore", "so", "that is", "which adds up to", "gives
/// you"): "Garage P1 charges $2.50 per hour. A 3-hour visit therefore costs $8.50." The operation
/// is not written, but the dimensions name it: a price per hour times hours is a price; energy
/// divided by energy per kilometre is kilometres; a speed in km/h restated "in miles per hour"
/// is the same speed; two values of the result's unit add up or subtract when a word of adding or
/// taking away stands between them and the result (``sums(of:giving:tokens:)``). A derived value
/// is checked when
/// exactly one such computation of the values before it (in its sentence, or the sentence before
/// it in the same answer) gives its dimension; it is reported when that computation disagrees
/// beyond the rounding of the numbers as written (3%, or 10% for a value marked "about") and by
/// no more than a third (further off, the answer computed something else).
/// Percentages, open bounds, ranges, rumours and recommendations are never operands or results.
///
/// For example:
///
/// ```swift
/// DerivedValues.mismatches(previous: rateFact, fact: totalFact, tokens: tokens)  // [$2.50/hour × 3 hours = $7.50, stated $8.50]
/// ```
enum DerivedValues {
    /// The largest disagreement, relative to the stated value, that is reported.
    static let maximumError = 1.0 / 3.0
    struct Mismatch {
        var claim: NumericClaim
        var operands: [NumericClaim]
        var expression: String
        /// The computed value in the unit the claim is written in.
        var computed: Double
        var error: Double
    }

    /// The derived values of `fact` that disagree with the one computation their units allow.
    /// `previous` is the fact before it in the same answer, if any.
    static func mismatches(previous: CheckFact?, fact: CheckFact, tokens: [Token]) -> [Mismatch] {
        var found: [Mismatch] = []
        for claim in fact.claims where usable(claim) || isBoundResult(claim) {
            // A percentage applied to an amount names its operation in words ("20% on a £1,500
            // bill", "15% off"), so a later amount of the sentence may be its result without a word
            // of consequence; other operations need one, in the claim's sentence, before it.
            let earlier = (previous?.claims ?? []) + fact.claims.filter { $0.end <= claim.start && sameSentence($0, claim, tokens) }
            var candidates = percentages(earlier.filter(isPercentOperand), of: earlier.filter(usable), giving: claim, previous: previous, fact: fact)
                + included(fact.claims.filter { isPercentOperand($0) && $0.start >= claim.end && sameSentence($0, claim, tokens) },
                           in: earlier.filter(usable), giving: claim, text: fact.text)
            if let marker = consequence(before: claim.start, in: tokens) {
                let here = fact.claims.filter { $0.end <= marker }.filter(usable)
                let operands = (previous?.claims ?? []).filter(usable) + here
                let priced = unitPrices(of: here, giving: claim, text: fact.text)
                // A bill of several priced items is the one computation its words state.
                if priced.count == 1, let bill = priced.first, bill.operands.count > 2 {
                    candidates += priced
                } else {
                    // The case a consequence works through may follow its word ("€28 per cushion, so
                    // a five-cushion sofa is €150"): what a rate before the word is per, stated
                    // between the word and the result, is multiplied by it.
                    let worked = fact.claims.filter { $0.start >= marker && $0.end <= claim.start }.filter(usable)
                    candidates += computations(of: operands, giving: claim) + rateTimes(operands, worked, giving: claim)
                        + sums(of: here, giving: claim, tokens: tokens)
                        + priced + shares(of: here, giving: claim, tokens: tokens)
                        + eachValues(of: here, giving: claim, text: fact.text)
                        + eachShares(of: here, giving: claim, text: fact.text)
                }
            }
            guard let stated = claim.normalizedLow ?? claim.normalizedHigh else { continue }
            // A value restated in another unit is the same amount: one far off restates nothing
            // ("€10, which is about 30 cent a filter" divides), and a bound restates no value (it
            // leaves a margin: "about 90 minutes, so don't book the next job any less than two hours
            // later").
            candidates = candidates.filter { $0.operands.count > 1 || usable(claim) && abs($0.value - stated) <= maximumError * abs(stated) }
            guard !candidates.isEmpty, !candidates.contains(where: { agrees($0, claim) }) else { continue }
            // The operation is guessed from the units and the words: trusted only when there is one
            // (two computations that give different values leave it unknown) and it lands near the
            // stated value. Far off (by more than a third), the answer computed something else
            // (more terms, another period) and says nothing wrong that this could show.
            guard let only = candidates.first, candidates.allSatisfy({ abs($0.value - only.value) <= 1e-9 * max(1, abs(only.value)) }),
                  abs(only.value - stated) <= maximumError * abs(stated) else { continue }
            // Normalised values are shown in the unit the claim is written in.
            let scale = (claim.low ?? 1) / stated
            found.append(Mismatch(claim: claim, operands: only.operands, expression: only.expression, computed: only.value * scale,
                                  error: abs(only.value - stated) / max(abs(stated), .leastNonzeroMagnitude)))
        }
        return found
    }

    /// Percentages of change derived from two values stated just before: "the Pip now costs
    /// €1,899, down from €2,199. That is a saving of 20%" (13.6%). The percentage must follow a
    /// word of consequence and be stated as an increase, a reduction or a saving (the metric
    /// ontology's `change` metrics); exactly two values of one kind (the same dimension, or a rate of it: "$4.10 to
    /// $4.51 per 1,000 gallons") must stand before it. The one after "from" is the reference;
    /// without one, either order must disagree. Reported when off by a point or more and by no
    /// more than a third.
    static func percentChanges(previous: CheckFact?, fact: CheckFact, tokens: [Token]) -> [Mismatch] {
        var found: [Mismatch] = []
        for claim in fact.claims where claim.dimension == .percent && claim.comparator == .equal && !claim.hedged {
            guard let metric = claim.metric, Lexicon.standard.metric(named: metric)?.isChange == true, let stated = claim.low, stated > 0,
                  let marker = consequence(before: claim.start, in: tokens) else { continue }
            let before = ((previous?.claims ?? []) + fact.claims.filter { $0.end <= marker }).filter(usable)
            // Exactly two values of one kind (a count or a zone number beside them is another kind).
            let pairs = before.indices.flatMap { i in before.indices.filter { $0 > i }.map { (before[i], before[$0]) } }
                .filter { sameKind($0.0.dimension, $0.1.dimension) && !$0.0.dimension.isCount }
            guard pairs.count == 1, let (a, b) = pairs.first, let va = a.low, let vb = b.low, va != vb else { continue }
            // The value after "from" (the lexicon's change-origin words) is the one the change starts from.
            let fromA = isOrigin(a, previous: previous, fact: fact), fromB = isOrigin(b, previous: previous, fact: fact)
            let references: [(from: NumericClaim, to: NumericClaim)] = fromA == fromB ? [(a, b), (b, a)] : fromA ? [(a, b)] : [(b, a)]
            var changes = references.compactMap { pair -> (value: Double, from: NumericClaim, to: NumericClaim, expression: String)? in
                guard let from = pair.from.low, let to = pair.to.low, from != 0 else { return nil }
                return (abs(to - from) / from * 100, pair.from, pair.to, "from \(pair.from.surface) to \(pair.to.surface)")
            }
            // Or the smaller value is the change itself, as a share of the larger ("£6 off a £40
            // bill, a 15% saving").
            let (part, whole) = va < vb ? (a, b) : (b, a)
            if let partValue = part.low, let wholeValue = whole.low, wholeValue != 0 {
                changes.append((partValue / wholeValue * 100, whole, part, "\(part.surface) of \(whole.surface)"))
            }
            guard !changes.isEmpty, !changes.contains(where: { abs($0.value - stated) < 1 }),
                  let nearest = changes.min(by: { abs($0.value - stated) < abs($1.value - stated) }),
                  abs(nearest.value - stated) <= maximumError * stated else { continue }
            found.append(Mismatch(claim: claim, operands: [nearest.from, nearest.to],
                                  expression: nearest.expression,
                                  computed: nearest.value, error: abs(nearest.value - stated) / stated))
        }
        return found
    }

    /// Two dimensions of one kind: equal, or one a rate of the other ("$4.10" and "$4.51 per 1,000
    /// gallons", read the same way).
    static func sameKind(_ a: Dimension, _ b: Dimension) -> Bool {
        a == b || isRate(a, of: b) || isRate(b, of: a)
    }

    /// Whether the word right before the claim in its fact names where a change starts ("from").
    static func isOrigin(_ claim: NumericClaim, previous: CheckFact?, fact: CheckFact) -> Bool {
        let text = previous?.claims.contains(claim) == true ? previous?.text ?? "" : fact.text
        guard let word = words(of: text, in: 0..<claim.start).last else { return false }
        return Lexicon.standard.classes(of: word).contains(.changeOrigin)
    }

    /// A single, definite value that is not a percentage or a ratio, stated as a fact or as the
    /// case a computation works through ("a 3-hour visit", "for example 10 CCF"); never a rumour,
    /// a recommendation or an uncertain value.
    static func usable(_ claim: NumericClaim) -> Bool {
        guard claim.comparator == .equal || claim.comparator == .approximately,
              !claim.hedged || [.scenario, .example, .setting].contains(claim.hedge),
              let low = claim.normalizedLow, let high = claim.normalizedHigh, low == high, low.isFinite, low != 0,
              let written = claim.low, written == claim.high, written != 0 else { return false }
        switch claim.dimension {
        case .percent, .ratio: return false
        default: return true
        }
    }

    /// The end (code points) of the last word of consequence before `offset` in the same
    /// sentence.
    static func consequence(before offset: Int, in tokens: [Token]) -> Int? {
        var marker: Int?
        for token in tokens where token.end <= offset {
            if [".", "!", "?", ";"].contains(token.text) { marker = nil }
            if token.is(.consequence) || token.is(.arithmeticResult) { marker = token.end }
        }
        return marker
    }

    struct Computation {
        /// In base units, like the claims' normalised values.
        var value: Double
        var operands: [NumericClaim]
        var expression: String
        /// Other values the same words allow (a "25% deposit" is due, or the 75% left after it):
        /// a stated value equal to one of them agrees, though the computation reported is `value`.
        var alternatives: [Double] = []
    }

    /// A rate times a value of what it is per, the value taken from `cases`, giving the claim's
    /// dimension.
    static func rateTimes(_ rates: [NumericClaim], _ cases: [NumericClaim], giving claim: NumericClaim) -> [Computation] {
        rates.flatMap { a in cases.compactMap { b in product(a, b, giving: claim) } }
    }

    /// A rate `a` times `b`, a value of what the rate is per, when that gives the claim's dimension.
    static func product(_ a: NumericClaim, _ b: NumericClaim, giving claim: NumericClaim) -> Computation? {
        guard let va = a.normalizedLow, let vb = b.normalizedLow, case .per(let numerator, let denominator) = a.dimension,
              denominator == b.dimension, numerator == claim.dimension else { return nil }
        return Computation(value: va * vb, operands: [a, b], expression: "\(a.surface) × \(b.surface)")
    }

    /// Every computation of one or two operands whose dimension is the claim's: a restatement in
    /// another unit, a rate times what it is per, a quantity divided by a rate of it.
    static func computations(of operands: [NumericClaim], giving claim: NumericClaim) -> [Computation] {
        var found: [Computation] = []
        for a in operands {
            guard let va = a.normalizedLow else { continue }
            // A restatement is the same quantity in another unit: the two written units scale
            // differently to the base unit ("25 km/h" and "18 mph"; never "64-bit" and "52 bits").
            if a.dimension == claim.dimension, a.normalizedUnit == claim.normalizedUnit, let wa = a.low, let wc = claim.low, let vc = claim.normalizedLow,
               abs(va / wa - vc / wc) > 1e-9 * max(abs(va / wa), abs(vc / wc)) {
                found.append(Computation(value: va, operands: [a], expression: "\(a.surface) = \(claim.surface)"))
            }
            for b in operands where b != a {
                guard let vb = b.normalizedLow else { continue }
                if let product = product(a, b, giving: claim) { found.append(product) }
                if case .per(let numerator, let denominator) = b.dimension, numerator == a.dimension, denominator == claim.dimension {
                    found.append(Computation(value: va / vb, operands: [a, b], expression: "\(a.surface) ÷ \(b.surface)"))
                }
                // An amount over a period is a rate of it: "€2,160 for 12 weeks works out at €200 per week".
                if case .per(let numerator, let denominator) = claim.dimension, numerator == a.dimension, denominator == b.dimension, vb != 0 {
                    found.append(Computation(value: va / vb, operands: [a, b], expression: "\(a.surface) ÷ \(b.surface)"))
                }
            }
        }
        // One computation per set of operands.
        var seen: Set<String> = []
        return found.filter { seen.insert($0.expression).inserted }
    }

    /// A sum or difference of two values of the claim's own dimension and unit, stated in its
    /// sentence with a word of adding or taking away between them and the result ("£26 a month,
    /// and adding Boost at £4 a month brings your bill to £32"; "£6 off a £40 bill leaves £34").
    /// Without such a word two values of one kind say nothing of how they combine.
    static func sums(of operands: [NumericClaim], giving claim: NumericClaim, tokens: [Token]) -> [Computation] {
        var found: [Computation] = []
        for (index, a) in operands.enumerated() {
            for b in operands.dropFirst(index + 1) {
                guard a.dimension == claim.dimension, b.dimension == claim.dimension, a.normalizedUnit == claim.normalizedUnit,
                      b.normalizedUnit == claim.normalizedUnit, let va = a.normalizedLow, let vb = b.normalizedLow else { continue }
                let between = tokens.filter { $0.start >= a.end && $0.end <= claim.start }
                if between.contains(where: { $0.is(.arithmeticPlus) }) {
                    found.append(Computation(value: va + vb, operands: [a, b], expression: "\(a.surface) + \(b.surface)"))
                } else if between.contains(where: { $0.is(.arithmeticMinus) }) {
                    found.append(Computation(value: abs(va - vb), operands: [a, b], expression: "\(max(va, vb) == va ? a.surface : b.surface) − \(max(va, vb) == va ? b.surface : a.surface)"))
                }
            }
        }
        return found
    }

    /// A count of things and the value of each, written "N things at / of / for X (each)": "36
    /// monthly repayments of $250", "3 rides at $2.50", "twelve passes at $45 each". The value is
    /// per thing, so the count times it is the total the claim states.
    static func unitPrices(of operands: [NumericClaim], giving claim: NumericClaim, text: String) -> [Computation] {
        let scalars = Array(text.unicodeScalars)
        var found: [Computation] = []
        for a in operands {
            guard a.dimension.isCount, let count = a.normalizedLow else { continue }
            // The value of each may be written as a rate when the things recur ("36 monthly
            // repayments of $250": $250 a month, each repayment $250).
            for b in operands where b.start >= a.end && (b.dimension == claim.dimension && b.normalizedUnit == claim.normalizedUnit || isRate(b.dimension, of: claim.dimension)) {
                guard b.start - a.end <= 32, let written = b.low, let statedWritten = claim.low, let stated = claim.normalizedLow, statedWritten != 0 else { continue }
                // In the claim's base unit: the value of each as written, scaled as the claim's is.
                let each = b.dimension == claim.dimension ? (b.normalizedLow ?? written) : written * stated / statedWritten
                let between = String(String.UnicodeScalarView(scalars[a.end..<b.start])).lowercased().trimmingCharacters(in: .whitespaces)
                // "two pairs of trousers at S$6": what is counted may go on before the price.
                let spelled = between.split(separator: " ")
                let counted = spelled.count <= 4 && spelled.first == "of" && ["at", "for", "@"].contains(spelled.last ?? "")
                guard ["at", "of", "for", "@"].contains(between) || counted else { continue }
                found.append(Computation(value: count * each, operands: [a, b], expression: "\(a.surface) × \(b.surface)"))
            }
        }
        // Several such products joined ("Two adults at NOK 790 and two children at NOK 450 come to
        // NOK 2,280") are one bill: their sum is the total.
        let disjoint = Set(found.flatMap { $0.operands.map(\.start) }).count == 2 * found.count
        if found.count >= 2, disjoint {
            let ordered = found.sorted { ($0.operands.first?.start ?? 0) < ($1.operands.first?.start ?? 0) }
            let joined = zip(ordered, ordered.dropFirst()).allSatisfy { first, second in
                guard let end = first.operands.last?.end, let start = second.operands.first?.start, start >= end else { return false }
                let between = words(of: text, in: end..<start)
                return between.contains("and") || between.contains("plus") || between.isEmpty || between.allSatisfy { $0 == "each" }
            }
            if joined {
                return [Computation(value: ordered.reduce(0) { $0 + $1.value }, operands: ordered.flatMap(\.operands),
                                    expression: ordered.map(\.expression).map { "(\($0))" }.joined(separator: " + "))]
            }
        }
        return found
    }

    /// A count of things and a value said to be each one's, further apart: "keeps the last 14
    /// archives, and each one is 3 GB ... needs 36 GB", "14 archives of 3 GB each". The count comes
    /// first; "each" stands right before the value or right after it.
    static func eachValues(of operands: [NumericClaim], giving claim: NumericClaim, text: String) -> [Computation] {
        var found: [Computation] = []
        for a in operands {
            guard a.dimension.isCount, let count = a.normalizedLow, count > 1 else { continue }
            for b in operands where b.start >= a.end && b.dimension == claim.dimension && b.normalizedUnit == claim.normalizedUnit && !b.dimension.isCount {
                guard let each = b.normalizedLow, b.start - a.end <= 80 else { continue }
                let before = words(of: text, in: (b.start - 12)..<b.start).suffix(3), after = words(of: text, in: b.end..<(b.end + 6)).prefix(1)
                guard before.contains("each") || after.contains("each") else { continue }
                found.append(Computation(value: count * each, operands: [a, b], expression: "\(a.surface) × \(b.surface)"))
            }
        }
        return found
    }

    /// An amount for a count of things, and what each one comes to: "A bag of 50 tulip bulbs is
    /// €12.50, so each bulb comes to 20 cents", "a 10-visit card is $180, so each visit works out
    /// to $18". The words before the result name one of the counted things ("each", "every" or
    /// "per" and the counted noun's last word), so the result is the amount divided by the count.
    static func eachShares(of operands: [NumericClaim], giving claim: NumericClaim, text: String) -> [Computation] {
        var found: [Computation] = []
        for a in operands {
            guard case .count(let noun) = a.dimension, let counted = noun.split(separator: " ").last.map(String.init),
                  let count = a.normalizedLow, count > 1 else { continue }
            for b in operands where b != a && !b.dimension.isCount && b.dimension == claim.dimension && b.normalizedUnit == claim.normalizedUnit {
                guard let total = b.normalizedLow, b.end <= claim.start else { continue }
                let before = words(of: text, in: max(a.end, b.end)..<claim.start).map { Lexicon.singular($0) }
                guard zip(before, before.dropFirst()).contains(where: { ["each", "every", "per"].contains($0) && $1 == counted }) else { continue }
                found.append(Computation(value: total / count, operands: [b, a], expression: "\(b.surface) ÷ \(a.surface)"))
            }
        }
        return found
    }

    /// The lowercased words (runs of letters) of `text` between two code-point offsets, clamped to
    /// the text: the words around a claim.
    static func words(of text: String, in range: Range<Int>) -> [String] {
        let scalars = text.unicodeScalars
        let start = min(max(0, range.lowerBound), scalars.count), end = min(max(start, range.upperBound), scalars.count)
        let slice = scalars[scalars.index(scalars.startIndex, offsetBy: start)..<scalars.index(scalars.startIndex, offsetBy: end)]
        return String(String.UnicodeScalarView(slice)).lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
    }

    /// Whether `x` is an amount of the claim's own kind: the same dimension and unit, or a count
    /// of the same thing.
    static func sameQuantity(_ x: NumericClaim, _ claim: NumericClaim) -> Bool {
        x.dimension == claim.dimension && x.normalizedUnit == claim.normalizedUnit || sameCount(x.dimension, claim.dimension)
    }

    /// Whether `rate` is an amount of `dimension` per something.
    static func isRate(_ rate: Dimension, of dimension: Dimension) -> Bool {
        if case .per(let numerator, _) = rate { return numerator == dimension }
        return false
    }

    /// Whether a computed value agrees with the stated one within the rounding of the numbers as
    /// written (half a unit of each one's last digit, at least 0.5%: "$41.50" is not "$42.50"; 3%
    /// for a value restated in another unit), or within 10% when a value is marked "about".
    static func agrees(_ computation: Computation, _ claim: NumericClaim) -> Bool {
        guard let stated = claim.normalizedLow ?? claim.normalizedHigh else { return true }
        let rounding = ([claim] + computation.operands).reduce(0) { $0 + Arithmetic.precision(of: $1.surface) }
        // A value restated in another unit may convert by a conventional length (a month of 30 days
        // or of 30.4): 3%.
        let floor = computation.operands.count == 1 ? 0.03 : 0.005
        let tolerance = claim.comparator == .approximately || computation.operands.contains { $0.comparator == .approximately } ? 0.10 : max(floor, rounding)
        return ([computation.value] + computation.alternatives).contains { abs($0 - stated) <= tolerance * max(abs(stated), abs($0)) }
    }

    /// A bound that states what follows from values before it ("80% of their lessons ... that
    /// means at least 18 lessons"): its number is the computed one.
    static func isBoundResult(_ claim: NumericClaim) -> Bool {
        guard claim.comparator == .greaterOrEqual || claim.comparator == .lessOrEqual, !claim.hedged, claim.kind != .vague,
              claim.dimension != .percent, claim.dimension != .ratio else { return false }
        return (claim.normalizedLow ?? claim.normalizedHigh) != nil
    }

    /// A percentage that can be an operand: stated exactly, not hedged but as a case or setting.
    static func isPercentOperand(_ claim: NumericClaim) -> Bool {
        claim.dimension == .percent && claim.comparator == .equal && (!claim.hedged || [.scenario, .example, .setting].contains(claim.hedge))
            && claim.low != nil && claim.low == claim.high
    }

    /// A percentage applied to an amount: "a 20% co-payment on a £1,500 bill" (P% of X), "takes 15%
    /// off ... the $50 plan" (X less P%), "80% of their lessons ... a 20-lesson week" (P% of X). The
    /// words name the operation: "of" or "on" right after the percentage (or after the one noun it
    /// modifies) takes a share, "off" takes it away. The amount and the result are of one
    /// dimension and unit.
    static func percentages(_ percents: [NumericClaim], of operands: [NumericClaim], giving claim: NumericClaim,
                            previous: CheckFact?, fact: CheckFact) -> [Computation] {
        var found: [Computation] = []
        for p in percents {
            guard let share = p.low else { continue }
            let text = previous?.claims.contains(p) == true ? previous?.text ?? "" : fact.text
            let classes = words(of: text, in: p.end..<(p.end + 40)).prefix(3).map { Lexicon.standard.classes(of: $0) }
            // The percentage's own metric may name the operation: a discount or a reduction takes
            // it away ("Annual billing saves 15%"), an increase adds it.
            // (Only in the result's own sentence: a percentage before it names some other change,
            // "returns to its dock when the battery drops to 15%. A full recharge takes 4 hours".)
            let inSentence = previous?.claims.contains(p) != true
            let change = inSentence ? p.metric.flatMap { Lexicon.standard.metric(named: $0) }.flatMap { $0.isChange ? $0.name : nil } : nil
            let takesShare = classes.contains { $0.contains(.arithmeticOf) }
            let takesAway = classes.contains { $0.contains(.arithmeticMinus) } || change == "discount" || change == "reduction"
            let addsOn = change == "increase"
            // A percentage naming a part of an amount by the noun it modifies ("a 25% deposit", "a
            // 10% booking fee") is that share of it; the amount left after it, or with it added,
            // agrees too (the words do not say which the answer computed).
            let after = words(of: text, in: p.end..<(p.end + 40)).first.map { Lexicon.standard.classes(of: $0) }
            let namesPart = !takesShare && !takesAway && !addsOn && after.map { $0.isDisjoint(with: WordClasses.function) && !$0.contains(.verb) && !$0.contains(.auxiliary) } == true
                && p.metric.flatMap({ Lexicon.standard.metric(named: $0) })?.isChange != true
            guard takesShare || takesAway || addsOn || namesPart else { continue }
            for x in operands {
                guard let value = amount(x, inScaleOf: claim) else { continue }
                if takesAway {
                    found.append(Computation(value: value * (1 - share / 100), operands: [p, x], expression: "\(x.surface) − \(p.surface)"))
                } else if addsOn {
                    found.append(Computation(value: value * (1 + share / 100), operands: [p, x], expression: "\(x.surface) + \(p.surface)"))
                } else if namesPart {
                    found.append(Computation(value: value * share / 100, operands: [p, x], expression: "\(p.surface) × \(x.surface)",
                                             alternatives: [value * (1 - share / 100), value * (1 + share / 100)]))
                } else {
                    found.append(Computation(value: value * share / 100, operands: [p, x], expression: "\(p.surface) × \(x.surface)"))
                }
            }
        }
        return found
    }

    /// An amount in the claim's scale: the same dimension and unit, or a sum of money per period
    /// whose result is stated without its period ("a $2,400 yearly bill comes down to $2,160"),
    /// compared as written; nil for any other.
    static func amount(_ x: NumericClaim, inScaleOf claim: NumericClaim) -> Double? {
        if sameQuantity(x, claim) { return x.normalizedLow }
        guard samePeriodlessMoney(x, claim), let written = x.low, let statedWritten = claim.low, let stated = claim.normalizedLow, statedWritten != 0 else { return nil }
        return written * stated / statedWritten
    }

    /// Words that say a total holds a percentage on top of an amount: "$84.09 with 13% HST",
    /// "€60 including 21% VAT".
    static let inclusionWords: Set<String> = ["with", "including", "incl", "plus", "inclusive"]

    /// A total stated with the percentage it includes right after it: "Summit is $69.99 a month
    /// before tax, which comes to $84.09 with 13% HST" is $69.99 plus 13%. Only the words of
    /// inclusion (and "of", "inclusive of") may stand between the total and the percentage, and
    /// the amount comes before the total in its sentence.
    static func included(_ percents: [NumericClaim], in operands: [NumericClaim], giving claim: NumericClaim, text: String) -> [Computation] {
        var found: [Computation] = []
        for p in percents {
            let between = words(of: text, in: claim.end..<p.start)
            guard let share = p.low, let first = between.first, inclusionWords.contains(first), between.count <= 2,
                  between.dropFirst().allSatisfy({ $0 == "of" }) else { continue }
            for x in operands {
                guard let value = amount(x, inScaleOf: claim) else { continue }
                found.append(Computation(value: value * (1 + share / 100), operands: [x, p], expression: "\(x.surface) + \(p.surface)"))
            }
        }
        return found
    }

    /// Whether two claims of one fact are in one sentence.
    static func sameSentence(_ a: NumericClaim, _ b: NumericClaim, _ tokens: [Token]) -> Bool {
        let sentenceA = tokens.first { $0.start >= a.start }?.sentence, sentenceB = tokens.first { $0.start >= b.start }?.sentence
        return sentenceA != nil && sentenceA == sentenceB
    }

    /// Whether one claim is a sum of money per period (or per person, per item) and the other the
    /// same currency stated without one: the period or the one it is for is the first's, left unsaid.
    static func samePeriodlessMoney(_ a: NumericClaim, _ b: NumericClaim) -> Bool {
        func currency(_ dimension: Dimension) -> Dimension? {
            if case .per(let numerator, let denominator) = dimension, denominator == .time || denominator.isCount, numerator.isMoney { return numerator }
            return dimension.isMoney ? dimension : nil
        }
        guard let ca = currency(a.dimension), let cb = currency(b.dimension), ca == cb else { return false }
        return (a.dimension == ca) != (b.dimension == cb)
    }

    /// Two counts of one thing (a "20-lesson week" and "18 lessons").
    static func sameCount(_ a: Dimension, _ b: Dimension) -> Bool {
        guard case .count(let nounA) = a, case .count(let nounB) = b, !nounA.isEmpty, !nounB.isEmpty else { return false }
        return Lexicon.singular(nounA.split(separator: " ").last.map(String.init) ?? "") == Lexicon.singular(nounB.split(separator: " ").last.map(String.init) ?? "")
    }

    /// An amount shared out over a count: "120 connections across 4 app servers ... gives each
    /// server 40 connections", "52 liners cost €6.50, about 25 cent a liner". The result is of the
    /// amount's dimension and is said to be for each one ("each", "every", "per", or "a"/"an"
    /// right after it).
    static func shares(of operands: [NumericClaim], giving claim: NumericClaim, tokens: [Token]) -> [Computation] {
        guard let position = tokens.firstIndex(where: { $0.start >= claim.start }) else { return [] }
        let end = tokens.firstIndex(where: { $0.start >= claim.end }) ?? tokens.count
        // The word right before the value, or before the one noun before it ("each server 40
        // connections"); after it, the next word ("25 cent a liner", "$4 each").
        let before = tokens[max(0, position - 2)..<position]
        let distributive = before.contains { ["each", "every", "per"].contains($0.lower) } && !before.contains { $0.shape == .punctuation }
            || end < tokens.count && ["each", "per", "a", "an"].contains(tokens[end].lower)
        guard distributive else { return [] }
        var found: [Computation] = []
        for x in operands where sameQuantity(x, claim) {
            for n in operands where n != x && n.dimension.isCount && !sameCount(n.dimension, x.dimension) {
                guard let amount = x.normalizedLow, let count = n.normalizedLow, count > 1 else { continue }
                found.append(Computation(value: amount / count, operands: [x, n], expression: "\(x.surface) ÷ \(n.surface)"))
            }
        }
        return found
    }
}
