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
    public var minRemainderWords = 5

    public struct Result: Sendable {
        public var answers: [Answer]
        public var strippedPrefixes: [BoilerplateDetector.StrippedPrefix]
        public var duplicatesRemoved: Int
    }

    public init() {}

    /// Groups `records` by key. `knownKeyHashes` holds the key hashes of answers already in the
    /// index, so that a prefixed copy of an answer ingested earlier is recognised too.
    public func deduplicate(_ records: [AnswerRecord], knownKeyHashes: Set<Int64> = []) -> Result {
        let keys = records.map { TextNormalizer.key($0.text) }
        let known = knownKeyHashes.union(keys.map { ContentHash.fnv1a($0) })
        var answers: [Answer] = []
        var indexByKey: [String: Int] = [:]
        var stripped: [BoilerplateDetector.StrippedPrefix] = []
        for (position, var record) in records.enumerated() {
            var key = keys[position]
            if let (split, remainderKey) = nearCopySplit(record.text, key: key, known: known) {
                stripped.append(.init(location: record.location, prefix: String(record.text[..<split])))
                record = record.droppingPrefix(upTo: split)
                key = remainderKey
            }
            if let existing = indexByKey[key] {
                answers[existing].occurrences.append(record.location)
                if answers[existing].question == nil { answers[existing].question = record.question }
            } else {
                indexByKey[key] = answers.count
                answers.append(Answer(text: record.text, topic: TopicExtractor.topic(of: record.text),
                                      question: record.question, key: key, occurrences: [record.location]))
            }
        }
        return Result(answers: answers, strippedPrefixes: stripped, duplicatesRemoved: records.count - answers.count)
    }

    /// Where the known answer starts inside `text`, when a short prefix is all that differs.
    ///
    /// The key's words are the text's folded words joined by spaces, so dropping the first `n`
    /// words of the text is dropping the first `n` space-separated words of the key.
    func nearCopySplit(_ text: String, key: String, known: Set<Int64>) -> (String.Index, String)? {
        var remainder = Substring(key)
        var words: [TextNormalizer.Word]?
        for dropped in 1...maxPrefixWords {
            guard let space = remainder.firstIndex(of: " ") else { return nil }
            remainder = remainder[remainder.index(after: space)...]
            guard known.contains(ContentHash.fnv1a(remainder)) else { continue }
            // A candidate: confirm on the original text (only now worth splitting into words).
            let textWords = words ?? TextNormalizer.words(text)
            words = textWords
            guard textWords.count - dropped >= minRemainderWords else { return nil }
            let start = textWords[dropped].range.lowerBound
            let prefix = text[..<start]
            // A long prefix, or one that ends a sentence, is content rather than a glued fragment.
            guard text.distance(from: text.startIndex, to: start) <= maxPrefixCharacters,
                  !prefix.contains(where: { ".!?".contains($0) }) else { return nil }
            return (start, String(remainder))
        }
        return nil
    }
}
