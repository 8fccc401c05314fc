import KBModel
import KBText
/// What goes into a fact sheet, and how it is narrowed.
public struct FactSheetOptions: Sendable, Hashable {
    public var title = "Fact sheet"
    /// Only topics containing this text (case-insensitive).
    public var topic: String?
    /// Only facts whose text, topic or claim subjects contain this text (case-insensitive).
    public var subject: String?
    /// Only these facts (a search's results).
    public var factIDs: Set<Int64>?
    /// Mark conflicts and list them.
    public var conflicts = true
    /// When the sheet was made; nil keeps exports byte-identical.
    public var timestamp: String?

    public init() {}
}

/// Builds a ``FactSheet`` from an index's answers and facts and the findings of `kb check`.
///
/// For example:
///
/// ```swift
/// let sheet = FactSheetBuilder.build(answers: answers, facts: facts, findings: Checker().run(facts), options: FactSheetOptions())
/// sheet.sections.first?.facts.first?.sources  // ["Corpus/serverless-faq.txt:1", "Corpus/serverless-faq.txt:35"]
/// ```
public enum FactSheetBuilder {
    public static func build(answers: [IndexedAnswer], facts: [CheckFact], findings: [Finding],
                             options: FactSheetOptions) -> FactSheet {
        let answersByID = Dictionary(answers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let topicFilter = options.topic?.lowercased()
        let subjectFilter = options.subject?.lowercased()
        let kept = facts.filter { fact in
            if let ids = options.factIDs, !ids.contains(fact.id) { return false }
            if let topicFilter, !fact.topic.lowercased().contains(topicFilter) { return false }
            if let subjectFilter {
                let mentioned = fact.text.lowercased().contains(subjectFilter) || fact.topic.lowercased().contains(subjectFilter)
                    || fact.claims.contains { $0.subject?.lowercased().contains(subjectFilter) == true }
                if !mentioned { return false }
            }
            return true
        }

        // Conflicts touching the kept facts, numbered in the checker's order.
        let keptIDs = Set(kept.map(\.id))
        let shown = options.conflicts ? findings.filter { $0.facts.contains { keptIDs.contains($0.factID) } } : []
        var conflictsOfFact: [Int64: [Int]] = [:]
        for (index, finding) in shown.enumerated() {
            for evidence in finding.facts { conflictsOfFact[evidence.factID, default: []].append(index + 1) }
        }

        // One entry per cluster: its clearest wording (the most repeated, then the shortest).
        var clusters: [Int64: [CheckFact]] = [:]
        var clusterOrder: [Int64] = []
        for fact in kept {
            if clusters[fact.clusterID] == nil { clusterOrder.append(fact.clusterID) }
            clusters[fact.clusterID, default: []].append(fact)
        }
        var sections: [String: FactSheet.Section] = [:]
        var sectionOrder: [String] = []
        var claimCount = 0
        for clusterID in clusterOrder {
            guard let members = clusters[clusterID], let representative = clearest(members) else { continue }
            var sources: [SourceLocation] = []
            for member in members {
                for place in answersByID[member.answerID]?.locations ?? [member.location] {
                    var location = place
                    location.line += member.lineOffset
                    if member.lineOffset > 0 { location.column = member.location.column }
                    sources.append(location)
                }
            }
            let sourceTexts = compact(sources)
            let conflicts = Array(Set(members.flatMap { conflictsOfFact[$0.id] ?? [] })).sorted()
            let topic = representative.topic.isEmpty ? "General" : representative.topic
            if sections[topic] == nil {
                sectionOrder.append(topic)
                sections[topic] = FactSheet.Section(topic: topic, questions: [], facts: [], claims: [])
            }
            let lead = representative.lead
            let body = representative.text.hasPrefix(lead) && !lead.isEmpty
                ? String(representative.text.dropFirst(lead.count)).trimmingWhitespace(and: " ") : representative.text
            sections[topic]?.facts.append(FactSheet.Fact(id: "f\(clusterID)", text: representative.text,
                                                         lead: body == representative.text ? "" : lead, body: body,
                                                         sources: sourceTexts, conflicts: conflicts))
            if let question = answersByID[representative.answerID]?.question, sections[topic]?.questions.contains(question) == false {
                sections[topic]?.questions.append(question)
            }
            for claim in representative.claims {
                claimCount += 1
                sections[topic]?.claims.append(row(claim, fact: "f\(clusterID)", source: sourceTexts.first ?? ""))
            }
        }
        for topic in sectionOrder {
            sections[topic]?.claims.sort { ($0.subject.lowercased(), $0.metric) < ($1.subject.lowercased(), $1.metric) }
        }

        let keptAnswers = unique(kept.map(\.answerID)).compactMap { answersByID[$0] }
        let sheetAnswers = keptAnswers.map { answer in
            FactSheet.Answer(question: answer.question, answer: answer.text, topic: answer.topic,
                             sources: answer.locations.map(\.description))
        }
        let conflicts = shown.enumerated().map { index, finding in
            FactSheet.Conflict(number: index + 1, id: finding.id, kind: finding.kind.rawValue, severity: finding.severity.rawValue,
                               subject: finding.subject, attribute: finding.attribute, message: finding.message,
                               facts: finding.facts.map { .init(text: $0.text, source: $0.location.description, says: $0.says) },
                               values: finding.values)
        }
        let summary = FactSheet.Summary(
            sources: Set(keptAnswers.flatMap { $0.locations.map(\.path) }).count,
            answers: keptAnswers.count,
            duplicatesMerged: keptAnswers.reduce(0) { $0 + max(0, $1.locations.count - 1) },
            facts: clusterOrder.count, factOccurrences: kept.count, claims: claimCount, conflicts: conflicts.count)
        return FactSheet(title: options.title, generated: options.timestamp, summary: summary,
                         sections: sectionOrder.compactMap { sections[$0] }, conflicts: conflicts, answers: sheetAnswers)
    }

    /// The wording shown for a cluster: the most repeated text, then the shortest, then the first.
    static func clearest(_ members: [CheckFact]) -> CheckFact? {
        var counts: [String: Int] = [:]
        for member in members { counts[member.text, default: 0] += 1 }
        return members.enumerated().min { a, b in
            let countA = counts[a.element.text] ?? 0, countB = counts[b.element.text] ?? 0
            if countA != countB { return countA > countB }
            if a.element.text.count != b.element.text.count { return a.element.text.count < b.element.text.count }
            return a.offset < b.offset
        }?.element
    }

    static func row(_ claim: NumericClaim, fact: String, source: String) -> FactSheet.Claim {
        func show(_ value: Double?) -> String { value.map { PlainNumber.format(PlainNumber.rounded($0, places: 12)) } ?? "" }
        let low = show(claim.normalizedLow), high = show(claim.normalizedHigh)
        var normalized = low == high || high.isEmpty ? low : low.isEmpty ? high : "\(low)–\(high)"
        if !normalized.isEmpty, !claim.normalizedUnit.isEmpty { normalized += " " + claim.normalizedUnit }
        return FactSheet.Claim(subject: claim.subject ?? "", metric: claim.metric ?? "", value: claim.surface,
                               comparator: claim.comparator.rawValue, normalized: normalized, conditions: claim.conditions,
                               hedged: claim.hedged, fact: fact, source: source)
    }

    /// Places as short text, one entry per file: "Corpus/faq.txt:1, 35", "faq.html#cold-starts".
    static func compact(_ locations: [SourceLocation]) -> [String] {
        var lines: [String: [Int]] = [:]
        var anchors: [String] = []
        for location in locations {
            if location.anchor?.isEmpty == false {
                anchors.append(location.description)
            } else {
                lines[location.path, default: []].append(location.line)
            }
        }
        let byLine = lines.keys.sorted().map { path in
            path + ":" + unique((lines[path] ?? []).sorted()).map(String.init).joined(separator: ", ")
        }
        return byLine + unique(anchors.sorted())
    }

    static func unique<T: Hashable>(_ values: [T]) -> [T] {
        var seen: Set<T> = []
        return values.filter { seen.insert($0).inserted }
    }
}
