import KBModel
import KBText
/// Decides which subject names denote one entity, from the names the corpus itself uses.
///
/// Names are folded (case, parentheticals, years, leading acronyms such as a vendor's "AWS"), then
/// a shorter name joins a longer one it opens or ends when it is distinctive (several words, or
/// one word with an inner capital, a digit or a dot) and no other, unrelated name shares it. For
/// example "AWS Lambda SnapStart", "Lambda SnapStart" and "SnapStart" are one subject, while
/// "Step Functions" stays apart from both "Step Functions Express" and "Step Functions Standard".
struct SubjectIndex {
    private var parent: [String: String] = [:]
    private var display: [String: String] = [:]

    init(names: some Sequence<String>) {
        var counts: [String: [String: Int]] = [:]
        var distinctive: [String: Bool] = [:]
        for name in names {
            let key = Self.fold(name)
            guard !key.isEmpty else { continue }
            counts[key, default: [:]][Self.tidy(name), default: 0] += 1
            distinctive[key] = (distinctive[key] ?? false) || Self.isDistinctive(Self.tidy(name))
        }
        for key in counts.keys { parent[key] = key }
        let keys = counts.keys.sorted()
        // Every longer name by the word prefixes and suffixes it has, so that each short name
        // finds the names it opens or ends without scanning them all.
        var extensions: [String: [String]] = [:]
        for key in keys {
            let words = key.split(separator: " ")
            guard words.count > 1, !words.contains(where: { Self.joiners.contains(String($0)) }) else { continue }
            for count in 1..<words.count {
                extensions[words.prefix(count).joined(separator: " "), default: []].append(key)
                let suffix = words.suffix(count).joined(separator: " ")
                if suffix != words.prefix(count).joined(separator: " ") { extensions[suffix, default: []].append(key) }
            }
        }
        for short in keys where distinctive[short] == true {
            let longer = extensions[short] ?? []
            // Every longer name must nest in the next one: "lambda snapstart" in "lambda snapstart
            // java"; two siblings ("step functions express", "step functions standard") block it.
            let nested = longer.sorted { ($0.count, $0) < ($1.count, $1) }
            let chain = zip(nested, nested.dropFirst()).allSatisfy { $1.contains($0) }
            guard !longer.isEmpty, chain else { continue }
            for other in longer { union(short, other) }
        }
        // Names that open with one model name ("X200 dishwasher", "X200 voice control", "Brevo C3
        // brewing") are one product: a model name ends with a word holding digits ("X200", "R7",
        // "Aura 400").
        var byModel: [String: [String]] = [:]
        for key in keys {
            if let model = Self.modelPrefix(key) { byModel[model, default: []].append(key) }
        }
        for (model, members) in byModel {
            if parent[model] != nil { for member in members { union(model, member) } }
            for member in members.dropFirst() { union(members[0], member) }
        }
        // The name shown for a group: its most used spelling, then the shortest.
        var members: [String: [(String, Int)]] = [:]
        for (key, spellings) in counts {
            members[find(key), default: []] += spellings.map { ($0.key, $0.value) }
        }
        for (root, spellings) in members {
            display[root] = spellings.sorted { ($1.1, $0.0.count, $0.0) < ($0.1, $1.0.count, $1.0) }.first?.0
        }
    }

    /// The group key of a name.
    func key(_ name: String) -> String {
        let folded = Self.fold(name)
        guard parent[folded] != nil else { return folded }
        return find(folded)
    }

    /// The name shown for the group of `name`.
    func displayName(_ name: String) -> String {
        display[key(name)] ?? Self.tidy(name)
    }

    private func find(_ key: String) -> String {
        var current = key
        while let next = parent[current], next != current { current = next }
        return current
    }

    private mutating func union(_ a: String, _ b: String) {
        let rootA = find(a), rootB = find(b)
        guard rootA != rootB else { return }
        // The shorter key becomes the root, so groups are named by their shortest member.
        if rootA.count <= rootB.count { parent[rootB] = rootA } else { parent[rootA] = rootB }
    }

    /// Words that make a compound of two entities ("Java 21 + SnapStart", "Java without SnapStart").
    static let joiners: Set<String> = ["+", "&", "and", "or", "with", "without", "vs", "vs.", "versus", "on", "via", "for", "in", "of", "at",
                                       "from", "under", "inside"]

    /// The words of a folded name up to its first word with a digit, when a lettered word opens
    /// it: "x200 dishwasher" -> "x200", "aura 400 air purifier" -> "aura 400"; nil for "java 21 +
    /// snapstart"-like compounds and names without digits.
    static func modelPrefix(_ key: String) -> String? {
        let words = key.split(separator: " ").map(String.init)
        guard let first = words.first, first.first?.isLetter == true, !words.contains(where: { joiners.contains($0) }),
              let digitAt = words.firstIndex(where: { $0.contains(where: \.isNumber) }), digitAt < words.count - 1 || words.count == 1 else {
            return nil
        }
        // A version of a language or runtime ("python 3.12") is not a product model.
        if words[digitAt].contains("."), words[digitAt].first?.isNumber == true { return nil }
        return words[...digitAt].joined(separator: " ")
    }

    /// A name without list markers, parentheticals, emphasis or trailing punctuation.
    static func tidy(_ name: String) -> String {
        var result = ""
        var depth = 0
        for character in name {
            if character == "(" { depth += 1; continue }
            if character == ")" { depth = max(0, depth - 1); continue }
            if depth == 0, character != "*" { result.append(character) }
        }
        let words = result.split(whereSeparator: \.isWhitespace).filter { word in
            !(word.count == 4 && word.allSatisfy(\.isNumber) && (word.hasPrefix("19") || word.hasPrefix("20")))
        }
        return ClaimContext.withoutListMarker(words.joined(separator: " ")).trimmingCharacters(in: ":,;-.")
    }

    /// The folded key: tidied, lowercased, leading acronyms dropped while a name remains.
    static func fold(_ name: String) -> String {
        var words = tidy(name).split(separator: " ").map(String.init)
        while words.count > 1, let first = words.first, ClaimContext.determiners.contains(first.lowercased()) { words.removeFirst() }
        while words.count > 1, let first = words.first, first.count >= 2, first.count <= 5,
              first.allSatisfy({ $0.isUppercase || $0.isNumber }), words[1].first?.isUppercase == true {
            words.removeFirst()
        }
        return words.joined(separator: " ").lowercased()
    }

    /// Several words, or one with an inner capital, a digit or a dot: "SnapStart", "Node.js".
    static func isDistinctive(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        if words.count > 1 { return true }
        guard let word = words.first else { return false }
        return word.dropFirst().contains(where: \.isUppercase) || word.contains(where: \.isNumber) || word.contains(".")
    }
}
