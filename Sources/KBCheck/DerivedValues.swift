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
        for claim in fact.claims where usable(claim) {
            // A word of consequence in the claim's sentence, before it.
            guard let marker = consequence(before: claim.start, in: tokens) else { continue }
            let here = fact.claims.filter { $0.end <= marker }.filter(usable)
            let operands = (previous?.claims ?? []).filter(usable) + here
            let candidates = computations(of: operands, giving: claim) + sums(of: here, giving: claim, tokens: tokens)
                + unitPrices(of: here, giving: claim, text: fact.text)
            guard !candidates.isEmpty, !candidates.contains(where: { agrees($0, claim) }), candidates.count == 1,
                  let only = candidates.first, let stated = claim.normalizedLow else { continue }
            // The operation is guessed from the units: trusted only when it lands near the stated
            // value. Far off (by more than a third), the answer computed something else (more
            // terms, another period) and says nothing wrong that this could show.
            guard abs(only.value - stated) <= maximumError * abs(stated) else { continue }
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
        let before = String(String.UnicodeScalarView(text.unicodeScalars.prefix(claim.start)))
        guard let word = before.split(whereSeparator: { !$0.isLetter }).last else { return false }
        return Lexicon.standard.classes(of: word.lowercased()).contains(.changeOrigin)
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
                if case .per(let numerator, let denominator) = a.dimension, denominator == b.dimension, numerator == claim.dimension {
                    found.append(Computation(value: va * vb, operands: [a, b], expression: "\(a.surface) × \(b.surface)"))
                }
                if case .per(let numerator, let denominator) = b.dimension, numerator == a.dimension, denominator == claim.dimension {
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
                guard b.start - a.end <= 6, let written = b.low, let statedWritten = claim.low, let stated = claim.normalizedLow, statedWritten != 0 else { continue }
                // In the claim's base unit: the value of each as written, scaled as the claim's is.
                let each = b.dimension == claim.dimension ? (b.normalizedLow ?? written) : written * stated / statedWritten
                let between = String(String.UnicodeScalarView(scalars[a.end..<b.start])).lowercased().trimmingCharacters(in: .whitespaces)
                guard ["at", "of", "for", "@"].contains(between) else { continue }
                found.append(Computation(value: count * each, operands: [a, b], expression: "\(a.surface) × \(b.surface)"))
            }
        }
        return found
    }

    /// Whether `rate` is an amount of `dimension` per something.
    static func isRate(_ rate: Dimension, of dimension: Dimension) -> Bool {
        if case .per(let numerator, _) = rate { return numerator == dimension }
        return false
    }

    /// Whether a computed value agrees with the stated one within the rounding of the numbers.
    static func agrees(_ computation: Computation, _ claim: NumericClaim) -> Bool {
        guard let stated = claim.normalizedLow else { return true }
        let tolerance = claim.comparator == .approximately || computation.operands.contains { $0.comparator == .approximately } ? 0.10 : 0.03
        return abs(computation.value - stated) <= tolerance * max(abs(stated), abs(computation.value))
    }
}
