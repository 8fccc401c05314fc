import Foundation
import KBModel
import KBText

/// How `ingest` reads files.
public struct IngestOptions: Sendable {
    public var readers = Readers.standard
    /// Whether to extract claims (on by default; off makes an ingest for search only faster).
    public var extractClaims = true
    /// Stored paths are relative to this folder when inside it.
    public var workingDirectory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    /// Called inside the transaction after each answer is written; throwing aborts the whole
    /// ingest (tests use it to fail midway and check that nothing changed).
    public var afterAnswerWritten: (@Sendable (Int) throws -> Void)?

    /// About how much answer text (UTF-8 bytes) one batch prepares before writing it.
    public var batchCharacters = Ingestor.batchCharacters

    public init() {}
}

/// Ingest: walks the paths, reads and parses changed files, prepares them in batches (readers ->
/// boilerplate -> dedup -> splitter -> claims) and hands each prepared answer to a sink, all in
/// one transaction of the sink.
///
/// Unchanged files (same size and modification time, or same content hash) are skipped; a
/// changed file replaces only its own rows; files gone from an ingested folder are dropped. Files
/// that cannot be read are reported in ``IngestReport/errors`` and the rest is indexed.
///
/// For example:
///
/// ```swift
/// let report = try Ingestor(sink: store).ingest(paths: ["Corpus"])
/// report.indexedFiles  // ["Corpus/serverless-faq.txt"]
/// ```
public struct Ingestor: Sendable {
    public var sink: any IngestSink
    public var options: IngestOptions

    public init(sink: any IngestSink, options: IngestOptions = IngestOptions()) {
        self.sink = sink
        self.options = options
    }

    /// About how much answer text (UTF-8 bytes) one batch prepares before writing it, unless the
    /// options say otherwise.
    public static let batchCharacters = 2_000_000

    public func ingest(paths: [String], progress: (@Sendable (IngestProgress) -> Void)? = nil) throws -> IngestReport {
        let clock = ContinuousClock()
        let started = clock.now
        let walker = CorpusWalker(readers: options.readers, workingDirectory: options.workingDirectory)
        let walk = walker.walk(paths)
        // Rows written by another version of the splitter or claim extractor are rebuilt.
        let outdated = try sink.extractorVersion() != IngestPipeline.extractorVersion
        let stored = try sink.storedSources().mapValues { source in
            outdated ? StoredSource(hash: "", size: -1, modified: source.modified) : source
        }
        var report = IngestReport(stats: IndexStats())
        report.errors = walk.errors
        report.skippedUnknown = walk.skipped
        var documents: [(CorpusFile, String, SourceDocument)] = []
        var touchedUnchanged: [CorpusFile] = []
        // Size and modification time first: files that kept both are not even read.
        var candidates: [CorpusFile] = []
        for file in walk.files {
            if let previous = stored[file.path], previous.size == file.size, previous.modified == file.modified {
                report.skippedUnchanged.append(file.path)
            } else {
                candidates.append(file)
            }
        }
        // Reading, hashing and parsing run on every core; results keep the walk's order.
        let readers = options.readers
        let bytesTotal = candidates.reduce(Int64(0)) { $0 + $1.size }
        // Said before the first read, so a big file is never a long silence.
        progress?(IngestProgress(phase: .reading, bytesDone: 0, bytesTotal: bytesTotal))
        let reads = candidates.concurrentMap { file in Self.read(file, readers: readers, previousHash: stored[file.path]?.hash) }
        var bytesRead: Int64 = 0
        for (file, outcome) in zip(candidates, reads) {
            bytesRead += file.size
            progress?(IngestProgress(phase: .reading, bytesDone: bytesRead, bytesTotal: bytesTotal))
            switch outcome {
            case .unchanged:
                report.skippedUnchanged.append(file.path)
                touchedUnchanged.append(file)
            case .failed(let error):
                report.errors.append(error)
            case .read(let hash, let document):
                report.warnings += document.warnings.map { (file.path, $0) }
                documents.append((file, hash, document))
            }
        }
        report.skippedUnchanged.sort()
        // A lexicon in an ingested folder adds aliases, metric synonyms and words for the claims.
        var lexicon = Lexicon.standard
        for folder in walk.folders {
            let base = folder.hasPrefix("/") ? URL(fileURLWithPath: folder) : options.workingDirectory.appendingPathComponent(folder)
            let file = base.appendingPathComponent(UserLexicon.fileName)
            guard let data = try? FileBytes.read(file) else { continue }
            do {
                lexicon = try UserLexicon.apply(data, path: walker.storedPath(file), to: lexicon)
            } catch {
                report.errors.append(error)
            }
        }
        // A bare "$" means the one other dollar the files read name ("All prices in Australian
        // dollars"), when they never name US dollars; with none named, the dollar of the places
        // they name, when all are of one.
        if let dollar = DollarNaming.corpusDollar(naming: documents.reduce(into: Set<String>()) { $0.formUnion($1.2.namedDollars) },
                                                  placed: documents.reduce(into: Set<String>()) { $0.formUnion($1.2.placedDollars) }) {
            lexicon = lexicon.with(dollar: dollar)
        }
        // Points group thousands in amounts of money ("R$1.400") when the files mostly write their
        // numbers so ("R$ 1.150,00", "1,8 kW"), not with decimal points ("$4.50").
        if documents.reduce(0, { $0 + $1.2.pointGroupsVotes }) > 0 { lexicon = lexicon.with(pointGroupsThousands: true) }
        // So does a symbol several currencies share ("kr"): the one of them the files name ("NOK 390").
        let sharedNamed = documents.reduce(into: Set<String>()) { $0.formUnion($1.2.namedSharedCurrencies) }
        for symbol in lexicon.sharedSymbols.keys.sorted() {
            if let code = DollarNaming.corpusMeaning(of: symbol, naming: sharedNamed, lexicon: lexicon) { lexicon = lexicon.with(symbol: symbol, meaning: code) }
        }
        let seen = Set(walk.files.map(\.path))
        let failed = Set(report.errors.map(\.path))
        report.removedSources = stored.keys.filter { !seen.contains($0) && !failed.contains($0) && walk.covers($0) }.sorted()
        report.indexedFiles = documents.map(\.0.path)

        if !report.changedNothing || !touchedUnchanged.isEmpty || outdated {
            try sink.transaction { writer in
                if outdated { try writer.setExtractorVersion(IngestPipeline.extractorVersion) }
                for file in touchedUnchanged { try writer.touch(path: file.path, size: file.size, modified: file.modified) }
                for path in report.removedSources + report.indexedFiles where stored[path] != nil { try writer.removeSource(path: path) }
                try write(&documents, lexicon: lexicon, to: writer, progress: progress)
                // Synonym groups the corpus adds serve its searches too.
                let standard = Set(Lexicon.standard.synonymGroups)
                try writer.setSearchSynonyms(lexicon.synonymGroups.filter { !standard.contains($0) })
                try writer.finish()
            }
        }
        report.seconds = Self.seconds(clock.now - started)
        return report
    }

