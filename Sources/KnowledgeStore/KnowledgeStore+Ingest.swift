import KBModel
import KBText
import Foundation
import GRDB
import KnowledgeBase

/// How `ingest` reads files.
public struct IngestOptions: Sendable {
    public var readers = Readers.standard
    /// Whether to extract numeric claims (on by default; off makes an ingest for search only faster).
    public var extractClaims = true
    /// Stored paths are relative to this folder when inside it.
    public var workingDirectory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    /// Called inside the transaction after each new answer is written; throwing aborts the whole
    /// ingest (tests use it to fail midway and check that nothing changed).
    public var afterAnswerWritten: (@Sendable (Int) throws -> Void)?

    public init() {}
}

extension KnowledgeStore {
    /// Indexes the files at `paths` (folders recursively) in one transaction.
    ///
    /// Unchanged files (same size and modification time, or same content hash) are skipped; a
    /// changed file replaces only its own rows; files gone from an ingested folder are dropped.
    /// Files that cannot be read are reported in ``IngestReport/errors`` and the rest is indexed.
    public func ingest(paths: [String], options: IngestOptions = IngestOptions(),
                       progress: (@Sendable (IngestProgress) -> Void)? = nil) throws(StoreError) -> IngestReport {
        let clock = ContinuousClock()
        let started = clock.now
        let walker = CorpusWalker(readers: options.readers, workingDirectory: options.workingDirectory)
        let walk = walker.walk(paths)
        // Rows written by another version of the splitter or claim extractor are rebuilt.
        let outdated = try extractorVersion() != IngestPipeline.extractorVersion
        let stored = try storedSources().mapValues { source in
            var source = source
            if outdated {
                source.size = -1
                source.hash = ""
            }
            return source
        }

        var report = IngestReport(stats: IndexStats())
        report.errors = walk.errors
        report.skippedUnknown = walk.skipped
        var documents: [(CorpusFile, String, SourceDocument)] = []
        var touchedUnchanged: [CorpusFile] = []
        // Size and modification time first: files that kept both are not even read.
        var candidates: [CorpusFile] = []
        for file in walk.files {
            if let previous = stored[file.path], previous.size == file.size, previous.modified == file.modified {
                report.skippedUnchanged.append(file.path)
            } else {
                candidates.append(file)
            }
        }
        // Reading, hashing and parsing run on every core; results keep the walk's order.
        let readers = options.readers
        let reads = candidates.concurrentMap { file in Self.read(file, readers: readers, previousHash: stored[file.path]?.hash) }
        for (position, (file, outcome)) in zip(candidates, reads).enumerated() {
            progress?(IngestProgress(phase: .reading, completed: position, total: candidates.count))
            switch outcome {
            case .unchanged:
                report.skippedUnchanged.append(file.path)
                touchedUnchanged.append(file)
            case .failed(let error):
                report.errors.append(error)
            case .read(let hash, let document):
                report.warnings += document.warnings.map { (file.path, $0) }
                documents.append((file, hash, document))
            }
        }
        report.skippedUnchanged.sort()
        // A lexicon in an ingested folder names aliases and metric synonyms for the claims.
        var lexicon = KnowledgeBase.Lexicon()
        for folder in walk.folders {
            let base = folder.hasPrefix("/") ? URL(fileURLWithPath: folder) : options.workingDirectory.appendingPathComponent(folder)
            let file = base.appendingPathComponent(KnowledgeBase.Lexicon.fileName)
            guard let data = try? FileBytes.read(file) else { continue }
            do {
                lexicon = try KnowledgeBase.Lexicon.read(data, path: walker.storedPath(file))
            } catch {
                report.errors.append(error)
            }
        }
        let seen = Set(walk.files.map(\.path))
        let failed = Set(report.errors.map(\.path))
        report.removedSources = stored.keys.filter { path in
            !seen.contains(path) && !failed.contains(path)
                && walk.covers(path)
        }.sorted()
        report.indexedFiles = documents.map(\.0.path)

        if !report.changedNothing || !touchedUnchanged.isEmpty || outdated {
            try mapped {
                try writer.write { db in
                    if outdated {
                        // Sources this run does not re-read are marked changed for the next one.
                        try db.execute(sql: "UPDATE sources SET content_hash = '', size = -1")
                        try db.execute(sql: "INSERT OR REPLACE INTO kb_meta(key, value) VALUES ('extractor_version', ?)",
                                       arguments: [String(IngestPipeline.extractorVersion)])
                    }
                    for file in touchedUnchanged {
                        try db.execute(sql: "UPDATE sources SET size = ?, modified = ? WHERE path = ?",
                                       arguments: [file.size, file.modified, file.path])
                    }
                    for path in report.removedSources + report.indexedFiles {
                        if let id = stored[path]?.id { try Self.deleteSource(db, id: id) }
                    }
                    try Self.insert(db, documents: documents, options: options, lexicon: lexicon, progress: progress)
                    try db.execute(sql: "DELETE FROM fact_clusters WHERE id NOT IN (SELECT cluster_id FROM facts)")
                }
            }
        }
        report.stats = try stats()
        report.seconds = Self.seconds(clock.now - started)
        return report
    }

