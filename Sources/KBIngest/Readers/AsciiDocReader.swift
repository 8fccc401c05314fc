import KBModel
import KBText
import Foundation

/// Reads AsciiDoc sources (`.adoc`, `.asciidoc`, `.asc`), as projects ship them: section titles
/// (`== Title`, `=== Title`, Markdown's `##` too) are the outline's headings, so a FAQ whose
/// questions are sections is read as questions and answers, like any outline (see
/// ``QuestionSegmenter``).
///
/// The source is read as a rendered page shows it: delimited listing and literal blocks (`----`,
/// `....`, ```` ``` ````) and indented literal paragraphs stay code; comments (`//`, `////` blocks),
/// attribute entries (`:name: value`), block attribute lines (`[source,sh]`, `[[anchor]]`) and list
/// continuations (`+`) are dropped; other delimiters (example, sidebar, quote, open blocks) only
/// frame their content; list items (`*`, `-`, `.`, `1.`, `term::`) stay list items; a block title
/// (`.~/.tmux.conf`) and an admonition (`NOTE: ...`) stay text. Inline markup goes: emphasis and
/// monospace marks (a backslash keeps a mark: `\*col*`), `link:url[text]` and `url[text]` keep
/// their text, `<<id,text>>` its text, `kbd:[Ctrl+C]` its keys; attribute references (`{name}`)
/// take the values the file defines.
///
/// For example:
///
/// ```swift
/// let source = "= FAQ\n\n=== Can I use it as a pager?\n\nYes, set `PAGER`.\n"
/// try AsciiDocReader().read(Data(source.utf8), path: "faq.adoc").records.first?.question  // "Can I use it as a pager?"
/// ```
public struct AsciiDocReader: DocumentReader {
    public let format = "adoc"
    public let fileExtensions: Set<String> = ["adoc", "asciidoc", "asc"]

    public init() {}

    public func accepts(_ data: Data) -> Bool {
        !HTMLReader.looksLikeHTML(data) && !JSONReader.looksLikeJSON(data)
    }

    public func read(_ data: Data, path: String) throws(IngestError) -> SourceDocument {
        let text = try TextDecoding.decode(data, path: path)
        let blocks = Self.outline(text)
        let records = QuestionSegmenter.recordsOrParagraphs(blocks, path: path)
        return SourceDocument(path: path, records: records, format: format, title: MarkdownReader.title(blocks))
    }

    /// The delimiters of blocks whose lines are kept as written.
    static let verbatimDelimiters: Set<Character> = ["-", "."]

