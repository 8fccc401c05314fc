import KBModel
import KBText

/// A quantity the scanner found, with the tokens it spans.
public struct ScannedQuantity: Sendable, Hashable {
    public var claim: NumericClaim
    /// Token indices of the quantity: `tokens[first..<end]`.
    public var first: Int
    public var end: Int
}

/// Finds every quantity in a fact's tokens: numbers (digits or number words) with their bounds,
/// units, rates and what they count.
///
/// It reads thousands separators and decimals, magnitudes (`2K`, `75M`, `1 million`), ranges
/// (`200-300ms`, `$38–$52`, `between 2 and 8 seconds`), comparators written as symbols (`<10ms`,
/// `~5ms`, `100K+`) or as lexicon phrases before or after (`up to`, `at least`, `5 minutes
/// maximum`, `10 or more`), units (lexicon `unit` entries, also multi-word: `business days`),
/// prices and rates (`$0.015/GB-hour`, `$25 per 1M transitions`, `€2.60 a day`), counts with
/// their noun (`5 layers`, `one active session`), hyphenated units (`15-minute timeout`) and vague
/// bounds (`sub-second`, `single-digit milliseconds`).
///
/// A number is not a quantity when it names rather than measures (principles, not cases): a year
/// (a four-digit number from 1900 to 2099 with no unit and no counted noun), a decade (`1990s`), a
/// version or label (a number after a name or a label word: `Java 11`, `Tier 2`, `section 4`), part
/// of an identifier (`us-east-1`, `GPT-4`), a list or section marker at the start of a clause
/// (`(1)`, `2.`, `7.12.`), a time of day (`10:30`, `9 am`), a date (`15 March`), a phone number, or
/// code between backticks. A "range" whose second number is smaller than its first (`10-7`) is no
/// range.
///
/// For example:
///
/// ```swift
/// QuantityScanner().scan(Tokenizer().tokens("Node.js 20: 200-300ms cold start"), text: ...)
/// // one quantity: 200-300ms, normalised [0.2, 0.3] s
/// ```
public struct QuantityScanner: Sendable {
    public var lexicon: Lexicon
    public var units: Units

    public init(lexicon: Lexicon = .standard, units: Units = .standard) {
        self.lexicon = lexicon
        self.units = units
    }

    /// The quantities of one fact.
    public func scan(_ tokens: [Token], scalars: [Unicode.Scalar]) -> [ScannedQuantity] {
        var scan = Scan(tokens: tokens, scalars: scalars, scanner: self)
        scan.run()
        return scan.found
    }
}

/// The state of one scan over a fact's tokens.
struct Scan {
    let tokens: [Token]
    let scalars: [Unicode.Scalar]
    let scanner: QuantityScanner
    var found: [ScannedQuantity] = []
    /// Token indices inside backticks (code).
    var inCode: Set<Int> = []

    init(tokens: [Token], scalars: [Unicode.Scalar], scanner: QuantityScanner) {
        self.tokens = tokens
        self.scalars = scalars
        self.scanner = scanner
        var open = false
        for (index, token) in tokens.enumerated() {
            if token.text == "`" { open.toggle(); continue }
            if open { inCode.insert(index) }
        }
    }

    var lexicon: Lexicon { scanner.lexicon }
    var units: Units { scanner.units }

    func at(_ index: Int) -> Token? { index >= 0 && index < tokens.count ? tokens[index] : nil }
    /// Whether token `index` follows the one before it with no space.
    func glued(_ index: Int) -> Bool { at(index).map { !$0.spaceBefore } ?? false }
    func text(_ first: Int, _ end: Int) -> String {
        guard first < end, let a = at(first), let b = at(end - 1) else { return "" }
        return scalars.string(a.start, b.end)
    }

    mutating func run() {
        var index = 0
        while index < tokens.count {
            if let end = vagueBound(at: index) {
                index = end
                continue
            }
            guard !inCode.contains(index), isNumberStart(index), !namesRatherThanMeasures(index) else {
                index += 1
                continue
            }
            if let end = quantity(at: index) {
                index = end
            } else {
                index += 1
            }
        }
        linkChanges()
    }

    // MARK: Numbers

    /// Whether a quantity may start at `index`: a number, or a number word that counts something
    /// (a unit, a counted noun or a comparator is next to it).
    func isNumberStart(_ index: Int) -> Bool {
        guard let token = at(index) else { return false }
        if token.isNumber { return true }
        guard token.is(.numberWord), token.value != nil else { return false }
        // "one of the", "the one", "one-time", "both" alone: a number word measures only when it
        // counts a noun or a unit, or a comparator bounds it.
        let previous = at(index - 1)
        if let previous, previous.is(.determiner), !previous.is(.quantifier), previous.lower != "a" { return false }
        if let next = at(index + 1), next.text == "-" , glued(index + 1) {
            // "twenty-five" is one number; "four-hour", "two-day" a measure (a unit after the hyphen).
            if lexicon.numberWords[at(index + 2)?.lower ?? ""] != nil { return token.lower != "one" }
            guard glued(index + 2) else { return false }
            if let (unit, _) = units.unit(in: tokens, at: index + 2) { return unit.dimension == .time }
            // "ten-session packs", "a four-person tent": a number word hyphenated to a noun counts
            // it, as its digits do ("5-class card"); "one-way", "one-off", "single-phase" count nothing.
            return token.value != 1 && countedNoun(at: index + 1) != nil
        }
        let (_, afterNumber) = numberValue(at: index)
        if units.unit(in: tokens, at: afterNumber) != nil { return true }
        if countedNoun(at: afterNumber) != nil { return true }
        // "a maximum of two", "up to three": a bound states a number even without its noun.
        if comparatorBefore(index) != nil { return true }
        // "one to eight spaces": the first number of a range counts what the second counts.
        if let to = at(afterNumber), to.lower == "to", let second = at(afterNumber + 1), second.is(.numberWord), second.value != nil {
            let (_, afterSecond) = numberValue(at: afterNumber + 1)
            return units.unit(in: tokens, at: afterSecond) != nil || countedNoun(at: afterSecond) != nil
        }
        return false
    }

    /// The value of the number at `index` and the index after it: digits, or number words
    /// ("twenty-five", "a dozen", "one hundred").
    func numberValue(at index: Int) -> (Double, Int) {
        guard let token = at(index), let value = token.value else { return (0, index + 1) }
        var total = value
        var end = index + 1
        if token.is(.numberWord) {
            // A phrase of the lexicon ("a dozen", "a couple of") counts as one word.
            // "twenty-five": tens, a glued hyphen, units.
            if value >= 20, value < 100, value.truncatingRemainder(dividingBy: 10) == 0, at(end)?.text == "-", glued(end),
               let ones = at(end + 1)?.value, ones < 10, at(end + 1)?.is(.numberWord) == true {
                total += ones
                end += 2
            }
            if let next = at(end), next.lower == "hundred" {
                total *= 100
                end += 1
            }
        }
        return (total, end)
    }

