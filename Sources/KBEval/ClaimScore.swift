import Foundation

/// The score of claim extraction on one labelled set.
///
/// Only claims of labelled answers count. A reported claim matches a label of the same answer
/// when their surfaces agree (one contains the other once folded, or they start with the same
/// number), preferring the claim whose fact carries the label's sentence; each is matched once.
/// A match is *value-right* when bounds, comparator and unit agree; its subject is right when the
/// content words of one name contain the other's (or half of all their words are shared), and its
/// metric is right when it shares a content word with the labelled metric or names its class.
public struct ClaimScore: Sendable {
    public struct Pair: Sendable {
        public var label: ClaimLabel
        public var claim: ReportedClaim?
        public var valueRight: Bool
        public var subjectRight: Bool
        public var metricRight: Bool
    }

    public var set: String
    public var pairs: [Pair]
    /// Claims reported in labelled answers that match no label.
    public var extra: [ReportedClaim]

    /// `unitsAgree` decides whether two written units are the same unit (the harness passes kb's
    /// own unit table, so that "minutes" and "min" agree).
    public init(set: String, labels: [ClaimLabel], answers: [ExportedAnswer], claims: [ReportedClaim],
                unitsAgree: (String, String) -> Bool) {
        self.set = set
        // The answer each label belongs to (by its opening quote and file).
        func answer(of label: ClaimLabel) -> Int? {
            let quote = TextMatch.fold(label.answer_quote)
            return answers.firstIndex { answer in
                TextMatch.fold(answer.answer).contains(quote) && answer.sources.contains { TextMatch.source(TextMatch.path(ofLocation: $0), is: label.file) }
            }
        }
        var labelsByAnswer: [Int: [ClaimLabel]] = [:]
        var unplaced: [ClaimLabel] = []
        for label in labels {
            if let index = answer(of: label) { labelsByAnswer[index, default: []].append(label) } else { unplaced.append(label) }
        }
        var pairs: [Pair] = unplaced.map { Pair(label: $0, claim: nil, valueRight: false, subjectRight: false, metricRight: false) }
        var extra: [ReportedClaim] = []
        for (answerIndex, answerLabels) in labelsByAnswer.sorted(by: { $0.key < $1.key }) {
            let text = TextMatch.fold(answers[answerIndex].answer)
            let file = answerLabels[0].file
            // Claims of this answer: from its file, and their fact's closing words are in it.
            var candidates = claims.filter { claim in
                TextMatch.source(claim.source, is: file) && Self.factBelongs(claim.fact, to: text)
            }
            for label in answerLabels {
                let scored = candidates.indices.compactMap { index -> (Int, Int)? in
                    let claim = candidates[index]
                    guard Self.surfacesAgree(claim.surface, label.surface) else { return nil }
                    var score = 0
                    if TextMatch.fact(claim.fact, carries: label.sentence_quote) || TextMatch.fold(label.sentence_quote).contains(TextMatch.fold(claim.fact)) { score += 2 }
                    if TextMatch.fold(claim.surface) == TextMatch.fold(label.surface) { score += 1 }
                    return (index, score)
                }
                guard let best = scored.max(by: { $0.1 < $1.1 }) else {
                    pairs.append(Pair(label: label, claim: nil, valueRight: false, subjectRight: false, metricRight: false))
                    continue
                }
                let claim = candidates.remove(at: best.0)
                pairs.append(Pair(label: label, claim: claim,
                                  valueRight: Self.valueRight(claim, label, unitsAgree: unitsAgree),
                                  subjectRight: Self.namesAgree(claim.subject ?? "", label.subject),
                                  metricRight: Self.metricRight(claim.metric ?? "", label)))
            }
            extra += candidates
        }
        self.pairs = pairs
        self.extra = extra
    }

    static func factBelongs(_ fact: String, to answer: String) -> Bool {
        let folded = TextMatch.fold(fact)
        let tail = String(folded.suffix(min(30, folded.count)))
        return answer.contains(tail)
    }

    static func surfacesAgree(_ a: String, _ b: String) -> Bool {
        let fa = TextMatch.fold(a), fb = TextMatch.fold(b)
        if fa.contains(fb) || fb.contains(fa) { return true }
        let na = TextMatch.numbers(a), nb = TextMatch.numbers(b)
        return !na.isEmpty && na.first == nb.first
    }

