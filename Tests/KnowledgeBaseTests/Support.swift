import Foundation
@testable import KnowledgeBase

/// The bundled corpus, read from the repository (tests run from the package root or below it).
enum Fixtures {
    static let repositoryRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    static var bundledCorpus: URL { repositoryRoot.appendingPathComponent("Corpus/serverless-faq.txt") }

    static func bundledDocument() throws -> SourceDocument {
        try TextReader().read(Data(contentsOf: bundledCorpus), path: "Corpus/serverless-faq.txt")
    }

    static func records(_ lines: [String], path: String = "t.txt") -> [AnswerRecord] {
        lines.enumerated().map { AnswerRecord(text: $1, location: SourceLocation(path: path, line: $0 + 1)) }
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