    /// A magnitude after a number: `K`, `M`, `B`, `bn` glued to it, or a word (`million`).
    func magnitude(at index: Int) -> (Double, Int) {
        guard let token = at(index) else { return (1, index) }
        if glued(index), token.shape != .lower || token.text == "k" || token.text == "bn" || token.text == "mn" {
            let scale: Double? = switch token.text {
            case "K", "k": 1e3
            case "M", "mn": 1e6
            case "B", "bn": 1e9
            default: nil
            }
            // "5MB" is a unit, "5M" a magnitude: the letter must end the word.
            if let scale, !(at(index + 1).map { glued(index + 1) && $0.isWord } ?? false) { return (scale, index + 1) }
        }
        if let scale = lexicon.magnitudes[token.lower], token.shape == .lower { return (scale, index + 1) }
        return (1, index)
    }

    /// The rounding of a written number relative to its value: "0.5" ±10%, "250" exact.
    /// Currencies whose minor unit has three decimals (ISO 4217): "KWD 1.500" is one and a half.
    static let threeDecimalCurrencies: Set<String> = ["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"]

    /// The value of a number written with points between groups of three digits and nothing else
    /// ("1.400" as 1400, "12.500.000"); nil for any other number.
    static func pointGroupedValue(_ text: String) -> Double? {
        let groups = text.split(separator: ".", omittingEmptySubsequences: false)
        guard groups.count >= 2, let head = groups.first, (1...3).contains(head.count), head.first != "0",
              groups.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        return Double(groups.joined())
    }

    static func decimals(_ text: String) -> Int {
        guard let dot = text.firstIndex(of: ".") else { return 0 }
        return text[text.index(after: dot)...].count
    }

    // MARK: Not quantities

    /// Whether the number at `index` names something rather than measuring it (see the type's
    /// documentation for the principles).
    func namesRatherThanMeasures(_ index: Int) -> Bool {
        guard let token = at(index) else { return true }
        let previous = at(index - 1)
        let next = at(index + 1)
        // Part of an identifier: "us-east-1", "GPT-4", "x86_64" (a hyphen or underscore glued
        // between a word and the number).
        if let previous, !token.spaceBefore, previous.text == "-" || previous.text == "_", let before = at(index - 2),
           !previous.spaceBefore, before.isWord, !before.is(.numberWord), before.lower != "sub" {
            return !(units.unit(in: tokens, at: index + 1) != nil && before.is(.preposition))
        }
        if let previous, !token.spaceBefore, previous.isWord { return true }
        // Further along a hyphenated name: "Llama-2-7B", "GPT-4-32k".
        if let previous, !token.spaceBefore, previous.text == "-", !previous.spaceBefore {
            var cursor = index - 1
            while cursor > 0, !tokens[cursor].spaceBefore, tokens[cursor - 1].isNumber || tokens[cursor - 1].isWord || tokens[cursor - 1].text == "-" { cursor -= 1 }
            if tokens[cursor].isWord { return true }
        }
        // Time of day and clock-like groups: "10:30", "9 am".
        if let next, next.text == ":", glued(index + 1), at(index + 2)?.isNumber == true, glued(index + 2) { return true }
        if let previous, previous.text == ":", !token.spaceBefore, at(index - 2)?.isNumber == true { return true }
        if let next, next.is(.clock) { return true }
        // Phone numbers and codes: three or more digit groups joined by hyphens or dots.
        if let next, next.text == "-", glued(index + 1), at(index + 2)?.isNumber == true, glued(index + 2),
           at(index + 3)?.text == "-", glued(index + 3), at(index + 4)?.isNumber == true { return true }
        if let previous, previous.text == "+" || previous.text == "#" || previous.text == "*", !token.spaceBefore,
           at(index - 2).map({ !$0.isNumber }) ?? true, next.map({ $0.text == "-" || $0.shape == .punctuation || $0.spaceBefore && units.unit(in: tokens, at: index + 1) == nil }) ?? true { return true }
        // A number in a web address or a query string ("www.sqlite.org/...?ln=55-62").
        var back = index
        while back > 0, !tokens[back].spaceBefore, index - back < 30 {
            back -= 1
            if ["?", "/", "#", "&"].contains(tokens[back].text) || tokens[back].lower.hasPrefix("www") || tokens[back].lower == "http" || tokens[back].lower == "https" { return true }
        }
        // A standard or specification number after an acronym ("ISO 8601", "RFC 3339", "IEEE 754").
        if let previous, token.spaceBefore, previous.shape == .upper, previous.text.count >= 2, token.text.count >= 3, !token.text.contains(","),
           !token.text.contains("."), units.currencies[previous.text] == nil, units.lookup(previous.text) == nil { return true }
        // An ISO date: "2016-03-29" (numbers joined by hyphens after a year).
        var start = index
        while start >= 2, tokens[start - 1].text == "-", !tokens[start].spaceBefore, !tokens[start - 1].spaceBefore, tokens[start - 2].isNumber { start -= 2 }
        if start < index, tokens[start].isYear { return true }
        if let next, next.text == "-", glued(index + 1), let month = at(index + 2), month.isNumber, glued(index + 2), token.isYear,
           month.text.count == 2 { return true }
        // A part of a dotted version or address: "1.4.20", "3.11.2", "192.168.0.1".
        if let previous, previous.text == ".", !token.spaceBefore, !previous.spaceBefore, at(index - 2)?.isNumber == true { return true }
        if let next, next.text == ".", glued(index + 1), let after = at(index + 2), after.isNumber, glued(index + 2), token.text.contains(".") { return true }
        // A release series with a wildcard part: "dar 2.3.x", "PHP 8.*".
        if let next, next.text == ".", glued(index + 1), let after = at(index + 2), glued(index + 2), ["x", "X", "*"].contains(after.text) { return true }
        // A number written with a leading zero ("+0200", "007", "08:30") is a code, an offset or a
        // time of day, not a quantity; "0.5" and "0" are numbers.
        if token.isNumber, token.text.count >= 2, token.text.hasPrefix("0"), !token.text.hasPrefix("0."), !token.text.hasPrefix("0,") { return true }
        // Identifier syntax: a number inside a colon-joined chain ("arn:aws:...:layer:3"), inside
        // parentheses glued to a word ("cron(0/5 * * * ? *)"), or after a command-line flag
        // ("--max-retries 10").
        if let previous, previous.text == ":", !token.spaceBefore, !previous.spaceBefore, at(index - 2).map({ $0.isWord || $0.isNumber }) == true { return true }
        if Self.insideCallParentheses(tokens, index) { return true }
        if token.spaceBefore, let flag = previous, flag.isWord, let dashes = at(index - 2), dashes.text == "-" || dashes.text == "--",
           !flag.spaceBefore, dashes.spaceBefore || index == 2 || at(index - 3)?.text == "-" { return true }
        if token.spaceBefore, let flag = previous, flag.isWord {
            // "--provisioned-concurrent-executions 10": walk back over the hyphenated name to its dashes.
            var cursor = index - 1
            while cursor > 0, !tokens[cursor].spaceBefore, tokens[cursor - 1].isWord || tokens[cursor - 1].text == "-" { cursor -= 1 }
            if cursor + 1 < index, tokens[cursor].text == "-", cursor + 1 < tokens.count, tokens[cursor + 1].text == "-" || (cursor > 0 && tokens[cursor - 1].text == "-") { return true }
        }
        // Scientific notation ("4.04e-6", "1e400") and hexadecimal ("0x0305") are literals of code or data.
        if let next, glued(index + 1), next.lower.hasPrefix("e") || next.lower.hasPrefix("x") && token.text == "0",
           next.text.count == 1 ? at(index + 2).map({ glued(index + 2) && ($0.isNumber || $0.text == "-" || $0.text == "+") }) == true
                                : next.lower.dropFirst().allSatisfy({ $0.isHexDigit }) { return true }
        // A number glued to letters that are no unit or magnitude is a name or a term: "5G", "4WD",
        // "3D", "4258𝑥".
        if let next, next.isWord, glued(index + 1), next.shape == .upper || next.text.unicodeScalars.count == 1,
           units.unit(in: tokens, at: index + 1) == nil, magnitude(at: index + 1).0 == 1 { return true }
        // Dates: a number beside a month ("15 March", "March 15").
        if let next, next.is(.month), next.shape == .capitalized { return true }
        if let previous, previous.is(.month), previous.shape == .capitalized { return true }
        guard token.isNumber else { return false }
        let value = token.value ?? 0
        let integral = !token.text.contains(".")
        // Decades: "1990s", "1930s".
        if integral, token.text.count == 4, value.truncatingRemainder(dividingBy: 10) == 0, (1000...2100).contains(value), let next, next.text == "s", glued(index + 1) { return true }
        // List and section markers at the start of a clause: "(1)", "2.", "7.12.", "3)".
        let opensClause = previous == nil || previous?.clause != token.clause || previous?.text == "(" && (at(index - 2).map { $0.clause != token.clause || $0.shape == .punctuation } ?? true)
        if opensClause || previous?.text == "(" {
            if let next, next.text == ")", glued(index + 1), previous?.text == "(" || opensClause { return true }
            if let next, next.text == "." || next.text == ")" || next.text == ":", glued(index + 1), opensClause,
               at(index + 2).map({ $0.spaceBefore }) ?? true, units.unit(in: tokens, at: index + 2) == nil || at(index + 2)?.shape == .capitalized {
                return true
            }
        }
        // Years: 1900-2099 written alone, with no unit, no counted noun and no comparator word.
        if integral, token.text.count == 4, (1900...2099).contains(value) {
            let after = index + 1
            let measured = units.unit(in: tokens, at: after) != nil || next?.text == "%" || countedNoun(at: after).map { $0.plural } == true
                || currencyBefore(index) != nil
            if !measured { return true }
        }
        // A list of versions: "Corretto 11, 17, 21", "Python 3.10 / 3.11".
        if let previous, previous.text == "," || previous.text == "/" || previous.is(.conjunction), index >= 2, tokens[index - 2].isNumber,
           namesRatherThanMeasures(index - 2), units.unit(in: tokens, at: index + 1) == nil {
            return true
        }
        // A label after a common noun: a bare number between a noun and a verb ("firmware 2.4 raised",
        // "section 4 says").
        if let previous, token.spaceBefore, previous.shape == .lower, previous.isWord, !previous.is(WordClasses.function), !previous.is(.verb),
           !previous.is(.preposition), !previous.is(.numberWord), let next, next.isWord, next.spaceBefore,
           next.is(.verb) && NounPhrases.isVerbHere(tokens, index + 1) || next.is(.changeVerb), units.unit(in: tokens, at: index + 1) == nil, lexicon.metric([previous.lower], at: 0) == nil {
            return true
        }
        // An index after a common noun: a bare whole number right after a noun, with nothing it
        // measures after it ("instructions 14 through 25", "at address 5", "release candidate 2").
        if let previous, token.spaceBefore, !token.text.contains("."), previous.shape == .lower, previous.isWord,
           !previous.is(WordClasses.function), !previous.is(.verb), !previous.is(.auxiliary), !previous.is(.preposition), !previous.is(.numberWord),
           !previous.is(.unitWord), !previous.is(.ordinal), lexicon.metric([previous.lower], at: 0) == nil, units.currencies[previous.lower] == nil,
           !NounPhrases.isVerbAfterSubject(tokens, index - 1) {
            let after = rangeEnd(index) ?? index + 1
            let measured = units.unit(in: tokens, at: after) != nil || at(after)?.text == "%" || currencyBefore(index) != nil
                || lexicon.magnitudes[at(after)?.lower ?? ""] != nil || countedNoun(at: after) != nil
            if !measured { return true }
        }
        // Versions and labels: a number right after a name ("Java 11", "Windows 11", "iOS 16") or a
        // label word ("version 3", "Tier 2", "section 4"), with no unit, percent or currency.
        if let previous, token.spaceBefore {
            let label = previous.is(.versionWord) || (previous.isNameLike && !previous.is(WordClasses.function) && !previous.is(.numberWord)
                && previous.lower != "i" && !isUnitOrCurrency(index - 1))
            if label {
                let after = rangeEnd(index) ?? index + 1
                // "Priority 1 incidents", "Windows 11 devices": the number names its item even before a noun.
                let measured = units.unit(in: tokens, at: after) != nil || at(after)?.text == "%" || currencyBefore(index) != nil
                    || lexicon.magnitudes[at(after)?.lower ?? ""] != nil
                if !measured { return true }
            }
        }
        return false
    }

