import Foundation
import KBModel
import KBText

/// How alike two subjects are, from the corpus itself: the entity inventory.
///
/// A subject's words are weighed by how much they identify: a name (a word the corpus writes
/// with a capital where grammar does not ask for one, an all-caps word or an identifier) weighs its
/// full inverse document frequency; another content word 0.4 of it; a generic word, a tier word
/// or a period word ("customers", "plan", "daily") 0.1. Similarity is the weighted Jaccard of the
/// two subjects' stemmed words, so "Crew plan" and "Crew-tier uploads" are alike (the name Crew
/// carries the weight), "Tidepool" and "Tidepool Backup" half alike, and two subjects whose
/// names differ ("Plus card", "Metal card") not alike at all.
///
/// For example:
///
/// ```swift
/// let matcher = EntityMatcher(names: ["Crew plan", "Crew-tier uploads", "Solo plan"], texts: corpus)
/// matcher.similarity("Crew plan", "Crew-tier uploads")  // about 0.8
/// matcher.similarity("Crew plan", "Solo plan")          // 0
/// ```
public struct EntityMatcher: Sendable {
    struct Word: Sendable, Hashable {
        var stem: String
        var weight: Double
        var isName: Bool
    }

    /// Words of each subject, by subject text.
    var words: [String: [Word]] = [:]
    /// Inverse document frequency by stem.
    var idf: [String: Double] = [:]
    let defaultIDF: Double

    public init(names: [String], texts: [String], lexicon: Lexicon = .standard) {
        let tokenizer = Tokenizer(lexicon: lexicon)
        // Document frequencies and capitalisation evidence from the corpus's facts.
        var documentFrequency: [String: Int] = [:]
        var capitalisedInside: [String: Int] = [:]
        var lowercase: [String: Int] = [:]
        for text in texts {
            var seen: Set<String> = []
            let tokens = tokenizer.tokens(text)
            for (index, token) in tokens.enumerated() where token.isWord {
                let stem = Stemmer.stem(token.lower)
                if seen.insert(stem).inserted { documentFrequency[stem, default: 0] += 1 }
                if token.shape == .lower { lowercase[token.lower, default: 0] += 1 }
                else if !NounPhrases.opensSentence(tokens, index) { capitalisedInside[token.lower, default: 0] += 1 }
            }
        }
        let count = Double(max(1, texts.count))
        for (stem, frequency) in documentFrequency { idf[stem] = log(1 + count / Double(frequency)) }
        defaultIDF = log(1 + count)
        for name in Set(names) {
            var result: [Word] = []
            let tokens = tokenizer.tokens(name)
            for (index, token) in tokens.enumerated() where token.isWord || token.isNumber {
                guard !token.is(.determiner), !token.is(.pronoun) || token.isNameLike else { continue }
                let stem = token.isNumber ? token.text : Stemmer.stem(token.lower)
                let inside = capitalisedInside[token.lower] ?? 0
                let lower = lowercase[token.lower] ?? 0
                let capital = token.shape == .upper || token.shape == .identifier
                    || token.shape == .capitalized && (index > 0 || inside > 0) && inside * 2 >= lower
                let isName = capital && !token.is(.tierWord) && !token.is(.generic) && !token.is(.timeWord)
                let base = idf[stem] ?? defaultIDF
                let factor: Double
                if isName { factor = 1 } else if token.is(.generic) || token.is(.tierWord) || token.is(.timeWord) || token.isNumber { factor = 0.1 } else { factor = 0.4 }
                if let existing = result.firstIndex(where: { $0.stem == stem }) {
                    result[existing].weight = max(result[existing].weight, base * factor)
                } else {
                    result.append(Word(stem: stem, weight: base * factor, isName: isName))
                }
            }
            words[name] = result
        }
    }

    /// The stems of a subject that identify it (its names, or its content words when it has none).
    func keys(_ subject: String) -> [String] {
        let all = words[subject] ?? []
        let names = all.filter(\.isName)
        return (names.isEmpty ? all.filter { $0.weight > 0 } : names).map(\.stem)
    }

    /// How alike two subjects are, from 0 to 1 (see the type's documentation).
    public func similarity(_ a: String, _ b: String) -> Double {
        if a.lowercased() == b.lowercased() { return 1 }
        guard let wa = words[a], let wb = words[b], !wa.isEmpty, !wb.isEmpty else { return 0 }
        let namesA = Set(wa.filter(\.isName).map(\.stem)), namesB = Set(wb.filter(\.isName).map(\.stem))
        // Two subjects that both carry names name the same thing only if their names meet.
        if !namesA.isEmpty, !namesB.isEmpty, namesA.isDisjoint(with: namesB) { return 0 }
        var weights: [String: (Double, Double)] = [:]
        for word in wa { weights[word.stem, default: (0, 0)].0 = max(weights[word.stem]?.0 ?? 0, word.weight) }
        for word in wb { weights[word.stem, default: (0, 0)].1 = max(weights[word.stem]?.1 ?? 0, word.weight) }
        var shared = 0.0, union = 0.0
        for (_, pair) in weights {
            shared += min(pair.0, pair.1)
            union += max(pair.0, pair.1)
        }
        guard union > 0 else { return 0 }
        var score = shared / union
        // A name on one side only: the other side may be the same thing described, but less surely.
        if namesA.isEmpty != namesB.isEmpty { score *= 0.7 }
        return score
    }

    /// The subjects' display name for a finding: the shorter of two alike names.
    func display(_ a: String, _ b: String) -> String {
        a.count <= b.count ? a : b
    }
}