    /// The source as outline blocks.
    static func outline(_ text: String) -> [OutlineBlock] {
        let lines = TextReader.splitLines(text).map(String.init)
        var blocks: [OutlineBlock] = []
        var attributes: [String: String] = [:]
        var paragraph: [String] = []
        var paragraphLine = 0
        var item: (text: [String], line: Int)?
        var code: [String]?
        var codeLine = 0
        var codeDelimiter = ""
        var commentDelimiter: String?
        var literal: [String] = []
        var literalLine = 0
        func resolved(_ text: String) -> String {
            inline(substitute(text, attributes))
        }
        func flush() {
            if !paragraph.isEmpty {
                let joined = resolved(paragraph.joined(separator: " "))
                if !joined.isEmpty { blocks.append(.text(joined, line: paragraphLine)) }
                paragraph.removeAll()
            }
            if let open = item {
                let joined = resolved(open.text.joined(separator: " "))
                if !joined.isEmpty { blocks.append(.listItem(joined, line: open.line)) }
                item = nil
            }
            if !literal.isEmpty {
                blocks.append(.code(literal.joined(separator: "\n"), line: literalLine))
                literal.removeAll()
            }
        }
        for (index, line) in lines.enumerated() {
            let number = index + 1
            let trimmed = line.trimmingSpacesAndTabs()
            if let delimiter = commentDelimiter {
                if trimmed == delimiter { commentDelimiter = nil }
                continue
            }
            if code != nil {
                if trimmed == codeDelimiter {
                    blocks.append(.code((code ?? []).joined(separator: "\n"), line: codeLine))
                    code = nil
                } else {
                    code?.append(line)
                }
                continue
            }
            if Self.isDelimiter(trimmed, of: "/") {
                flush()
                commentDelimiter = trimmed
                continue
            }
            if trimmed.hasPrefix("//") { continue }
            if Self.isDelimiter(trimmed, of: "-") || Self.isDelimiter(trimmed, of: ".") || trimmed.hasPrefix("```") {
                flush()
                code = []
                codeLine = number + 1
                codeDelimiter = trimmed.hasPrefix("```") ? "```" : trimmed
                continue
            }
            // Example, sidebar, quote, passthrough and open blocks frame content; tables' rows are text.
            if ["=", "*", "_", "+"].contains(where: { Self.isDelimiter(trimmed, of: $0) }) || trimmed == "--" || trimmed == "|===" {
                flush()
                continue
            }
            if trimmed.isEmpty {
                flush()
                continue
            }
            // A literal paragraph: indented lines outside a list.
            if line.first == " " || line.first == "\t", item == nil, paragraph.isEmpty {
                if literal.isEmpty { literalLine = number }
                literal.append(line)
                continue
            }
            if !literal.isEmpty { flush() }
            if let (name, value) = Self.attributeEntry(trimmed) {
                attributes[name] = value
                continue
            }
            if trimmed.hasPrefix("["), trimmed.hasSuffix("]"), !trimmed.contains(" ") || trimmed.hasPrefix("[[") {
                continue
            }
            if trimmed == "+" {
                // A list continuation: the next block belongs to the item, which it joins as text.
                if let open = item {
                    let joined = resolved(open.text.joined(separator: " "))
                    if !joined.isEmpty { blocks.append(.listItem(joined, line: open.line)) }
                    item = nil
                }
                continue
            }
            if let (level, title) = Self.sectionTitle(trimmed) {
                flush()
                blocks.append(.heading(level: level, text: resolved(title), anchor: nil, line: number))
                continue
            }
            if let title = Self.blockTitle(trimmed) {
                flush()
                let text = resolved(title)
                if !text.isEmpty { blocks.append(.text(text, line: number)) }
                continue
            }
            if let text = Self.listItemText(trimmed) {
                flush()
                item = ([text], number)
                continue
            }
            if item != nil {
                item?.text.append(trimmed)
                continue
            }
            if paragraph.isEmpty { paragraphLine = number }
            // A hard line break (" +") joins like any other line.
            paragraph.append(trimmed.hasSuffix(" +") ? String(trimmed.dropLast(2)) : trimmed)
        }
        if let code { blocks.append(.code(code.joined(separator: "\n"), line: codeLine)) }
        flush()
        return blocks
    }

    /// Whether a line is a block delimiter made of `character` (four or more of it).
    static func isDelimiter(_ line: String, of character: Character) -> Bool {
        line.count >= 4 && line.allSatisfy { $0 == character }
    }

    /// `== Title` (level 2 for two marks), or Markdown's `## Title`.
    static func sectionTitle(_ line: String) -> (Int, String)? {
        guard let mark = line.first, mark == "=" || mark == "#" else { return nil }
        let marks = line.prefix { $0 == mark }
        let rest = line.dropFirst(marks.count)
        guard marks.count <= 6, rest.first == " " else { return nil }
        let title = rest.trimmingSpacesAndTabs()
        return title.isEmpty ? nil : (marks.count, title)
    }

    /// `.Title` before a block: one dot, then no space and no second dot.
    static func blockTitle(_ line: String) -> String? {
        guard line.hasPrefix("."), line.count > 1 else { return nil }
        let next = line[line.index(after: line.startIndex)]
        guard next != ".", next != " ", !next.isNumber else { return nil }
        return String(line.dropFirst())
    }

    /// The text of a list item line (`* a`, `** a`, `- a`, `. a`, `1. a`, `term:: definition`).
    static func listItemText(_ line: String) -> String? {
        if let mark = line.first, mark == "*" || mark == "-" || mark == "." {
            let marks = line.prefix { $0 == mark }
            let rest = line.dropFirst(marks.count)
            if marks.count <= 5, rest.first == " " { return rest.trimmingSpacesAndTabs() }
            return nil
        }
        let digits = line.prefix(while: \.isNumber)
        if !digits.isEmpty, digits.count <= 3, line.dropFirst(digits.count).hasPrefix(". ") {
            return String(line.dropFirst(digits.count + 2))
        }
        if let range = line.range(of: ":: ") ?? (line.hasSuffix("::") ? line.range(of: "::", options: .backwards) : nil),
           !line[..<range.lowerBound].isEmpty, !line[..<range.lowerBound].contains("  ") {
            let term = line[..<range.lowerBound], definition = line[range.upperBound...]
            return definition.isEmpty ? String(term) : "\(term): \(definition)"
        }
        return nil
    }

