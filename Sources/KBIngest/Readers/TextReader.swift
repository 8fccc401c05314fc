import KBModel
import KBText
import Foundation

/// Reads plain-text corpora: questions and their answers (see ``TextQuestions``), or, in a file
/// with no question structure, one answer per line or one answer per blank-line-separated block.
///
/// The layout is decided from the content: when the file has blank lines and at least one
/// block between them spans several lines, blocks are answers (hard-wrapped paragraphs);
/// otherwise every non-empty line is an answer (the bundled corpus).
///
/// For example:
///
/// ```swift
/// TextReader.layout(of: "a\nb\n")          // .linePerAnswer
/// TextReader.layout(of: "a\nb\n\nc\n")     // .blockPerAnswer
/// ```
public struct TextReader: DocumentReader {
    /// How answers are laid out in a text file.
    public enum Layout: Sendable, Equatable {
        case linePerAnswer
        case blockPerAnswer
    }

    public let format = "txt"
    public let fileExtensions: Set<String> = ["txt", "text", ""]

    public init() {}

    /// Any file is text to this reader; decoding decides whether it can be read.
    public func accepts(_ data: Data) -> Bool { true }

    public func read(_ data: Data, path: String) throws(IngestError) -> SourceDocument {
        let text = try TextDecoding.decode(data, path: path)
        return SourceDocument(path: path, records: Self.records(in: text, path: path), format: format)
    }

    /// Splits decoded text into records with their line and column.
    public static func records(in text: String, path: String) -> [AnswerRecord] {
        let lines = splitLines(text)
        if let questions = TextQuestions.records(lines, path: path) { return questions }
        var records: [AnswerRecord] = []
        switch layout(of: lines) {
        case .linePerAnswer:
            for (number, line) in lines.enumerated() {
                if let (trimmed, column) = trim(line) {
                    records.append(AnswerRecord(text: trimmed, location: SourceLocation(path: path, line: number + 1, column: column)))
                }
            }
        case .blockPerAnswer:
            var block: [Substring] = []
            var blockStart = 0
            func flush() {
                defer { block.removeAll() }
                guard let first = block.firstIndex(where: { !isBlank($0) }) else { return }
                let joined = block[first...].joined(separator: "\n")
                if let (trimmed, column) = trim(Substring(joined)) {
                    records.append(AnswerRecord(text: trimmed, location: SourceLocation(path: path, line: blockStart + first + 1, column: column)))
                }
            }
            for (number, line) in lines.enumerated() {
                if isBlank(line) {
                    flush()
                } else {
                    if block.isEmpty { blockStart = number }
                    block.append(line)
                }
            }
            flush()
        }
        return records
    }

    public static func layout(of text: String) -> Layout {
        layout(of: splitLines(text))
    }

    static func layout(of lines: [Substring]) -> Layout {
        var sawBlank = false
        var runLength = 0
        var longestRun = 0
        for line in lines {
            if isBlank(line) {
                sawBlank = true
                runLength = 0
            } else {
                runLength += 1
                longestRun = max(longestRun, runLength)
            }
        }
        return sawBlank && longestRun > 1 ? .blockPerAnswer : .linePerAnswer
    }

    /// Lines split on LF or CRLF (or on CR in a file with no LF at all), without their terminators.
    static func splitLines(_ text: String) -> [Substring] {
        let utf8 = text.utf8
        let separator: UInt8 = utf8.contains(0x0A) ? 0x0A : 0x0D
        var lines: [Substring] = []
        var start = utf8.startIndex
        var index = utf8.startIndex
        while index < utf8.endIndex {
            if utf8[index] == separator {
                var end = index
                if separator == 0x0A, end > start, utf8[utf8.index(before: end)] == 0x0D { end = utf8.index(before: end) }
                lines.append(text[start..<end])
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        if start < utf8.endIndex { lines.append(text[start..<utf8.endIndex]) }
        return lines
    }

    static func isBlank(_ line: Substring) -> Bool {
        line.unicodeScalars.allSatisfy(\.isWhitespaceScalar)
    }

    /// The line without surrounding whitespace, and the 1-based column of its first character.
    static func trim(_ line: Substring) -> (String, Int)? {
        let scalars = line.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isWhitespaceScalar }),
              let last = scalars.lastIndex(where: { !$0.isWhitespaceScalar }) else { return nil }
        return (String(scalars[first...last]), line.distance(from: line.startIndex, to: first) + 1)
    }
}
