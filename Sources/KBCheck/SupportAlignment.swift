import KBClaims
import KBModel
import KBText

/// Items one fact supports and another excludes, for alike subjects: the evidence behind list and
/// polarity findings.
///
/// - An item conflicts when a positive statement supports it and another fact denies it (the
///   same item, versions overlapping: "Python 3.12 and later" against "Not supported: Python"),
///   whatever the verbs ("supports" against "cannot be added to", "are not accepted").
/// - A closed list ("X only", "limited to A and B") excludes what it leaves out, but only items of
///   its own sort: items the corpus lists together with one of its items somewhere, or that share
///   its items' head word ("Garmin Pay" beside "Apple Pay"). ".zip deployments only" says nothing
///   about runtimes. Two open lists that differ agree.
/// - Subjects must be alike (``EntityMatcher``, at least 0.5); statements under a condition
///   ("if ...", "for a class that ...") or with different qualifiers of one kind are not compared;
///   hedged statements take no part.
struct SupportAlignment {
    struct Side {
        var fact: Int
        var statement: SupportClaim
    }

    struct Conflict {
        var positive: Side
        /// The denial or the closed list that leaves the item out.
        var against: [Side]
        var closedOut: Bool
        var confidence: Double
        var reasons: [String]
        var subject: String
        var isList: Bool
    }

    let context: CheckContext

    static func eligible(_ statement: SupportClaim) -> Bool {
        statement.subject != nil && statement.hedge == nil && !statement.qualifiers.contains { $0.kind == .condition }
    }

