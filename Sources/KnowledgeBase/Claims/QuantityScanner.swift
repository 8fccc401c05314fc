import KBModel
import KBText
/// Finds every numeric claim in a fact: one hand-written scan over its Unicode scalars.
///
/// It reads numbers with thousands separators and decimals, magnitude suffixes (`2K`, `75M`,
/// `1B`, `1 million`), ranges (`200-300ms`, `$38–$52`, `10K-100K`), comparators written as
/// symbols (`<10ms`, `>512MB`, `~5ms`, `100K+`) or words (`up to`, `at least`, `under`, `5 minute
/// maximum`), units (see ``Units``), rates (`2K+ starts/sec`, `17.77 t/s`, `75M RPS`), prices and
/// unit prices (`$0.015/GB-hour`, `$25 per 1M transitions`), counts with their noun (`5 layers`),
/// hyphenated units (`15-minute timeout`), vague bounds (`sub-second`, `single-digit
/// milliseconds`) and before/after pairs (`3-5s → 200-400ms`).
///
/// Not claims: years, versions (`Java 11`, `Python 3.12`), list markers, identifiers with digits
/// (`V8`, `Route53`, `us-east-1`, ARNs), times of day, command-line arguments and cron expressions.
///
/// For example:
///
/// ```swift
/// QuantityScanner().claims(in: "Node.js 20: 200-300ms cold start").first?.normalizedHigh  // 0.3
/// ```
public struct QuantityScanner: Sendable {
    /// User-declared aliases and metric synonyms (see ``Lexicon``).
    public var lexicon: Lexicon

    public init(lexicon: Lexicon = Lexicon()) {
        self.lexicon = lexicon
    }

    /// Words that end a counted noun phrase rather than name what is counted.
    static let stopWords: Set<String> = [
        "and", "or", "of", "to", "the", "a", "an", "with", "without", "in", "for", "vs", "on", "at", "by", "from",
        "is", "are", "was", "were", "be", "than", "that", "which", "per", "as", "into", "via", "when", "if", "it",
        "its", "this", "these", "those", "each", "every", "more", "less", "faster", "slower", "cheaper", "times",
        "later", "earlier", "only", "total", "max", "maximum", "minimum", "min", "after", "before", "then",
    ]
    /// Words ending in "s" that follow numbers without being what they count.
    static let notCountNouns: Set<String> = [
        "fails", "succeeds", "runs", "takes", "makes", "means", "costs", "is", "was", "has", "does", "less", "plus", "vs",
        "always", "sometimes", "perhaps", "thus", "versus", "afterwards", "besides", "nevertheless",
    ]
    /// Adjectives that belong to the counted noun after them ("1,000 concurrent executions").
    static let countAdjectives: Set<String> = [
        "concurrent", "parallel", "simultaneous", "active", "free", "additional", "unique", "new", "warm", "cold",
        "provisioned", "reserved", "open", "idle", "running", "monthly", "daily", "total",
    ]

    /// Whether `text` has a digit, or a "sub-" / "-digit" that a vague bound needs.
    static func mayHoldClaims(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte >= 0x30 && byte <= 0x39 { return true }
            // "sub-" and "-digit" both put a hyphen after a letter or before a "d".
            if byte == UInt8(ascii: "-"), previous == UInt8(ascii: "b") || previous == UInt8(ascii: "e") { return true }
            previous = byte
        }
        return false
    }

    public func claims(in text: String) -> [NumericClaim] {
        // Most facts hold no digit and no vague bound: skip them without decoding a scalar.
        guard Self.mayHoldClaims(text) else { return [] }
        var scan = Scan(text: Array(text.unicodeScalars))
        let claims = scan.run(fact: text, keywords: lexicon.keywords + ClaimContext.metricKeywords)
        guard !lexicon.aliases.isEmpty else { return claims }
        return claims.map { claim in
            var claim = claim
            claim.subject = claim.subject.map(lexicon.canonicalSubject)
            return claim
        }
    }
}

/// The state of one scan.
struct Scan {
    let text: [Unicode.Scalar]
    var claims: [NumericClaim] = []

    init(text: [Unicode.Scalar]) {
        self.text = text
    }

    // MARK: - Characters

    func at(_ index: Int) -> Unicode.Scalar? { index >= 0 && index < text.count ? text[index] : nil }
    func isDigit(_ index: Int) -> Bool { at(index)?.isASCIIDigit == true }
    func isLetter(_ index: Int) -> Bool {
        guard let scalar = at(index) else { return false }
        return scalar.isWordScalar && !scalar.isASCIIDigit
    }
    func isSpace(_ index: Int) -> Bool { at(index)?.isWhitespaceScalar == true }

    func string(_ start: Int, _ end: Int) -> String {
        text.string(start, end)
    }

    /// The letters (and digits, after a letter) of the word at `index`.
    func word(at index: Int) -> (String, Int) {
        var end = index
        while end < text.count, isLetter(end) || (end > index && isDigit(end)) { end += 1 }
        return (string(index, end), end)
    }