    /// Whether token `index` is inside parentheses opened right after a word ("cron(0/5 ...)").
    static func insideCallParentheses(_ tokens: [Token], _ index: Int) -> Bool {
        var depth = 0
        var cursor = index - 1
        while cursor >= 0, index - cursor < 40 {
            let text = tokens[cursor].text
            if text == ")" { depth += 1 } else if text == "(" {
                if depth == 0 { return !tokens[cursor].spaceBefore && cursor > 0 && tokens[cursor - 1].isWord }
                depth -= 1
            }
            cursor -= 1
        }
        return false
    }

    /// Whether token `index` opens its sentence (a capital there says nothing about a name).
    func startsSentence(_ index: Int) -> Bool {
        guard let token = at(index) else { return false }
        guard let previous = at(index - 1) else { return true }
        return previous.sentence != token.sentence || previous.text == ":" || previous.text == "(" || previous.text == "\""
            || (previous.shape == .punctuation && previous.text != "," && previous.text != "-")
    }

    func isUnitOrCurrency(_ index: Int) -> Bool {
        guard let token = at(index) else { return false }
        return units.currencies[token.text] != nil || units.lookup(token.text) != nil
    }

    /// The currency written right before the number at `index` ("$", "€", "USD ") and where it starts.
    func currencyBefore(_ index: Int) -> (String, Int)? {
        var cursor = index - 1
        // Comparator symbols may sit between: "~$5", "$~5" is rare.
        while let token = at(cursor), !tokens[cursor + 1].spaceBefore, ["~", "≈", "<", ">", "≤", "≥", "="].contains(token.text) { cursor -= 1 }
        guard let token = at(cursor) else { return nil }
        // A symbol glued to the number ("€249") or set apart by a space, as many countries write
        // it ("€ 249"), unless it ends an amount of its own ("249 € 30 people").
        if let code = units.currencies[token.text], token.shape == .symbol,
           !tokens[cursor + 1].spaceBefore || !(at(cursor - 1).map { $0.isNumber && !token.spaceBefore } ?? false) {
            // "US$", "C$", "A$": a prefix glued before the symbol.
            if let prefix = at(cursor - 1), !token.spaceBefore, let longer = units.currencies[prefix.text + token.text] { return (longer, cursor - 1) }
            return (code, cursor)
        }
        if tokens[cursor + 1].spaceBefore, token.shape == .upper, token.text.count == 3, let code = units.currencies[token.text] { return (code, cursor) }
        // "RM 45", "kr 300": a symbol in letters (of two letters or more) before a space; "Rs. 500",
        // "Fr. 85.50": one written as an abbreviation, its dot glued to it. Not the end of a range
        // of days or a date ("Mo–Fr 9–17", "Fr. 12 June", "Fr 18:00"), which letters can also be.
        let dotted = token.text == "." && !token.spaceBefore
        let symbolIndex = dotted ? cursor - 1 : cursor
        // A one-letter symbol set apart ("R 6 400,00") only before an amount written as money is:
        // in groups of thousands or with cents. "R 4.3" is a version of R.
        let moneyShaped = tokens[cursor + 1].text.contains { $0 == " " || $0 == "," || $0 == "'" }
            || tokens[cursor + 1].text.split(separator: ".").last.map { $0.count == 2 && tokens[cursor + 1].text.contains(".") } == true
        if tokens[cursor + 1].spaceBefore, let symbol = at(symbolIndex), symbol.text.unicodeScalars.count > 1 || moneyShaped && !dotted,
           lexicon.letterCurrencies.contains(symbol.text), let code = units.currencies[symbol.text],
           !(at(symbolIndex - 1).map { ["-", "–", "/", "&"].contains($0.text) || $0.is(.month) } ?? false),
           !(at(index + 1).map { $0.is(.month) || $0.text == ":" && !$0.spaceBefore } ?? false) { return (code, symbolIndex) }
        return nil
    }