    static func same(_ a: Double?, _ b: Double?) -> Bool {
        switch (a, b) {
        case (nil, nil): true
        case let (x?, y?): abs(x - y) <= 1e-9 * max(1, abs(x), abs(y))
        default: false
        }
    }

    /// The value matches: the same comparator and unit, and the same bounds. A one-sided bound is
    /// compared by its written value whichever convention a side uses for the open end ("up to
    /// 23 kg" as high 23 with low null, or as low and high 23).
    static func valueRight(_ claim: ReportedClaim, _ label: ClaimLabel, unitsAgree: (String, String) -> Bool) -> Bool {
        guard claim.comparator == label.comparator, unitsAgree(claim.unit ?? "", label.unit) || basisInMetric(claim, label, unitsAgree: unitsAgree) else { return false }
        switch label.comparator {
        case "<", "<=": return same(claim.high ?? claim.low, label.high ?? label.low)
        case ">", ">=": return same(claim.low ?? claim.high, label.low ?? label.high)
        default: return same(claim.low, label.low) && same(claim.high, label.high)
        }
    }

    /// A rate whose basis kb puts in the unit ("NOK/crossing" for "NOK 80 a crossing") and the
    /// label in its metric (unit "NOK", metric "cost per crossing"): the same value, written two ways.
    static func basisInMetric(_ claim: ReportedClaim, _ label: ClaimLabel, unitsAgree: (String, String) -> Bool) -> Bool {
        guard let unit = claim.unit, let slash = unit.lastIndex(of: "/") else { return false }
        let basis = TextMatch.singular(TextMatch.fold(String(unit[unit.index(after: slash)...])))
        guard !basis.isEmpty, !label.unit.contains("/"), unitsAgree(String(unit[..<slash]), label.unit) else { return false }
        let words = TextMatch.words(label.metric).map(TextMatch.singular)
        return zip(words, words.dropFirst()).contains { $0 == "per" && $1 == basis }
    }

    /// Words that only point or count ("the", "its", "all") carry no name.
    static let pointing: Set<String> = ["the", "a", "an", "this", "that", "these", "those", "its", "their", "our", "your",
                                        "each", "every", "all", "any", "per", "of", "for", "on", "in", "with"]

    static func content(_ text: String) -> Set<String> {
        Set(TextMatch.words(text).map(TextMatch.singular).filter { !pointing.contains($0) })
    }

    /// Two names of one entity: the content words of one contain the other's, or they share at
    /// least half of all their words.
    public static func namesAgree(_ reported: String, _ labelled: String) -> Bool {
        let a = content(reported), b = content(labelled)
        guard !a.isEmpty, !b.isEmpty else { return false }
        if a.isSubset(of: b) || b.isSubset(of: a) { return true }
        return Double(a.intersection(b).count) >= 0.5 * Double(a.union(b).count)
    }

    /// Bounds and quantity words name no property of their own.
    static let boundWords: Set<String> = ["max", "maximum", "min", "minimum", "limit", "number", "total", "default", "amount", "value"]

    static func metricRight(_ reported: String, _ label: ClaimLabel) -> Bool {
        let words = content(reported)
        guard !words.isEmpty else { return false }
        if let metricClass = label.metric_class, words == content(metricClass) { return true }
        let labelled = content(label.metric).subtracting(boundWords)
        return !words.subtracting(boundWords).intersection(labelled).isEmpty
    }

    public var labels: Int { pairs.count }
    public var matched: Int { pairs.filter { $0.claim != nil }.count }
    public var valueRight: Int { pairs.filter(\.valueRight).count }
    /// Value-right claims over all claims reported in labelled answers.
    public var precision: Double {
        let reported = matched + extra.count
        return reported == 0 ? 1 : Double(valueRight) / Double(reported)
    }
    /// Value-right claims over labels.
    public var recall: Double { labels == 0 ? 1 : Double(valueRight) / Double(labels) }
    /// Labels whose claim was found with the right subject and metric, over all labels.
    public var subjectAndMetric: Double {
        labels == 0 ? 1 : Double(pairs.filter { $0.subjectRight && $0.metricRight }.count) / Double(labels)
    }
    public var subject: Double { labels == 0 ? 1 : Double(pairs.filter(\.subjectRight).count) / Double(labels) }
    public var metric: Double { labels == 0 ? 1 : Double(pairs.filter(\.metricRight).count) / Double(labels) }
}
