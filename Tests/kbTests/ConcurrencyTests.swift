@testable import KBExport
@testable import KBCheck
@testable import KBClaims
@testable import KBIngest
@testable import KBSearch
@testable import KBModel
@testable import KBText
import Foundation
import Testing
import TestSupport

/// Several kb processes on one index at once.
@Suite struct ConcurrencyTests {
    /// Regression (found by Scripts/crash_test.sh): two ingests opening one new index at once both
    /// ran the schema migrations, and the one that waited for the other's lock failed with
    /// "duplicate column name: dimension". Now the second finds the schema complete and goes on.
    @Test func twoIngestsCreatingOneIndexBothComplete() throws {
        for round in 0..<4 {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kb-concurrent-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            for name in ["a", "b"] {
                let corpus = folder.appendingPathComponent(name)
                try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
                let lines = (0..<400).map { "Answer \($0) of corpus \(name), round \(round): the \(name)-queue keeps \($0 % 17) items." }
                try lines.joined(separator: "\n").write(to: corpus.appendingPathComponent("\(name).txt"), atomically: true, encoding: .utf8)
            }
            let runs = ["a", "b"].map { name in KB.process(["ingest", "--db", "index.sqlite", name], in: folder, environment: ["KB_BUSY_TIMEOUT": "60"]) }
            for (process, _, _) in runs { try process.run() }
            var errors: [String] = []
            for (process, _, err) in runs {
                let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                process.waitUntilExit()
                if process.terminationStatus != 0 { errors.append(message) }
            }
            #expect(errors.isEmpty, "round \(round): \(errors)")
            let stats = try KB.run(["stats", "--db", "index.sqlite", "--json"], in: folder)
            let json = try #require(KB.json(stats.stdout))
            #expect(json["sources"] as? Int == 2)
            #expect(json["answers"] as? Int == 800)
        }
    }
}
