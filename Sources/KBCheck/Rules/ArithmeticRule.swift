import KBModel
import KBText

/// A computation stated in one fact that does not hold: a product or sum and its stated result,
/// a value restated in another unit, a change and its stated percentage, a stated ratio.
struct ArithmeticRule: CheckRule {
    let kind = Finding.Kind.arithmetic
    let name = "ArithmeticError"
    let summary = "A computation stated in a fact does not give the result it states."
    let help = """
        Evaluates fully numeric computations written in one fact: products and sums with a stated result \
        ("7 × $9 = $56", "a fee of $35 plus $45, a total of $90"), "P% of X", values restated in another unit \
        ("32 kg, roughly 64 lb"), changes with a stated percentage ("from 40 s to 10 s, a 60% reduction") and ratios \
        ("$10 vs $750 (75x cheaper)"), carrying units through and allowing the rounding of the numbers as written. \
        Also checks a value an answer derives from the values just before it, joined by a word of consequence, when its \
        units allow exactly one computation ("$2.50 per hour. A 3-hour visit therefore costs $8.50": $7.50), and a \
        result word after amounts joined by words ("Twelve days at $28 each add up to $346": $336), computed as a sum, \
        a product, one per the other, a difference or an amount with a percentage of it, reported when none gives the \
        result and the nearest is within a quarter of it. \
        Expressions with variables are never evaluated. Correct the stated result, or accept the finding with \
        --write-baseline.
        """

    func findings(in context: CheckContext) -> [Finding] {
        // One stated value wrong is one finding, whichever reading found it.
        let derived = derived(in: context)
        let seen = Set(derived.compactMap { finding in finding.facts.last.map { "\($0.factID) \(finding.values.first ?? "")" } })
        return written(in: context).filter { finding in
            finding.facts.last.map { !seen.contains("\($0.factID) \(finding.values.first ?? "")") } ?? true
        } + derived
    }

    /// Values derived from the sentence before without a written operation (``DerivedValues``):
    /// "$2.50 per hour. A 3-hour visit therefore costs $8.50."
    func derived(in context: CheckContext) -> [Finding] {
        var factsOfAnswer: [Int64: [Int]] = [:]
        for (index, fact) in context.facts.enumerated() where !fact.claims.isEmpty { factsOfAnswer[fact.answerID, default: []].append(index) }
        let tokenizer = Tokenizer(lexicon: .standard)
        var found: [Finding] = []
        for answer in factsOfAnswer.keys.sorted() {
            let members = (factsOfAnswer[answer] ?? []).sorted { context.facts[$0].start < context.facts[$1].start }
            for (position, index) in members.enumerated() {
                let fact = context.facts[index]
                let previous = position > 0 ? context.facts[members[position - 1]] : nil
                guard fact.claims.count + (previous?.claims.count ?? 0) >= 2 else { continue }
                let tokens = tokenizer.tokens(fact.text)
                let mismatches = DerivedValues.mismatches(previous: previous, fact: fact, tokens: tokens)
                    + DerivedValues.percentChanges(previous: previous, fact: fact, tokens: tokens)
                for mismatch in mismatches {
                    let computed = mismatch.claim.dimension == .percent ? Arithmetic.percent(mismatch.computed / 100)
                        : Arithmetic.format(mismatch.computed, like: mismatch.claim.surface)
                    var evidence: [Finding.Evidence] = []
                    if let previous, mismatch.operands.contains(where: { operand in previous.claims.contains(operand) }) {
                        evidence.append(previous.evidence(mismatch.operands.filter { previous.claims.contains($0) }.map(\.surface).joined(separator: ", ")))
                    }
                    evidence.append(fact.evidence(mismatch.claim.surface))
                    found.append(Finding(
                        kind: kind, severity: mismatch.error > 0.1 ? .error : .warning, subject: mismatch.claim.subject ?? fact.topic,
                        attribute: mismatch.expression,
                        message: "\(mismatch.expression) gives \(computed), but the answer says \(mismatch.claim.surface)",
                        facts: evidence, values: ["stated: \(mismatch.claim.surface)", "computed: \(computed)"],
                        confidence: 0.8, reasons: ["derived by units: \(mismatch.expression)"]))
                }
            }
        }
        return found
    }

    /// Computations written out in one fact (``Arithmetic``).
    func written(in context: CheckContext) -> [Finding] {
        context.facts.flatMap { fact -> [Finding] in
            guard fact.claims.count >= 2, !fact.claims.allSatisfy({ $0.hedged && $0.hedge != .scenario && $0.hedge != .example }) else { return [] }
            return Arithmetic.mismatches(in: fact.text, claims: fact.claims).map { mismatch in
                Finding(kind: kind, severity: mismatch.severity, subject: fact.claims.first?.subject ?? fact.topic, attribute: mismatch.expression,
                        message: mismatch.message,
                        facts: [fact.evidence(mismatch.expression)],
                        values: ["stated: \(mismatch.stated)", "computed: \(mismatch.computed)"],
                        confidence: mismatch.error > 0.1 ? 0.9 : 0.7,
                        reasons: ["evaluated: \(mismatch.expression)"])
            }
        }
    }
}
