import KBModel

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
        Expressions with variables are never evaluated. Correct the stated result, or accept the finding with \
        --write-baseline.
        """

    func findings(in context: CheckContext) -> [Finding] {
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
