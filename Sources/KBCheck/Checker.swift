import KBModel
import KBText

/// Runs the rules over a corpus's facts and returns the findings in a stable order.
///
/// For example:
///
/// ```swift
/// let findings = Checker().run(facts)            // every rule
/// Checker(kinds: [.numeric]).run(facts)          // numbers only
/// ```
public struct Checker: Sendable {
    /// The rules, one per kind of finding.
    static let rules: [any CheckRule] = [ListRule(), PolarityRule(), NumericRule(), ArithmeticRule(), StaleRule()]

    public var kinds: Set<Finding.Kind>
    /// Findings below this confidence are left out.
    public var minimumConfidence: Double

    /// Findings below this confidence are not reported unless asked for (`--min-confidence`).
    public static let defaultMinimumConfidence = 0.3

    public init(kinds: Set<Finding.Kind> = Set(Finding.Kind.allCases), minimumConfidence: Double = Checker.defaultMinimumConfidence) {
        self.kinds = kinds
        self.minimumConfidence = minimumConfidence
    }

    /// The name, summary and help of the rule for each kind (for SARIF and `--help`).
    public static func describe(_ kind: Finding.Kind) -> (name: String, summary: String, help: String) {
        guard let rule = rules.first(where: { $0.kind == kind }) else { return (kind.rawValue, "", "") }
        return (rule.name, rule.summary, rule.help)
    }

    /// Every finding, ordered by subject, kind, then the first fact's place in the corpus; one
    /// finding per fingerprint.
    public func run(_ facts: [CheckFact]) -> [Finding] {
        let context = CheckContext(facts: facts, aligningSupports: !kinds.isDisjoint(with: [.list, .polarity]),
                                   aligningNumbers: !kinds.isDisjoint(with: [.numeric, .stale]))
        var seen: Set<String> = []
        // The rules read the shared context only: they run side by side.
        let minimum = minimumConfidence
        let findings = Self.rules.filter { kinds.contains($0.kind) }.concurrentMap { $0.findings(in: context) }
            .flatMap { $0 }.filter { $0.confidence >= minimum }
        return findings.sorted { a, b in
            (a.subject.lowercased(), Finding.Kind.allCases.firstIndex(of: a.kind) ?? 0, a.facts.first?.factID ?? 0, a.id)
                < (b.subject.lowercased(), Finding.Kind.allCases.firstIndex(of: b.kind) ?? 0, b.facts.first?.factID ?? 0, b.id)
        }.filter { seen.insert($0.id).inserted }
    }

    /// What the numeric pairing made of the claims of two facts (by fact id): each claim as read,
    /// and for each pair of their claims the step that paired or refused it. Nil when either id is
    /// not among the facts.
    public func explain(_ facts: [CheckFact], _ first: Int64, _ second: Int64) -> [String]? {
        guard let a = facts.firstIndex(where: { $0.id == first }), let b = facts.firstIndex(where: { $0.id == second }), a != b else { return nil }
        let context = CheckContext(facts: facts, aligningSupports: false, aligningNumbers: false)
        var lines: [String] = []
        _ = NumericAlignment(context: context).pairs(watching: [a, b]) { lines.append($0) }
        return lines
    }
}
