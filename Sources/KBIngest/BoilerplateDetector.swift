import KBModel
import KBText
/// Separates page chrome (titles, taglines, placeholders, glued page fragments) from answers.
///
/// A record is chrome when one of these general rules holds:
///
/// - **fragment**: fewer than three words and no sentence punctuation at its end ("unknown", "Share");
/// - **title**: at most twelve words, no sentence punctuation at its end, and title-cased
///   (three quarters of its content words capitalised): "Serverless Computing FAQ & Answers";
/// - **header echo**: it is among the first or last five records (where a page's header and
///   footer sit), it sits between two chrome records and is short (under 300 characters), or next
///   to one and much shorter than the file's typical answer; and it repeats two or more consecutive
///   words of a chrome neighbour ("62 expert Serverless Computing answers researched ..." under the
///   title "Serverless Computing FAQ & Answers").
///
/// A prefix glued onto an answer is stripped when it is at most three words, ends in a lowercase word
/// glued to the capitalised first word of the answer ("62 questionsReserved concurrency ..."), and
/// shares a word with the chrome at the top or bottom of the file. ``Deduplicator`` strips the other kind of prefix: one that
/// turns an answer into a near-copy of another.
///
/// For example:
///
/// ```swift
/// let result = BoilerplateDetector().clean(document.records)
/// result.chrome.count           // 3 on the bundled corpus
/// result.strippedPrefixes.count // 1 ("62 questions")
/// ```
public struct BoilerplateDetector: Sendable {
    /// Why a record was judged chrome.
    public enum Rule: String, Sendable, Hashable {
        case fragment, title, headerEcho = "header-echo"
    }

    /// A record removed as chrome, and the rule that removed it.
    public struct Chrome: Sendable, Hashable {
        public var record: AnswerRecord
        public var rule: Rule
    }

    /// A prefix removed from the front of a record.
    public struct StrippedPrefix: Sendable, Hashable {
        public var location: SourceLocation
        public var prefix: String
    }

    public struct Result: Sendable {
        /// The records that are answers, prefixes stripped.
        public var answers: [AnswerRecord]
        public var chrome: [Chrome]
        public var strippedPrefixes: [StrippedPrefix]
    }

    public init() {}

    /// Records this close to the start or end of a file can be a header echo (page chrome sits
    /// at the top and bottom of a page, not between its sections).
    public var echoZone = 5

    public func clean(_ records: [AnswerRecord]) -> Result {
        var rules: [Rule?] = records.concurrentMap(Self.standaloneRule)
        let typical = Self.medianLength(records.indices.filter { rules[$0] == nil }.map { records[$0] })
        // Header echoes: a worklist over the zones at both ends, so the pass stays linear.
        let zone = Set(records.indices.prefix(echoZone)).union(records.indices.suffix(echoZone))
        var pending = zone.sorted()
        while let index = pending.popLast() {
            guard rules[index] == nil else { continue }
            let neighbours = [index - 1, index + 1].filter { records.indices.contains($0) && rules[$0] != nil }
            // Between two chrome records a line only has to be short; beside one, much shorter
            // than the file's typical answer.
            let limit = neighbours.count == 2 ? 300 : min(300, typical / 2)
            guard !neighbours.isEmpty, records[index].text.count < limit else { continue }
            let words = TextNormalizer.words(records[index].text).map(\.folded)
            let echoes = neighbours.contains { Self.sharesBigram(words, TextNormalizer.words(records[$0].text).map(\.folded)) }
            guard echoes else { continue }
            rules[index] = .headerEcho
            pending += [index - 1, index + 1].filter { zone.contains($0) && rules[$0] == nil }
        }
        // Words of the page header and footer, for recognising a fragment of them glued onto an answer.
        let chromeVocabulary = Set(zone.filter { rules[$0] != nil }
            .flatMap { TextNormalizer.words(records[$0].text).map(\.folded) }
            .filter { $0.count >= 2 })

        let splits: [String.Index?] = chromeVocabulary.isEmpty ? [] : records.concurrentMap { record in
            Self.gluedPrefix(record.text, vocabulary: chromeVocabulary)
        }
        var answers: [AnswerRecord] = []
        var chrome: [Chrome] = []
        var stripped: [StrippedPrefix] = []
        for (index, (record, rule)) in zip(records, rules).enumerated() {
            if let rule {
                chrome.append(Chrome(record: record, rule: rule))
                continue
            }
            var record = record
            if !splits.isEmpty, let split = splits[index] {
                stripped.append(StrippedPrefix(location: record.location, prefix: String(record.text[..<split])))
                record = record.droppingPrefix(upTo: split)
            }
            if let split = Self.breadcrumbEnd(record.text) {
                stripped.append(StrippedPrefix(location: record.location, prefix: String(record.text[..<split])))
                record = record.droppingPrefix(upTo: split)
            }
            if let start = Self.pollStart(record.text) {
                record.text = String(record.text[..<start]).trimmingWhitespace()
            }
            answers.append(record)
        }
        return Result(answers: answers, chrome: chrome, strippedPrefixes: stripped)
    }

