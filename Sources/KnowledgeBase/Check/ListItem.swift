import KBModel
import KBText
/// One item of a support list: a name, the other names it is known by, and the versions it covers.
///
/// For example "Java 11 and later (Amazon Corretto managed runtime)" has the primary name "java",
/// the names {"java", "corretto"} and the versions 11 and later; "Corretto 11/17/21" has the
/// primary name "corretto" and the versions 11, 17 and 21, so the first includes the second.
struct ListItem: Sendable, Hashable {
    /// The item as written, without list marker.
    var text: String
    /// The key that identifies the item: the last word of its first name ("java", ".net", "node.js"),
    /// or the whole phrase folded when it names nothing ("container images").
    var primary: String
    /// Every name the item mentions, itself included (parentheticals give aliases).
    var names: Set<String>
    var versions: VersionSet

    /// Whether two items name the same thing: one's primary name matches one of the other's names.
    func matches(_ other: ListItem) -> Bool {
        other.names.contains { Self.namesMatch(primary, $0) } || names.contains { Self.namesMatch(other.primary, $0) }
    }

    /// Two names of one thing: equal, or one ends or opens the other word for word ("amazon
    /// corretto" and "corretto", "ground coffee" and "ground coffee in the refillable pod").
    static func namesMatch(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let (short, long) = a.count < b.count ? (a, b) : (b, a)
        return long.hasSuffix(" " + short) || long.hasPrefix(short + " ")
    }

    /// Parses an item, or nil when the text is no item (a clause, a number, too long).
    static func parse(_ raw: String) -> ListItem? {
        var text = ClaimContext.withoutListMarker(raw.trimmingCharacters(in: ",;:-•*"))
        while text.hasSuffix(".") { text.removeLast() }
        for prefix in ["and ", "or ", "also ", "a ", "an ", "the "] where text.lowercased().hasPrefix(prefix) {
            text = String(text.dropFirst(prefix.count))
        }
        text = text.trimmingCharacters(in: ",;:-•*")
        var main = ""
        var aside = ""
        var depth = 0
        for character in text {
            if character == "(" { depth += 1; if depth == 1 { aside.append(" ") ; continue } }
            if character == ")" { depth = max(0, depth - 1); if depth == 0 { continue } }
            if depth > 0 { aside.append(character) } else { main.append(character) }
        }
        let words = main.split(whereSeparator: \.isWhitespace).map(String.init)
        // Quantities are not items: "~300-500 tokens".
        guard let first = words.first?.first, first.isLetter || first == "." || first == "$" || first == "@" else { return nil }
        guard !words.isEmpty, words.count <= 6, words.contains(where: { $0.contains(where: \.isLetter) }) else { return nil }
        // The name runs up to the first version-like word.
        let versionStart = words.firstIndex { Self.isVersionWord($0) } ?? words.count
        let nameWords = Array(words[..<versionStart])
        guard !nameWords.isEmpty else { return nil }
        let versions = VersionSet.parse(words[versionStart...].joined(separator: " "))
        let runs = Self.nameRuns(nameWords)
        let primary = runs.first.map { $0.joined(separator: " ").lowercased() } ?? nameWords.joined(separator: " ").lowercased()
        var names = Set(runs.map { $0.joined(separator: " ").lowercased() })
        names.insert(primary)
        for run in Self.nameRuns(aside.split(whereSeparator: \.isWhitespace).map(String.init)) {
            names.insert(run.joined(separator: " ").lowercased())
        }
        return ListItem(text: text, primary: primary, names: names, versions: versions)
    }

    /// Runs of consecutive name words: capitalised ("Amazon Corretto"), dotted (".NET", "Node.js").
    static func nameRuns(_ words: [String]) -> [[String]] {
        var runs: [[String]] = []
        var current: [String] = []
        for word in words {
            let cleaned = word.trimmingCharacters(in: ",;:")
            let isName = cleaned.first?.isUppercase == true || (cleaned.contains(".") && cleaned.contains(where: \.isLetter))
            if isName, cleaned.count >= 2 {
                current.append(cleaned)
            } else if !current.isEmpty {
                runs.append(current)
                current = []
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }

    /// "11", "3.12", "8+", "11/17/21", "17-21", "v2": a word that states versions.
    static func isVersionWord(_ word: String) -> Bool {
        let stripped = word.hasPrefix("v") ? String(word.dropFirst()) : word
        guard let first = stripped.first, first.isNumber else { return false }
        return stripped.allSatisfy { $0.isNumber || "./+-x,".contains($0) }
    }
}

/// The versions an item covers: every version, or a union of closed and open ranges.
struct VersionSet: Sendable, Hashable {
    /// A range of versions; `high` nil means "and later".
    struct Range: Sendable, Hashable {
        var low: [Int]
        var high: [Int]?
    }

    /// Empty means every version.
    var ranges: [Range]

    static let all = VersionSet(ranges: [])

    /// "11 and later", "8+", "11/17/21", "17-21", "3.12" -> ranges.
    static func parse(_ text: String) -> VersionSet {
        let lowered = text.lowercased()
        let openEnded = lowered.contains("later") || lowered.contains("newer") || lowered.contains("+") || lowered.contains("above")
        var ranges: [Range] = []
        for token in lowered.split(whereSeparator: { $0 == " " || $0 == "/" || $0 == "," }) {
            let cleaned = String(token).trimmingCharacters(in: "+v")
            let bounds = cleaned.split(separator: "-", omittingEmptySubsequences: true).map(Self.components)
            guard let low = bounds.first, !low.isEmpty else { continue }
            if bounds.count == 2 {
                ranges.append(Range(low: low, high: bounds[1]))
            } else {
                ranges.append(Range(low: low, high: low))
            }
        }
        if openEnded, let last = ranges.indices.last {
            ranges[last].high = nil
        }
        return VersionSet(ranges: ranges)
    }

    static func components(_ text: Substring) -> [Int] {
        text.split(separator: ".").compactMap { Int($0) }
    }

    /// Whether some version is in both sets. "3.12" covers "3.12.1".
    func overlaps(_ other: VersionSet) -> Bool {
        if ranges.isEmpty || other.ranges.isEmpty { return true }
        return ranges.contains { a in other.ranges.contains { b in Self.overlap(a, b) } }
    }

    static func overlap(_ a: Range, _ b: Range) -> Bool {
        // a.low <= b.high and b.low <= a.high, comparing on the shorter precision.
        func lessOrEqual(_ x: [Int], _ y: [Int]?) -> Bool {
            guard let y else { return true }
            let count = min(x.count, y.count)
            return Array(x.prefix(count)).lexicographicallyPrecedes(Array(y.prefix(count))) || Array(x.prefix(count)) == Array(y.prefix(count))
        }
        return lessOrEqual(a.low, b.high) && lessOrEqual(b.low, a.high)
    }
}

extension ListItem {
    /// The item's name as written, without versions: "Python" for "Python 3.12 and later".
    var primaryDisplay: String {
        let words = text.split(separator: " ").prefix { !ListItem.isVersionWord(String($0)) && !$0.hasPrefix("(") }
        let name = words.joined(separator: " ")
        return name.isEmpty ? primary : name
    }
}
