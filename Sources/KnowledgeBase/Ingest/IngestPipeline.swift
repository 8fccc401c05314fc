import Foundation

/// Per-file counts kept in the index.
public struct SourceCounts: Sendable, Hashable {
    /// Answer records read (after chrome lines are removed).
    public var records = 0
    /// Records removed as page chrome.
    public var boilerplateLines = 0
    /// Chrome prefixes stripped from the front of records.
    public var boilerplatePrefixes = 0

    public init(records: Int = 0, boilerplateLines: Int = 0, boilerplatePrefixes: Int = 0) {
        self.records = records
        self.boilerplateLines = boilerplateLines
        self.boilerplatePrefixes = boilerplatePrefixes
    }
}

/// A unique answer with its facts, ready to store.
public struct PreparedAnswer: Sendable {
    public var answer: Answer
    public var keyHash: Int64
    public var facts: [Fact]
}

/// What one batch of documents turns into.
public struct PreparedBatch: Sendable {
    public var answers: [PreparedAnswer]
    public var counts: [String: SourceCounts]
    public var chrome: [BoilerplateDetector.Chrome]
    public var strippedPrefixes: [BoilerplateDetector.StrippedPrefix]
}

/// The pure part of ingest: documents in, cleaned and split answers out.
///
/// reader -> ``BoilerplateDetector`` (per file) -> ``Deduplicator`` (across files) -> ``FactSplitter``.
///
/// For example:
///
/// ```swift
/// let batch = IngestPipeline().prepare([document])
/// batch.answers.count  // 31 on the bundled corpus
/// ```
public struct IngestPipeline: Sendable {
    public var detector = BoilerplateDetector()
    public var deduplicator = Deduplicator()
    public var splitter = FactSplitter()

    public init() {}

    /// `knownKeyHashes`: key hashes of answers already indexed (see ``Deduplicator``).
    public func prepare(_ documents: [SourceDocument], knownKeyHashes: Set<Int64> = []) -> PreparedBatch {
        var counts: [String: SourceCounts] = [:]
        var records: [AnswerRecord] = []
        var chrome: [BoilerplateDetector.Chrome] = []
        var stripped: [BoilerplateDetector.StrippedPrefix] = []
        for document in documents {
            let cleaned = detector.clean(document.records)
            records += cleaned.answers
            chrome += cleaned.chrome
            stripped += cleaned.strippedPrefixes
            counts[document.path] = SourceCounts(records: cleaned.answers.count,
                                                 boilerplateLines: cleaned.chrome.count,
                                                 boilerplatePrefixes: cleaned.strippedPrefixes.count)
        }
        let deduplicated = deduplicator.deduplicate(records, knownKeyHashes: knownKeyHashes)
        for prefix in deduplicated.strippedPrefixes {
            counts[prefix.location.path, default: SourceCounts()].boilerplatePrefixes += 1
        }
        stripped += deduplicated.strippedPrefixes
        let answers = deduplicated.answers
        let facts = Self.concurrentMap(answers) { splitter.split($0.text) }
        let prepared = zip(answers, facts).map { answer, facts in
            PreparedAnswer(answer: answer, keyHash: ContentHash.fnv1a(answer.key), facts: facts)
        }
        return PreparedBatch(answers: prepared, counts: counts, chrome: chrome, strippedPrefixes: stripped)
    }

    /// `transform` applied to every element, spread over the machine's cores in chunks.
    static func concurrentMap<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        let chunkCount = min(items.count, ProcessInfo.processInfo.activeProcessorCount * 4)
        guard chunkCount > 1 else { return items.map(transform) }
        let results = ResultSlots<[R]>(count: chunkCount)
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            let lower = items.count * chunk / chunkCount
            let upper = items.count * (chunk + 1) / chunkCount
            results.set(chunk, items[lower..<upper].map(transform))
        }
        return results.values.flatMap { $0 ?? [] }
    }
}

/// Slots filled by concurrent workers, each slot written once.
final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    var values: [Value?] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}
