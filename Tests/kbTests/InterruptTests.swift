@testable import KBExport
@testable import KBCheck
@testable import KBClaims
@testable import KBSearch
@testable import KBModel
@testable import KBText
import Foundation
import Testing
@testable import KBIngest
import KnowledgeStore

@Suite struct InterruptTests {
    /// kill -9 in the middle of a large ingest: the index still passes its integrity checks and
    /// answers with its old content, never a mix of old and new.
    @Test func killDuringIngestKeepsThePreviousIndex() throws {
        let project = try Project()
        #expect(try project.run(["ingest", "--db", "kb.sqlite", "Corpus"]).status == 0)
        let before = try project.run(["search", "--db", "kb.sqlite", "--json", "SnapStart runtimes"]).stdout

        // A large second file: every answer carries a word the old index never saw.
        var big = ""
        for index in 0..<60_000 {
            big += "Answer \(index) says zebracorn workload \(index % 97) runs in \(index % 13).5 ms on runtime v\(index % 7).2. "
            big += "A second sentence mentions quota \(index) and the region eu-\(index % 5).\n"
        }
        try project.write("Corpus/big.txt", big)

        let (process, _, _) = KB.process(["ingest", "--db", "kb.sqlite", "Corpus"], in: project.url)
        try process.run()
        Thread.sleep(forTimeInterval: 1.5)
        let killedMidway = process.isRunning
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(killedMidway, "the ingest finished before it could be killed; make the corpus larger")

        let store = try KnowledgeStore.open(path: project.url.appendingPathComponent("kb.sqlite").path, create: false)
        #expect(try store.integrityProblems().isEmpty)
        #expect(try store.stats().answers == 31)
        #expect(try store.search(SearchQuery.parse("zebracorn"), limit: 1).isEmpty)
        let after = try project.run(["search", "--db", "kb.sqlite", "--json", "SnapStart runtimes"]).stdout
        #expect(after == before)
    }
}
