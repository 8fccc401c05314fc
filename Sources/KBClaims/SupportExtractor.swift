import KBModel
import KBText

/// Finds support statements in a fact: what a subject supports (allows, accepts, offers, runs,
/// works with) and what it does not, read from the lexicon's classes, never from phrases
/// written in code.
///
/// Principles:
/// - A trigger is a support verb acting as a verb ("supports", "accepts", "pay with"), a support
///   state after a copula ("is available on", "are not accepted", "unsupported"), or the noun
///   "support" followed by for / of ("no support for X").
/// - A statement is negative when a negation stands in the trigger's verb group (before it in the
///   clause, after the subject), when the trigger is itself a denial ("unsupported"), or when "no"
///   or "not" stands before an item ("offers no overdrafts", "supports A but not B").
/// - Any other negated verb with an object is a negative statement too ("cannot be added to Apple
///   Pay", "shared folders are not versioned"), so that denials worded in any verb meet their
///   assertions; only support vocabulary makes positive statements.
/// - Items are the coordinated phrases after the trigger (after one preposition such as with / on /
///   for / to); for a support state whose clause subject is a thing ("Cash deposits are not
///   accepted"), the subject is the item.
/// - "only", "exclusively", "limited to", "restricted to" next to the trigger or an item close the
///   list: what it leaves out is excluded.
/// - Statements inside a condition ("if", "when", "for a class that ...") carry the condition as a
///   qualifier; hedged sentences carry their hedge.
public struct SupportExtractor {
    let analysis: TextAnalysis
    let lexicon: Lexicon
    let resolver: SubjectResolver

    var tokens: [Token] { analysis.tokens }

