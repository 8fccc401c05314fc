/// One token of a fact: a word, a number, an identifier or a punctuation mark, with everything the
/// later stages ask about it computed once.
///
/// For example, in "Team plans (2024) cost $8 per user." the token "Team" has shape
/// `.capitalized`, depth 0; "2024" has shape `.number` and depth 1; "$" is a `.symbol`.
public struct Token: Sendable, Hashable {
    /// How a token is written.
    public enum Shape: UInt8, Sendable, Hashable {
        /// All lowercase letters ("plan", "don't").
        case lower
        /// An uppercase letter then lowercase ones ("Team", "Python").
        case capitalized
        /// Two or more letters, all uppercase ("GPU", "SLA").
        case upper
        /// Digits, with thousands separators and a decimal part ("1,000", "3.12").
        case number
        /// Letters mixed with digits, inner capitals, underscores or dots ("V8", "worker_processes", "Node.js", "iOS").
        case identifier
        /// A mark that separates: . , ; : ! ? ( ) [ ] { } " and dashes.
        case punctuation
        /// Any other symbol: $ € % + × / = < > ~ # & * @.
        case symbol
    }

    /// Unicode scalar offsets of the token in its text: `start..<end`.
    public var start: Int
    public var end: Int
    /// The token as written, and lowercased.
    public var text: String
    public var lower: String
    public var shape: Shape
    /// Whether whitespace stands right before the token (false for "5" in "$5" and "GB" in "5GB").
    public var spaceBefore: Bool
    /// Parenthesis and bracket depth (0 outside any).
    public var depth: Int
    /// The clause and sentence the token belongs to (0-based, counted in the text).
    public var clause: Int
    public var sentence: Int
    /// The word classes the lexicon gives the word (empty for numbers and marks).
    public var classes: WordClasses
    /// The value of a number, or of a number word ("three" = 3).
    public var value: Double?

    public var isWord: Bool { shape == .lower || shape == .capitalized || shape == .upper || shape == .identifier }
    public var isNumber: Bool { shape == .number }
    /// A year as written: a whole number of four digits from 1900 to 2099 ("2024").
    public var isYear: Bool { shape == .number && text.count == 4 && value.map { (1900...2099).contains($0) && $0 == $0.rounded() } == true }
    /// A word that starts with a capital or is written in capitals: a name's part.
    public var isNameLike: Bool { shape == .capitalized || shape == .upper || (shape == .identifier && text.unicodeScalars.contains { $0.isUppercaseScalar }) }

    /// Whether the lexicon puts the word in `wordClass`.
    public func `is`(_ wordClass: WordClasses) -> Bool { !classes.isDisjoint(with: wordClass) }
}

/// The classes of words the lexicon knows; one word may be in several.
public struct WordClasses: OptionSet, Sendable, Hashable {
    public let rawValue: UInt64
    public init(rawValue: UInt64) { self.rawValue = rawValue }

