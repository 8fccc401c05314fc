import KBModel
import KBText
/// Merges exact and near-duplicate answers, keeping every source location.
///
/// Two records are duplicates when their ``TextNormalizer/key(_:)`` forms are equal (case,
/// whitespace and punctuation folded). A record that is another answer with a short prefix in
/// front ("62 questions" + a known answer) is that answer: the prefix is boilerplate and is stripped.
///
/// For example:
///
/// ```swift
/// let result = Deduplicator().deduplicate(records)
/// result.answers.count       // 31 on the bundled corpus
/// result.duplicatesRemoved   // 31
/// ```
public struct Deduplicator: Sendable {
    /// A near-copy prefix is at most this many words...
    public var maxPrefixWords = 4
    /// ...and at most this many characters.
    public var maxPrefixCharacters = 40
    /// What remains after the prefix must have at least this many words.
    public var minRemainderWords = 8

    public struct Result: Sendable {
        public var answers: [Answer]
        public var strippedPrefixes: [BoilerplateDetector.StrippedPrefix]
        public var duplicatesRemoved: Int
        /// Of those, answers merged into another as near-duplicates.
        public var nearDuplicatesMerged = 0
    }

    /// Whether answers that say the same thing in other words are merged too.
    public var mergeNearDuplicates = true

    public init() {}

    /// Groups `records` by key. `knownKeyHashes` holds the key hashes of answers already in the
    /// index, so that a prefixed copy of an answer ingested earlier is recognised too.
    public func deduplicate(_ records: [AnswerRecord], knownKeyHashes: Set<Int64> = []) -> Result {
        let hashes = records.concurrentMap { [maxPrefixWords] in
            TextNormalizer.keyHashes($0.text, droppingUpTo: maxPrefixWords)
        }
        let known = knownKeyHashes.union(hashes.map { $0[0] })
        var answers: [Answer] = []
        var indexByKey: [Int64: Int] = [:]
        var stripped: [BoilerplateDetector.StrippedPrefix] = []
        for (position, var record) in records.enumerated() {
            var key = hashes[position][0]
            if let (split, remainderKey) = nearCopySplit(record.text, hashes: hashes[position], known: known) {
                stripped.append(.init(location: record.location, prefix: String(record.text[..<split])))
                record = record.droppingPrefix(upTo: split)
                key = remainderKey
            }
            if let existing = indexByKey[key] {
                answers[existing].occurrences.append(record.location)
                if answers[existing].question == nil { answers[existing].question = record.question }
            } else {
                indexByKey[key] = answers.count
                answers.append(Answer(text: record.text, topic: "", question: record.question, keyHash: key,
                                      occurrences: [record.location]))
            }
        }
        // Answers that say the same thing in other words: one answer in the fuller wording, every
        // place kept (see ``NearDuplicates``).
        var nearMerged = 0
        if mergeNearDuplicates {
            var removed: Set<Int> = []
            for group in NearDuplicates.groups(answers.map(\.text)) {
                guard let keep = group.max(by: { answers[$0].text.count < answers[$1].text.count }) else { continue }
                // Answers to different questions stay apart: the question is part of what an answer says.
                let question = answers[keep].question.map(TextNormalizer.key)
                for other in group where other != keep {
                    if let mine = question, let theirs = answers[other].question.map(TextNormalizer.key), mine != theirs { continue }
                    answers[keep].occurrences += answers[other].occurrences
                    if answers[keep].question == nil { answers[keep].question = answers[other].question }
                    answers[keep].nearDuplicatesMerged += 1 + answers[other].nearDuplicatesMerged
                    removed.insert(other)
                    nearMerged += 1
                }
                answers[keep].occurrences.sort { ($0.path, $0.line) < ($1.path, $1.line) }
            }
            answers = answers.enumerated().filter { !removed.contains($0.offset) }.map(\.element)
        }
        let topics = answers.concurrentMap { TopicExtractor.topic(of: $0.text, question: $0.question) }
        for index in answers.indices { answers[index].topic = topics[index] }
        return Result(answers: answers, strippedPrefixes: stripped, duplicatesRemoved: records.count - answers.count, nearDuplicatesMerged: nearMerged)
    }

    /// Where the known answer starts inside `text`, when a short prefix is all that differs.
    ///
    /// `hashes[n]` is the key hash of the text without its first `n` words
    /// (``TextNormalizer/keyHashes(_:droppingUpTo:)``).
    func nearCopySplit(_ text: String, hashes: [Int64], known: Set<Int64>) -> (String.Index, Int64)? {
        guard let dropped = hashes.indices.dropFirst().first(where: { known.contains(hashes[$0]) }) else { return nil }
        // A candidate: confirm on the original text (only now worth splitting into words).
        let words = TextNormalizer.words(text)
        guard words.count - dropped >= minRemainderWords else { return nil }
        let start = words[dropped].range.lowerBound
        // A long prefix, one that ends a sentence, or one that opens a bracket or quote the rest
        // closes ("add_header() (email.message method)") is content rather than a glued fragment.
        guard text.distance(from: text.startIndex, to: start) <= maxPrefixCharacters,
              !text[..<start].contains(where: { ".!?([{\"“'".contains($0) }) else { return nil }
        return (start, hashes[dropped])
    }
}