    /// The word ending just before `index` (skipping spaces), lowercased, and where it starts.
    func previousWord(before index: Int) -> (String, Int)? {
        var end = index
        while end > 0, isSpace(end - 1) { end -= 1 }
        var start = end
        while start > 0, !isSpace(start - 1) { start -= 1 }
        return start < end ? (string(start, end), start) : nil
    }

    // MARK: - Numbers

    /// A number at `index`: digits with thousands commas and a decimal part.
    func number(at index: Int) -> (Double, Int)? {
        guard isDigit(index) else { return nil }
        var end = index
        var digits = ""
        while end < text.count {
            if isDigit(end) {
                digits.unicodeScalars.append(text[end])
                end += 1
            } else if text[end] == ",", isDigit(end + 1), isDigit(end + 2), isDigit(end + 3), !isDigit(end + 4) {
                end += 1
            } else if text[end] == ".", isDigit(end + 1), !digits.contains(".") {
                digits += "."
                end += 1
            } else {
                break
            }
        }
        guard let value = Double(digits) else { return nil }
        return (value, end)
    }

    /// A magnitude suffix at `index`: `K`, `M`, `B` glued to the number, or ` million`.
    func magnitude(at index: Int) -> (Double, Int) {
        if let scalar = at(index), !isLetter(index + 1) {
            switch scalar {
            case "K", "k": return (1e3, index + 1)
            case "M": return (1e6, index + 1)
            case "B": return (1e9, index + 1)
            default: break
            }
        }
        if isSpace(index), isLetter(index + 1) {
            let (word, end) = word(at: index + 1)
            switch word.lowercased() {
            case "thousand": return (1e3, end)
            case "million": return (1e6, end)
            case "billion": return (1e9, end)
            case "trillion": return (1e12, end)
            default: break
            }
        }
        return (1, index)
    }

    // MARK: - Scan

    mutating func run(fact: String, keywords: [(String, String)]) -> [NumericClaim] {
        var index = 0
        while index < text.count {
            if let end = vagueBound(at: index) {
                index = end
                continue
            }
            guard isDigit(index), !isDigit(index - 1), at(index - 1) != "." || !isDigit(index - 2) else {
                index += 1
                continue
            }
            if let skip = notAClaim(at: index) {
                index = max(skip, index + 1)
                continue
            }
            if let end = quantity(at: index) {
                index = end
            } else {
                index += 1
            }
        }
        linkBeforeAfter()
        guard !claims.isEmpty else { return [] }
        let hedged = ClaimContext.isHedged(fact)
        var attributed = claims.map { claim in
            var claim = claim
            claim.hedged = hedged
            ClaimContext.attribute(&claim, in: fact, scalars: text, keywords: keywords)
            return claim
        }
        // A conversion in parentheses restates the claim before it: "-5 °C (23 °F)", "1.6 kg (3.5 lb)".
        for index in attributed.indices.dropFirst() {
            let previous = attributed[index - 1]
            if string(previous.end, attributed[index].start).trimmingCharacters(in: "") == "(",
               previous.dimension == attributed[index].dimension {
                attributed[index].metric = previous.metric
                attributed[index].subject = previous.subject
            }
        }
        // A memory setting stated in the same fact qualifies its other claims ("Node.js 20 (1MB
        // bundle, 512MB memory): Cold start 250ms" holds at 512MB).
        let settings = attributed.filter { $0.metric == "memory" }.map { $0.surface + " memory" }
        if !settings.isEmpty {
            for index in attributed.indices where attributed[index].metric != "memory" {
                attributed[index].conditions += settings.filter { !attributed[index].conditions.contains($0) }
            }
        }
        return attributed
    }

