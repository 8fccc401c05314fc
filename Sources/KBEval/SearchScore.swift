import Foundation

/// A result of `kb search --json` (or of the baseline), as the scorer needs it.
public struct RankedAnswer: Codable, Sendable {
    public var source: String
    public var question: String?
    /// Results of one answer share this key; only an answer's first result counts.
    public var answerKey: String
}

/// Hit@1, hit@3 and mean reciprocal rank (within the first 10 answers) of ranked answers for
/// labelled queries, overall and by kind of query.
public struct SearchScore: Sendable {
    public struct Row: Sendable {
        public var label: QueryLabel
        /// 1-based rank of the first right answer among distinct answers, nil when not in the top 10.
        public var rank: Int?
        public var empty: Bool
    }

    public var rows: [Row]

    public init(labels: [QueryLabel], results: [String: [RankedAnswer]]) {
        rows = labels.map { label in
            let ranked = results[label.id] ?? []
            var seen: Set<String> = []
            var position = 0
            var rank: Int?
            for result in ranked where seen.insert(result.answerKey).inserted {
                position += 1
                if position > 10 { break }
                if label.answers.contains(where: { Self.isAnswer(result, $0) }) {
                    rank = position
                    break
                }
            }
            return Row(label: label, rank: rank, empty: ranked.isEmpty)
        }
    }

    /// The same page, and the same question once folded (a trailing pilcrow, as Sphinx pages put
    /// after headings, ignored).
    public static func isAnswer(_ result: RankedAnswer, _ answer: QueryLabel.Answer) -> Bool {
        guard TextMatch.source(TextMatch.path(ofLocation: result.source), is: answer.page), let question = result.question else { return false }
        func clean(_ text: String) -> String {
            TextMatch.fold(text).trimmingCharacters(in: CharacterSet(charactersIn: "¶ "))
        }
        let a = clean(question), b = clean(answer.question)
        if a == b { return true }
        let (shorter, longer) = a.count < b.count ? (a, b) : (b, a)
        return shorter.count >= 15 && longer.contains(shorter)
    }

    public func figures(kind: String? = nil) -> (count: Int, hit1: Double, hit3: Double, mrr: Double, empty: Int) {
        let selected = rows.filter { kind == nil || $0.label.kind == kind }
        guard !selected.isEmpty else { return (0, 0, 0, 0, 0) }
        let n = Double(selected.count)
        let hit1 = Double(selected.filter { $0.rank == 1 }.count) / n
        let hit3 = Double(selected.filter { ($0.rank ?? 99) <= 3 }.count) / n
        let mrr = selected.reduce(0.0) { $0 + ($1.rank.map { 1 / Double($0) } ?? 0) } / n
        return (selected.count, hit1, hit3, mrr, selected.filter(\.empty).count)
    }
}
