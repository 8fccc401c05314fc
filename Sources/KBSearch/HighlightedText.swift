import KBModel
import KBText
/// Text with some ranges marked as matches, ready to render with any markers.
///
/// For example:
///
/// ```swift
/// let text = HighlightedText(segments: [.init(text: "supports ", isMatch: false), .init(text: "C#", isMatch: true)])
/// text.rendered(open: "**", close: "**")  // "supports **C#**"
/// ```
public struct HighlightedText: Sendable, Hashable {
    public struct Segment: Sendable, Hashable {
        public var text: String
        public var isMatch: Bool

        public init(text: String, isMatch: Bool) {
            self.text = text
            self.isMatch = isMatch
        }
    }

    public var segments: [Segment]

    public init(segments: [Segment]) {
        self.segments = segments
    }

    public var plain: String { segments.map(\.text).joined() }

    public var hasMatch: Bool { segments.contains(where: \.isMatch) }

    public func rendered(open: String, close: String) -> String {
        segments.map { $0.isMatch ? open + $0.text + close : $0.text }.joined()
    }
}

/// Marks the words of a fact that a query matched, and cuts long facts to a window around them.
///
/// SQLite's `highlight()` marks the plain words it matched (with stemming); this adds the technical
/// words that matched by spelling (`C#`, `Node.js`), which `highlight()` cannot see.
public enum Highlighter {
    /// FTS5 `highlight()` is asked to wrap matches in these two control characters.
    public static let openMark = "\u{2}"
    public static let closeMark = "\u{3}"

    /// - Parameters:
    ///   - marked: the fact text with SQLite's matches wrapped in ``openMark`` / ``closeMark``.
    ///   - spellings: the query's technical spellings (``SearchQuery/technicalSpellings``).
    ///   - maxLength: facts longer than this (in characters) are cut to a window around the first match.
    public static func highlight(marked: String, spellings: Set<String>, maxLength: Int = 240) -> HighlightedText {
        var plain: [Unicode.Scalar] = []
        var ranges: [Range<Int>] = []
        var openAt: Int?
        for scalar in marked.unicodeScalars {
            if scalar == "\u{2}" {
                openAt = plain.count
            } else if scalar == "\u{3}" {
                if let start = openAt, start < plain.count { ranges.append(start..<plain.count) }
                openAt = nil
            } else {
                plain.append(scalar)
            }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: plain)
        let text = String(view)
        if !spellings.isEmpty {
            for token in SearchTerms.tokens(in: text) where token.spellings.contains(where: spellings.contains) {
                ranges.append(token.range)
            }
        }
        ranges = merge(ranges)
        var window = 0..<plain.count
        if plain.count > maxLength {
            let anchor = ranges.first?.lowerBound ?? 0
            var lower = max(0, anchor - maxLength / 4)
            while lower > 0, !plain[lower - 1].properties.isWhitespace { lower -= 1 }
            var upper = min(plain.count, lower + maxLength)
            while upper < plain.count, !plain[upper].properties.isWhitespace { upper += 1 }
            window = lower..<upper
        }
        var segments: [HighlightedText.Segment] = []
        if window.lowerBound > 0 { segments.append(.init(text: "…", isMatch: false)) }
        var cursor = window.lowerBound
        func append(_ range: Range<Int>, _ isMatch: Bool) {
            guard !range.isEmpty else { return }
            var part = String.UnicodeScalarView()
            part.append(contentsOf: plain[range])
            segments.append(.init(text: String(part), isMatch: isMatch))
        }
        for range in ranges {
            let clipped = range.clamped(to: window)
            guard !clipped.isEmpty, clipped.lowerBound >= cursor else { continue }
            append(cursor..<clipped.lowerBound, false)
            append(clipped, true)
            cursor = clipped.upperBound
        }
        append(cursor..<window.upperBound, false)
        if window.upperBound < plain.count { segments.append(.init(text: "…", isMatch: false)) }
        return HighlightedText(segments: segments)
    }

    static func merge(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var merged: [Range<Int>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        return merged
    }
}
