import KBModel
import KBText
/// Splits an answer into facts: sentences, and the items of enumerations with their lead-in.
///
/// Sentence ends are `.`, `!` or `?` followed by whitespace and a capital, a digit or an opening
/// mark, outside parentheses. So decimals and prices (`0.5ms`, `$0.015/GB-hour`), versions
/// (`Python 3.12`, `.NET 8`, `v2.170+`), URLs, ARNs, abbreviations (`e.g.`, `i.e.`, `vs.`) and code
/// such as `cron(0/5 * * * ? *)` never end a sentence.
///
/// Enumerations are runs of markers numbered in sequence: `(1) (2) (3)`, `(a) (b)`, `1. 2. 3.`,
/// `1) 2)`, and `-`/`•` bullets that follow a colon or start a line. Each item becomes a fact that
/// keeps the lead-in before the first marker, so that it reads on its own.
///
/// For example:
///
/// ```swift
/// let facts = FactSplitter().split("SnapStart supports: (1) Java 11 and later, (2) Python 3.12 and later.")
/// facts.map(\.text)
/// // ["SnapStart supports: (1) Java 11 and later", "SnapStart supports: (2) Python 3.12 and later."]
/// ```
///
/// Offsets (`start`, `end`) count Unicode scalars (code points), the unit SQLite's `substr` uses.
public struct FactSplitter: Sendable {
    /// Words that end in a period without ending a sentence (compared lowercased, without the final period).
    public static let abbreviations: Set<String> = [
        "e.g", "i.e", "vs", "etc.al", "cf", "approx", "incl", "excl", "mr", "mrs", "ms.", "dr", "st",
        "fig", "no.", "al", "inc", "ltd", "jr", "sr", "u.s", "a.m", "p.m", "resp", "ca", "esp", "viz",
    ]

    /// How a list marker is written.
    enum MarkerStyle: Hashable {
        case parenNumber, parenLetter, dotNumber, closeParenNumber, bullet
    }

    struct Marker {
        var style: MarkerStyle
        var value: Int
        /// Where the marker starts.
        var start: Int
        /// Where the item text after the marker starts.
        var contentStart: Int
    }

    struct Run {
        var markers: [Marker]
        var lead: String
        /// `markers[i]`'s item ends at `itemEnds[i]`.
        var itemEnds: [Int]
    }

    public init() {}

    public func split(_ answer: String) -> [Fact] {
        let text = Array(answer.unicodeScalars)
        let depth = Self.parenthesisDepth(text)
        let code = FencedCode.ranges(in: text)
        let sentenceStarts = Self.sentenceStarts(text, depth: depth).filter { start in !code.contains { $0.contains(start) } }
        let runs = Self.runs(text, depth: depth, sentenceStarts: sentenceStarts)
            .filter { run in !code.contains { $0.contains(run.markers[0].start) } }

        // "1. Provisioned ..." : the period of a numbered marker does not end a sentence.
        let markerContent = Set(runs.flatMap { $0.markers.filter { $0.style == .dotNumber }.map(\.contentStart) })
        var boundaries = Set(sentenceStarts).subtracting(markerContent)
        boundaries.insert(0)
        for range in code {
            boundaries.insert(range.lowerBound)
            boundaries.insert(range.upperBound)
        }
        for run in runs {
            for (marker, end) in zip(run.markers, run.itemEnds) {
                boundaries.insert(marker.start)
                boundaries.insert(end)
            }
        }
        let leadInEnds = Set(runs.compactMap { $0.markers.first?.start })
        let itemStarts = Set(runs.flatMap { $0.markers.map(\.start) })
        let sorted = boundaries.filter { $0 <= text.count }.sorted()

        var facts: [Fact] = []
        var newlines = 0
        var countedUpTo = 0
        for (index, start) in sorted.enumerated() {
            let end = index + 1 < sorted.count ? sorted[index + 1] : text.count
            // A lead-in is carried by its items, not a fact of its own.
            // (An item of another list that ends where a list starts stays a fact.)
            if leadInEnds.contains(end), Self.isLeadIn(text, start, end),
               !itemStarts.contains(start) || Self.isBareHead(text, start, end) { continue }
            // Code is kept in the answer but never becomes a fact.
            if code.contains(where: { $0.contains(start) }) { continue }
            guard let (bodyStart, bodyEnd) = Self.trimmed(text, start, end) else { continue }
            let body = Self.string(text, bodyStart, bodyEnd)
            let bodyWithoutMarker = Self.withoutMarker(body)
            guard bodyWithoutMarker.unicodeScalars.contains(where: { $0.isWordScalar }) else { continue }
            var lead = Self.context(for: bodyStart, runs: runs, text: text)
            if body.hasPrefix(lead) { lead = "" }
            let display = Self.collapsingWhitespace(lead.isEmpty ? body : lead + " " + body)
            // Count line breaks incrementally: facts come in text order.
            newlines += text[countedUpTo..<bodyStart].reduce(0) { $0 + ($1 == "\n" ? 1 : 0) }
            countedUpTo = bodyStart
            facts.append(Fact(
                text: display,
                lead: Self.collapsingWhitespace(lead),
                body: body,
                start: bodyStart,
                end: bodyEnd,
                lineOffset: newlines,
                year: YearFinder.year(in: lead) ?? YearFinder.year(in: body),
                clusterHash: TextNormalizer.keyHash(bodyWithoutMarker)
            ))
        }
        return facts
    }

