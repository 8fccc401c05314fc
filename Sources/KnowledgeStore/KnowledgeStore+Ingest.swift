import KBText
import Foundation
import GRDB
import KBSearch
import KBModel

extension KnowledgeStore: IngestSink {
    /// The extractor version the index's rows were written by (nil before kb recorded it).
    public func extractorVersion() throws -> Int? {
        try mapped {
            try writer.read { db in
                try Int.fetchOne(db, sql: "SELECT CAST(value AS INTEGER) FROM kb_meta WHERE key = 'extractor_version'")
            }
        }
    }

    public func storedSources() throws -> [String: StoredSource] {
        try mapped {
            try writer.read { db in
                var result: [String: StoredSource] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT path, content_hash, size, modified FROM sources") {
                    result[row["path"]] = StoredSource(hash: row["content_hash"], size: row["size"], modified: row["modified"])
                }
                return result
            }
        }
    }

    /// One write transaction: a failure, a full disk or `kill -9` midway leaves the index as it was.
    public func transaction(_ body: (any IngestWriter) throws -> Void) throws {
        try mapped {
            try writer.write { db in
                // A 16 MiB page cache for the bulk insert (SQLite's default is 2 MiB); this connection only.
                try db.execute(sql: "PRAGMA cache_size = -16384")
                let ingestWriter = try SQLIngestWriter(db)
                try body(ingestWriter)
            }
        }
    }
}

/// The ingest's writes as SQL, with prepared statements reused for the whole transaction.
final class SQLIngestWriter: IngestWriter {
    let db: Database
    var sourceIDs: [String: Int64] = [:]
    /// Clusters are looked up in memory: two statements fewer per fact.
    var clusterIDs: [Int64: Int64] = [:]
    var knownAtStart: Set<Int64> = []
    let findAnswer, insertAnswer, insertAnswerSearch, insertAnswerWords, insertOccurrence, insertCluster, insertFact, insertClaim, insertSupport,
        insertSearch, addCountsStatement: Statement

