import Foundation
import KBModel
import KBText
import GRDB
import KBSearch
import KBIngest

extension KnowledgeStore {
    /// The lexicon this index's searches read queries with: the standard one and the synonym
    /// groups the corpus's `kb-lexicon.json` added at its last ingest (`kb_meta.search_synonyms`).
    public func searchLexicon() throws(StoreError) -> Lexicon {
        let groups: [[String]] = try mapped {
            try writer.read { db in
                guard try db.tableExists("kb_meta"),
                      let text = try String.fetchOne(db, sql: "SELECT value FROM kb_meta WHERE key = 'search_synonyms'") else { return [] }
                return (try? JSONDecoder().decode([[String]].self, from: Data(text.utf8))) ?? []
            }
        }
        var lexicon = Lexicon.standard
        for group in groups { lexicon.addSynonyms(group) }
        return lexicon
    }

    /// Ranked facts matching `query`, best first (bm25 with topic and question weighted 4, spelled
    /// technical terms 2 and the fact body 1).
    public func search(_ query: SearchQuery, limit: Int = 10) throws(StoreError) -> [SearchHit] {
        do {
            return try writer.read { db in
                let rows = try Row.fetchAll(db, sql: """
                    SELECT facts.id AS fact_id, facts.answer_id, facts.text, facts.line_offset,
                           highlight(facts_fts, 2, char(2), char(3)) AS marked,
                           facts_fts.rank AS score, answers.topic, answers.question
                    FROM facts_fts
                    JOIN facts ON facts.id = facts_fts.rowid
                    JOIN answers ON answers.id = facts.answer_id
                    WHERE facts_fts MATCH ?
                    ORDER BY facts_fts.rank, facts.id
                    LIMIT ?
                    """, arguments: [query.matchExpression, max(0, limit)])
                return try rows.map { row in
                    let answerID: Int64 = row["answer_id"]
                    let lineOffset: Int = row["line_offset"]
                    let occurrences = try Self.occurrences(db, answerID: answerID, lineOffset: lineOffset)
                    return SearchHit(
                        factID: row["fact_id"],
                        answerID: answerID,
                        text: row["text"],
                        snippet: Highlighter.highlight(marked: row["marked"], spellings: query.technicalSpellings),
                        score: row["score"],
                        topic: row["topic"],
                        question: row["question"],
                        location: occurrences.first ?? SourceLocation(path: "", line: 0),
                        occurrences: occurrences
                    )
                }
            }
        } catch let error as DatabaseError where query.isRaw && error.resultCode == .SQLITE_ERROR {
            throw .invalidQuery(query: query.text, detail: (error.message ?? "syntax error").replacingAll("fts5: ", with: ""))
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    /// Every place an answer occurs, first by path then line; `lineOffset` moves to the fact's own line.
    static func occurrences(_ db: Database, answerID: Int64, lineOffset: Int) throws -> [SourceLocation] {
        try Row.fetchAll(db, sql: """
            SELECT sources.path, occurrences.line, occurrences."column", occurrences.anchor
            FROM occurrences JOIN sources ON sources.id = occurrences.source_id
            WHERE occurrences.answer_id = ?
            ORDER BY sources.path, occurrences.line
            """, arguments: [answerID]).map { row in
            SourceLocation(path: row["path"], line: (row["line"] as Int) + lineOffset, column: lineOffset == 0 ? row["column"] : 1,
                           anchor: row["anchor"])
        }
    }
}
