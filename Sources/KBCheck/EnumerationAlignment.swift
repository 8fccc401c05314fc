import KBModel
import KBText

/// A closed list against a list that names more of the same things, whatever verbs state them.
///
/// Two enumerations (``Enumerations``) in different answers that share at least two items list
/// things of one sort for one question; when one of them is closed ("accepted by bank transfer or
/// card only") and the other names an item it leaves out ("pay by card, bank transfer or BPAY"),
/// they cannot both hold. Sharing items is not enough on its own (a weekly pass and a monthly pass
/// may list the same trains): the two sentences must also share a word outside their lists that
/// identifies what they speak of (a content word in few of the corpus's facts), and names in the
/// two sentences' context that differ both ways (each names something the other does not: another
/// product, plan or place) keep them apart. Lists inside a negated, conditional or hedged sentence
/// take no part.
struct EnumerationAlignment {
    struct Conflict {
        var open: Int
        var closed: Int
        var extras: [String]
        var closedItems: [String]
        var confidence: Double
        var reasons: [String]
        var subject: String
    }

    struct Listing {
        var fact: Int
        var items: [String]
        var keys: [[String]]
        /// The items' words as written, lowercased (for the inventory's stems).
        var written: [[String]]
        var acronyms: [String?]
        var context: Set<String>
        var names: Set<String>
        var subject: String
        var closed: Bool
    }

    let context: CheckContext
    /// A closed list is compared when at most this many facts name words of two of its items, and
    /// at most ``mostLists`` of them list two of its items.
    static let mostNamingFacts = 40
    static let mostLists = 4
    /// A word identifies what a sentence speaks of when at most 1.5·√n of the corpus's n facts
    /// hold it (8 at least): a small FAQ repeats its central nouns in a tenth of its facts, while a
    /// large manual's words for one topic stay in hundreds of facts, not thousands.
    static func identifyingLimit(facts: Int) -> Double { max(8, 1.5 * Double(facts).squareRoot()) }