    func statements() -> [SupportClaim] {
        var result: [SupportClaim] = []
        var list = 0
        var index = 0
        var used: Set<Int> = []
        while index < tokens.count {
            defer { index += 1 }
            // A postfix "only" after a list already read ("runs on Windows and macOS only") closes that
            // list; it is no list of its own.
            guard !used.contains(index), let trigger = trigger(at: index), !(trigger.postfix && used.contains(trigger.phraseStart)) else { continue }
            let clause = analysis.clauseRange(of: index)
            // "more subcommand types than are presently accepted by PostgreSQL": a statement in a
            // comparison says what one thing has beyond another, not what either supports.
            if trigger.phraseStart > clause.lowerBound, (clause.lowerBound..<trigger.phraseStart).contains(where: { tokens[$0].lower == "than" }) { continue }
            // "the number of columns (not including the docid)": a participle after a phrase
            // narrows what that phrase covers; it states no capability of a subject.
            if trigger.phraseStart == index, token(isParticipleAfterPhrase: index) { continue }
            // "Many built-in functions accept the OID": a statement of some of a kind holds of
            // some members, and no denial about one member contradicts it.
            if let subject = resolver.clauseSubject(clause).subject, subject.end <= trigger.phraseStart,
               tokens[subject.first].is(.quantifier), !Self.universal.contains(tokens[subject.first].lower) { continue }
            // "No dogs are allowed on the beach", "No proof of address is required": a state said of
            // a subject that "no" opens is denied of it.
            let deniedSubject = trigger.state && (clause.lowerBound..<trigger.phraseStart).first(where: { tokens[$0].isWord }).map { tokens[$0].lower == "no" } == true
            let negated = trigger.denial != deniedSubject || negation(before: index, in: clause) && !trigger.postfix && !trigger.feature
            var stateOwnerForList: Range<Int>?
            var items = trigger.feature ? [(range: featureRange(trigger), negated: false)]
                : trigger.postfix ? postfixItems(trigger)
                : self.items(after: trigger.end, in: clause)
            // "add any personal card to Apple Pay, Google Pay and Samsung Pay", "accept customers
            // resident in Ireland, Germany and Belgium": one object, then a list after a preposition.
            let plain = !trigger.feature && !trigger.postfix
            if plain, items.count == 1, let end = items.first?.range.upperBound, end < clause.upperBound, tokens[end].is(.preposition) {
                let listed = self.items(after: end + 1, in: clause)
                if listed.count >= 2 { items = listed }
            }
            // "hold money in 8 currencies: EUR, GBP and HUF", "supports: (2) Python 3.12 and later",
            // "Not supported: Node.js, Python": the list after the clause's colon (one item when the
            // trigger itself ends at the colon).
            if plain, clause.upperBound < tokens.count, tokens[clause.upperBound - 1].text == ":" || tokens[clause.upperBound].text == ":" {
                let start = tokens[clause.upperBound].text == ":" ? clause.upperBound + 1 : clause.upperBound
                if start < tokens.count {
                    var listClause = analysis.clauseRange(of: start)
                    // A list marker clause ("(2)") is followed by its item's clause.
                    if listClause.count <= 3, listClause.upperBound < tokens.count, tokens[start].text == "(" {
                        listClause = listClause.lowerBound..<analysis.clauseRange(of: listClause.upperBound).upperBound
                    }
                    let listed = self.items(after: start, in: listClause)
                    let atColon = trigger.end >= clause.upperBound - 1 || items.isEmpty
                    if listed.count >= 2 || atColon && !listed.isEmpty { items = listed }
                }
            }
            // "Small dogs, cats and rabbits can travel in the cabin": a list of subjects is the list of
            // items; what follows the verb is what they are allowed in or on.
            if plain, !trigger.state, trigger.support, let subject = resolver.clauseSubject(clause).subject, subject.end <= trigger.phraseStart {
                let subjectItems = coordinated(from: subject, in: clause, before: trigger.phraseStart)
                if subjectItems.count >= 2 {
                    let owner = items.first?.range
                    items = subjectItems.map { (range: $0, negated: false) }
                    stateOwnerForList = owner
                }
            }
            // A state says something of its clause's subject: "Cash deposits are not accepted" (the
            // subject is the item), "Share links are included on every plan" (the item, for a plan or
            // for all of them). "The desktop client is available for Windows and macOS" keeps the
            // subject as the subject and its objects as the items.
            var subjectIsItem = stateOwnerForList != nil
            var stateOwner: Range<Int>? = stateOwnerForList
            if trigger.state {
                let objectNamesPlan = items.contains { item in item.range.contains { tokens[$0].is(.tierWord) || tokens[$0].is(.quantifier) } }
                if items.isEmpty || objectNamesPlan, let subject = resolver.clauseSubject(clause).subject, subject.end <= index {
                    let subjectItems = coordinated(from: subject, in: clause, before: index)
                    if !subjectItems.isEmpty {
                        stateOwner = items.first?.range
                        items = subjectItems.map { (range: $0, negated: false) }
                        subjectIsItem = true
                    }
                }
            }
            guard !items.isEmpty, trigger.support || negated else { continue }
            // "only available for Linux, but with GNU/Hurd we have started to offer ...": a contrast
            // after the exclusive word in its sentence qualifies it; the list is not closed.
            let closed = !analysis.contrastFollows(index) && (trigger.postfix || !trigger.feature && exclusive(near: index, trigger: trigger, items: items.map(\.range), clause: clause))
            let subjectChoice: SubjectResolver.Choice
            if subjectIsItem, let owner = stateOwner, let range = resolver.entityRange(NounPhrase(first: owner.lowerBound, end: owner.upperBound, head: owner.upperBound - 1)) {
                subjectChoice = SubjectResolver.Choice(name: resolver.display(range), tokens: range, evidence: ["object of the state"], weight: 0.9)
            } else {
                // A feature or a postfix "only" is about what owns its phrase, never the phrase itself.
                let span = plain ? index..<(index + 1) : (items.first?.range ?? index..<(index + 1))
                // A relative clause ("data types which will only work with PostgreSQL") says its
                // statement of the noun before the relative pronoun, not of the sentence's subject.
                if plain, let relative = (clause.lowerBound..<index).last(where: { tokens[$0].is(.relative) && $0 > 0 }),
                   var phraseIndex = analysis.phraseOf[relative - 1] ?? (relative > 1 && tokens[relative - 1].text == "," ? analysis.phraseOf[relative - 2] : nil) {
                    // "an extension of the WKB specification that includes the SRID": the clause
                    // is said of the head of "A of B", the extension.
                    let antecedent = analysis.phrases[phraseIndex]
                    if antecedent.first > 1, tokens[antecedent.first - 1].lower == "of", let head = analysis.phraseOf[antecedent.first - 2] { phraseIndex = head }
                    let range = resolver.entityRange(analysis.phrases[phraseIndex]) ?? analysis.phrases[phraseIndex].range
                    subjectChoice = SubjectResolver.Choice(name: resolver.display(range), tokens: range, evidence: ["antecedent of the relative clause"], weight: 0.9)
                } else {
                    subjectChoice = resolver.subject(for: span, attribute: Attribute.none, skippingClauseSubject: subjectIsItem)
                }
            }
            var qualifiers = conditions(around: index, clause: clause)
            // A prepositional phrase after the list restricts where the statement holds ("not
            // available on DELETE against virtual tables", "not included in the Windows distribution").
            // So does a clause restricting the last item ("queries that involve some other collation"),
            // or a purpose after it ("an API to start a transaction").
            let purpose = { (last: Int) -> Bool in
                tokens[last].lower == "to" && tokens[last + 1].shape == .lower && tokens[last + 1].is(.verb) && analysis.phraseOf[last + 1] == nil
            }
            if let last = items.last?.range.upperBound, !subjectIsItem, last + 1 < clause.upperBound,
               tokens[last].is(.relative) || tokens[last].lower.hasSuffix("ing") && tokens[last].shape == .lower || purpose(last) {
                let end = (last..<clause.upperBound).first { tokens[$0].shape == .punctuation } ?? clause.upperBound
                let words = (last + 1..<end).filter { tokens[$0].isWord && !tokens[$0].is(WordClasses.function) }.map { Stemmer.stem(tokens[$0].lower) }
                if !words.isEmpty { qualifiers.append(Qualifier(kind: .scope, key: words.joined(separator: " "), text: analysis.text(of: last..<end))) }
            }
            if let last = items.last?.range.upperBound, !subjectIsItem, last + 1 < clause.upperBound, tokens[last].is(.preposition),
               !tokens[last].is(.comparingPreposition), let phraseIndex = analysis.phraseOf[last + 1] {
                let phrase = analysis.phrases[phraseIndex]
                let words = analysis.contentWords(phrase.range)
                if !words.isEmpty { qualifiers.append(Qualifier(kind: .scope, key: words.joined(separator: " "), text: analysis.text(of: last..<phrase.end))) }
            }
            // "on any plan", "in every edition": a statement for every tier the corpus names.
            let universal = clause.contains { position in
                (tokens[position].lower == "any" || tokens[position].lower == "every" || tokens[position].lower == "all")
                    && position + 1 < clause.upperBound && tokens[position + 1].is(.tierWord)
            }
            let hedge = Hedges.hedge(at: index, in: analysis)
            let phrase = analysis.text(of: trigger.phraseStart..<trigger.end)
            // "add a password to share links": one item with its complement is one thing.
            var complement: Range<Int>?
            if items.count == 1, let end = items.first?.range.upperBound, end + 1 < clause.upperBound, tokens[end].is(.preposition),
               tokens[end].is(.objectPreposition), let phraseIndex = analysis.phraseOf[end + 1] {
                complement = analysis.phrases[phraseIndex].range
            }
            // A verb outside the support vocabulary is part of what is said: "can download files" and
            // "cannot upload files" are different capabilities.
            let verb = !plain || tokens[trigger.phraseStart].is(.supportVerb) || tokens[trigger.phraseStart].is(.supportState) || tokens[trigger.phraseStart].is(.exclusive)
                || tokens[trigger.phraseStart].lower == "support" ? "" : Stemmer.stem(tokens[trigger.phraseStart].lower) + ":"
            let subjectKey = subjectChoice.name.map { itemKey(TextAnalysis($0).tokens.indices, in: TextAnalysis($0)).0 } ?? ""
            // A list never holds its owner: a subject read as one of several items ("Yes
            // (PostgreSQL and SQLite only)" read as about PostgreSQL) was misread.
            if items.count >= 2, !subjectKey.isEmpty, items.contains(where: { itemKey($0.range).0 == subjectKey }) {
                for item in items { used.formUnion(item.range) }
                continue
            }
            for item in items {
                var (key, versions) = itemKey(item.range)
                // An item that is its own subject says nothing ("Enable SnapStart" about SnapStart).
                if !subjectKey.isEmpty, key == subjectKey || subjectKey.hasSuffix(" " + key) { continue }
                if let complement { key += " " + itemKey(complement).0 }
                key = verb + key
                guard !key.isEmpty else { continue }
                let polarity: SupportClaim.Polarity = negated != item.negated ? .excludes : .supports
                result.append(SupportClaim(
                    subject: universal ? SupportClaim.everything : subjectChoice.name.map(resolver.canonical), item: analysis.text(of: item.range), itemKey: key, versions: versions,
                    polarity: polarity, closed: closed && polarity == .supports, list: list, listSize: items.count, phrase: phrase,
                    start: tokens[item.range.lowerBound].start, end: tokens[item.range.upperBound - 1].end,
                    qualifiers: qualifiers, hedge: hedge == .typical ? nil : hedge, subjectWeight: subjectChoice.weight))
            }
            for item in items { used.formUnion(item.range) }
            list += 1
        }
        return result
    }

