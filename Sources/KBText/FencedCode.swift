/// Fenced code blocks in answer text: how readers keep code (`<pre>`, fenced and indented Markdown
/// code) inside an answer, and how later stages find it again.
///
/// A block runs from a line starting with three backticks to the line closing it (or to the end
/// of the text), fences included. The fact splitter never splits or mines a block; the fact sheet
/// shows each one beside the fact before it.
///
/// For example:
///
/// ```swift
/// let blocks = FencedCode.blocks(in: "Run this:\n\n```\nmake all\n```")
/// blocks.first?.code   // "make all"
/// blocks.first?.range  // 11..<27 (code points)
/// ```
public enum FencedCode {
    /// One block: its range in the text (code points, fences included) and the code between its fences.
    public struct Block: Sendable, Hashable {
        public var range: Range<Int>
        public var code: String
    }

    /// The ranges of the blocks, in code points, fences included.
    public static func ranges(in text: [Unicode.Scalar]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var open: Int?
        var lineStart = 0
        while lineStart < text.count {
            var lineEnd = lineStart
            while lineEnd < text.count, text[lineEnd] != "\n" { lineEnd += 1 }
            if lineEnd - lineStart >= 3, text[lineStart] == "`", text[lineStart + 1] == "`", text[lineStart + 2] == "`" {
                if let start = open {
                    ranges.append(start..<lineEnd)
                    open = nil
                } else {
                    open = lineStart
                }
            }
            lineStart = lineEnd + 1
        }
        if let start = open { ranges.append(start..<text.count) }
        return ranges
    }

    /// The blocks with their code: the lines between the fences (an info string after the opening
    /// fence is not code).
    public static func blocks(in text: String) -> [Block] {
        // Most answers hold no code: one pass over the bytes decides.
        guard text.utf8.contains(0x60) else { return [] }
        let scalars = Array(text.unicodeScalars)
        return ranges(in: scalars).map { range in
            var start = range.lowerBound
            while start < range.upperBound, scalars[start] != "\n" { start += 1 }
            start = min(start + 1, range.upperBound)
            // A closing fence line ends the code before it; an unclosed block runs to the end.
            var end = range.upperBound
            var lastLine = end
            while lastLine > range.lowerBound, scalars[lastLine - 1] != "\n" { lastLine -= 1 }
            if lastLine > range.lowerBound, end - lastLine >= 3, scalars[lastLine] == "`", scalars[lastLine + 1] == "`", scalars[lastLine + 2] == "`" {
                end = max(start, lastLine - 1)
            }
            let code = start < end ? String(String.UnicodeScalarView(scalars[start..<end])) : ""
            return Block(range: range, code: code)
        }
    }
}
