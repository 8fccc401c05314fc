import KBModel
import KBText
import GRDB
import KBSearch
import GRDBSQLite

/// A value bound to a statement parameter by ``GRDB/Statement/executeBulk(_:)``.
enum BulkValue {
    case integer(Int64)
    case text(String)
    case null

    static func int(_ value: Int) -> BulkValue { .integer(Int64(value)) }
    static func optionalInt(_ value: Int?) -> BulkValue { value.map { .integer(Int64($0)) } ?? .null }
    static func optionalText(_ value: String?) -> BulkValue { value.map { .text($0) } ?? .null }
}

extension Statement {
    /// Executes a prepared statement with `values` bound straight through SQLite's C API.
    ///
    /// Ingest runs a handful of statements hundreds of thousands of times; GRDB's general
    /// `execute(arguments:)` boxes every value, which cost a tenth of ingest time. Errors surface
    /// as GRDB's `DatabaseError`, like any other statement's.
    func executeBulk(_ values: BulkValue...) throws {
        let statement = sqliteStatement
        sqlite3_reset(statement)
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            switch value {
            case .integer(let number):
                sqlite3_bind_int64(statement, index, number)
            case .text(let text):
                var text = text
                text.withUTF8 { bytes in
                    if let base = bytes.baseAddress, bytes.count > 0 {
                        _ = sqlite3_bind_text(statement, index, UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self),
                                              Int32(bytes.count), transient)
                    } else {
                        // An empty string is '' (a nil pointer would bind NULL).
                        _ = sqlite3_bind_text(statement, index, "", 0, transient)
                    }
                }
            case .null:
                sqlite3_bind_null(statement, index)
            }
        }
        let code = sqlite3_step(statement)
        guard code == SQLITE_DONE || code == SQLITE_ROW else {
            let message = sqlite3_db_handle(statement).flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            sqlite3_reset(statement)
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: sql)
        }
        sqlite3_reset(statement)
    }
}
