/// A noun phrase of a fact: a run of tokens that names a thing ("the Plus card's daily ATM
/// withdrawal limit", "Standard-tier members", "Python 3.12").
public struct NounPhrase: Sendable, Hashable {
    /// Token indices: `tokens[first..<end]`.
    public var first: Int
    public var end: Int
    /// The head: the last word that is neither a number nor a possessor.
    public var head: Int
    /// Where a possessor ends ("the Plus card's" in "the Plus card's limit"): the phrase's tokens
    /// before this index name the owner. Nil when there is none.
    public var possessorEnd: Int?

    public var range: Range<Int> { first..<end }

    public init(first: Int, end: Int, head: Int, possessorEnd: Int? = nil) {
        self.first = first
        self.end = end
        self.head = head
        self.possessorEnd = possessorEnd
    }
}

/// Finds noun phrases in a fact's tokens, and answers questions about words that every stage
/// asks the same way (does a capital open the sentence, is a word a verb here).
///
/// A phrase starts at a determiner, a possessive, an adjective, a noun or a name, and runs while
/// words can belong to a phrase: it stops at marks (a hyphen glued on both sides joins: "single-use"),
/// function words (prepositions, auxiliaries, conjunctions, negations, subordinators), and at a
/// verb. A word the lexicon lists as a verb is a verb when its object or complement starts right
/// after it (a determiner, a number, a currency, a pronoun, a preposition, an adverb or a name:
/// "SWIFT transfers cost €5" makes "cost" the verb and "transfers" the noun); otherwise it is a
/// noun or a modifier ("supported runtimes", "the transfer fee"). A number right after a name
/// belongs to the name ("Python 3.12").
///
/// For example:
///
/// ```swift
/// let tokens = Tokenizer().tokens("Standard-tier members get up to 3 virtual cards.")
/// NounPhrases.find(tokens).map { tokens[$0.first..<$0.end].map(\.text) }
/// // [["Standard", "-", "tier", "members"], ["virtual", "cards"]]  (the number is not part of a phrase)
/// ```
public enum NounPhrases {
    public static func find(_ tokens: [Token]) -> [NounPhrase] {
        var phrases: [NounPhrase] = []
        var index = 0
        while index < tokens.count {
            guard canStart(tokens, index) else {
                index += 1
                continue
            }
            var end = index
            var possessorEnd: Int?
            while end < tokens.count, continues(tokens, end, start: index) {
                if tokens[end].lower.hasSuffix("'s") || tokens[end].lower.hasSuffix("\u{2019}s") { possessorEnd = end + 1 }
                end += 1
            }
            // Trailing determiners, quantifiers and hyphens do not end a phrase.
            while end > index, !isContent(tokens[end - 1]) { end -= 1 }
            guard end > index, let head = (index..<end).last(where: { isContent(tokens[$0]) && !tokens[$0].isNumber && $0 >= (possessorEnd ?? index) }) ?? (index..<end).last(where: { isContent(tokens[$0]) && !tokens[$0].isNumber }) else {
                index = max(index + 1, end)
                continue
            }
            phrases.append(NounPhrase(first: index, end: end, head: head, possessorEnd: possessorEnd == end ? nil : possessorEnd))
            index = end
        }
        return phrases
    }

    /// A word that can carry meaning in a phrase (not a determiner, quantifier or mark).
    public static func isContent(_ token: Token) -> Bool {
        (token.isWord || token.isNumber) && !token.is(.determiner) && !token.is(.quantifier) && !token.is(.pronoun) || token.isNameLike && !token.is(.determiner)
    }

    static func canStart(_ tokens: [Token], _ index: Int) -> Bool {
        let token = tokens[index]
        guard token.isWord else { return false }
        // A relative pronoun after a noun or a comma ("types which ...", "plan, which ...") opens a clause, not a phrase.
        if token.is(.relative), index > 0, tokens[index - 1].text == "," || isContent(tokens[index - 1]) { return false }
        if token.is(.determiner) || token.is(.quantifier) { return index + 1 < tokens.count && tokens[index + 1].isWord && canStart(tokens, index + 1) || token.is(.quantifier) && !token.is(.pronoun) && isNounLike(tokens, index) }
        return isNounLike(tokens, index)
    }

