/// One text analysed once: its scalars, tokens and noun phrases, for every stage that reads it.
///
/// For example:
///
/// ```swift
/// let analysis = TextAnalysis("The Crew plan costs $8 per user.")
/// analysis.phrases.map { analysis.text(of: $0.range) }  // ["The Crew plan", "user"]
/// ```
public struct TextAnalysis: Sendable {
    public let text: String
    public let scalars: [Unicode.Scalar]
    public let tokens: [Token]
    public let phrases: [NounPhrase]
    /// The lowercase form of each token (for lexicon phrase look-ups).
    public let lowers: [String]
    /// For each token, the index of the phrase holding it, or nil.
    public let phraseOf: [Int?]

    public init(_ text: String, tokenizer: Tokenizer = Tokenizer()) {
        self.text = text
        scalars = Array(text.unicodeScalars)
        tokens = tokenizer.tokens(scalars)
        phrases = NounPhrases.find(tokens)
        lowers = tokens.map(\.lower)
        var phraseOf = [Int?](repeating: nil, count: tokens.count)
        for (index, phrase) in phrases.enumerated() {
            for token in phrase.first..<phrase.end { phraseOf[token] = index }
        }
        self.phraseOf = phraseOf
    }

    /// The text the tokens `range` span, as written.
    public func text(of range: Range<Int>) -> String {
        guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= tokens.count else { return "" }
        return scalars.string(tokens[range.lowerBound].start, tokens[range.upperBound - 1].end)
    }

    /// The content words of `range`, lowercased and singular: what identifies a phrase when
    /// compared with another (determiners, quantifiers, marks and numbers dropped).
    public func contentWords(_ range: Range<Int>) -> [String] {
        range.compactMap { index in
            let token = tokens[index]
            guard token.isWord, !token.is(.determiner), !token.is(.quantifier) || token.isNameLike, !token.is(.pronoun) else { return nil }
            var word = token.lower
            if word.hasSuffix("'s") || word.hasSuffix("\u{2019}s") { word = String(word.dropLast(2)) }
            return Lexicon.singular(word)
        }
    }

    /// The tokens of one clause.
    public func clauseRange(of index: Int) -> Range<Int> {
        guard index >= 0, index < tokens.count else { return 0..<0 }
        let clause = tokens[index].clause
        var first = index, end = index + 1
        while first > 0, tokens[first - 1].clause == clause { first -= 1 }
        while end < tokens.count, tokens[end].clause == clause { end += 1 }
        return first..<end
    }

    /// The tokens of one sentence.
    public func sentenceRange(of index: Int) -> Range<Int> {
        guard index >= 0, index < tokens.count else { return 0..<0 }
        let sentence = tokens[index].sentence
        var first = index, end = index + 1
        while first > 0, tokens[first - 1].sentence == sentence { first -= 1 }
        while end < tokens.count, tokens[end].sentence == sentence { end += 1 }
        return first..<end
    }

    /// Whether a contrast joins something on after token `index` in its sentence (a conjunction or
    /// discourse word of the lexicon's `contrast` class: "..., but with GNU/Hurd we have started to
    /// offer ...", "However, ..."): what came before it is qualified.
    public func contrastFollows(_ index: Int) -> Bool {
        guard index >= 0, index < tokens.count else { return false }
        return (index..<sentenceRange(of: index).upperBound).contains {
            tokens[$0].is(.contrast) && (tokens[$0].is(.conjunction) || tokens[$0].is(.discourse))
        }
    }

    /// Whether token `index` opens its sentence.
    public func opensSentence(_ index: Int) -> Bool { NounPhrases.opensSentence(tokens, index) }
}
