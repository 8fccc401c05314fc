@testable import KBExport
@testable import KBCheck
@testable import KBClaims
@testable import KBIngest
@testable import KBSearch
@testable import KBModel
@testable import KBText
import Testing
import TestSupport

@Suite struct DeduplicatorTests {
    @Test func bundledCorpusHas31UniqueAnswers() throws {
        let cleaned = BoilerplateDetector().clean(try Fixtures.bundledDocument().records)
        let result = Deduplicator().deduplicate(cleaned.answers)
        #expect(result.answers.count == 31)
        #expect(result.duplicatesRemoved == 31)
        #expect(result.answers.allSatisfy { $0.occurrences.count == 2 })
        #expect(result.answers[0].occurrences.map(\.line) == [1, 35])
        #expect(result.answers[1].occurrences.map(\.line) == [5, 36])
    }

    @Test func caseWhitespaceAndPunctuationDoNotMatter() {
        let records = Fixtures.records([
            "Lambda max memory is 10 GB; timeout is 15 minutes.",
            "lambda  MAX memory is 10 GB -- timeout is 15 minutes!",
            "Lambda max memory is 10 GB, timeout is 15 minutes",
            "Lambda max memory is 3 GB; timeout is 15 minutes.",
        ])
        let result = Deduplicator().deduplicate(records)
        #expect(result.answers.count == 2)
        #expect(result.answers[0].occurrences.map(\.line) == [1, 2, 3])
        #expect(result.answers[0].text == records[0].text)
    }

    @Test func shortPrefixMakingANearCopyIsStripped() {
        let answer = "Express workflows run for at most five minutes and bill per request and duration."
        let result = Deduplicator().deduplicate(Fixtures.records(["Read more " + answer, answer]))
        #expect(result.answers.count == 1)
        #expect(result.strippedPrefixes.map(\.prefix) == ["Read more "])
        #expect(result.answers[0].occurrences.map(\.line) == [1, 2])
    }

    @Test func prefixOpeningABracketIsContent() {
        let rest = "email.message.EmailMessage method that adds a header to the message object"
        // The prefix rule alone (a near-duplicate pass would merge the two as one wording of the other).
        var deduplicator = Deduplicator()
        deduplicator.mergeNearDuplicates = false
        let result = deduplicator.deduplicate(Fixtures.records(["add_header() (" + rest, rest]))
        #expect(result.answers.count == 2)
    }

    @Test func shortRemaindersAreNotNearCopies() {
        let result = Deduplicator().deduplicate(Fixtures.records(["struct — packed binary data layout", "packed binary data layout"]))
        #expect(result.answers.count == 2)
    }

    @Test func prefixThatEndsASentenceIsContent() {
        let answer = "Express workflows run for at most five minutes and bill per request and duration."
        let result = Deduplicator().deduplicate(Fixtures.records(["No. " + answer, answer]))
        #expect(result.answers.count == 2)
    }

    @Test func prefixedCopyOfAnIndexedAnswerIsRecognised() {
        let answer = "Standard workflows keep full execution history for ninety days after they finish."
        let known: Set<Int64> = [TextNormalizer.keyHash(answer)]
        let result = Deduplicator().deduplicate(Fixtures.records(["12 answers" + answer]), knownKeyHashes: known)
        #expect(result.answers.map(\.text) == [answer])
    }

    /// The one-pass hashes agree with hashing the folded key, with words dropped from the front.
    @Test func keyHashesMatchTheKey() {
        var generator = SeededGenerator(seed: 3)
        let pieces = ["Lambda", "SnapStart", "questionsReserved", "É", "ü", "straße", "10ms", ".NET", "C#", " ", "--", "\u{301}", "日本", "ǅ"]
        for _ in 0..<300 {
            let text = (0..<Int.random(in: 0...10, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined(separator: " ")
            let words = TextNormalizer.words(text)
            let hashes = TextNormalizer.keyHashes(text, droppingUpTo: 3)
            #expect(hashes[0] == ContentHash.fnv1a(TextNormalizer.key(text)), "\(text)")
            #expect(TextNormalizer.key(text) == TextNormalizer.key(words), "\(text)")
            for dropped in 1..<hashes.count {
                #expect(hashes[dropped] == ContentHash.fnv1a(TextNormalizer.key(words[dropped...])), "\(text)")
            }
        }
    }

    /// Exact merging is idempotent. (Near-duplicate merging of word salad from a nine-word vocabulary
    /// is not meant to be: it is off here.)
    @Test func deduplicationIsIdempotent() {
        var generator = SeededGenerator(seed: 7)
        var deduplicator = Deduplicator()
        deduplicator.mergeNearDuplicates = false
        let words = ["lambda", "Step", "Functions", "cold", "start", "10 ms", "layers", "SnapStart,", "Java."]
        for _ in 0..<50 {
            let records = Fixtures.records((0..<20).map { _ in
                (0..<Int.random(in: 6...12, using: &generator)).map { _ in words.randomElement(using: &generator) ?? "" }.joined(separator: " ")
            })
            let once = deduplicator.deduplicate(records)
            let twice = deduplicator.deduplicate(once.answers.map { AnswerRecord(text: $0.text, location: $0.occurrences[0]) })
            #expect(twice.answers.map(\.text) == once.answers.map(\.text))
            #expect(twice.duplicatesRemoved == 0)
            #expect(once.answers.reduce(0) { $0 + $1.occurrences.count } == records.count)
        }
    }
}
