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

/// Faults of the index file and its folder, end to end through the `kb` binary: each is one
/// exact stderr line and exit 2, and the index is never left damaged or half-written.
@Suite struct IndexFaultTests {
    static let oldText = "Quokka answers say the old index keeps every fact after a fault.\n"
    static let newText = "Wombat answers say this file arrives while the index is in trouble.\n"

    /// A project whose `kb.sqlite` (or `db`) holds `Corpus/old.txt`, closed cleanly (no -wal, no -shm).
    static func indexedProject(db: String = "kb.sqlite") throws -> Project {
        let project = try Project(withCorpus: false)
        try project.write("Corpus/old.txt", oldText)
        let output = try project.run(["ingest", "--db", db, "Corpus"])
        #expect(output.status == 0, "\(output.stderr)")
        try closeCleanly(project.url.appendingPathComponent(db).path)
        return project
    }

    /// Folds the WAL into the index file (the file then holds everything) and removes the emptied
    /// -wal and -shm files, which no connection uses any more.
    static func closeCleanly(_ path: String) throws {
        try KnowledgeStore.open(path: path, create: false).close()
        let wal = try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? NSNumber
        #expect(wal == nil || wal?.intValue == 0)
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    static func expectSound(_ path: String, answers: Int) throws {
        let store = try KnowledgeStore.open(path: path, create: false)
        #expect(try store.integrityProblems().isEmpty)
        #expect(try store.stats().answers == answers)
        try store.close()
    }

    // MARK: - Read-only folder

    /// A read-only index folder: searching works (also when the index was closed cleanly and SQLite
    /// cannot create its -shm file there), writing is refused in one line naming the index.
    /// Regressions: a clean index in such a folder could not be searched ("unable to open database
    /// file"), and a new index there was "cannot open the index (unable to open database file)".
    @Test(.enabled(if: Unprivileged.available)) func readOnlyIndexFolderSearchesButRefusesWrites() throws {
        let project = try Self.indexedProject(db: "ro/kb.sqlite")
        try project.write("Corpus/new.txt", Self.newText)
        let folder = project.url.appendingPathComponent("ro")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["kb.sqlite"])
        #expect(chmod(folder.path, 0o555) == 0)
        defer { _ = chmod(folder.path, 0o755) }
        let before = try Data(contentsOf: folder.appendingPathComponent("kb.sqlite"))

        let search = try Unprivileged.run(["search", "--db", "ro/kb.sqlite", "quokka"], in: project.url)
        #expect(search.status == 0, "\(search.stderr)")
        #expect(search.stdout.hasPrefix("Corpus/old.txt:1"))
        for command in [["stats"], ["claims"], ["check"], ["export"]] {
            #expect([0, 1].contains(try Unprivileged.run(command + ["--db", "ro/kb.sqlite"], in: project.url).status), "\(command)")
        }
        let ingest = try Unprivileged.run(["ingest", "--db", "ro/kb.sqlite", "Corpus"], in: project.url)
        #expect(ingest.status == 2)
        #expect(ingest.stderr == "kb: ro/kb.sqlite: the index is read-only; check the permissions of the file and its folder\n")
        let fresh = try Unprivileged.run(["ingest", "--db", "ro/new.sqlite", "Corpus"], in: project.url)
        #expect(fresh.status == 2)
        #expect(fresh.stderr == "kb: ro/new.sqlite: the index is read-only; check the permissions of the file and its folder\n")
        #expect(try Data(contentsOf: folder.appendingPathComponent("kb.sqlite")) == before)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("new.sqlite").path))
    }

    // MARK: - Full disk