    /// A word that can be (part of) a noun here.
    static func isNounLike(_ tokens: [Token], _ index: Int) -> Bool {
        let token = tokens[index]
        guard token.isWord else { return false }
        // A word glued to a number is its unit or magnitude ("1MB", "250ms", "2K"), not a noun; so is
        // one glued by a hyphen ("5.5-litre", "15-minute").
        if index > 0, tokens[index - 1].isNumber, !token.spaceBefore || token.is(.unitWord) { return false }
        if !token.spaceBefore, index > 1, tokens[index - 1].text == "-", !tokens[index - 1].spaceBefore, tokens[index - 2].isNumber { return false }
        if token.is(.name) { return true }
        // A capital after a determiner or a name is a name ("the Plus plan"): grammar puts no
        // function word there.
        if token.shape == .capitalized || token.shape == .upper, index > 0, tokens[index - 1].is(.determiner) && !tokens[index - 1].is(.pronoun) || tokens[index - 1].is(.name) {
            return true
        }
        // So is a capital inside the sentence right after a capitalised word that is no function
        // word ("Season Pass Plus is €840"): a preposition or conjunction is not written with a
        // capital there, so the word goes on with the name.
        if token.shape == .capitalized, token.spaceBefore, index > 0, !opensSentence(tokens, index), !token.is(.pronoun), !token.is(.determiner),
           tokens[index - 1].shape == .capitalized || tokens[index - 1].shape == .upper, tokens[index - 1].isWord,
           !tokens[index - 1].is(WordClasses.function) {
            return true
        }
        // And a capital inside the sentence after a name and a lowercase noun ("The Flex ticket
        // Plus is €319"): the name goes on, whatever the word means in lowercase ("plus").
        if token.shape == .capitalized, token.spaceBefore, index > 1, !opensSentence(tokens, index), !token.is(.pronoun), !token.is(.determiner),
           !token.is(.month), !token.is(.timeWord), tokens[index - 1].shape == .lower, tokens[index - 1].isWord,
           !tokens[index - 1].is(WordClasses.function), !tokens[index - 1].is(.verb),
           tokens[index - 2].shape == .capitalized, !opensSentence(tokens, index - 2), !tokens[index - 2].is(WordClasses.function) {
            return true
        }
        // A word opening a clause right before a determiner ("Returns the value", "Set a limit"), or a
        // lowercase one right before a number ("return -1", "returns 0"), is a verb: a noun phrase
        // does not run on into either.
        if index + 1 < tokens.count, index == 0 || opensSentence(tokens, index) || tokens[index - 1].text == "," {
            let next = tokens[index + 1]
            let determinerNext = next.is(.determiner) && !next.is(.pronoun) && next.shape == .lower && !token.is(.determiner) && !token.is(.quantifier)
            let numberNext = token.shape == .lower && (next.isNumber || next.is(.pronoun) && !next.is(.determiner)
                || next.text == "-" && index + 2 < tokens.count && tokens[index + 2].isNumber && !tokens[index + 2].spaceBefore)
            if determinerNext && (token.shape == .lower || token.shape == .capitalized && !token.isNameLike == false && token.lower.hasSuffix("s") || token.is(.verb)) || numberNext { return false }
        }
        // An imperative opening a sentence ("Set reserved concurrency", "Use layers") is a verb, not a name.
        let imperative = token.shape == .capitalized && opensSentence(tokens, index) && token.is(.verb)
            && !token.lower.hasSuffix("ed") && !token.lower.hasSuffix("ing")
            && index + 1 < tokens.count && (tokens[index + 1].shape == .lower || tokens[index + 1].is(.determiner))
        if token.isNameLike, !imperative, !token.is(.auxiliary), !token.is(.preposition), !token.is(.conjunction), !token.is(.subordinator), !token.is(.negation),
           !token.is(.question) || token.shape == .upper, !token.is(.discourse) || !opensSentence(tokens, index) {
            return !(token.is(.pronoun) && token.shape != .upper)
        }
        let blocked: WordClasses = [.preposition, .auxiliary, .conjunction, .subordinator, .negation, .pronoun, .discourse, .question,
                                    .numberWord, .adverb, .contrast]
        if token.is(blocked) { return false }
        if token.is(.verb) || imperative, isVerbHere(tokens, index) || imperative { return false }
        if index > 0, isVerbAfterSubject(tokens, index) { return false }
        return true
    }

