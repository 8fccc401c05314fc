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
                // FTS5 compares each index with the rows it was built from.
                for table in ["facts_fts", "answers_fts", "answer_words"] {
                    do {
                        try db.execute(sql: "INSERT INTO \(table)(\(table)) VALUES ('integrity-check')")
                    } catch {
                        problems.append("\(table): \(error)")
                    }
                }
                return problems
            }
        }
    }
}
