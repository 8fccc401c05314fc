/// The one place kb's knowledge of English words lives: word classes, number words, comparator
/// phrases, the metric ontology, units and currencies, search synonyms. It is data (see
/// ``LexiconData``), parsed once; code asks `token.is(.negation)` or `lexicon.metric(...)`, never
/// keeps a word list of its own. Users extend it with `kb-lexicon.json` (see ``UserLexicon``).
///
/// For example:
///
/// ```swift
/// let lexicon = Lexicon.standard
/// lexicon.classes(of: "however").contains(.discourse)   // true
/// lexicon.numberWords["three"]                          // 3
/// ```
public struct Lexicon: Sendable {
    /// A metric of the ontology: one property, the words that name it, the dimensions its values may have.
    public struct Metric: Sendable, Hashable {
        /// The canonical name ("price", "latency").
        public var name: String
        /// The phrases naming it, as lowercase words ("response time" -> ["response", "time"]).
        public var phrases: [[String]]
        /// Dimension names its values may have ("money", "time", ...); empty: any.
        public var dimensions: Set<String>
        /// Whether the metric names a property of its own (false for "limit", "amount": they only bound).
        public var isProperty: Bool
        /// Whether its values measure a change between two values ("increase", "reduction",
        /// "discount": flag `change` in the data).
        public var isChange = false
    }

    /// A unit of the data: written forms and how its values normalise.
    public struct UnitEntry: Sendable, Hashable {
        public var written: String
        public var canonical: String
        public var factor: Double
        public var offset: Double
        public var dimension: String
        public var forms: [String]
        /// Forms compared exactly (symbols, "MB"); otherwise case-insensitively.
        public var caseSensitive: Bool
    }

    /// A comparator phrase: its words and the comparator symbol ("<=", "<", ">=", ">", "~", "=").
    public struct ComparatorPhrase: Sendable, Hashable {
        public var words: [String]
        public var symbol: String
        /// Written after the quantity ("5 minutes maximum", "10 or more") rather than before.
        public var after: Bool
    }

    var wordClasses: [String: WordClasses] = [:]
    /// Multi-word entries by their first word: (words, classes).
    var phrases: [String: [([String], WordClasses)]] = [:]
    public internal(set) var numberWords: [String: Double] = [:]
    public internal(set) var magnitudes: [String: Double] = [:]
    public internal(set) var comparators: [ComparatorPhrase] = []
    public internal(set) var metrics: [Metric] = []
    public internal(set) var units: [UnitEntry] = []
    /// Currency symbols, codes and words -> ISO code.
    public internal(set) var currencies: [String: String] = [:]
    /// Currencies named in words ("australian dollars" -> AUD), lowercase: what names a dollar
    /// (see ``DollarNaming``).
    public internal(set) var currencyNames: [String: String] = [:]
    /// Places whose prices are in a dollar ("Ontario" -> CAD), as written: what a bare "$" means
    /// in a corpus that names no dollar (see ``DollarNaming``).
    public internal(set) var currencyPlaces: [String: String] = [:]
    /// Currency symbols written in letters ("R", "RM", "kr"), as written: glued to a number
    /// ("R195") they are split from it and read as the currency (see ``Tokenizer``).
    public internal(set) var letterCurrencies: Set<String> = []
    /// Symbols several currencies write ("kr": SEK, NOK, DKK, ISK) -> those currencies' codes: a
    /// corpus that names one of them by its code means it by the symbol (see ``DollarNaming``).
    public internal(set) var sharedSymbols: [String: [String]] = [:]
    /// Period adjectives: word -> (time unit form, how many of it): "daily" -> ("day", 1).
    public internal(set) var periods: [String: (unit: String, count: Double)] = [:]
    /// Words of a currency's fraction and its value ("cents" = 0.01).
    public internal(set) var fractions: [String: Double] = [:]
    /// Groups of words that mean the same thing in a search ("delete", "remove", "erase").
    public internal(set) var synonymGroups: [[String]] = []
    /// Nouns that name an amount, a group or a sort of what follows their "of" ("a pair of
    /// shoes", "a box of tiles"): a statement about one is about what follows.
    public internal(set) var partitives: Set<String> = []
    /// Words the corpus writes as names where grammar does not ask for a capital ("Plus" in "the
    /// Plus plan"), lowercased: capitalised, they are names even when the lexicon knows them as
    /// function words (see ``NameEvidence``).
    public var names: Set<String> = []
    /// Words the corpus writes with a capital inside a sentence, lowercased; nil when unknown (a
    /// text read alone). A capital that only opens a sentence names nothing unless the word is here.
    public var capitalised: Set<String>?
    /// Entity aliases declared by the user: alias (lowercased) -> canonical name.
    public var aliases: [String: String] = [:]
    /// Metric phrases by their first word, longest first.
    var metricIndex: [String: [(words: [String], metric: Int)]] = [:]

