import Foundation

/// The score of `kb check` on one labelled set: which planted conflicts it found, which traps it
/// reported, and which findings match no label (to be read by a person).
public struct CheckScore: Sendable {
    public struct Matched: Sendable {
        public var conflict: String
        public var kind: String
        public var finding: Int
    }

    public var set: String
    public var findings: [ReportedFinding]
    public var conflicts: [CheckLabels.Conflict]
    public var traps: [CheckLabels.Trap]
    /// Conflict id -> the findings that match it.
    public var found: [String: [Int]]
    /// Trap id -> the findings that report it.
    public var trapped: [String: [Int]]
    /// Findings matching neither a conflict nor a trap.
    public var unlabelled: [Int]

    public init(set: String, labels: CheckLabels, findings: [ReportedFinding]) {
        self.set = set
        self.findings = findings
        self.conflicts = labels.conflicts
        self.traps = labels.traps
        var found: [String: [Int]] = [:]
        var trapped: [String: [Int]] = [:]
        var labelled: Set<Int> = []
        for (index, finding) in findings.enumerated() {
            for conflict in labels.conflicts where Self.finding(finding, covers: conflict.sides) {
                found[conflict.id, default: []].append(index)
                labelled.insert(index)
            }
            for trap in labels.traps where Self.finding(finding, covers: trap.sides) {
                trapped[trap.id, default: []].append(index)
                labelled.insert(index)
            }
        }
        self.found = found
        self.trapped = trapped
        self.unlabelled = findings.indices.filter { !labelled.contains($0) }
    }

    /// A finding covers a labelled pair when each side is carried by its facts from that side's
    /// file: by one fact, or, for a quote that runs over a sentence end (kb splits facts at
    /// sentences), sentence by sentence, each sentence of the quote that holds a number carried by
    /// one of them ("Visa students must attend 80% of their lessons. On a 20-lesson week").
    public static func finding(_ finding: ReportedFinding, covers sides: [CheckLabels.Side]) -> Bool {
        !sides.isEmpty && sides.allSatisfy { side in
            let facts = finding.facts.filter { TextMatch.source($0.source, is: side.file) }
            if facts.contains(where: { TextMatch.fact($0.text, carries: side.quote) }) { return true }
            let sentences = TextMatch.sentences(side.quote), numbered = sentences.filter { $0.contains(where: \.isNumber) }
            return sentences.count > 1 && !numbered.isEmpty && numbered.allSatisfy { sentence in facts.contains { TextMatch.fact($0.text, carries: sentence) } }
        }
    }

    /// Findings that match a planted conflict and no trap.
    public var realFindings: Int {
        let real = Set(found.values.flatMap { $0 })
        let falseOnes = Set(trapped.values.flatMap { $0 })
        return real.subtracting(falseOnes).count
    }

    public var recall: Double { conflicts.isEmpty ? 1 : Double(found.count) / Double(conflicts.count) }
    /// Real findings over all findings (unlabelled ones counted as false until a person reads them).
    public var strictPrecision: Double { findings.isEmpty ? 1 : Double(realFindings) / Double(findings.count) }

    /// Recall per kind of planted conflict: kind -> (found, planted).
    public var recallByKind: [String: (Int, Int)] {
        var result: [String: (Int, Int)] = [:]
        for conflict in conflicts {
            var entry = result[conflict.kind] ?? (0, 0)
            entry.1 += 1
            if found[conflict.id] != nil { entry.0 += 1 }
            result[conflict.kind] = entry
        }
        return result
    }
}