    /// A full disk: a 1 MB tmpfs when this process may mount one, else SQLite's page limit on the
    /// writing connection. The ingest fails in one line, the previous index answers as before, and
    /// with room again the same ingest succeeds.
    @Test func fullDiskKeepsThePreviousIndex() throws {
        let folder = try TemporaryFolder()
        let mountPoint = folder.url.appendingPathComponent("disk")
        try FileManager.default.createDirectory(at: mountPoint, withIntermediateDirectories: true)
        // Few answers, many distinct words: a large full-text index for little processing.
        var generator = SeededGenerator(seed: 42)
        let big = (0..<160).map { line in
            "Wombat answer \(line) lists " + (0..<150).map { _ in String(UInt32.random(in: 0x1000_0000...0xFFFF_FFFF, using: &generator), radix: 16) }
                .joined(separator: " ") + ".\n"
        }.joined()
        try folder.write("Corpus/old.txt", Self.oldText)
        try folder.write("Corpus/big.txt", big)
        guard Self.mount(["-t", "tmpfs", "-o", "size=1m", "tmpfs", mountPoint.path]) else {
            try fullDiskByPageLimit(folder)
            return
        }
        defer { _ = Self.mount([mountPoint.path], command: "/bin/umount") }
        let index = mountPoint.appendingPathComponent("kb.sqlite").path
        #expect(try KB.run(["ingest", "--db", index, "Corpus/old.txt"], in: folder.url).status == 0)
        let before = try KB.run(["search", "--db", index, "quokka"], in: folder.url)

        let output = try KB.run(["ingest", "--db", index, "Corpus"], in: folder.url)
        #expect(output.status == 2)
        #expect(output.stderr == "kb: \(index): the disk is full; free some space and run the ingest again (the previous index is intact)\n")
        #expect(try KB.run(["search", "--db", index, "quokka"], in: folder.url).stdout == before.stdout)
        #expect(try KB.run(["search", "--db", index, "wombat"], in: folder.url).status == 1)

        #expect(Self.mount(["-o", "remount,size=16m", mountPoint.path]))
        try Self.expectSound(index, answers: 1)
        let again = try KB.run(["ingest", "--db", index, "Corpus"], in: folder.url)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try KB.run(["search", "--db", index, "wombat"], in: folder.url).status == 0)
    }

    /// The fallback: `PRAGMA max_page_count` on the connection the ingest writes through.
    func fullDiskByPageLimit(_ folder: TemporaryFolder) throws {
        let path = folder.url.appendingPathComponent("kb.sqlite").path
        var options = IngestOptions()
        options.workingDirectory = folder.url
        let store = try KnowledgeStore.open(path: path, create: true)
        _ = try store.ingest(paths: [folder.url.appendingPathComponent("Corpus/old.txt").path], options: options)
        let pages = try store.writer.read { try Int.fetchOne($0, sql: "PRAGMA page_count") } ?? 0
        try store.writer.writeWithoutTransaction { try $0.execute(sql: "PRAGMA max_page_count = \(pages + 20)") }
        #expect(throws: StoreError.full(path: path)) {
            try store.ingest(paths: [folder.url.appendingPathComponent("Corpus").path], options: options)
        }
        #expect(StoreError.full(path: path).description == "\(path): the disk is full; free some space and run the ingest again (the previous index is intact)")
        #expect(try store.integrityProblems().isEmpty)
        #expect(try store.stats().answers == 1)
    }

    static func mount(_ arguments: [String], command: String = "/bin/mount") -> Bool {
        guard FileManager.default.isExecutableFile(atPath: command) else { return false }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    // MARK: - Corrupted file

    /// Random bytes over the page of a table: commands that read it say the index is damaged and
    /// suggest `kb ingest --rebuild`, which repairs it.
    @Test(arguments: [("facts", "database disk image is malformed"), ("kb_meta", "database disk image is malformed")])
    func corruptedIndexIsNamedAndRebuilt(table: String, detail: String) throws {
        let project = try Self.indexedProject()
        let path = project.url.appendingPathComponent("kb.sqlite").path
        try Self.overwritePage(of: table, in: path, seed: 7)
        let search = try project.run(["search", "--db", "kb.sqlite", "quokka"])
        #expect(search.status == 2)
        #expect(search.stderr == "kb: kb.sqlite: the index is damaged or not a kb index (\(detail)); rebuild it with `kb ingest --rebuild`\n")
        let rebuild = try project.run(["ingest", "--db", "kb.sqlite", "--rebuild", "Corpus"])
        #expect(rebuild.status == 0, "\(rebuild.stderr)")
        #expect(try project.run(["search", "--db", "kb.sqlite", "quokka"]).status == 0)
        try Self.expectSound(path, answers: 1)
    }

    /// The file header overwritten: not an SQLite file any more.
    @Test func overwrittenHeaderIsNotADatabase() throws {
        let project = try Self.indexedProject()
        let path = project.url.appendingPathComponent("kb.sqlite").path
        try Self.overwrite(path, at: 0, count: 100, seed: 3)
        for command in [["search", "quokka"], ["stats"], ["ingest", "Corpus"]] {
            let output = try project.run([command[0], "--db", "kb.sqlite"] + command.dropFirst())
            #expect(output.status == 2)
            #expect(output.stderr == "kb: kb.sqlite: the index is damaged or not a kb index (file is not a database); rebuild it with `kb ingest --rebuild`\n")
        }
    }

    /// Damage in pages a search never reads went unnoticed and `kb ingest` wrote into the damaged
    /// file (exit 0). An ingest now checks the file first and refuses, leaving it byte for byte.
    @Test func ingestWroteIntoADamagedIndex() throws {
        let project = try Self.indexedProject()
        let path = project.url.appendingPathComponent("kb.sqlite").path
        try Self.overwritePage(of: "claims", in: path, seed: 11)
        try project.write("Corpus/new.txt", Self.newText)
        #expect(try project.run(["search", "--db", "kb.sqlite", "quokka"]).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let output = try project.run(["ingest", "--db", "kb.sqlite", "Corpus"])
        #expect(output.status == 2)
        #expect(output.stderr.hasPrefix("kb: kb.sqlite: the index is damaged or not a kb index ("))
        #expect(output.stderr.hasSuffix("); rebuild it with `kb ingest --rebuild`\n"))
        #expect(output.stderr.filter { $0 == "\n" }.count == 1)
        #expect(!output.stderr.contains("***"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try project.run(["ingest", "--db", "kb.sqlite", "--rebuild", "Corpus"]).status == 0)
        #expect(try project.run(["search", "--db", "kb.sqlite", "wombat"]).status == 0)
    }

    /// The default index damaged: the first search says so and how to repair it.
    @Test func damagedDefaultIndexSuggestsARebuild() throws {
        let project = try Project(withCorpus: false)
        try project.write("Corpus/old.txt", Self.oldText)
        #expect(try project.run(["search", "quokka"]).status == 0)
        let path = project.url.appendingPathComponent("Index/kb.sqlite").path
        try Self.closeCleanly(path)
        try Self.overwritePage(of: "facts", in: path, seed: 5)
        let output = try project.run(["search", "quokka"])
        #expect(output.status == 2)
        #expect(output.stderr == "kb: Index/kb.sqlite: the index is damaged or not a kb index (database disk image is malformed); rebuild it with `kb ingest --rebuild`\n")
        #expect(try project.run(["ingest", "--rebuild"]).status == 0)
        #expect(try project.run(["search", "quokka"]).status == 0)
    }

    /// Overwrites the root page of `table` with seeded random bytes.
    static func overwritePage(of table: String, in path: String, seed: UInt64) throws {
        let queue = try DatabaseQueue(path: path)
        let (page, size) = try queue.read { db in
            (try Int.fetchOne(db, sql: "SELECT rootpage FROM sqlite_master WHERE name = ?", arguments: [table]) ?? 0,
             try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 4096)
        }
        try queue.close()
        #expect(page > 1)
        try overwrite(path, at: (page - 1) * size, count: size, seed: seed)
    }

    static func overwrite(_ path: String, at offset: Int, count: Int, seed: UInt64) throws {
        var generator = SeededGenerator(seed: seed)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seek(toOffset: UInt64(offset))
        try handle.write(contentsOf: Data((0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }))
        try handle.close()
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    // MARK: - Newer schema

    /// An index from a newer kb: every command refuses it in one line without touching it, and
    /// `kb ingest --rebuild` replaces it.
    @Test func newerSchemaIsLeftAloneUntilRebuilt() throws {
        let project = try Self.indexedProject()
        let path = project.url.appendingPathComponent("kb.sqlite").path
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "UPDATE kb_meta SET value = '9' WHERE key = 'schema_version'") }
        try queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let message = "kb: kb.sqlite: index schema version 9 is newer than this kb supports (5); upgrade kb or rebuild with `kb ingest --rebuild`\n"
        for command in [["search", "quokka"], ["ingest", "Corpus"], ["claims"], ["stats"]] {
            let output = try project.run([command[0], "--db", "kb.sqlite"] + command.dropFirst())
            #expect(output.status == 2)
            #expect(output.stderr == message, "\(command)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try project.run(["ingest", "--db", "kb.sqlite", "--rebuild", "Corpus"]).status == 0)
        #expect(try project.run(["stats", "--db", "kb.sqlite", "--json"]).status == 0)
    }

    // MARK: - Locked

    /// Holds the index's write lock (`BEGIN EXCLUSIVE`, as a sqlite3 shell would) until released.
    final class LockHolder {
        let queue: DatabaseQueue

        init(_ path: String, exclusiveMode: Bool = false) throws {
            var configuration = Configuration()
            configuration.busyMode = .immediateError
            configuration.allowsUnsafeTransactions = true
            queue = try DatabaseQueue(path: path, configuration: configuration)
            try queue.writeWithoutTransaction { db in
                if exclusiveMode { try db.execute(sql: "PRAGMA locking_mode = EXCLUSIVE") }
                try db.execute(sql: "BEGIN EXCLUSIVE")
                try db.execute(sql: "INSERT OR REPLACE INTO kb_meta(key, value) VALUES ('lock_test', 'held')")
            }
        }

        func release() throws {
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "DELETE FROM kb_meta WHERE key = 'lock_test'")
                try db.execute(sql: "COMMIT")
            }
            try queue.close()
        }
    }

    /// Another process holds the index: an ingest waits (KB_BUSY_TIMEOUT seconds, 10 by default),
    /// then fails in one line naming the index; searches keep answering meanwhile (WAL), and the
    /// index is whole afterwards. The message used to blame "another kb process" whoever held it.
    @Test func lockedIndexWaitsThenFailsInOneLine() throws {
        let project = try Self.indexedProject()
        try project.write("Corpus/new.txt", Self.newText)
        let path = project.url.appendingPathComponent("kb.sqlite").path
        let lock = try LockHolder(path)
        let clock = ContinuousClock()
        let started = clock.now
        let output = try project.run(["ingest", "--db", "kb.sqlite", "Corpus"], environment: ["KB_BUSY_TIMEOUT": "1"])
        let waited = clock.now - started
        #expect(output.status == 2)
        #expect(output.stderr == "kb: kb.sqlite: the index is locked by another process (kb waited 1 s); try again when it finishes\n")
        #expect(waited >= .milliseconds(900) && waited < .seconds(8))
        #expect(try project.run(["search", "--db", "kb.sqlite", "quokka"]).status == 0)
        try lock.release()
        try Self.expectSound(path, answers: 1)
        #expect(try project.run(["ingest", "--db", "kb.sqlite", "Corpus"]).status == 0)
        try Self.expectSound(path, answers: 2)
    }

    /// A lock released while kb waits: the ingest goes ahead.
    @Test func ingestWaitsForABriefLock() throws {
        let project = try Self.indexedProject()
        try project.write("Corpus/new.txt", Self.newText)
        let path = project.url.appendingPathComponent("kb.sqlite").path
        let lock = try LockHolder(path)
        let (process, out, err) = KB.process(["ingest", "--db", "kb.sqlite", "Corpus"], in: project.url)
        try process.run()
        Thread.sleep(forTimeInterval: 0.5)
        try lock.release()
        _ = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(stderr)")
        try Self.expectSound(path, answers: 2)
    }

    /// A holder in exclusive locking mode keeps readers out too: a search fails in one line.
    @Test func exclusivelyLockedIndexFailsSearchInOneLine() throws {
        let project = try Self.indexedProject()
        let path = project.url.appendingPathComponent("kb.sqlite").path
        let lock = try LockHolder(path, exclusiveMode: true)
        let output = try project.run(["search", "--db", "kb.sqlite", "quokka"], environment: ["KB_BUSY_TIMEOUT": "0.5"])
        #expect(output.status == 2)
        #expect(output.stderr == "kb: kb.sqlite: the index is locked by another process (kb waited 0.5 s); try again when it finishes\n")
        try lock.release()
        #expect(try project.run(["search", "--db", "kb.sqlite", "quokka"]).status == 0)
        try Self.expectSound(path, answers: 1)
    }
}
