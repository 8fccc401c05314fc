import KBModel
import KBText
/// Runs the conflict rules over a corpus's facts and returns the findings in a stable order.
///
/// For example:
///
/// ```swift
/// let findings = Checker().run(facts)            // every rule
/// Checker(kinds: [.numeric]).run(facts)          // numbers only
/// ```
public struct Checker: Sendable {
    /// The rules, one per kind of finding.
    static let rules: [any CheckRule] = [ListRule(), PolarityRule(), NumericRule(), ArithmeticRule()]

    public var kinds: Set<Finding.Kind>

    /// The rule that finds `kind`.
    static func rule(for kind: Finding.Kind) -> any CheckRule {
        rules.first { $0.kind == kind } ?? ListRule()
    }

    public init(kinds: Set<Finding.Kind> = Set(Finding.Kind.allCases)) {
        self.kinds = kinds
    }

    /// Every finding, ordered by subject, kind, then the first fact's place in the corpus; one
    /// finding per fingerprint.
    public func run(_ facts: [CheckFact]) -> [Finding] {
        let context = CheckContext(facts: facts)
        var seen: Set<String> = []
        let findings = Self.rules.filter { kinds.contains($0.kind) }.flatMap { $0.findings(in: context) }
        return findings.sorted { a, b in
            (a.subject.lowercased(), Finding.Kind.allCases.firstIndex(of: a.kind) ?? 0, a.facts.first?.factID ?? 0, a.id)
                < (b.subject.lowercased(), Finding.Kind.allCases.firstIndex(of: b.kind) ?? 0, b.facts.first?.factID ?? 0, b.id)
        }.filter { seen.insert($0.id).inserted }
    }
}
