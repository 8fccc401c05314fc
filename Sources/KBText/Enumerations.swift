/// A coordinated series of noun phrases in one text: "tiled roofs, metal roofs and flat concrete
/// roofs", "by bank transfer or card only", "at station ticket machines, online, in the Connect app
/// or at any Corner Mart store".
public struct Enumeration: Sendable, Hashable {
    /// The token ranges of the items, in order (each a noun phrase of ``TextAnalysis/phrases``).
    public var items: [Range<Int>]
    /// Closed by an exclusive word next to it ("X and Y only", "limited to X and Y", "only at X, Y
    /// and Z", "only within the EU: X, Y and Z"): what it leaves out, it excludes.
    public var closed: Bool

    /// From the first item's first token to the last item's end.
    public var span: Range<Int> { (items.first?.lowerBound ?? 0)..<(items.last?.upperBound ?? 0) }
}

/// Finds enumerations in an analysed text.
///
/// Principles:
/// - An enumeration is two or more noun phrases of one sentence and one bracket depth, each
///   separated from the next by a comma or a coordinating conjunction (and, or, &), which may
///   repeat a preposition before the next item ("online, in the Connect app or at any store");
///   at least one conjunction joins them; after the first conjunction only a bare conjunction
///   continues it ("credit or debit card and e-check", not "A and B, and our surveyor checks").
/// - A first phrase that runs over the clause's verb ("The fee includes tuition": a verb the phrase
///   finder took for a noun) starts after that verb.
/// - It is closed when an exclusive word of the lexicon (class `exclusive`: only, solely, limited
///   to, ...) opens its first item, stands right after its last item or right before a colon that
///   introduces it, or before its first item with nothing between but prepositions, determiners and
///   at most one phrase ended by a colon; a negation before that word ("not only A and B") opens it
///   again, and so does a contrast after the list in its sentence ("only A and B, but with C we
///   have started to ...").
public enum Enumerations {
    public static func find(in analysis: TextAnalysis) -> [Enumeration] {
        let tokens = analysis.tokens, phrases = analysis.phrases
        var result: [Enumeration] = []
        var index = 0
        while index < phrases.count {
            var items = [phrases[index].range]
            var last = index
            var joined = false
            while last + 1 < phrases.count {
                let gap = phrases[last].end..<phrases[last + 1].first
                guard let (comma, conjunction) = separator(gap, tokens: tokens, depth: tokens[phrases[last].first].depth,
                                                           sentence: tokens[phrases[last].first].sentence),
                      !joined || conjunction && !comma else { break }
                // An exclusive word opening the next phrase after a comma starts a list of its own
                // ("For security reasons, only A and B are allowed"): what comes before it is no item.
                if comma, !conjunction, tokens[phrases[last + 1].first].is(.exclusive) { break }
                items.append(phrases[last + 1].range)
                joined = joined || conjunction
                last += 1
            }
            if joined, items.count >= 2 {
                // A first phrase that ran over its clause's verb ("The fee includes tuition") starts
                // after it; one that opens with an exclusive word ("only a password") after that.
                let first = items[0]
                if let verb = first.dropLast().last(where: { tokens[$0].shape == .lower && (tokens[$0].is(.verb) || tokens[$0].is(.supportVerb)) }) {
                    items[0] = (verb + 1)..<first.upperBound
                }
                let opensExclusive = tokens[items[0].lowerBound].is(.exclusive) && items[0].count > 1
                    && !(items[0].lowerBound > 0 && tokens[items[0].lowerBound - 1].is(.negation))
                if opensExclusive { items[0] = (items[0].lowerBound + 1)..<items[0].upperBound }
                // A contrast after the list in its sentence ("..., but with GNU/Hurd we have started
                // to offer ...") qualifies what the exclusive word closed.
                let qualified = analysis.contrastFollows(items[items.count - 1].upperBound - 1)
                result.append(Enumeration(items: items, closed: !qualified && (opensExclusive || closed(items, in: analysis))))
                index = last + 1
            } else {
                index += 1
            }
        }
        return result
    }

    /// Whether the tokens between two phrases separate list items (a comma, a conjunction or both,
    /// then at most one preposition), and which of the two they hold; nil when they do not.
    static func separator(_ gap: Range<Int>, tokens: [Token], depth: Int, sentence: Int) -> (comma: Bool, conjunction: Bool)? {
        guard !gap.isEmpty, gap.allSatisfy({ tokens[$0].depth == depth && tokens[$0].sentence == sentence }) else { return nil }
        var cursor = gap.lowerBound
        let comma = tokens[cursor].text == ","
        if comma { cursor += 1 }
        let conjunction = cursor < gap.upperBound && (tokens[cursor].lower == "and" || tokens[cursor].lower == "or" || tokens[cursor].text == "&")
        if conjunction { cursor += 1 }
        if cursor < gap.upperBound, comma || conjunction, tokens[cursor].is(.preposition) { cursor += 1 }
        return cursor == gap.upperBound && (comma || conjunction) ? (comma, conjunction) : nil
    }

    static func closed(_ items: [Range<Int>], in analysis: TextAnalysis) -> Bool {
        let tokens = analysis.tokens
        guard let first = items.first, let last = items.last else { return false }
        func exclusive(_ index: Int) -> Bool {
            tokens[index].is(.exclusive) && !(index > 0 && tokens[index - 1].is(.negation))
        }
        // "X and Y only." closes the list; "X and Y consider only the rows" restricts what follows.
        if last.upperBound < tokens.count, exclusive(last.upperBound),
           last.upperBound + 1 >= tokens.count || analysis.phraseOf[last.upperBound + 1] == nil && !tokens[last.upperBound + 1].is(.determiner) {
            return true
        }
        var cursor = first.lowerBound - 1
        var skippedPhrase = false
        while cursor >= 0, first.lowerBound - cursor <= 8, tokens[cursor].sentence == tokens[first.lowerBound].sentence {
            let token = tokens[cursor]
            if exclusive(cursor) { return true }
            if token.is(.preposition) || token.is(.determiner) && !token.is(.pronoun) {
                cursor -= 1
            } else if Tokenizer.isInitial(tokens, dot: cursor) {
                // An initial of the first item's name ("N. Virginia").
                cursor -= 2
            } else if token.text == ":", !skippedPhrase, cursor > 0 {
                // "runs in three regions only: A, B and C", "only within the EU: A, B and C".
                if exclusive(cursor - 1) { return true }
                guard let phrase = analysis.phraseOf[cursor - 1] else { return false }
                skippedPhrase = true
                cursor = analysis.phrases[phrase].first - 1
            } else {
                return false
            }
        }
        return false
    }
}