    struct Trigger {
        var phraseStart: Int
        var end: Int
        /// A support word (verb, state or noun) rather than any negated verb.
        var support: Bool
        /// A state after a copula ("available", "not accepted").
        var state: Bool
        /// The trigger itself denies ("unsupported", "unavailable").
        var denial: Bool
        /// A feature named with the noun "support" ("GPU support"): its modifiers are the item.
        var feature = false
        /// A postfix "only" closing the phrase before it.
        var postfix = false
    }

    /// Quantifiers that speak of every member of a kind ("all", "every"); the others ("many",
    /// "some", "most") of some.
    static let universal: Set<String> = ["all", "every", "each", "any", "both", "whole", "entire", "full", "same", "only"]

    /// Whether the word at `index` is a participle ("including", "excluding") right after a
    /// phrase or a comma, with no auxiliary before it: it narrows that phrase.
    func token(isParticipleAfterPhrase index: Int) -> Bool {
        let word = tokens[index]
        guard word.shape == .lower, word.lower.hasSuffix("ing"), index > 0 else { return false }
        var before = index - 1
        if tokens[before].is(.negation) || tokens[before].text == "(" || tokens[before].lower == "e.g." || tokens[before].lower == "i.e." { before -= 1 }
        while before >= 0, [".", ",", "(", "e.g", "i.e"].contains(tokens[before].lower) { before -= 1 }
        guard before >= 0 else { return false }
        return !tokens[before].is(.auxiliary) && (analysis.phraseOf[before] != nil || tokens[index - 1].text == "," || tokens[index - 1].text == "(")
    }

