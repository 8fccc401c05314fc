import KBModel
import KBText
/// Finds the topic of an answer: its lead noun phrase.
///
/// The topic is the opening phrase up to the first clause break (": ", " - ", a sentence end),
/// cut before the first predicate word ("is", "supports", "must", ...), with a leading bare
/// "Yes -" / "No -" dropped and a long trailing parenthetical removed.
///
/// For example:
///
/// ```swift
/// TopicExtractor.topic(of: "AWS Lambda SnapStart (2025) supports: (1) Java 11 ...")  // "AWS Lambda SnapStart (2025)"
/// TopicExtractor.topic(of: "No - AWS Lambda SnapStart does NOT support ...")        // "AWS Lambda SnapStart"
/// TopicExtractor.topic(of: "Lambda Layers (2025): Reusable deployment packages")     // "Lambda Layers (2025)"
/// ```
public enum TopicExtractor {
    static let maxWords = 12
    /// A predicate word ends a subject phrase: an auxiliary, a modal, a negation or a verb of the
    /// lexicon.
    static func isPredicate(_ word: String) -> Bool {
        !Lexicon.standard.classes(of: word.lowercased()).isDisjoint(with: [.auxiliary, .verb, .supportVerb, .negation, .changeVerb])
    }

    /// An article or another determiner ("the", "a", "this", "each").
    static func isDeterminer(_ word: String) -> Bool {
        let classes = Lexicon.standard.classes(of: word.lowercased())
        return classes.contains(.determiner) && !classes.contains(.pronoun)
    }

    /// The topic of an answer with its question: the question's matter when there is a question
    /// ("How do I delete a file?" -> "delete a file", "7.5. What is a Debian conffile?" -> "Debian
    /// conffile"), else the answer's lead phrase. A pronoun, a discourse word or a subordinator
    /// ("You", "However", "If you", "There") is never a topic: with nothing better the topic is empty.
    public static func topic(of text: String, question: String?) -> String {
        if let question, let topic = topic(ofQuestion: question), !topic.isEmpty { return topic }
        let lead = topic(of: text)
        let words = Tokenizer(lexicon: .standard).tokens(lead).filter(\.isWord)
        guard let first = words.first else { return "" }
        // A topic is a noun phrase. It never opens with a word that points, joins or asks
        // ("You", "However", "If you", "How", "For more information": a pronoun, a discourse word,
        // a subordinator, a question word or a preposition), and never ends with a word that
        // needs another after it ("The", "Query or", "In order to": a determiner, a preposition,
        // a conjunction, a subordinator or an auxiliary).
        let opener: WordClasses = [.pronoun, .discourse, .subordinator, .conditional, .anaphor, .question, .preposition]
        if first.is(opener) { return "" }
        if let last = words.last, last.is([.preposition, .conjunction, .subordinator, .auxiliary]) || last.is(.determiner) && !last.is(.pronoun) {
            return ""
        }
        // "There is ...", "Here are ...": an expletive opening names nothing.
        if words.count == 1, first.is(.adverb) || first.is(.auxiliary) || first.is(.verb) || first.is(.preposition) || first.is(.conjunction) { return "" }
        return lead
    }

    /// The matter of a question: without its number ("7.5.", "(12)", "3.8:"), the question word,
    /// the auxiliary and the pronoun that open it ("How do I", "What is a", "Can I"), and what follows
    /// its question mark.
    static func topic(ofQuestion question: String) -> String? {
        var text = question
        if let mark = text.firstIndex(of: "?") { text = String(text[..<mark]) }
        let tokens = Tokenizer(lexicon: .standard).tokens(text)
        var start = 0
        // A leading section number or list marker.
        while start < tokens.count, tokens[start].isNumber || tokens[start].shape == .punctuation || tokens[start].shape == .symbol { start += 1 }
        let opening: WordClasses = [.question, .auxiliary, .capability, .pronoun, .determiner, .negation]
        var sawPronoun = false
        while start < tokens.count, tokens[start].isWord, tokens[start].is(opening) {
            if tokens[start].is(.pronoun) && !tokens[start].is(.determiner) { sawPronoun = true }
            // "How long", "how many": the word after a question word that is no auxiliary asks too.
            if tokens[start].is(.question), !tokens[start].is(.auxiliary), start + 1 < tokens.count, tokens[start + 1].shape == .lower,
               !tokens[start + 1].is(opening) { start += 1 }
            start += 1
        }
        guard start < tokens.count, let end = tokens.last?.end else { return nil }
        let scalars = Array(text.unicodeScalars)
        // "How do I delete a file": an action asked about is the matter, from its verb on.
        if sawPronoun, tokens[start].shape == .lower {
            let words = scalars.string(tokens[start].start, end).split(separator: " ")
            return words.prefix(maxWords).joined(separator: " ").trimmingWhitespace(and: " ,;:-–—\"'")
        }
        // "Which runtimes does Acme Functions support", "What is a Debian conffile": the first noun
        // phrase that holds a name, else the first noun phrase.
        let phrases = NounPhrases.find(tokens).filter { $0.end > start }
        let named = phrases.first { phrase in phrase.range.contains { tokens[$0].isNameLike } }
        guard let phrase = named ?? phrases.first else { return nil }
        var first = phrase.first
        while first < phrase.end, tokens[first].is(.determiner) || tokens[first].is(.quantifier) { first += 1 }
        // After a skipped auxiliary the subject ends at its verb: "does Acme Queue keep messages".
        var last = phrase.end
        // A phrase of determiners and quantifiers only ("Additional" in "Additional changes in
        // version 3.11.1") leaves nothing to search for a verb in.
        guard first < phrase.end else { return nil }
        if let verb = (first + 1..<phrase.end).first(where: { tokens[$0].shape == .lower && (tokens[$0].is(.verb) || tokens[$0].is(.supportVerb)) }) {
            last = verb
        }
        guard first < last else { return nil }
        return scalars.string(tokens[first].start, tokens[last - 1].end)
    }

