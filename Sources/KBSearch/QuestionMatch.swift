import KBText

/// How well an answer's question (and topic) says what a query asks.
///
/// A person searching an FAQ types the words of the question they have in mind, so an answer whose
/// question holds the query's words, in the query's order, is the likelier one; the same words
/// spread over a long answer text say less. The score is the share of the query's weight (rare
/// words weigh more) that the question and topic hold, raised by up to a quarter when the words
/// they hold come in the query's order.
///
/// For example, for "encode single pictures into movies" the question "How do I encode single
/// pictures into movies?" scores 1.25 and "How do I encode movie to single pictures?" scores
/// about 1.17: both hold every word, one in the query's order.
public enum QuestionMatch {
    /// The weight of a stop word (a common content word weighs about 1 to 2).
    static let stopWeight = 0.2

    /// The score, from 0 (no query word in the question or topic) to 1.25.
    /// `weight`: a word's weight from its stem (for example ``KnowledgeStore``'s rarity weights).
    public static func score(question: String?, topic: String, terms: [SearchQuery.Term],
                             weight: (String) throws -> Double) rethrows -> Double {
        let text = ((question ?? "") + " " + topic).lowercased()
        let words = SearchTerms.tokens(in: text).flatMap(\.parts)
        guard !terms.isEmpty, !words.isEmpty else { return 0 }
        let stems = words.map(Stemmer.stem)
        var total = 0.0, held = 0.0
        var positions: [Int] = []
        for term in terms {
            // The words of a question's form ("what is", "how do I") say little, but a question
            // put in the same form is the likelier match.
            let termWeight = term.isStop ? stopWeight : try weight(Stemmer.stem(term.word))
            total += termWeight
            guard let position = position(of: term, in: words, stems: stems, text: text) else { continue }
            held += termWeight
            positions.append(position)
        }
        guard total > 0 else { return 0 }
        let coverage = held / total
        // Order: of the neighbouring pairs of words held, how many come in the query's order.
        let pairs = positions.count - 1
        let inOrder = pairs > 0 ? Double(zip(positions, positions.dropFirst()).filter { $0 < $1 }.count) / Double(pairs) : 0
        return coverage * (1 + 0.25 * inOrder)
    }

    /// Where the question and topic words hold `term` (its word, a synonym, or a word it begins,
    /// for the word being typed), compared by stem; a technical word or phrase by its spelling.
    static func position(of term: SearchQuery.Term, in words: [String], stems: [String], text: String) -> Int? {
        if term.isTechnical || term.isPhrase {
            guard text.contains(term.word) else { return nil }
            let first = term.word.split(separator: " ").first.map(String.init) ?? term.word
            return words.firstIndex { $0.hasPrefix(first) } ?? 0
        }
        let forms = Set(([term.word] + term.synonyms.filter { !$0.contains(" ") }).map(Stemmer.stem))
        if let index = stems.firstIndex(where: { forms.contains($0) }) { return index }
        if term.isPrefix, term.word.count >= 3, let index = words.firstIndex(where: { $0.hasPrefix(term.word) }) { return index }
        return nil
    }
}
