import KBModel
import KBText
import Foundation

/// The questions of a plain-text FAQ, and the answers under them.
///
/// Plain-text FAQs mark their questions in a few ways, and hard-wrap them like any other line:
///
/// - a "Q:" marker ("Q: Why doesn't the server answer over TCP? Don't the RFCs\n   say it must?"),
///   its answer after an "A:" marker, in the same paragraph or the next;
/// - an entry number, as two or more questions of the file are numbered ("3. How do I\n   ...?",
///   "Q12. ..."; see ``QuestionSegmenter/numberShape(_:)``);
/// - nothing but the question mark: a paragraph that opens with a short question followed by
///   its answer, or that is only a question and is followed by the answer.
///
/// A question runs over at most four lines, up to the line that ends it with "?"; its lines are
/// joined with single spaces. Its answer is the rest of its paragraph and the paragraphs after
/// it, up to the next question. Paragraphs before the first question stay answers of their own.
/// A file is read this way only when its questions are a real share of it (see
/// ``records(_:path:)``); otherwise ``TextReader`` reads it by lines or blocks.
///
/// For example:
///
/// ```swift
/// let lines = TextReader.splitLines("Q: Is it free\n   to use?\n\nA: Yes.\n\nQ: Where?\n\nA: Here.\n")
/// TextQuestions.records(lines, path: "FAQ")?.first?.question  // "Is it free to use?"
/// ```
enum TextQuestions {
    /// The most lines a question may be wrapped over.
    static let maxQuestionLines = 4

    /// One paragraph (consecutive non-blank lines), or the part of one that a marker starts.
    struct Unit {
        var lines: [Substring]
        /// 0-based index of the first line in the file.
        var start: Int
    }

    enum Kind {
        /// A question marked "Q:"; `lines` of its unit are the question.
        case marked(lines: Int)
        /// A question that opens with an entry number of this shape.
        case numbered(shape: String, lines: Int)
        /// A question with neither marker nor number.
        case plain(lines: Int)
        /// A short numbered line that asks nothing ("4. compress() returns Z_BUF_ERROR."): an entry
        /// when its number follows the entry before it (see ``records(_:path:)``).
        case numberedStatement(shape: String, number: [Int], lines: Int)
        case text
    }

    /// The records of a question-and-answer text file, or nil when the file is not one: it takes
    /// two "Q:" questions, or three numbered or unmarked ones, and one question for every twenty
    /// paragraphs (a manual's odd "What is a decorator?" paragraph does not make it an FAQ).
    static func records(_ lines: [Substring], path: String) -> [AnswerRecord]? {
        let units = units(lines)
        guard units.count >= 2 else { return nil }
        var kinds = units.map(kind)
        // A number makes a question only when the file numbers two or more questions alike.
        var shapes: [String: Int] = [:]
        for case .numbered(let shape, _) in kinds { shapes[shape, default: 0] += 1 }
        for index in kinds.indices {
            if case .numbered(let shape, let count) = kinds[index], shapes[shape, default: 0] < 2 { kinds[index] = .plain(lines: count) }
        }
        // A numbered line that asks nothing is an entry when it is numbered as the questions are
        // and its number follows the entry before it: "3. ...?", "4. compress() returns
        // Z_BUF_ERROR.", "5. ...?"; "4.1. ...?", "4.2. I keep getting the error 501". Steps inside
        // an answer start again at 1.
        var last: (shape: String, number: [Int])?
        for index in kinds.indices {
            switch kinds[index] {
            case .numbered(let shape, _):
                if let number = Self.entryNumber(units[index]) { last = (shape, number) }
            case .numberedStatement(let shape, let number, let count):
                if let previous = last, previous.shape == shape, shapes[shape, default: 0] >= 2, Self.follows(number, previous.number) {
                    kinds[index] = .numbered(shape: shape, lines: count)
                    last = (shape, number)
                } else {
                    kinds[index] = .text
                }
            default:
                break
            }
        }
        // A file that numbers its entries (more of them than it leaves unnumbered) numbers them
        // all: an unnumbered question there is one an answer quotes or asks ("Any suggestions?", a
        // mail's "Subject: the cover?"), not an entry. A paragraph of entry lines alone is the
        // file's list of contents: its entries follow.
        let numberedCount = kinds.filter { if case .numbered = $0 { return true } else { return false } }.count
        let plainCount = kinds.filter { if case .plain = $0 { return true } else { return false } }.count
        var contents = Set<Int>()
        if numberedCount >= 3, numberedCount > plainCount {
            for index in kinds.indices {
                if case .plain = kinds[index] { kinds[index] = .text }
                let numbered = units[index].lines.filter { line in
                    QuestionSegmenter.numberShape(line.trimmingSpacesAndTabs()).map { shapes[$0, default: 0] >= 2 } ?? false
                }
                if numbered.count >= 2, numbered.count * 2 >= units[index].lines.count {
                    contents.insert(index)
                    kinds[index] = .text
                }
            }
        }
        // An unmarked question must be answered: by the rest of its paragraph or the next one.
        for index in kinds.indices {
            guard case .plain(let count) = kinds[index] else { continue }
            let answeredInPlace = count < units[index].lines.count
            let answeredNext = index + 1 < kinds.count && { if case .text = kinds[index + 1] { return true } else { return false } }()
            if !answeredInPlace && !answeredNext { kinds[index] = .text }
        }
        let marked = kinds.filter { if case .marked = $0 { return true } else { return false } }.count
        let questions = kinds.filter { if case .text = $0 { return false } else { return true } }.count
        guard marked >= 2 || questions >= 3, questions * 20 >= units.count else { return nil }

        var records: [AnswerRecord] = []
        var current: (question: String, location: SourceLocation, paragraphs: [String])?
        func flush() {
            if let open = current, !open.paragraphs.isEmpty {
                records.append(AnswerRecord(text: open.paragraphs.joined(separator: "\n\n"), question: open.question, location: open.location))
            }
            current = nil
        }
        for (index, (unit, kind)) in zip(units, kinds).enumerated() where !contents.contains(index) {
            let questionLines: Int
            switch kind {
            case .marked(let count), .numbered(_, let count), .plain(let count), .numberedStatement(_, _, let count): questionLines = count
            case .text:
                let text = paragraph(unit.lines)
                guard !text.isEmpty else { continue }
                if current != nil {
                    current?.paragraphs.append(text)
                } else if let (trimmed, column) = TextReader.trim(Substring(text)) {
                    records.append(AnswerRecord(text: trimmed, location: SourceLocation(path: path, line: unit.start + 1, column: column)))
                }
                continue
            }
            flush()
            let question = QuestionText.question(unit.lines.prefix(questionLines).map { $0.trimmingSpacesAndTabs() }.joined(separator: " "))
            let column = (unit.lines.first.flatMap { TextReader.trim($0)?.1 }) ?? 1
            current = (question, SourceLocation(path: path, line: unit.start + 1, column: column), [])
            let rest = paragraph(unit.lines.dropFirst(questionLines))
            if !rest.isEmpty { current?.paragraphs.append(rest) }
        }
        flush()
        return withoutSharedLabel(records)
    }

