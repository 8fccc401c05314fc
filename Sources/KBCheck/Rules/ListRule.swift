import KBModel

/// One item both included and excluded within lists, or left out of a closed list another fact
/// includes: "supports: (2) Python 3.12" against "Not supported: Node.js, Python" or "Java only".
struct ListRule: CheckRule {
    let kind = Finding.Kind.list
    let name = "ListConflict"
    let summary = "An item is in one fact's list and excluded or left out of a closed list by another."
    let help = """
        Compares, per subject, the items lists support ("supports: A, B", "works with A and B") with items other facts \
        exclude ("Not supported: A", "does NOT support A", "A is not available") and with closed lists ("A only", \
        "limited to A and B") that leave an item out. A closed list only speaks for items of its own sort (items listed \
        together somewhere, or sharing a head word). Subjects are matched by the corpus's names; statements under a \
        condition or hedged are ignored. Correct the outdated list, or accept the finding with --write-baseline.
        """

    func findings(in context: CheckContext) -> [Finding] {
        let supports = context.supportConflicts.filter(\.isList)
        // A pair of facts the support statements already set against each other is reported once.
        var pairs: Set<[Int]> = []
        for conflict in supports { for side in conflict.against { pairs.insert([conflict.positive.fact, side.fact]) } }
        return supports.map { Self.finding($0, kind: kind, context: context) }
            + context.enumerationConflicts.filter { !pairs.contains([$0.open, $0.closed]) }.map { Self.finding($0, kind: kind, context: context) }
    }

    static func finding(_ conflict: EnumerationAlignment.Conflict, kind: Finding.Kind, context: CheckContext) -> Finding {
        let items = conflict.extras.joined(separator: ", ")
        let evidence = [context.facts[conflict.open].evidence("includes: \(items)"),
                        context.facts[conflict.closed].evidence("leaves out: \(conflict.closedItems.joined(separator: ", ")) only")]
        return Finding(kind: kind, severity: .warning, subject: conflict.subject, attribute: "supports " + items,
                       message: "\(conflict.subject): \(items) \(conflict.extras.count == 1 ? "is" : "are") listed by one fact but left out of a closed list by another.",
                       facts: evidence, values: evidence.map(\.says), confidence: conflict.confidence, reasons: conflict.reasons)
    }

    static func finding(_ conflict: SupportAlignment.Conflict, kind: Finding.Kind, context: CheckContext) -> Finding {
        let item = conflict.positive.statement.item
        let positive = context.facts[conflict.positive.fact].evidence("includes: \(item)")
        var evidence = [positive]
        for side in conflict.against where !evidence.contains(where: { $0.factID == context.facts[side.fact].id }) {
            let phrase = side.statement.phrase, item = side.statement.item
            let closedList = phrase.contains(item) ? phrase : phrase.lowercased() == "only" ? "\(item) only" : "\(phrase) \(item)"
            let says = side.statement.polarity == .supports ? "leaves out: \(closedList)" : "excludes: \(side.statement.item)"
            evidence.append(context.facts[side.fact].evidence(says))
        }
        let message = conflict.closedOut
            ? "\(conflict.subject): \(item) is included by one fact but left out of a closed list by another."
            : "\(conflict.subject): \(item) is included by one fact and excluded by another."
        // A closed list leaves an item out by inference: a warning at most.
        let severity: Finding.Severity = conflict.confidence >= 0.6 && !conflict.closedOut ? .error : .warning
        return Finding(kind: kind, severity: severity, subject: conflict.subject,
                       attribute: "supports " + Self.name(of: item), message: message, facts: evidence, values: evidence.map(\.says),
                       confidence: conflict.confidence, reasons: conflict.reasons)
    }

    /// An item without the versions written after it ("Python 3.11 and later" -> "Python").
    static func name(of item: String) -> String {
        var words: [Substring] = []
        for word in item.split(separator: " ") {
            if let first = word.unicodeScalars.first, first.properties.numericType != nil, !words.isEmpty { break }
            words.append(word)
        }
        return words.isEmpty ? item : words.joined(separator: " ")
    }
}