    /// When the number at `index` is not a quantity, where scanning should resume.
    func notAClaim(at index: Int) -> Int? {
        var tokenEnd = index
        while tokenEnd < text.count, !isSpace(tokenEnd), text[tokenEnd] != ",", text[tokenEnd] != ";", text[tokenEnd] != ")" { tokenEnd += 1 }
        let previous = at(index - 1)
        // Part of an identifier: V8, Route53, nodejs20.x, Llama-2-7B, us-east-1, Q4_K_M.
        if let previous, previous.isWordScalar || previous == "_" { return tokenEnd }
        if previous == "-", isLetter(index - 2) { return tokenEnd }
        // Phone numbers and codes: "1-800-555-0199", "*611", "#31#".
        if previous == "*" || previous == "#" { return tokenEnd }
        if string(index, tokenEnd).filter({ $0 == "-" }).count >= 2, isDigit(tokenEnd - 1) { return tokenEnd }
        // Times of day, ARNs, account ids: digits glued to a colon.
        if previous == ":" || at(numberEnd(index)) == ":" && isDigit(numberEnd(index) + 1) { return tokenEnd }
        // List markers: (1), 1. Item
        if previous == "(", at(numberEnd(index)) == ")" { return numberEnd(index) + 1 }
        let end = numberEnd(index)
        if at(end) == ".", isSpace(end + 1), previousWord(before: index) == nil || [":", ".", "-"].contains(String(text[max(0, index - 2)])) {
            if let next = nextNonSpace(end + 1), text[next].isUppercaseScalar { return end + 1 }
        }
        // Command-line arguments and cron expressions.
        if let (word, _) = previousWord(before: index), word.hasPrefix("-"), word.count > 1, !word.hasPrefix("->") { return tokenEnd }
        if isInsideCall(index, named: "cron") || isInsideCall(index, named: "rate") { return tokenEnd }
        // A magnitude ("75M", "2K") makes it a quantity, never a year or a version.
        if magnitude(at: end).0 != 1 { return nil }
        // Years: 1990-2039 standing alone, not followed by a unit.
        if end - index == 4, let (value, _) = number(at: index), (1990...2039).contains(value), unit(at: end) == nil {
            return end + (at(end) == "+" ? 1 : 0)
        }
        // Versions: a number right after a name ("Java 11", "Python 3.12", "Node.js 20"), with no unit.
        if isSpace(index - 1), let (word, _) = previousWord(before: index), isName(word), !Self.opensSentence(word), unit(at: skipRange(end)) == nil,
           at(end) != "%", at(skipRange(end)) != "%" {
            return tokenEnd
        }
        return nil
    }

    func numberEnd(_ index: Int) -> Int { number(at: index)?.1 ?? index + 1 }

    /// After an optional range ("-300"), where a unit would start.
    func skipRange(_ end: Int) -> Int {
        if let scalar = at(end), scalar == "-" || scalar == "–", isDigit(end + 1), let (_, after) = number(at: end + 1) { return after }
        return end
    }

    func nextNonSpace(_ index: Int) -> Int? {
        var next = index
        while next < text.count, isSpace(next) { next += 1 }
        return next < text.count ? next : nil
    }

    /// A product or proper name: capitalised ("Java", "Tier"), or dotted ("Node.js", ".NET").
    func isName(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first else { return false }
        let trimmed = word.trimmingCharacters(in: "(")
        guard let head = trimmed.unicodeScalars.first else { return false }
        if first == "=" || first == "~" || first == "<" || first == ">" { return false }
        return head.isUppercaseScalar || head == "." || trimmed.contains(".") && trimmed.unicodeScalars.contains(where: \.isLowercaseScalar)
    }

    func isInsideCall(_ index: Int, named name: String) -> Bool {
        var cursor = index
        var depth = 0
        while cursor > 0 {
            cursor -= 1
            if text[cursor] == ")" { depth += 1 }
            if text[cursor] == "(" {
                if depth == 0 { return string(max(0, cursor - name.unicodeScalars.count), cursor).lowercased() == name }
                depth -= 1
            }
        }
        return false
    }

    // MARK: - Quantities