    public init() {}

    /// The lexicon built from kb's data.
    public static let standard: Lexicon = {
        var lexicon = Lexicon()
        lexicon.load(LexiconData.text)
        return lexicon
    }()

    /// This lexicon with the corpus's names added.
    public func with(names: Set<String>, capitalised: Set<String>? = nil) -> Lexicon {
        var copy = self
        copy.names.formUnion(names)
        if let capitalised { copy.capitalised = (copy.capitalised ?? []).union(capitalised) }
        return copy
    }

    /// The lexicon of a corpus whose bare "$" (and "dollars") means `code` (see ``DollarNaming``).
    public func with(dollar code: String) -> Lexicon {
        var copy = self
        for (form, current) in currencies where current == "USD" && (form == "$" || form == "dollar" || form == "dollars") {
            copy.currencies[form] = code
        }
        return copy
    }

    /// Whether a point between groups of three digits groups thousands in an amount of money
    /// ("R$1.400" is 1,400 reais): set for a corpus that writes its numbers so (see
    /// ``DollarNaming/Evidence/pointGroupsVotes``).
    public internal(set) var pointGroupsThousands = false

    /// The lexicon of a corpus whose points group thousands.
    public func with(pointGroupsThousands: Bool) -> Lexicon {
        var copy = self
        copy.pointGroupsThousands = pointGroupsThousands
        return copy
    }

    /// The lexicon of a corpus whose symbol shared by several currencies ("kr") means `code`
    /// ("NOK"; see ``DollarNaming``).
    public func with(symbol: String, meaning code: String) -> Lexicon {
        var copy = self
        copy.currencies[symbol] = code
        return copy
    }

    /// The classes of one lowercase word.
    public func classes(of lower: String) -> WordClasses {
        wordClasses[lower] ?? []
    }

    /// Every entry of `wordClass`, words and phrases, as written in lowercase ("only", "limited to").
    public func entries(in wordClass: WordClasses) -> [String] {
        let words = wordClasses.filter { !$0.value.isDisjoint(with: wordClass) }.map(\.key)
        let phraseEntries = phrases.values.joined().filter { $0.0.count > 1 && !$0.1.isDisjoint(with: wordClass) }.map { $0.0.joined(separator: " ") }
        return (words + phraseEntries).sorted()
    }

    /// The longest phrase of `wordClass` starting at `index` in `words` (lowercase), as its length in words.
    public func phraseLength(_ words: [String], at index: Int, in wordClass: WordClasses) -> Int? {
        guard index >= 0, index < words.count else { return nil }
        let first = words[index]
        var best: Int?
        for (phrase, classes) in phrases[first] ?? [] where !classes.isDisjoint(with: wordClass) && index + phrase.count <= words.count {
            if words[index..<(index + phrase.count)].elementsEqual(phrase), phrase.count > (best ?? 0) { best = phrase.count }
        }
        if best == nil, !classes(of: first).isDisjoint(with: wordClass) { best = 1 }
        return best
    }

