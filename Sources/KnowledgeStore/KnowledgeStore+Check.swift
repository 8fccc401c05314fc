import KBModel
import KBText
import Foundation
import GRDB
import KBSearch
import KBIngest

extension KnowledgeStore {
    /// Every fact with its claims and the first place it occurs, in index order: what `kb check`
    /// audits.
    public func checkFacts() throws(StoreError) -> [CheckFact] {
        try mapped { try writer.read { db in try Self.checkFacts(db, ids: nil) } }
    }

    /// The facts with these ids (those that exist), as ``checkFacts()`` gives them, with every
    /// answer they come from and its places: what an export loads for one batch of its sections.
    public func checkFacts(ids: [Int64]) throws(StoreError) -> (facts: [CheckFact], answers: [IndexedAnswer]) {
        try mapped {
            try writer.read { db in
                // The answers' places are read once: the facts' locations start at their first.
                let answerIDs = try Int64.fetchAll(db, sql: "SELECT DISTINCT answer_id FROM facts\(Self.only("id", ids))")
                let answers = try Self.indexedAnswers(db, ids: answerIDs, withText: false)
                var places: [Int64: SourceLocation] = [:]
                for answer in answers { places[answer.id] = answer.locations.first }
                return (try Self.checkFacts(db, ids: ids, places: places), answers)
            }
        }
    }

    /// `WHERE <column> IN (ids)` for a list of row ids (integers, so written as literals), or
    /// nothing for every row.
    static func only(_ column: String, _ ids: [Int64]?, and: Bool = false) -> String {
        guard let ids else { return "" }
        return (and ? " AND " : " WHERE ") + column + " IN (" + ids.map(String.init).joined(separator: ",") + ")"
    }

    /// Every occurrence of the answers with these ids (all answers for nil), in answer, path and
    /// line order; one path string is shared by every place in it.
    static func forEachOccurrence(_ db: Database, answers ids: [Int64]?, _ body: (Int64, SourceLocation) -> Void) throws {
        let rows = try Row.fetchCursor(db, sql: """
            SELECT occurrences.answer_id, sources.path, occurrences.line, occurrences."column", occurrences.anchor
            FROM occurrences JOIN sources ON sources.id = occurrences.source_id\(only("occurrences.answer_id", ids))
            ORDER BY occurrences.answer_id, sources.path, occurrences.line
            """)
        var paths: [String: String] = [:]
        while let row = try rows.next() {
            let path: String = row[1]
            let shared = paths[path] ?? path
            paths[path] = shared
            body(row[0], SourceLocation(path: shared, line: row[2], column: row[3], anchor: row[4]))
        }
    }