    /// Questions that nearly all open with one label ("Subject: 02.12 Can I ...?", as a Usenet
    /// digest FAQ heads its entries; "Question: ..."), two in three of them and three at least:
    /// the label is a marker, not part of any question.
    static func withoutSharedLabel(_ records: [AnswerRecord]) -> [AnswerRecord] {
        func label(_ question: String) -> Substring? {
            guard let colon = question.firstIndex(of: ":"), question.index(after: colon) < question.endIndex,
                  question[question.index(after: colon)] == " " else { return nil }
            let word = question[..<colon]
            guard let first = word.first, first.isUppercase, word.count >= 2, word.allSatisfy(\.isLetter) else { return nil }
            return word
        }
        let questions = records.compactMap(\.question)
        var counts: [Substring: Int] = [:]
        for question in questions { if let word = label(question) { counts[word, default: 0] += 1 } }
        guard let (shared, count) = counts.max(by: { $0.value < $1.value }), count >= 3, 3 * count >= 2 * questions.count else { return records }
        return records.map { record in
            guard let question = record.question, label(question) == shared else { return record }
            var copy = record
            copy.question = String(question.dropFirst(shared.count + 1)).trimmingSpacesAndTabs()
            return copy
        }
    }

    /// Lines joined into one paragraph, an "A:" marker at its start removed.
    static func paragraph<Lines: Collection<Substring>>(_ lines: Lines) -> String {
        let text = lines.map { $0.trimmingSpacesAndTabs() }.filter { !$0.isEmpty }.joined(separator: "\n")
        return QuestionText.answer(text)
    }

    /// The file's paragraphs, each split again where a line opens with a "Q:" or "A:" marker.
    static func units(_ lines: [Substring]) -> [Unit] {
        var units: [Unit] = []
        var current: Unit?
        for (number, line) in lines.enumerated() {
            if TextReader.isBlank(line) {
                if let open = current { units.append(open) }
                current = nil
                continue
            }
            let trimmed = line.trimmingSpacesAndTabs()
            if let open = current, QuestionText.questionMarker(in: trimmed) != nil || QuestionText.marker("A", in: trimmed) != nil {
                units.append(open)
                current = nil
            }
            if current == nil { current = Unit(lines: [], start: number) }
            current?.lines.append(line)
            // Lines underlined on the next line ("7. Which RAID10 layout scheme should I use" over
            // "~~~~", a title wrapped over up to four lines) are a title: its paragraph ends with
            // the underline.
            if let open = current, (2...maxQuestionLines + 1).contains(open.lines.count), isUnderline(line) {
                units.append(open)
                current = nil
            }
        }
        if let open = current { units.append(open) }
        return units
    }

