import KBModel
import KBText

/// One kind of finding, found over the whole corpus; its message and help live beside it.
protocol CheckRule: Sendable {
    var kind: Finding.Kind { get }
    /// A name for tools that list rules ("NumericConflict").
    var name: String { get }
    /// One line: what the rule finds.
    var summary: String { get }
    /// What the rule compares, what it ignores, and what to do about a finding.
    var help: String { get }
    func findings(in context: CheckContext) -> [Finding]
}

/// What every rule sees: the facts, and what is computed once for all rules.
struct CheckContext: Sendable {
    var facts: [CheckFact]
    var entities: EntityMatcher
    /// Items supported by one fact and denied (or left out of a closed list) by another: found
    /// once, read by the list and the polarity rules.
    var supportConflicts: [SupportAlignment.Conflict] = []
    /// Closed lists against lists that name more of the same things (read by the list rule).
    var enumerationConflicts: [EnumerationAlignment.Conflict] = []
    /// Numeric claims that speak of the same thing, scored: found once, read by the numeric and
    /// the stale rules.
    var numericPairs: [NumericAlignment.Pair] = []

    /// - Parameters:
    ///   - aligningSupports: whether to align support statements (the list and polarity rules
    ///     need them).
    ///   - aligningNumbers: whether to align numeric claims (the numeric and stale rules need them).
    init(facts: [CheckFact], aligningSupports: Bool = true, aligningNumbers: Bool = true) {
        self.facts = facts
        var names: [String] = []
        for fact in facts {
            names += fact.claims.compactMap(\.subject)
            names += fact.supports.compactMap(\.subject)
        }
        entities = EntityMatcher(names: names, texts: facts.map(\.text), sources: facts.map(\.location.path))
        // The three alignments read the facts and the entities only: they run side by side.
        let base = self
        enum Aligned: Sendable {
            case supports([SupportAlignment.Conflict]), enumerations([EnumerationAlignment.Conflict]), numbers([NumericAlignment.Pair])
        }
        var work: [@Sendable () -> Aligned] = []
        if aligningSupports {
            work.append { .supports(SupportAlignment(context: base).conflicts()) }
            work.append { .enumerations(EnumerationAlignment(context: base).conflicts()) }
        }
        if aligningNumbers { work.append { .numbers(NumericAlignment(context: base).pairs()) } }
        for result in work.concurrentMap({ $0() }) {
            switch result {
            case .supports(let conflicts): supportConflicts = conflicts
            case .enumerations(let conflicts): enumerationConflicts = conflicts
            case .numbers(let pairs): numericPairs = pairs
            }
        }
    }
}