    func conflicts() -> [Conflict] {
        let facts = context.facts
        var positives: [Side] = [], negatives: [Side] = []
        for (index, fact) in facts.enumerated() {
            // An item named only by kind words, with no name ("information", "a data type", "users"
            // in a manual), is too vague for one fact to contradict another about it.
            for statement in fact.supports where Self.eligible(statement)
                && !(context.entities.isKindItem(statement.itemKey) && !statement.item.contains(where: \.isUppercase)) {
                // A subject carried over from context onto a clause whose own subject is a pronoun
                // ("You can ... keep track", "It does not have ...", "This only works on ...") is a
                // guess about what the pronoun means: no evidence about the subject.
                let guessed = statement.subjectWeight < 0.85
                let clause = guessed || statement.polarity == .supports ? Self.clauseWords(before: statement.start, in: fact.text) : []
                if guessed, clause.first.map({ Lexicon.standard.classes(of: $0).contains(.pronoun) }) == true { continue }
                if statement.polarity == .supports {
                    // Evidence that something is supported comes from a plain assertion: a clause
                    // that holds a negation before the item ("none of them work on Windows", "is not
                    // yet supported by PostgreSQL", "does not break and has ...") may say the
                    // opposite, and one misread side makes a false finding.
                    guard !clause.contains(where: { Lexicon.standard.classes(of: $0).contains(.negation) }) else { continue }
                    positives.append(Side(fact: index, statement: statement))
                } else {
                    negatives.append(Side(fact: index, statement: statement))
                }
            }
        }
        // Item words, once per statement (the comparisons below run many times over).
        func words(_ side: Side) -> Set<String> { Set(side.statement.itemKey.split(separator: " ").map(String.init)) }
        let positiveWords = positives.map(words), negativeWords = negatives.map(words)
        // Denials by each word of their item, so each positive looks up only its own.
        var denialsByWord: [String: [Int]] = [:]
        for (index, itemWords) in negativeWords.enumerated() {
            for word in itemWords { denialsByWord[word, default: []].append(index) }
        }
        // One list: the statements of one list in a fact, or of the facts an enumeration split
        // from one lead-in ("supports: (1) Java ..., (2) Python ...").
        func listKey(_ side: Side) -> String {
            let fact = facts[side.fact]
            return fact.lead.isEmpty ? "\(side.fact)/\(side.statement.list)" : "answer \(fact.answerID)/\(fact.lead)"
        }
        let positiveLists = positives.map(listKey)
        // Items listed together anywhere: the sorts of things lists hold.
        var together: [String: Set<String>] = [:]
        var lists: [String: [Int]] = [:]
        for (index, side) in positives.enumerated() where side.statement.listSize > 1 || !facts[side.fact].lead.isEmpty {
            lists[positiveLists[index], default: []].append(index)
        }
        for members in lists.values {
            let keys = Set(members.map { positives[$0].statement.itemKey })
            for member in members { together[positives[member].statement.itemKey, default: []].formUnion(keys) }
        }
        var closedLists: [[Int]] = []
        for key in lists.keys.sorted() where lists[key].flatMap({ $0.first }).map({ positives[$0].statement.closed }) == true { closedLists.append(lists[key] ?? []) }
        for (index, side) in positives.enumerated() where side.statement.listSize == 1 && side.statement.closed { closedLists.append([index]) }
        // Closed lists by the item keys and head words of their members: a closed list speaks only
        // for items of its own sort, so only those are looked up.
        var closedByKey: [String: [Int]] = [:], closedByHead: [String: [Int]] = [:]
        // A head word shared says two items are of one sort only when it is no kind word of the
        // corpus ("method", "capability" in a manual name too many sorts).
        for (listIndex, members) in closedLists.enumerated() {
            for member in members {
                closedByKey[positives[member].statement.itemKey, default: []].append(listIndex)
                let head = Self.head(positives[member].statement.itemKey)
                if !context.entities.isKindItem(head) { closedByHead[head, default: []].append(listIndex) }
            }
        }
        func sameItem(_ a: Int, _ b: Int) -> Bool {
            Self.itemsMatch(positives[a].statement, positives[b].statement, wordsA: positiveWords[a], wordsB: positiveWords[b])
        }
        // How many members of `list` the list of positive `index` also holds (the positive itself
        // aside): lists that share two or more items list the same set.
        func sharedItems(_ list: [Int], withListOf index: Int) -> Int {
            let own = lists[positiveLists[index]] ?? [index]
            return list.filter { member in own.contains { $0 != index && sameItem($0, member) } }.count
        }

        var result: [Conflict] = []
        for (positiveIndex, positive) in positives.enumerated() {
            // Denials of the same item.
            var candidates = Set<Int>()
            for word in positiveWords[positiveIndex] { candidates.formUnion(denialsByWord[word] ?? []) }
            for index in candidates.sorted() {
                let negative = negatives[index]
                guard Self.itemsMatch(positive.statement, negative.statement, wordsA: positiveWords[positiveIndex], wordsB: negativeWords[index]) else { continue }
                // A denial inside a list ("iDEAL, Bancontact or card, but not PayPal") is of the list
                // its fact asserts beside it: the items that list shares with the positive's own list.
                let shared = sharedItems(lists[listKey(negative)] ?? [], withListOf: positiveIndex)
                guard let (confidence, reasons, subject) = match(positive, negative, sharedItems: shared) else { continue }
                let isList = positive.statement.listSize > 1 || negative.statement.listSize > 1 || positive.statement.closed
                result.append(Conflict(positive: positive, against: [negative], closedOut: false, confidence: confidence,
                                       reasons: reasons + ["item: \(positive.statement.item) / \(negative.statement.item)"], subject: subject, isList: isList))
            }
            // Closed lists of its sort that leave it out.
            let sort = together[positive.statement.itemKey] ?? [positive.statement.itemKey]
            var listCandidates = Set(closedByHead[Self.head(positive.statement.itemKey)] ?? [])
            for key in sort { listCandidates.formUnion(closedByKey[key] ?? []) }
            for listIndex in listCandidates.sorted() {
                let list = closedLists[listIndex]
                // An item named with a modifier ("Java on Amazon Corretto 11, 17, 21") is still the item
                // the list names ("Java only").
                guard let first = list.first, positiveLists[first] != positiveLists[positiveIndex],
                      !list.contains(where: { sameItem($0, positiveIndex) || positiveWords[$0].isSubset(of: positiveWords[positiveIndex])
                          || positiveWords[positiveIndex].isSubset(of: positiveWords[$0]) }) else { continue }
                // Lists that share two or more items list the same set, whatever their subjects are called.
                guard let (confidence, reasons, subject) = match(positive, positives[first], sharedItems: sharedItems(list, withListOf: positiveIndex)) else { continue }
                let against = list.map { positives[$0] }
                result.append(Conflict(positive: positive, against: against, closedOut: true, confidence: confidence * 0.9,
                                       reasons: reasons + ["closed list: \(against.map(\.statement.item).joined(separator: ", "))"], subject: subject, isList: true))
            }
        }
        result += participantConflicts(positives: positives, negatives: negatives)
        return Self.grouped(result)
    }