    // MARK: - Parentheses

    /// For each scalar, how many matched bracket pairs enclose it. Unmatched brackets count for nothing.
    static func parenthesisDepth(_ text: [Unicode.Scalar]) -> [Int] {
        var delta = [Int](repeating: 0, count: text.count + 1)
        var stack: [(Unicode.Scalar, Int)] = []
        let pairs: [Unicode.Scalar: Unicode.Scalar] = [")": "(", "]": "[", "}": "{"]
        for (index, scalar) in text.enumerated() {
            switch scalar {
            case "(", "[", "{":
                stack.append((scalar, index))
            case ")", "]", "}":
                if let match = stack.lastIndex(where: { $0.0 == pairs[scalar] }) {
                    let open = stack[match].1
                    stack.removeSubrange(match...)
                    delta[open + 1] += 1
                    delta[index] -= 1
                }
            default:
                break
            }
        }
        var depth = [Int](repeating: 0, count: text.count)
        var running = 0
        for index in 0..<text.count {
            running += delta[index]
            depth[index] = running
        }
        return depth
    }

    // MARK: - Sentences

    /// Offsets where a new sentence starts (after the whitespace that follows a sentence end).
    static func sentenceStarts(_ text: [Unicode.Scalar], depth: [Int]) -> [Int] {
        var starts: [Int] = []
        var index = 0
        while index < text.count {
            let scalar = text[index]
            defer { index += 1 }
            if scalar == "\n", index + 1 < text.count, text[index + 1] == "\n" || isLineItemStart(text, index + 1) {
                // A blank line or a line that opens with a list marker starts a new unit.
                if let next = firstNonSpace(text, from: index + 1) { starts.append(next) }
                continue
            }
            guard scalar == "." || scalar == "!" || scalar == "?", depth[index] == 0 else { continue }
            // Skip closing quotes and brackets that belong to the sentence.
            var after = index + 1
            while after < text.count, "\"'”’)".unicodeScalars.contains(text[after]) { after += 1 }
            guard after < text.count, text[after].isWhitespaceScalar else { continue }
            guard let next = firstNonSpace(text, from: after), canStartSentence(text[next]) else { continue }
            if scalar == "." {
                guard index > 0, !text[index - 1].isWhitespaceScalar else { continue }
                if isAbbreviation(text, periodAt: index) { continue }
            }
            starts.append(next)
        }
        return starts
    }

    static func canStartSentence(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isUppercaseScalar || scalar.isDigitScalar { return true }
        return "(\"'“‘*$[#-•".unicodeScalars.contains(scalar)
    }

