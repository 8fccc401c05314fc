import Foundation
import KBClaims
import KBModel
import KBText

/// The pure part of ingest: documents in, cleaned and split answers with their frames out.
///
/// reader -> ``BoilerplateDetector`` (per file) -> ``Deduplicator`` (across files) ->
/// ``FactSplitter`` -> ``ClaimExtractor`` (claims and support statements, per answer).
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
    /// The lexicon claims are read with (kb's, plus a corpus's `kb-lexicon.json`).
    public var lexicon = Lexicon.standard
    /// Whether facts are scanned for claims (`kb ingest --no-claims` turns it off).
    public var extractClaims = true

    public init() {}

    /// The version of what splitting and claim extraction store. Bump it when a change to the
    /// splitter, the scanner or claim attribution changes stored rows: indexes written by another
    /// version re-read their sources on the next ingest (and the default index refreshes itself).
    public static let extractorVersion = 28

    /// The record with invisible characters dropped from its text and question (see
    /// ``InvisibleCharacters``), or nil when nothing visible is left.
    static func visible(_ record: AnswerRecord) -> AnswerRecord? {
        var record = record
        let text = InvisibleCharacters.strip(record.text)
        if text != record.text {
            record.text = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !record.text.isEmpty else { return nil }
        }
        if let question = record.question {
            let visible = InvisibleCharacters.strip(question).trimmingCharacters(in: .whitespacesAndNewlines)
            record.question = visible.isEmpty ? nil : visible
        }
        return record
    }

    /// One document's records with its page chrome dropped (judged over the whole document), and
    /// the counts of what was read and dropped: the part of preparing that needs a whole file.
    public struct CleanedPart: Sendable {
        public var path: String
        public var records: [AnswerRecord]
        public var counts: SourceCounts
    }

    /// A document with its invisible characters and page chrome dropped, and each record's
    /// opening question split off.
    public func clean(_ document: SourceDocument) -> CleanedPart {
        let cleaned = detector.clean(document.records.compactMap(Self.visible))
        return CleanedPart(path: document.path, records: cleaned.answers.map { $0.splittingOpeningQuestion() },
                           counts: SourceCounts(records: cleaned.answers.count, boilerplateLines: cleaned.chrome.count,
                                                boilerplatePrefixes: cleaned.strippedPrefixes.count))
    }

    /// `knownKeyHashes`: key hashes of answers already indexed (see ``Deduplicator``).
    /// `progress`, when given, hears how many answers are prepared so far (from any thread, about
    /// every 64 answers).
    public func prepare(_ documents: [SourceDocument], knownKeyHashes: Set<Int64> = [],
                        progress: (@Sendable (Int) -> Void)? = nil) -> PreparedBatch {
        prepare(cleaned: documents.map(clean), knownKeyHashes: knownKeyHashes, progress: progress)
    }

    /// Prepares cleaned parts (``clean(_:)``): whole documents, or runs of a big document's records
    /// (each part's counts are added to its path's).
    public func prepare(cleaned parts: [CleanedPart], knownKeyHashes: Set<Int64> = [],
                        progress: (@Sendable (Int) -> Void)? = nil) -> PreparedBatch {
        var counts: [String: SourceCounts] = [:]
        var records: [AnswerRecord] = []
        for part in parts {
            records += part.records
            var sum = counts[part.path, default: SourceCounts()]
            sum.records += part.counts.records
            sum.boilerplateLines += part.counts.boilerplateLines
            sum.boilerplatePrefixes += part.counts.boilerplatePrefixes
            counts[part.path] = sum
        }
        let deduplicated = deduplicator.deduplicate(records, knownKeyHashes: knownKeyHashes)
        for prefix in deduplicated.strippedPrefixes {
            counts[prefix.location.path, default: SourceCounts()].boilerplatePrefixes += 1
        }
        let answers = deduplicated.answers
        // Names the batch writes with a capital where grammar does not ask for one ("the Plus plan").
        let evidence: (names: Set<String>, capitalised: Set<String>) = extractClaims ? NameEvidence.evidence(in: answers.map(\.text), lexicon: self.lexicon) : ([], [])
        let lexicon = extractClaims ? self.lexicon.with(names: evidence.names, capitalised: evidence.capitalised) : self.lexicon
        let extractor = ClaimExtractor(lexicon: lexicon)
        let counter = PreparedCounter()
        let prepared = answers.concurrentMap { [splitter, extractClaims] answer in
            if let progress, let done = counter.next(every: 64) { progress(done) }
            let facts = splitter.split(answer.text)
            let answerTerms = SearchTerms.spelledTerms(in: answer.topic + " " + (answer.question ?? ""))
            let terms = facts.map { SearchTerms.joinTerms(answerTerms, SearchTerms.spelledTerms(in: $0.text)) }
            guard extractClaims else {
                return PreparedAnswer(answer: answer, keyHash: answer.keyHash, facts: facts, claims: [], supports: [], terms: terms)
            }
            // Claims fall back on the answer's lead phrase, which names what its text is about (the
            // question's matter, the answer's topic for search, may name an action instead). An
            // answer without a question whose topic is set has that phrase as its topic already.
            let lead = answer.question == nil && !answer.topic.isEmpty ? answer.topic : TopicExtractor.topic(of: answer.text)
            let frames = extractor.extract(facts.map { FactInput(text: $0.text, lead: $0.lead, year: $0.year) },
                                           topic: lead, question: answer.question)
            return PreparedAnswer(answer: answer, keyHash: answer.keyHash, facts: facts, claims: frames.map(\.claims),
                                  supports: frames.map(\.supports), terms: terms)
        }
        return PreparedBatch(answers: Self.clusteringNearDuplicateFacts(prepared), counts: counts)
    }

    /// Facts that say the same thing in other words (``NearDuplicates``) share one cluster: the
    /// cluster of the first of them.
    static func clusteringNearDuplicateFacts(_ answers: [PreparedAnswer]) -> [PreparedAnswer] {
        var places: [(answer: Int, fact: Int)] = []
        var texts: [String] = []
        for (answerIndex, answer) in answers.enumerated() {
            for (factIndex, fact) in answer.facts.enumerated() {
                places.append((answerIndex, factIndex))
                // The fact's own words: an enumeration's lead-in, repeated over its items, is not.
                texts.append(fact.lead.isEmpty || !fact.text.hasPrefix(fact.lead) ? fact.text : String(fact.text.dropFirst(fact.lead.count)))
            }
        }
        var answers = answers
        for group in NearDuplicates.groups(texts, strict: true) {
            guard let first = group.first else { continue }
            let cluster = answers[places[first].answer].facts[places[first].fact].clusterHash
            for member in group.dropFirst() { answers[places[member].answer].facts[places[member].fact].clusterHash = cluster }
        }
        return answers
    }
}

/// Counts prepared answers across worker threads; says every `n`th.
final class PreparedCounter: @unchecked Sendable {
    private var count = 0
    private let lock = NSLock()

    /// The new count when it is a multiple of `n`, else nil.
    func next(every n: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        count += 1
        return count % n == 0 ? count : nil
    }
}
