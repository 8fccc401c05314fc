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
        try mapped {
            try writer.read { db in
                // The first occurrence of each answer (by path, then line).
                var places: [Int64: (path: String, line: Int, column: Int, anchor: String?)] = [:]
                let occurrenceRows = try Row.fetchCursor(db, sql: """
                    SELECT occurrences.answer_id, sources.path, occurrences.line, occurrences."column", occurrences.anchor
                    FROM occurrences JOIN sources ON sources.id = occurrences.source_id
                    ORDER BY occurrences.answer_id, sources.path, occurrences.line
                    """)
                while let row = try occurrenceRows.next() {
                    let answerID: Int64 = row[0]
                    if places[answerID] == nil { places[answerID] = (row[1], row[2], row[3], row[4]) }
                }
                var claims: [Int64: [NumericClaim]] = [:]
                let claimRows = try Row.fetchCursor(db, sql: "SELECT * FROM claims ORDER BY fact_id, id")
                while let row = try claimRows.next() {
                    claims[row["fact_id"], default: []].append(Self.claim(from: row))
                }
                var supports: [Int64: [SupportClaim]] = [:]
                let supportRows = try Row.fetchCursor(db, sql: "SELECT * FROM supports ORDER BY fact_id, id")
                while let row = try supportRows.next() {
                    supports[row["fact_id"], default: []].append(Self.support(from: row))
                }
                var facts: [CheckFact] = []
                var answerText: (id: Int64, scalars: [Unicode.Scalar])?
                let factRows = try Row.fetchCursor(db, sql: """
                    SELECT facts.id, facts.answer_id, facts.cluster_id, facts.text, facts.lead, facts.start, facts.line_offset,
                           facts.year, answers.topic, answers.question
                    FROM facts JOIN answers ON answers.id = facts.answer_id
                    ORDER BY facts.id
                    """)
                while let row = try factRows.next() {
                    let id: Int64 = row[0]
                    let answerID: Int64 = row[1]
                    let start: Int = row[5]
                    let lineOffset: Int = row[6]
                    let place = places[answerID] ?? (path: "", line: 0, column: 1, anchor: nil)
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
                                           topic: row[8] ?? "", question: row[9], year: factClaims.first?.year ?? row[7], location: location,
                                           claims: factClaims, supports: supports[id] ?? [], lineOffset: lineOffset, start: start))
                }
                return facts
            }
        }
    }
}