    /// The items a postfix "only" closes: the phrases coordinated before it, or the one phrase.
    func postfixItems(_ trigger: Trigger) -> [(range: Range<Int>, negated: Bool)] {
        let span = trigger.phraseStart..<(trigger.end - 1)
        let listed = items(after: trigger.phraseStart, in: span)
        return listed.count >= 2 ? listed : [(range: span, negated: false)]
    }

    func trigger(at index: Int) -> Trigger? {
        let token = tokens[index]
        guard token.isWord else { return nil }
        // "GPU support", "No IPv6 support": a feature named with the noun "support" (the words
        // before it are the item, handled by `featureItems`).
        if token.lower == "support", let phraseIndex = analysis.phraseOf[index], analysis.phrases[phraseIndex].first < index,
           analysis.phrases[phraseIndex].end == index + 1, !NounPhrases.isVerbHere(tokens, index) {
            let phrase = analysis.phrases[phraseIndex]
            let denied = phrase.first > 0 && (tokens[phrase.first - 1].is(.negation) || tokens[phrase.first - 1].lower == "without")
                || tokens[phrase.first].lower == "no"
            return Trigger(phraseStart: phrase.first, end: index + 1, support: true, state: false, denial: denied, feature: true)
        }
        // "Java only", "(Java only, 2025)", ".zip deployments only": a phrase closed by a postfix "only".
        // It closes its phrase only where the phrase ends ("(Java only, 2025)", "only." ); before a
        // verb it restricts the verb ("SnapStart only affects cold starts").
        if token.is(.exclusive), token.lower == "only" || token.lower == "exclusively", token.spaceBefore, index > 0,
           index + 1 >= tokens.count || tokens[index + 1].shape == .punctuation || tokens[index + 1].is(.conjunction) {
            // Back over the versions the phrase carries: "Corretto 11/17/21 only".
            var back = index - 1
            while back > 0, tokens[back].isNumber || ["/", ".", "+"].contains(tokens[back].text), analysis.phraseOf[back] == nil { back -= 1 }
            if let phraseIndex = analysis.phraseOf[back] {
                // "PostgreSQL and SQLite only": the "only" closes the whole coordination.
                var first = analysis.phrases[phraseIndex].first
                // (Within the clause: a phrase before a clause break is no item of this list.)
                while first > 1, ["and", "or", ","].contains(tokens[first - 1].lower), let before = analysis.phraseOf[first - 2],
                      tokens[first - 2].clause == token.clause, analysis.phrases[before].first < first { first = analysis.phrases[before].first }
                return Trigger(phraseStart: first, end: index + 1, support: true, state: false, denial: false, postfix: true)
            }
        }
        // "X is limited to A and B", "reserved for A": an exclusive phrase names a closed list.
        if let length = lexicon.phraseLength(analysis.lowers, at: index, in: .exclusive), length > 1 {
            return Trigger(phraseStart: index, end: index + length, support: true, state: false, denial: false)
        }
        // The noun "support" followed by for / of: "support for X", "no support for X".
        if token.lower == "support", index + 1 < tokens.count, ["for", "of"].contains(tokens[index + 1].lower), !NounPhrases.isVerbHere(tokens, index) || index > 0 && tokens[index - 1].is(.determiner) {
            return Trigger(phraseStart: index, end: index + 2, support: true, state: false, denial: false)
        }
        if token.is(.supportState), !token.is(.verb) || index > 0 && (tokens[index - 1].is(.auxiliary) || tokens[index - 1].is(.negation)) || token.is(.negation) {
            var end = index + 1
            // "available only in", "supported exclusively on": the exclusive word sits before the preposition.
            while end < tokens.count, tokens[end].is(.exclusive) || tokens[end].is(.adverb) && !tokens[end].is(.preposition) { end += 1 }
            if end < tokens.count, tokens[end].is(.preposition), !["than", "as"].contains(tokens[end].lower) { end += 1 }
            return Trigger(phraseStart: index, end: end, support: true, state: true, denial: token.is(.negation))
        }
        // A heading that names support ("Supported runtimes (2025):", "Not supported:") introduces
        // the list after its colon.
        if token.is(.supportState), let colon = (index..<min(tokens.count, index + 8)).first(where: { tokens[$0].text == ":" }),
           analysis.clauseRange(of: index).contains(colon), (index + 1..<colon).allSatisfy({ tokens[$0].isWord || tokens[$0].depth > tokens[index].depth || tokens[$0].shape == .punctuation && tokens[$0].text != "," }) {
            return Trigger(phraseStart: index, end: colon, support: true, state: false, denial: token.is(.negation))
        }
        // "supports:" before its list is a verb whatever comes before it.
        let beforeList = index + 1 < tokens.count && tokens[index + 1].text == ":"
        // Also where the phrase finder read it as the verb after its subject ("Bolt Runner supports container images").
        let afterSubject = index > 0 && analysis.phraseOf[index] == nil && analysis.phraseOf[index - 1] != nil
        if token.is(.supportVerb), NounPhrases.isVerbHere(tokens, index) || beforeList || afterSubject || index > 0 && tokens[index - 1].is(.auxiliary) {
            var end = index + 1
            // "works with", "pay with", "runs on": one preposition belongs to the trigger.
            if end < tokens.count, tokens[end].is(.preposition), tokens[end].is(.objectPreposition) { end += 1 }
            // A support verb used as a copula-state ("is supported") is read as a state.
            let state = index > 0 && tokens[index - 1].is(.auxiliary) && tokens[index].lower.hasSuffix("ed")
            return Trigger(phraseStart: index, end: end, support: true, state: state, denial: false)
        }
        // "X can create Y", "Plus members can pay with Z", "Award tickets can be booked on A": a verb
        // after "can" (or "can be") states a capability.
        let modal = index > 0 && tokens[index - 1].lower == "can" || index > 1 && tokens[index - 1].lower == "be" && tokens[index - 2].lower == "can"
        if modal, token.shape == .lower, !token.is(WordClasses.function), !token.is(.auxiliary) {
            var end = index + 1
            if end < tokens.count, tokens[end].is(.preposition), tokens[end].is(.objectPreposition) { end += 1 }
            return Trigger(phraseStart: index, end: end, support: true, state: false, denial: false)
        }
        // Any other verb with a negation in its group: a denial worded in any verb ("does not
        // transport animals"): after an auxiliary and a negation, a lowercase word is a verb.
        let afterNegatedAuxiliary = index > 1 && tokens[index - 1].is(.negation) && (tokens[index - 2].is(.auxiliary) || tokens[index - 1].lower.hasSuffix("n't") || tokens[index - 1].lower == "cannot")
            || index > 0 && (tokens[index - 1].lower == "cannot" || tokens[index - 1].lower.hasSuffix("n't"))
        if token.is(.verb) || token.shape == .lower && !token.is(WordClasses.function) && afterNegatedAuxiliary
            || token.shape == .lower && token.lower.hasSuffix("ed") && index > 0 && tokens[index - 1].is(.auxiliary) {
            let clause = analysis.clauseRange(of: index)
            guard negation(before: index, in: clause), !token.is(.auxiliary) else { return nil }
            var end = index + 1
            if end < tokens.count, tokens[end].is(.preposition), tokens[end].is(.objectPreposition) { end += 1 }
            let passive = index > 0 && (tokens[index - 1].is(.auxiliary) || tokens[index - 1].is(.negation)) && token.lower.hasSuffix("ed")
            return Trigger(phraseStart: index, end: end, support: false, state: passive, denial: false)
        }
        return nil
    }

