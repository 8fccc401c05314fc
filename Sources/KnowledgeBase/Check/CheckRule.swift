import KBModel
import KBText
/// What every rule sees: the facts and what was extracted from them once for all rules.
struct CheckContext: Sendable {
    var facts: [CheckFact]
    /// Support statements of every fact (lists, closures, denials, features).
    var statements: [SupportStatement]
    /// Items included by one fact and excluded by another, shared by the list and polarity rules.
    var supportConflicts: [SupportConflict] = []

    init(facts: [CheckFact]) {
        self.facts = facts
        // A lead-in repeated over an enumeration's facts states its list once per answer.
        var seen: Set<String> = []
        self.statements = Array(facts.indices).concurrentMap { index in SupportExtractor.statements(in: facts[index], index: index) }
            .flatMap { $0 }
            .filter { statement in
                let fact = facts[statement.fact]
                let key = "\(fact.answerID)\u{1F}\(statement.subject)\u{1F}\(statement.polarity)\u{1F}\(statement.closed)\u{1F}"
                    + "\(statement.phrase)\u{1F}\(statement.item.primary)"
                return seen.insert(key).inserted
            }
        self.supportConflicts = SupportConflict.all(in: self)
    }
}

/// One kind of conflict, found over the whole corpus.
protocol CheckRule: Sendable {
    var kind: Finding.Kind { get }
    /// A name for tools that list rules ("ListConflict").
    var name: String { get }
    /// One line: what the rule finds.
    var summary: String { get }
    /// What the rule compares, what it ignores, and what to do about a finding.
    var help: String { get }
    func findings(in context: CheckContext) -> [Finding]
}
