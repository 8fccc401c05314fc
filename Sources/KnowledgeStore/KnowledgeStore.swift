import Foundation
import GRDB
import KnowledgeBase

/// The kb index: one SQLite file with plain tables and an FTS5 index over facts.
///
/// For example:
///
/// ```swift
/// let store = try KnowledgeStore.open(path: "Index/kb.sqlite", create: true)
/// let report = try store.ingest(paths: ["Corpus"])
/// let hits = try store.search(SearchQuery.parse("SnapStart runtimes"), limit: 10)
/// ```
///
/// The file is in WAL mode: searches keep answering while an ingest writes, and an ingest is one
/// transaction, so a failure or a kill leaves the previous index as it was.
public final class KnowledgeStore: Sendable {
    let writer: any DatabaseWriter
    /// The index file path, or ":memory:".
    public let path: String

    init(writer: any DatabaseWriter, path: String) {
        self.writer = writer
        self.path = path
    }

    /// The schema version this build of kb reads and writes.
    public static var supportedSchemaVersion: Int { Schema.version }

    /// Opens (and with `create`, creates) the index at `path`, migrating an older schema.
    public static func open(path: String, create: Bool) throws(StoreError) -> KnowledgeStore {
        let exists = FileManager.default.fileExists(atPath: path)
        if !exists && !create { throw .missingIndex(path: path) }
        if !exists {
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty {
                do {
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                } catch {
                    throw .cannotOpen(path: path, detail: "cannot create folder \(folder)")
                }
            }
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        do {
            let pool = try DatabasePool(path: path, configuration: configuration)
            let store = KnowledgeStore(writer: pool, path: path)
            try store.prepareSchema()
            return store
        } catch let error as StoreError {
            throw error
        } catch {
            throw storeError(error, path: path)
        }
    }

    /// Opens an existing index for searching only: one read-only connection, no migration.
    ///
    /// Quicker to open than ``open(path:create:)`` (which every search would pay for); an index
    /// that still needs a migration is opened with ``open(path:create:)`` instead.
    public static func openForReading(path: String) throws(StoreError) -> KnowledgeStore {
        guard FileManager.default.fileExists(atPath: path) else { throw .missingIndex(path: path) }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(10)
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            let version = try queue.read { db -> Int? in
                guard try db.tableExists("kb_meta") else { return nil }
                return try Int.fetchOne(db, sql: "SELECT CAST(value AS INTEGER) FROM kb_meta WHERE key = 'schema_version'")
            }
            if let version, version > Schema.version {
                throw StoreError.newerSchema(path: path, found: version, supported: Schema.version)
            }
            guard version == Schema.version else {
                try queue.close()
                return try open(path: path, create: false)
            }
            return KnowledgeStore(writer: queue, path: path)
        } catch let error as StoreError {
            throw error
        } catch {
            throw storeError(error, path: path)
        }
    }

    /// A fresh index in memory, for tests.
    public static func inMemory() throws(StoreError) -> KnowledgeStore {
        do {
            let store = KnowledgeStore(writer: try DatabaseQueue(), path: ":memory:")
            try store.prepareSchema()
            return store
        } catch let error as StoreError {
            throw error
        } catch {
            throw storeError(error, path: ":memory:")
        }
    }

    /// Closes the database (checkpointing the WAL) so that the file can be moved.
    public func close() throws(StoreError) {
        try mapped {
            if let pool = writer as? DatabasePool {
                // Fold the WAL into the main file first: closing alone may leave it beside the file,
                // and a moved index must be whole on its own.
                _ = try pool.writeWithoutTransaction { try $0.checkpoint(.truncate) }
                try pool.close()
            }
            if let queue = writer as? DatabaseQueue { try queue.close() }
        }
    }

    /// Refuses a newer schema, then applies the migrations this index lacks.
    func prepareSchema() throws {
        let migrator = Schema.migrator
        let (found, complete) = try writer.read { db -> (Int?, Bool) in
            var found: Int?
            if try db.tableExists("kb_meta") {
                found = try Int.fetchOne(db, sql: "SELECT CAST(value AS INTEGER) FROM kb_meta WHERE key = 'schema_version'")
            }
            let superseded = try migrator.hasBeenSuperseded(db)
            if superseded, found == nil { found = Schema.version + 1 }
            return (found, try migrator.hasCompletedMigrations(db))
        }
        if let found, found > Schema.version {
            throw StoreError.newerSchema(path: path, found: found, supported: Schema.version)
        }
        guard !complete else { return }
        try migrator.migrate(writer)
        try writer.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO kb_meta(key, value) VALUES ('schema_version', ?)",
                           arguments: [String(Schema.version)])
        }
    }

    /// Maps an SQLite failure to the error a person can act on.
    static func storeError(_ error: any Error, path: String) -> StoreError {
        guard let error = error as? DatabaseError else {
            return .sqlite(path: path, detail: String(describing: error))
        }
        let detail = error.message ?? "SQLite error \(error.resultCode.rawValue)"
        switch error.resultCode {
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            return .corrupt(path: path, detail: detail)
        case .SQLITE_READONLY:
            return .readOnly(path: path)
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return .locked(path: path)
        case .SQLITE_FULL:
            return .full(path: path)
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH:
            return .cannotOpen(path: path, detail: detail)
        default:
            return .sqlite(path: path, detail: detail)
        }
    }

    /// Runs `body`, turning SQLite failures into ``StoreError``.
    func mapped<T>(_ body: () throws -> T) throws(StoreError) -> T {
        do {
            return try body()
        } catch let error as StoreError {
            throw error
        } catch {
            throw Self.storeError(error, path: path)
        }
    }
}