    /// The rule that makes a record chrome on its own, without looking at its neighbours.
    static func standaloneRule(_ record: AnswerRecord) -> Rule? {
        let text = record.text
        guard let last = text.last, !".!?:;)\"'”".contains(last) else { return nil }
        // Only the first thirteen words matter: a longer record is never a title.
        let words = text.split(maxSplits: 13, omittingEmptySubsequences: true, whereSeparator: \.isWhitespace)
        if words.count < 3 { return .fragment }
        guard words.count <= 12 else { return nil }
        let content = words.filter { word in
            guard let first = word.first, first.isLetter else { return false }
            return !minorWords.contains(word.lowercased())
        }
        guard !content.isEmpty else { return nil }
        let capitalised = content.filter { $0.first?.isUppercase == true }.count
        return capitalised * 4 >= content.count * 3 ? .title : nil
    }

    /// Words that title case leaves in lowercase.
    static let minorWords: Set<String> = [
        "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "on",
        "or", "per", "the", "to", "vs", "via", "with",
    ]

    static func sharesBigram(_ words: [String], _ other: [String]) -> Bool {
        guard other.count >= 2, words.count >= 2 else { return false }
        var bigrams = Set<String>()
        for index in 0..<(other.count - 1) { bigrams.insert(other[index] + " " + other[index + 1]) }
        for index in 0..<(words.count - 1) where bigrams.contains(words[index] + " " + words[index + 1]) {
            return true
        }
        return false
    }

    static func medianLength(_ records: [AnswerRecord]) -> Int {
        let lengths = records.map(\.text.count).sorted()
        return lengths.isEmpty ? 0 : lengths[lengths.count / 2]
    }

    /// Marks that separate the steps of a breadcrumb trail.
    static let trailSeparators: Set<Character> = ["\u{203A}", "\u{00BB}", ">", "/"]

