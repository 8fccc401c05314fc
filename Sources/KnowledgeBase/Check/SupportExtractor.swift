import KBModel
import KBText
/// Finds support statements in a fact: open lists ("supports: A, B"), closed lists ("A only",
/// "limited to A/B", "only works with A"), negative lists ("Not supported: A, B", "does NOT
/// support A", "A not supported", "(not A)") and feature mentions ("GPU support", "No GPU support").
///
/// Hedged facts (rumoured, expected, examples, recommendations) state nothing.
enum SupportExtractor {
    /// How a trigger relates to its items.
    enum Trigger: Sendable {
        case openAfter, negativeAfter, closedAfter, closedBefore, negativeBefore
    }

    /// Trigger phrases, lowercased; the longest match at a position wins.
    static let triggers: [(String, Trigger)] = [
        ("supports only", .closedAfter), ("only supports", .closedAfter), ("only works with", .closedAfter),
        ("works only with", .closedAfter), ("limited to", .closedAfter), ("restricted to", .closedAfter), ("only:", .closedAfter),
        ("not supported:", .negativeAfter), ("not supported for", .negativeAfter), ("not supported on", .negativeAfter),
        ("unsupported:", .negativeAfter), ("does not support", .negativeAfter), ("doesn't support", .negativeAfter),
        ("do not support", .negativeAfter), ("don't support", .negativeAfter), ("cannot run", .negativeAfter),
        ("no support for", .negativeAfter),
        ("not available for", .negativeAfter), ("not available on", .negativeAfter), ("not available in", .negativeAfter),
        ("(not ", .negativeAfter),
        ("does not accept", .negativeAfter), ("doesn't accept", .negativeAfter), ("do not accept", .negativeAfter),
        ("don't accept", .negativeAfter), ("does not have", .negativeAfter), ("doesn't have", .negativeAfter),
        ("does not offer", .negativeAfter), ("doesn't offer", .negativeAfter), ("does not include", .negativeAfter),
        ("doesn't include", .negativeAfter), ("has no", .negativeAfter), ("there is no", .negativeAfter),
        ("there are no", .negativeAfter), ("not allowed on", .negativeAfter), ("not allowed in", .negativeAfter),
        ("not permitted on", .negativeAfter), ("not permitted in", .negativeAfter), ("prohibited on", .negativeAfter),
        ("prohibited in", .negativeAfter), ("banned on", .negativeAfter), ("banned from", .negativeAfter),
        ("allowed on", .openAfter), ("allowed in", .openAfter), ("permitted on", .openAfter), ("permitted in", .openAfter),
        ("accepts:", .openAfter), ("accepts", .openAfter), ("accept:", .openAfter), ("requirements:", .openAfter),
        ("compatible", .openAfter), ("has a", .openAfter), ("has an", .openAfter), ("includes a", .openAfter),
        ("includes an", .openAfter), ("includes", .openAfter), ("comes with a", .openAfter), ("comes with an", .openAfter),
        ("comes with", .openAfter), ("offers", .openAfter),
        ("supports:", .openAfter), ("supports", .openAfter), ("support for", .openAfter), ("supported runtimes", .openAfter),
        ("supported languages", .openAfter), ("supported platforms", .openAfter), ("supported:", .openAfter),
        ("compatible with", .openAfter), ("works with", .openAfter), ("available for", .openAfter), ("available on", .openAfter),
        ("runtimes:", .openAfter), ("runtime:", .openAfter), ("languages:", .openAfter), ("platforms:", .openAfter),
        (" only", .closedBefore), (" not supported", .negativeBefore), (" unsupported", .negativeBefore),
        (" incompatible", .negativeBefore),
    ].sorted { $0.0.count > $1.0.count }

    /// The triggers as characters by their first character, longest first.
    static let triggersByFirst: [Character: [([Character], Trigger)]] = {
        var table: [Character: [([Character], Trigger)]] = [:]
        for (phrase, trigger) in triggers {
            let characters = Array(phrase)
            if let first = characters.first { table[first, default: []].append((characters, trigger)) }
        }
        return table
    }()