    /// The two things a statement relates, as stem sets: its stated subject and its item without
    /// the verb that may prefix the item's key ("mount:outdoor" relates HomeCell and outdoors).
    struct Participants {
        var subject: Set<String>
        var item: Set<String>
        var verb: Substring
    }

    func participants(_ statement: SupportClaim) -> Participants? {
        guard let subject = statement.subject, subject != SupportClaim.everything else { return nil }
        let parts = statement.itemKey.split(separator: ":", maxSplits: 1)
        // Keys keep a name's form ("Windows"); a subject written alone opens with a capital, so both
        // sides are stemmed whole to meet.
        let item = Set((parts.last ?? "").split(separator: " ").map { Stemmer.stem(String($0)) })
        let subjectStems = Set(SupportExtractor.key(of: subject).split(separator: " ").map { Stemmer.stem(String($0)) })
        guard !item.isEmpty, !subjectStems.isEmpty else { return nil }
        return Participants(subject: subjectStems, item: item, verb: parts.count == 2 ? parts[0] : "")
    }

    /// Whether a statement's item stands right after the words that state it (at most three words
    /// between, no parenthesis, colon or comma): "can be mounted outdoors", "is not open to
    /// undergraduates". A member of a list (`listed`) may stand after the members before it.
    static func followsPhrase(_ statement: SupportClaim, in text: String, listed: Bool = false) -> Bool {
        let scalars = Array(text.unicodeScalars.prefix(max(0, statement.start)))
        let before = String(String.UnicodeScalarView(scalars)).lowercased()
        guard !statement.phrase.isEmpty, let found = before.range(of: statement.phrase.lowercased(), options: .backwards) else { return false }
        let gap = before[found.upperBound...]
        // A member of a list stands after the members before it: commas, and up to four words
        // for each of those.
        guard !gap.contains(where: { (listed ? "(:;" : "(:,;").contains($0) }) else { return false }
        return gap.split(whereSeparator: { $0 == " " }).count <= (listed ? 3 + 4 * (statement.listSize - 1) : 3)
    }

    /// Whether two participants name one thing: one's stems inside the other's with at most one
    /// word more, and a word that identifies (no kind word of the corpus) among those shared.
    func sameParticipant(_ a: Set<String>, _ b: Set<String>) -> Bool {
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        return small.isSubset(of: large) && large.count - small.count <= 1 && !context.entities.isKindItem(small.sorted().joined(separator: " "))
    }

    /// Assertions and denials that relate the same two things in other words: the same subject and
    /// item under different verbs ("can be mounted outdoors" / "can't be installed outdoors"), or
    /// the roles swapped by the sentence's form ("Undergraduate students can place interlibrary loan
    /// requests" / "Interlibrary loan is not open to undergraduates"). Both statements must name
    /// their subject themselves (no subject carried over from context), and each of the two
    /// things must be matched, so a shared word alone never pairs statements.
    func participantConflicts(positives: [Side], negatives: [Side]) -> [Conflict] {
        // A single statement whose item follows its own verb: a list member or an item met in a
        // parenthesis or after a colon is no argument of the verb read with it.
        func eligible(_ side: Side) -> Participants? {
            // (A short list right after its verb, "doesn't apply to bulbs, corms or tubers", holds
            // arguments of that verb too.)
            guard side.statement.subjectWeight >= 0.8, side.statement.listSize <= 4, !side.statement.closed,
                  Self.followsPhrase(side.statement, in: context.facts[side.fact].text, listed: side.statement.listSize > 1) else { return nil }
            return participants(side.statement)
        }
        let positiveParts = positives.map(eligible), negativeParts = negatives.map(eligible)
        var byWord: [String: [Int]] = [:]
        for (index, parts) in negativeParts.enumerated() {
            guard let parts else { continue }
            for word in parts.subject.union(parts.item) { byWord[word, default: []].append(index) }
        }
        var result: [Conflict] = []
        for (positiveIndex, positive) in positives.enumerated() {
            guard let p = positiveParts[positiveIndex] else { continue }
            var candidates = Set<Int>()
            for word in p.subject.union(p.item) { candidates.formUnion(byWord[word] ?? []) }
            for index in candidates.sorted() {
                guard let n = negativeParts[index] else { continue }
                let negative = negatives[index]
                // Under other verbs the item must be the same words: "revoke membership" is not "revoke";
                // and the subjects must be one thing by the corpus's names too ("HomeCell Pro" is
                // not "HomeCell", see ``EntityMatcher``).
                let straight = sameParticipant(p.subject, n.subject) && p.item == n.item
                    && context.entities.similarity(positive.statement.subject ?? "", negative.statement.subject ?? "") >= 0.5
                let crossed = sameParticipant(p.subject, n.item) && sameParticipant(p.item, n.subject)
                // Same subject, item and verb is the item pairing above.
                guard straight && p.verb != n.verb || crossed && !straight,
                      Self.versionsOverlap(positive.statement.versions, negative.statement.versions),
                      let (confidence, reasons, _) = match(positive, negative, entity: 0.75) else { continue }
                let how = crossed ? "the same two things, roles swapped" : "the same subject and item, other verbs (\(positive.statement.phrase) / \(negative.statement.phrase))"
                result.append(Conflict(positive: positive, against: [negative], closedOut: false, confidence: confidence * 0.8,
                                       reasons: reasons + [how, "item: \(positive.statement.item) / \(negative.statement.item)"],
                                       subject: positive.statement.subject ?? "", isList: false))
            }
        }
        return result
    }

