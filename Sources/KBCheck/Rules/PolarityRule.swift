import KBModel

/// The same subject and item asserted and denied outside lists: "supports versioning for shared
/// folders" against "shared folders are not versioned".
struct PolarityRule: CheckRule {
    let kind = Finding.Kind.polarity
    let name = "PolarityConflict"
    let summary = "One fact asserts what another denies about the same subject."
    let help = """
        Compares, per subject, what one fact asserts ("supports X", "X is available", "can pay with X") with what another \
        denies in any verb ("does not support X", "X is not available", "cannot be added to X"), and statements relating \
        the same two things in other words ("can be mounted outdoors" / "can't be installed outdoors"). Subjects are matched by \
        the corpus's names (different names never meet: "Hunspell has support for X" says nothing against "MySpell does \
        not support X"); statements under a condition ("if", "when", "for a class that") or hedged are ignored. Correct \
        the outdated fact, or accept the finding with --write-baseline.
        """

    func findings(in context: CheckContext) -> [Finding] {
        context.supportConflicts.filter { !$0.isList }.map { ListRule.finding($0, kind: kind, context: context) }
    }
}