    /// Cheap words one of which a fact must contain to state anything about support.
    static let signals = ["support", "only", "limited", "restricted", "compatible", "works with", "available", "runtime",
                          "language", "platform", "incompatible", "cannot run", "(not ", "accept", "requirement", "has ",
                          "have", "include", "comes with", "offer", "no ", "allowed", "permitted", "prohibited", "banned"]

    /// Words that end a list of items: a new clause starts.
    static let clauseWords: Set<String> = ["but", "because", "which", "that", "when", "if", "while", "since", "so", "via",
                                           "instead", "unless", "where", "using", "to", "by", "in", "from", "is", "are",
                                           "can", "must", "will", "need", "needs", "require", "requires", "no", "not", "up", "on", "for", "of",
                                           "that", "which", "so", "than"]

    struct Match {
        var start: Int
        var end: Int
        var trigger: Trigger
        var depth: Int
    }

    static func statements(in fact: CheckFact, index: Int) -> [SupportStatement] {
        let folded = fact.text.lowercased()
        guard signals.contains(where: { folded.has($0) }), !ClaimContext.isHedged(fact.text) else { return [] }
        let text = Array(fact.text)
        let foldedCharacters = Array(folded)
        let lowered = foldedCharacters.count == text.count ? foldedCharacters
            : text.map { $0.lowercased().count == 1 ? Character($0.lowercased()) : $0 }
        let depth = depths(text)
        let matches = findTriggers(lowered, depth: depth)
        var result: [SupportStatement] = []
        var consumed: Set<Int> = []
        for (position, match) in matches.enumerated() where !consumed.contains(position) {
            var closed = match.trigger == .closedAfter || match.trigger == .closedBefore
            let polarity: SupportStatement.Polarity = match.trigger == .negativeAfter || match.trigger == .negativeBefore ? .negative : .positive
            var span: Range<Int>
            var subjectOverride: String?
            switch match.trigger {
            case .openAfter, .negativeAfter, .closedAfter:
                let next = matches.indices.dropFirst(position + 1).first { matches[$0].depth <= match.depth }
                let limit = next.map { matches[$0].start } ?? text.count
                var itemsFrom = match.end
                // "Not supported on the X200: Google Home, Siri", "Compatible filters for the Aura 400:
                // (1) HEPA H13": the label names the subject, the items follow the colon.
                let triggerText = String(lowered[match.start..<match.end]).trimmingCharacters(in: " ")
                let labelled = ["on", "for", "in", "with"].contains { triggerText.hasSuffix(" " + $0) } || triggerText == "compatible"
                if labelled, let colon = labelColon(text, from: match.end, limit: limit, depth: depth) {
                    subjectOverride = labelSubject(String(text[match.end..<colon]))
                    itemsFrom = colon + 1
                }
                span = itemsFrom..<itemsEnd(text, lowered, from: itemsFrom, limit: limit, depth: depth,
                                            closing: match.trigger == .negativeAfter && lowered[match.start] == "(")
                // "accepts genuine HEPA H13 filters only": the list is closed.
                if let next, matches[next].trigger == .closedBefore, matches[next].start <= span.upperBound + 1,
                   String(text[span.upperBound..<matches[next].start]).allSatisfy(\.isWhitespace) {
                    closed = polarity == .positive
                    consumed.insert(next)
                }
            case .closedBefore, .negativeBefore:
                span = itemsStart(text, before: match.start, depth: depth)..<match.start
                // "the machine brews from Brevo pods and ground coffee only": the items follow the verb.
                if let verbEnd = lastVerbEnd(lowered, in: span) { span = verbEnd..<span.upperBound }
            }
            guard !span.isEmpty else { continue }
            let items = splitItems(String(text[span]))
            guard !items.isEmpty, items.count <= 12 else { continue }
            // "no self-cleaning filter on the X200": the subject follows the items.
            if subjectOverride == nil { subjectOverride = trailingSubject(text, after: span.upperBound) }
            let subjectEnd = match.trigger == .closedBefore || match.trigger == .negativeBefore ? span.lowerBound : match.start
            let subjects = subjectOverride.map { [$0] } ?? subjects(for: fact, text: text, before: subjectEnd, depth: depth)
            let phraseRange = min(match.start, span.lowerBound)..<max(match.end, span.upperBound)
            var phrase = String(text[phraseRange]).trimmingCharacters(in: " ,;(")
            if closed, match.trigger != .closedBefore, match.trigger != .closedAfter { phrase += " only" }
            let listKey = fact.lead.isEmpty || span.lowerBound > fact.lead.count
                ? "\(fact.id):\(match.start)" : "\(fact.answerID):\(fact.lead):\(match.start)"
            for subject in subjects {
                for item in items {
                    result.append(SupportStatement(subject: subject, item: item, polarity: polarity, closed: closed,
                                                   listKey: listKey, fact: index, phrase: phrase))
                }
            }
        }
        result += featureStatements(fact, text: text, lowered: lowered, depth: depth, index: index, taken: matches)
        return result
    }

