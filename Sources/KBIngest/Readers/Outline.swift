import KBModel
import KBText
/// A document as a flat sequence of headings and content blocks, the shape Markdown and HTML
/// readers share once markup is gone.
public enum OutlineBlock: Sendable, Hashable {
    /// A heading: level 1-6 from markup, 7 for a paragraph that is all bold.
    case heading(level: Int, text: String, anchor: String?, line: Int)
    /// A paragraph (or a table row, a definition, loose text).
    case text(String, line: Int)
    /// One list item.
    case listItem(String, line: Int)
    /// Preformatted code, kept as written.
    case code(String, line: Int)
    /// A thematic break (`---`, `<hr>`): it ends the answer before it.
    case separator(line: Int)

    var line: Int {
        switch self {
        case .heading(_, _, _, let line), .text(_, let line), .listItem(_, let line), .code(_, let line), .separator(let line):
            return line
        }
    }
}

/// Turns an outline into question/answer records: which headings are questions, and which blocks
/// answer them.
///
/// - Every heading that ends with "?" is a question, at any level.
/// - So is every heading with content at the question level: the level holding most "?"
///   headings (pages differ: DocBook FAQs use h2 or h3, Sphinx h3, bold paragraphs level 7), or,
///   when no heading ends with "?", the deepest level where two or more headings have content;
///   and any other level where two or more headings with content ask, two in three of them.
/// - So is a heading with content, at any level, numbered as two or more questions are ("(FAQ 1b)
///   I'm still having problems" beside "(FAQ 1c) How do I ...?"; see ``numberShape(_:)``).
/// - An answer is the content after its question up to the next question, the next heading of
///   the same or a higher level, or a thematic break; deeper headings inside it stay as lines of
///   the answer. A reader may end it sooner (an HTML answer stays inside the element that holds
///   its question). A heading followed by a break or another heading has no content.
///
/// Answer text keeps paragraphs apart with blank lines, list items as "- item" lines, and code as
/// fenced blocks (which the fact splitter never splits or mines).
///
/// For example:
///
/// ```swift
/// let records = QuestionSegmenter.records([.heading(level: 2, text: "Why?", anchor: "why", line: 3),
///                                          .text("Because.", line: 4)], path: "faq.html")
/// records.first?.question  // "Why?"
/// ```
public enum QuestionSegmenter {
    public static func records(_ blocks: [OutlineBlock], path: String) -> [AnswerRecord] {
        segments(blocks, path: path).map(\.record)
    }

    /// The records of an outline, or, when no heading holds a question with content, its
    /// paragraphs as answers of their own (a manual page or an AsciiDoc file with no FAQ in it).
    static func recordsOrParagraphs(_ blocks: [OutlineBlock], path: String) -> [AnswerRecord] {
        let records = self.records(blocks, path: path)
        guard records.isEmpty else { return records }
        return blocks.compactMap { block in
            guard case .text(let text, let line) = block else { return nil }
            return AnswerRecord(text: text, location: SourceLocation(path: path, line: line))
        }
    }