    /// The item of a "support" feature: the phrase's words before "support", without a leading "no".
    func featureRange(_ trigger: Trigger) -> Range<Int> {
        var first = trigger.phraseStart
        if tokens[first].lower == "no" { first += 1 }
        return first..<max(first, trigger.end - 1)
    }

    /// Whether a negation stands in the verb group before `index` (at most three words back,
    /// not past the clause's subject).
    func negation(before index: Int, in clause: Range<Int>) -> Bool {
        var cursor = index - 1
        var steps = 0
        while cursor >= clause.lowerBound, steps < 4 {
            let token = tokens[cursor]
            if token.is(.negation) { return true }
            guard token.is(.auxiliary) || token.is(.adverb) || token.lower == "be" || token.lower == "been" else { return false }
            cursor -= 1
            steps += 1
        }
        return false
    }

    /// The coordinated phrases after `start` in the clause: "A, B and C", "A or B", "A/B".
    /// An item after "not" or "no" is negated relative to the trigger.
    func items(after start: Int, in clause: Range<Int>) -> [(range: Range<Int>, negated: Bool)] {
        var result: [(Range<Int>, Bool)] = []
        var index = start
        var negatedNext = false
        while index < clause.upperBound {
            let token = tokens[index]
            // "NOT NULL" in a list of capitalised names is a name, not a denial.
            let namedNegation = token.shape == .upper && index + 1 < clause.upperBound && tokens[index + 1].shape == .upper
            if token.is(.negation) && (token.lower == "not" || token.lower == "no"), !namedNegation {
                negatedNext = true
                index += 1
                continue
            }
            // A list marker before an item: "(2) Python", "3. Go".
            if token.text == "(", index + 2 < clause.upperBound, tokens[index + 1].isNumber, tokens[index + 2].text == ")" {
                index += 3
                continue
            }
            if token.isNumber, index + 1 < clause.upperBound, tokens[index + 1].text == ".", result.isEmpty {
                index += 2
                continue
            }
            // "such files", "these options" point back to items named elsewhere; "etc" names none.
            if token.is(.anaphor) || token.is(.continuation) {
                if let phraseIndex = analysis.phraseOf[index] { index = max(index + 1, analysis.phrases[phraseIndex].end) } else { index += 1 }
                while index < clause.upperBound, tokens[index].isWord, !tokens[index].is(.conjunction), analysis.phraseOf[index] != nil { index += 1 }
                continue
            }
            // An exclusive phrase closes the list and names no item ("nothing else", "no other").
            if token.is(.exclusive), let length = lexicon.phraseLength(analysis.lowers, at: index, in: .exclusive) {
                index += max(1, length)
                continue
            }
            if token.is(.determiner) && token.lower != "no" || token.is(.exclusive) || token.text == "(" || token.is(.quantifier) && analysis.phraseOf[index] == nil {
                index += 1
                continue
            }
            guard var phraseIndex = analysis.phraseOf[namedNegation ? index + 1 : index] else { break }
            // "a number of data types", "a set of SQL operators": a generic head followed by "of"
            // counts or groups the noun after it, which is the item.
            let headed = analysis.phrases[phraseIndex]
            if tokens[headed.head].is(.generic) || lexicon.classes(of: tokens[headed.head].lower).contains(.generic), headed.end + 1 < clause.upperBound,
               tokens[headed.end].lower == "of", let after = analysis.phraseOf[headed.end + 1] {
                phraseIndex = after
            }
            let phrase = analysis.phrases[phraseIndex]
            // The item starts where the list does: never before it (the trigger is no part of it).
            var range = max(phrase.first, start, namedNegation ? index : phrase.first)..<phrase.end
            if namedNegation { range = index..<phrase.end }
            // Versions after the phrase belong to the item: "Java 11 and later", "Python 3.12+".
            var end = range.upperBound
            while end < clause.upperBound, tokens[end].isNumber || tokens[end].text == "+"
                    || (tokens[end].text == "." || tokens[end].text == "/") && end + 1 < clause.upperBound && tokens[end + 1].isNumber && !tokens[end + 1].spaceBefore { end += 1 }
            if end + 1 < clause.upperBound, tokens[end].lower == "and", tokens[end + 1].is(.openEnd) { end += 2 }
            // "Java on Amazon Corretto 11, 17, 21": a prepositional modifier and its version list
            // belong to the item; an aside in parentheses after it is skipped.
            // So does the complement of "of" ("a recent proof of address", "a letter of consent").
            while end + 1 < clause.upperBound, tokens[end].is(.modifierPreposition) || tokens[end].lower == "of", let modifier = analysis.phraseOf[end + 1],
                  analysis.phrases[modifier].range.contains(where: { tokens[$0].isNameLike }) || tokens[end].lower == "of" && analysis.phrases[modifier].range.count <= 3 {
                end = analysis.phrases[modifier].end
                while end + 1 < clause.upperBound, tokens[end].text == ",", tokens[end + 1].isNumber { end += 2 }
            }
            range = range.lowerBound..<end
            if end < clause.upperBound, tokens[end].text == "(", let close = (end..<clause.upperBound).first(where: { tokens[$0].text == ")" && tokens[$0].depth == tokens[end].depth }) {
                end = close + 1
            }
            result.append((range, negatedNext))
            index = end
            // The list goes on after a comma, "and", "or", "&", "/".
            guard index < clause.upperBound else { break }
            let joiner = tokens[index]
            if joiner.text == "," || joiner.text == "/" || joiner.is(.conjunction) || joiner.lower == "but" {
                index += 1
                // "A, B or C, but not D": a contrast after the comma goes on with the list.
                let contrast = joiner.lower == "but" || index < clause.upperBound && tokens[index].lower == "but"
                if index < clause.upperBound, tokens[index].is(.conjunction) { index += 1 }
                if contrast { negatedNext = false }
                continue
            }
            if joiner.text == ")" { index += 1; continue }
            break
        }
        // "pay by iDEAL or card, but not PayPal": a contrast with a negation and no verb of its own
        // after the list's clause goes on with the list, its items denied.
        if !result.isEmpty, index < tokens.count, index == clause.upperBound || index + 1 == clause.upperBound && tokens[index].text == "," {
            let but = tokens[index].text == "," ? index + 1 : index
            if but + 2 < tokens.count, tokens[but].lower == "but", tokens[but + 1].is(.negation), ["not", "no"].contains(tokens[but + 1].lower) {
                let rest = analysis.clauseRange(of: but + 1)
                if !rest.contains(where: { NounPhrases.isVerbHere(tokens, $0) || tokens[$0].is(.verb) || tokens[$0].is(.auxiliary) }) {
                    result += items(after: but + 1, in: (but + 1)..<rest.upperBound).map { ($0.range, $0.negated) }
                }
            }
        }
        return result.map { (range: $0.0, negated: $0.1) }
    }