    // MARK: Quantities

    /// Where a range that starts at the number `index` ends (the index after its second number), if any.
    func rangeEnd(_ index: Int) -> Int? {
        let (_, afterNumber) = numberValue(at: index)
        let (_, afterMagnitude) = magnitude(at: afterNumber)
        var cursor = afterMagnitude
        if units.unit(in: tokens, at: cursor) != nil, let (_, length) = units.unit(in: tokens, at: cursor) { cursor += length }
        guard let dash = at(cursor), dash.text == "-" || dash.text == "–" || dash.text == "—" || dash.lower == "to" else { return nil }
        var second = cursor + 1
        if let symbol = at(second), units.currencies[symbol.text] != nil, symbol.shape == .symbol { second += 1 }
        guard at(second)?.isNumber == true || (dash.lower == "to" && at(second)?.is(.numberWord) == true && at(second)?.value != nil) else { return nil }
        return numberValue(at: second).1
    }

    /// Parses the quantity whose number is at `index`; appends it and returns the index after it.
    mutating func quantity(at index: Int) -> Int? {
        var (value, cursor) = numberValue(at: index)
        var first = index
        // "a single item", "only a single item": the number phrase starts before its valued word.
        if tokens[index].is(.numberWord), lexicon.numberWords[tokens[index].lower] == nil, at(index - 1)?.lower == "a" {
            first = index - 1
            if at(index - 2)?.lower == "only" { first = index - 2 }
        }
        var comparator = NumericClaim.Comparator.equal
        var currency: String?
        // A minus sign that is not a hyphen or a range dash: "-10 °C".
        if let minus = at(index - 1), minus.text == "-" || minus.text == "−", !tokens[index].spaceBefore,
           minus.spaceBefore || index == 1 || at(index - 2).map({ !$0.isWord && !$0.isNumber }) == true, at(index - 2).map({ !$0.isNumber }) ?? true {
            value = -value
            first = index - 1
        }
        if let (code, start) = currencyBefore(index) {
            currency = code
            first = min(first, start)
        }
        // Symbols glued before: ~, ≈, <, >, ≤, ≥, ±, "<=".
        var cursorBack = first - 1
        while let symbol = at(cursorBack), !tokens[cursorBack + 1].spaceBefore {
            switch symbol.text {
            case "~", "≈": comparator = .approximately
            case "<": comparator = comparator == .equal ? .less : comparator
            case ">": comparator = comparator == .equal ? .greater : comparator
            case "≤", "±": comparator = .lessOrEqual
            case "≥": comparator = .greaterOrEqual
            case "=":
                if let before = at(cursorBack - 1), before.text == "<" || before.text == ">", !symbol.spaceBefore {
                    comparator = before.text == "<" ? .lessOrEqual : .greaterOrEqual
                    cursorBack -= 1
                } else {
                    cursorBack = -1
                    continue
                }
            default:
                if let code = units.currencies[symbol.text], symbol.shape == .symbol, currency == nil { currency = code } else {
                    cursorBack = -1
                    continue
                }
            }
            first = cursorBack
            cursorBack -= 1
        }
        let (scale, afterScale) = magnitude(at: cursor)
        var low = value * scale
        var high = low
        var written = text(index, afterScale)
        cursor = afterScale
        var precision = Self.decimals(tokens[index].text)
        // Words that belong to the quantity's phrase but not to its value ("between", "up to",
        // "maximum"): the claim's surface leaves them out, the scanned span keeps them.
        var opener = Int.max
        // A range: "200-300", "$38–$52", "2 to 5", "10K-100K".
        var unitBeforeDash: (Unit, Int)?
        if currency == nil, let found = units.unit(in: tokens, at: cursor),
           at(cursor + found.1).map({ ["-", "–"].contains($0.text) && glued(cursor) || $0.lower == "to" || $0.lower == "and" && at(first - 1)?.lower == "between" }) == true,
           at(cursor + found.1 + 1)?.isNumber == true, units.unit(in: tokens, at: numberValue(at: cursor + found.1 + 1).1)?.0.dimension == found.0.dimension {
            // "5ms-10ms": the unit is repeated after the second number.
            unitBeforeDash = found
        }
        let dashAt = cursor + (unitBeforeDash?.1 ?? 0)
        if let dash = at(dashAt), dash.text == "-" || dash.text == "–" || dash.text == "—" || (dash.lower == "to" && !isChangeFrom(first)) || (dash.lower == "and" && at(first - 1)?.lower == "between") {
            var second = dashAt + 1
            if let symbol = at(second), units.currencies[symbol.text] != nil, symbol.shape == .symbol, !symbol.spaceBefore || dash.text != "-" { second += 1 }
            if let number = at(second), number.isNumber || (number.is(.numberWord) && number.value != nil && dash.lower != "-"),
               !(dash.text == "-" && number.spaceBefore && !dash.spaceBefore) {
                let (secondValue, afterSecond) = numberValue(at: second)
                var (secondScale, afterSecondScale) = magnitude(at: afterSecond)
                if secondScale == 1 { secondScale = 1 } else if scale == 1 { low *= secondScale }
                let candidate = secondValue * (secondScale == 1 ? scale : secondScale)
                // "from 10KB to 1MB": the unit read is the second's, so the first number in another
                // unit of the same dimension is stated in it ("10KB" is 0.01 MB).
                var inSecondUnit = low
                if let (firstUnit, _) = unitBeforeDash, let (secondUnit, _) = units.unit(in: tokens, at: afterSecondScale),
                   secondUnit.written != firstUnit.written, secondUnit.offset == 0, firstUnit.offset == 0, secondUnit.factor > 0 {
                    inSecondUnit = low * firstUnit.factor / secondUnit.factor
                }
                if candidate >= inSecondUnit {
                    low = inSecondUnit
                    high = candidate
                    precision = max(precision, Self.decimals(number.text))
                    cursor = afterSecondScale
                    written = text(index, cursor)
                    if dash.lower == "and" { opener = min(opener, index - 1) }
                } else if dash.text == "-", candidate < low {
                    // "10-7 seconds": no range (an exponent or a code); not a quantity at all.
                    return afterSecondScale
                }
            }
        }
        _ = written
        // "100K+ starts/sec", "330+ cities": at least, with the unit or noun after the sign.
        if let plus = at(cursor), plus.text == "+", glued(cursor), comparator == .equal, !(at(cursor + 1).map { $0.isNumber && glued(cursor + 1) } ?? false) {
            comparator = .greaterOrEqual
            cursor += 1
        }
        // Percent, ratio, unit, currency word, cents.
        var unit: Unit?
        var unitText = ""
        // Cents are normalised to their currency; the value as written stays in cents.
        var writtenScale = 1.0
        var dimension: Dimension = .count("")
        var kind = NumericClaim.Kind.count
        if let percent = at(cursor), percent.text == "%" || percent.lower == "percent" || (percent.lower == "per" && at(cursor + 1)?.lower == "cent") {
            cursor += percent.lower == "per" ? 2 : 1
            unit = units.lookup("%")
        } else if let (found, length) = units.unit(in: tokens, at: cursor), currency == nil || found.dimension == .ratio,
                  acceptsUnit(found, at: cursor, length: length),
                  // A currency symbol in letters, as written, is no unit of another case ("2 500 Ft"
                  // is forints, "6 ft" feet).
                  !(length == 1 && lexicon.letterCurrencies.contains(tokens[cursor].text) && found.written != tokens[cursor].text) {
            unit = found
            cursor += length
        } else if let hyphen = at(cursor), hyphen.text == "-", glued(cursor), let (found, length) = units.unit(in: tokens, at: cursor + 1),
                  glued(cursor + 1), found.dimension != .ratio, currency == nil {
            // "15-minute timeout", "5-year warranty".
            unit = found
            cursor += 1 + length
        } else if let modifier = at(cursor), modifier.shape == .lower, modifier.spaceBefore, !modifier.is(WordClasses.function), !modifier.is(.auxiliary),
                  !modifier.is(.preposition), !modifier.is(.conjunction), !NounPhrases.isVerbHere(tokens, cursor), currency == nil,
                  let (found, length) = units.unit(in: tokens, at: cursor + 1), found.dimension != .ratio, found.dimension != .percent,
                  at(cursor + 1).map({ $0.text.unicodeScalars.count > 2 }) == true, acceptsUnit(found, at: cursor + 1, length: length) {
            // One word between a number and its unit qualifies it: "600 base miles", "10 free minutes".
            unit = found
            cursor += 1 + length
        } else if let word = at(cursor), let code = units.currencies[word.lower] ?? (word.text.unicodeScalars.count > 1 || !word.isWord ? units.currencies[word.text] : nil),
                  word.isWord || word.shape == .symbol && at(cursor + 1)?.isNumber != true, currency == nil {
            // A currency after the amount, as a word or a code ("95 zł", "300 SEK") or as a symbol
            // where the language writes it so ("45,00 $", "30 €"), unless the symbol opens the
            // next amount ("10 $20").
            currency = code
            cursor += 1
        } else if let word = at(cursor), let fraction = units.fractions[word.lower] ?? units.fractions[word.text], currency == nil,
                  word.isWord || word.text == "¢" {
            currency = defaultCurrency()
            low *= fraction
            high *= fraction
            writtenScale = fraction
            cursor += 1
            unitText = word.text
        } else if let times = at(cursor), times.lower == "times", let comparative = at(cursor + 1), lexicon.metric([comparative.lower], at: 0)?.metric.name == "speedup" {
            unit = units.lookup("x")
            cursor += 1
        }
        if let currency {
            dimension = .money(currency)
            kind = .money
            if unitText.isEmpty { unitText = currency }
            // In a corpus whose points group thousands ("R$ 1.150,00"), so do those of an amount
            // with three digits after its point ("R$1.400"): money has at most two decimals there
            // (ISO 4217's minor units; three for a few dinars and rials).
            if lexicon.pointGroupsThousands, !Self.threeDecimalCurrencies.contains(currency), let grouped = Self.pointGroupedValue(tokens[index].text),
               let read = tokens[index].value, read > 0 {
                let factor = grouped / read
                low *= factor
                if high < low { high *= factor }
            }
        } else if let unit {
            dimension = unit.dimension
            unitText = unit.written
            switch unit.dimension {
            case .percent: kind = .percent
            case .ratio: kind = .ratio
            case .per: kind = .rate
            default: kind = .measure
            }
        }
        // A compound duration: "1 hour 10 minutes", "2 h 30 min" (a smaller time unit right after).
        if let first = unit, first.dimension == .time, low == high, comparator == .equal, let number = at(cursor), number.isNumber, number.spaceBefore,
           let (second, length) = units.unit(in: tokens, at: cursor + 1), second.dimension == .time, second.factor < first.factor,
           let value = number.value {
            // Written in the smaller unit, as people read it: 1 hour 10 minutes = 70 min.
            low = low * first.factor / second.factor + value
            high = low
            unit = second
            unitText = second.written
            cursor += 1 + length
        }
        // A rate or a price per something: "/month", " per user", " a day", "/GB-hour".
        var normalizedScale = unit.map { $0.factor } ?? 1
        var offset = unit?.offset ?? 0
        var canonical = currency ?? unit?.canonical ?? ""
        // Up to two in a row: "$7.50 per user per month"; one said twice is one ("$2.50 per hour
        // for every hour you stay").
        var denominators: [Dimension] = []
        for _ in 0..<2 {
            guard let (denominator, count, length, written) = perUnit(at: cursor), !denominators.contains(denominator.dimension) else { break }
            denominators.append(denominator.dimension)
            dimension = .per(dimension, denominator.dimension)
            normalizedScale /= count * denominator.factor
            offset = 0
            canonical = (canonical.isEmpty ? "count" : canonical) + "/" + denominator.canonical
            unitText = (unitText.isEmpty ? "" : unitText) + "/" + written
            kind = currency != nil ? .moneyRate : .rate
            cursor += length
        }
        // A counted noun: "5 layers", "3 virtual cards", "one active session".
        var countNoun: String?
        if unit == nil, currency == nil, let noun = countedNoun(at: cursor) {
            countNoun = noun.noun
            dimension = .count(Lexicon.singular(noun.noun.lowercased()))
            unitText = noun.noun
            kind = .count
            cursor = noun.end
            // "50,000 requests/sec", "2K+ starts per second": a count per period is a rate; so is
            // one per measure of anything ("5 whips per metre", "3 plants per m²").
            if let (denominator, count, length, written) = perUnit(at: cursor), !denominator.dimension.isCount {
                dimension = .per(dimension, denominator.dimension)
                normalizedScale /= count * denominator.factor
                canonical = Lexicon.singular(noun.noun.lowercased()) + "/" + denominator.canonical
                unitText = noun.noun + "/" + written
                kind = .rate
                cursor += length
            }
        } else if unit == nil, currency == nil, case .count = dimension {
            dimension = .count("")
        }
        // "100K+", "50+": at least.
        if let plus = at(cursor), plus.text == "+", glued(cursor), comparator == .equal {
            comparator = .greaterOrEqual
            cursor += 1
        } else if countNoun == nil, let plus = at(afterScale), plus.text == "+", glued(afterScale), comparator == .equal {
            comparator = .greaterOrEqual
        }
        // The value as written ends here; comparator words around it are not part of it.
        let valueFirst = first, valueEnd = max(cursor, index + 1)
        first = min(first, opener)
        // Comparator words: before ("up to", "at least"), after ("maximum", "or more").
        if comparator == .equal, let (symbol, start) = comparatorBefore(first) {
            comparator = symbol
            first = min(first, start)
            // A negated bound turns over: "No bag may weigh more than 32 kg" is at most 32 kg. So
            // does a bound on who or what is refused: "Passengers over 110 kg cannot fly" lets in
            // passengers of at most 110 kg.
            if negated(before: start) || refused(after: max(cursor, index + 1)) {
                switch symbol {
                case .greater, .greaterOrEqual: comparator = .lessOrEqual
                case .less, .lessOrEqual: comparator = .greaterOrEqual
                default: break
                }
            }
        }
        if let (symbol, end) = comparatorAfter(cursor) {
            if comparator == .equal { comparator = symbol }
            cursor = end
        }
        // "less than about 100KB": the bound wins over the hedge of the value.
        if comparator == .approximately, let (symbol, start) = comparatorBefore(first), symbol != .approximately {
            comparator = symbol
            first = start
        }
        // Low and high are the bounds as written ("<10ms": 10 and 10, the comparator says which way);
        // the normalised pair is the interval the claim allows, nil where it is open.
        let normalizedLow: Double? = comparator == .less || comparator == .lessOrEqual ? (low == high ? nil : low * normalizedScale + offset) : low * normalizedScale + offset
        let normalizedHigh: Double? = comparator == .greater || comparator == .greaterOrEqual ? (low == high ? nil : high * normalizedScale + offset) : high * normalizedScale + offset
        let end = max(cursor, index + 1)
        _ = precision
        let claim = NumericClaim(
            surface: text(valueFirst, valueEnd), start: tokens[valueFirst].start, end: tokens[valueEnd - 1].end, low: low / writtenScale, high: high / writtenScale,
            unit: unitText, comparator: comparator, kind: kind, normalizedLow: normalizedLow, normalizedHigh: normalizedHigh,
            normalizedUnit: canonical.isEmpty ? (countNoun.map { Lexicon.singular($0.lowercased()) } ?? "") : canonical,
            dimension: dimension)
        found.append(ScannedQuantity(claim: claim, first: first, end: end))
        return end
    }