    /// The records with the index of their question's block. `within(question, block)` says whether
    /// a block may belong to the answer of the question at index `question` (an HTML answer stays
    /// inside the element that holds its question); an answer ends at the first block that may not.
    static func segments(_ blocks: [OutlineBlock], path: String,
                         within: ((_ question: Int, _ block: Int) -> Bool)? = nil) -> [(question: Int, record: AnswerRecord)] {
        guard let levels = questionLevels(blocks) else { return [] }
        func hasContent(_ index: Int) -> Bool {
            guard index + 1 < blocks.count else { return false }
            if case .heading = blocks[index + 1] { return false }
            if case .separator = blocks[index + 1] { return false }
            return true
        }
        var isQuestion = blocks.indices.map { index -> Bool in
            guard case .heading(let headingLevel, let text, _, _) = blocks[index] else { return false }
            if text.hasSuffix("?") || speaksAsReader(text) { return true }
            // At the question level, a heading with content is a question even without "?".
            return levels.contains(headingLevel) && hasContent(index)
        }
        // A heading numbered as two or more questions are ("(FAQ 1b) I'm still having problems"
        // under "(FAQ 1) ...?" and beside "(FAQ 1c) How do I ...?") is an entry of that list too,
        // at any level, when it has content of its own.
        var shapes: [String: Int] = [:]
        for index in blocks.indices where isQuestion[index] {
            if case .heading(_, let text, _, _) = blocks[index], let shape = numberShape(text) { shapes[shape, default: 0] += 1 }
        }
        if !shapes.isEmpty {
            for index in blocks.indices where !isQuestion[index] && hasContent(index) {
                if case .heading(_, let text, _, _) = blocks[index], let shape = numberShape(text), shapes[shape, default: 0] >= 2 { isQuestion[index] = true }
            }
        }
        var segments: [(question: Int, record: AnswerRecord)] = []
        for index in blocks.indices where isQuestion[index] {
            guard case .heading(let questionLevel, let question, let anchor, let line) = blocks[index] else { continue }
            var body: [OutlineBlock] = []
            var next = index + 1
            while next < blocks.count, !isQuestion[next], within?(index, next) ?? true {
                if case .heading(let nextLevel, _, _, _) = blocks[next], nextLevel <= questionLevel { break }
                if case .separator = blocks[next] { break }
                body.append(blocks[next])
                next += 1
            }
            let text = answerText(body)
            if !text.isEmpty, QuestionText.isQuestion(question) || !isDateline(text) {
                segments.append((index, AnswerRecord(text: text, question: question,
                                                     location: SourceLocation(path: path, line: line, anchor: anchor))))
            }
        }
        return segments
    }

    /// Whether a text is a dateline and nothing more ("v2.3, 3 February 2025", "2024-05-01"):
    /// at most six words, most of them holding digits. Under a title that asks nothing (a
    /// document's author line) it is the document's stamp, not an answer.
    static func isDateline(_ text: String) -> Bool {
        let words = text.split(whereSeparator: { $0.isWhitespace })
        guard !words.isEmpty, words.count <= 6 else { return false }
        return 2 * words.filter { $0.contains(where: \.isNumber) }.count > words.count
    }

    /// The shape of the number a heading opens with, its numbers and single letters as "#":
    /// "(FAQ 1b) ..." -> "(FAQ #)", "A.7.8 ..." -> "#.#.#", "12.1.3. ..." -> "#.#.#."; nil for a
    /// heading that opens with no number.
    static func numberShape(_ text: String) -> String? {
        // Words apart by spaces or tabs ("3.13\tI am editing a file ...").
        let words = text.split(maxSplits: 2, whereSeparator: { $0 == " " || $0 == "\t" })
        guard let first = words.first else { return nil }
        var label = String(first)
        // "(FAQ 1b)": a word before the number inside the parenthesis.
        if label.hasPrefix("("), !label.contains(")"), let second = words.dropFirst().first, second.hasSuffix(")") {
            label += " " + second
        }
        // "Question 1.1.  What is Asymptote?": a word that names the entry before its number.
        let named = isEntryLabel(words)
        if named, let second = words.dropFirst().first { label += " " + second }
        var shape = ""
        var run = ""
        var numbers = 0
        func flush() {
            guard !run.isEmpty else { return }
            // A run of digits (with at most one letter after), or a single letter, is a number.
            let digits = run.prefix { $0.isASCII && $0.isNumber }
            if !digits.isEmpty && run.count - digits.count <= 1 || run.count == 1 && run.first?.isLetter == true {
                shape += "#"
                numbers += digits.isEmpty ? 0 : 1
            } else {
                shape += run
            }
            run = ""
        }
        for character in label {
            if character.isLetter || character.isNumber {
                run.append(character)
            } else {
                flush()
                shape.append(character)
            }
        }
        flush()
        return numbers > 0 && shape.count <= (named ? 20 : 12) ? shape : nil
    }