    /// The subject phrase and the phrases coordinated with it before the trigger.
    func coordinated(from subject: NounPhrase, in clause: Range<Int>, before trigger: Int) -> [Range<Int>] {
        items(after: subject.first, in: clause.lowerBound..<trigger).map(\.range).filter { $0.upperBound <= trigger }
    }

    /// Whether an exclusive word stands next to the trigger or the items ("only", "limited to").
    func exclusive(near index: Int, trigger: Trigger, items: [Range<Int>], clause: Range<Int>) -> Bool {
        // (Past an infinitive's "have to" / "need to": "only have to show A and B".)
        let infinitive = trigger.phraseStart >= 2 && tokens[trigger.phraseStart - 1].lower == "to" && (tokens[trigger.phraseStart - 2].is(.verb) || tokens[trigger.phraseStart - 2].is(.auxiliary))
        let lower = max(clause.lowerBound, trigger.phraseStart - (infinitive ? 3 : 2))
        // An exclusive phrase after the list, past a comma or an "and", closes it too ("house wine
        // and mineral water, nothing else"; "tables and chairs, and nothing else").
        let listEnd = items.last?.upperBound ?? trigger.end
        var after = listEnd
        while after < tokens.count, after < listEnd + 2, tokens[after].text == "," || tokens[after].lower == "and" { after += 1 }
        let window = lower..<max(lower, min(tokens.count, max(min(clause.upperBound, listEnd + 1), after + 1)))
        return window.contains { tokens[$0].is(.exclusive) && tokens[$0].lower != "just" }
    }