    /// Whether a unit form right after a number is its unit: single letters and words that are
    /// also common words ("in", "m", "A") must be glued to the number or stand before a mark or a
    /// lowercase word.
    func acceptsUnit(_ unit: Unit, at index: Int, length: Int) -> Bool {
        guard let token = at(index) else { return false }
        // "10x", "3 ×" is a ratio; "22 × 16 × 9 in" is an operator between numbers.
        if unit.dimension == .ratio { return (glued(index) || token.text == "×") && !(at(index + length).map { $0.isNumber || $0.text == "(" || $0.text == "$" } ?? false) }
        if length > 1 || glued(index) { return true }
        if token.text.unicodeScalars.count > 1, token.isWord || token.shape == .symbol {
            // "5 Mb" fine; "3 am" is no unit (caught before); "2 days".
            return true
        }
        // A single letter after a space: "5 m", "10 s" — not when a capitalised word or a verb follows;
        // before a number only in a compound duration ("3 h 30 min").
        let next = self.at(index + length)
        if let next, next.isNumber, unit.dimension == .time, let (smaller, _) = units.unit(in: tokens, at: index + length + 1),
           smaller.dimension == .time, smaller.factor < unit.factor { return true }
        return next == nil || next?.shape == .punctuation || next?.shape == .lower && next?.is(.auxiliary) == false
    }

