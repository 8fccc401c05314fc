/// What a claim is about: its subject, its metric, the conditions it holds under, and whether it
/// is hedged, read from the fact around it.
///
/// - **Subject**: the nearest name before the number in the same clause ("Fermyon Spin 0.5ms,
///   Cloudflare Workers ~5ms" gives two subjects); else the label of the item it sits in
///   ("Node.js 20: 200-300ms"); else nil, and the caller falls back to the fact's lead or topic.
/// - **Metric**: the first metric keyword in the claim's clause (cold start, timeout, memory,
///   price, ...), else one implied by the unit's dimension.
/// - **Conditions**: "with X" / "without X", "per X", "on X" / "across X", and memory settings.
public enum ClaimContext {
    /// Keyword (lowercased) -> canonical metric, most specific first.
    public static let metricKeywords: [(String, String)] = [
        ("cold start", "cold start"), ("cold-start", "cold start"), ("startup", "cold start"), ("start-up", "cold start"),
        ("initialization", "cold start"), ("init", "cold start"), ("warm start", "warm start"), ("warm", "warm start"),
        ("timeout", "timeout"), ("time limit", "timeout"), ("max duration", "timeout"), ("duration", "duration"),
        ("execution time", "duration"), ("run for", "duration"), ("memory", "memory"), ("ram", "memory"),
        ("ephemeral storage", "storage"), ("storage", "storage"), ("deployment package", "package size"),
        ("package", "package size"), ("unzipped", "package size"), ("zipped", "package size"), ("image", "image size"),
        ("size", "size limit"), ("throughput", "throughput"), ("requests/s", "throughput"), ("starts/s", "throughput"),
        ("rps", "throughput"), ("concurren", "concurrency"), ("latency", "latency"), ("response", "latency"),
        ("reduction", "reduction"), ("reduce", "reduction"), ("faster", "speedup"), ("speedup", "speedup"),
        ("cost", "price"), ("price", "price"), ("pricing", "price"), ("charge", "price"), ("billed", "price"),
        ("retention", "retention"), ("history", "retention"), ("retrievable", "retention"), ("layers", "layers"),
    ]

    static let hedgeWords = ["rumored", "rumoured", "expected", "e.g.", "for example", "example:", "recommend",
                             "might", "could", "likely", "planned", "roadmap", "estimate", "projected", "hypothetical"]

    /// Whether the fact is hedged: a rumour, an expectation, an example or a recommendation.
    public static func isHedged(_ fact: String) -> Bool {
        let lowered = fact.lowercased()
        return hedgeWords.contains { lowered.contains($0) }
    }

    static func attribute(_ claim: inout NumericClaim, in fact: String, scalars: [Unicode.Scalar]) {
        let clause = clauseBounds(around: claim.start, in: scalars)
        let before = string(scalars, clause.lowerBound, claim.start)
        let clauseText = string(scalars, clause.lowerBound, clause.upperBound).lowercased()
        var subject = nameBefore(before)
        // "WebAssembly runtimes (<1ms cold start)": the name stands before the parenthesis.
        if subject == nil, clause.lowerBound > 1, scalars[clause.lowerBound - 1] == "(", before.allSatisfy({ !$0.isLetter }) {
            let previous = clauseBounds(around: clause.lowerBound - 2, in: scalars)
            subject = nameBefore(string(scalars, previous.lowerBound, clause.lowerBound - 1))
        }
        claim.subject = subject ?? itemLabel(before: claim.start, in: scalars)
        let offset = claim.start - clause.lowerBound
        claim.metric = metric(in: clauseText, at: offset, length: claim.end - claim.start, claim: claim)
        claim.conditions = conditions(in: string(scalars, clause.lowerBound, clause.upperBound), claim: claim)
    }