    /// Whether the phrase that started at `start` goes on with token `index`.
    static func continues(_ tokens: [Token], _ index: Int, start: Int) -> Bool {
        let token = tokens[index]
        if index == start { return true }
        // A glued hyphen between words joins them: "single-use", "Standard-tier", "Wi-Fi".
        if token.text == "-", !token.spaceBefore, index + 1 < tokens.count, !tokens[index + 1].spaceBefore, tokens[index + 1].isWord,
           index > start, tokens[index - 1].isWord {
            return true
        }
        if !token.spaceBefore, index > start, tokens[index - 1].text == "-" { return token.isWord || token.isNumber }
        // A number after a name is its version: "Python 3.12", "Windows 11" (not "Lambda 15-minute").
        if token.isNumber, token.spaceBefore, tokens[index - 1].isNameLike, !tokens[index - 1].is(.determiner),
           index + 1 >= tokens.count || tokens[index + 1].spaceBefore || tokens[index + 1].shape == .punctuation && tokens[index + 1].text != "-",
           index + 1 >= tokens.count || !tokens[index + 1].isWord || tokens[index + 1].isNameLike || tokens[index + 1].is(.conjunction) || tokens[index + 1].is(.auxiliary) || tokens[index + 1].is(.verb) {
            return true
        }
        guard token.isWord else { return false }
        // A determiner after a content word starts another phrase ("a DC fast charger the car").
        if token.is(.determiner), !token.is(.quantifier), isContent(tokens[index - 1]), !tokens[index - 1].lower.hasSuffix("'s") { return false }
        // A possessive ends the possessor but the phrase goes on ("the card's limit").
        if tokens[index - 1].lower.hasSuffix("'s") { return isNounLike(tokens, index) }
        return isNounLike(tokens, index)
    }

    /// Whether a word the lexicon lists as a verb acts as one here: its object or complement
    /// starts right after it, or an auxiliary or a pronoun stands right before it.
    public static func isVerbHere(_ tokens: [Token], _ index: Int) -> Bool {
        guard tokens[index].is(.verb) else { return false }
        if index > 0 {
            let previous = tokens[index - 1]
            if previous.is(.auxiliary) || previous.is(.negation) || previous.is(.pronoun) && !previous.is(.determiner) || previous.lower == "to"
                || previous.is(.relative) && index > 1 && (tokens[index - 2].text == "," || isContent(tokens[index - 2])) { return true }
            if previous.is(.determiner) { return false }
        }
        guard index + 1 < tokens.count else { return false }
        // Inside a phrase a determiner opened ("the daily withdrawal limit on ..."), a word is a noun.
        var back = index - 1
        while back >= 0, index - back <= 5, tokens[back].isWord, !tokens[back].is(.auxiliary), !tokens[back].is(.preposition) {
            if tokens[back].is(.determiner) && !tokens[back].is(.pronoun) || tokens[back].lower.hasSuffix("'s") { return false }
            back -= 1
        }
        let next = tokens[index + 1]
        if next.isNumber || next.is(.numberWord) || next.is(.determiner) || next.is(.pronoun) || next.is(.preposition) || next.is(.adverb) || next.is(.negation) { return true }
        if next.shape == .symbol, next.text != "-" { return true }
        if next.isNameLike, next.spaceBefore { return true }
        return false
    }

    /// Whether a lowercase word ends in the -s of a plural or of a verb after a singular subject
    /// ("plans", "costs"), not in "ss", "us" or "is" ("class", "bonus", "this").
    public static func endsInS(_ word: String) -> Bool {
        word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("us") && !word.hasSuffix("is")
    }