    /// The fact's currency, for "cents" written without a symbol: the first currency of the fact,
    /// else the corpus's dollar (what a bare "$" means: USD unless the corpus names another).
    func defaultCurrency() -> String {
        for token in tokens where token.shape == .symbol || token.shape == .upper {
            if let code = units.currencies[token.text] { return code }
        }
        return units.currencies["$"] ?? "USD"
    }

    /// "/month", " per user", " per 1M requests", " a day", " for every minute", "/GB-hour": the denominator, its count,
    /// the tokens it takes and how it is written.
    func perUnit(at index: Int) -> (Unit, Double, Int, String)? {
        guard let joiner = at(index) else { return nil }
        var start: Int
        var timeOnly = false
        var unitOnly = false
        switch joiner.lower {
        case "/": start = index + 1
        case "per": start = index + 1
        // "for every minute", "for each hour": the value spread over each unit, as "per" does (a
        // noun after it names what is priced: "for each labelled toilet").
        case "for" where ["every", "each"].contains(at(index + 1)?.lower ?? ""):
            start = index + 2
            unitOnly = true
        case "each", "every":
            start = index + 1
            timeOnly = true
        case "a", "an":
            start = index + 1
            // "$8 a visit", "£95 a night", "$40 a season": one noun right after "a", and nothing of
            // its phrase after it, is what the amount is for each of ("$85 a new broom" is no rate);
            // any other word after "a" must be a unit of time ("€2.60 a day").
            let lone = at(start).map { noun in
                noun.shape == .lower && noun.isWord && !noun.is(WordClasses.function) && !noun.is(.verb) && Lexicon.singular(noun.lower) == noun.lower
            } == true && at(start + 1).map({ $0.shape == .punctuation || $0.is(.preposition) || $0.is(.conjunction) }) ?? true
            timeOnly = !lone
        default: return nil
        }
        var count = 1.0
        if let number = at(start), number.isNumber, let value = number.value {
            let (scale, afterScale) = magnitude(at: start + 1)
            count = value * scale
            start = afterScale
        }
        guard let word = at(start), word.isWord || word.shape == .symbol && units.lookup(word.text) != nil else { return nil }
        if let (unit, length) = units.unit(in: tokens, at: start) {
            if timeOnly, unit.dimension != .time { return nil }
            // "GB-hour", "GB-month": information times time.
            if unit.dimension == .information, at(start + length)?.text == "-", let (time, timeLength) = units.unit(in: tokens, at: start + length + 1), time.dimension == .time {
                let product = Unit(written: unit.written + "-" + time.written, canonical: "GB-s", factor: unit.factor / 1e9 * time.factor, offset: 0,
                                   dimension: .times(.information, .time), vector: unit.vector * time.vector)
                let tokensTaken = start + length + 1 + timeLength - index
                let written = (count == 1 ? "" : text(start - 1, start) + " ") + product.written
                return (product, count, tokensTaken, written)
            }
            guard unit.dimension != .ratio, unit.dimension != .percent else { return nil }
            // Written in the unit's own short form ("/sec" -> "/s", "per minute" -> "/min").
            return (unit, count, start + length - index, count == 1 ? unit.written : text(index + 1, start) + " " + unit.written)
        }
        guard !timeOnly, !unitOnly, word.isWord, !word.is(WordClasses.function), !word.is(.verb) || word.lower.hasSuffix("s") && !word.is(.auxiliary) else { return nil }
        // "per user", "/request", "per 1M state transitions": a noun, with a second lowercase noun.
        var end = start + 1
        while let hyphen = at(end), hyphen.text == "-", glued(end), let next = at(end + 1), next.isWord, glued(end + 1) { end += 2 }
        if let second = at(end), second.shape == .lower, second.spaceBefore, !second.is(WordClasses.function), !second.is(.verb),
           Lexicon.singular(second.lower) != second.lower, units.lookup(second.text) == nil {
            end += 1
        }
        let noun = Lexicon.singular(text(start, end).lowercased())
        let unit = Unit(written: noun, canonical: noun, factor: 1, offset: 0, dimension: .count(noun), vector: .dimensionless)
        let written = count == 1 ? noun : text(index + 1, end)
        return (unit, count, end - index, written)
    }