    func conflicts() -> [Conflict] {
        let facts = context.facts
        let lexicon = Lexicon.standard
        let tokenizer = Tokenizer(lexicon: lexicon)
        // Closed lists: only facts holding an exclusive word are analysed.
        var closedListings: [Listing] = []
        let exclusiveEntries = lexicon.entries(in: .exclusive).map { Array($0.utf8) }
        // A list needs a conjunction ("and", "or", "&") besides the exclusive word.
        let conjunctions = [Array("and".utf8), Array("or".utf8)]
        for (index, fact) in facts.enumerated() where Self.holdsAny(of: exclusiveEntries, in: fact.text)
            && (fact.text.utf8.contains(UInt8(ascii: "&")) || Self.holdsAny(of: conjunctions, in: fact.text)) {
            closedListings += listings(of: index, tokenizer: tokenizer).filter(\.closed)
        }
        guard !closedListings.isEmpty else { return [] }
        // The facts that name words of two or more items of a closed list are its candidates.
        // Items by the numbers of their words' stems in the entity inventory, which read every
        // fact's words once already.
        let inventory = context.entities
        var itemsByStem = [[(list: Int32, item: UInt8)]](repeating: [], count: inventory.stemNumbers.count)
        for (listIndex, listing) in closedListings.enumerated() {
            for (itemIndex, words) in listing.written.enumerated().prefix(64) {
                let numbers = Set(words.flatMap { word in [inventory.stemNumbers[Stemmer.stem(word)], inventory.stemNumbers[word]].compactMap { $0 } })
                for number in numbers { itemsByStem[number].append((Int32(listIndex), UInt8(itemIndex))) }
            }
        }
        // Per closed list, the items the current fact names (a bit each) and the lists touched.
        var itemBits = [UInt64](repeating: 0, count: closedListings.count)
        var touched: [Int] = []
        var candidateFacts = [[Int]](repeating: [], count: closedListings.count)
        for (index, fact) in facts.enumerated() {
            for stem in inventory.stems(ofText: index) where Int(stem) < itemsByStem.count {
                for hit in itemsByStem[Int(stem)] {
                    let list = Int(hit.list)
                    if itemBits[list] == 0 { touched.append(list) }
                    itemBits[list] |= 1 << UInt64(hit.item)
                }
            }
            for list in touched {
                if itemBits[list].nonzeroBitCount >= 2, closedListings[list].fact != index, facts[closedListings[list].fact].answerID != fact.answerID {
                    candidateFacts[list].append(index)
                }
                itemBits[list] = 0
            }
            touched.removeAll(keepingCapacity: true)
        }
        var listingsByFact: [Int: [Listing]] = [:]
        func cachedListings(_ fact: Int) -> [Listing] {
            if let known = listingsByFact[fact] { return known }
            let found = self.listings(of: fact, tokenizer: tokenizer)
            listingsByFact[fact] = found
            return found
        }
        let identifyingLimit = Self.identifyingLimit(facts: facts.count)
        var result: [Conflict] = []
        for (listIndex, closed) in closedListings.enumerated() {
            // A set the corpus names in many places (SQL commands, True and False) is a vocabulary,
            // not the answer to one question: no single other list speaks against it.
            guard candidateFacts[listIndex].count <= Self.mostNamingFacts else { continue }
            var matching: [(open: Listing, shared: Int, extras: [String])] = []
            for open in candidateFacts[listIndex].flatMap(cachedListings) {
                let factA = facts[open.fact], factB = facts[closed.fact]
                guard factA.answerID != factB.answerID, factA.clusterID != factB.clusterID else { continue }
                var shared: Set<Int> = []
                var extras: [String] = []
                for (openIndex, key) in open.keys.enumerated() {
                    let matches = closed.keys.indices.filter { Self.sameItem(key, open.acronyms[openIndex], closed.keys[$0], closed.acronyms[$0]) }
                    if matches.isEmpty { extras.append(open.items[openIndex]) } else { shared.formUnion(matches) }
                }
                if shared.count >= 2 { matching.append((open, shared.count, extras)) }
            }
            guard Set(matching.map(\.open.fact)).count <= Self.mostLists else { continue }
            for (open, sharedCount, extras) in matching where !extras.isEmpty {
                // What the two sentences speak of: an identifying word outside the lists, shared.
                let common = open.context.intersection(closed.context).filter { stem in
                    Double(context.entities.frequency[stem] ?? 0) <= identifyingLimit
                }
                // Three shared items or more, most of each list, name one set on their own.
                let overlapping = sharedCount >= 3 && sharedCount * 2 > closed.items.count && sharedCount * 2 > open.items.count
                guard !common.isEmpty || overlapping else { continue }
                // Names of the context that differ: another product, plan or place.
                if !open.names.subtracting(closed.names).isEmpty, !closed.names.subtracting(open.names).isEmpty { continue }
                result.append(Conflict(open: open.fact, closed: closed.fact, extras: extras, closedItems: closed.items,
                                       confidence: 0.6, reasons: ["lists share \(sharedCount) items",
                                                                  common.isEmpty ? "most items shared" : "both about: \(common.sorted().joined(separator: ", "))",
                                                                  "closed list: \(closed.items.joined(separator: ", "))"],
                                       subject: closed.subject))
            }
        }
        return result
    }

    /// Whether a text holds one of `entries` (lowercase ASCII words or phrases: the lexicon's
    /// `exclusive` class, the conjunctions) as whole words, ASCII case ignored: a fast test on the
    /// text's bytes before any analysis.
    static func holdsAny(of entries: [[UInt8]], in text: String) -> Bool {
        let found = text.utf8.withContiguousStorageIfAvailable { holdsAny(of: entries, in: $0) }
        return found ?? Array(text.utf8).withUnsafeBufferPointer { holdsAny(of: entries, in: $0) }
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x5F || byte >= 0x80
    }

