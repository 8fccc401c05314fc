@testable import KBExport
@testable import KBCheck
@testable import KBClaims
@testable import KBIngest
@testable import KBSearch
@testable import KBModel
@testable import KBText
import Foundation
import Testing

/// Files are read with POSIX calls: whole, empty, missing, and never blocking on a named pipe.
@Suite struct FileBytesTests {
    let folder: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kb-filebytes-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    @Test func readsWholeAndEmptyFiles() throws {
        let big = Data((0..<200_000).map { UInt8($0 % 251) })
        let file = folder.appendingPathComponent("big.bin")
        try big.write(to: file)
        #expect(try FileBytes.read(file) == big)
        let empty = folder.appendingPathComponent("empty.txt")
        try Data().write(to: empty)
        #expect(try FileBytes.read(empty).isEmpty)
    }

    @Test func failuresSayWhatWasWrong() throws {
        #expect(throws: FileBytes.Failure.self) { try FileBytes.read(folder.appendingPathComponent("missing.txt")) }
        do {
            _ = try FileBytes.read(folder.appendingPathComponent("missing.txt"))
        } catch {
            #expect(error.reason == "The file doesn’t exist.")
        }
        // A named pipe with no writer: refused at once instead of blocking the ingest.
        let pipe = folder.appendingPathComponent("pipe.txt")
        #expect(mkfifo(pipe.path, 0o644) == 0)
        do {
            _ = try FileBytes.read(pipe)
            Issue.record("a pipe was read")
        } catch {
            #expect(error.reason == "not a regular file (a pipe, socket or device)")
        }
    }
}