    /// Where an answer starts after a breadcrumb trail glued before it: "Membership › Key Holders ›
    /// Bringing a guest — Key Holder members may ...". Three or more short steps (at most five words
    /// each, twelve in all) joined by a trail separator, then a dash or a colon. Nil without one.
    static func breadcrumbEnd(_ text: String) -> String.Index? {
        guard mayOpenWithTrail(text) else { return nil }
        var steps = 0, words = 0, wordsInStep = 0
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if trailSeparators.contains(character) {
                guard wordsInStep > 0, wordsInStep <= 5 else { return nil }
                steps += 1
                wordsInStep = 0
            } else if ["—", "–", ":"].contains(character) || character == "-" && index > text.startIndex && text[text.index(before: index)] == " " {
                guard steps >= 2, wordsInStep > 0, wordsInStep <= 5 else { return nil }
                let after = text.index(after: index)
                return after < text.endIndex ? after : nil
            } else if character.isLetter || character.isNumber, index == text.startIndex || !(text[text.index(before: index)].isLetter || text[text.index(before: index)].isNumber) {
                wordsInStep += 1
                words += 1
                guard words <= 12 else { return nil }
            } else if [".", "?", "!", ","].contains(character) {
                return nil
            }
            index = text.index(after: index)
        }
        return nil
    }

    /// Whether a trail separator comes before the text's first `.`, `?`, `!`, `,` or `:` (that is
    /// not followed by a combining mark): without one, ``breadcrumbEnd(_:)`` finds no trail. Read
    /// on UTF-8 bytes, as most answers have no trail and the test runs on every one.
    static func mayOpenWithTrail(_ text: String) -> Bool {
        var previous: UInt8 = 0
        var markBefore = false
        for byte in text.utf8 {
            // A mark followed by ASCII is a character of its own: the trail would have ended there.
            if markBefore, byte < 0x80 { return false }
            markBefore = false
            switch byte {
            case UInt8(ascii: ">"), UInt8(ascii: "/"): return true
            // » (C2 BB) and › (E2 80 BA); a byte pair that only looks like their end is read slowly.
            case 0xBB where previous == 0xC2, 0xBA where previous == 0x80: return true
            case UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: ","), UInt8(ascii: ":"): markBefore = true
            default: break
            }
            previous = byte
        }
        return false
    }

    /// Where a feedback poll closes an answer: a last question followed by nothing but two to four
    /// short choices ("Was this answer useful? Yes / No", "Did this help? Yes No"). Nil without one,
    /// or when the question is the whole answer.
    static func pollStart(_ text: String) -> String.Index? {
        guard text.utf8.contains(UInt8(ascii: "?")), let mark = text.lastIndex(of: "?") else { return nil }
        let choices = text[text.index(after: mark)...].split(whereSeparator: { $0.isWhitespace || $0 == "/" || $0 == "|" })
        guard (2...4).contains(choices.count), choices.allSatisfy({ $0.count <= 12 && $0.allSatisfy(\.isLetter) && $0.first?.isUppercase == true }) else { return nil }
        // The question starts after the sentence before it.
        let before = text[..<mark]
        guard let end = before.lastIndex(where: { [".", "!", "?"].contains($0) }) else { return nil }
        let start = text.index(after: end)
        return before[start...].split(whereSeparator: \.isWhitespace).count <= 8 ? start : nil
    }

    /// Where the answer starts after a glued chrome prefix such as "62 questions|Reserved ...", if any.
    static func gluedPrefix(_ text: String, vocabulary: Set<String>) -> String.Index? {
        // The glue must sit within the first 40 characters; five more words make the remainder check.
        let head = String(text.unicodeScalars.prefix(120))
        let words = TextNormalizer.words(head)
        let remainderWords = head.utf8.count == text.utf8.count ? words.count : Int.max
        guard words.count >= 2 else { return nil }
        for index in 1..<min(4, words.count) {
            let left = words[index - 1], right = words[index]
            guard left.range.upperBound == right.range.lowerBound else { continue }
            // A glue is a lowercase word of three letters or more run into a capitalised word.
            let leftText = head[left.range], rightText = head[right.range]
            guard leftText.count >= 3, leftText.allSatisfy(\.isLowercase),
                  let first = rightText.first, first.isUppercase,
                  rightText.dropFirst().first?.isLowercase == true else { continue }
            guard head.distance(from: head.startIndex, to: right.range.lowerBound) <= 40,
                  remainderWords - index >= 5,
                  words[..<index].contains(where: { vocabulary.contains($0.folded) }) else { return nil }
            // The same position in `text` (the head is a copy of its first characters).
            let offset = head.utf8.distance(from: head.startIndex, to: right.range.lowerBound)
            return text.utf8.index(text.startIndex, offsetBy: offset)
        }
        return nil
    }
}

extension AnswerRecord {
    /// "How heavy is the Ridgeline 2P tent? The Ridgeline 2P weighs 1.6 kg ...": a record without a
    /// question whose text opens with one (a capitalised sentence of three words or more ending in
    /// "?", followed by a capital or digit) takes it as its question; the text keeps the answer.
    func splittingOpeningQuestion() -> AnswerRecord {
        guard question == nil, let first = text.first, first.isUppercase else { return self }
        let head = text.prefix(300)
        guard let mark = head.firstIndex(of: "?") else { return self }
        let asked = text[..<mark]
        // The question must be the first sentence: no sentence end before its "?".
        guard !asked.contains(". "), !asked.contains("! "), !asked.contains(where: \.isNewline),
              asked.split(separator: " ").count >= 3 else { return self }
        let after = text.index(after: mark)
        guard after < text.endIndex, text[after].isWhitespace,
              let next = text[after...].first(where: { !$0.isWhitespace }), next.isUppercase || next.isNumber else { return self }
        var copy = droppingPrefix(upTo: after)
        guard copy.text.split(separator: " ").count >= 3 else { return self }
        copy.question = String(text[...mark])
        return copy
    }

    /// The record with everything before `index` removed and its column moved to match.
    func droppingPrefix(upTo index: String.Index) -> AnswerRecord {
        var copy = self
        let dropped = text[..<index]
        var rest = text[index...]
        while let first = rest.first, first.isWhitespace { rest = rest.dropFirst() }
        copy.text = String(rest)
        copy.location.column += text.distance(from: text.startIndex, to: rest.startIndex)
        if dropped.contains(where: \.isNewline) {
            copy.location.line += dropped.filter(\.isNewline).count
        }
        return copy
    }
}
