import KBModel
import KBText

/// What laying out a fact sheet needs of a fact: its answer, its statement (cluster), where it
/// starts, a fingerprint of its wording and how many claims it holds; never its text. Both a
/// loaded ``CheckFact`` and the store's light ``SheetFactRef`` are one, so that a small sheet and
/// a streamed one are laid out by the same code.
public protocol SheetFactRecord {
    var id: Int64 { get }
    var answerID: Int64 { get }
    var clusterID: Int64 { get }
    var start: Int { get }
    var topic: String { get }
    /// Equal for facts with equal text.
    var wording: Int { get }
    /// The text's length in characters.
    var length: Int { get }
    var claimCount: Int { get }
    /// Where the fact is when its answer is not among those given (a loaded fact knows).
    var ownLocation: SourceLocation? { get }
}

extension SheetFactRef: SheetFactRecord {
    public var ownLocation: SourceLocation? { nil }
}

extension CheckFact: SheetFactRecord {
    public var ownLocation: SourceLocation? { location }
    public var wording: Int { text.hashValue }
    public var length: Int { text.count }
    public var claimCount: Int { claims.count }
}

/// The layout of a fact sheet without its text: the header (title, summary, sources, conflicts),
/// the sections in order, and in each the statements (entries) in order with the facts they stand
/// for. ``sections(_:facts:answers:)`` turns a run of sections into full sections from their
/// loaded facts, so that an export holds one batch of text at a time.
///
/// For example:
///
/// ```swift
/// let plan = FactSheetBuilder.plan(answers: answers, facts: refs, findings: findings, options: options, keep: \.kept)
/// let ids = plan.factIDs(0..<10)  // load these, then:
/// let sections = plan.sections(0..<10, facts: loaded, answers: loadedAnswers)
/// ```
public struct SheetPlan: Sendable {
    /// One statement of the sheet: a cluster of facts followed by the same code.
    public struct Entry: Sendable, Hashable {
        /// `f` and the cluster's id, with `-2`, `-3` ... for the same words before other code.
        public var id: String
        public var code: [String]
        /// The facts it stands for, in index order (a run of ``SheetPlan/memberIDs``).
        public var members: Range<Int>
        /// The fact whose wording is shown.
        public var representative: Int64
        /// Its place in the order statements were first met (claims tables keep that order for ties).
        var rank: Int
    }

    /// One section: the statements answering one question of one source (or of one topic).
    public struct Section: Sendable, Hashable {
        public var source: String
        public var heading: String
        public var topic: String
        public var questions: [String]
        /// Its statements: a run of ``SheetPlan/entries``.
        public var entries: Range<Int>
    }

    /// Title, summary, sources and conflicts; no sections and no answers.
    public var header: FactSheet
    public var sections: [Section]
    /// Every statement, in the sheet's order.
    public var entries: [Entry]
    /// The facts of every statement, one run per statement.
    public var memberIDs: [Int64]
    /// The answers the kept facts come from, in the order the sheet lists them.
    public var answerIDs: [Int64]
    /// The files those answers come from.
    public var paths: [String]
    /// The numbers of the conflicts each fact takes part in.
    var conflictsOfFact: [Int64: [Int]]

    /// The facts to load to render some sections: every member of their statements.
    public func factIDs(_ range: Range<Int>) -> [Int64] {
        sections[range].flatMap { section in entries[section.entries].flatMap { memberIDs[$0.members] } }
    }

    /// Some sections in full, from their loaded facts and the answers those come from (a fact or
    /// answer missing from the dictionaries is left out, never guessed).
    public func sections(_ range: Range<Int>, facts: [Int64: CheckFact], answers: [Int64: IndexedAnswer]) -> [FactSheet.Section] {
        sections[range].map { planned in
            var claims: [(claim: FactSheet.Claim, rank: Int)] = []
            var shown: [FactSheet.Fact] = []
            for entry in entries[planned.entries] {
                let members = memberIDs[entry.members].compactMap { facts[$0] }
                guard let representative = facts[entry.representative] else { continue }
                var places: [SourceLocation] = []
                for member in members {
                    for location in answers[member.answerID]?.locations ?? [member.location] {
                        var location = location
                        location.line += member.lineOffset
                        if member.lineOffset > 0 { location.column = member.location.column }
                        places.append(location)
                    }
                }
                let sources = FactSheetBuilder.compact(places)
                let conflicts = Array(Set(members.flatMap { conflictsOfFact[$0.id] ?? [] })).sorted()
                let lead = representative.lead
                let body = representative.text.hasPrefix(lead) && !lead.isEmpty
                    ? String(representative.text.dropFirst(lead.count)).trimmingWhitespace(and: " ") : representative.text
                shown.append(FactSheet.Fact(id: entry.id, text: representative.text, lead: body == representative.text ? "" : lead,
                                            body: body, sources: sources, conflicts: conflicts, code: entry.code))
                for claim in representative.claims {
                    claims.append((FactSheetBuilder.row(claim, fact: entry.id, source: sources.first ?? ""), entry.rank))
                }
            }
            claims.sort { ($0.claim.subject.lowercased(), $0.claim.metric, $0.rank) < ($1.claim.subject.lowercased(), $1.claim.metric, $1.rank) }
            return FactSheet.Section(source: planned.source, heading: planned.heading, topic: planned.topic, questions: planned.questions,
                                     facts: shown, claims: claims.map(\.claim))
        }
    }

    /// Runs of consecutive sections holding about `facts` statements each (a larger section is a
    /// run of its own): the batches a streamed export loads one at a time.
    public func batches(facts: Int) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start = 0, count = 0
        for (index, section) in sections.enumerated() {
            if index > start, count + section.entries.count > facts {
                runs.append(start..<index)
                start = index
                count = 0
            }
            count += section.entries.count
        }
        if start < sections.count { runs.append(start..<sections.count) }
        return runs
    }
}

extension FactSheetOptions {
    /// Whether a fact passes `--subject`: its text, topic or a claim's subject contains the text
    /// (case-insensitive). True when no subject is asked for.
    public func mentionsSubject(text: String, topic: String, subjects: [String]) -> Bool {
        guard let subject = subject?.lowercased() else { return true }
        return text.lowercased().contains(subject) || topic.lowercased().contains(subject)
            || subjects.contains { $0.lowercased().contains(subject) }
    }
}