    /// A quantity starting with the number at `index`; appends the claim and returns its end.
    mutating func quantity(at index: Int) -> Int? {
        guard let (first, afterFirst) = number(at: index) else { return nil }
        var start = index
        var comparator = NumericClaim.Comparator.equal
        var currency: String?
        var sign = 1.0
        // A minus sign that is not a hyphen or a range dash: "-10 °C".
        if at(index - 1) == "-" || at(index - 1) == "−", index == 1 || isSpace(index - 2) || at(index - 2) == "(" {
            sign = -1
            start = index - 1
        }
        // Symbols glued before the number: $, €, £, ~, <, >, ≤, ≥ (in any order, e.g. "~$0.015").
        var cursor = start - 1
        while cursor >= 0 {
            switch text[cursor] {
            case "$", "€", "£", "¥", "₹", "₩": currency = Units.currencies[String(text[cursor])]
            case "~", "≈": comparator = .approximately
            case "<": comparator = at(cursor + 1) == "=" ? .lessOrEqual : .less
            case ">": comparator = at(cursor + 1) == "=" ? .greaterOrEqual : .greater
            case "≤", "±": comparator = .lessOrEqual
            case "≥": comparator = .greaterOrEqual
            case "=": if cursor > 0, text[cursor - 1] == "<" || text[cursor - 1] == ">" { cursor -= 1; continue } else { break }
            default: break
            }
            guard "$€£¥₹₩~≈<>≤≥±".unicodeScalars.contains(text[cursor]) || (text[cursor] == "=" && cursor > 0 && "<>".unicodeScalars.contains(text[cursor - 1])) else { break }
            if text[cursor] == "=" { cursor -= 1 }
            start = cursor
            cursor -= 1
        }
        // A currency code before the number: "USD 30", "EUR 12.50".
        if currency == nil, isSpace(start - 1), let (word, wordStart) = previousWord(before: start), word.count == 3,
           let code = Units.currencies[word], code == word {
            currency = code
            start = wordStart
        }
        let (scale, afterScale) = magnitude(at: afterFirst)
        var end = afterScale
        var low = sign * first * scale
        var high = low
        // A range: "200-300", "$38–$52", "10K-100K", "5 to 10".
        var rangeEnd = end
        if let dash = at(end), dash == "-" || dash == "–" || dash == "—" {
            rangeEnd = end + 1
        } else if isSpace(end), string(end, end + 4) == " to ", !isChange(from: start) {
            rangeEnd = end + 4
        }
        if rangeEnd > end {
            var secondStart = rangeEnd
            if at(secondStart) == "$" { secondStart += 1 }
            if let (second, afterSecond) = number(at: secondStart) {
                let (secondScale, afterScale) = magnitude(at: afterSecond)
                // "10-100K": a magnitude on the second number only applies to both.
                if scale == 1, secondScale != 1 { low = first * secondScale }
                high = second * secondScale
                end = afterScale
            }
        }
        if at(end) == "+" {
            comparator = .greaterOrEqual
            end += 1
        }
        // "between 0.05 and 1 MPa", "between 0 °C and 40 °C": a range.
        if high == low, string(max(0, start - 8), start).lowercased() == "between " {
            var cursor = end
            if let (_, unitEnd) = unit(at: cursor) { cursor = unitEnd }
            if string(cursor, cursor + 5) == " and ", let (second, afterSecond) = number(at: cursor + 5) {
                let firstUnit = unit(at: end)?.0.written
                if let (secondUnit, _) = unit(at: afterSecond), firstUnit == nil || firstUnit == secondUnit.written {
                    high = second
                    end = afterSecond
                }
            }
        }
        // The unit.
        // "25¢": cents, kept as written and normalised to dollars.
        var cents = false
        if currency == nil, at(end) == "¢" {
            currency = "USD"
            cents = true
            end += 1
        }
        // A currency code after the number: "30 EUR".
        if currency == nil, isSpace(end), isLetter(end + 1) {
            let (word, wordEnd) = word(at: end + 1)
            if word.count == 3, let code = Units.currencies[word], code == word {
                currency = code
                end = wordEnd
            }
        }
        let money = currency != nil
        var unitText = cents ? "¢" : currency ?? ""
        var kind: NumericClaim.Kind = money ? .money : .count
        var canonical = currency ?? ""
        var factor = cents ? 0.01 : 1.0
        var offset = 0.0
        var dimension = currency.map { "money:" + $0 } ?? "count"
        if money, at(end) == "/" || string(end, end + 5) == " per " || string(end, end + 3) == " a " || string(end, end + 4) == " an " {
            // A price per something: handled below as a rate.
        } else if let (found, unitEnd) = unit(at: end) {
            unitText = found.written
            canonical = found.canonical
            factor = found.factor
            offset = found.offset
            dimension = found.dimension
            kind = found.dimension == "ratio" ? .ratio : found.dimension == "percent" ? .percent
                : found.dimension.hasSuffix("/time") || found.dimension == "speed" || found.dimension == "data rate" ? .rate : .measure
            end = unitEnd
            // "20% to 80%", "3 hours - 5 hours": a range written with the unit on both sides.
            if !isChange(from: start), let (second, secondEnd) = repeatedUnitRange(after: end, unit: found) {
                high = second
                end = secondEnd
            }
            // "3 h 30 min", "1 hour 15 minutes": one duration, in the smaller unit.
            if found.dimension == "time", low == high, isSpace(end), let (minor, afterMinor) = number(at: end + 1),
               let (minorUnit, minorEnd) = unit(at: afterMinor), minorUnit.dimension == "time", minorUnit.factor < found.factor,
               minor * minorUnit.factor < found.factor {
                low = low * found.factor / minorUnit.factor + minor
                high = low
                unitText = minorUnit.written
                factor = minorUnit.factor
                end = minorEnd
            }
        } else if !money, let (noun, nounEnd) = countedNoun(at: end) {
            unitText = noun
            canonical = Units.singular(noun.split(separator: " ").last.map(String.init) ?? noun)
            dimension = "count:" + canonical
            end = nounEnd
        } else if !money {
            // A bare number is a claim when it has a magnitude or a range ("10K-100K"), or follows
            // "=" or a comparator word ("Reserved = 100").
            let bounded = previousWord(before: start).map { $0.0 == "=" } == true || comparatorWord(before: start) != nil
            guard scale != 1 || high != low || bounded else { return nil }
        }
        // A rate or unit price: "/sec", "/GB-hour", " per 1M requests", "/month".
        // A count "per" something that is not a time is a scope ("5 layers per function"), not a rate.
        if let (denominator, denominatorFactor, rateEnd) = perUnit(at: end), money || denominator.dimension == "time" || at(end) == "/" || kind == .measure {
            unitText += "/" + denominator.written
            canonical = (canonical.isEmpty ? "1" : canonical) + "/" + denominator.canonical
            factor = factor / denominatorFactor
            dimension += "/" + denominator.dimension
            kind = money ? .moneyRate : .rate
            end = rateEnd
        }
        if comparator == .equal, let word = comparatorWord(before: start) { comparator = word }
        if comparator == .equal, let (word, _) = comparatorAfter(end) { comparator = word }
        claims.append(NumericClaim(
            surface: string(start, end), start: start, end: end, low: low, high: high,
            unit: unitText, comparator: comparator, kind: kind,
            normalizedLow: low * factor + offset, normalizedHigh: high * factor + offset, normalizedUnit: canonical, dimension: dimension))
        return end
    }

