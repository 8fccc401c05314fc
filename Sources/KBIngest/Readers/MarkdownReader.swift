import KBModel
import KBText
import Foundation

/// Reads Markdown FAQs: headings (ATX `## Question?` and Setext) as questions, `**Q:** ... **A:** ...`
/// and `Q: ... / A: ...` pairs, paragraphs and lists as answer content, fenced and indented code
/// kept as code. A file with neither headings nor Q/A pairs is read like a text file.
///
/// For example:
///
/// ```swift
/// let document = try MarkdownReader().read(Data("## Why?\n\nBecause.\n".utf8), path: "faq.md")
/// document.records.first?.question  // "Why?"
/// ```
public struct MarkdownReader: DocumentReader {
    public let format = "md"
    public let fileExtensions: Set<String> = ["md", "markdown", "mdown", "mkd"]

    public init() {}

    public func accepts(_ data: Data) -> Bool {
        // A Markdown file may open with a link ("[Home](index.md) > FAQ"): it is JSON only when it parses.
        !HTMLReader.looksLikeHTML(data) && !(JSONReader.looksLikeJSON(data) && JSONReader.parses(data))
    }

    public func read(_ data: Data, path: String) throws(IngestError) -> SourceDocument {
        let text = try TextDecoding.decode(data, path: path)
        let blocks = Self.outline(text)
        var records = QuestionSegmenter.records(blocks, path: path)
        if records.isEmpty {
            records = TextReader.records(in: Self.withoutMarkup(text), path: path)
        }
        return SourceDocument(path: path, records: records, format: format, title: Self.title(blocks))
    }

    /// The file's title: its one level-1 heading, unless that heading asks a question.
    static func title(_ blocks: [OutlineBlock]) -> String? {
        var titles: [String] = []
        for case .heading(1, let text, _, _) in blocks { titles.append(text) }
        guard titles.count == 1, let title = titles.first, !title.hasSuffix("?"), !title.allSatisfy(\.isWhitespace) else { return nil }
        return title
    }

