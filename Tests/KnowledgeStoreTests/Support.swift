import Foundation
import KnowledgeBase
import KnowledgeStore

/// A temporary folder for one test, removed when the value is released.
final class TemporaryFolder: Sendable {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("kb-test-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    var path: String { url.path }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> URL {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    func options() -> IngestOptions {
        var options = IngestOptions()
        options.workingDirectory = url
        return options
    }
}

enum Corpus {
    static let repositoryRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    static func bundledText() throws -> String {
        try String(contentsOf: repositoryRoot.appendingPathComponent("Corpus/serverless-faq.txt"), encoding: .utf8)
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
/// A small seeded generator (SplitMix64), so property tests are repeatable.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