    /// A capitalised word that opens a sentence without naming anything: "This 5-layer limit",
    /// "All 3 modes", "Only 2 regions" (so the number is no version of it).
    static func opensSentence(_ word: String) -> Bool {
        let lowered = word.lowercased()
        return SubjectPhrase.determiners.contains(lowered) || SubjectPhrase.prepositions.contains(lowered)
            || SubjectPhrase.adverbs.contains(lowered) || SubjectPhrase.imperatives.contains(lowered)
            || ["and", "or", "but", "so", "then", "than", "plus", "around", "approximately", "over", "another"].contains(lowered)
    }

    /// Verbs of change: "raised torque from 60 Nm to 75 Nm" states a before and an after, not a range.
    static let changeVerbs: Set<String> = [
        "raised", "raises", "increased", "increases", "cut", "cuts", "reduced", "reduces", "lowered", "lowers", "dropped",
        "drops", "improved", "improves", "went", "goes", "grew", "grows", "fell", "falls", "rose", "rises", "decreased",
        "decreases", "boosted", "boosts", "extended", "extends", "shortened", "shortens", "changed", "changes", "moved",
        "upgraded", "downgraded", "jumped", "jumps", "climbed", "slashed", "doubled", "halved",
    ]

    /// Whether the quantity at `start` opens "from X to Y" after a verb of change.
    func isChange(from start: Int) -> Bool {
        let words = string(max(0, start - 60), start).lowercased().split(separator: " ")
        guard words.last == "from" else { return false }
        return words.dropLast().suffix(4).contains { Self.changeVerbs.contains(String($0)) }
    }

    /// "… to 80%" / "… - 5 hours" after a quantity: the upper end of a range written with its unit
    /// twice, when that unit is the same.
    func repeatedUnitRange(after index: Int, unit: Units.Unit) -> (Double, Int)? {
        var start: Int
        if string(index, index + 4) == " to " {
            start = index + 4
        } else if let dash = at(index), dash == "-" || dash == "–", isDigit(index + 1) {
            start = index + 1
        } else if isSpace(index), at(index + 1) == "-" || at(index + 1) == "–", isSpace(index + 2) {
            start = index + 3
        } else {
            return nil
        }
        if at(start) == "~" { start += 1 }
        guard let (value, afterValue) = number(at: start), let (second, unitEnd) = self.unit(at: afterValue), second.written == unit.written else {
            return nil
        }
        return (value, unitEnd)
    }

    /// A unit right after `index` (after one optional space or hyphen), with where it ends.
    func unit(at index: Int) -> (Units.Unit, Int)? {
        for start in [index, index + 1] {
            if start == index + 1, !(isSpace(index) || at(index) == "-") { continue }
            // "°C", "°F" (and "℃", "℉").
            if let scalar = at(start), scalar == "°" || scalar == "℃" || scalar == "℉" {
                let form = scalar == "°" ? string(start, start + 2) : String(scalar)
                if let found = Units.lookup(form) { return (found, start + form.unicodeScalars.count) }
            }
            // "%" may follow a space; "×" and "x" only glued ("1000 × 10" is a product, not a ratio).
            if let scalar = at(start), scalar == "%" || (scalar == "×" && start == index) {
                return (Units.lookup(String(scalar)) ?? Units.Unit(written: "%", canonical: "%", factor: 1, dimension: "percent"), start + 1)
            }
            guard isLetter(start) || at(start) == "µ" || at(start) == "μ" else { continue }
            let (word, end) = word(at: start)
            // "t/s": tokens per second.
            if word == "t", at(end) == "/", at(end + 1) == "s", !isLetter(end + 2) {
                return (Units.Unit(written: "tokens/s", canonical: "tokens/s", factor: 1, dimension: "tokens/time"), end + 2)
            }
            // Compound units written with a slash: "km/h", "Mb/s", "kb/s".
            if at(end) == "/", isLetter(end + 1) {
                let (denominator, compoundEnd) = self.word(at: end + 1)
                if let compound = Units.lookup(word + "/" + denominator), !isLetter(compoundEnd) { return (compound, compoundEnd) }
            }
            // "US gallons", "US gal".
            if word == "US", isSpace(end), isLetter(end + 1) {
                let (next, nextEnd) = self.word(at: end + 1)
                if let gallon = Units.lookup(next), gallon.written == "gal" { return (gallon, nextEnd) }
            }
            if let found = Units.lookup(word) {
                // A single-letter unit must stand alone: "5 s" yes, "5 x86" no.
                if word.count == 1, isLetter(end) { continue }
                if word == "x", start > index { continue }
                return (found, end)
            }
            if start == index { continue }
        }
        return nil
    }