    /// `:name: value` (a document attribute), `:name!:` unsets.
    static func attributeEntry(_ line: String) -> (String, String)? {
        guard line.hasPrefix(":"), let close = line.dropFirst().firstIndex(of: ":") else { return nil }
        let name = line[line.index(after: line.startIndex)..<close]
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "!" }) else { return nil }
        return (String(name), line[line.index(after: close)...].trimmingSpacesAndTabs())
    }

    /// Attribute references replaced by the values the file defines; unknown ones stay as written.
    static func substitute(_ text: String, _ attributes: [String: String]) -> String {
        guard text.contains("{"), !attributes.isEmpty else { return text }
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}"), let value = attributes[String(rest[rest.index(after: open)..<close])] else {
                result.append("{")
                rest = rest[rest.index(after: open)...]
                continue
            }
            result += value
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// Inline macros reduced to their text (`link:url[text]`, `https://x[text]`, `<<id,text>>`,
    /// `kbd:[keys]`, `footnote:[text]`), then monospace marks and paired emphasis marks removed.
    static func inline(_ text: String) -> String {
        var result: [Character] = []
        var escaped: Set<Int> = []
        var index = text.startIndex
        while index < text.endIndex {
            let rest = text[index...]
            if rest.hasPrefix("<<"), let close = rest.range(of: ">>") {
                let inside = rest[rest.index(index, offsetBy: 2)..<close.lowerBound]
                let label = inside.split(separator: ",", maxSplits: 1)
                result += label.count == 2 ? label[1].trimmingSpacesAndTabs() : String(inside)
                index = close.upperBound
                continue
            }
            // A macro or URL with a bracketed text, starting a word here: the text, or the target
            // when the text is empty.
            let startsWord = index == text.startIndex || text[text.index(before: index)].isWhitespace || text[text.index(before: index)] == "("
            if startsWord, let open = rest.prefix(while: { !$0.isWhitespace }).firstIndex(of: "["), open > index,
               let close = rest[open...].firstIndex(of: "]"), let target = macroTarget(rest[..<open]) {
                let label = rest[rest.index(after: open)..<close]
                result += label.isEmpty ? target : String(label)
                index = rest.index(after: close)
                continue
            }
            let character = text[index]
            let nextIndex = text.index(after: index)
            // A backslash escapes a mark: "\\*col*" is "*col*".
            if character == "\\", nextIndex < text.endIndex, "*_`+#^~{[<".contains(text[nextIndex]) {
                escaped.insert(result.count)
                result.append(text[nextIndex])
                index = text.index(after: nextIndex)
                continue
            }
            result.append(character)
            index = nextIndex
        }
        // Monospace marks go. A bold or italic mark goes when it opens a span (a word after it, none
        // before) that a later mark closes (a word before it, none after): "*Note:*" and "_any_"
        // lose theirs; "snake_case", "2 * 3" and an escaped "\\*col*" keep theirs.
        func isWord(_ position: Int) -> Bool {
            position >= 0 && position < result.count && (result[position].isLetter || result[position].isNumber)
        }
        var dropped: Set<Int> = []
        var opening: [Character: Int] = [:]
        for (position, character) in result.enumerated() where !escaped.contains(position) {
            if character == "`" {
                dropped.insert(position)
            } else if character == "*" || character == "_" {
                let before = isWord(position - 1) || position > 0 && result[position - 1] == character
                let after = isWord(position + 1) || position + 1 < result.count && result[position + 1] == character
                if let open = opening[character], before, !isWord(position + 1) {
                    dropped.formUnion([open, position])
                    opening[character] = nil
                } else if !before, after || position + 1 < result.count && !result[position + 1].isWhitespace {
                    opening[character] = position
                }
            }
        }
        let kept = result.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
        return String(kept).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The target of an inline macro or URL written before `[` (`word`): the word when it is a
    /// URL (`https://...`), the target of a macro with one (`link:url`, `xref:id`), or nothing for
    /// a bare macro (`kbd:`, `footnote:`, `pass:`).
    static func macroTarget(_ word: Substring) -> String? {
        let token = String(word)
        guard let colon = token.firstIndex(of: ":") else { return nil }
        let name = token[..<colon], target = token[token.index(after: colon)...]
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter }) else { return nil }
        if name == "http" || name == "https" || name == "ftp" || name == "mailto" || name == "irc" { return token }
        if name == "link" || name == "xref" || name == "image" { return String(target) }
        return target.isEmpty ? "" : String(target)
    }
}