    /// Whether a lowercase word reads as the verb of the noun before it (English agreement):
    /// - a verb form in -s after a name ("Tidepool stores customer data");
    /// - a word in -s after a noun, before its object ("The web app previews PDF", "A Solo licence
    ///   permits three devices");
    /// - a verb's base form after a plural noun ("accounts keep file versions");
    /// - any word after a plural noun, before a preposition, a determiner or an adverb ("files sit in");
    /// - a word in -s after a singular noun, before a preposition and a quantity, with a particle
    ///   or an adverb between at most ("the box sells for €44.95", "works out to $18");
    /// - a word in -ed after a noun, before a preposition ("the fee used to be").
    public static func isVerbAfterSubject(_ tokens: [Token], _ index: Int) -> Bool {
        guard index > 0, index < tokens.count else { return false }
        let token = tokens[index], previous = tokens[index - 1]
        guard token.shape == .lower, previous.isWord, !previous.is(WordClasses.grammatical) || previous.is(.name) else { return false }
        let next = index + 1 < tokens.count ? tokens[index + 1] : nil
        let objectNext = next.map { $0.isNameLike || $0.is(.determiner) && !$0.is(.relative) || $0.isNumber || $0.is(.numberWord) } ?? false
        let plural = endsInS(token.lower)
        let previousPlural = previous.shape == .lower && previous.lower.hasSuffix("s") && !previous.lower.hasSuffix("ss") && !previous.lower.hasSuffix("us")
        if plural, token.is(.verb) || token.is(.supportVerb), previous.isNameLike, !previous.is(.determiner) { return true }
        // "a Gold member flying on ...": a participle after a noun, before its complement.
        if token.lower.hasSuffix("ing"), let next, next.is(.preposition) || next.is(.determiner) { return true }
        if plural, objectNext { return true }
        // "The Plus plan includes backups, SSO and audit logs", "the package covers house wine": a
        // support verb in -s after a singular noun, before a noun of its object (not a verb, an
        // auxiliary or a preposition: "bed covers are washed", "special offers include"), is the
        // noun's verb.
        if plural, token.is(.supportVerb), !previousPlural, !previous.is(.determiner), let next, next.shape == .lower,
           !next.is(WordClasses.function), !next.is(.verb), !next.is(.auxiliary), !next.is(.supportVerb) { return true }
        // "The box sells for €44.95", "each visit works out to $18", "each bulb comes to just 20
        // cents": a word in -s after a singular noun, before a preposition and then a quantity
        // (particles and adverbs between), is that noun's verb.
        // ("container images up to 10GB": a bound after a plural noun is no verb's object.)
        if plural, previous.shape == .lower || previous.isNameLike, !previousPlural, let next, next.is(.preposition) || next.is(.adverb) || next.lower == "out",
           !next.is(.openEnd) {
            var cursor = index + 1
            while cursor < min(tokens.count, index + 4), tokens[cursor].isWord, tokens[cursor].is(.preposition) || tokens[cursor].is(.adverb) || tokens[cursor].lower == "out" {
                cursor += 1
            }
            if (index + 1..<cursor).contains(where: { tokens[$0].is(.preposition) }), cursor < tokens.count {
                let after = tokens[cursor]
                if after.isNumber || after.is(.numberWord) || !after.isWord && cursor + 1 < tokens.count && tokens[cursor + 1].isNumber { return true }
            }
        }
        // "The fee used to be €14.95", "files stored in the archive": a word in -ed after a noun,
        // before a preposition, is a verb or a participle, no part of the noun's phrase.
        if token.lower.hasSuffix("ed"), previous.shape == .lower, !previous.is(.determiner), let next, next.is(.preposition), !token.is(.generic) { return true }
        if !plural, token.is(.verb), previousPlural, !token.lower.hasSuffix("ed"), !token.lower.hasSuffix("ing") { return true }
        if previousPlural, let next, next.is(.preposition) || next.is(.determiner) || next.is(.adverb) { return !token.is(.generic) || token.is(.verb) }
        return false
    }

    /// Whether token `index` opens its sentence (a capital there says nothing about a name).
    public static func opensSentence(_ tokens: [Token], _ index: Int) -> Bool {
        guard index > 0 else { return true }
        let previous = tokens[index - 1]
        // After a list marker: "(2) Performance:", "3) Install".
        if previous.text == ")", index >= 2, tokens[index - 2].isNumber || tokens[index - 2].text.count == 1 {
            return index < 3 || tokens[index - 3].text == "(" && opensSentence(tokens, index - 3) || opensSentence(tokens, index - 2)
        }
        return previous.sentence != tokens[index].sentence || [":", "(", "\"", "\u{201C}", ";", "!", "?", ".", "|"].contains(previous.text)
            || previous.text == "-" && previous.spaceBefore
    }
}