    static func isAbbreviation(_ text: [Unicode.Scalar], periodAt index: Int) -> Bool {
        var start = index
        while start > 0, !text[start - 1].isWhitespaceScalar, text[start - 1] != "(" { start -= 1 }
        let written = String(String.UnicodeScalarView(text[start..<index]))
        let word = written.lowercased()
        if abbreviations.contains(word) { return true }
        // A currency symbol in letters written as an abbreviation before its amount ("Rs. 500",
        // "Fr. 85.50"): the amount goes on the sentence.
        if Lexicon.standard.letterCurrencies.contains(written), let next = firstNonSpace(text, from: index + 1), text[next].isDigitScalar {
            return true
        }
        // A single letter before the period: an initial such as "J. Smith", or "e.g" written as "e. g".
        return word.count == 1 && word.first?.isLetter == true && word.first?.isUppercase == false
    }

    static func firstNonSpace(_ text: [Unicode.Scalar], from index: Int) -> Int? {
        var next = index
        while next < text.count, text[next].isWhitespaceScalar { next += 1 }
        return next < text.count ? next : nil
    }

    static func isLineItemStart(_ text: [Unicode.Scalar], _ index: Int) -> Bool {
        guard let next = firstNonSpace(text, from: index) else { return false }
        if "-*•".unicodeScalars.contains(text[next]) {
            return next + 1 < text.count && text[next + 1] == " "
        }
        var digits = next
        while digits < text.count, text[digits].isDigitScalar { digits += 1 }
        return digits > next && digits + 1 < text.count && (text[digits] == "." || text[digits] == ")") && text[digits + 1] == " "
    }

    // MARK: - Enumerations

    static func markers(_ text: [Unicode.Scalar], depth: [Int]) -> [Marker] {
        var found: [Marker] = []
        func precededBySpaceOrStart(_ index: Int) -> Bool {
            index == 0 || text[index - 1].isWhitespaceScalar
        }
        func isDigit(_ index: Int) -> Bool {
            index < text.count && text[index].isDigitScalar && text[index].isASCII
        }
        func spaceAt(_ index: Int) -> Bool {
            index < text.count && text[index].isWhitespaceScalar
        }
        for index in text.indices where precededBySpaceOrStart(index) {
            let scalar = text[index]
            if scalar == "(" {
                // (12) or (b)
                var cursor = index + 1
                var value = 0
                while isDigit(cursor), cursor - index <= 2 {
                    value = value * 10 + Int(text[cursor].value - 48)
                    cursor += 1
                }
                if cursor > index + 1, cursor < text.count, text[cursor] == ")", spaceAt(cursor + 1) {
                    found.append(Marker(style: .parenNumber, value: value, start: index, contentStart: cursor + 2))
                } else if index + 3 < text.count, text[index + 2] == ")", spaceAt(index + 3),
                          ("a"..."z").contains(text[index + 1]) {
                    found.append(Marker(style: .parenLetter, value: Int(text[index + 1].value - 96), start: index, contentStart: index + 4))
                }
            } else if isDigit(index), depth[index] == 0 {
                // 3. Item  or  3) Item
                var cursor = index
                var value = 0
                while isDigit(cursor), cursor - index < 2 {
                    value = value * 10 + Int(text[cursor].value - 48)
                    cursor += 1
                }
                guard cursor < text.count, !isDigit(cursor), spaceAt(cursor + 1),
                      let next = firstNonSpace(text, from: cursor + 1) else { continue }
                let before = lastNonSpace(text, before: index)
                let opensItem = before == nil || text[before ?? 0] == "\n" || ".:;!?".unicodeScalars.contains(text[before ?? 0])
                    || (before.map { text[$0 + 1..<index].contains("\n") } ?? false)
                guard opensItem, canStartSentence(text[next]) || text[next].isLowercaseScalar else { continue }
                if text[cursor] == "." {
                    found.append(Marker(style: .dotNumber, value: value, start: index, contentStart: next))
                } else if text[cursor] == ")" {
                    found.append(Marker(style: .closeParenNumber, value: value, start: index, contentStart: next))
                }
            } else if scalar == "-" || scalar == "•" || scalar == "*", spaceAt(index + 1), depth[index] == 0 {
                guard let next = firstNonSpace(text, from: index + 1) else { continue }
                let before = lastNonSpace(text, before: index)
                let afterColon = before.map { text[$0] == ":" } ?? true
                let atLineStart = before == nil || text[(before ?? 0) + 1..<index].contains("\n")
                let continues = text[next].isUppercaseScalar || text[next].isDigitScalar || text[next] == "$"
                if atLineStart, !afterColon, let before, isBulletLine(text, endingAt: before) {
                    // The next line of a bulleted block.
                    found.append(Marker(style: .bullet, value: 2, start: index, contentStart: next))
                } else if afterColon || atLineStart {
                    found.append(Marker(style: .bullet, value: 1, start: index, contentStart: next))
                } else if continues || scalar == "•" {
                    found.append(Marker(style: .bullet, value: 2, start: index, contentStart: next))
                }
            }
        }
        return found
    }

