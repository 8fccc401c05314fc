import KBModel
import KBText
import GRDB
import KBSearch
import KBIngest

extension KnowledgeStore {
    /// The figures `kb stats` reports.
    public func stats() throws(StoreError) -> IndexStats {
        try mapped {
            try writer.read { db in try Self.stats(db) }
        }
    }

    static func stats(_ db: Database) throws -> IndexStats {
        var stats = IndexStats()
        func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql) ?? 0 }
        stats.sources = try count("SELECT COUNT(*) FROM sources")
        stats.answerRecords = try count("SELECT COUNT(*) FROM occurrences")
        stats.answers = try count("SELECT COUNT(*) FROM answers")
        stats.duplicatesRemoved = stats.answerRecords - stats.answers
        stats.nearDuplicatesMerged = try count("SELECT COALESCE(SUM(near_duplicates), 0) FROM answers")
        stats.boilerplateLines = try count("SELECT COALESCE(SUM(boilerplate_lines), 0) FROM sources")
        stats.boilerplatePrefixes = try count("SELECT COALESCE(SUM(boilerplate_prefixes), 0) FROM sources")
        stats.facts = try count("SELECT COUNT(*) FROM facts")
        stats.factClusters = try count("SELECT COUNT(DISTINCT cluster_id) FROM facts")
        stats.claims = try count("SELECT COUNT(*) FROM claims")
        stats.questions = try count("SELECT COUNT(*) FROM answers WHERE question IS NOT NULL")
        for row in try Row.fetchAll(db, sql: "SELECT format, COUNT(*) FROM sources GROUP BY format") {
            stats.formats[row[0]] = row[1]
        }
        stats.schemaVersion = try count("SELECT CAST(value AS INTEGER) FROM kb_meta WHERE key = 'schema_version'")
        return stats
    }
}