    /// Whether a line is an underline: one mark (`~ = - * ^ # _ +`) repeated three times or more.
    static func isUnderline(_ line: Substring) -> Bool {
        let trimmed = line.trimmingSpacesAndTabs()
        guard trimmed.count >= 3, let mark = trimmed.first, "~=-*^#_+".contains(mark) else { return false }
        return trimmed.allSatisfy { $0 == mark }
    }

    /// The number a unit's first line opens with, part by part ("12. ..." is [12], "4.2. ..." is
    /// [4, 2]), or nil.
    static func entryNumber(_ unit: Unit) -> [Int]? {
        guard var first = unit.lines.first?.trimmingSpacesAndTabs() else { return nil }
        // ("Question 1.1.": the word that names the entry goes first.)
        let words = first.split(maxSplits: 2, whereSeparator: { $0 == " " || $0 == "\t" })
        if QuestionSegmenter.isEntryLabel(words) { first = String(first.dropFirst(words[0].count).drop { $0 == " " || $0 == "\t" }) }
        let label = first.drop { !$0.isNumber && ($0 == "(" || $0 == "Q" || $0 == "#") }.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        let parts = label.split(separator: ".").map { Int($0) }
        guard !parts.isEmpty, parts.allSatisfy({ $0 != nil }) else { return nil }
        return parts.compactMap { $0 }
    }

    /// Whether one entry number comes right after another: one part one more, the parts before it
    /// the same and those after it 1 ("5" after "4", "4.2" after "4.1", "5.1" after "4.7").
    static func follows(_ number: [Int], _ previous: [Int]) -> Bool {
        guard number.count == previous.count else { return false }
        for index in number.indices where number[index] != previous[index] {
            return number[index] == previous[index] + 1 && number[(index + 1)...].allSatisfy { $0 == 1 }
        }
        return false
    }

    /// What a unit opens with: a marked, numbered or unmarked question (and over how many lines),
    /// or text.
    static func kind(_ unit: Unit) -> Kind {
        guard let first = unit.lines.first?.trimmingSpacesAndTabs() else { return .text }
        let marked = QuestionText.questionMarker(in: first) != nil
        // The lines up to the first that ends with "?", when that comes soon enough.
        var count: Int?
        var length = 0
        for (index, line) in unit.lines.prefix(maxQuestionLines).enumerated() {
            let trimmed = line.trimmingSpacesAndTabs()
            // A later line that opens with a marker is not the question's.
            if index > 0, QuestionText.marker("A", in: trimmed) != nil { break }
            length += trimmed.count + 1
            if QuestionText.endsWithQuestionMark(trimmed) {
                count = index + 1
                break
            }
        }
        if marked { return .marked(lines: count ?? 1) }
        // An underlined numbered line is an entry's title, a question or not ("8. (One of) my RAID
        // arrays is busy and cannot be stopped. What gives?", "7. Which RAID10 layout scheme should
        // I use"): the author marked it as one. It counts when numbered as the file's questions are.
        if let last = unit.lines.last, (2...maxQuestionLines + 1).contains(unit.lines.count), isUnderline(last),
           let shape = QuestionSegmenter.numberShape(first), entryNumber(unit) != nil,
           unit.lines.dropLast().reduce(0, { $0 + $1.count }) <= QuestionText.maxLength {
            return .numbered(shape: shape, lines: unit.lines.count - 1)
        }
        if count == nil, let shape = QuestionSegmenter.numberShape(first), let number = entryNumber(unit),
           unit.lines.count == 1, first.count <= 150, first.split(separator: " ").count >= 3 {
            return .numberedStatement(shape: shape, number: number, lines: 1)
        }
        guard let lines = count, length <= QuestionText.maxLength,
              first.first.map({ $0.isUppercase || $0.isNumber || $0 == "(" || $0 == "#" }) == true else { return .text }
        // The question must be the first sentence: no sentence ends before its "?". A numbered
        // entry's title may set the scene first ("#1. I keep hearing about Expect.  So what is
        // it?"): its number already marks it, and the title ends at its line's "?".
        let asked = unit.lines.prefix(lines).map { $0.trimmingSpacesAndTabs() }.joined(separator: " ")
        let shape = QuestionSegmenter.numberShape(first)
        // (The number, and a word that names the entry before it, open no sentence.)
        let labelled = QuestionSegmenter.isEntryLabel(asked.split(maxSplits: 2, whereSeparator: { $0 == " " || $0 == "\t" }))
        let afterFirst = asked.drop { !$0.isWhitespace }
        let body = shape == nil ? Substring(asked) : labelled ? afterFirst.drop(while: \.isWhitespace).drop { !$0.isWhitespace } : afterFirst
        if let shape, entryNumber(unit) != nil {
            return body.contains("! ") || body.split(separator: " ").count < 2 ? .text : .numbered(shape: shape, lines: lines)
        }
        if body.dropLast().contains(". ") || body.contains("! ") { return .text }
        if let shape { return .numbered(shape: shape, lines: lines) }
        return .plain(lines: lines)
    }
}