    /// Whether the line holding `index` opens with a bullet ("- ", "* ", "• ").
    static func isBulletLine(_ text: [Unicode.Scalar], endingAt index: Int) -> Bool {
        var start = index
        while start > 0, text[start - 1] != "\n" { start -= 1 }
        guard let first = firstNonSpace(text, from: start), first + 1 < text.count else { return false }
        return "-*•".unicodeScalars.contains(text[first]) && text[first + 1] == " "
    }

    static func lastNonSpace(_ text: [Unicode.Scalar], before index: Int) -> Int? {
        var cursor = index - 1
        while cursor >= 0, text[cursor].isWhitespaceScalar { cursor -= 1 }
        return cursor >= 0 ? cursor : nil
    }

    /// Chains markers into runs numbered 1, 2, 3, ... (bullets: a first bullet, then continuations
    /// up to the next sentence end), and works out each run's lead-in and item ends.
    static func runs(_ text: [Unicode.Scalar], depth: [Int], sentenceStarts: [Int]) -> [Run] {
        let all = markers(text, depth: depth)
        var chains: [[Marker]] = []
        let byStyle = Dictionary(grouping: all, by: \.style)
        for (style, markers) in byStyle {
            var index = 0
            while index < markers.count {
                guard markers[index].value == 1 else { index += 1; continue }
                var chain = [markers[index]]
                var cursor = index + 1
                while cursor < markers.count {
                    let candidate = markers[cursor]
                    if style == .bullet {
                        // Bullets continue until a sentence ends between them or a new list opens.
                        let nextSentence = firstGreater(than: chain[chain.count - 1].start, in: sentenceStarts)
                        guard candidate.value == 2, nextSentence.map({ $0 >= candidate.start }) ?? true else { break }
                        chain.append(candidate)
                    } else if candidate.value == chain.count + 1 {
                        chain.append(candidate)
                    } else if candidate.value == 1 {
                        break
                    }
                    cursor += 1
                }
                if chain.count >= 2 { chains.append(chain) }
                index = style == .bullet ? cursor : index + 1
            }
        }
        chains.sort { $0[0].start < $1[0].start }

        let allStarts = Set(sentenceStarts).union(chains.flatMap { $0.map(\.start) })
        let sortedStarts = allStarts.sorted()
        return chains.map { chain in
            let first = chain[0].start
            let unitStart = lastLess(than: first, in: sortedStarts) ?? 0
            var leadText = string(text, unitStart, first)
            leadText = withoutMarker(leadText.trimmingWhitespace()).trimmingWhitespace(and: "-–—")
            var ends = chain.dropFirst().map(\.start)
            let lastStart = chain[chain.count - 1].contentStart
            let sentenceEnd = firstGreater(than: lastStart, in: sentenceStarts) ?? text.count
            let lineEnd = chain[0].style == .bullet || chain[0].style == .dotNumber
                ? (text[lastStart...].firstIndex(of: "\n") ?? text.count) : text.count
            ends.append(min(sentenceEnd, lineEnd))
            return Run(markers: chain, lead: leadText, itemEnds: ends)
        }
    }