    /// The colon ending a label right after a trigger ("Not supported on the X200:"), within a few
    /// words and at the trigger's depth, or nil.
    static func labelColon(_ text: [Character], from start: Int, limit: Int, depth: [Int]) -> Int? {
        let base = start < depth.count ? depth[start] : 0
        var index = start
        var words = 0
        while index < min(limit, text.count), index < start + 80 {
            let character = text[index]
            if depth[index] == base {
                if character == ":" { return words <= 10 ? index : nil }
                if character == "." || character == ";" { return nil }
                if character == " " { words += 1 }
            }
            index += 1
        }
        return nil
    }

    /// The subject a label names: the name after its last "for / on / of / with / in"
    /// ("replacement filters for the Aura 400 air purifier" -> "Aura 400 air purifier"), or the label
    /// itself when it is a name ("the X200" -> "X200"); nil when it names nothing.
    static func labelSubject(_ label: String) -> String? {
        let words = label.split(separator: " ").map(String.init)
        let cut = words.lastIndex { ["for", "on", "of", "with", "in", "by"].contains($0.lowercased()) }.map { $0 + 1 } ?? 0
        let rest = words[cut...].filter { !ClaimContext.determiners.contains($0.lowercased()) }.joined(separator: " ")
        guard !rest.isEmpty else { return nil }
        return subjectName(rest, singleWords: true) ?? ClaimContext.refinedSubject(rest)
    }

    /// Where the items start after a verb in the span of a postfix trigger ("the machine brews from
    /// Brevo pods and ground coffee" -> "Brevo pods and ground coffee"), or nil.
    static func lastVerbEnd(_ lowered: [Character], in span: Range<Int>) -> Int? {
        let text = String(lowered[span])
        let words = text.split(separator: " ", omittingEmptySubsequences: false)
        guard words.count >= 4 else { return nil }
        var offset = 0
        var found: Int?
        for word in words {
            offset += word.count + 1
            if ["from", "with", "accepts", "accept", "uses", "use", "takes", "take", "supports", "support", "runs", "on", "in", "give",
                "gives"].contains(String(word)),
               offset < text.count {
                found = span.lowerBound + offset
            }
        }
        return found
    }

    /// "on the X200", "for the FrostLine F6" right after a statement's items: the subject they name.
    static func trailingSubject(_ text: [Character], after end: Int) -> String? {
        guard end < text.count else { return nil }
        let rest = " " + String(text[end...].prefix(60)).trimmingCharacters(in: " ")
        let lowered = rest.lowercased()
        guard let preposition = [" on ", " for "].first(where: { lowered.hasPrefix($0) }) else { return nil }
        var words: [String] = []
        for raw in rest.dropFirst(preposition.count).split(separator: " ") {
            let word = String(raw).trimmingCharacters(in: ",.;:)")
            if words.isEmpty, ClaimContext.determiners.contains(word.lowercased()) { continue }
            let nameLike = word.first?.isUppercase == true || (word.contains(where: \.isNumber) && word.contains(where: \.isLetter))
                || (!words.isEmpty && word.allSatisfy(\.isNumber))
            guard nameLike, !word.isEmpty else { break }
            words.append(word)
            if raw.last.map({ ",.;:)".contains($0) }) == true { break }
        }
        guard !words.isEmpty else { return nil }
        return subjectName(words.joined(separator: " "), singleWords: true)
    }