    /// A counted noun after a number: "5 layers", "1,000 concurrent executions", "330+ cities".
    func countedNoun(at index: Int) -> (String, Int)? {
        guard isSpace(index) || at(index) == "-", isLetter(index + 1) else { return nil }
        // "50+ AWS services", "50+ CloudFormation resources": names before a plural noun.
        if at(index + 1)?.isUppercaseScalar == true {
            var cursor = index + 1
            for _ in 0..<2 {
                let (name, nameEnd) = word(at: cursor)
                guard name.unicodeScalars.first?.isUppercaseScalar == true, isSpace(nameEnd), isLetter(nameEnd + 1) else { return nil }
                cursor = nameEnd + 1
                if at(cursor)?.isLowercaseScalar == true {
                    let (noun, nounEnd) = word(at: cursor)
                    guard noun.hasSuffix("s"), noun.count > 3, !QuantityScanner.stopWords.contains(noun) else { return nil }
                    return (string(index + 1, nounEnd), nounEnd)
                }
            }
            return nil
        }
        let (first, firstEnd) = word(at: index + 1)
        let lowered = first.lowercased()
        guard !QuantityScanner.stopWords.contains(lowered), first.count > 1 else { return nil }
        // A short phrase ending in a plural noun: "3 riding modes", "100 international minutes",
        // "10K five-star reviews", "4 major OS upgrades".
        if !lowered.hasSuffix("s") || QuantityScanner.countAdjectives.contains(lowered) {
            var cursor = firstEnd
            var words = 1
            while words < 3, at(cursor) == "-" || isSpace(cursor), isLetter(cursor + 1) {
                let (next, nextEnd) = word(at: cursor + 1)
                let nextLowered = next.lowercased()
                if QuantityScanner.stopWords.contains(nextLowered) || QuantityScanner.notCountNouns.contains(nextLowered) { break }
                if at(cursor + 1)?.isUppercaseScalar == true, next.count > 3 { break }
                words += 1
                cursor = nextEnd
                if nextLowered.hasSuffix("s"), next.count > 3, at(cursor - 1)?.isLowercaseScalar == true {
                    return (string(index + 1, cursor), cursor)
                }
            }
        }
        // What is counted is a plural noun ("5 layers"), or any noun after a hyphen ("14-line") or
        // after one ("1 step"); "900 left" or "10 always" count nothing.
        let one = number(at: index - 1) == nil ? false : isDigit(index - 1) && at(index - 1) == "1" && !isDigit(index - 2)
        guard at(index) == "-" || one || lowered.hasSuffix("s") || QuantityScanner.countAdjectives.contains(lowered),
              !QuantityScanner.notCountNouns.contains(lowered) else { return nil }
        if QuantityScanner.countAdjectives.contains(lowered), isSpace(firstEnd), isLetter(firstEnd + 1), at(firstEnd + 1)?.isLowercaseScalar == true {
            let (second, secondEnd) = word(at: firstEnd + 1)
            if !QuantityScanner.stopWords.contains(second.lowercased()) { return (first + " " + second, secondEnd) }
        }
        return (first, firstEnd)
    }

    /// "/sec", "/GB-hour", "/month", " per second", " per 1M transitions".
    func perUnit(at index: Int) -> (Units.Unit, Double, Int)? {
        var start: Int
        if at(index) == "/" {
            start = index + 1
        } else if string(index, index + 5) == " per " {
            start = index + 5
        } else if string(index, index + 3) == " a " || string(index, index + 4) == " an " {
            // "€2.60 a day": only a time unit makes "a" mean "per".
            start = index + (at(index + 2) == " " ? 3 : 4)
            guard isLetter(start), Units.timeUnit(word(at: start).0) != nil else { return nil }
        } else {
            return nil
        }
        // " per 1M transitions": a count with magnitude.
        var count = 1.0
        if let (value, afterValue) = number(at: start) {
            let (scale, afterScale) = magnitude(at: afterValue)
            count = value * scale
            start = afterScale
            if isSpace(start) { start += 1 }
        }
        guard isLetter(start) else { return nil }
        let (word, wordEnd) = word(at: start)
        var end = wordEnd
        // "GB-hour", "GB-second": information times time.
        if let size = Units.lookup(word), size.dimension == "information", at(wordEnd) == "-", isLetter(wordEnd + 1) {
            let (timeWord, timeEnd) = self.word(at: wordEnd + 1)
            if let time = Units.timeUnit(timeWord) {
                let written = size.written + "-" + time.written
                return (Units.Unit(written: written, canonical: "GB-s", factor: 1, dimension: "information-time"),
                        count * size.factor / 1e9 * time.factor, timeEnd)
            }
        }
        if let time = Units.timeUnit(word) {
            return (Units.Unit(written: count == 1 ? time.written : formatCount(count) + " " + time.written, canonical: "s", factor: 1, dimension: "time"), count * time.factor, end)
        }
        if let physical = Units.lookup(word), physical.dimension != "ratio", physical.dimension != "percent" {
            // "per kWh", "/100 km", "per GB".
            let written = count == 1 ? physical.written : formatCount(count) + " " + physical.written
            return (Units.Unit(written: written, canonical: physical.canonical, factor: 1, dimension: physical.dimension), count * physical.factor, end)
        }
        // A per-item price or rate: "per 1M requests", "/request".
        guard !QuantityScanner.stopWords.contains(word.lowercased()) else { return nil }
        while at(end) == "-", isLetter(end + 1) { end = self.word(at: end + 1).1 }
        // "per 1M state transitions": a second lowercase word belongs to the noun.
        if isSpace(end), at(end + 1)?.isLowercaseScalar == true {
            let (second, secondEnd) = self.word(at: end + 1)
            let lowered = second.lowercased()
            if !QuantityScanner.stopWords.contains(lowered), second.count > 2, second.hasSuffix("s"),
               !ClaimContext.verbLike.contains(lowered), !TopicExtractor.predicateWords.contains(lowered),
               !QuantityScanner.notCountNouns.contains(lowered) {
                end = secondEnd
            }
        }
        let noun = string(start, end)
        let singular = Units.singular(noun.lowercased())
        return (Units.Unit(written: count == 1 ? noun : formatCount(count) + " " + noun, canonical: singular, factor: 1, dimension: "count:" + singular),
                count, end)
    }