    /// The metric whose phrase starts at `index` of `words` (lowercase, singular forms tried too), longest first.
    public func metric(_ words: [String], at index: Int) -> (metric: Metric, length: Int)? {
        guard index < words.count else { return nil }
        for candidate in Set([words[index], Lexicon.singular(words[index])]) {
            for entry in metricIndex[candidate] ?? [] where index + entry.words.count <= words.count {
                var matches = true
                for offset in 1..<max(1, entry.words.count) {
                    let word = words[index + offset]
                    if word != entry.words[offset], Lexicon.singular(word) != entry.words[offset] {
                        matches = false
                        break
                    }
                }
                if matches { return (metrics[entry.metric], entry.words.count) }
            }
        }
        return nil
    }

    /// The metric named `name`.
    public func metric(named name: String) -> Metric? {
        metrics.first { $0.name == name }
    }

    /// Plurals English forms without an -s, with their singulars.
    static let irregularPlurals: [(String, String)] = [
        ("children", "child"), ("people", "person"), ("women", "woman"), ("men", "man"), ("feet", "foot"),
        ("teeth", "tooth"), ("mice", "mouse"), ("geese", "goose"),
    ]

    /// A noun in a simple singular form: "limits" -> "limit", "policies" -> "policy", "boxes" -> "box".
    /// Words in -ss, -us, -is keep their form.
    public static func singular(_ word: String) -> String {
        let count = word.utf8.count
        // English's irregular plurals, and compounds ending in one ("grandchildren", "salespeople").
        for (plural, single) in irregularPlurals where word.hasSuffix(plural) {
            let stem = word.dropLast(plural.count)
            if stem.isEmpty || plural.count >= 5 { return stem + single }
        }
        guard count > 3 else { return word }
        if word.hasSuffix("ies"), count > 4 { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("sses") || word.hasSuffix("ches") || word.hasSuffix("shes") || word.hasSuffix("xes") { return String(word.dropLast(2)) }
        if word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is"), !word.hasSuffix("'s") {
            return String(word.dropLast())
        }
        return word
    }

    // MARK: Loading