    /// Conditions the statement holds under (see ``Qualifiers``).
    func conditions(around index: Int, clause: Range<Int>) -> [Qualifier] {
        let sentence = analysis.sentenceRange(of: index)
        var result: [Qualifier] = []
        for position in sentence where tokens[position].is(.conditional) {
            let conditionClause = analysis.clauseRange(of: position)
            guard conditionClause == clause || conditionClause.upperBound == clause.lowerBound || conditionClause.lowerBound == clause.upperBound else { continue }
            let words = conditionClause.filter { tokens[$0].isWord && !tokens[$0].is(.subordinator) && !tokens[$0].is(.determiner) }.map { Stemmer.stem(tokens[$0].lower) }
            result.append(Qualifier(kind: .condition, key: words.joined(separator: " "), text: analysis.text(of: conditionClause)))
        }
        // "The current version of Django doesn't support ...", "Previous releases were supported
        // on ...", "does not support Python 3.x at this time": said of the release the text was
        // written for, which the corpus does not name. The moment it names is the statement's
        // version (two moments are two versions; one against none is a restriction).
        let moments = clause.filter { Self.relativeMoments[tokens[$0].lower] != nil }
            + clause.dropFirst(2).filter { tokens[$0 - 2].lower == "at" && tokens[$0 - 1].lower == "this" && tokens[$0].lower == "time" }
        if let moment = moments.first {
            let word = tokens[moment].lower == "time" ? "current" : Self.relativeMoments[tokens[moment].lower] ?? tokens[moment].lower
            result.append(Qualifier(kind: .version, key: "moment:" + word, text: tokens[moment].text))
        }
        for position in clause where tokens[position].lower == "for" && position + 1 < clause.upperBound {
            guard let phraseIndex = analysis.phraseOf[position + 1] else { continue }
            let phrase = analysis.phrases[phraseIndex]
            if phrase.end < clause.upperBound, tokens[phrase.end].is(.relative) {
                let words = (phrase.first..<clause.upperBound).filter { tokens[$0].isWord && !tokens[$0].is(.determiner) }.map { Stemmer.stem(tokens[$0].lower) }
                result.append(Qualifier(kind: .condition, key: words.joined(separator: " "), text: analysis.text(of: position..<clause.upperBound)))
            }
        }
        return result
    }

