import KBModel
import KBText
import Foundation
import GRDB
import KBSearch
import KBIngest

extension KnowledgeStore {
    /// Every unique answer with its topic, question and every place it occurs, in index order.
    public func indexedAnswers() throws(StoreError) -> [IndexedAnswer] {
        try mapped { try writer.read { db in try Self.indexedAnswers(db, ids: nil, withText: true) } }
    }

    /// The answers with these ids (those that exist), with their text and places.
    public func indexedAnswers(ids: [Int64]) throws(StoreError) -> [IndexedAnswer] {
        try mapped { try writer.read { db in try Self.indexedAnswers(db, ids: ids, withText: true) } }
    }

    /// Answers with their places, in id order; without their text unless `withText` (the text is
    /// then kept only when it holds a fenced code block, which a sheet places beside its fact).
    static func indexedAnswers(_ db: Database, ids: [Int64]?, withText: Bool) throws -> [IndexedAnswer] {
        var locations: [Int64: [SourceLocation]] = [:]
        try forEachOccurrence(db, answers: ids) { answerID, location in locations[answerID, default: []].append(location) }
        var answers: [IndexedAnswer] = []
        let text = withText ? "text" : "CASE WHEN instr(text, '```') > 0 THEN text ELSE '' END"
        let answerRows = try Row.fetchCursor(db, sql: "SELECT id, \(text), topic, question FROM answers\(only("id", ids)) ORDER BY id")
        while let row = try answerRows.next() {
            let id: Int64 = row[0]
            answers.append(IndexedAnswer(id: id, text: row[1], topic: row[2] ?? "", question: row[3], locations: locations[id] ?? []))
        }
        return answers
    }

    /// Every fact as a fact sheet's layout needs it (no text), and every answer with its places
    /// (its text only when it holds code): what a streamed export lays out before it loads one
    /// batch of text at a time.
    ///
    /// - Parameter keep: the export's text filter, given each fact's text, topic and claim
    ///   subjects; nil keeps every fact (and reads no claim subjects).
    public func sheetFacts(keep: ((_ text: String, _ topic: String, _ subjects: [String]) -> Bool)?)
        throws(StoreError) -> (facts: [SheetFactRef], answers: [IndexedAnswer]) {
        try mapped {
            try writer.read { db in
                var claimCounts: [Int64: Int] = [:]
                var subjects: [Int64: [String]] = [:]
                let claimRows = try Row.fetchCursor(db, sql: keep == nil
                    ? "SELECT fact_id, count(*) FROM claims GROUP BY fact_id" : "SELECT fact_id, 1, subject FROM claims ORDER BY fact_id, id")
                while let row = try claimRows.next() {
                    let factID: Int64 = row[0]
                    claimCounts[factID, default: 0] += row[1] as Int
                    if keep != nil, let subject: String = row[2] { subjects[factID, default: []].append(subject) }
                }
                var facts: [SheetFactRef] = []
                // Facts of one answer share its topic string.
                var topic: (answer: Int64, text: String) = (-1, "")
                let rows = try Row.fetchCursor(db, sql: """
                    SELECT facts.id, facts.answer_id, facts.cluster_id, facts.start, facts.text, answers.topic
                    FROM facts JOIN answers ON answers.id = facts.answer_id ORDER BY facts.id
                    """)
                while let row = try rows.next() {
                    let id: Int64 = row[0], answerID: Int64 = row[1]
                    if topic.answer != answerID { topic = (answerID, row[5] ?? "") }
                    let text: String = row[4]
                    facts.append(SheetFactRef(id: id, answerID: answerID, clusterID: row[2], start: row[3], topic: topic.text,
                                              wording: text.hashValue, length: text.count, claimCount: claimCounts[id] ?? 0,
                                              kept: keep?(text, topic.text, subjects[id] ?? []) ?? true))
                }
                return (facts, try Self.indexedAnswers(db, ids: nil, withText: false))
            }
        }
    }

    /// The titles of the sources that have one (an HTML page's `<title>`), by path.
    public func sourceTitles() throws(StoreError) -> [String: String] {
        try mapped {
            try writer.read { db in
                var titles: [String: String] = [:]
                let rows = try Row.fetchCursor(db, sql: "SELECT path, title FROM sources WHERE title IS NOT NULL AND title != ''")
                while let row = try rows.next() { titles[row[0]] = row[1] }
                return titles
            }
        }
    }

    /// The ids of every fact matching a search, for `kb export --query`.
    public func matchingFactIDs(_ query: SearchQuery) throws(StoreError) -> Set<Int64> {
        do {
            return try writer.read { db in
                Set(try Int64.fetchAll(db, sql: "SELECT rowid FROM facts_fts WHERE facts_fts MATCH ?", arguments: [query.matchExpression]))
            }
        } catch {
            throw Self.storeError(error, path: path)
        }
    }
}
