import KBModel
import KBText
import Foundation
import GRDB
import KBSearch
import KBIngest

extension KnowledgeStore {
    /// Every unique answer with its topic, question and every place it occurs, in index order.
    public func indexedAnswers() throws(StoreError) -> [IndexedAnswer] {
        try mapped {
            try writer.read { db in
                var locations: [Int64: [SourceLocation]] = [:]
                let rows = try Row.fetchCursor(db, sql: """
                    SELECT occurrences.answer_id, sources.path, occurrences.line, occurrences."column", occurrences.anchor
                    FROM occurrences JOIN sources ON sources.id = occurrences.source_id
                    ORDER BY occurrences.answer_id, sources.path, occurrences.line
                    """)
                while let row = try rows.next() {
                    locations[row[0], default: []].append(SourceLocation(path: row[1], line: row[2], column: row[3], anchor: row[4]))
                }
                var answers: [IndexedAnswer] = []
                let answerRows = try Row.fetchCursor(db, sql: "SELECT id, text, topic, question FROM answers ORDER BY id")
                while let row = try answerRows.next() {
                    let id: Int64 = row[0]
                    answers.append(IndexedAnswer(id: id, text: row[1], topic: row[2] ?? "", question: row[3], locations: locations[id] ?? []))
                }
                return answers
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
