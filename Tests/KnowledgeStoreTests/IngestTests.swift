@testable import KBExport
@testable import KBCheck
@testable import KBClaims
@testable import KBSearch
@testable import KBModel
@testable import KBText
import Foundation
import Testing
import TestSupport
@testable import KBIngest
@testable import KnowledgeStore

@Suite struct IngestTests {
    @Test func bundledCorpusFigures() throws {
        let (_, store) = try Corpus.ingestedBundled()
        let stats = try store.stats()
        #expect(stats.sources == 1)
        #expect(stats.answerRecords == 62)
        #expect(stats.answers == 31)
        #expect(stats.duplicatesRemoved == 31)
        #expect(stats.boilerplateLines == 3)
        #expect(stats.boilerplatePrefixes == 1)
        #expect(stats.facts > 500)
        #expect(stats.factClusters <= stats.facts)
        #expect(stats.schemaVersion == KnowledgeStore.supportedSchemaVersion)
        #expect(try store.integrityProblems().isEmpty)
    }

    /// A corpus that names one other dollar ("All prices in Australian dollars", in a page's
    /// footer) means it by a bare "$" in every file; one that also names US dollars keeps USD.
    @Test func aBareDollarIsTheDollarTheCorpusNames() throws {
        func units(_ files: [String: String]) throws -> [String: String] {
            let folder = try TemporaryFolder()
            for (name, text) in files { try folder.write("corpus/\(name)", text) }
            let store = try KnowledgeStore.inMemory()
            _ = try store.ingest(paths: [folder.url.appendingPathComponent("corpus").path], options: folder.options())
            return Dictionary(try store.claims(ClaimFilter()).map { ($0.claim.surface, $0.claim.unit) }, uniquingKeysWith: { a, _ in a })
        }
        let page = "<html><body><h2>How much is a locker?</h2><p>A locker costs $45 a month.</p>"
            + "<footer><p>All prices in Australian dollars and include GST.</p></footer></body></html>"
        let australian = try units(["help.html": page, "answers.txt": "Late rent attracts a $20 late fee.\n"])
        #expect(australian["$20"] == "AUD", "\(australian)")
        #expect(australian["$45 a month"] == "AUD/month", "\(australian)")
        let mixed = try units(["help.html": page, "answers.txt": "Card payments from abroad are charged in US dollars: a $20 late fee.\n"])
        #expect(mixed["$20"] == "USD", "\(mixed)")
    }

    @Test func unchangedFilesAreSkipped() throws {
        let (folder, store) = try Corpus.ingestedBundled()
        let corpus = folder.url.appendingPathComponent("Corpus").path
        let again = try store.ingest(paths: [corpus], options: folder.options())
        #expect(again.changedNothing)
        #expect(again.skippedUnchanged == ["Corpus/serverless-faq.txt"])
        // Same bytes, new modification time: recognised by hash.
        try folder.write("Corpus/serverless-faq.txt", try Corpus.bundledText())
        let touched = try store.ingest(paths: [corpus], options: folder.options())
        #expect(touched.changedNothing)
        #expect(try store.isStale(paths: [corpus], options: folder.options()) == false)
    }

    @Test func aChangedFileReplacesOnlyItsOwnRows() throws {
        let folder = try TemporaryFolder()
        try folder.write("c/a.txt", "Alpha answers mention Lambda layers limits clearly.\nShared answer appears in both files here.\n")
        try folder.write("c/b.txt", "Beta answers mention Step Functions pricing clearly.\nShared answer appears in both files here.\n")
        let store = try KnowledgeStore.inMemory()
        let corpus = folder.url.appendingPathComponent("c").path
        _ = try store.ingest(paths: [corpus], options: folder.options())
        #expect(try store.stats().answers == 3)

        try folder.write("c/a.txt", "Gamma now talks about SnapStart instead.\n")
        #expect(try store.isStale(paths: [corpus], options: folder.options()))
        let report = try store.ingest(paths: [corpus], options: folder.options())
        #expect(report.indexedFiles == ["c/a.txt"])
        #expect(report.skippedUnchanged == ["c/b.txt"])
        let stats = try store.stats()
        #expect(stats.answers == 3)
        #expect(stats.answerRecords == 3)
        #expect(try store.search(SearchQuery.parse("alpha"), limit: 5).isEmpty)
        #expect(try store.search(SearchQuery.parse("gamma"), limit: 5).count == 1)
        let shared = try store.search(SearchQuery.parse("shared answer"), limit: 5)
        #expect(shared.map(\.location.description) == ["c/b.txt:2"])
        #expect(try store.integrityProblems().isEmpty)
    }

    @Test func filesGoneFromAFolderAreDropped() throws {
        let folder = try TemporaryFolder()
        try folder.write("c/a.txt", "Alpha answers mention Lambda layers limits clearly.\n")
        try folder.write("c/b.txt", "Beta answers mention Step Functions pricing clearly.\n")
        let store = try KnowledgeStore.inMemory()
        let corpus = folder.url.appendingPathComponent("c").path
        _ = try store.ingest(paths: [corpus], options: folder.options())
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("c/b.txt"))
        let report = try store.ingest(paths: [corpus], options: folder.options())
        #expect(report.removedSources == ["c/b.txt"])
        #expect(try store.stats().sources == 1)
        #expect(try store.search(SearchQuery.parse("beta"), limit: 5).isEmpty)
    }

    @Test func unreadableFilesAreReportedAndTheRestIndexed() throws {
        let folder = try TemporaryFolder()
        try folder.write("c/good.txt", "A good answer about Lambda layers and their limits.\n")
        try (Data("fine\nbroken ".utf8) + Data([0xFF, 0x00, 0xFD])).write(to: folder.url.appendingPathComponent("c/bad.txt"))
        try folder.write("c/notes.pdf", "not a corpus")
        let store = try KnowledgeStore.inMemory()
        let report = try store.ingest(paths: [folder.url.appendingPathComponent("c").path, folder.url.appendingPathComponent("missing").path],
                                      options: folder.options())
        #expect(report.errors == [.notFound(path: folder.url.appendingPathComponent("missing").path), .binary(path: "c/bad.txt")])
        #expect(report.skippedUnknown == ["c/notes.pdf"])
        #expect(report.indexedFiles == ["c/good.txt"])
    }

    /// An ingest that fails midway leaves the previous index exactly as it was.
    @Test func aFailureMidwayKeepsThePreviousIndex() throws {
        let (folder, store) = try Corpus.ingestedBundled()
        let before = try store.stats()
        let hitsBefore = try store.search(SearchQuery.parse("SnapStart runtimes"), limit: 5).map(\.factID)

        try folder.write("Corpus/serverless-faq.txt", "Replacement answer one about nothing in particular.\nReplacement answer two about something else entirely.\n")
        struct Injected: Error {}
        var options = folder.options()
        options.afterAnswerWritten = { position in if position == 1 { throw Injected() } }
        #expect(throws: StoreError.self) {
            try store.ingest(paths: [folder.url.appendingPathComponent("Corpus").path], options: options)
        }
        #expect(try store.stats() == before)
        #expect(try store.search(SearchQuery.parse("SnapStart runtimes"), limit: 5).map(\.factID) == hitsBefore)
        #expect(try store.search(SearchQuery.parse("replacement"), limit: 5).isEmpty)
        #expect(try store.integrityProblems().isEmpty)
    }
}