    func formatCount(_ count: Double) -> String {
        // Int(_:) traps outside Int's range ("$108/77777777777777777777777777 GPU"): such counts
        // keep Double's spelling.
        guard count.isFinite, abs(count) < 0x1p63 else { return "\(count)" }
        if count >= 1e9, count.truncatingRemainder(dividingBy: 1e9) == 0 { return "\(Int(count / 1e9))B" }
        if count >= 1e6, count.truncatingRemainder(dividingBy: 1e6) == 0 { return "\(Int(count / 1e6))M" }
        if count >= 1e3, count.truncatingRemainder(dividingBy: 1e3) == 0 { return "\(Int(count / 1e3))K" }
        return count == count.rounded() ? "\(Int(count))" : "\(count)"
    }

    /// "up to", "at most", "under", "at least", "about" just before the quantity.
    func comparatorWord(before index: Int) -> NumericClaim.Comparator? {
        let window = string(max(0, index - 24), index).lowercased().replacingAll("(", with: " ")
        let trimmed = window.trimmingCharacters(in: "")
        let phrases: [(String, NumericClaim.Comparator)] = [
            ("up to", .lessOrEqual), ("at most", .lessOrEqual), ("maximum of", .lessOrEqual), ("max of", .lessOrEqual),
            ("no more than", .lessOrEqual), ("not exceed", .lessOrEqual), ("cannot exceed", .lessOrEqual), ("can't exceed", .lessOrEqual),
            ("never exceeds", .lessOrEqual), ("never exceed", .lessOrEqual), ("cannot be more than", .lessOrEqual), ("limited to", .lessOrEqual), ("max", .lessOrEqual), ("maximum", .lessOrEqual),
            ("under", .less), ("less than", .less), ("below", .less), ("fewer than", .less), ("within", .lessOrEqual),
            ("at least", .greaterOrEqual), ("minimum of", .greaterOrEqual), ("minimum", .greaterOrEqual),
            ("more than", .greater), ("over", .greater), ("above", .greater), ("exceeds", .greater), ("exceed", .greater),
            ("exceeding", .greater), ("limit:", .lessOrEqual), ("limit of", .lessOrEqual), ("capped at", .lessOrEqual),
            ("about", .approximately), ("around", .approximately), ("approximately", .approximately), ("approx.", .approximately),
            ("roughly", .approximately), ("nearly", .approximately), ("almost", .approximately),
            ("starts at", .greaterOrEqual), ("start at", .greaterOrEqual), ("starting at", .greaterOrEqual), ("from just", .greaterOrEqual),
            ("passed", .greater), ("surpassed", .greater),
        ]
        for (phrase, comparator) in phrases where trimmed.hasSuffix(" " + phrase) || trimmed == phrase {
            return comparator
        }
        // "a maximum rider load of 130 kg", "minimum order value of $20": the bound names its noun first.
        let longWords = string(max(0, index - 48), index).lowercased().split(separator: " ")
        if longWords.last == "of" {
            for word in longWords.dropLast().suffix(3) {
                if word == "maximum" || word == "max" { return .lessOrEqual }
                if word == "minimum" || word == "min" { return .greaterOrEqual }
            }
        }
        // "hours to 1 year", "minutes to 2 hours": an open lower end, so an upper bound.
        let words = trimmed.split(separator: " ")
        if words.count >= 2, words[words.count - 1] == "to", let unit = Units.lookup(String(words[words.count - 2])), unit.dimension == "time" {
            return .lessOrEqual
        }
        return nil
    }

