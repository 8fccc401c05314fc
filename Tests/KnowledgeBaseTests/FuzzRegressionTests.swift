@testable import KBExport
@testable import KBCheck
@testable import KBClaims
@testable import KBIngest
@testable import KBSearch
@testable import KBModel
@testable import KBText
// Regression tests for inputs found by the libFuzzer targets (Fuzz/fuzz.sh), and the targets'
// entry points themselves: Fuzz/fuzz.sh compiles this file with -D KB_FUZZ into every fuzzer
// (in one module with the sources of KBText, KBModel, KBClaims, KBIngest, KBCheck and KBSearch,
// and this target's Support.swift), so a fuzzer and its regression test run the same code.
//
// Each entry runs one input and checks the few invariants the rest of kb relies on; a broken
// invariant traps, as a crash does. Saved crash inputs live in Fixtures/Fuzz/<target>/ and the
// fuzzers' corpus in Fuzz/corpus/<target>/; the test runs every one of them.
import Foundation
#if !KB_FUZZ
import Testing
import TestSupport
#endif

enum FuzzEntry {
    /// The targets by name (the names the fuzzer is started by, .build-fuzz/<target>, and of the corpus folders).
    static let targets: [String: @Sendable (Data) -> Void] = [
        "text": { text($0) }, "markdown": { markdown($0) }, "html": { html($0) }, "json": { json($0) },
        "splitter": { splitter($0) }, "claims": { claims($0) }, "query": { query($0) }, "check": { check($0) },
    ]

    static func text(_ data: Data) { read(TextReader(), data, path: "fuzz.txt") }
    static func markdown(_ data: Data) { read(MarkdownReader(), data, path: "fuzz.md") }
    static func html(_ data: Data) { read(HTMLReader(), data, path: "fuzz.html") }
    static func json(_ data: Data) { read(JSONReader(), data, path: "fuzz.json") }

    /// One file through a reader, as an ingest reads it (sniffing, then the checked read).
    static func read(_ reader: any DocumentReader, _ data: Data, path: String) {
        _ = reader.accepts(data)
        _ = try? CheckedReader(reader).read(data, path: path)
    }

    /// The bytes as an answer's text (invalid UTF-8 repaired, as the readers' decoding does).
    static func string(_ data: Data) -> String { String(decoding: data, as: UTF8.self) }

    /// The fact splitter on one answer. Offsets count Unicode scalars and `body` is the answer's
    /// own text at `start..<end` (SQLite's `substr` reads it back from there).
    static func splitter(_ data: Data) {
        let answer = string(data)
        let scalars = Array(answer.unicodeScalars)
        for fact in FactSplitter().split(answer) {
            checkSpan(fact.start, fact.end, in: scalars, is: fact.body, "fact body is not the answer's text at its offsets")
        }
    }

    /// The claim scanner on one fact. Claim offsets count Unicode scalars in the fact text, and
    /// `surface` is the text there (the checker indexes the text with them).
    static func claims(_ data: Data) {
        let fact = string(data)
        let scalars = Array(fact.unicodeScalars)
        for claim in QuantityScanner().claims(in: fact) {
            checkSpan(claim.start, claim.end, in: scalars, is: claim.surface, "claim surface is not the fact's text at its offsets")
        }
    }

    /// Traps unless `start..<end` lies inside `scalars` and spells `text` there.
    static func checkSpan(_ start: Int, _ end: Int, in scalars: [Unicode.Scalar], is text: String, _ message: String) {
        precondition(0 <= start && start <= end && end <= scalars.count, "offsets \(start)..<\(end) outside 0..<\(scalars.count)")
        precondition(String(String.UnicodeScalarView(scalars[start..<end])) == text, message)
    }

    /// The search query builder. The first line is the query; the rest (or the query itself) is a
    /// fact marked up as FTS5 `highlight()` returns it, for the highlighter. Every word of the
    /// MATCH expression is quoted, so its double quotes pair up.
    static func query(_ data: Data) {
        let input = string(data)
        let lines = input.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        let text = String(lines[0])
        let marked = lines.count > 1 ? String(lines[1]) : text
        var spellings: Set<String> = []
        if let query = try? SearchQuery.parse(text) {
            precondition(query.matchExpression.unicodeScalars.filter { $0 == "\"" }.count % 2 == 0,
                         "unbalanced quotes in MATCH expression")
            spellings = query.technicalSpellings
        }
        _ = SearchTerms.spelledTerms(in: text)
        for maxLength in [240, 8] {
            _ = Highlighter.highlight(marked: marked, spellings: spellings, maxLength: maxLength).rendered(open: "[", close: "]")
        }
    }

    /// The conflict checker: each line is an answer, read through the ingest pipeline (splitting,
    /// claims) into check facts, then every rule runs (support lists, arithmetic, numbers, polarity).
    static func check(_ data: Data) {
        let path = "fuzz.txt"
        let lines = string(data).split(separator: "\n").map(String.init)
        let records = lines.enumerated().map { AnswerRecord(text: $1, location: SourceLocation(path: path, line: $0 + 1)) }
        let batch = IngestPipeline().prepare([SourceDocument(path: path, records: records)])
        var facts: [CheckFact] = []
        var clusters: [Int64: Int64] = [:]
        for (answerIndex, prepared) in batch.answers.enumerated() {
            for (factIndex, fact) in prepared.facts.enumerated() {
                let cluster = clusters[fact.clusterHash] ?? Int64(clusters.count + 1)
                clusters[fact.clusterHash] = cluster
                facts.append(CheckFact(
                    id: Int64(facts.count + 1), answerID: Int64(answerIndex + 1), clusterID: cluster, text: fact.text,
                    lead: fact.lead, topic: prepared.answer.topic, year: fact.year,
                    location: SourceLocation(path: path, line: 1 + fact.lineOffset, column: fact.start + 1),
                    claims: factIndex < prepared.claims.count ? prepared.claims[factIndex] : [],
                    supports: factIndex < prepared.supports.count ? prepared.supports[factIndex] : [],
                    lineOffset: fact.lineOffset))
            }
        }
        _ = Checker().run(facts)
    }
}

#if !KB_FUZZ
@Suite struct FuzzRegressionTests {
    /// The saved inputs of one target: its crash inputs, then its fuzzing corpus.
    static func inputs(_ target: String) throws -> [URL] {
        let folders = [
            repositoryRoot.appendingPathComponent("Tests/KnowledgeBaseTests/Fixtures/Fuzz/\(target)"),
            repositoryRoot.appendingPathComponent("Fuzz/corpus/\(target)"),
        ]
        return try folders.filter { FileManager.default.fileExists(atPath: $0.path) }.flatMap { folder in
            try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
                .filter { !$0.lastPathComponent.hasPrefix(".") }
                .sorted { $0.lastPathComponent < $1.lastPathComponent }
        }
    }

    @Test(arguments: FuzzEntry.targets.keys.sorted())
    func savedInputsReturn(target: String) throws {
        let entry = try #require(FuzzEntry.targets[target])
        let inputs = try Self.inputs(target)
        #expect(!inputs.isEmpty, "no saved inputs for \(target)")
        for input in inputs {
            entry(try Data(contentsOf: input))
        }
    }
}
#endif
