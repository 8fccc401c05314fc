@testable import KBExport
@testable import KBCheck
@testable import KBClaims
@testable import KBSearch
@testable import KBModel
@testable import KBText
import Foundation
import GRDB
import Testing
import TestSupport
@testable import KBIngest
@testable import KnowledgeStore

@Suite struct SchemaTests {
    @Test func freshIndexHasEveryTableAndTheVersion() throws {
        let folder = try TemporaryFolder()
        let path = folder.url.appendingPathComponent("Index/kb.sqlite").path
        let store = try KnowledgeStore.open(path: path, create: true)
        #expect(try store.stats().schemaVersion == Schema.version)
        let tables = try store.writer.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY name")
        }
        for name in ["answers", "claims", "fact_clusters", "fact_search_content", "facts", "facts_fts", "kb_meta", "occurrences", "sources"] {
            #expect(tables.contains(name), "missing \(name)")
        }
        // Reopening does not migrate again.
        try store.close()
        #expect(try KnowledgeStore.open(path: path, create: false).stats().schemaVersion == Schema.version)
    }

    /// A version 1 index (no claim columns) migrates, and its sources are marked for re-reading so
    /// that the next ingest extracts their claims.
    @Test func version1IndexMigratesAndRereadsItsSources() throws {
        let folder = try TemporaryFolder()
        try folder.write("Corpus/serverless-faq.txt", try Corpus.bundledText())
        let path = folder.url.appendingPathComponent("kb.sqlite").path
        var migrator = Schema.migrator
        migrator = migrator.disablingDeferredForeignKeyChecks()
        let queue = try DatabaseQueue(path: path)
        try migrator.migrate(queue, upTo: "v1: sources, answers, facts, FTS5")
        try queue.write { db in
            try db.execute(sql: "INSERT INTO kb_meta(key, value) VALUES ('schema_version', '1')")
            try db.execute(sql: "INSERT INTO sources(path, content_hash, size, modified, format, records, boilerplate_lines, boilerplate_prefixes) VALUES ('Corpus/serverless-faq.txt', 'x', 1, 1, 'txt', 0, 0, 0)")
        }
        try queue.close()
        let store = try KnowledgeStore.open(path: path, create: false)
        #expect(try store.stats().schemaVersion == Schema.version)
        #expect(try store.isStale(paths: [folder.url.appendingPathComponent("Corpus").path], options: folder.options()))
        _ = try store.ingest(paths: [folder.url.appendingPathComponent("Corpus").path], options: folder.options())
        #expect(try store.stats().claims > 100)
    }

    @Test func newerSchemaIsRefused() throws {
        let folder = try TemporaryFolder()
        let path = folder.url.appendingPathComponent("kb.sqlite").path
        let store = try KnowledgeStore.open(path: path, create: true)
        try store.writer.write { db in
            try db.execute(sql: "UPDATE kb_meta SET value = '99' WHERE key = 'schema_version'")
        }
        try store.close()
        #expect(throws: StoreError.newerSchema(path: path, found: 99, supported: Schema.version)) {
            try KnowledgeStore.open(path: path, create: false)
        }
        #expect(StoreError.newerSchema(path: path, found: 99, supported: Schema.version).description.contains("newer than this kb supports"))
    }

    @Test func missingIndexIsNotCreatedForReading() throws {
        let folder = try TemporaryFolder()
        let path = folder.url.appendingPathComponent("none.sqlite").path
        #expect(throws: StoreError.missingIndex(path: path)) { try KnowledgeStore.open(path: path, create: false) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func aFileThatIsNotAnIndexIsReportedAsDamaged() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("kb.sqlite", String(repeating: "this is not sqlite ", count: 400))
        #expect {
            try KnowledgeStore.open(path: file.path, create: false)
        } throws: { error in
            guard case .corrupt(let path, _) = error as? StoreError else { return false }
            return path == file.path
        }
    }
}