    /// The clause holding `index`: between separators (",", ";", ":", "(", ")", "→", sentence ends).
    static func clauseBounds(around index: Int, in text: [Unicode.Scalar]) -> Range<Int> {
        func isSeparator(_ position: Int) -> Bool {
            let scalar = text[position]
            if ",;()→".unicodeScalars.contains(scalar) { return true }
            if scalar == ":" || scalar == ".", position + 1 < text.count, text[position + 1] == " " { return true }
            if scalar == "-", position > 0, position + 1 < text.count, text[position - 1] == " ", text[position + 1] == " " { return true }
            return false
        }
        var start = min(index, text.count)
        while start > 0, !isSeparator(start - 1) { start -= 1 }
        var end = min(index, text.count)
        while end < text.count, !isSeparator(end) { end += 1 }
        return start..<end
    }

    /// The last run of capitalised words (with their versions) before the number: "Fermyon Spin",
    /// "Cloudflare Workers", "Java 21 + SnapStart", "Node.js 20".
    static func nameBefore(_ text: String) -> String? {
        let words = text.split(separator: " ").map(String.init)
        var end = words.count
        // Skip comparator words and symbols between the name and the number.
        while end > 0, ["up", "to", "at", "most", "least", "about", "~", "=", "is", "are", "of", "in", "under", "only", "with", "achieves", "takes"].contains(words[end - 1].lowercased()) || words[end - 1].allSatisfy({ !$0.isLetter && !$0.isNumber }) {
            end -= 1
        }
        var start = end
        // A lowercase head noun after a name belongs to it: "Standard workflows", "WebAssembly runtimes".
        if end >= 2, words[end - 1].first?.isLowercase == true, words[end - 1].allSatisfy(\.isLetter),
           words[end - 2].first?.isUppercase == true {
            start = end - 1
        }
        while start > 0 {
            let word = words[start - 1]
            guard let first = word.first, !word.contains(where: { "()$[]".contains($0) }) else { break }
            if first.isUppercase || word.contains(".") && word.contains(where: \.isLowercase) || (start < end && word.allSatisfy { $0.isNumber || $0 == "." || $0 == "+" }) {
                start -= 1
            } else {
                break
            }
        }
        guard start < end else { return nil }
        // Leading numbers are not part of a name ("2 Java" in "1, 2 Java").
        while start < end, words[start].allSatisfy({ $0.isNumber || $0 == "." || $0 == "+" }) { start += 1 }
        guard start < end else { return nil }
        let name = words[start..<end].joined(separator: " ").trimmingCharacters(in: ":,(")
        let capitalised = name.split(separator: " ").contains { word in word.count >= 2 && word.first?.isUppercase == true }
        guard capitalised || name.contains("."), !["No", "Yes", "Use", "Cost", "Example", "Note"].contains(name) else { return nil }
        return name
    }

    /// The label before the colon of the item the claim sits in: "(1) Node.js 20: 200-300ms" ->
    /// "Node.js 20". Generic one-word labels ("Cost:", "Performance:") are passed over for the
    /// label before them.
    static func itemLabel(before index: Int, in text: [Unicode.Scalar]) -> String? {
        var cursor = min(index, text.count) - 1
        while cursor > 0 {
            if text[cursor] == ":", cursor + 1 < text.count, text[cursor + 1] == " " {
                var start = cursor
                while start > 0, !",;:".unicodeScalars.contains(text[start - 1]) { start -= 1 }
                let label = cleanLabel(string(text, start, cursor))
                if let label, !isGeneric(label) { return label }
                cursor = start - 1
                continue
            }
            if text[cursor] == "." && cursor + 1 < text.count && text[cursor + 1] == " " { return nil }
            cursor -= 1
        }
        return nil
    }