    public static let determiner = WordClasses(rawValue: 1 << 0)
    public static let pronoun = WordClasses(rawValue: 1 << 1)
    public static let preposition = WordClasses(rawValue: 1 << 2)
    public static let auxiliary = WordClasses(rawValue: 1 << 3)
    public static let negation = WordClasses(rawValue: 1 << 4)
    public static let discourse = WordClasses(rawValue: 1 << 5)
    public static let conjunction = WordClasses(rawValue: 1 << 6)
    public static let subordinator = WordClasses(rawValue: 1 << 7)
    public static let changeVerb = WordClasses(rawValue: 1 << 8)
    public static let hedge = WordClasses(rawValue: 1 << 9)
    public static let quantifier = WordClasses(rawValue: 1 << 10)
    public static let month = WordClasses(rawValue: 1 << 11)
    public static let era = WordClasses(rawValue: 1 << 12)
    public static let numberWord = WordClasses(rawValue: 1 << 13)
    public static let supportVerb = WordClasses(rawValue: 1 << 14)
    public static let supportState = WordClasses(rawValue: 1 << 15)
    public static let exclusive = WordClasses(rawValue: 1 << 16)
    public static let verb = WordClasses(rawValue: 1 << 17)
    public static let question = WordClasses(rawValue: 1 << 18)
    public static let magnitude = WordClasses(rawValue: 1 << 19)
    public static let timeWord = WordClasses(rawValue: 1 << 20)
    public static let scope = WordClasses(rawValue: 1 << 21)
    public static let tierWord = WordClasses(rawValue: 1 << 22)
    public static let contrast = WordClasses(rawValue: 1 << 23)
    public static let example = WordClasses(rawValue: 1 << 24)
    public static let recommendation = WordClasses(rawValue: 1 << 25)
    public static let rumour = WordClasses(rawValue: 1 << 26)
    public static let scenario = WordClasses(rawValue: 1 << 27)
    public static let previously = WordClasses(rawValue: 1 << 28)
    public static let typical = WordClasses(rawValue: 1 << 29)
    public static let generic = WordClasses(rawValue: 1 << 30)
    public static let ordinal = WordClasses(rawValue: 1 << 31)
    public static let adverb = WordClasses(rawValue: 1 << 32)
    public static let place = WordClasses(rawValue: 1 << 33)
    public static let versionWord = WordClasses(rawValue: 1 << 34)
    /// A capitalised word the corpus uses as a name (see ``Lexicon/names``).
    public static let name = WordClasses(rawValue: 1 << 35)
    public static let arithmeticTimes = WordClasses(rawValue: 1 << 36)
    public static let arithmeticPlus = WordClasses(rawValue: 1 << 37)
    public static let arithmeticMinus = WordClasses(rawValue: 1 << 38)
    public static let arithmeticResult = WordClasses(rawValue: 1 << 39)
    public static let arithmeticRestate = WordClasses(rawValue: 1 << 40)
    public static let arithmeticOf = WordClasses(rawValue: 1 << 41)
    public static let versus = WordClasses(rawValue: 1 << 42)
    public static let sameAs = WordClasses(rawValue: 1 << 43)
    /// A unit's written form of two letters or more ("kg", "mAh", "minutes"): after a number it is
    /// the number's unit, not a noun.
    public static let unitWord = WordClasses(rawValue: 1 << 44)
    /// A word that points back to something named before ("such files", "these options").
    public static let anaphor = WordClasses(rawValue: 1 << 45)
    /// A word that ends a list without naming an item ("etc", "and so on").
    public static let continuation = WordClasses(rawValue: 1 << 46)
    /// A subordinator that makes its clause a condition ("if", "when", "unless", "until").
    public static let conditional = WordClasses(rawValue: 1 << 47)
    /// A relative pronoun: what follows it describes the noun before it ("data types which ...").
    public static let relative = WordClasses(rawValue: 1 << 48)
    /// A word that introduces another individual of a kind ("another method", "a different plan").
    public static let distinct = WordClasses(rawValue: 1 << 49)
    /// A preposition that ties a noun to its owner or complement ("the limit of X", "a fee for X").
    public static let ownerPreposition = WordClasses(rawValue: 1 << 50)
    /// A preposition a verb takes its object with ("works with", "runs on", "pay by").
    public static let objectPreposition = WordClasses(rawValue: 1 << 51)
    /// A preposition that names a place or a scope ("in the EU", "across regions").
    public static let placePreposition = WordClasses(rawValue: 1 << 52)
    /// A preposition that compares or completes rather than restricts ("than", "as", "like").
    public static let comparingPreposition = WordClasses(rawValue: 1 << 53)
    /// A word that leaves a version range open ("and later", "and above").
    public static let openEnd = WordClasses(rawValue: 1 << 54)
    /// A time-of-day marker ("9 am").
    public static let clock = WordClasses(rawValue: 1 << 55)
    /// A word before a year that stamps a text with it ("as of 2024", "updated 2023").
    public static let stamp = WordClasses(rawValue: 1 << 56)
    /// A bare answer word ("yes", "no").
    public static let yesNo = WordClasses(rawValue: 1 << 57)
    /// A preposition that ties a phrase to the noun before it ("the phrase after of / in / to").
    public static let complementPreposition = WordClasses(rawValue: 1 << 58)
    /// A preposition whose phrase modifies an item ("Java on Amazon Corretto", "via the API").
    public static let modifierPreposition = WordClasses(rawValue: 1 << 59)
    /// A modal of capability ("can"): "X can pay with Y" states support.
    public static let capability = WordClasses(rawValue: 1 << 60)
    /// A word that introduces what follows from what was said ("therefore", "so", "that is").
    public static let consequence = WordClasses(rawValue: 1 << 61)
    /// A word before the value a change starts from ("down from €2,199").
    public static let changeOrigin = WordClasses(rawValue: 1 << 62)
    /// A word after a span of time that makes it an offset from an event ("30 minutes early",
    /// "24 hours before", "two days ahead"): when, not how long.
    public static let offset = WordClasses(rawValue: 1 << 63)

