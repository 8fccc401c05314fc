import KBModel

/// The same subject, property and qualifiers with different values in answers stamped with
/// different years: the older answer is probably out of date.
struct StaleRule: CheckRule {
    let kind = Finding.Kind.stale
    let name = "StaleAnswer"
    let summary = "An older answer gives another value than a newer one for the same subject and property."
    let help = """
        Pairs numeric claims the way the numeric rule does, but only claims whose facts or answers are stamped with \
        different years ("(2023)", "As of 2025", "Updated 2024:"). A FAQ where a 2023 answer and a 2025 answer disagree \
        usually kept the old answer by mistake: the message names the older and the newer fact. Update or remove the \
        older answer, or accept the finding with --write-baseline.
        """

    func findings(in context: CheckContext) -> [Finding] {
        context.numericPairs.compactMap { pair in
            guard let yearA = pair.a.claim.year, let yearB = pair.b.claim.year, yearA != yearB else { return nil }
            let (older, newer) = yearA < yearB ? (pair.a, pair.b) : (pair.b, pair.a)
            let olderYear = min(yearA, yearB), newerYear = max(yearA, yearB)
            let message = "\(pair.subject) \(pair.attribute): the \(olderYear) answer says \(older.claim.surface), "
                + "the \(newerYear) answer says \(newer.claim.surface); the older one is probably out of date."
            return Finding(kind: kind, severity: .warning, subject: pair.subject, attribute: pair.attribute, message: message,
                           facts: [context.facts[older.fact].evidence("\(olderYear): \(older.claim.surface)"),
                                   context.facts[newer.fact].evidence("\(newerYear): \(newer.claim.surface)")],
                           values: [NumericAlignment.describe(older.claim), NumericAlignment.describe(newer.claim)],
                           confidence: pair.confidence, reasons: pair.reasons + ["stamped \(olderYear) and \(newerYear)"])
        }
    }
}