    /// Whether `paths` hold files the index does not have (new, changed or removed ones).
    /// Compares sizes and modification times only: cheap enough to run before every search.
    public func isStale(paths: [String], options: IngestOptions = IngestOptions()) throws(StoreError) -> Bool {
        if try extractorVersion() != IngestPipeline.extractorVersion { return true }
        let walk = CorpusWalker(readers: options.readers, workingDirectory: options.workingDirectory).walk(paths)
        let stored = try storedSources()
        for file in walk.files {
            guard let previous = stored[file.path], previous.size == file.size, previous.modified == file.modified else {
                return true
            }
        }
        let seen = Set(walk.files.map(\.path))
        return stored.keys.contains { path in
            !seen.contains(path) && walk.covers(path)
        }
    }

    /// The extractor version the index's rows were written by (nil before kb recorded it).
    func extractorVersion() throws(StoreError) -> Int? {
        try mapped {
            try writer.read { db in
                try Int.fetchOne(db, sql: "SELECT CAST(value AS INTEGER) FROM kb_meta WHERE key = 'extractor_version'")
            }
        }
    }

    enum ReadOutcome: Sendable {
        case unchanged
        case failed(IngestError)
        case read(hash: String, document: SourceDocument)
    }

    /// One file read, hashed and (when its content changed) parsed.
    static func read(_ file: CorpusFile, readers: Readers, previousHash: String?) -> ReadOutcome {
        let data: Data
        do {
            data = try FileBytes.read(file.url)
        } catch {
            return .failed(.unreadable(path: file.path, reason: error.reason))
        }
        let hash = ContentHash.hex(ContentHash.fnv1a(data))
        if hash == previousHash { return .unchanged }
        guard let reader = readers.reader(forPath: file.path, data: data) else {
            return .failed(.unreadable(path: file.path, reason: "no reader for this file"))
        }
        do {
            return .read(hash: hash, document: try reader.read(data, path: file.path))
        } catch {
            return .failed(error)
        }
    }

    struct StoredSource {
        var id: Int64
        var hash: String
        var size: Int64
        var modified: Double
    }