    /// Class names as the lexicon data and `kb-lexicon.json` spell them.
    public static let names: [String: WordClasses] = [
        "determiner": .determiner, "pronoun": .pronoun, "preposition": .preposition, "auxiliary": .auxiliary,
        "negation": .negation, "discourse": .discourse, "conjunction": .conjunction, "subordinator": .subordinator,
        "change-verb": .changeVerb, "hedge": .hedge, "quantifier": .quantifier, "month": .month, "era": .era,
        "number-word": .numberWord, "support-verb": .supportVerb, "support-state": .supportState,
        "exclusive": .exclusive, "verb": .verb, "question": .question, "magnitude": .magnitude,
        "time-word": .timeWord, "scope": .scope, "tier-word": .tierWord, "contrast": .contrast,
        "example": .example, "recommendation": .recommendation, "rumour": .rumour, "scenario": .scenario,
        "previously": .previously, "typical": .typical, "generic": .generic, "ordinal": .ordinal,
        "adverb": .adverb, "place": .place, "version-word": .versionWord,
        "arithmetic-times": .arithmeticTimes, "arithmetic-plus": .arithmeticPlus, "arithmetic-minus": .arithmeticMinus,
        "arithmetic-result": .arithmeticResult, "arithmetic-restate": .arithmeticRestate, "arithmetic-of": .arithmeticOf,
        "versus": .versus, "same-as": .sameAs, "unit-word": .unitWord, "anaphor": .anaphor, "continuation": .continuation, "conditional": .conditional, "relative": .relative, "distinct": .distinct, "owner-preposition": .ownerPreposition,
        "object-preposition": .objectPreposition, "place-preposition": .placePreposition, "comparing-preposition": .comparingPreposition,
        "open-end": .openEnd, "clock": .clock, "stamp": .stamp, "yes-no": .yesNo,
        "complement-preposition": .complementPreposition, "modifier-preposition": .modifierPreposition, "capability": .capability,
        "consequence": .consequence, "change-origin": .changeOrigin, "offset": .offset,
    ]

    /// Classes that say how a word joins a sentence (which a name does not).
    public static let grammatical: WordClasses = [.determiner, .pronoun, .preposition, .auxiliary, .negation, .discourse,
                                                  .conjunction, .subordinator, .question, .quantifier, .adverb, .verb, .supportVerb]

    /// Words that can never name an entity on their own: they point, join, qualify or open a sentence.
    public static let function: WordClasses = [.determiner, .pronoun, .preposition, .auxiliary, .negation, .discourse,
                                               .conjunction, .subordinator, .question, .quantifier, .month, .era,
                                               .hedge, .adverb, .example, .recommendation, .rumour, .previously, .typical]
}
