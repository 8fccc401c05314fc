@testable import KBExport
@testable import KBCheck
@testable import KBClaims
@testable import KBSearch
@testable import KBModel
@testable import KBText
import Foundation
import Testing
@testable import KBIngest
import TestSupport
@testable import KnowledgeStore

@Suite struct MixedCorpusTests {
    static let readers = repositoryRoot.appendingPathComponent("Tests/KnowledgeBaseTests/Fixtures/Readers")

    /// The bundled text, an HTML page, a Markdown file and a JSON file search as one corpus, each
    /// result located in its own file.
    @Test func mixedFormatsSearchAsOne() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.copyItem(at: Self.readers.appendingPathComponent("mixed"), to: folder.url.appendingPathComponent("corpus"))
        try folder.write("corpus/serverless-faq.txt", try Corpus.bundledText())
        let store = try KnowledgeStore.inMemory()
        let report = try store.ingest(paths: [folder.url.appendingPathComponent("corpus").path], options: folder.options())
        #expect(report.errors.isEmpty)
        let expected = try JSONDecoder().decode([String: String].self, from: Data(contentsOf: Self.readers.appendingPathComponent("mixed.expected.json")))
        for (word, file) in expected {
            let hits = try store.search(SearchQuery.parse(word), limit: 5)
            #expect(!hits.isEmpty, "nothing for \(word)")
            #expect(hits.allSatisfy { $0.location.path == "corpus/" + file }, "\(word): \(hits.map(\.location))")
        }
        #expect(try store.search(SearchQuery.parse("SnapStart runtimes"), limit: 3).first?.location.path == "corpus/serverless-faq.txt")
        let stats = try store.stats()
        #expect(stats.formats == ["html": 1, "json": 1, "md": 1, "txt": 2])
        #expect(stats.questions > 0)
    }

    /// Binary, truncated, malformed and undecodable files are reported by name and skipped; the rest is indexed.
    @Test func badFilesAreReportedAndSkipped() throws {
        let folder = try TemporaryFolder()
        let corpus = folder.url.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        let bad = try JSONDecoder().decode([String: String].self, from: Data(contentsOf: Self.readers.appendingPathComponent("bad-files.expected.json")))
        for name in bad.keys where FileManager.default.fileExists(atPath: Self.readers.appendingPathComponent(name).path) {
            try FileManager.default.copyItem(at: Self.readers.appendingPathComponent(name), to: corpus.appendingPathComponent(name))
        }
        try FileManager.default.copyItem(at: Self.readers.appendingPathComponent("details.html"), to: corpus.appendingPathComponent("details.html"))
        let store = try KnowledgeStore.inMemory()
        let report = try store.ingest(paths: [corpus.path], options: folder.options())
        let failed = Set(report.errors.map(\.path))
        for name in ["bad-shape.json", "broken.json", "binary.html", "truncated.html"] where bad[name] != nil {
            #expect(failed.contains("corpus/" + name), "\(name) was not reported")
        }
        // Invalid UTF-8 is read, its stray bytes as Windows-1252, with a warning naming the line.
        #expect(report.indexedFiles.contains("corpus/undecodable.txt"))
        #expect(report.warnings.contains { $0.path == "corpus/undecodable.txt" && $0.message.hasPrefix("line 3: not UTF-8") })
        #expect(report.indexedFiles.contains("corpus/details.html"))
        #expect(try store.stats().questions >= 3)
        for error in report.errors { #expect(!error.description.contains("\n")) }
    }
}

@Suite struct ClaimStoreTests {
    /// A lexicon in the corpus folder renames subjects and adds metric words; it is not indexed itself.
    @Test func lexiconAliasesAndMetricSynonyms() throws {
        let folder = try TemporaryFolder()
        try folder.write("c/faq.txt", "Express workflows boot time is 40ms on average for small state machines.\nStandard workflows keep execution history for 90 days after they finish.\n")
        try folder.write("c/kb-lexicon.json", #"{"aliases": {"Step Functions Express": ["Express workflows"]}, "metrics": {"cold start": ["boot time"]}}"#)
        let store = try KnowledgeStore.inMemory()
        let report = try store.ingest(paths: [folder.url.appendingPathComponent("c").path], options: folder.options())
        #expect(report.indexedFiles == ["c/faq.txt"])
        var filter = ClaimFilter()
        filter.metric = "cold start"
        let claims = try store.claims(filter)
        #expect(claims.map(\.claim.subject) == ["Step Functions Express"])
        #expect(claims.first?.claim.normalizedHigh == 0.04)
    }

    @Test func claimsCanBeSkipped() throws {
        let folder = try TemporaryFolder()
        try folder.write("c/faq.txt", "Lambda functions run for up to 15 minutes.\n")
        let store = try KnowledgeStore.inMemory()
        var options = folder.options()
        options.extractClaims = false
        _ = try store.ingest(paths: [folder.url.appendingPathComponent("c").path], options: options)
        #expect(try store.stats().claims == 0)
        #expect(try store.stats().facts == 1)
    }

    @Test func filtersByBoundsInCanonicalUnits() throws {
        let (_, store) = try Corpus.ingestedBundled()
        var filter = ClaimFilter()
        filter.metric = "cold start"
        filter.maximum = ClaimFilter.quantity("10ms")
        let fast = try store.claims(filter)
        #expect(!fast.isEmpty)
        #expect(fast.allSatisfy { ($0.claim.normalizedHigh ?? 1) <= 0.01 + 1e-12 && $0.claim.dimension == .time })
        filter.maximum = nil
        filter.minimum = ClaimFilter.quantity("1 second")
        #expect(try store.claims(filter).allSatisfy { ($0.claim.normalizedLow ?? 0) >= 1 - 1e-9 })
        #expect(ClaimFilter.quantity("15 minutes") == ClaimFilter.Bound(value: 900, dimension: "time"))
        #expect(ClaimFilter.quantity("ten") == nil)
    }
}
