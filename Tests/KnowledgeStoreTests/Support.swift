@testable import KBExport
@testable import KBCheck
@testable import KBClaims
@testable import KBSearch
@testable import KBModel
@testable import KBText
import Foundation
@testable import KBIngest
import KnowledgeStore
import TestSupport

extension TemporaryFolder {
    /// Ingest options storing paths relative to this folder.
    func options() -> IngestOptions {
        var options = IngestOptions()
        options.workingDirectory = url
        return options
    }
}

enum Corpus {
    static func bundledText() throws -> String {
        try String(contentsOf: bundledCorpusURL, encoding: .utf8)
    }

    /// A folder holding a copy of the bundled corpus, and a store that has ingested it.
    static func ingestedBundled() throws -> (TemporaryFolder, KnowledgeStore) {
        let folder = try TemporaryFolder()
        try folder.write("Corpus/serverless-faq.txt", try bundledText())
        let store = try KnowledgeStore.inMemory()
        _ = try store.ingest(paths: [folder.url.appendingPathComponent("Corpus").path], options: folder.options())
        return (folder, store)
    }
}
