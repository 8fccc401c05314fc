import Foundation
import Testing
import KnowledgeBase
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
        for name in ["bad-shape.json", "broken.json", "binary.html", "undecodable.txt", "truncated.html"] where bad[name] != nil {
            #expect(failed.contains("corpus/" + name), "\(name) was not reported")
        }
        #expect(report.indexedFiles.contains("corpus/details.html"))
        #expect(try store.stats().questions >= 3)
        for error in report.errors { #expect(!error.description.contains("\n")) }
    }
}