    /// A label without its list marker and trailing parenthetical, or nil when it names nothing.
    static func cleanLabel(_ raw: String) -> String? {
        var label = withoutListMarker(raw.trimmingCharacters(in: "-•*"))
        if label.hasSuffix(")"), let open = label.lastIndex(of: "("), open > label.startIndex {
            label = String(label[..<open]).trimmingCharacters(in: "")
        }
        let hasWord = label.split(separator: " ").contains { $0.count >= 2 && $0.contains(where: \.isLetter) }
        guard hasWord, label.count <= 60, !label.contains("(") && !label.contains(")") else { return nil }
        return label
    }

    /// A one-word label that names a property or a section, not an entity: "Cost", "Performance".
    static func isGeneric(_ label: String) -> Bool {
        let words = label.split(separator: " ")
        guard words.count == 1, let word = words.first else { return false }
        let rest = word.dropFirst()
        return !rest.contains(where: \.isUppercase) && !word.contains(where: \.isNumber) && !word.contains(".")
    }

    /// The subject of a claim whose fact names none: the head of the fact's lead-in ("Benchmarks
    /// (2025):" gives nothing useful, "Fermyon Spin:" gives "Fermyon Spin"), else the answer's topic.
    public static func fallbackSubject(lead: String, topic: String) -> String {
        let head = withoutListMarker(lead.trimmingCharacters(in: ":-"))
        if let name = nameBefore(head), name.count <= 60 { return name }
        return topic
    }

    /// "(1) Node.js 20" -> "Node.js 20"; "2) Multi-agent" -> "Multi-agent"; "3. Code" -> "Code".
    static func withoutListMarker(_ label: String) -> String {
        var text = Substring(label.trimmingCharacters(in: ""))
        if text.hasPrefix("("), let close = text.firstIndex(of: ")"), text.distance(from: text.startIndex, to: close) <= 3 {
            text = text[text.index(after: close)...]
        } else {
            let digits = text.prefix(while: \.isNumber)
            if !digits.isEmpty, digits.count <= 2, let next = text.dropFirst(digits.count).first, next == ")" || next == "." {
                text = text.dropFirst(digits.count + 1)
            }
        }
        return String(text).trimmingCharacters(in: "")
    }

    static func metric(in clause: String, at offset: Int, length: Int, claim: NumericClaim) -> String? {
        if claim.kind == .money || claim.kind == .moneyRate { return "price" }
        // The keyword nearest the number wins ("warm and ready with double-digit millisecond response times").
        let scalars = Array(clause.unicodeScalars)
        var best: (distance: Int, metric: String)?
        for (keyword, metric) in metricKeywords {
            let pattern = Array(keyword.unicodeScalars)
            guard pattern.count <= scalars.count else { continue }
            for position in 0...(scalars.count - pattern.count) where scalars[position] == pattern[0] && Array(scalars[position..<(position + pattern.count)]) == pattern {
                let distance = position >= offset + length ? position - (offset + length) : position + pattern.count <= offset ? offset - (position + pattern.count) : 0
                if best == nil || distance < best?.distance ?? Int.max { best = (distance, metric) }
            }
        }
        if let best { return best.metric }
        switch claim.dimension {
        case "time": return "duration"
        case "information": return "size"
        case "percent": return "percentage"
        case "ratio": return "ratio"
        default:
            if claim.dimension.hasPrefix("count:") { return claim.normalizedUnit }
            if claim.kind == .rate { return "throughput" }
            return nil
        }
    }

    static func conditions(in clause: String, claim: NumericClaim) -> [String] {
        var found: [String] = []
        let words = clause.split(separator: " ").map(String.init)
        for (index, word) in words.enumerated() {
            let lowered = word.lowercased()
            guard ["with", "without", "per", "on", "across"].contains(lowered), index + 1 < words.count else { continue }
            let phrase = ([word] + words[(index + 1)..<min(words.count, index + 3)]).joined(separator: " ")
                .trimmingCharacters(in: ".,;:)")
            found.append(phrase)
        }
        return found
    }

    static func string(_ text: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: text[max(0, start)..<max(max(0, start), min(end, text.count))])
        return String(view)
    }
}