    /// Prepares and writes documents in batches of about ``batchCharacters`` of text, so the
    /// prepared facts and claims of the whole corpus are never in memory at once. Answers of later
    /// batches that repeat earlier ones find them by key hash, in this same transaction.
    func write(_ documents: inout [(CorpusFile, String, SourceDocument)], lexicon: Lexicon, to writer: any IngestWriter,
               progress: (@Sendable (IngestProgress) -> Void)?) throws {
        guard !documents.isEmpty else { return }
        var known = try writer.knownAnswerKeys()
        let pipeline = {
            var pipeline = IngestPipeline()
            pipeline.extractClaims = options.extractClaims
            pipeline.lexicon = lexicon
            return pipeline
        }()
        for (file, hash, document) in documents {
            try writer.addSource(path: file.path, hash: hash, size: file.size, modified: file.modified, format: document.format,
                                 title: document.title)
        }
        // Chrome is judged over a whole file; the cleaned records then go in batches of about
        // `batchCharacters` of answer text, a big file's in several, so that memory follows the
        // batch and not the file, and a big file's text work overlaps its writing.
        var parts = documents.concurrentMap { pipeline.clean($0.2) }
        // The files' own records are not needed any more.
        for index in documents.indices { documents[index].2.records = [] }
        let bytesTotal = documents.reduce(Int64(0)) { $0 + $1.0.size }
        var batches: [[IngestPipeline.CleanedPart]] = []
        // The answer text of each batch, counted as the batch is filled.
        var batchText: [Int] = []
        var filling: [IngestPipeline.CleanedPart] = []
        var characters = 0
        for part in parts {
            var start = 0
            var counts = part.counts
            repeat {
                var end = start
                while end < part.records.count, characters < options.batchCharacters {
                    characters += part.records[end].text.utf8.count
                    end += 1
                }
                // A part's counts go with its first run of records.
                filling.append(IngestPipeline.CleanedPart(path: part.path, records: Array(part.records[start..<end]), counts: counts))
                counts = SourceCounts()
                if characters >= options.batchCharacters {
                    batches.append(filling)
                    batchText.append(characters)
                    filling = []
                    characters = 0
                }
                start = end
            } while start < part.records.count
        }
        if !filling.isEmpty {
            batches.append(filling)
            batchText.append(characters)
        }
        parts = []
        // Progress in bytes of the files, spread over a batch by its share of the answer text.
        let textTotal = max(1, batchText.reduce(0, +))
        let starts = batchText.reduce(into: [Int64(0)]) { sums, text in
            sums.append((sums.last ?? 0) + Int64(Double(bytesTotal) * Double(text) / Double(textTotal)))
        }
        // The next batch is prepared while this one is written: preparing is text work on every
        // core, writing is SQLite on this thread. A batch needs only the key hashes of the
        // batches before it, which are known once they are prepared.
        func prepare(_ index: Int, known: Set<Int64>, answersBefore: Int) -> PendingBatch {
            let pending = PendingBatch()
            let sources = batches[index]
            // A batch's records are let go once it is prepared and written.
            batches[index] = []
            let recordCount = max(1, sources.reduce(0) { $0 + $1.records.count })
            let (before, batchBytes) = (starts[index], starts[index + 1] - starts[index])
            DispatchQueue.global().async {
                let batch = pipeline.prepare(cleaned: sources, knownKeyHashes: known) { prepared in
                    progress?(IngestProgress(phase: .indexing, bytesDone: before + Int64(Double(batchBytes) * 0.9 * Double(prepared) / Double(recordCount)),
                                             bytesTotal: bytesTotal, answers: answersBefore))
                }
                pending.fulfil(batch)
            }
            return pending
        }
        var written = 0
        var pending = batches.isEmpty ? nil : prepare(0, known: known, answersBefore: 0)
        for index in batches.indices {
            guard let current = pending else { break }
            let batch = current.wait()
            for prepared in batch.answers { known.insert(prepared.keyHash) }
            pending = index + 1 < batches.count ? prepare(index + 1, known: known, answersBefore: written + batch.answers.count) : nil
            for (path, counts) in batch.counts.sorted(by: { $0.key < $1.key }) { try writer.addCounts(counts, path: path) }
            let (before, batchBytes) = (starts[index], starts[index + 1] - starts[index])
            for (position, prepared) in batch.answers.enumerated() {
                if position % 256 == 0 {
                    let fraction = 0.9 + 0.1 * Double(position) / Double(max(1, batch.answers.count))
                    progress?(IngestProgress(phase: .indexing, bytesDone: before + Int64(Double(batchBytes) * fraction),
                                             bytesTotal: bytesTotal, answers: written + position))
                }
                try writer.write(prepared)
                try options.afterAnswerWritten?(written + position)
            }
            written += batch.answers.count
        }
        progress?(IngestProgress(phase: .indexing, bytesDone: bytesTotal, bytesTotal: bytesTotal, answers: written))
    }

