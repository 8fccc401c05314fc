import KBModel
import KBText
import Foundation
import GRDB
import KBSearch
import KBIngest

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

    /// How long kb waits for another process's lock on the index before it gives up with
    /// ``StoreError/locked(path:)``: 10 seconds, or the seconds in `KB_BUSY_TIMEOUT`.
    public static var busyTimeout: TimeInterval {
        guard let text = ProcessInfo.processInfo.environment["KB_BUSY_TIMEOUT"], let seconds = Double(text),
              seconds.isFinite, seconds >= 0 else { return 10 }
        return seconds
    }

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
        configuration.busyMode = .timeout(busyTimeout)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        // Opening a new index (WAL mode, migrations) can meet another process doing the same: SQLite
        // then answers "busy" without waiting. Retry until the busy timeout is spent.
        let deadline = Date().addingTimeInterval(busyTimeout)
        while true {
            do {
                // Ingests write through this pool, and opening one writes (GRDB makes sure the WAL file
                // is not empty): a damaged index or one from a newer kb is refused first, untouched.
                if FileManager.default.fileExists(atPath: path) { try preflight(path: path) }
                let pool = try DatabasePool(path: path, configuration: configuration)
                let store = KnowledgeStore(writer: pool, path: path)
                try store.prepareSchema()
                return store
            } catch let error as StoreError {
                throw error
            } catch let error as DatabaseError where (error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED)
                && Date() < deadline {
                Thread.sleep(forTimeInterval: 0.05)
            } catch {
                throw storeError(error, path: path)
            }
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
        configuration.busyMode = .timeout(busyTimeout)
        do {
            func schemaVersion(_ queue: DatabaseQueue) throws -> Int? {
                try queue.read { db -> Int? in
                    guard try db.tableExists("kb_meta") else { return nil }
                    return try Int.fetchOne(db, sql: "SELECT CAST(value AS INTEGER) FROM kb_meta WHERE key = 'schema_version'")
                }
            }
            var queue: DatabaseQueue
            let version: Int?
            do {
                queue = try DatabaseQueue(path: path, configuration: configuration)
                version = try schemaVersion(queue)
            } catch let error as DatabaseError where [.SQLITE_CANTOPEN, .SQLITE_READONLY].contains(error.resultCode) && isReadOnlyLocation(path) {
                // A WAL index in a folder this process cannot write, without its -shm file (which
                // SQLite would create): SQLite reads it only as immutable. Nothing this process
                // runs can write it; a writer elsewhere makes a search fail, never the index.
                queue = try DatabaseQueue(path: URL(fileURLWithPath: path).absoluteString + "?immutable=1", configuration: configuration)
                version = try schemaVersion(queue)
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
        // Two kb processes opening one new index at once both find it unmigrated; the one that waited
        // for the other's lock then fails on a migration the other applied meanwhile ("duplicate column
        // name"; found by Scripts/crash_test.sh). Try again, reading what is applied anew, until the
        // migrations are complete or the busy timeout is spent.
        let deadline = Date().addingTimeInterval(Self.busyTimeout)
        while true {
            do {
                try migrator.migrate(writer)
                break
            } catch {
                if try writer.read({ try migrator.hasCompletedMigrations($0) }) { break }
                guard Date() < deadline else { throw error }
                Thread.sleep(forTimeInterval: 0.05)
            }
        }
        try writer.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO kb_meta(key, value) VALUES ('schema_version', ?)",
                           arguments: [String(Schema.version)])
        }
    }

    /// Reads an existing index before anything may write to it: damage (SQLite's `quick_check`, a
    /// fifth of a second on a 100 MB index) and a newer schema are errors.
    static func preflight(path: String) throws {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(busyTimeout)
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        defer { try? queue.close() }
        try KnowledgeStore(writer: queue, path: path).refuseDamage()
        let version = try queue.read { db -> Int? in
            guard try db.tableExists("kb_meta") else { return nil }
            return try Int.fetchOne(db, sql: "SELECT CAST(value AS INTEGER) FROM kb_meta WHERE key = 'schema_version'")
        }
        if let version, version > Schema.version {
            throw StoreError.newerSchema(path: path, found: version, supported: Schema.version)
        }
    }

    /// Throws ``StoreError/corrupt(path:detail:)`` when SQLite's `quick_check` finds damage.
    func refuseDamage() throws {
        let problems = try writer.read { db in try String.fetchAll(db, sql: "PRAGMA quick_check(2)") }
        guard problems != ["ok"] else { return }
        // SQLite heads its report with "*** in database main ***"; the first line after it says what is wrong.
        let lines = problems.flatMap { $0.split(separator: "\n") }.filter { !$0.hasPrefix("***") }
        throw StoreError.corrupt(path: path, detail: lines.first.map(String.init) ?? "integrity check failed")
    }

    /// Whether the index at `path` cannot be written: the file, or the folder it is (to be) in.
    static func isReadOnlyLocation(_ path: String) -> Bool {
        let folder = (path as NSString).deletingLastPathComponent
        if access(folder.isEmpty ? "." : folder, W_OK) != 0, errno == EACCES || errno == EROFS { return true }
        return FileManager.default.fileExists(atPath: path) && access(path, W_OK) != 0 && (errno == EACCES || errno == EROFS)
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
            if isReadOnlyLocation(path) { return .readOnly(path: path) }
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
