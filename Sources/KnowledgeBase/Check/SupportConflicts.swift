import KBModel
import KBText
/// Items one fact includes and another excludes, for one subject: the evidence behind list and
/// polarity findings.
///
/// An item conflicts when a positive statement includes it and another fact either denies it
/// (versions overlapping: "Python 3.12 and later" against "Not supported: Python") or gives a
/// closed list that leaves it out ("Java only"). A closed list only speaks for items of its own
/// sort: ones the corpus lists together with one of its items somewhere ("Java, Python, .NET"),
/// so ".zip deployments only" says nothing about runtimes. Two open lists that differ agree.
struct SupportConflict: Sendable {
    var subject: String
    var item: ListItem
    var included: [SupportStatement]
    var denied: [SupportStatement]
    var closedOut: [SupportStatement]
    /// Whether lists are involved (a closed list, or a statement from a list of several items).
    var isList: Bool

    static func all(in context: CheckContext) -> [SupportConflict] {
        let statements = context.statements
        guard !statements.isEmpty else { return [] }
        let subjects = SubjectIndex(names: statements.map(\.subject))
        var listItems: [String: [SupportStatement]] = [:]
        for statement in statements { listItems[statement.listKey, default: []].append(statement) }
        // Item primaries listed together anywhere, whatever the subject.
        var together: [String: Set<String>] = [:]
        for members in listItems.values where members.count > 1 {
            let names = members.reduce(into: Set<String>()) { $0.formUnion($1.item.names) }
            for member in members { together[member.item.primary, default: []].formUnion(names) }
        }
        // Names the corpus uses for one item: "Java 11 and later (Amazon Corretto managed runtime)"
        // makes Corretto a name of Java, so "Corretto 11/17/21 only" covers Java.
        var aliases: [String: Set<String>] = [:]
        for statement in statements where statement.item.names.count > 1 {
            for name in statement.item.names { aliases[name, default: []].formUnion(statement.item.names) }
        }
        var bySubject: [String: [SupportStatement]] = [:]
        for statement in statements { bySubject[subjects.key(statement.subject), default: []].append(statement) }

        var conflicts: [SupportConflict] = []
        for key in bySubject.keys.sorted() {
            guard let group = bySubject[key] else { continue }
            let positives = group.filter { $0.polarity == .positive }
            // Denials by every name they use, so each positive looks up only its own.
            var negatives: [String: [SupportStatement]] = [:]
            for statement in group where statement.polarity == .negative {
                for key in Self.lookupKeys(statement.item) { negatives[key, default: []].append(statement) }
            }
            var closedLists: [String: [SupportStatement]] = [:]
            for statement in positives where statement.closed { closedLists[statement.listKey, default: []].append(statement) }
            var byItem: [String: SupportConflict] = [:]
            var order: [String] = []
            for positive in positives {
                let fact = context.facts[positive.fact]
                func apart(_ other: SupportStatement) -> Bool {
                    let otherFact = context.facts[other.fact]
                    return otherFact.id != fact.id && otherFact.clusterID != fact.clusterID
                }
                var denials: [SupportStatement] = []
                for key in Self.lookupKeys(positive.item) {
                    for negative in negatives[key] ?? [] where !denials.contains(negative) {
                        if apart(negative), negative.item.matches(positive.item), negative.item.versions.overlaps(positive.item.versions) {
                            denials.append(negative)
                        }
                    }
                }
                var omissions: [SupportStatement] = []
                let sort = together[positive.item.primary] ?? []
                for listKey in closedLists.keys.sorted() where listKey != positive.listKey {
                    guard let list = closedLists[listKey], let first = list.first, apart(first) else { continue }
                    let known = aliases[positive.item.primary, default: []].union(positive.item.names)
                    let covers = list.contains { member in
                        member.item.matches(positive.item) || member.item.names.contains { name in known.contains { ListItem.namesMatch(name, $0) } }
                    }
                    let sameSort = list.contains { member in
                        member.item.names.union([member.item.primary]).contains { name in sort.contains { ListItem.namesMatch(name, $0) } }
                    }
                    if !covers, sameSort { omissions += list }
                }
                guard !denials.isEmpty || !omissions.isEmpty else { continue }
                let itemKey = positive.item.primary
                if byItem[itemKey] == nil {
                    order.append(itemKey)
                    byItem[itemKey] = SupportConflict(subject: subjects.displayName(positive.subject), item: positive.item,
                                                      included: [], denied: [], closedOut: [], isList: false)
                }
                byItem[itemKey]?.included.append(positive)
                byItem[itemKey]?.denied += denials
                byItem[itemKey]?.closedOut += omissions
            }
            for itemKey in order {
                guard var conflict = byItem[itemKey] else { continue }
                let involved = conflict.included + conflict.denied + conflict.closedOut
                conflict.isList = !conflict.closedOut.isEmpty
                    || involved.contains { Set((listItems[$0.listKey] ?? []).map(\.item.primary)).count > 1 }
                conflicts.append(conflict)
            }
        }
        return conflicts
    }

    /// Keys under which an item is found: the first and last word of each of its names, so that
    /// names matching word for word ("corretto", "amazon corretto") share a key.
    static func lookupKeys(_ item: ListItem) -> Set<String> {
        var keys: Set<String> = []
        for name in item.names.union([item.primary]) {
            let words = name.split(separator: " ")
            if let first = words.first { keys.insert(String(first)) }
            if let last = words.last { keys.insert(String(last)) }
        }
        return keys
    }

    /// The facts involved, each once, included first, in corpus order within each side.
    func evidence(_ facts: [CheckFact]) -> [Finding.Evidence] {
        var seen: Set<Int> = []
        var result: [Finding.Evidence] = []
        for (side, statements) in [("includes", included), ("excludes", denied), ("leaves out", closedOut)] {
            for statement in statements.sorted(by: { $0.fact < $1.fact }) where seen.insert(statement.fact).inserted {
                let says = side == "includes" ? statement.item.text : statement.phrase
                result.append(facts[statement.fact].evidence("\(side): \(says)"))
            }
        }
        return result
    }

    /// One sentence: who includes the item and who excludes it.
    var message: String {
        let name = item.text.split(separator: " ").prefix(while: { !ListItem.isVersionWord(String($0)) }).joined(separator: " ")
        var parts: [String] = []
        if !denied.isEmpty { parts.append("explicitly excluded by \(Set(denied.map(\.fact)).count)") }
        if !closedOut.isEmpty { parts.append("left out of a closed list by \(Set(closedOut.map(\.fact)).count)") }
        let includedCount = Set(included.map(\.fact)).count
        return "\(subject): \(name) is included by \(includedCount) fact\(includedCount == 1 ? "" : "s") but "
            + parts.joined(separator: " and ") + "."
    }
}