    /// A counted noun phrase after a number: "layers", "virtual cards", "active session" (after
    /// one), "AWS services": up to three words ending in a noun, stopping at function words, verbs
    /// and marks. `plural` says whether the noun is plural.
    func countedNoun(at index: Int) -> (noun: String, end: Int, plural: Bool)? {
        guard let firstWord = at(index), firstWord.isWord, firstWord.spaceBefore || firstWord.text == "-" else {
            // "14-line": a hyphen glued between number and noun.
            if let hyphen = at(index), hyphen.text == "-", glued(index), let noun = at(index + 1), noun.shape == .lower, glued(index + 1),
               !noun.is(WordClasses.function), units.unit(in: tokens, at: index + 1) == nil {
                return (noun.text, index + 2, false)
            }
            return nil
        }
        var words: [Token] = []
        var cursor = index
        while words.count < 3, let word = at(cursor), word.isWord, cursor == index || word.spaceBefore || word.text == "-" {
            // A word counted per period is a noun whatever else it can be ("2K starts/sec").
            if let slash = at(cursor + 1), slash.text == "/" || slash.lower == "per", let (unit, _) = units.unit(in: tokens, at: cursor + 2), unit.dimension == .time {
                words.append(word)
                cursor += 1
                break
            }
            if word.is(WordClasses.function) && !word.is(.quantifier) || word.is(.auxiliary) || word.is(.preposition) || word.is(.conjunction) || word.is(.numberWord) { break }
            if lexicon.magnitudes[word.lower] != nil || units.currencies[word.lower] != nil { break }
            // A unit word ends the phrase, unless it closes a capitalised name ("15,000 Tier Miles").
            if units.unit(in: tokens, at: cursor) != nil {
                if word.shape == .capitalized, words.last?.shape == .capitalized {
                    words.append(word)
                    cursor += 1
                }
                break
            }
            // A verb ends the phrase ("5 users get", "3.12 supports 5 layers"); a verb form used as a
            // noun or an adjective ("3 limits apply", "one checked bag") belongs to it.
            if word.is(.verb), word.is(.auxiliary) || NounPhrases.isVerbHere(tokens, cursor) { break }
            if word.shape == .capitalized, !words.isEmpty, words.last?.shape != .capitalized { break }
            words.append(word)
            cursor += 1
            if Lexicon.singular(word.lower) != word.lower && word.shape == .lower { break }
        }
        // The phrase must end in a noun: a plural (or any noun after "1"/"one"), not a quantifier.
        while let last = words.last, last.is(.quantifier) || last.is(.adverb) || last.is(.ordinal) { words.removeLast() }
        guard let last = words.last else { return nil }
        let plural = Lexicon.singular(last.lower) != last.lower
        let one = (at(index - 1)?.value == 1)
        guard plural || one || last.shape == .upper && words.count == 1 else { return nil }
        let end = index + words.count
        return (text(index, end), end, plural)
    }

    /// Whether the clause goes on at `index` with a refusal: a negated "can" ("cannot fly", "can
    /// not board"), or an auxiliary and a denied state of the lexicon's support states ("are not
    /// accepted", "will not be allowed", "are ineligible"). What is refused there is the subject
    /// the value bounds; a negated other verb ("Orders over $50 do not pay shipping") says
    /// nothing of what is let in.
    func refused(after index: Int) -> Bool {
        guard let first = at(index), let clause = at(index - 1)?.clause, first.clause == clause else { return false }
        if first.is(.capability) { return first.is(.negation) || at(index + 1)?.is(.negation) == true }
        guard first.is(.auxiliary), let next = at(index + 1), next.clause == clause, next.is(.negation) else { return false }
        // "are ineligible", "are prohibited": a denying word of its own.
        if next.is(.supportState) { return true }
        var cursor = index + 2
        if at(cursor)?.lower == "be" { cursor += 1 }
        guard let word = at(cursor), word.clause == clause else { return false }
        return word.is(.supportState)
    }

    /// Whether a negation stands in the clause within six tokens before `index`.
    func negated(before index: Int) -> Bool {
        guard let token = at(index) else { return false }
        var cursor = index - 1
        while cursor >= 0, cursor >= index - 6, tokens[cursor].clause == token.clause {
            if tokens[cursor].is(.negation) { return true }
            cursor -= 1
        }
        return false
    }

    /// A comparator phrase of the lexicon that ends right before token `first` (and where it starts).
    func comparatorBefore(_ first: Int) -> (NumericClaim.Comparator, Int)? {
        var best: (NumericClaim.Comparator, Int)?
        for phrase in lexicon.comparators where !phrase.after {
            let length = phrase.words.count
            let start = first - length
            guard start >= 0 else { continue }
            let span = tokens[start..<first]
            guard zip(phrase.words, span).allSatisfy({ $0 == $1.lower }), span.allSatisfy({ $0.clause == tokens[first].clause || $0.text != ";" }) else { continue }
            // The end of a result phrase is no bound: "add up to $346" is a total.
            if start > 0, tokens[start - 1].is(.arithmeticResult),
               let length = lexicon.phraseLength(tokens[(start - 1)..<first].map(\.lower), at: 0, in: .arithmeticResult), length == first - start + 1 { continue }
            if best == nil || start < best?.1 ?? Int.max, let symbol = NumericClaim.Comparator(rawValue: phrase.symbol) {
                best = (symbol, start)
            }
        }
        return best
    }