    /// "5 minute maximum", "10 or more".
    func comparatorAfter(_ index: Int) -> (NumericClaim.Comparator, Int)? {
        // "(900 seconds) maximum": the word may follow the closing parenthesis.
        let start = at(index) == ")" ? index + 1 : index
        let window = string(start, start + 12).lowercased()
        for (phrase, comparator) in [(" maximum", NumericClaim.Comparator.lessOrEqual), (" max", .lessOrEqual), (" or less", .lessOrEqual),
                                     (" limit", .lessOrEqual), (" cap", .lessOrEqual), (" or faster", .greaterOrEqual),
                                     (" or higher", .greaterOrEqual), (" or better", .greaterOrEqual), (" or greater", .greaterOrEqual),
                                     (" or lower", .lessOrEqual), (" or below", .lessOrEqual),
                                     (" or fewer", .lessOrEqual), (" minimum", .greaterOrEqual), (" or more", .greaterOrEqual)]
            where window.hasPrefix(phrase) {
            let end = start + phrase.unicodeScalars.count
            if !isLetter(end) { return (comparator, end) }
        }
        // One noun between: "10GB memory maximum", "1,000 executions limit".
        if at(start) == " ", isLetter(start + 1) {
            var wordEnd = start + 1
            while isLetter(wordEnd) { wordEnd += 1 }
            let noun = string(start + 1, wordEnd)
            guard noun.count <= 12, noun.first?.isLowercase == true, !QuantityScanner.stopWords.contains(noun) else { return nil }
            let after = string(wordEnd, wordEnd + 9).lowercased()
            for (phrase, comparator) in [(" maximum", NumericClaim.Comparator.lessOrEqual), (" max", .lessOrEqual),
                                         (" limit", .lessOrEqual), (" minimum", .greaterOrEqual)] where after.hasPrefix(phrase) {
                let end = wordEnd + phrase.unicodeScalars.count
                if !isLetter(end) { return (comparator, start) }
            }
        }
        return nil
    }

    /// "sub-second", "sub-millisecond", "single-digit milliseconds", "double-digit millisecond".
    mutating func vagueBound(at index: Int) -> Int? {
        // Only "sub-", "single-", "double-" and "triple-" open a vague bound.
        guard let first = at(index), "sSdDtT".unicodeScalars.contains(first), !isLetter(index - 1) else { return nil }
        let (word, end) = word(at: index)
        let lowered = word.lowercased()
        if lowered == "sub", at(end) == "-", isLetter(end + 1) {
            let (unitWord, unitEnd) = self.word(at: end + 1)
            guard let found = Units.lookup(unitWord), found.dimension == "time" else { return nil }
            append(vague: index, end: unitEnd, low: nil, high: 1, unit: found, comparator: .less)
            return unitEnd
        }
        let digits: [String: (Double, Double)] = ["single": (1, 9), "double": (10, 99), "triple": (100, 999)]
        if let (low, high) = digits[lowered], string(end, end + 7) == "-digit ", isLetter(end + 7) {
            let (unitWord, unitEnd) = self.word(at: end + 7)
            guard let found = Units.lookup(unitWord) else { return nil }
            append(vague: index, end: unitEnd, low: low, high: high, unit: found, comparator: .approximately)
            return unitEnd
        }
        return nil
    }

    mutating func append(vague start: Int, end: Int, low: Double?, high: Double?, unit: Units.Unit, comparator: NumericClaim.Comparator) {
        claims.append(NumericClaim(
            surface: string(start, end), start: start, end: end, low: low, high: high, unit: unit.written,
            comparator: comparator, kind: .vague, normalizedLow: low.map { $0 * unit.factor }, normalizedHigh: high.map { $0 * unit.factor },
            normalizedUnit: unit.canonical, dimension: unit.dimension))
    }

    /// `X → Y`: the claims on either side of an arrow are a before/after pair. A conversion in
    /// parentheses ("under 5 kg (11 lb)") bounds the value the way the claim before it does.
    mutating func linkBeforeAfter() {
        guard claims.count >= 2 else { return }
        for index in 0..<(claims.count - 1) where claims[index + 1].comparator == .equal {
            let between = string(claims[index].end, claims[index + 1].start)
            if between.trimmingCharacters(in: "") == "(", claims[index].dimension == claims[index + 1].dimension {
                claims[index + 1].comparator = claims[index].comparator
            }
        }
        for index in 0..<(claims.count - 1) {
            let between = string(claims[index].end, claims[index + 1].start)
            let changed = between == " to " && isChange(from: claims[index].start) && claims[index].dimension == claims[index + 1].dimension
            if changed || between.contains("→") || between.contains("->") || between.contains("⇒"), between.count <= 12 {
                claims[index].role = "before"
                claims[index + 1].role = "after"
            }
        }
    }
}
