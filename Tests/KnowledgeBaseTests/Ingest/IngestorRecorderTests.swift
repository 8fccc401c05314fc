@testable import KBIngest
import Foundation
import KBModel
import Testing
import TestSupport

/// The ingest pipeline writes to any ``IngestSink``: here an in-memory recorder, in a test target
/// that does not link the SQLite store at all. What the store does with the writes is its own
/// business; what is written (answers, facts, claims, sources) is decided before it.
@Suite struct IngestorRecorderTests {
    /// Keeps every write in memory, like a store that forgets on exit.
    final class Recorder: IngestSink, IngestWriter, @unchecked Sendable {
        var sources: [String: StoredSource] = [:]
        var formats: [String: String] = [:]
        var version: Int?
        var answers: [Int64: PreparedAnswer] = [:]
        var occurrences = 0
        var transactions = 0
        var finished = 0

        func storedSources() throws -> [String: StoredSource] { sources }
        func extractorVersion() throws -> Int? { version }
        func transaction(_ body: (any IngestWriter) throws -> Void) throws {
            transactions += 1
            try body(self)
        }
        func setExtractorVersion(_ version: Int) throws { self.version = version }
        func touch(path: String, size: Int64, modified: Double) throws {
            sources[path]?.size = size
            sources[path]?.modified = modified
        }
        func removeSource(path: String) throws { sources[path] = nil }
        func knownAnswerKeys() throws -> Set<Int64> { Set(answers.keys) }
        func addSource(path: String, hash: String, size: Int64, modified: Double, format: String, title: String?) throws {
            sources[path] = StoredSource(hash: hash, size: size, modified: modified)
            formats[path] = format
        }
        var records: [String: Int] = [:]
        func addCounts(_ counts: SourceCounts, path: String) throws { records[path, default: 0] += counts.records }
        func write(_ answer: PreparedAnswer) throws {
            occurrences += 1
            if answers[answer.keyHash] == nil { answers[answer.keyHash] = answer }
        }
        func finish() throws { finished += 1 }
    }

    /// A file bigger than a batch is prepared in several batches: each answer is still written
    /// once (a repeat in a later batch is found by its key), and the file's records are counted once.
    @Test func aFileBiggerThanABatchIsPreparedInSeveral() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.copyItem(at: bundledCorpusURL, to: folder.url.appendingPathComponent("faq.txt"))
        var whole = IngestOptions()
        whole.workingDirectory = folder.url
        var small = whole
        small.batchCharacters = 500
        let one = Recorder(), several = Recorder()
        _ = try Ingestor(sink: one, options: whole).ingest(paths: ["faq.txt"])
        _ = try Ingestor(sink: several, options: small).ingest(paths: ["faq.txt"])
        #expect(several.answers.count == one.answers.count && one.answers.count == 31)
        #expect(several.records == one.records && one.records["faq.txt"] == 62)
    }

    @Test func theBundledCorpusIngestsIntoARecorder() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("Corpus"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: bundledCorpusURL, to: folder.url.appendingPathComponent("Corpus/serverless-faq.txt"))
        var options = IngestOptions()
        options.workingDirectory = folder.url
        let recorder = Recorder()
        let report = try Ingestor(sink: recorder, options: options).ingest(paths: ["Corpus"])

        #expect(report.errors.isEmpty)
        #expect(report.indexedFiles == ["Corpus/serverless-faq.txt"])
        #expect(recorder.formats == ["Corpus/serverless-faq.txt": "txt"])
        #expect(recorder.transactions == 1 && recorder.finished == 1)
        // The corpus repeats each of its 31 answers once: 62 records, 31 answers written.
        #expect(recorder.answers.count == 31)
        #expect(recorder.answers.values.reduce(0) { $0 + $1.facts.count } == 600)
        #expect(recorder.answers.values.reduce(0) { $0 + $1.claims.joined().count } > 700)
        #expect(recorder.answers.values.contains { $0.facts.contains { $0.text.contains("Python 3.12 and later") } })

        // Nothing changed: the second ingest opens no transaction.
        let again = try Ingestor(sink: recorder, options: options).ingest(paths: ["Corpus"])
        #expect(again.changedNothing)
        #expect(recorder.transactions == 1)
    }
}
