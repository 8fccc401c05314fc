import KBModel

/// Numbers for one subject and property, under compatible qualifiers, that cannot both hold:
/// two prices of one unit, two maxima of one limit, two latencies of one operation.
struct NumericRule: CheckRule {
    let kind = Finding.Kind.numeric
    let name = "NumericConflict"
    let summary = "Two facts give numbers for the same subject and property that cannot both hold."
    let help = """
        Pairs numeric claims whose subjects are alike (names weigh most), whose property is the same (a metric of the \
        ontology, the same counted thing, or alike wording), and whose qualifiers do not tell them apart (a plan, place, \
        setting, feature or condition on both sides must agree; a release stated on one side only is another release), then compares their values as intervals widened by \
        their rounding. Hedged values (examples, scenarios, recommendations, rumours) and before values of a change are \
        never compared; claims from answers stamped with different years are reported as stale instead. Each finding \
        carries its confidence and the reasons for the pairing. Correct the outdated fact, or accept the finding with \
        --write-baseline.
        """

    func findings(in context: CheckContext) -> [Finding] {
        context.numericPairs.compactMap { pair in
            let yearA = pair.a.claim.year, yearB = pair.b.claim.year
            if let yearA, let yearB, yearA != yearB { return nil }
            // A value stated for one release ("SQLite 3.22.0 contains 5290 assert() macros")
            // describes that release; a value stated for none may be of any other.
            let versionA = pair.a.claim.qualifiers.contains { $0.kind == .version }, versionB = pair.b.claim.qualifiers.contains { $0.kind == .version }
            if versionA != versionB { return nil }
            return finding(pair, context: context)
        }
    }

    func finding(_ pair: NumericAlignment.Pair, context: CheckContext) -> Finding {
        let (first, second) = pair.a.fact <= pair.b.fact ? (pair.a, pair.b) : (pair.b, pair.a)
        let message = "\(pair.subject) \(pair.attribute): \(first.claim.surface) and \(second.claim.surface) cannot both hold "
            + "(\(NumericAlignment.describe(first.claim)) vs \(NumericAlignment.describe(second.claim)))."
        let severity: Finding.Severity = pair.confidence >= 0.6 ? .error : .warning
        return Finding(kind: kind, severity: severity, subject: pair.subject, attribute: pair.attribute, message: message,
                       facts: [context.facts[first.fact].evidence(first.claim.surface), context.facts[second.fact].evidence(second.claim.surface)],
                       values: [NumericAlignment.describe(first.claim), NumericAlignment.describe(second.claim)],
                       confidence: pair.confidence, reasons: pair.reasons)
    }
}