    /// A comparator phrase written after a quantity ("5 minutes maximum", "10 or more"), also after
    /// the one noun the quantity modifies ("10GB memory maximum"; the noun stays outside the claim).
    func comparatorAfter(_ index: Int) -> (NumericClaim.Comparator, Int)? {
        if let noun = at(index), noun.shape == .lower, noun.spaceBefore, !noun.is(WordClasses.function), !noun.is(.verb),
           let (symbol, _) = comparatorAfter(index + 1, direct: true), let bound = at(index + 1), lexicon.metric([bound.lower], at: 0)?.metric.isProperty == false {
            return (symbol, index)
        }
        return comparatorAfter(index, direct: true)
    }

    func comparatorAfter(_ index: Int, direct: Bool) -> (NumericClaim.Comparator, Int)? {
        // "(900 seconds) maximum": the word may follow the closing parenthesis.
        let start = at(index)?.text == ")" ? index + 1 : index
        var best: (NumericClaim.Comparator, Int)?
        for phrase in lexicon.comparators where phrase.after {
            let end = start + phrase.words.count
            guard end <= tokens.count, zip(phrase.words, tokens[start..<end]).allSatisfy({ $0 == $1.lower }) else { continue }
            // A bound word after the quantity ends the noun phrase: "5 minutes maximum," not "maximum size".
            // One word after the value bounds it only where its phrase ends ("5 minutes maximum.", "10
            // or more"); before a determiner or a noun it starts something else ("$35 plus the ...").
            if let next = at(end), next.isWord, phrase.words.count == 1, next.is(.determiner) || !next.is(WordClasses.function) && !next.is(.preposition) { continue }
            // Before another amount it adds: "INR 1,500 plus 18% GST", "$1,200 plus $60 GST".
            if let next = at(end), phrase.words.count == 1, next.isNumber || lexicon.currencies[next.text] != nil || lexicon.letterCurrencies.contains(next.text) { continue }
            if best == nil || end > best?.1 ?? 0, let symbol = NumericClaim.Comparator(rawValue: phrase.symbol) { best = (symbol, end) }
        }
        return best
    }

    // MARK: Vague bounds

    /// "sub-second", "sub-millisecond", "single-digit milliseconds", "double-digit millisecond".
    mutating func vagueBound(at index: Int) -> Int? {
        guard let word = at(index), word.isWord else { return nil }
        if word.lower == "sub", at(index + 1)?.text == "-", glued(index + 1), let (unit, length) = units.unit(in: tokens, at: index + 2),
           glued(index + 2), unit.dimension == .time {
            append(vague: index, end: index + 2 + length, low: nil, high: 1, unit: unit, comparator: .less)
            return index + 2 + length
        }
        let digits: [String: (Double, Double)] = ["single": (1, 9), "double": (10, 99), "triple": (100, 999)]
        if let (low, high) = digits[word.lower], at(index + 1)?.text == "-", glued(index + 1), at(index + 2)?.lower == "digit",
           let (unit, length) = units.unit(in: tokens, at: index + 3) {
            append(vague: index, end: index + 3 + length, low: low, high: high, unit: unit, comparator: .approximately)
            return index + 3 + length
        }
        return nil
    }

    mutating func append(vague first: Int, end: Int, low: Double?, high: Double?, unit: Unit, comparator: NumericClaim.Comparator) {
        let claim = NumericClaim(
            surface: text(first, end), start: tokens[first].start, end: tokens[end - 1].end, low: low, high: high, unit: unit.written,
            comparator: comparator, kind: .vague, normalizedLow: low.map(unit.normalize), normalizedHigh: high.map(unit.normalize),
            normalizedUnit: unit.canonical, dimension: unit.dimension)
        found.append(ScannedQuantity(claim: claim, first: first, end: end))
    }

    // MARK: Changes

    /// Whether the quantity starting at `first` is the start of a stated change: "from" right
    /// before it and a verb of change earlier in its clause ("cut the build time from 9 minutes").
    func isChangeFrom(_ first: Int) -> Bool {
        guard let from = at(first - 1), from.lower == "from" else { return false }
        var cursor = first - 2
        while let word = at(cursor), word.clause == from.clause {
            if word.is(.changeVerb) { return true }
            cursor -= 1
        }
        // "X dropped from A to B" has the verb right before "from" (covered); "from A to B after the
        // upgrade" without a verb is a range.
        return false
    }

    /// Marks before/after pairs: `X → Y`, `X -> Y`, and `from X to Y` after a verb of change.
    /// A conversion in parentheses ("under 5 kg (11 lb)") bounds its value the way the claim
    /// before it does.
    mutating func linkChanges() {
        guard found.count >= 2 else { return }
        // "from 20,000 to 15,000 Tier Miles", "between 5 and 10 GB": a bare number before "to" or "and"
        // takes the unit written once after the second.
        for index in 0..<(found.count - 1) {
            let a = found[index], b = found[index + 1]
            guard a.end < b.first, b.first - a.end == 1, let joiner = at(a.end), joiner.lower == "to" || joiner.lower == "and" || joiner.text == "→",
                  a.claim.dimension == .count(""), a.claim.unit.isEmpty, b.claim.dimension != .count(""),
                  let low = a.claim.low, let high = a.claim.high, let bLow = b.claim.low, bLow != 0,
                  let scale = b.claim.normalizedLow.map({ $0 / bLow }) else { continue }
            found[index].claim.unit = b.claim.unit
            found[index].claim.dimension = b.claim.dimension
            found[index].claim.kind = b.claim.kind
            found[index].claim.normalizedUnit = b.claim.normalizedUnit
            found[index].claim.normalizedLow = low * scale
            found[index].claim.normalizedHigh = high * scale
        }
        for index in 0..<(found.count - 1) {
            let a = found[index], b = found[index + 1]
            guard a.end <= b.first else { continue }
            let between = tokens[a.end..<b.first]
            if between.count == 1, between.first?.text == "(", b.claim.comparator == .equal, a.claim.dimension == b.claim.dimension {
                found[index + 1].claim.comparator = a.claim.comparator
            }
            // "3-5s → 200-400ms", "8-12 second cold starts → <1 second": an arrow between them, with
            // at most the first value's noun before it.
            let arrow = between.count <= 4 && between.contains { ["→", "⇒", ">"].contains($0.text) }
                && between.allSatisfy { $0.isWord || ["→", "⇒", ">", "-"].contains($0.text) }
            let to = between.count == 1 && between.first?.lower == "to" && isChangeFrom(a.first)
            if arrow || to, a.claim.dimension == b.claim.dimension || a.claim.kind == b.claim.kind {
                found[index].claim.role = .before
                found[index + 1].claim.role = .after
            }
        }
    }
}
