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

/// Every fixture page with an `.expected.json` beside it reads to exactly its questions and answers,
/// located by anchor, with none of its page chrome.
@Suite struct ReaderFixtureTests {
    struct Expected: Decodable {
        struct Question: Decodable {
            var question: String
            var answer_contains: [String]
            var anchor: String?
        }

        var questions: [Question]
        var not_in_any_answer: [String]?
        var warning_expected: Bool?
        var paragraphs: [String]?
    }

    static let folder = repositoryRoot.appendingPathComponent("Tests/KnowledgeBaseTests/Fixtures/Readers")

    static var fixtures: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".expected.json") && $0 != "bad-files.expected.json" }
            .map { String($0.dropLast(".expected.json".count)) }
            .filter { name in
                var isDirectory: ObjCBool = false
                return FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path, isDirectory: &isDirectory) && !isDirectory.boolValue
            }
            .sorted()
    }

    static func read(_ name: String) throws -> SourceDocument {
        let data = try Data(contentsOf: folder.appendingPathComponent(name))
        let reader = try #require(Readers.standard.reader(forPath: name, data: data))
        return try reader.read(data, path: name)
    }

    @Test(arguments: fixtures)
    func fixtureReadsToItsQuestions(name: String) throws {
        let expected = try JSONDecoder().decode(Expected.self, from: Data(contentsOf: Self.folder.appendingPathComponent(name + ".expected.json")))
        let document = try Self.read(name)
        let records = document.records
        if let paragraphs = expected.paragraphs, expected.questions.isEmpty {
            #expect(records.count == paragraphs.count, "\(records.map(\.text))")
            for phrase in paragraphs { #expect(records.contains { $0.text.contains(phrase) }, "missing paragraph \(phrase)") }
        } else {
            #expect(records.map { $0.question ?? "" } == expected.questions.map(\.question))
            for question in expected.questions {
                guard let record = records.first(where: { $0.question == question.question }) else { continue }
                for phrase in question.answer_contains {
                    #expect(record.text.contains(phrase), "\(question.question): \(phrase) not in \(record.text)")
                }
                if let anchor = question.anchor {
                    #expect(record.location.anchor == anchor, "\(question.question)")
                }
            }
        }
        for chrome in expected.not_in_any_answer ?? [] {
            #expect(!records.contains { $0.text.contains(chrome) || ($0.question ?? "").contains(chrome) }, "chrome \(chrome) was read")
        }
        #expect(!document.warnings.isEmpty == (expected.warning_expected ?? false))
    }
}