    /// Whether a line opens with a word that names its entry before the entry's number
    /// ("Question 1.1.", "Entry 12:"): a capitalised word of letters only, then a word that opens
    /// with a digit.
    static func isEntryLabel<S: StringProtocol>(_ words: [S]) -> Bool {
        guard words.count >= 2, let first = words.first, (1...10).contains(first.count), first.allSatisfy(\.isLetter),
              first.first?.isUppercase == true, words[1].first?.isNumber == true else { return false }
        return true
    }

    /// Whether a heading states a reader's problem in the reader's own voice, as FAQ entries are
    /// titled ("I'm getting an error about greenlet not being installed", "My build fails on
    /// Windows"): a question without its question mark.
    static func speaksAsReader(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard words.count >= 4, let first = words.first else { return false }
        let opener = first.replacingOccurrences(of: "\u{2019}", with: "'")
        return ["I", "I'm", "I've", "I'd", "My"].contains(opener)
    }

    /// The heading levels whose headings are the questions, or nil when no heading has content:
    /// the question level (the level holding most headings that ask and have content; without
    /// any, the deepest level where two or more headings have content), and any other level whose
    /// headings with content mostly ask (two or more, at least two in three of them): a wiki page
    /// with its questions in `h3` headings and in collapsible blocks has two, and the `h3` that does
    /// not ask is an entry all the same.
    static func questionLevels(_ blocks: [OutlineBlock]) -> Set<Int>? {
        var questionMarks: [Int: Int] = [:], withContent: [Int: Int] = [:], askingWithContent: [Int: Int] = [:]
        for (index, block) in blocks.enumerated() {
            guard case .heading(let level, let text, _, _) = block else { continue }
            let asks = text.hasSuffix("?") || speaksAsReader(text)
            if asks { questionMarks[level, default: 0] += 1 }
            if index + 1 < blocks.count {
                switch blocks[index + 1] {
                case .heading, .separator: break
                default:
                    withContent[level, default: 0] += 1
                    if asks { askingWithContent[level, default: 0] += 1 }
                }
            }
        }
        let primary: Int
        if let best = questionMarks.filter({ withContent[$0.key] != nil }).max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) }) {
            primary = best.key
        } else if let deepest = withContent.filter({ $0.value >= 2 }).keys.max() {
            // Without question marks, a single titled section (a page title over an article) is not
            // question/answer structure: it takes two headings with content at one level.
            primary = deepest
        } else {
            return nil
        }
        var levels: Set<Int> = [primary]
        for (other, count) in askingWithContent where count >= 2 && 3 * count >= 2 * (withContent[other] ?? 0) { levels.insert(other) }
        return levels
    }

    /// Blocks joined into answer text: paragraphs apart, list items as lines, code fenced.
    public static func answerText(_ blocks: [OutlineBlock]) -> String {
        var parts: [String] = []
        var list: [String] = []
        func flushList() {
            if !list.isEmpty { parts.append(list.joined(separator: "\n")) }
            list.removeAll()
        }
        for block in blocks {
            switch block {
            case .listItem(let text, _):
                list.append("- " + text)
            case .text(let text, _), .heading(_, let text, _, _):
                flushList()
                parts.append(text)
            case .code(let code, _):
                flushList()
                parts.append("```\n" + code + "\n```")
            case .separator:
                flushList()
            }
        }
        flushList()
        return parts.filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    /// Paragraph-like blocks as answers without questions: the fallback for pages with no
    /// question/answer structure.
    public static func paragraphRecords(_ blocks: [OutlineBlock], path: String) -> [AnswerRecord] {
        blocks.compactMap { block in
            guard case .text(let text, let line) = block, text.split(separator: " ").count >= 3 else { return nil }
            return AnswerRecord(text: text, location: SourceLocation(path: path, line: line))
        }
    }
}
