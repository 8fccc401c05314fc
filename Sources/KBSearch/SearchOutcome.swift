import KBModel
import KBText

/// What a search found and how it read the query.
public struct SearchOutcome: Sendable {
    /// A query word replaced by the nearest word of the index (a typo).
    public struct Correction: Sendable, Hashable {
        public var typed: String
        public var searched: String

        public init(typed: String, searched: String) {
            self.typed = typed
            self.searched = searched
        }
    }

    /// When fewer answers than asked for hold every word, answers holding some of them follow:
    /// how many words the best of those holds, and which words matched nothing.
    public struct Relaxation: Sendable, Hashable {
        public var matched: Int
        public var of: Int
        public var unmatched: [String]
        /// How many answers holding every word come first (0: none holds them all).
        public var fullMatches: Int

        public init(matched: Int, of: Int, unmatched: [String], fullMatches: Int = 0) {
            self.matched = matched
            self.of = of
            self.unmatched = unmatched
            self.fullMatches = fullMatches
        }
    }

    public var hits: [SearchHit]
    public var corrections: [Correction]
    public var relaxation: Relaxation?
    /// Stop words left out of the query ("how", "do", "the").
    public var ignored: [String]

    public init(hits: [SearchHit], corrections: [Correction] = [], relaxation: Relaxation? = nil, ignored: [String] = []) {
        self.hits = hits
        self.corrections = corrections
        self.relaxation = relaxation
        self.ignored = ignored
    }
}

/// Typo correction: the nearest word of an index's vocabulary.
public enum Spelling {
    /// How many edits a word of `length` letters may be from its correction: one up to eight
    /// letters, two beyond. Two edits turn most short words into some other word of a large
    /// vocabulary ("family" into "fail", "member" into "memex"): a word the corpus does not use is
    /// more often a word of its own than a typo with two slips.
    public static func allowedEdits(_ length: Int) -> Int { length <= 8 ? 1 : 2 }

    /// The optimal string alignment distance (insertions, deletions, substitutions and swaps of two
    /// neighbours), stopping early once it exceeds `limit`.
    public static func distance(_ a: String, _ b: String, limit: Int) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if abs(x.count - y.count) > limit { return limit + 1 }
        var previous2 = [Int](repeating: 0, count: y.count + 1)
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...max(1, x.count) where !x.isEmpty {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...max(1, y.count) where !y.isEmpty {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] { value = min(value, previous2[j - 2] + 1) }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return limit + 1 }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return x.isEmpty ? y.count : y.isEmpty ? x.count : previous[y.count]
    }

    /// The best correction of `word` among `candidates` (word, number of answers holding it): the
    /// fewest edits, then the most answers; nil when none is close enough.
    public static func best(for word: String, among candidates: [(String, Int)]) -> String? {
        let limit = allowedEdits(word.count)
        var best: (word: String, edits: Int, answers: Int)?
        for (candidate, answers) in candidates where candidate != word {
            // In a word of four letters or fewer, one letter put for another mostly makes another
            // word ("came", "case"): only a swap or a letter dropped or doubled ("zhs", "sqll") is
            // read as a slip.
            if word.count <= 4, candidate.count == word.count, word.sorted() != candidate.sorted() { continue }
            let edits = distance(word, candidate, limit: limit)
            guard edits <= limit else { continue }
            // Ties go to the word that keeps the typed first letter (slips rarely hit it: "vim" is
            // "vi" before "im"), then to the more common, then to the first in order: never to
            // the order the candidates came in.
            let keepsFirst = candidate.first == word.first ? 1 : 0
            if let current = best, edits == current.edits {
                let currentKeepsFirst = current.word.first == word.first ? 1 : 0
                if (keepsFirst, answers, current.word) > (currentKeepsFirst, current.answers, candidate) { best = (candidate, edits, answers) }
            } else if best == nil || edits < best?.edits ?? .max {
                best = (candidate, edits, answers)
            }
        }
        return best?.word
    }
}