    /// Parenthesis depth before each character.
    static func depths(_ text: [Character]) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(text.count)
        var depth = 0
        for character in text {
            if character == ")" { depth = max(0, depth - 1) }
            result.append(depth)
            if character == "(" { depth += 1 }
        }
        return result
    }

    static func findTriggers(_ lowered: [Character], depth: [Int]) -> [Match] {
        var matches: [Match] = []
        var index = 0
        while index < lowered.count {
            var found: Match?
            let atWordStart = index == 0 || !lowered[index - 1].isLetter
            guard atWordStart || lowered[index] == " " else {
                index += 1
                continue
            }
            // "No ice maker on the FrostLine F6": a denial opening a sentence or clause.
            if lowered[index] == "n", index + 3 <= lowered.count, lowered[index..<(index + 3)].elementsEqual("no "),
               atClauseStart(lowered, index) {
                matches.append(Match(start: index, end: index + 2, trigger: .negativeAfter, depth: depth[index]))
                index += 2
                continue
            }
            for (characters, trigger) in triggersByFirst[lowered[index]] ?? [] {
                let leadingSpace = characters.first == " "
                guard leadingSpace || atWordStart, index + characters.count <= lowered.count else { continue }
                guard lowered[index..<(index + characters.count)].elementsEqual(characters) else { continue }
                let after = index + characters.count
                if let last = characters.last, last.isLetter, after < lowered.count, lowered[after].isLetter || lowered[after] == "-" { continue }
                // A postfix trigger ends its clause: "Java only," "$LATEST not supported." ("only
                // works with" and "Not supported:" are other triggers).
                if trigger == .closedBefore || trigger == .negativeBefore, !endsClause(lowered, at: after) { continue }
                found = Match(start: index, end: after, trigger: trigger, depth: depth[min(index + (leadingSpace ? 1 : 0), depth.count - 1)])
                break
            }
            if let found {
                matches.append(found)
                index = found.end
            } else {
                index += 1
            }
        }
        return matches
    }

    /// Whether a clause ends at `index`: the end, `,`, `;`, `)`, `.`, or a parenthesis or dash after a space.
    static func endsClause(_ text: [Character], at index: Int) -> Bool {
        guard index < text.count else { return true }
        if ",;).".contains(text[index]) { return true }
        return text[index] == " " && index + 1 < text.count && "(-—".contains(text[index + 1])
    }

    /// Whether `index` opens a sentence or clause: the text start, or after ". ", "? ", ": ", "; ".
    static func atClauseStart(_ text: [Character], _ index: Int) -> Bool {
        var cursor = index - 1
        while cursor >= 0, text[cursor] == " " { cursor -= 1 }
        return cursor < 0 || ".?!:;".contains(text[cursor])
    }

    /// Where the items after a trigger end: the end of the clause, at the trigger's depth.
    static func itemsEnd(_ text: [Character], _ lowered: [Character], from start: Int, limit: Int, depth: [Int], closing: Bool) -> Int {
        let base = start < depth.count ? depth[start] : 0
        var index = start
        var wordStart = start
        while index < limit {
            let character = text[index]
            if depth[index] < base || (character == ")" && depth[index] <= base && closing) { return index }
            if depth[index] == base {
                if character == ";" { return index }
                if character == "." || character == "!" || character == "?", index + 1 >= text.count || text[index + 1] == " " {
                    // "Node.js" and ".NET" are not sentence ends; a period before a space is.
                    return index
                }
                if character == " ", index + 2 < text.count, text[index + 1] == "-" || text[index + 1] == "—", text[index + 2] == " " { return index }
                if character == ":" && index > start + 1 { return index }
                if character == " " {
                    let word = String(lowered[wordStart..<index]).trimmingCharacters(in: ",")
                    if clauseWords.contains(word), wordStart > start { return wordStart }
                    wordStart = index + 1
                }
            }
            index += 1
        }
        let word = String(lowered[wordStart..<min(index, lowered.count)])
        if clauseWords.contains(word), wordStart > start { return wordStart }
        return index
    }

    /// Where the items before a postfix trigger ("A only", "A not supported") start.
    static func itemsStart(_ text: [Character], before end: Int, depth: [Int]) -> Int {
        guard end > 0 else { return 0 }
        let base = depth[end - 1]
        var index = end - 1
        while index > 0 {
            let character = text[index - 1]
            if depth[index - 1] < base { return index }
            if depth[index - 1] == base {
                if ",;:".contains(character) { return index }
                if character == ".", index < text.count, text[index] == " " { return index }
                if character == "-" || character == "—", index >= 2, text[index - 2] == " ", text[index] == " " { return index }
            }
            index -= 1
        }
        return 0
    }

    /// Splits "Node.js, Python, Go and custom runtimes" or "Java/.NET" into items; version-only
    /// pieces ("17", "21" in "Corretto 11, 17, 21") join the item before them; "other runtimes
    /// (A, B)" stands for A and B.
    static func splitItems(_ span: String) -> [ListItem] {
        var pieces: [String] = []
        var current = ""
        var depth = 0
        let characters = Array(span)
        var index = 0
        func flush() {
            let piece = current.trimmingCharacters(in: " ")
            if !piece.isEmpty { pieces.append(piece) }
            current = ""
        }
        while index < characters.count {
            let character = characters[index]
            if character == "(" { depth += 1 }
            if character == ")" { depth = max(0, depth - 1) }
            if depth == 0 {
                if character == "," || character == "&" { flush(); index += 1; continue }
                if character == "/", index > 0, index + 1 < characters.count, characters[index - 1].isLetter,
                   characters[index + 1].isLetter || characters[index + 1] == "." {
                    flush(); index += 1; continue
                }
                let rest = String(characters[index...].prefix(11)).lowercased()
                let versionWords = ["later", "newer", "above", "up", "higher"]
                let joinsVersions = versionWords.contains { rest.hasPrefix(" and " + $0) || rest.hasPrefix(" or " + $0) }
                if rest.hasPrefix(" and "), !joinsVersions { flush(); index += 5; continue }
                if rest.hasPrefix(" or "), !joinsVersions { flush(); index += 4; continue }
            }
            current.append(character)
            index += 1
        }
        flush()
        // "debit and credit cards": a lone modifier before "and" shares the head noun after it.
        for index in pieces.indices.dropLast() {
            let left = ClaimContext.withoutListMarker(pieces[index]).split(separator: " "), right = pieces[index + 1].split(separator: " ")
            if left.count == 1, let word = left.first, word.allSatisfy(\.isLowercase), right.count >= 2,
               right.first?.first?.isLowercase == true, let head = right.last {
                pieces[index] = String(word) + " " + head
            }
        }
        var items: [ListItem] = []
        for piece in pieces {
            if ListItem.isVersionWord(piece), var last = items.popLast() {
                last.versions.ranges += VersionSet.parse(piece).ranges
                last.text += ", " + piece
                items.append(last)
                continue
            }
            if let open = piece.firstIndex(of: "("), piece.lowercased().hasPrefix("other "), piece.contains(","),
               let close = piece.lastIndex(of: ")"), open < close {
                items += splitItems(String(piece[piece.index(after: open)..<close]))
                continue
            }
            if piece.lowercased().hasPrefix("and later") || piece.lowercased().hasPrefix("later"), var last = items.popLast() {
                if let lastRange = last.versions.ranges.indices.last { last.versions.ranges[lastRange].high = nil }
                items.append(last)
                continue
            }
            if let item = ListItem.parse(piece) { items.append(item) }
        }
        return items
    }

    static let questionWords: Set<String> = ["which", "what", "how", "why", "when", "where", "who", "can", "does", "do", "is",
                                             "are", "will", "should", "could", "would"]

    /// Section words a subject ends with that are not part of the entity: "SnapStart requirements".
    static let trailingSectionWords: Set<String> = [
        "requirements", "limitations", "restrictions", "limits", "support", "constraints", "notes", "overview", "features",
    ]

    /// Who the statement is about: the name before a parenthesis it sits in, the name just before
    /// its trigger, the item label it follows, the fact's lead, else the answer's topic.
    static func subjects(for fact: CheckFact, text: [Character], before end: Int, depth: [Int]) -> [String] {
        let prefix = String(text[..<end])
        // Inside a parenthesis: "Lambda SnapStart (Java only, 2025)".
        if end > 0, end <= depth.count, depth[end - 1] > 0 || (end < depth.count && depth[end] > 0),
           let open = prefix.lastIndex(of: "(") {
            if let name = lastName(in: String(prefix[..<open]), adjacent: true) { return [name] }
        }
        // The prefix at the statement's own depth, asides removed.
        let base = end < depth.count ? depth[end] : 0
        var outer = ""
        var asides: [Int: String] = [:]
        for (index, character) in text[..<end].enumerated() {
            if depth[index] <= base, character != "(", character != ")" || depth[index] < base {
                outer.append(character)
            } else if depth[index] > base, character != ")" {
                asides[outer.count, default: ""].append(character)
            }
        }
        // Just before the trigger in the same clause: "AWS Lambda SnapStart does NOT support".
        let clause = String(outer.split(separator: ":", omittingEmptySubsequences: false).last ?? "")
        let afterDash = clause.components(separatedBy: " - ").last ?? clause
        if let name = lastName(in: afterDash, adjacent: true) { return [name] }
        // A plain noun phrase opening the clause: "Metro ticket machines accept", "E-scooters are allowed on".
        if !afterDash.contains(","), let phrase = nounPhrase(afterDash) { return [phrase] }
        // The label before the nearest colon: "(2) SageMaker Serverless Inference: Up to 6GB models,
        // GPU support"; a section label names its subjects in parentheses: "Limitations (both Lambda
        // & SageMaker Serverless, 2025): (1) No GPU support".
        if let colon = outer.lastIndex(of: ":") {
            let head = outer[..<colon]
            let labelStart = head.lastIndex(where: { ",;:".contains($0) }).map { head.index(after: $0) } ?? head.startIndex
            let label = String(head[labelStart...])
            if let cleaned = ClaimContext.cleanLabel(label), let name = subjectName(cleaned) { return [name] }
            let offset = outer.distance(from: outer.startIndex, to: colon)
            let aside = asides.filter { $0.key <= offset && $0.key > offset - label.count }.sorted { $0.key < $1.key }.last?.value
            if let aside {
                let names = namesIn(aside)
                if !names.isEmpty { return names }
            }
        }
        return leadSubjects(fact, statementAt: end)
    }

    /// Names listed in an aside: "both Lambda & SageMaker Serverless, 2025" -> Lambda, SageMaker Serverless.
    static func namesIn(_ aside: some StringProtocol) -> [String] {
        aside.split(whereSeparator: { ",&".contains($0) })
            .flatMap { $0.components(separatedBy: " and ") }
            .compactMap { part in subjectName(part.replacingAll("both ", with: ""), singleWords: true) }
    }

    /// Words that end a subject's noun phrase ("ticket machines at every station" -> "ticket machines").
    static let phraseBreaks: Set<String> = ["at", "in", "on", "for", "of", "with", "from", "by", "to", "into", "under", "over"]
    static let auxiliaries: Set<String> = ["is", "are", "was", "were", "be", "been", "also", "only", "now", "still", "currently",
                                           "generally", "usually", "always", "not", "never"]
    static let statementVerbs: Set<String> = ["accept", "accepts", "support", "supports", "take", "takes", "use", "uses", "run",
                                              "runs", "give", "gives", "offer", "offers", "include", "includes", "has", "have",
                                              "allow", "allows"]
    static let pronouns: Set<String> = ["it", "they", "you", "we", "i", "he", "she", "this", "that", "these", "those", "there",
                                        "here", "one", "which", "who", "what"]

    /// A short noun phrase that is the whole clause before a trigger: "Metro ticket machines",
    /// "E-scooters are" -> "E-scooters", "Ticket machines at every metro station" -> "Ticket machines".
    static func nounPhrase(_ clause: String) -> String? {
        var words = clause.split(separator: " ").map { String($0).trimmingCharacters(in: ",;") }
        while let last = words.last, auxiliaries.contains(last.lowercased()) || statementVerbs.contains(last.lowercased()) {
            words.removeLast()
        }
        // "the machine brews from": a verb and its preposition, not a noun phrase.
        if let last = words.last, phraseBreaks.contains(last.lowercased()) { return nil }
        if let cut = words.firstIndex(where: { phraseBreaks.contains($0.lowercased()) }) { words = Array(words[..<cut]) }
        while let first = words.first, ClaimContext.determiners.contains(first.lowercased()) { words.removeFirst() }
        guard (1...4).contains(words.count), let first = words.first?.lowercased(), !pronouns.contains(first),
              !questionWords.contains(first),
              words.allSatisfy({ word in word.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } && word.contains(where: \.isLetter) }),
              !words.contains(where: { ClaimContext.verbLike.contains($0.lowercased()) || $0.lowercased().hasSuffix("ed") && $0.count > 4 })
        else { return nil }
        let phrase = words.joined(separator: " ")
        guard !ClaimContext.isGeneric(phrase), !ClaimContext.namesAMetric(phrase) else { return nil }
        return phrase
    }

    /// The subjects a lead or topic names: "Lambda SnapStart (Java only, 2025):" -> Lambda SnapStart;
    /// "Limitations (both Lambda & SageMaker Serverless, 2025):" -> Lambda, SageMaker Serverless.
    static func leadSubjects(_ fact: CheckFact, statementAt position: Int) -> [String] {
        // A lead that holds the statement itself ("No GPU support:") does not name its subject.
        let lead = position < fact.lead.count ? "" : fact.lead
        for source in [lead, fact.topic] where !source.isEmpty {
            let head = ClaimContext.withoutListMarker(source.trimmingCharacters(in: ":- "))
            let main = head.split(separator: "(").first.map(String.init) ?? head
            if let name = subjectName(main) { return [name] }
            if let open = head.firstIndex(of: "("), let close = head.lastIndex(of: ")"), open < close {
                let names = namesIn(head[head.index(after: open)..<close])
                if !names.isEmpty { return names }
            }
        }
        // A question or sentence as topic: the name inside it ("Which phones can control the Pebble R7").
        if let name = ClaimContext.refinedSubject(SubjectIndex.tidy(fact.topic)) { return [name] }
        return [SubjectIndex.tidy(fact.topic)].filter { !$0.isEmpty }
    }

    /// A name fit to be a subject, without trailing section words; nil for generic labels.
    static func subjectName(_ raw: String, singleWords: Bool = false) -> String? {
        var words = SubjectIndex.tidy(raw).split(separator: " ").map(String.init)
        // A question is no name: "Which phones can control the Pebble R7".
        if let first = words.first?.lowercased(), questionWords.contains(first) { return nil }
        while let last = words.last, words.count > 1, trailingSectionWords.contains(last.lowercased()) { words.removeLast() }
        let name = words.joined(separator: " ")
        guard !name.isEmpty, words.count <= 6, !ClaimContext.isGeneric(name), !ClaimContext.namesAMetric(name) else { return nil }
        let runs = ListItem.nameRuns(words)
        guard !runs.isEmpty else { return nil }
        // One plain capitalised word opening a label is a heading ("Runtime", "Limitations").
        if !singleWords, words.count == 1, let word = words.first, word.dropFirst().allSatisfy(\.isLowercase) { return nil }
        return name
    }

    /// The run of name words that ends the text (two plain lowercase words may follow it).
    static func lastName(in text: String, adjacent: Bool) -> String? {
        var cleaned = ""
        var depth = 0
        for character in text {
            if character == "(" { depth += 1; continue }
            if character == ")" { depth = max(0, depth - 1); continue }
            if depth == 0 { cleaned.append(character) }
        }
        var words = cleaned.split(whereSeparator: \.isWhitespace).map(String.init)
        var skipped = 0
        while let last = words.last, last.first?.isLowercase == true, !last.contains("."), skipped < 2 {
            if adjacent, !["also", "now", "fully", "still", "currently", "officially", "natively", "only"].contains(last) { return nil }
            words.removeLast()
            skipped += 1
        }
        var nameWords: [String] = []
        while let last = words.last {
            let isName = last.first?.isUppercase == true || (last.contains(".") && last.contains(where: \.isLetter)) || ListItem.isVersionWord(last)
            guard isName, !last.hasSuffix(","), !last.hasSuffix(";") else { break }
            nameWords.insert(last, at: 0)
            words.removeLast()
        }
        while let first = nameWords.first, ListItem.isVersionWord(first) || ["No", "Yes", "The", "A", "An"].contains(first) { nameWords.removeFirst() }
        guard !nameWords.isEmpty else { return nil }
        return subjectName(nameWords.joined(separator: " "))
    }

    /// "GPU support" (positive) and "No GPU support" (negative): a feature named before the noun
    /// "support", where no list trigger already spoke.
    static func featureStatements(_ fact: CheckFact, text: [Character], lowered: [Character], depth: [Int], index: Int,
                                  taken: [Match]) -> [SupportStatement] {
        var result: [SupportStatement] = []
        let needle = Array(" support")
        var position = 0
        while position + needle.count <= lowered.count {
            defer { position += 1 }
            guard lowered[position..<(position + needle.count)].elementsEqual(needle) else { continue }
            let after = position + needle.count
            guard endsClause(lowered, at: after) || (after < lowered.count && lowered[after] == ":") else { continue }
            guard !taken.contains(where: { $0.start <= position && position < $0.end + 1 }) else { continue }
            // Up to three words before, back to punctuation.
            var start = position
            var words = 0
            while start > 0, words < 3 {
                let previous = text[start - 1]
                if ",;:()".contains(previous) || (previous == "." && start < text.count && text[start] == " ") { break }
                if previous == " " { words += 1; if words == 3 { break } }
                start -= 1
            }
            var phraseWords = String(text[start..<position]).split(separator: " ").map(String.init)
            var polarity = SupportStatement.Polarity.positive
            if let first = phraseWords.first, ["no", "without"].contains(first.lowercased()) {
                polarity = .negative
                phraseWords.removeFirst()
            } else if phraseWords.contains(where: { ["native", "full", "limited", "partial", "experimental", "with", "for"].contains($0.lowercased()) }) {
                continue
            }
            guard !phraseWords.isEmpty, phraseWords.allSatisfy({ $0.first?.isUppercase == true || $0.contains(where: \.isNumber) }),
                  let item = ListItem.parse(phraseWords.joined(separator: " ")) else { continue }
            let subjects = subjects(for: fact, text: text, before: start, depth: depth)
            for subject in subjects {
                result.append(SupportStatement(subject: subject, item: item, polarity: polarity, closed: false,
                                               listKey: "\(fact.id):\(position)", fact: index,
                                               phrase: String(text[start..<after]).trimmingCharacters(in: " ")))
            }
        }
        return result
    }
}