    func storedSources() throws(StoreError) -> [String: StoredSource] {
        try mapped {
            try writer.read { db in
                var result: [String: StoredSource] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT id, path, content_hash, size, modified FROM sources") {
                    result[row["path"]] = StoredSource(id: row["id"], hash: row["content_hash"], size: row["size"], modified: row["modified"])
                }
                return result
            }
        }
    }

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
            try db.execute(sql: "DELETE FROM answers WHERE id = ?", arguments: [answerID])
        }
        try db.execute(sql: "DELETE FROM sources WHERE id = ?", arguments: [id])
    }

    /// About how much answer text (UTF-8 bytes) one batch prepares before writing it.
    static let batchCharacters = 2_000_000

    static func insert(_ db: Database, documents: [(CorpusFile, String, SourceDocument)], options: IngestOptions,
                       lexicon: KnowledgeBase.Lexicon, progress: (@Sendable (IngestProgress) -> Void)?) throws {
        guard !documents.isEmpty else { return }
        // A 16 MiB page cache for the bulk insert (SQLite's default is 2 MiB); this connection only. More
        // buys little speed and counts against the 200 MiB peak-memory goal.
        try db.execute(sql: "PRAGMA cache_size = -16384")
        var known = Set(try Int64.fetchAll(db, sql: "SELECT key_hash FROM answers"))
        var pipeline = IngestPipeline()
        pipeline.extractClaims = options.extractClaims
        pipeline.scanner = QuantityScanner(lexicon: lexicon)

        var sourceIDs: [String: Int64] = [:]
        let insertSource = try db.cachedStatement(sql: """
            INSERT INTO sources(path, content_hash, size, modified, format, records, boilerplate_lines, boilerplate_prefixes)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (file, hash, document) in documents {
            // Counts are filled in when the file's batch is prepared.
            try insertSource.execute(arguments: [file.path, hash, file.size, file.modified, document.format, 0, 0, 0])
            sourceIDs[file.path] = db.lastInsertedRowID
        }
        let addCounts = try db.cachedStatement(sql: """
            UPDATE sources SET records = records + ?, boilerplate_lines = boilerplate_lines + ?,
                               boilerplate_prefixes = boilerplate_prefixes + ? WHERE id = ?
            """)

        // Clusters are looked up in memory: two statements fewer per fact.
        var clusterIDs: [Int64: Int64] = [:]
        let clusters = try Row.fetchCursor(db, sql: "SELECT key_hash, id FROM fact_clusters")
        while let row = try clusters.next() {
            clusterIDs[row[0]] = row[1]
        }
        let findAnswer = try db.cachedStatement(sql: "SELECT id FROM answers WHERE key_hash = ?")
        let insertAnswer = try db.cachedStatement(sql: "INSERT INTO answers(key_hash, text, topic, question) VALUES (?, ?, ?, ?)")
        let insertOccurrence = try db.cachedStatement(sql: """
            INSERT INTO occurrences(answer_id, source_id, line, "column", anchor) VALUES (?, ?, ?, ?, ?)
            """)
        let insertCluster = try db.cachedStatement(sql: "INSERT INTO fact_clusters(key_hash) VALUES (?)")
        let insertFact = try db.cachedStatement(sql: """
            INSERT INTO facts(answer_id, position, text, lead, start, "end", line_offset, year, cluster_id, terms)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertClaim = try db.cachedStatement(sql: """
            INSERT INTO claims(fact_id, surface, start, "end", low, high, unit, comparator, kind, norm_low, norm_high,
                               norm_unit, subject, metric, conditions, hedged, dimension, role)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertSearch = try db.cachedStatement(sql: """
            INSERT INTO facts_fts(rowid, topic, question, body, terms) VALUES (?, ?, ?, ?, ?)
            """)

        // Documents are prepared and written in batches of about `batchCharacters` of text, so the
        // prepared facts and claims of the whole corpus are never in memory at once. Answers of later
        // batches that repeat earlier ones find them by key hash, in this same transaction.
        var batchStart = 0
        var written = 0
        let total = documents.reduce(0) { $0 + $1.2.records.count }
        while batchStart < documents.count {
            var batchEnd = batchStart
            var characters = 0
            while batchEnd < documents.count, batchEnd == batchStart || characters < Self.batchCharacters {
                characters += documents[batchEnd].2.records.reduce(0) { $0 + $1.text.utf8.count }
                batchEnd += 1
            }
            let batch = pipeline.prepare(documents[batchStart..<batchEnd].map(\.2), knownKeyHashes: known)
            batchStart = batchEnd
            for (path, counts) in batch.counts.sorted(by: { $0.key < $1.key }) {
                guard let sourceID = sourceIDs[path] else { continue }
                try addCounts.execute(arguments: [counts.records, counts.boilerplateLines, counts.boilerplatePrefixes, sourceID])
            }
            for (position, prepared) in batch.answers.enumerated() {
                if (written + position) % 256 == 0 {
                    progress?(IngestProgress(phase: .indexing, completed: written + position, total: total))
                }
                let answer = prepared.answer
                // Only an answer already indexed before this ingest needs a look-up.
                let existingID = known.contains(prepared.keyHash) ? try Int64.fetchOne(findAnswer, arguments: [prepared.keyHash]) : nil
                let answerID: Int64
                if let existingID {
                    answerID = existingID
                } else {
                    try insertAnswer.executeBulk(.integer(prepared.keyHash), .text(answer.text), .text(answer.topic), .optionalText(answer.question))
                    answerID = db.lastInsertedRowID
                }
                for location in answer.occurrences {
                    guard let sourceID = sourceIDs[location.path] else { continue }
                    try insertOccurrence.executeBulk(.integer(answerID), .integer(sourceID), .int(location.line), .int(location.column),
                                                     .optionalText(location.anchor))
                }
                guard existingID == nil else { continue }
                let question = answer.question ?? ""
                for (factPosition, (fact, terms)) in zip(prepared.facts, prepared.terms).enumerated() {
                    let claims = factPosition < prepared.claims.count ? prepared.claims[factPosition] : []
                    let clusterID: Int64
                    if let known = clusterIDs[fact.clusterHash] {
                        clusterID = known
                    } else {
                        try insertCluster.executeBulk(.integer(fact.clusterHash))
                        clusterID = db.lastInsertedRowID
                        clusterIDs[fact.clusterHash] = clusterID
                    }
                    try insertFact.executeBulk(.integer(answerID), .int(factPosition), .text(fact.text), .text(fact.lead),
                                               .int(fact.start), .int(fact.end), .int(fact.lineOffset), .optionalInt(fact.year),
                                               .integer(clusterID), .text(terms))
                    let factID = db.lastInsertedRowID
                    try insertSearch.executeBulk(.integer(factID), .text(answer.topic), .text(question), .text(fact.text), .text(terms))
                    for claim in claims {
                        try insertClaim.execute(arguments: [
                            factID, claim.surface, claim.start, claim.end, claim.low, claim.high, claim.unit, claim.comparator.rawValue,
                            claim.kind.rawValue, claim.normalizedLow, claim.normalizedHigh, claim.normalizedUnit, claim.subject, claim.metric,
                            Self.jsonArray(claim.conditions), claim.hedged, claim.dimension, claim.role,
                        ])
                    }
                }
                try options.afterAnswerWritten?(written + position)
            }
            for prepared in batch.answers { known.insert(prepared.keyHash) }
            written += batch.answers.count
        }
        progress?(IngestProgress(phase: .indexing, completed: total, total: total))
    }

    /// A JSON array of strings, the form `claims.conditions` is stored in.
    static func jsonArray(_ values: [String]) -> String {
        let encoded = (try? JSONEncoder().encode(values)).flatMap { String(data: $0, encoding: .utf8) }
        return encoded ?? "[]"
    }

    static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
