import KBModel
import KBText
/// Differing lists: an item one fact lists and another excludes, or leaves out of a closed list.
///
/// For example "SnapStart supports: (1) Java 11 and later, (2) Python 3.12 and later" against
/// "Lambda SnapStart (Java only)" and "Not supported: Node.js, Python, Go". Severity: error when
/// an item is explicitly excluded, warning when a closed list leaves it out.
struct ListRule: CheckRule {
    let kind = Finding.Kind.list
    let name = "ListConflict"
    let summary = "An item one fact lists is excluded by another, or left out of a closed list."
    let help = """
        Compares, per subject, what facts say it supports: open lists ("supports: A, B"), closed lists \
        ("A only", "limited to A/B") and negative lists ("Not supported: A, B"). An item listed by one fact and \
        excluded by another (versions overlapping: "Python 3.12 and later" against "Not supported: Python") is an \
        error; an item a closed list leaves out is a warning when the corpus lists it beside one of the closed \
        list's items elsewhere. Two open lists that differ are not a conflict; hedged facts are ignored. \
        Correct the outdated fact, or accept the finding with --write-baseline.
        """

    func findings(in context: CheckContext) -> [Finding] {
        context.supportConflicts.filter(\.isList).map { conflict in
            Finding(kind: kind, severity: conflict.denied.isEmpty ? .warning : .error, subject: conflict.subject,
                    attribute: "supports " + conflict.item.primaryDisplay, message: conflict.message,
                    facts: conflict.evidence(context.facts),
                    values: conflict.evidence(context.facts).map(\.says))
        }
    }
}
