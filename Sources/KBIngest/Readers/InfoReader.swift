import KBModel
import KBText
import Foundation

/// Reads GNU Info files, as makeinfo writes them from Texinfo (the Emacs FAQ's `efaq.info`, a
/// package's `*.info` manual): the text a reader sees, as an outline whose headings are the
/// underlined titles (a line of `*` over a chapter, `=` a section, `-` a subsection, `.` a
/// subsubsection), so a heading that asks ("5.37 How do I disable backup files?") is a question
/// and what follows it its answer (see ``QuestionSegmenter``). Paragraphs are joined; lines
/// indented by five spaces or more are examples, kept as code; list items (`•`, `*`, `-`) stay items.
///
/// What an Info viewer shows as navigation is no text: the preamble before the first node (the
/// makeinfo banner, copying notice and directory entry), each node's separator (`^_`) and header
/// line (`File: ..., Node: ...`), its menu (from `* Menu:` to the end of the node: links to other
/// nodes), index nodes (marked `^@^H[index^@^H]`) and the tag table and local variables at the
/// end. The viewer's other markers (`^@^H[image ...^@^H]`) are dropped; they are why an Info file
/// holds NUL bytes, which would make it binary to the text reader.
///
/// For example:
///
/// ```swift
/// let info = "\u{1F}\nFile: faq.info,  Node: Top\n\nWhy?\n====\n\nBecause.\n"
/// try InfoReader().read(Data(info.utf8), path: "faq.info").records.first?.question  // "Why?"
/// ```
public struct InfoReader: DocumentReader {
    public let format = "info"
    public let fileExtensions: Set<String> = ["info"]

    public init() {}

    /// Whether the bytes are an Info file: a node separator followed by a node header in the
    /// first 64 KiB.
    public func accepts(_ data: Data) -> Bool {
        Self.nodeStart(in: data.prefix(64 << 10)) != nil
    }

    public func read(_ data: Data, path: String) throws(IngestError) -> SourceDocument {
        let text = try TextDecoding.decode(Self.withoutMarkers(data), path: path)
        let records = QuestionSegmenter.recordsOrParagraphs(Self.outline(Self.shownText(text)), path: path)
        return SourceDocument(path: path, records: records, format: format)
    }