    /// - Parameter places: the first occurrence of each answer, when the caller has read them.
    static func checkFacts(_ db: Database, ids: [Int64]?, places known: [Int64: SourceLocation]? = nil) throws -> [CheckFact] {
        let factFilter = only("facts.id", ids)
        // The first occurrence of each answer (by path, then line).
        var places = known ?? [:]
        if known == nil {
            try forEachOccurrence(db, answers: nil) { answerID, location in
                if places[answerID] == nil { places[answerID] = location }
            }
        }
        // Rows are read in order; their JSON lists (qualifiers, subject evidence), which most of
        // the reading time goes to, are decoded afterwards side by side.
        var claims: [Int64: [NumericClaim]] = [:]
        var claimLists: [(fact: Int64, index: Int, qualifiers: String?, evidence: String?)] = []
        let claimRows = try Row.fetchCursor(db, sql: "SELECT * FROM claims\(only("fact_id", ids)) ORDER BY fact_id, id")
        while let row = try claimRows.next() {
            let fact: Int64 = row["fact_id"]
            let qualifiers: String? = row["qualifiers"], evidence: String? = row["subject_evidence"]
            if qualifiers.map({ $0 != "[]" }) ?? false || evidence.map({ $0 != "[]" }) ?? false {
                claimLists.append((fact, claims[fact]?.count ?? 0, qualifiers, evidence))
            }
            claims[fact, default: []].append(Self.claim(from: row, decodingLists: false))
        }
        let decodedClaimLists = claimLists.concurrentMap { pending in
            (pending.qualifiers.flatMap { Self.decodedList($0) as [Qualifier]? } ?? [], pending.evidence.flatMap { Self.decodedList($0) as [String]? } ?? [])
        }
        for (pending, (qualifiers, evidence)) in zip(claimLists, decodedClaimLists) {
            claims[pending.fact]?[pending.index].qualifiers = qualifiers
            claims[pending.fact]?[pending.index].subjectEvidence = evidence
        }
        var supports: [Int64: [SupportClaim]] = [:]
        var supportLists: [(fact: Int64, index: Int, qualifiers: String)] = []
        let supportRows = try Row.fetchCursor(db, sql: "SELECT * FROM supports\(only("fact_id", ids)) ORDER BY fact_id, id")
        while let row = try supportRows.next() {
            let fact: Int64 = row["fact_id"]
            if let qualifiers: String = row["qualifiers"], qualifiers != "[]" { supportLists.append((fact, supports[fact]?.count ?? 0, qualifiers)) }
            supports[fact, default: []].append(Self.support(from: row, decodingLists: false))
        }
        let decodedSupportLists = supportLists.concurrentMap { pending in Self.decodedList(pending.qualifiers) as [Qualifier]? ?? [] }
        for (pending, qualifiers) in zip(supportLists, decodedSupportLists) {
            supports[pending.fact]?[pending.index].qualifiers = qualifiers
        }
        var facts: [CheckFact] = []
        // Sized once: a large corpus's facts are most of what the check holds.
        let expected = try ids?.count ?? Int.fetchOne(db, sql: "SELECT count(*) FROM facts") ?? 0
        facts.reserveCapacity(expected)
        var answerText: (id: Int64, scalars: [Unicode.Scalar])?
        // Facts of one answer (consecutive ids) share its topic and question strings.
        var shared: (answer: Int64, topic: String, question: String?) = (-1, "", nil)
        let factRows = try Row.fetchCursor(db, sql: """
            SELECT facts.id, facts.answer_id, facts.cluster_id, facts.text, facts.lead, facts.start, facts.line_offset,
                   facts.year, answers.topic, answers.question
            FROM facts JOIN answers ON answers.id = facts.answer_id\(factFilter)
            ORDER BY facts.id
            """)
        while let row = try factRows.next() {
            let id: Int64 = row[0]
            let answerID: Int64 = row[1]
            let start: Int = row[5]
            let lineOffset: Int = row[6]
            let place = places[answerID] ?? SourceLocation(path: "", line: 0, column: 1)
            if shared.answer != answerID { shared = (answerID, row[8] ?? "", row[9]) }
            // The column of the fact's first character: counted from the answer's column on its
            // first line, from the last line break before it otherwise.
            var column = place.column + start
            if lineOffset > 0 {
                if answerText?.id != answerID {
                    let text = try String.fetchOne(db, sql: "SELECT text FROM answers WHERE id = ?", arguments: [answerID]) ?? ""
                    answerText = (answerID, Array(text.unicodeScalars))
                }
                let scalars = answerText?.scalars ?? []
                var lineStart = min(start, scalars.count)
                while lineStart > 0, scalars[lineStart - 1] != "\n" { lineStart -= 1 }
                column = start - lineStart + 1
            }
            let location = SourceLocation(path: place.path, line: place.line + lineOffset, column: column,
                                          anchor: place.anchor)
            let factClaims = claims[id] ?? []
            facts.append(CheckFact(id: id, answerID: answerID, clusterID: row[2], text: row[3], lead: row[4],
                                   topic: shared.topic, question: shared.question, year: factClaims.first?.year ?? row[7], location: location,
                                   claims: factClaims, supports: supports[id] ?? [], lineOffset: lineOffset, start: start))
        }
        return facts
    }
}
