@testable import KBSearch
import KBText
import Testing

/// How well a question says a query: the share of the query's weight it holds, raised when the
/// words come in the query's order.
@Suite struct QuestionMatchTests {
    static func score(_ question: String, _ query: String, topic: String = "") throws -> Double {
        let terms = try SearchQuery.parse(query, lexicon: .standard).contentTerms
        return QuestionMatch.score(question: question, topic: topic, terms: terms) { _ in 1 }
    }

    @Test func wordsInTheQuerysOrderScoreHigher() throws {
        let forward = try Self.score("How do I encode single pictures into movies?", "encode single pictures into movies")
        let backward = try Self.score("How do I encode movie to single pictures?", "encode single pictures into movies")
        #expect(forward == 1.25)
        #expect(backward > 1 && backward < forward, "\(backward)")
    }

    @Test func theShareOfTheQueryHeldCounts() throws {
        #expect(try Self.score("Where can I get updated actions files?", "updated actions files") == 1.25)
        let partial = try Self.score("There are several different actions files.", "updated actions files")
        #expect(partial < 1, "\(partial)")
        #expect(try Self.score("Who wrote it?", "updated actions files") == 0)
        // The topic counts with the question; synonyms count as the word.
        #expect(try Self.score("", "erase file", topic: "deleting a file") > 1)
    }

    @Test func rareWordsWeighMore() throws {
        let terms = try SearchQuery.parse("privoxy network", lexicon: .standard).contentTerms
        let weights = ["privoxi": 1.0, "network": 3.0]
        let network = QuestionMatch.score(question: "How do I share my network?", topic: "", terms: terms) { weights[$0] ?? 1 }
        let privoxy = QuestionMatch.score(question: "How do I start Privoxy?", topic: "", terms: terms) { weights[$0] ?? 1 }
        #expect(network > privoxy)
    }
}
