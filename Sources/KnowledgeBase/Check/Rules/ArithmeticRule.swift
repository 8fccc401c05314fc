import KBModel
import KBText
/// A computation stated inside one fact that does not hold: products and sums with units, a
/// computation in parentheses after the rate it uses, before/after pairs with a stated percentage,
/// and stated ratios after "vs". Expressions with variables are never evaluated.
struct ArithmeticRule: CheckRule {
    let kind = Finding.Kind.arithmetic
    let name = "ArithmeticMismatch"
    let summary = "A computation stated in a fact does not add up."
    let help = """
        Evaluates fully numeric computations inside one fact with their units: products and sums with an equals \\
        sign ("1000 × 4s × 10GB × $0.0001667/GB-s = $6.67"), a computation in parentheses after the rate it uses \\
        ("$0.015/GB-hour (50 instances @ 512MB = $5.40/day)"), before/after pairs with a stated percentage \\
        ("2.5 s → 0.7 s (71.7% reduction)") and ratios after "vs" ("75x cheaper"). Units are converted (MB to GB, \\
        seconds to hours, an hourly rate to a daily result); rounding to the stated precision (at least 2.5%) is \\
        allowed; expressions with variables ("N × S × $0.000025") are skipped. Error when off by more than 10%.
        """

    func findings(in context: CheckContext) -> [Finding] {
        context.facts.concurrentMap { fact -> [Finding] in
            let text = fact.text
            guard !fact.claims.isEmpty,
                  text.has("=") || text.has("→") || text.has("×") || text.has(" vs") || text.has("->")
            else { return [] }
            let scalars = Array(fact.text.unicodeScalars)
            return Arithmetic.mismatches(in: scalars, claims: fact.claims).map { mismatch in
                let subject = mismatch.claim?.subject ?? ClaimContext.fallbackSubject(lead: fact.lead, topic: fact.topic)
                return Finding(kind: kind, severity: mismatch.severity, subject: subject, attribute: mismatch.expression,
                               message: mismatch.message, facts: [fact.evidence(mismatch.expression)],
                               values: ["stated: \(mismatch.stated)", "computed: \(mismatch.computed)"])
            }
        }.flatMap { $0 }
    }
}
