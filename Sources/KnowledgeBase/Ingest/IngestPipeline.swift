import KBModel
import KBText
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
    /// For each fact, its numeric claims (subject filled from the fact's lead or the answer's topic
    /// when the fact names none).
    public var claims: [[NumericClaim]]
    /// For each fact, the spelled technical terms of the fact and its answer's topic and question
    /// (``SearchTerms/spelledTerms(in:)``), as stored in `facts.terms`.
    public var terms: [String]
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
    public var scanner = QuantityScanner()
    /// Whether facts are scanned for numeric claims (`kb ingest --no-claims` turns it off).
    public var extractClaims = true

    public init() {}

    /// The version of what splitting and claim extraction store. Bump it when a change to the
    /// splitter, the scanner or claim attribution changes stored rows: indexes written by another
    /// version re-read their sources on the next ingest (and the default index refreshes itself).
    public static let extractorVersion = 18

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

    /// Whether the claim's text ends where its word ends. A number that runs on into letters or
    /// digits (`$1e400`, `4.04e-6`, `0x0305`) was cut from a token the scanner does not read; taking
    /// its first digits (`$1`) would misread it, so such a claim is dropped.
    static func endsAtWordEnd(_ claim: NumericClaim, in scalars: [Unicode.Scalar]) -> Bool {
        guard claim.end >= 0, claim.end < scalars.count else { return true }
        let next = scalars[claim.end]
        return !(next.properties.isAlphabetic || next.properties.numericType != nil)
    }

    /// Whether every bound of the claim is a finite number: `1e400` or a 400-digit number overflows
    /// to infinity, which JSON cannot carry and no comparison can use, so such a claim is dropped.
    static func isFinite(_ claim: NumericClaim) -> Bool {
        [claim.low, claim.high, claim.normalizedLow, claim.normalizedHigh].allSatisfy { $0?.isFinite ?? true }
    }

    /// `knownKeyHashes`: key hashes of answers already indexed (see ``Deduplicator``).
    public func prepare(_ documents: [SourceDocument], knownKeyHashes: Set<Int64> = []) -> PreparedBatch {
        var counts: [String: SourceCounts] = [:]
        var records: [AnswerRecord] = []
        var chrome: [BoilerplateDetector.Chrome] = []
        var stripped: [BoilerplateDetector.StrippedPrefix] = []
        for document in documents {
            let cleaned = detector.clean(document.records.compactMap(Self.visible))
            records += cleaned.answers.map { $0.splittingOpeningQuestion() }
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
        let prepared = answers.concurrentMap { [splitter, scanner, extractClaims] answer in
            let facts = splitter.split(answer.text)
            let answerTerms = SearchTerms.spelledTerms(in: answer.topic + " " + (answer.question ?? ""))
            let terms = facts.map { SearchTerms.joinTerms(answerTerms, SearchTerms.spelledTerms(in: $0.text)) }
            var leadsSeen = Set<String>()
            var claims: [[NumericClaim]] = !extractClaims ? [] : facts.indices.map { position in
                let fact = facts[position]
                // Claims come from the fact's own statement. A list's lead-in gives its claims once,
                // with the first item, unless an earlier fact already states it (an item's head
                // carried to its later sentences).
                let core = fact.lead.trimmingCharacters(in: ":")
                let stated = facts[max(0, position - 4)..<position].contains { $0.body.contains(core) }
                let firstWithLead = leadsSeen.insert(fact.lead).inserted && !stated
                let bodyStart = fact.lead.isEmpty || firstWithLead ? 0 : fact.lead.unicodeScalars.count + 1
                let found = scanner.claims(in: fact.text).filter { $0.start >= bodyStart && Self.isFinite($0) }
                let scalars = found.isEmpty ? [] : Array(fact.text.unicodeScalars)
                return found.filter { Self.endsAtWordEnd($0, in: scalars) }.map { claim in
                    var claim = claim
                    if claim.subject == nil {
                        claim.subject = scanner.lexicon.canonicalSubject(
                            ClaimContext.fallbackSubject(lead: fact.lead, topic: answer.topic, question: answer.question))
                    }
                    return claim
                }
            }
            ClaimContext.resolveReferences(&claims, facts: facts, topic: answer.topic, question: answer.question, lexicon: scanner.lexicon)
            ClaimContext.borrowUnits(&claims, facts: facts, keywords: scanner.lexicon.keywords + ClaimContext.metricKeywords)
            return PreparedAnswer(answer: answer, keyHash: answer.keyHash, facts: facts, claims: claims, terms: terms)
        }
        return PreparedBatch(answers: prepared, counts: counts, chrome: chrome, strippedPrefixes: stripped)
    }
}