    /// Words that place a statement at a moment of the text's own time, and which moment: the
    /// present, the past, or a change ("now supports", as release notes say of their release)
    /// (see ``conditions(around:clause:)``).
    static let relativeMoments: [String: String] = [
        "current": "current", "currently": "current", "presently": "current", "now": "change",
        "previous": "past", "previously": "past", "formerly": "past",
    ]
    // ("earlier" and "older" are left out: after a version they bound a range of releases,
    // "Python 3.8 and earlier", and say nothing of the text's time.)

    /// An item's comparison key (its content words, stemmed, without numbers) and its versions.
    func itemKey(_ range: Range<Int>) -> (String, String) {
        itemKey(range, in: analysis)
    }

    func itemKey(_ range: Range<Int>, in analysis: TextAnalysis) -> (String, String) {
        Self.itemKey(range, in: analysis)
    }

    /// The comparison key of a phrase written alone (a subject's name), folded as items are.
    public static func key(of text: String) -> String {
        let analysis = TextAnalysis(text)
        return itemKey(analysis.tokens.indices, in: analysis).0
    }

    static func itemKey(_ range: Range<Int>, in analysis: TextAnalysis) -> (String, String) {
        let tokens = analysis.tokens
        var words: [String] = []
        var versions: [String] = []
        for index in range {
            let token = tokens[index]
            if token.isNumber || token.text == "+" { versions.append(token.text); continue }
            // "3.12 and later": an open end, written "+" like "3.12+".
            if token.is(.openEnd), !versions.isEmpty { versions.append("+"); continue }
            if token.text == "/" { continue }
            // Support vocabulary is no part of what is supported ("no GPU support" is about GPU).
            if token.is(.supportVerb) || token.is(.supportState) || token.is(.negation) && !token.isNameLike { continue }
            if token.isWord, !token.is(.determiner), !token.is(.exclusive), !token.is(.quantifier) || token.isNameLike, token.lower != "and", !token.is(.openEnd) {
                // Names keep their form ("Windows" is no plural); other words are stemmed.
                words.append(token.isNameLike ? token.lower : Stemmer.stem(token.lower))
            }
        }
        return (words.joined(separator: " "), versions.joined(separator: " "))
    }
}