    /// One conflict per included item: the denials and closed lists against it (often the same
    /// lead-in repeated over an enumeration's facts) gathered as its evidence. A denial outweighs a
    /// closed list: the group is closed-out only when every piece of evidence is a closed list.
    static func grouped(_ conflicts: [Conflict]) -> [Conflict] {
        var order: [String] = []
        var groups: [String: Conflict] = [:]
        for conflict in conflicts {
            let key = "\(conflict.positive.fact)\u{1F}\(conflict.positive.statement.itemKey)"
            if var existing = groups[key] {
                for side in conflict.against where !existing.against.contains(where: { $0.fact == side.fact && $0.statement.start == side.statement.start }) {
                    existing.against.append(side)
                }
                if existing.closedOut, !conflict.closedOut {
                    existing.closedOut = false
                    existing.subject = conflict.subject
                    existing.against.sort { !$0.statement.closed && $1.statement.closed }
                }
                existing.isList = existing.isList || conflict.isList
                existing.reasons += conflict.reasons.filter { !existing.reasons.contains($0) }
                existing.confidence = max(existing.confidence, conflict.confidence)
                groups[key] = existing
            } else {
                order.append(key)
                groups[key] = conflict
            }
        }
        return order.compactMap { groups[$0] }
    }

    /// Whether two statements can be compared, and how surely: subjects alike, facts apart,
    /// qualifiers compatible.
    func match(_ a: Side, _ b: Side, sharedItems: Int = 0, entity given: Double? = nil) -> (Double, [String], String)? {
        let factA = context.facts[a.fact], factB = context.facts[b.fact]
        // One answer does not contradict itself about what is supported: a second statement in it
        // qualifies the first ("has X ... can't work: X without the log") more often than not.
        guard a.fact != b.fact, factA.clusterID != factB.clusterID, factA.answerID != factB.answerID,
              let subjectA = a.statement.subject, let subjectB = b.statement.subject else { return nil }
        // A statement made for everything ("not offered on any plan") speaks of every subject.
        let universal = subjectA == SupportClaim.everything || subjectB == SupportClaim.everything
        let entity = given ?? (universal ? 0.75 : context.entities.similarity(subjectA, subjectB))
        // Lists that share three items or more list one set, whatever common words their subjects
        // are called by ("payment methods", "checkout"); two names are two things all the same.
        let bothNamed = context.entities.isNamed(subjectA) && context.entities.isNamed(subjectB)
        guard entity >= 0.5 || sharedItems >= 2 && entity >= 0.25 || sharedItems >= 3 && !bothNamed else { return nil }
        // A subject stated for one release ("Django 1.5 is the first release with Python 3
        // support") is that release; the same name without one ("Django does not support Python
        // 3.x at this time") may be any other.
        guard universal || !context.entities.releaseOnOneSide(subjectA, subjectB) else { return nil }
        var reasons = [given != nil ? "subjects: \(subjectA) / \(subjectB)" : universal ? "said of everything: \(subjectA == SupportClaim.everything ? subjectB : subjectA)"
            : entity < 0.5 ? "lists share \(sharedItems) items" : subjectA == subjectB ? "same subject: \(subjectA)" : "same subject: \(subjectA) ~ \(subjectB) (\(NumericAlignment.show(entity)))"]
        var factor = 1.0
        let kindsA = Dictionary(grouping: a.statement.qualifiers, by: \.kind), kindsB = Dictionary(grouping: b.statement.qualifiers, by: \.kind)
        for kind in Set(kindsA.keys).union(kindsB.keys) {
            let keysA = Set((kindsA[kind] ?? []).map(\.key)), keysB = Set((kindsB[kind] ?? []).map(\.key))
            if !keysA.isEmpty, !keysB.isEmpty, keysA.isDisjoint(with: keysB) { return nil }
            if keysA.isEmpty != keysB.isEmpty {
                // A denial restricted to a place, scope, tier or version says less than an assertion
                // without one: "not available on the Basic plan" does not deny "available". A denial
                // without one denies a restricted assertion all the same ("has no GPU support"
                // against "offers GPU support for large models"). `a` asserts, `b` denies.
                let restricting: Set<Qualifier.Kind> = [.scope, .place, .tier, .version]
                // A denial restricted where the assertion is not denies only the restricted case,
                // unless the assertion speaks for every case ("on every plan, including Solo").
                if restricting.contains(kind), !keysB.isEmpty, !universal { return nil }
                factor *= restricting.contains(kind) ? 0.9 : 0.8
                reasons.append("one side only: \(kind.rawValue)")
            }
        }
        // (A set known by three shared items is known whatever its subjects were guessed from.)
        let bySet = entity < 0.5 && sharedItems >= 3
        let sureness = bySet ? 1 : min(1, a.statement.subjectWeight / 0.85) * min(1, b.statement.subjectWeight / 0.85)
        if sureness < 1 { reasons.append("subject from context (\(NumericAlignment.show(sureness)))") }
        let subject = universal ? (subjectA == SupportClaim.everything ? subjectB : subjectA) : context.entities.display(subjectA, subjectB)
        return (max(entity, entity < 0.5 ? 0.6 : 0) * factor * sureness, reasons, subject)
    }