    /// The Markdown as headings and blocks. `Q:` lines become headings one level below any
    /// heading, so that they are the questions.
    static func outline(_ text: String) -> [OutlineBlock] {
        let lines = TextReader.splitLines(text).map(String.init)
        var blocks: [OutlineBlock] = []
        var paragraph: [String] = []
        var paragraphLine = 0
        var index = 0
        func flush() {
            if !paragraph.isEmpty {
                blocks.append(.text(inline(paragraph.joined(separator: " ")), line: paragraphLine))
                paragraph.removeAll()
            }
        }
        func addParagraphLine(_ line: String, _ number: Int) {
            if paragraph.isEmpty { paragraphLine = number }
            paragraph.append(line.trimmingSpacesAndTabs())
        }
        while index < lines.count {
            let line = lines[index]
            let number = index + 1
            let trimmed = line.trimmingSpacesAndTabs()
            // Fenced code.
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                flush()
                let fence = String(trimmed.prefix(3))
                var code: [String] = []
                index += 1
                while index < lines.count, !lines[index].trimmingSpacesAndTabs().hasPrefix(fence) {
                    code.append(lines[index])
                    index += 1
                }
                blocks.append(.code(code.joined(separator: "\n"), line: number))
                index += 1
                continue
            }
            // Indented code: after a blank line (or at the start), four spaces or a tab.
            if paragraph.isEmpty, line.hasPrefix("    ") || line.hasPrefix("\t"), !trimmed.isEmpty,
               blocks.last.map({ if case .listItem = $0 { return false } else { return true } }) ?? true {
                var code: [String] = []
                while index < lines.count, lines[index].hasPrefix("    ") || lines[index].hasPrefix("\t") || lines[index].trimmingSpacesAndTabs().isEmpty {
                    code.append(lines[index].hasPrefix("\t") ? String(lines[index].dropFirst()) : String(lines[index].dropFirst(min(4, lines[index].count))))
                    index += 1
                }
                while code.last?.trimmingSpacesAndTabs().isEmpty == true { code.removeLast() }
                blocks.append(.code(code.joined(separator: "\n"), line: number))
                continue
            }
            if trimmed.isEmpty {
                flush()
                index += 1
                continue
            }
            // A Setext underline under a paragraph (which may span several lines) makes it a heading.
            if !paragraph.isEmpty, trimmed.count >= 2, trimmed.allSatisfy({ $0 == "=" }) || trimmed.allSatisfy({ $0 == "-" }) {
                let title = inline(paragraph.joined(separator: " "))
                paragraph.removeAll()
                blocks.append(.heading(level: trimmed.first == "=" ? 1 : 2, text: title, anchor: nil, line: paragraphLine))
                index += 1
                continue
            }
            // A thematic break (---, ***, * * *, ___) separates; it is not content. Right under a
            // heading (`### What is it?` then `---`) it underlines the heading: its content follows.
            if isThematicBreak(trimmed) {
                flush()
                if case .heading = blocks.last {
                    index += 1
                    continue
                }
                blocks.append(.separator(line: number))
                index += 1
                continue
            }
            // ATX heading.
            if let (level, title) = atxHeading(trimmed) {
                flush()
                let (text, anchor) = withoutInlineTags(title)
                blocks.append(.heading(level: level, text: inline(text), anchor: anchor, line: number))
                index += 1
                continue
            }
            // HTML in Markdown: a disclosure's summary (`<details><summary>Why?</summary>`, as
            // GitHub renders it) is an entry's title; a line of tags and nothing else
            // (`<details>`, `</p></details>`) ends a paragraph and holds no text.
            if let (title, anchor) = summaryLine(trimmed) {
                flush()
                blocks.append(.heading(level: 7, text: inline(title), anchor: anchor, line: number))
                index += 1
                continue
            }
            if isTagsOnly(trimmed) {
                flush()
                index += 1
                continue
            }
            // Q: / A: pairs (plain or bold).
            if let (kind, rest) = qaLine(trimmed) {
                flush()
                if kind == "q" {
                    // A hard-wrapped question goes on to the line that ends it with "?" (at most
                    // three more lines, none blank or marked).
                    var question = rest
                    let wrapped = lines[(index + 1)...].prefix(TextQuestions.maxQuestionLines - 1)
                        .prefix { !$0.trimmingSpacesAndTabs().isEmpty && qaLine($0.trimmingSpacesAndTabs()) == nil }
                    if !QuestionText.endsWithQuestionMark(rest),
                       let end = wrapped.firstIndex(where: { QuestionText.endsWithQuestionMark($0) }) {
                        question = ([rest] + wrapped[...end].map { $0.trimmingSpacesAndTabs() }).joined(separator: " ")
                        index = end
                    }
                    blocks.append(.heading(level: 7, text: inline(question), anchor: nil, line: number))
                } else if !rest.isEmpty {
                    addParagraphLine(rest, number)
                }
                index += 1
                continue
            }
            // A line that is bold and nothing else, opening a block (as a paragraph or a list
            // item: "* **2.3 How do I set up encrypted swap?**"), is an entry's title, as a bold
            // paragraph is in HTML; the segmenter decides which titles are questions.
            if paragraph.isEmpty, let title = boldLine(isListItem(trimmed) ? listItemText(trimmed) : trimmed) {
                blocks.append(.heading(level: 7, text: inline(title), anchor: nil, line: number))
                index += 1
                continue
            }
            // A list item that is only a link to a place on this page is the page's table of
            // contents: navigation, not an answer.
            if isListItem(trimmed), isInPageLink(listItemText(trimmed)) {
                flush()
                index += 1
                continue
            }
            if isListItem(trimmed) {
                flush()
                blocks.append(.listItem(inline(listItemText(trimmed)), line: number))
                index += 1
                continue
            }
            addParagraphLine(trimmed, number)
            index += 1
        }
        flush()
        return blocks
    }

    /// The text and `id` of a `<summary>` element a line holds, with nothing but tags around it
    /// (`<details><summary id="q1">What is it?</summary><p>`).
    static func summaryLine(_ line: String) -> (String, String?)? {
        guard let open = line.range(of: "<summary", options: .caseInsensitive), let openEnd = line[open.upperBound...].firstIndex(of: ">"),
              line[open.upperBound].isWhitespace || line[open.upperBound] == ">",
              let close = line.range(of: "</summary>", options: .caseInsensitive, range: openEnd..<line.endIndex),
              isTagsOnly(String(line[..<open.lowerBound])), isTagsOnly(String(line[close.upperBound...])) else { return nil }
        let (text, inlineAnchor) = withoutInlineTags(String(line[line.index(after: openEnd)..<close.lowerBound]))
        let title = text.trimmingSpacesAndTabs()
        guard !title.isEmpty else { return nil }
        let attributes = line[open.upperBound..<openEnd]
        var anchor = inlineAnchor
        if let id = attributes.range(of: "id=\"") {
            let value = attributes[id.upperBound...].prefix { $0 != "\"" }
            if !value.isEmpty { anchor = String(value) }
        }
        return (title, anchor)
    }

    /// Whether a line holds HTML tags and nothing else (or nothing at all): `<details>`, `</p></div>`.
    /// A tag's name starts with a letter and ends at a space, `/` or `>` (`<https://...>` is a link).
    static func isTagsOnly(_ line: String) -> Bool {
        var rest = Substring(line).drop { $0 == " " || $0 == "\t" }
        while !rest.isEmpty {
            guard rest.first == "<", let close = rest.firstIndex(of: ">") else { return false }
            var name = rest.dropFirst()
            if name.first == "/" { name = name.dropFirst() }
            let letters = name.prefix { $0.isLetter || $0.isNumber }
            guard let first = letters.first, first.isLetter, let after = name.dropFirst(letters.count).first,
                  after == ">" || after == " " || after == "/" || after == "\t" else { return false }
            rest = rest[rest.index(after: close)...].drop { $0 == " " || $0 == "\t" }
        }
        return true
    }

    static func atxHeading(_ line: String) -> (Int, String)? {
        let hashes = line.prefix(while: { $0 == "#" })
        guard (1...6).contains(hashes.count) else { return nil }
        let rest = line.dropFirst(hashes.count)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        var title = rest.trimmingSpacesAndTabs()
        while title.hasSuffix("#") { title.removeLast() }
        return (hashes.count, title.trimmingSpacesAndTabs())
    }

    /// ("q", rest) for "Q: ..." / "**Q:** ..." / "**Q: ...**", ("a", rest) for answers.
    static func qaLine(_ line: String) -> (String, String)? {
        var text = Substring(line)
        let bold = text.hasPrefix("**") || text.hasPrefix("__")
        if bold { text = text.dropFirst(2) }
        guard let first = text.first, "QqAa".contains(first) else { return nil }
        var rest = text.dropFirst()
        if rest.hasPrefix("uestion") { rest = rest.dropFirst(7) } else if rest.hasPrefix("nswer") { rest = rest.dropFirst(5) }
        guard rest.first == ":" else { return nil }
        rest = rest.dropFirst()
        if bold, rest.hasPrefix("**") || rest.hasPrefix("__") { rest = rest.dropFirst(2) }
        var value = rest.trimmingSpacesAndTabs()
        if bold, value.hasSuffix("**") || value.hasSuffix("__") { value = String(value.dropLast(2)) }
        return (first.lowercased(), value.trimmingSpacesAndTabs())
    }

    /// Whether a text is one link to an anchor of this page and nothing else ("[What is
    /// it?](#question-1.1)", "[**General**](#general)").
    static func isInPageLink(_ text: String) -> Bool {
        guard text.hasPrefix("["), text.hasSuffix(")"), let close = text.range(of: "](#") else { return false }
        return !text[close.upperBound...].contains(" ") && !text[..<close.lowerBound].dropFirst().contains("](")
    }

    static func isThematicBreak(_ line: String) -> Bool {
        let marks = line.filter { $0 != " " && $0 != "\t" }
        guard marks.count >= 3, let first = marks.first, "-*_".contains(first) else { return false }
        return marks.allSatisfy { $0 == first }
    }

    /// The text of a line that is one bold span and nothing else ("**Why?**", "__Setup__"), or nil.
    static func boldLine(_ line: String) -> String? {
        for marker in ["**", "__"] where line.hasPrefix(marker) && line.hasSuffix(marker) && line.count > 2 * marker.count + 1 {
            let inner = line.dropFirst(marker.count).dropLast(marker.count)
            guard !inner.contains(marker), inner.first?.isWhitespace == false, inner.last?.isWhitespace == false,
                  inner.count <= QuestionText.maxLength else { return nil }
            return String(inner)
        }
        return nil
    }

    static func isListItem(_ line: String) -> Bool {
        if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("+ ") { return true }
        let digits = line.prefix(while: \.isNumber)
        return !digits.isEmpty && digits.count <= 3 && (line.dropFirst(digits.count).hasPrefix(". ") || line.dropFirst(digits.count).hasPrefix(") "))
    }

    static func listItemText(_ line: String) -> String {
        if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("+ ") { return String(line.dropFirst(2)) }
        let digits = line.prefix(while: \.isNumber)
        return String(line.dropFirst(digits.count + 2))
    }

    /// Inline HTML elements a heading may hold (`### <a name="question-1.1"></a>What is JavaCC?`),
    /// removed, and the name or id of an anchor among them, which is the heading's anchor. Only
    /// tags of phrasing elements go: "<a language I know>" in prose is no tag of HTML's.
    static func withoutInlineTags(_ title: String) -> (String, String?) {
        guard title.contains("<") else { return (title, nil) }
        let elements: Set<String> = ["a", "span", "code", "em", "strong", "b", "i", "br", "sup", "sub", "kbd", "small", "mark", "abbr", "img"]
        var result = ""
        var anchor: String?
        var rest = Substring(title)
        while let open = rest.firstIndex(of: "<") {
            result += rest[..<open]
            let tag = rest[open...]
            guard let close = tag.firstIndex(of: ">") else { break }
            let inside = tag[tag.index(after: open)..<close]
            let name = inside.drop { $0 == "/" }.prefix { $0.isLetter }.lowercased()
            guard elements.contains(name), inside.first.map({ $0 == "/" || $0.isLetter }) == true,
                  inside.dropFirst(inside.first == "/" ? 1 + name.count : name.count).first.map({ $0 == " " || $0 == "/" }) ?? true else {
                result.append("<")
                rest = rest[rest.index(after: open)...]
                continue
            }
            if name == "a", anchor == nil {
                for attribute in ["name=", "id="] {
                    guard let range = inside.range(of: attribute) else { continue }
                    let value = inside[range.upperBound...].drop { $0 == "\"" || $0 == "'" }.prefix { $0 != "\"" && $0 != "'" && $0 != " " }
                    if !value.isEmpty { anchor = String(value) }
                    break
                }
            }
            rest = rest[rest.index(after: close)...]
        }
        result += rest
        return (result, anchor)
    }

    /// Inline markup removed: emphasis markers, link targets (`[text](url)` -> text), inline code ticks.
    static func inline(_ text: String) -> String {
        var result = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "[", let close = text[index...].firstIndex(of: "]"),
               text.index(after: close) < text.endIndex, text[text.index(after: close)] == "(",
               let end = text[close...].firstIndex(of: ")") {
                result += text[text.index(after: index)..<close]
                index = text.index(after: end)
                continue
            }
            if character == "*" || character == "_" {
                // Emphasis markers go; an underscore inside a word (snake_case) stays.
                let previous = index > text.startIndex ? text[text.index(before: index)] : " "
                let next = text.index(after: index) < text.endIndex ? text[text.index(after: index)] : " "
                if character == "*" || !(previous.isLetter || previous.isNumber) || !(next.isLetter || next.isNumber) {
                    index = text.index(after: index)
                    continue
                }
            }
            if character == "`" {
                index = text.index(after: index)
                continue
            }
            result.append(character)
            index = text.index(after: index)
        }
        return result.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The text with heading markers and emphasis removed, for the plain-text fallback.
    static func withoutMarkup(_ text: String) -> String {
        TextReader.splitLines(text).map { line in
            let trimmed = line.trimmingSpacesAndTabs()
            if let (_, title) = atxHeading(trimmed) { return title }
            return String(line)
        }.joined(separator: "\n")
    }
}
