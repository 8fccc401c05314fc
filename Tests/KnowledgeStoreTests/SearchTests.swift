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

@Suite struct SearchTests {
    static let shared: Result<(TemporaryFolder, KnowledgeStore), any Error> = Result { try Corpus.ingestedBundled() }

    static func store() throws -> KnowledgeStore { try shared.get().1 }

    static func search(_ text: String, limit: Int = 10) throws -> [SearchHit] {
        try store().search(SearchQuery.parse(text), limit: limit)
    }

    /// Item 7's list: never an SQLite error, whatever is typed.
    @Test(arguments: ["Node.js", ".NET 8", "C#", "$LATEST", "python 3.12", "0.5ms", "AND", "OR", "NOT", "NEAR",
                      "cold AND OR NOT NEAR start", "\"unbalanced", "unbalanced\"", "\"a\" \"b", "foo:bar", "(a OR b",
                      "a) OR (b", "NEAR(a b)", "^start", "col:umn:name", "'single'", "x*y", "--flag", "1e400", "99999999999999999999GB",
                      "\u{200B}zero\u{200B}width", "\u{202E}rtl", "日本語", "emoji 🚀 start"])
    func anyTypedTextIsSafe(typed: String) throws {
        _ = try Self.search(typed)
    }

    @Test func randomTextNeverReachesSQLiteAsSyntax() throws {
        var generator = SeededGenerator(seed: 2026)
        let alphabet = Array("ab c#$.+-*:()\"'^{}NEAR AND OR NOT\\/_%&@!?é3 ")
        for _ in 0..<500 {
            let typed = String((0..<Int.random(in: 1...20, using: &generator)).map { _ in alphabet.randomElement(using: &generator) ?? " " })
            guard let query = try? SearchQuery.parse(typed) else { continue }
            _ = try Self.store().search(query, limit: 3)
        }
    }

    @Test func snapStartRuntimesFindsTheListsInSeveralAnswers() throws {
        let hits = try Self.search("SnapStart runtimes")
        #expect(Set(hits.map(\.answerID)).count > 1)
        #expect(hits.contains { $0.text.hasPrefix("Supported runtimes (2025): Java on Amazon Corretto 11, 17, 21") })
        #expect(hits.allSatisfy { $0.location.path == "Corpus/serverless-faq.txt" && $0.location.line > 0 })
    }

    @Test func enumerationItemIsFoundThroughItsTopic() throws {
        let hits = try Self.search("SnapStart Python", limit: 5)
        let item = hits.first { $0.text.hasSuffix("(2) Python 3.12 and later") }
        #expect(item != nil)
        #expect(item?.topic.contains("SnapStart") == true)
        #expect(item?.location.line == 1)
    }

    @Test func cSharpIsATermNotTheLetterC() throws {
        let hits = try Self.search("C#")
        #expect(!hits.isEmpty)
        #expect(hits.allSatisfy { $0.text.contains("C#") || $0.topic.contains("C#") })
        #expect(hits.first?.snippet.segments.contains { $0.isMatch && $0.text == "C#" } == true)
    }

    /// A hyphenated compound is also its joined word: "reusing" finds "re-use", "e-mail" finds
    /// "email" and "email" finds "e-mail"; the letters apart ("re", "use") still find it too.
    @Test func hyphenatedCompoundsMeetTheirJoinedForm() throws {
        let folder = try TemporaryFolder()
        try folder.write("notes/a.txt", """
            Should I re-use a cursor? Cursors are cheap, so open a new one for each query.
            How do I change my email address? Use the account page and confirm the link we send.
            Where do e-mail receipts go? Receipts go to the billing contact of the account.
            """)
        let store = try KnowledgeStore.inMemory()
        _ = try store.ingest(paths: [folder.url.appendingPathComponent("notes").path], options: folder.options())
        func texts(_ typed: String) throws -> [String] { try store.search(SearchQuery.parse(typed), limit: 5).map(\.text) }
        #expect(try texts("reusing cursor").contains { $0.contains("re-use a cursor") || $0.contains("Cursors are cheap") })
        #expect(try texts("email receipts").contains { $0.contains("Receipts go to the billing contact") })
        #expect(try texts("e-mail address").contains { $0.contains("account page") })
        #expect(try texts("re use cursor").contains { $0.contains("Cursors are cheap") || $0.contains("re-use") })
    }

    @Test func dollarLatestFindsProvisionedConcurrencyFacts() throws {
        let hits = try Self.search("$LATEST")
        #expect(hits.count >= 3)
        #expect(hits.allSatisfy { $0.text.contains("$LATEST") })
        #expect(hits.contains { $0.text.lowercased().contains("provisioned concurrency") })
    }

    @Test func nodeJsRanksAboveFactsThatOnlySayNode() throws {
        let hits = try Self.search("Node.js", limit: 50)
        #expect(!hits.isEmpty)
        let firstWithout = hits.firstIndex { !$0.text.contains("Node.js") && !$0.topic.contains("Node.js") } ?? hits.count
        let lastWith = hits.lastIndex { $0.text.contains("Node.js") } ?? 0
        #expect(lastWith < firstWithout)
    }

    @Test func versionNumbersAreOneTerm() throws {
        let hits = try Self.search("3.12")
        #expect(!hits.isEmpty)
        #expect(hits.allSatisfy { $0.text.contains("3.12") })
    }

    @Test func stemmingAndPrefixes() throws {
        let stemmed = try Self.search("starts").map(\.factID)
        #expect(Set(stemmed) == Set(try Self.search("start").map(\.factID)))
        #expect(try Self.search("SnapSt").contains { $0.text.contains("SnapStart") })
    }

    @Test func resultsComeInRankOrder() throws {
        let hits = try Self.search("provisioned concurrency", limit: 20)
        #expect(hits.map(\.score) == hits.map(\.score).sorted())
    }

    @Test func rawQueriesPassThroughAndBadOnesExplain() throws {
        let hits = try Self.store().search(SearchQuery.raw("NEAR(snapstart runtimes, 3)"), limit: 5)
        #expect(!hits.isEmpty)
        #expect {
            try Self.store().search(SearchQuery.raw("(unbalanced"), limit: 5)
        } throws: { error in
            guard case .invalidQuery(let query, let detail) = error as? StoreError else { return false }
            return query == "(unbalanced" && !detail.contains("\n")
        }
    }
}