    /// The same item: equal keys, or one key's words inside the other's with at most one word
    /// more; versions overlapping.
    static func itemsMatch(_ a: SupportClaim, _ b: SupportClaim, wordsA: Set<String>, wordsB: Set<String>) -> Bool {
        guard !a.itemKey.isEmpty, !b.itemKey.isEmpty else { return false }
        // One word more is the same item when the head (the last word) is the same: "GPU" and "GPU
        // support" no, "row filter" and "a row filter" yes, "queries" and "query conditions" no.
        let same = a.itemKey == b.itemKey || (abs(wordsA.count - wordsB.count) <= 1 && (wordsA.isSubset(of: wordsB) || wordsB.isSubset(of: wordsA))
            && head(a.itemKey) == head(b.itemKey))
        return same && versionsOverlap(a.versions, b.versions)
    }

    /// Versions as written ("3.12 +", "11 17 21"): none on either side overlaps all; otherwise a
    /// shared number, or an open end ("+") that reaches the other's numbers.
    static func versionsOverlap(_ a: String, _ b: String) -> Bool {
        let na = a.split(separator: " ").compactMap { Double($0) }, nb = b.split(separator: " ").compactMap { Double($0) }
        guard !na.isEmpty, !nb.isEmpty else { return true }
        if !Set(na).isDisjoint(with: Set(nb)) { return true }
        if a.contains("+"), let low = na.min(), let high = nb.max(), high >= low { return true }
        if b.contains("+"), let low = nb.min(), let high = na.max(), high >= low { return true }
        return false
    }

    /// The lowercased words of the clause of `text` (ended by `.`, `;`, `:`, `!` or `?`) before the
    /// Unicode scalar offset `offset`.
    static func clauseWords(before offset: Int, in text: String) -> [String] {
        let scalars = Array(text.unicodeScalars.prefix(max(0, offset)))
        let clauseStart = (scalars.lastIndex { ".;:!?".unicodeScalars.contains($0) }).map { $0 + 1 } ?? 0
        var words: [String] = [], word = String.UnicodeScalarView()
        for scalar in scalars[clauseStart...] + [" "] {
            let letter = scalar.isASCII ? (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") : scalar.properties.isAlphabetic
            if letter || scalar == "'" || scalar == "\u{2019}" {
                word.append(scalar == "\u{2019}" ? "'" : scalar)
            } else if !word.isEmpty {
                words.append(String(word).lowercased())
                word = String.UnicodeScalarView()
            }
        }
        return words
    }

    static func head(_ key: String) -> String {
        String(key.split(separator: " ").last ?? "")
    }
}