    public static func topic(of text: String) -> String {
        // The topic is an opening phrase: the first few hundred characters hold it.
        var words = leadSegment(of: withoutAnswerWord(String(text.unicodeScalars.prefix(300))))
        // Cut before the first predicate word outside parentheses (never the first word).
        var depth = 0
        var cut = words.count
        for (index, word) in words.enumerated() {
            // A determiner opens a noun phrase: the word after it is its noun or a modifier, never
            // the predicate ("The default is ...", "The amount of time ...").
            if depth == 0, index > 0, isPredicate(word), !isDeterminer(words[index - 1]) {
                cut = index
                break
            }
            // A subordinator or a relative word opens a clause, which a noun phrase does not hold
            // ("The amount of time to delay when a new server process is started").
            if depth == 0, index > 0, !Lexicon.standard.classes(of: word.lowercased()).isDisjoint(with: [.subordinator, .conditional, .relative]) {
                cut = index
                break
            }
            depth += word.filter { $0 == "(" }.count - word.filter { $0 == ")" }.count
            depth = max(depth, 0)
        }
        words = Array(words[..<cut])
        // At most `maxWords` words outside parentheses.
        depth = 0
        var counted = 0
        for (index, word) in words.enumerated() {
            if depth == 0 { counted += 1 }
            depth = max(0, depth + word.filter { $0 == "(" }.count - word.filter { $0 == ")" }.count)
            if counted > maxWords {
                words = Array(words[..<index])
                break
            }
        }
        var topic = words.joined(separator: " ")
        // Drop a long trailing parenthetical: "Maximum of 5 layers (hard limit, cannot be raised)".
        if topic.hasSuffix(")"), let open = topic.lastIndex(of: "("),
           topic.distance(from: open, to: topic.endIndex) > 30, open > topic.startIndex {
            topic = String(topic[..<open])
        }
        topic = topic.trimmingWhitespace(and: " ,;:-–—\"'")
        return topic.isEmpty ? String(text.prefix(60)) : topic
    }

    /// The text without a bare leading "Yes -", "No," or "No." answer word.
    static func withoutAnswerWord(_ text: String) -> Substring {
        let first = text.prefix(while: { $0.isLetter })
        guard Lexicon.standard.classes(of: first.lowercased()).contains(.yesNo) else { return Substring(text) }
        let rest = text[first.endIndex...]
        let separator = rest.prefix(while: { $0.isWhitespace || "-–—,.:;".contains($0) })
        guard separator.contains(where: { !$0.isWhitespace }), separator.last?.isWhitespace == true else { return Substring(text) }
        return rest[separator.endIndex...]
    }

    /// The words before the first clause break outside parentheses.
    static func leadSegment(of text: Substring) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var depth = 0
        var end = scalars.count
        for (index, scalar) in scalars.enumerated() {
            if scalar == "(" { depth += 1 }
            if scalar == ")" { depth = max(0, depth - 1) }
            guard depth == 0 else { continue }
            let followedBySpace = index + 1 == scalars.count || scalars[index + 1].isWhitespaceScalar
            guard followedBySpace else { continue }
            let isClauseEnd = ":.?!;".unicodeScalars.contains(scalar)
            let isDash = "-–—".unicodeScalars.contains(scalar) && index > 0 && scalars[index - 1].isWhitespaceScalar
            if isClauseEnd || isDash {
                end = index
                break
            }
        }
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in scalars[..<end] {
            if scalar.isWhitespaceScalar {
                if !current.isEmpty { words.append(String(current)); current = String.UnicodeScalarView() }
            } else {
                current.append(scalar)
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        // A topic is at most a dozen words (plus parentheticals): the rest never matters.
        return Array(words.prefix(48))
    }
}

extension String {
    var trimmingPunctuation: String {
        String(self.drop(while: { !$0.isLetter && !$0.isNumber }).reversed().drop(while: { !$0.isLetter && !$0.isNumber }).reversed())
    }

}
