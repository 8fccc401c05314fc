import KBModel
import KBText
/// The same subject and object asserted and denied outside any list: "GPU support" against
/// "No GPU support", "supports container images" against "does NOT support container images".
struct PolarityRule: CheckRule {
    let kind = Finding.Kind.polarity
    let name = "PolarityConflict"
    let summary = "One fact asserts what another denies about the same subject."
    let help = """
        Compares, per subject, features asserted ("GPU support", "supports container images") and denied \
        ("No GPU support", "does NOT support container images") outside lists. Subjects are matched by name \
        (a shorter distinctive name joins the longer one it opens or ends); hedged facts are ignored. \
        Correct the outdated fact, or accept the finding with --write-baseline.
        """

    func findings(in context: CheckContext) -> [Finding] {
        context.supportConflicts.filter { !$0.isList && !$0.denied.isEmpty }.map { conflict in
            let evidence = conflict.evidence(context.facts)
            return Finding(kind: kind, severity: .error, subject: conflict.subject,
                           attribute: "supports " + conflict.item.primaryDisplay,
                           message: "\(conflict.subject): \(conflict.item.primaryDisplay) is asserted by one fact and denied by another.",
                           facts: evidence, values: evidence.map(\.says))
        }
    }
}