    /// Whether `bytes` hold one of `entries` (lowercase ASCII) at word boundaries, ASCII case
    /// ignored, in one pass over the bytes.
    static func holdsAny(of entries: [[UInt8]], in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            // Each word start is tried against the entries that begin with its letter.
            if index == 0 || !isWordByte(bytes[index - 1]), isWordByte(bytes[index]) {
                let letter = bytes[index] | 0x20
                for entry in entries where entry[0] == letter && index + entry.count <= bytes.count {
                    var offset = 1
                    while offset < entry.count, bytes[index + offset] | 0x20 == entry[offset] || bytes[index + offset] == entry[offset] { offset += 1 }
                    if offset == entry.count, index + offset == bytes.count || !isWordByte(bytes[index + offset]) { return true }
                }
            }
            index += 1
        }
        return false
    }

    /// The enumerations of a fact with what the comparison needs.
    func listings(of factIndex: Int, tokenizer: Tokenizer) -> [Listing] {
        let lexicon = tokenizer.lexicon
        let analysis = TextAnalysis(context.facts[factIndex].text, tokenizer: tokenizer)
        let tokens = analysis.tokens
        var result: [Listing] = []
        for enumeration in Enumerations.find(in: analysis) {
            let sentence = analysis.sentenceRange(of: enumeration.span.lowerBound)
            let clause = analysis.clauseRange(of: enumeration.span.lowerBound)
            // A negated, conditional or hedged statement asserts no list.
            if (clause.lowerBound..<enumeration.span.lowerBound).contains(where: { tokens[$0].is(.negation) }) { continue }
            if sentence.contains(where: { tokens[$0].is(.conditional) || tokens[$0].is(.example) || tokens[$0].is(.rumour) || tokens[$0].is(.hedge) }) { continue }
            let inItems = Set(enumeration.items.flatMap { Array($0) })
            var contextStems: Set<String> = [], names: Set<String> = []
            let ignored: WordClasses = WordClasses.function.union([.verb, .supportVerb, .supportState, .exclusive, .generic, .auxiliary, .capability, .tierWord, .place])
            for index in sentence where !inItems.contains(index) {
                let token = tokens[index]
                guard token.isWord, token.text.count >= 3, !token.is(ignored) else { continue }
                contextStems.insert(Stemmer.stem(token.lower))
                if token.isNameLike, !analysis.opensSentence(index) { names.insert(token.lower) }
            }
            // The answer's question says what the list answers ("Which roofs can we mount on?").
            if let question = context.facts[factIndex].question {
                WordScan.words(question) { lower, _, _ in
                    if lower.count >= 3, lexicon.classes(of: lower).isDisjoint(with: ignored) { contextStems.insert(Stemmer.stem(lower)) }
                }
            }
            let items = enumeration.items.map { analysis.text(of: $0) }
            // An item's words: its content words and numbers ("Strato 5" is not "Strato 7").
            let keys = enumeration.items.map { range in
                range.compactMap { index -> String? in
                    let token = tokens[index]
                    if token.isNumber { return token.text }
                    guard token.isWord, !token.is(.determiner), !token.is(.preposition), !token.is(.pronoun) else { return nil }
                    var word = token.lower
                    if word.hasSuffix("'s") || word.hasSuffix("\u{2019}s") { word = String(word.dropLast(2)) }
                    return Lexicon.singular(word)
                }
            }
            let written = enumeration.items.map { range in
                range.filter { tokens[$0].isWord && !tokens[$0].is(.determiner) && !tokens[$0].is(.preposition) && !tokens[$0].is(.pronoun) }.map { tokens[$0].lower }
            }
            let acronyms: [String?] = enumeration.items.map { range in
                let words = range.filter { tokens[$0].isWord && !tokens[$0].is(.determiner) }
                return words.count == 1 && tokens[words[0]].shape == .upper ? tokens[words[0]].lower : nil
            }
            let subject = analysis.phrases.first { $0.first >= sentence.lowerBound && $0.end <= sentence.upperBound && !inItems.contains($0.first) }
                .map { analysis.text(of: $0.range) } ?? items.joined(separator: ", ")
            result.append(Listing(fact: factIndex, items: items, keys: keys, written: written, acronyms: acronyms, context: contextStems, names: names,
                                  subject: subject, closed: enumeration.closed))
        }
        return result
    }

    /// The same item: one's content words among the other's, or an acronym of the other's words
    /// ("BCBS", "Blue Cross Blue Shield").
    static func sameItem(_ a: [String], _ acronymA: String?, _ b: [String], _ acronymB: String?) -> Bool {
        guard !a.isEmpty, !b.isEmpty else { return false }
        let setA = Set(a), setB = Set(b)
        if setA.isSubset(of: setB) || setB.isSubset(of: setA) { return true }
        func initials(_ words: [String]) -> String { String(words.compactMap(\.first)) }
        if let acronymA, b.count >= 2, acronymA == initials(b) { return true }
        if let acronymB, a.count >= 2, acronymB == initials(a) { return true }
        return false
    }
}

