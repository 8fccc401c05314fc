import KBModel
import KBText
import GRDB
import KBSearch

extension KnowledgeStore {
    /// Problems SQLite's `integrity_check` and FTS5's `integrity-check` find; empty when the index is sound.
    ///
    /// For example:
    ///
    /// ```swift
    /// try store.integrityProblems()  // []
    /// ```
    public func integrityProblems() throws(StoreError) -> [String] {
        try mapped {
            // FTS5's check is an INSERT command, so it needs a writable connection (it changes nothing).
            try writer.writeWithoutTransaction { db in
                var problems = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
                do {
                    // FTS5 compares its index with the facts it was built from.
                    try db.execute(sql: "INSERT INTO facts_fts(facts_fts) VALUES ('integrity-check')")
                } catch {
                    problems.append("facts_fts: \(error)")
                }
                return problems
            }
        }
    }
}