    /// Adds the entries of data text (the format of ``LexiconData``).
    mutating func load(_ text: String) {
        for rawLine in text.split(separator: "\n") {
            let line = String(rawLine).trimmingWhitespace()
            // The head ends at the first colon followed by a space (a dimension may hold a colon:
            // "count:request/time: RPS, rps").
            guard !line.isEmpty, !line.hasPrefix("#"),
                  let colon = line.range(of: ": ")?.lowerBound ?? (line.hasSuffix(":") ? line.index(before: line.endIndex) : nil) else { continue }
            let head = line[..<colon].split(separator: " ").map(String.init)
            let entries = line[line.index(after: colon)...].split(separator: ",").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
            guard let keyword = head.first else { continue }
            switch keyword {
            case "class":
                for name in head.dropFirst() {
                    guard let wordClass = WordClasses.names[name] else { continue }
                    for entry in entries { add(entry, to: wordClass) }
                }
            case "number":
                guard head.count > 1, let value = Double(head[1]) else { continue }
                for entry in entries {
                    numberWords[entry] = value
                    add(entry, to: .numberWord)
                }
            case "magnitude":
                guard head.count > 1, let value = Double(head[1]) else { continue }
                for entry in entries {
                    magnitudes[entry] = value
                    add(entry, to: .magnitude)
                }
            case "comparator", "comparator-after":
                guard head.count > 1 else { continue }
                for entry in entries where !Self.words(entry).isEmpty {
                    comparators.append(ComparatorPhrase(words: Self.words(entry), symbol: head[1], after: keyword == "comparator-after"))
                }
            case "metric":
                guard head.count > 1 else { continue }
                let name = head[1].replacingAll("_", with: " ")
                let dimensions = Set(head.dropFirst(2).filter { $0 != "bound" && $0 != "change" })
                addMetric(Metric(name: name, phrases: entries.map(Self.words), dimensions: dimensions, isProperty: !head.contains("bound"),
                                 isChange: head.contains("change")))
            case "unit", "unit-exact":
                // unit WRITTEN CANONICAL FACTOR DIMENSION [OFFSET]: forms
                guard head.count >= 5, let factor = Self.number(head[3]) else { continue }
                let offset = head.count > 5 ? Self.number(head[5]) ?? 0 : 0
                units.append(UnitEntry(written: head[1], canonical: head[2], factor: factor, offset: offset,
                                       dimension: head[4].replacingAll("_", with: " "), forms: entries, caseSensitive: keyword == "unit-exact"))
                for entry in entries where entry.unicodeScalars.count > 1 && !entry.contains(" ") && entry.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }) {
                    add(entry, to: .unitWord)
                }
            case "currency":
                guard head.count > 1 else { continue }
                for entry in entries { currencies[entry] = head[1] }
            case "currency-letters":
                // currency-letters CODE: symbols in letters, as written (case matters: "R195" is rand, "r195" nothing).
                guard head.count > 1 else { continue }
                for entry in entries {
                    currencies[entry] = head[1]
                    letterCurrencies.insert(entry)
                }
            case "currency-shared":
                // currency-shared SYMBOL: CODE, CODE, ...
                guard head.count > 1 else { continue }
                sharedSymbols[head[1]] = entries
            case "currency-name":
                guard head.count > 1 else { continue }
                for entry in entries { currencyNames[entry.lowercased()] = head[1] }
            case "currency-place":
                guard head.count > 1 else { continue }
                for entry in entries { currencyPlaces[entry] = head[1] }
            case "period":
                guard head.count > 2, let count = Double(head[2]) else { continue }
                for entry in entries { periods[entry.lowercased()] = (head[1], count) }
            case "cents":
                guard head.count > 1, let value = Double(head[1]) else { continue }
                for entry in entries { fractions[entry] = value }
            case "synonyms":
                synonymGroups.append(entries.map { $0.lowercased() })
            case "partitive":
                for entry in entries { partitives.insert(entry.lowercased()) }
            default:
                continue
            }
        }
    }

    mutating func addMetric(_ metric: Metric) {
        if let existing = metrics.firstIndex(where: { $0.name == metric.name }) {
            metrics[existing].phrases += metric.phrases
            metrics[existing].dimensions.formUnion(metric.dimensions)
        } else {
            metrics.append(metric)
        }
        let index = metrics.firstIndex { $0.name == metric.name } ?? metrics.count - 1
        for phrase in metric.phrases {
            guard let first = phrase.first else { continue }
            metricIndex[first, default: []].append((phrase, index))
            metricIndex[first]?.sort { $0.words.count > $1.words.count }
        }
    }

    /// Adds phrases to the metric `name` (a new property metric with any dimension when there is none).
    public mutating func addMetric(named name: String, phrases: [String]) {
        addMetric(Metric(name: name, phrases: phrases.map(Self.words), dimensions: [], isProperty: true))
    }

    /// Adds a group of words a search treats as one.
    public mutating func addSynonyms(_ words: [String]) {
        synonymGroups.append(words.map { $0.lowercased() })
    }

    /// Adds a word or phrase to a class.
    public mutating func add(_ entry: String, to wordClass: WordClasses) {
        let words = Self.words(entry)
        guard let first = words.first else { return }
        if words.count == 1 {
            wordClasses[first, default: []].formUnion(wordClass)
        } else if let index = phrases[first]?.firstIndex(where: { $0.0 == words }) {
            phrases[first]?[index].1.formUnion(wordClass)
        } else {
            phrases[first, default: []].append((words, wordClass))
        }
    }

    /// The lowercase words of an entry as the tokenizer would split them.
    static func words(_ entry: String) -> [String] {
        Tokenizer.words(entry.lowercased())
    }

    static func number(_ text: String) -> Double? {
        if let slash = text.firstIndex(of: "/"), let a = Double(text[..<slash]), let b = Double(text[text.index(after: slash)...]), b != 0 {
            return a / b
        }
        return Double(text)
    }
}

extension String {
    /// Every occurrence of `target` replaced (Foundation-free).
    public func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        return split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }

}
