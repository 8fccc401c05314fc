@testable import KBExport
@testable import KBCheck
@testable import KBModel
import Foundation
import Testing
import TestSupport
@testable import KnowledgeStore

/// A streamed export (laid out from facts without text, each batch of sections loaded from the
/// index as it is written) gives the same bytes as the sheet built in memory, whatever the batch
/// size, in every format, one file or paged, with and without filters.
@Suite struct ExportStreamTests {
    static let fixtures = repositoryRoot.appendingPathComponent("Tests")

    /// Text, Markdown, HTML with code blocks and JSON, and the bundled corpus twice (so that
    /// statements repeat across sources).
    static let shared = Result { () throws -> (TemporaryFolder, KnowledgeStore) in
        let folder = try TemporaryFolder()
        let corpus = folder.url.appendingPathComponent("corpus")
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("KnowledgeBaseTests/Fixtures/Readers/mixed"), to: corpus)
        for name in ["corpus/faq.md", "corpus/hostile.txt", "pages/code-faq.html"] {
            let source = fixtures.appendingPathComponent("kbTests/Fixtures/Export/" + name)
            try FileManager.default.copyItem(at: source, to: corpus.appendingPathComponent("export-" + source.lastPathComponent))
        }
        try folder.write("corpus/serverless-faq.txt", try Corpus.bundledText())
        try folder.write("corpus/copy/serverless-faq.txt", try Corpus.bundledText())
        let store = try KnowledgeStore.inMemory()
        let report = try store.ingest(paths: [corpus.path], options: folder.options())
        guard report.errors.isEmpty else { throw CocoaError(.fileReadCorruptFile) }
        return (folder, store)
    }

    static func files(_ exporter: any Exporter, _ stream: FactSheetStream, pages: [SheetPage]?) throws -> [String] {
        try exporter.files(stream, pages: pages).map { $0.name + "\n" + $0.contents }
    }

    @Test(arguments: [nil, "snapstart"] as [String?], [nil, "Lambda"] as [String?])
    func streamedEqualsInMemory(subject: String?, topic: String?) throws {
        let store = try Self.shared.get().1
        var options = FactSheetOptions()
        options.subject = subject
        options.topic = topic
        let facts = try store.checkFacts()
        let findings = Checker().run(facts)
        let sheet = FactSheetBuilder.build(answers: try store.indexedAnswers(), facts: facts, findings: findings, options: options,
                                           titles: try store.sourceTitles())
        #expect(sheet.summary.facts > 100 || subject != nil || topic != nil, "the corpus is too small to cut into batches")
        #expect(sheet.sections.contains { $0.facts.contains { !$0.code.isEmpty } } || subject != nil || topic != nil)
        #expect(sheet.sections.contains { $0.facts.contains { $0.sources.count > 1 } } || subject != nil || topic != nil)

        let light = try store.sheetFacts(keep: subject == nil ? nil : { options.mentionsSubject(text: $0, topic: $1, subjects: $2) })
        let plan = FactSheetBuilder.plan(answers: light.answers, facts: light.facts, findings: findings, options: options,
                                         titles: try store.sourceTitles(), keep: \.kept)
        for batchFacts in [1, 7, 2_000] {
            let stream = FactSheetStream(plan: plan, batchFacts: batchFacts, facts: { try store.checkFacts(ids: $0) },
                                         answers: { try store.indexedAnswers(ids: $0) })
            #expect(batchFacts > 7 || stream.batches.count > 1 || sheet.sections.count < 2)
            for format in ExportFormat.allCases {
                let memory = FactSheetStream(sheet)
                #expect(try Self.files(format.exporter, stream, pages: nil) == Self.files(format.exporter, memory, pages: nil),
                        "\(format) in batches of \(batchFacts)")
                guard format.hasPages else { continue }
                #expect(try Self.files(format.exporter, stream, pages: FactSheetPages.pages(stream, factsPerPage: 40))
                        == Self.files(format.exporter, memory, pages: FactSheetPages.pages(memory, factsPerPage: 40)),
                        "\(format) pages in batches of \(batchFacts)")
            }
        }
    }
}