    /// Whether `paths` hold files the index does not have (new, changed or removed ones).
    /// Compares sizes and modification times only: cheap enough to run before every search.
    public func isStale(paths: [String]) throws -> Bool {
        if try sink.extractorVersion() != IngestPipeline.extractorVersion { return true }
        let walk = CorpusWalker(readers: options.readers, workingDirectory: options.workingDirectory).walk(paths)
        let stored = try sink.storedSources()
        for file in walk.files {
            guard let previous = stored[file.path], previous.size == file.size, previous.modified == file.modified else { return true }
        }
        let seen = Set(walk.files.map(\.path))
        return stored.keys.contains { !seen.contains($0) && walk.covers($0) }
    }

    enum ReadOutcome: Sendable {
        case unchanged
        case failed(IngestError)
        case read(hash: String, document: SourceDocument)
    }

    /// The standard lexicon's dollar forms, built once.
    static let dollarNaming = DollarNaming()

    /// One file read, hashed and (when its content changed) parsed.
    static func read(_ file: CorpusFile, readers: Readers, previousHash: String?) -> ReadOutcome {
        let data: Data
        do {
            data = try FileBytes.read(file.url)
        } catch {
            return .failed(.unreadable(path: file.path, reason: error.reason))
        }
        let hash = ContentHash.hex(ContentHash.fnv1a(data))
        if hash == previousHash { return .unchanged }
        guard let reader = readers.reader(forPath: file.path, data: data) else {
            return .failed(.unreadable(path: file.path, reason: "no reader for this file"))
        }
        do {
            var document = try reader.read(data, path: file.path)
            let evidence = Self.dollarNaming.evidence(in: data)
            document.namedDollars = evidence.named
            document.placedDollars = evidence.placed
            document.namedSharedCurrencies = evidence.shared
            document.pointGroupsVotes = evidence.pointGroupsVotes
            return .read(hash: hash, document: document)
        } catch {
            return .failed(error)
        }
    }

    static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}

/// A batch being prepared on another thread; `wait()` returns it once it is ready.
final class PendingBatch: @unchecked Sendable {
    private var batch: PreparedBatch?
    private let ready = DispatchSemaphore(value: 0)

    func fulfil(_ batch: PreparedBatch) {
        self.batch = batch
        ready.signal()
    }

    func wait() -> PreparedBatch {
        ready.wait()
        ready.signal()
        return batch ?? PreparedBatch(answers: [], counts: [:])
    }
}