    /// The shown text as outline blocks: underlined titles as headings, paragraphs, examples and
    /// list items, each with its first line's number.
    static func outline(_ text: String) -> [OutlineBlock] {
        let lines = TextReader.splitLines(text).map(String.init)
        let levels: [Character: Int] = ["*": 1, "=": 2, "-": 3, ".": 4]
        var blocks: [OutlineBlock] = []
        var paragraph: [String] = [], paragraphLine = 0
        var example: [String] = [], exampleLine = 0
        var item = false
        func flush() {
            if !paragraph.isEmpty {
                let joined = HTMLDocument.collapse(paragraph.joined(separator: " "))
                if !joined.isEmpty { blocks.append(item ? .listItem(joined, line: paragraphLine) : .text(joined, line: paragraphLine)) }
                paragraph.removeAll()
            }
            if !example.isEmpty {
                blocks.append(.code(example.joined(separator: "\n"), line: exampleLine))
                example.removeAll()
            }
            item = false
        }
        var index = 0
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.trimmingSpacesAndTabs()
            // An underlined title: a line of one mark under a line as long.
            if index + 1 < lines.count, !trimmed.isEmpty, let mark = lines[index + 1].first, let level = levels[mark],
               lines[index + 1].allSatisfy({ $0 == mark }), lines[index + 1].count >= 3, abs(lines[index + 1].count - line.count) <= 2 {
                flush()
                blocks.append(.heading(level: level, text: trimmed, anchor: nil, line: index + 1))
                index += 2
                continue
            }
            if trimmed.isEmpty {
                flush()
            } else if line.hasPrefix("     ") {
                if !paragraph.isEmpty { flush() }
                if example.isEmpty { exampleLine = index + 1 }
                example.append(String(line.dropFirst(5)))
            } else {
                if !example.isEmpty { flush() }
                let bullet = ["• ", "* ", "- "].first { trimmed.hasPrefix($0) }
                if let bullet {
                    flush()
                    item = true
                    paragraphLine = index + 1
                    paragraph.append(String(trimmed.dropFirst(bullet.count)))
                } else {
                    if paragraph.isEmpty { paragraphLine = index + 1 }
                    paragraph.append(trimmed)
                }
            }
            index += 1
        }
        flush()
        return blocks
    }

    /// What an index marker leaves in the text: a private-use character no Info text holds.
    static let indexMark: Character = "\u{E000}"

    /// The offset of the first `^_` newline `File:` sequence, if any.
    static func nodeStart(in data: Data) -> Int? {
        let pattern: [UInt8] = [0x1F, 0x0A] + Array("File:".utf8)
        return data.withUnsafeBytes { raw -> Int? in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard bytes.count >= pattern.count else { return nil }
            var index = 0
            while index + pattern.count <= bytes.count {
                if bytes[index] == 0x1F, bytes[index + 1] == 0x0A || bytes[index + 1] == 0x0D {
                    let start = bytes[index + 1] == 0x0D && index + 2 < bytes.count && bytes[index + 2] == 0x0A ? index + 3 : index + 2
                    if start + 5 <= bytes.count, bytes[start..<start + 5].elementsEqual(pattern.suffix(5)) { return index }
                }
                index += 1
            }
            return nil
        }
    }

    /// The bytes without the viewer's markers: each `NUL BS [` ... `NUL BS ]` span is removed, an
    /// index marker replaced by a private-use character (``indexMark``) that ``shownText(_:)`` reads as
    /// "this node is an index". Newlines inside a marker are kept, so lines keep their numbers.
    static func withoutMarkers(_ data: Data) -> Data {
        guard data.contains(0) else { return data }
        var result = Data()
        result.reserveCapacity(data.count)
        let bytes = [UInt8](data)
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0, index + 2 < bytes.count, bytes[index + 1] == 0x08, bytes[index + 2] == UInt8(ascii: "[") {
                // Find the closing NUL BS ].
                var end = index + 3
                while end + 2 < bytes.count, !(bytes[end] == 0 && bytes[end + 1] == 0x08 && bytes[end + 2] == UInt8(ascii: "]")) { end += 1 }
                let inside = bytes[(index + 3)..<min(end, bytes.count)]
                if inside.starts(with: Array("index".utf8)) { result.append(contentsOf: Array(String(indexMark).utf8)) }
                result.append(contentsOf: inside.filter { $0 == 0x0A })
                index = min(end + 3, bytes.count)
                continue
            }
            // A stray NUL (or BS) is no text.
            if bytes[index] != 0 && bytes[index] != 0x08 { result.append(bytes[index]) }
            index += 1
        }
        return result
    }

    /// The text with everything an Info viewer shows as navigation blanked, line for line.
    static func shownText(_ text: String) -> String {
        let lines = TextReader.splitLines(text)
        var shown: [Substring] = []
        shown.reserveCapacity(lines.count)
        // Node boundaries: each separator line starts one.
        var starts: [Int] = []
        for (index, line) in lines.enumerated() where line.first == "\u{1F}" { starts.append(index) }
        guard let first = starts.first else { return text }
        shown += Array(repeating: "", count: first)
        for (position, start) in starts.enumerated() {
            let end = position + 1 < starts.count ? starts[position + 1] : lines.count
            let node = lines[start..<end]
            let header = node.dropFirst().first ?? ""
            // Only nodes with a header are text (the tag table and local variables are not), and no
            // index node is.
            let isText = header.hasPrefix("File:") && !node.contains { $0.contains(indexMark) }
            var inMenu = false
            for (offset, line) in node.enumerated() {
                if offset < 2 || !isText {
                    shown.append("")
                    continue
                }
                if line.hasPrefix("* Menu:") { inMenu = true }
                shown.append(inMenu ? "" : line)
            }
        }
        return shown.joined(separator: "\n")
    }
}