    init(_ db: Database) throws {
        self.db = db
        for row in try Row.fetchAll(db, sql: "SELECT path, id FROM sources") { sourceIDs[row[0]] = row[1] }
        let clusters = try Row.fetchCursor(db, sql: "SELECT key_hash, id FROM fact_clusters")
        while let row = try clusters.next() { clusterIDs[row[0]] = row[1] }
        findAnswer = try db.cachedStatement(sql: "SELECT id FROM answers WHERE key_hash = ?")
        insertAnswer = try db.cachedStatement(sql: """
            INSERT INTO answers(key_hash, text, topic, question, terms, context, near_duplicates) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        insertAnswerSearch = try db.cachedStatement(sql: "INSERT INTO answers_fts(rowid, topic, question, body, terms, context) VALUES (?, ?, ?, ?, ?, ?)")
        insertAnswerWords = try db.cachedStatement(sql: "INSERT INTO answer_words(rowid, topic, question, body) VALUES (?, ?, ?, ?)")
        insertOccurrence = try db.cachedStatement(sql: """
            INSERT INTO occurrences(answer_id, source_id, line, "column", anchor) VALUES (?, ?, ?, ?, ?)
            """)
        insertCluster = try db.cachedStatement(sql: "INSERT INTO fact_clusters(key_hash) VALUES (?)")
        insertFact = try db.cachedStatement(sql: """
            INSERT INTO facts(answer_id, position, text, lead, start, "end", line_offset, year, cluster_id, terms)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertClaim = try db.cachedStatement(sql: """
            INSERT INTO claims(fact_id, surface, start, "end", low, high, unit, comparator, kind, norm_low, norm_high,
                               norm_unit, subject, metric, conditions, hedged, dimension, role, qualifiers, hedge, year, subject_evidence,
                               subject_weight)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertSupport = try db.cachedStatement(sql: """
            INSERT INTO supports(fact_id, subject, item, item_key, versions, polarity, closed, list, list_size, phrase, start, "end",
                                 qualifiers, hedge, subject_weight)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertSearch = try db.cachedStatement(sql: "INSERT INTO facts_fts(rowid, topic, question, body, terms) VALUES (?, ?, ?, ?, ?)")
        addCountsStatement = try db.cachedStatement(sql: """
            UPDATE sources SET records = records + ?, boilerplate_lines = boilerplate_lines + ?,
                               boilerplate_prefixes = boilerplate_prefixes + ? WHERE id = ?
            """)
    }

    func setSearchSynonyms(_ groups: [[String]]) throws {
        let data = try JSONEncoder().encode(groups)
        try db.execute(sql: "INSERT OR REPLACE INTO kb_meta(key, value) VALUES ('search_synonyms', ?)",
                       arguments: [String(decoding: data, as: UTF8.self)])
    }

    func setExtractorVersion(_ version: Int) throws {
        try db.execute(sql: "UPDATE sources SET content_hash = '', size = -1")
        try db.execute(sql: "INSERT OR REPLACE INTO kb_meta(key, value) VALUES ('extractor_version', ?)", arguments: [String(version)])
    }

    func touch(path: String, size: Int64, modified: Double) throws {
        try db.execute(sql: "UPDATE sources SET size = ?, modified = ? WHERE path = ?", arguments: [size, modified, path])
    }

    func removeSource(path: String) throws {
        guard let id = sourceIDs[path] else { return }
        try KnowledgeStore.deleteSource(db, id: id)
        sourceIDs[path] = nil
    }

    func knownAnswerKeys() throws -> Set<Int64> {
        knownAtStart = Set(try Int64.fetchAll(db, sql: "SELECT key_hash FROM answers"))
        return knownAtStart
    }

    func addSource(path: String, hash: String, size: Int64, modified: Double, format: String, title: String?) throws {
        try db.execute(sql: """
            INSERT INTO sources(path, content_hash, size, modified, format, records, boilerplate_lines, boilerplate_prefixes, title)
            VALUES (?, ?, ?, ?, ?, 0, 0, 0, ?)
            """, arguments: [path, hash, size, modified, format, title])
        sourceIDs[path] = db.lastInsertedRowID
    }

    func addCounts(_ counts: SourceCounts, path: String) throws {
        guard let id = sourceIDs[path] else { return }
        try addCountsStatement.execute(arguments: [counts.records, counts.boilerplateLines, counts.boilerplatePrefixes, id])
    }

    func write(_ prepared: PreparedAnswer) throws {
        let answer = prepared.answer
        // An answer already in the index (from before this ingest, or an earlier batch) gets one more occurrence.
        let existingID = try Int64.fetchOne(findAnswer, arguments: [prepared.keyHash])
        let answerID: Int64
        if let existingID {
            answerID = existingID
        } else {
            let terms = prepared.terms.reduce("") { SearchTerms.joinTerms($0, $1) }
            // The answer's document: the words of its path say what it is about ("python/library.html").
            let context = answer.occurrences.map(\.path).min() ?? ""
            try insertAnswer.executeBulk(.integer(prepared.keyHash), .text(answer.text), .text(answer.topic), .optionalText(answer.question), .text(terms),
                                         .text(context), .int(answer.nearDuplicatesMerged))
            answerID = db.lastInsertedRowID
            try insertAnswerSearch.executeBulk(.integer(answerID), .text(answer.topic), .text(answer.question ?? ""), .text(answer.text), .text(terms),
                                               .text(context))
            try insertAnswerWords.executeBulk(.integer(answerID), .text(answer.topic), .text(answer.question ?? ""), .text(answer.text))
        }
        for location in answer.occurrences {
            guard let sourceID = sourceIDs[location.path] else { continue }
            try insertOccurrence.executeBulk(.integer(answerID), .integer(sourceID), .int(location.line), .int(location.column),
                                             .optionalText(location.anchor))
        }
        guard existingID == nil else { return }
        let question = answer.question ?? ""
        for (position, (fact, terms)) in zip(prepared.facts, prepared.terms).enumerated() {
            let clusterID: Int64
            if let known = clusterIDs[fact.clusterHash] {
                clusterID = known
            } else {
                try insertCluster.executeBulk(.integer(fact.clusterHash))
                clusterID = db.lastInsertedRowID
                clusterIDs[fact.clusterHash] = clusterID
            }
            try insertFact.executeBulk(.integer(answerID), .int(position), .text(fact.text), .text(fact.lead), .int(fact.start), .int(fact.end),
                                       .int(fact.lineOffset), .optionalInt(fact.year), .integer(clusterID), .text(terms))
            let factID = db.lastInsertedRowID
            try insertSearch.executeBulk(.integer(factID), .text(answer.topic), .text(question), .text(fact.text), .text(terms))
            for claim in position < prepared.claims.count ? prepared.claims[position] : [] {
                try insertClaim.execute(arguments: [
                    factID, claim.surface, claim.start, claim.end, claim.low, claim.high, claim.unit, claim.comparator.rawValue,
                    claim.kind.rawValue, claim.normalizedLow, claim.normalizedHigh, claim.normalizedUnit, claim.subject, claim.metric,
                    Self.json(claim.conditions), claim.hedged, claim.dimension.rawValue, claim.role?.rawValue,
                    Self.json(claim.qualifiers), claim.hedge?.rawValue, claim.year, Self.json(claim.subjectEvidence), claim.subjectWeight,
                ])
            }
            for support in position < prepared.supports.count ? prepared.supports[position] : [] {
                try insertSupport.execute(arguments: [
                    factID, support.subject, support.item, support.itemKey, support.versions, support.polarity.rawValue, support.closed,
                    support.list, support.listSize, support.phrase, support.start, support.end, Self.json(support.qualifiers), support.hedge?.rawValue,
                    support.subjectWeight,
                ])
            }
        }
    }

    func finish() throws {
        try db.execute(sql: "DELETE FROM fact_clusters WHERE id NOT IN (SELECT cluster_id FROM facts)")
    }

    /// A value as compact JSON, the form list columns are stored in.
    static func json(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
    }
}

extension KnowledgeStore {
    /// Removes a source's occurrences, then the answers (and facts) no other source still has.
    static func deleteSource(_ db: Database, id: Int64) throws {
        let answerIDs = try Int64.fetchAll(db, sql: "SELECT DISTINCT answer_id FROM occurrences WHERE source_id = ?", arguments: [id])
        try db.execute(sql: "DELETE FROM occurrences WHERE source_id = ?", arguments: [id])
        for answerID in answerIDs {
            let remaining = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM occurrences WHERE answer_id = ?", arguments: [answerID]) ?? 0
            guard remaining == 0 else { continue }
            // External-content FTS5 needs the indexed values to delete them.
            try db.execute(sql: """
                INSERT INTO facts_fts(facts_fts, rowid, topic, question, body, terms)
                SELECT 'delete', id, topic, question, body, terms FROM fact_search_content
                WHERE id IN (SELECT id FROM facts WHERE answer_id = ?)
                """, arguments: [answerID])
            try db.execute(sql: """
                INSERT INTO answers_fts(answers_fts, rowid, topic, question, body, terms, context)
                SELECT 'delete', id, topic, question, body, terms, context FROM answer_search_content WHERE id = ?
                """, arguments: [answerID])
            try db.execute(sql: """
                INSERT INTO answer_words(answer_words, rowid, topic, question, body)
                SELECT 'delete', id, topic, question, body FROM answer_search_content WHERE id = ?
                """, arguments: [answerID])
            try db.execute(sql: "DELETE FROM answers WHERE id = ?", arguments: [answerID])
        }
        try db.execute(sql: "DELETE FROM sources WHERE id = ?", arguments: [id])
    }
}