    /// The first element of ascending `sorted` greater than `value` (binary search).
    static func firstGreater(than value: Int, in sorted: [Int]) -> Int? {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] > value { high = middle } else { low = middle + 1 }
        }
        return low < sorted.count ? sorted[low] : nil
    }

    /// The last element of ascending `sorted` less than `value` (binary search).
    static func lastLess(than value: Int, in sorted: [Int]) -> Int? {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? sorted[low - 1] : nil
    }

    /// The lead-in a unit starting at `offset` carries: its run's lead for an item's first sentence,
    /// the item's own head ("Layer versioning:") for later sentences of the same item.
    static func context(for offset: Int, runs: [Run], text: [Unicode.Scalar]) -> String {
        var best: (start: Int, lead: String)?
        for run in runs {
            for (marker, end) in zip(run.markers, run.itemEnds) where marker.start <= offset && offset < end {
                if best == nil || marker.start > best?.start ?? 0 {
                    if marker.start == offset {
                        best = (marker.start, run.lead)
                    } else {
                        best = (marker.start, itemHead(text, from: marker.contentStart, to: end) ?? run.lead)
                    }
                }
            }
        }
        return best?.lead ?? ""
    }

    /// "Layer versioning:" for an item "Layer versioning: Immutable - ...", when the head is short.
    static func itemHead(_ text: [Unicode.Scalar], from start: Int, to end: Int) -> String? {
        var index = start
        while index < end, index - start <= 80 {
            if text[index] == ":", index + 1 < end, text[index + 1].isWhitespaceScalar {
                return string(text, start, index + 1)
            }
            if text[index] == "." && index + 1 < end && text[index + 1] == " " { return nil }
            index += 1
        }
        return nil
    }

    // MARK: - Text helpers

    static func string(_ text: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        text.string(start, end)
    }

    /// An item that is only a heading for a nested list: "3. Code optimization:".
    static func isBareHead(_ text: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        guard let last = lastNonSpace(text, before: end), text[last] == ":" else { return false }
        return withoutMarker(string(text, start, end)).count < 60
    }

    /// A unit that introduces a list: it ends with a colon or a dash, or is too short to stand alone.
    static func isLeadIn(_ text: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        guard let last = lastNonSpace(text, before: end), last >= start else { return true }
        return text[last] == ":" || text[last] == "-" || text[last] == "–" || end - start < 80
    }

    /// The range without surrounding whitespace and without a trailing list separator (", ", "; ", " and").
    static func trimmed(_ text: [Unicode.Scalar], _ start: Int, _ end: Int) -> (Int, Int)? {
        var lower = start, upper = end
        while lower < upper, text[lower].isWhitespaceScalar { lower += 1 }
        while upper > lower, text[upper - 1].isWhitespaceScalar || text[upper - 1] == "," || text[upper - 1] == ";" {
            upper -= 1
        }
        for conjunction in [" and", " or"] {
            let scalars = Array(conjunction.unicodeScalars)
            if upper - lower > scalars.count, Array(text[(upper - scalars.count)..<upper]) == scalars {
                upper -= scalars.count
                while upper > lower, text[upper - 1] == "," || text[upper - 1].isWhitespaceScalar { upper -= 1 }
            }
        }
        return upper > lower ? (lower, upper) : nil
    }

    /// The text without a leading list marker: "(2) Python" -> "Python".
    static func withoutMarker(_ body: String) -> String {
        guard let first = body.unicodeScalars.first, first == "(" || first.isDigitScalar || "-•*".unicodeScalars.contains(first) else {
            return body
        }
        let scalars = Array(body.unicodeScalars)
        let found = markers(scalars, depth: [Int](repeating: 0, count: scalars.count))
        if let first = found.first, first.start == 0 {
            return string(scalars, first.contentStart, scalars.count)
        }
        return body
    }

    static func collapsingWhitespace(_ text: String) -> String {
        var previousWasSpace = true
        var clean = true
        for scalar in text.unicodeScalars {
            let isSpace = scalar.isWhitespaceScalar
            if isSpace && (previousWasSpace || scalar != " ") { clean = false; break }
            previousWasSpace = isSpace
        }
        if clean && !previousWasSpace { return text }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
