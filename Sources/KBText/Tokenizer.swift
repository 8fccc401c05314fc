/// Splits text into ``Token``s once, for every later stage.
///
/// Words are runs of letters (with an inner apostrophe: "don't"); numbers are runs of digits with
/// thousands separators and one decimal part ("1,000", "3.12"); a run that mixes letters with
/// digits, underscores, inner capitals or inner dots is one identifier ("V8", "worker_processes",
/// "Node.js"). Hyphens always split ("15-minute" and "Standard-tier" read as their parts, with
/// `spaceBefore` false); every other scalar is a token of its own. Parenthesis
/// depth, clauses (split at ; : and at commas or dashes before a subordinator or contrast word) and
/// sentences (split at . ! ? before a space and a capital) are counted as tokens are made.
///
/// For example:
///
/// ```swift
/// Tokenizer().tokens("Plans cost $8/month (2024).").map(\.text)
/// // ["Plans", "cost", "$", "8", "/", "month", "(", "2024", ")", "."]
/// ```
public struct Tokenizer: Sendable {
    /// A word's lowercase form for lexicon lookups: a typographic apostrophe is the plain one
    /// ("don’t" is "don't").
    static func lowercase(_ text: String) -> String {
        let lower = text.lowercased()
        return lower.unicodeScalars.contains("\u{2019}") ? lower.replacingAll("\u{2019}", with: "'") : lower
    }

    public var lexicon: Lexicon

    public init(lexicon: Lexicon = .standard) {
        self.lexicon = lexicon
    }

    /// The lowercase tokens of `text` (words, numbers and marks), as lexicon entries are split.
    public static func words(_ text: String) -> [String] {
        Tokenizer(lexicon: Lexicon()).raw(Array(text.unicodeScalars)).map(\.lower)
    }

    /// Whether the "." at `index` closes an initial ("N. Virginia", "J. Smith"), which ends no
    /// sentence: a single capital letter glued to it. A unit after a number ("draws 10 W.") is no
    /// initial.
    static func isInitial(_ tokens: [Token], dot index: Int) -> Bool {
        guard index > 0, index < tokens.count, tokens[index].text == ".", !tokens[index].spaceBefore else { return false }
        let letter = tokens[index - 1].text.unicodeScalars
        return letter.count == 1 && letter.allSatisfy(\.isUppercaseScalar) && !(index > 1 && tokens[index - 2].isNumber)
    }

    /// The tokens of `text` with word classes, depth, clauses and sentences.
    public func tokens(_ text: String) -> [Token] {
        tokens(Array(text.unicodeScalars))
    }

    public func tokens(_ scalars: [Unicode.Scalar]) -> [Token] {
        var tokens = raw(scalars)
        annotate(&tokens)
        return tokens
    }

    // MARK: Splitting

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            return (scalar.value >= 0x61 && scalar.value <= 0x7A) || (scalar.value >= 0x41 && scalar.value <= 0x5A)
        }
        return scalar.properties.isAlphabetic
    }

    /// The length of a number's European tail at `start`: points between groups of three digits
    /// (none or more), then a comma and two decimals that end the number (".590,00" of
    /// "1.590,00", ",00" of "249,00"); nil for anything else. Two decimals only: "8,10" in a list
    /// of sizes is no decimal, and a thousands comma is followed by three digits.
    static func decimalCommaLength(_ s: [Unicode.Scalar], at start: Int) -> Int? {
        var cursor = start
        while cursor + 3 < s.count, s[cursor] == ".", (1...3).allSatisfy({ isDigit(s[cursor + $0]) }) { cursor += 4 }
        guard cursor + 2 < s.count, s[cursor] == ",", isDigit(s[cursor + 1]), isDigit(s[cursor + 2]) else { return nil }
        let after = cursor + 3
        // Not a list going on ("12,50,75") and not more digits.
        if after < s.count, isDigit(s[after]) || s[after] == "," && after + 1 < s.count && isDigit(s[after + 1]) { return nil }
        return after - start
    }

    /// The value of a number token: separators between thousands dropped, the decimal mark read
    /// (a comma followed by two decimals at the end is one: see ``decimalCommaLength(_:at:)``).
    public static func value(ofNumber text: String) -> Double? {
        let scalars = Array(text.unicodeScalars.filter { !isSpace($0) && $0 != "'" && $0 != "\u{2019}" && $0 != "\u{2009}" && $0 != "\u{202F}" })
        let text = String(String.UnicodeScalarView(scalars))
        if let comma = scalars.lastIndex(of: ","), scalars.count - comma == 3, !scalars[(comma + 1)...].contains(".") {
            let whole = String(String.UnicodeScalarView(scalars[..<comma].filter { $0 != "." }))
            return Double(whole + "." + String(String.UnicodeScalarView(scalars[(comma + 1)...])))
        }
        return Double(text.filter { $0 != "," })
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? (scalar.value >= 0x30 && scalar.value <= 0x39) : scalar.properties.numericType == .decimal
    }

    /// Case tests with an ASCII fast path (Unicode properties are slow to look up).
    static func isUpper(_ scalar: Unicode.Scalar) -> Bool { scalar.isUppercaseScalar }

    static func isLower(_ scalar: Unicode.Scalar) -> Bool { scalar.isLowercaseScalar }

    /// An invisible formatting character (zero-width space, bidirectional marks): a word break.
    static func isFormat(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x80 && scalar.properties.generalCategory == .format
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? (scalar.value == 0x20 || (scalar.value >= 0x09 && scalar.value <= 0x0D)) : scalar.properties.isWhitespace
    }

    static let punctuation: Set<Unicode.Scalar> = [".", ",", ";", ":", "!", "?", "(", ")", "[", "]", "{", "}", "\"", "'",
                                                   "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "-", "\u{2013}", "\u{2014}",
                                                   "\u{2026}", "\u{00AB}", "\u{00BB}"]

    /// Tokens without classes or structure: shapes, text, offsets, spacing.
    func raw(_ s: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(s.count / 4)
        var index = 0
        var space = true
        func make(_ start: Int, _ end: Int, _ shape: Token.Shape) {
            let text = s.string(start, end)
            tokens.append(Token(start: start, end: end, text: text, lower: shape == .number ? text : Self.lowercase(text), shape: shape,
                                spaceBefore: space, depth: 0, clause: 0, sentence: 0, classes: [], value: nil))
            space = false
        }
        while index < s.count {
            let scalar = s[index]
            if Self.isSpace(scalar) || Self.isFormat(scalar) {
                space = true
                index += 1
                continue
            }
            // A number is a run of digits, or a decimal written without its leading zero (".875",
            // "= .5") where the dot starts a value rather than ending a word or number.
            let bareDecimal = scalar == "." && index + 1 < s.count && Self.isDigit(s[index + 1])
                && (index == 0 || Self.isSpace(s[index - 1]) || "(=[<>+*/~≈≤≥".unicodeScalars.contains(s[index - 1]))
            if Self.isDigit(scalar) || bareDecimal {
                var end = index + 1
                var decimal = bareDecimal
                while end < s.count {
                    if Self.isDigit(s[end]) {
                        end += 1
                    } else if s[end] == ",", !decimal, end - index <= 2, let length = Self.lakhGroupsLength(s, at: end) {
                        // Indian grouping: lakhs and crores in pairs before the thousands ("₹1,20,000").
                        end += length
                    } else if s[end] == ",", !decimal, Self.isGroupOfThree(s, after: end) {
                        end += 4
                    } else if !decimal, let length = groupSeparatorLength(s, number: index, at: end) {
                        // Thousands apart by a space or an apostrophe ("3 900 kr", "CHF 1'250").
                        end += length
                    } else if !decimal, end - index <= 3 || s[end] == ",", let length = Self.decimalCommaLength(s, at: end),
                              index == 0 || s[index - 1] != "," {
                        // A decimal comma, with points between thousands before it ("€1.590,00", "€249,00").
                        decimal = true
                        end += length
                    } else if s[end] == ".", !decimal, end + 1 < s.count, Self.isDigit(s[end + 1]) {
                        decimal = true
                        end += 1
                    } else {
                        break
                    }
                }
                // Digits running into letters or underscores ("V8" is caught below; "4xl", "x86_64", "2nd")
                // make an identifier unless the letters are a unit or magnitude glued to the number,
                // which later stages read from the next token: split there.
                if end < s.count, s[end] == "_" || (Self.isDigit(s[index]) && end < s.count && Self.isLetter(s[end]) && Self.gluedIdentifier(s, from: end)) {
                    var stop = end
                    while stop < s.count, Self.isLetter(s[stop]) || Self.isDigit(s[stop]) || s[stop] == "_" { stop += 1 }
                    make(index, stop, .identifier)
                    index = stop
                    continue
                }
                make(index, end, .number)
                index = end
                continue
            }
            // A dollar sign with its country's letters ("R$", "MX$", "US$", "NZ$") is one symbol.
            if Self.isLetter(scalar), let end = prefixedDollarEnd(s, from: index) {
                make(index, end, .symbol)
                index = end
                continue
            }
            // A currency symbol in letters glued to a number ("R195", "RM45", "kr300") is a symbol of
            // its own before the number (see ``gluedCurrencyEnd(_:from:)``).
            if Self.isLetter(scalar), let end = gluedCurrencyEnd(s, from: index) {
                make(index, end, .symbol)
                index = end
                continue
            }
            if Self.isLetter(scalar) || (scalar == "." && index + 1 < s.count && Self.isLetter(s[index + 1]) && (index == 0 || Self.isSpace(s[index - 1]) || s[index - 1] == "(") && Self.dottedName(s, from: index + 1)) {
                var end = index + 1
                var digits = false, underscore = false, innerCapital = false, dot = scalar == "."
                var previousLower = Self.isLower(scalar)
                while end < s.count {
                    let c = s[end]
                    if Self.isLetter(c) {
                        if Self.isUpper(c) && previousLower { innerCapital = true }
                        previousLower = Self.isLower(c)
                        end += 1
                    } else if Self.isDigit(c) {
                        digits = true
                        end += 1
                    } else if c == "_" || c == "@", end + 1 < s.count, Self.isLetter(s[end + 1]) || Self.isDigit(s[end + 1]) {
                        // "worker_processes", "Compute@Edge": one identifier.
                        underscore = true
                        end += 1
                    } else if c == ".", end + 1 < s.count, Self.isLetter(s[end + 1]) || (digits && Self.isDigit(s[end + 1])) {
                        // "Node.js", "e.g", "v2.1": a dot between word characters belongs to the word.
                        dot = true
                        end += 1
                    } else if (c == "'" || c == "\u{2019}"), end + 1 < s.count, Self.isLetter(s[end + 1]), !digits {
                        end += 1
                    } else {
                        break
                    }
                }
                // "e.g." and "i.e.": keep the closing dot with an abbreviation of single letters.
                if dot, end < s.count, s[end] == ".", end - index <= 4 { end += 1 }
                let text = s[index..<end]
                let shape: Token.Shape
                if digits || underscore || dot || innerCapital && !(text.first.map(Self.isUpper) ?? false && text.dropFirst().allSatisfy { Self.isUpper($0) || !Self.isLetter($0) }) {
                    shape = .identifier
                } else if text.allSatisfy({ !Self.isLetter($0) || Self.isLower($0) }) {
                    shape = .lower
                } else if text.count > 1, text.allSatisfy({ !Self.isLetter($0) || Self.isUpper($0) }) {
                    shape = .upper
                } else if text.first.map(Self.isUpper) == true, text.dropFirst().allSatisfy({ !Self.isLetter($0) || Self.isLower($0) }) {
                    shape = .capitalized
                } else {
                    shape = .identifier
                }
                make(index, end, shape)
                index = end
                continue
            }
            make(index, index + 1, Self.punctuation.contains(scalar) ? .punctuation : .symbol)
            index += 1
        }
        return tokens
    }

    /// The length of Indian digit groups at the comma at `index`: one or more pairs of digits
    /// each after a comma, then a comma and the three digits of the thousands, and no digit after
    /// (",20,000" in "1,20,000"; ",00,00,000" in "1,00,00,000"). Nil for any other grouping.
    static func lakhGroupsLength(_ s: [Unicode.Scalar], at index: Int) -> Int? {
        var cursor = index, pairs = 0
        while cursor + 3 < s.count, s[cursor] == ",", isDigit(s[cursor + 1]), isDigit(s[cursor + 2]), s[cursor + 3] == "," {
            cursor += 3
            pairs += 1
        }
        guard pairs > 0, s[cursor] == ",", isGroupOfThree(s, after: cursor) else { return nil }
        return cursor + 4 - index
    }

    /// Whether exactly three digits follow the separator at `index` (a thousands group), with no
    /// digit after them.
    static func isGroupOfThree(_ s: [Unicode.Scalar], after index: Int) -> Bool {
        index + 3 < s.count && (1...3).allSatisfy({ isDigit(s[index + $0]) }) && (index + 4 == s.count || !isDigit(s[index + 4]))
    }

    /// The length of a thousands separator and the group after it, when the digits of the number
    /// starting at `start` go on after a space or an apostrophe at `at`: the group so far is one to
    /// three digits (exactly three after an earlier separator), exactly three digits follow, and
    /// no digit after them. A no-break, thin or narrow space and an apostrophe (`'`, `’`) between
    /// digits only ever separate thousands. A plain space also separates words and lists ("pages 2
    /// 300"), so it joins only a number that is an amount or a measure: a currency or a unit
    /// right after it, past any decimals ("3 900 kr", "1 250,00 $", "2 450 m"), or a currency right before it ("SEK
    /// 5 400"), and never after another number ("1 2 300").
    func groupSeparatorLength(_ s: [Unicode.Scalar], number start: Int, at index: Int) -> Int? {
        let mark = s[index]
        let plain = mark == " "
        guard plain || mark == "\u{00A0}" || mark == "\u{2009}" || mark == "\u{202F}" || mark == "'" || mark == "\u{2019}" else { return nil }
        guard index + 3 < s.count, (1...3).allSatisfy({ Self.isDigit(s[index + $0]) }),
              index + 4 >= s.count || !Self.isDigit(s[index + 4]) else { return nil }
        // The group before: digits back to the number's start or an earlier separator.
        var back = index
        while back > start, Self.isDigit(s[back - 1]) { back -= 1 }
        let group = index - back
        guard back == start ? (1...3).contains(group) : group == 3 else { return nil }
        if back > start, s[back - 1] != mark { return nil }
        guard plain else { return 4 }
        if start >= 2, Self.isSpace(s[start - 1]), Self.isDigit(s[start - 2]) { return nil }
        // The word after the group, past one space, and the word before the number.
        var after = index + 4
        if after + 1 < s.count, s[after] == "," || s[after] == ".", Self.isDigit(s[after + 1]) {
            after += 1
            while after < s.count, Self.isDigit(s[after]) { after += 1 }
        }
        if after < s.count, s[after] == " " { after += 1 }
        var end = after
        while end < s.count, !Self.isSpace(s[end]), !(Self.punctuation.contains(s[end]) && end > after) { end += 1 }
        let following = after < end ? s.string(after, end) : ""
        var before = start
        if before > 0, s[before - 1] == " " { before -= 1 }
        var first = before
        while first > 0, !Self.isSpace(s[first - 1]) { first -= 1 }
        let preceding = first < before ? s.string(first, before) : ""
        return isMoneyOrUnit(following) || lexicon.currencies[preceding] != nil ? 4 : nil
    }

    /// Whether a word names a currency or a unit ("kr", "zł", "$", "SEK", "kWh", "metres").
    func isMoneyOrUnit(_ word: String) -> Bool {
        guard !word.isEmpty else { return false }
        if lexicon.currencies[word] != nil || lexicon.sharedSymbols[word] != nil { return true }
        let lower = Self.lowercase(word)
        return lexicon.classes(of: lower).contains(.unitWord) || lexicon.units.contains { $0.forms.contains(word) }
    }

    /// Where a currency sign of letters and "$" ends ("R$", "MX$": a form of the lexicon's
    /// currencies), when the word at `start` is one; nil otherwise.
    func prefixedDollarEnd(_ s: [Unicode.Scalar], from start: Int) -> Int? {
        guard start == 0 || !Self.isLetter(s[start - 1]) && !Self.isDigit(s[start - 1]) else { return nil }
        var letters = start
        while letters < s.count, letters - start < 4, Self.isLetter(s[letters]) { letters += 1 }
        guard letters < s.count, s[letters] == "$", lexicon.currencies[s.string(start, letters + 1)] != nil else { return nil }
        return letters + 1
    }

    /// Where a currency symbol written in letters ends, when the word at `start` is one glued to a
    /// plain number: letters the lexicon lists as a symbol, then digits (with separators and a
    /// decimal part) that run into no letter, digit, underscore or hyphenated word ("R2D2",
    /// "R2-D2" and "RM3x" are names). A one-letter symbol needs two digits or more: "R2" and "R5"
    /// are more often names (a bucket, a model) than amounts.
    func gluedCurrencyEnd(_ s: [Unicode.Scalar], from start: Int) -> Int? {
        guard !lexicon.letterCurrencies.isEmpty, start == 0 || !Self.isLetter(s[start - 1]) && !Self.isDigit(s[start - 1]) else { return nil }
        // Symbols have at most three letters: look no further into a word (this runs on every word).
        var letters = start
        while letters < s.count, letters - start < 4, Self.isLetter(s[letters]) { letters += 1 }
        guard letters < s.count, Self.isDigit(s[letters]), letters - start <= 3,
              lexicon.letterCurrencies.contains(s.string(start, letters)) else { return nil }
        var end = letters, digits = 0
        while end < s.count {
            if Self.isDigit(s[end]) {
                digits += 1
                end += 1
            } else if s[end] == "," || s[end] == ".", end + 1 < s.count, Self.isDigit(s[end + 1]) {
                end += 1
            } else {
                break
            }
        }
        // "R1 150": a thousands group after a space counts the amount's digits too.
        let grouped = end < s.count && s[end] == " " && Self.isGroupOfThree(s, after: end) && (end + 4 == s.count || !Self.isLetter(s[end + 4]))
        if letters - start == 1, digits < 2, !grouped { return nil }
        if end < s.count, Self.isLetter(s[end]) || Self.isDigit(s[end]) || s[end] == "_" { return nil }
        if end + 1 < s.count, s[end] == "-", Self.isLetter(s[end + 1]) { return nil }
        return letters
    }

    /// Letters right after digits that make one identifier with them ("x86", "2nd", "4xl", "3D",
    /// "h264"): more digits follow the letters, or the letters are an ordinal suffix. Units and
    /// magnitudes ("5GB", "10x", "2K") are read as separate tokens.
    static func gluedIdentifier(_ s: [Unicode.Scalar], from start: Int) -> Bool {
        var end = start
        while end < s.count, isLetter(s[end]) { end += 1 }
        if end < s.count, isDigit(s[end]) || s[end] == "_" { return true }
        let letters = String(String.UnicodeScalarView(s[start..<end])).lowercased()
        return letters == "st" || letters == "nd" || letters == "rd" || letters == "th"
    }

    /// Whether ".NET"-style names continue with letters up to a space or mark.
    static func dottedName(_ s: [Unicode.Scalar], from start: Int) -> Bool {
        var end = start
        while end < s.count, isLetter(s[end]) { end += 1 }
        // ".NET" (capitals) or ".js": a short run of letters.
        return end - start >= 2 && end - start <= 6 && s[start].isUppercaseScalar
    }

    // MARK: Annotation

    /// Word classes, number words, depth, clauses and sentences.
    func annotate(_ tokens: inout [Token]) {
        var depth = 0
        var clause = 0
        var sentence = 0
        let lowers = tokens.map(\.lower)
        for index in tokens.indices {
            var token = tokens[index]
            if token.shape != .number {
                token.classes = lexicon.classes(of: token.lower)
                // A capitalised word the corpus uses as a name is a name, whatever else it can be.
                // Its grammatical classes go; what it means (an example, a hedge) stays.
                if token.shape == .capitalized || token.shape == .upper, lexicon.names.contains(token.lower) {
                    token.classes.subtract(WordClasses.grammatical)
                    token.classes.insert(.name)
                }
            }
            // A phrase of the lexicon marks its first word with the phrase's classes; the words it
            // covers keep their own classes ("for example": "for" gets .example as well).
            if let first = lexicon.phrases[token.lower] {
                for (phrase, classes) in first where phrase.count > 1 && index + phrase.count <= lowers.count {
                    if Array(lowers[index..<(index + phrase.count)]) == phrase {
                        token.classes.formUnion(classes)
                    }
                }
            }
            if token.shape == .number {
                token.value = Self.value(ofNumber: token.text)
            } else if let value = lexicon.numberWords[token.lower] {
                token.value = value
            }

            // "(1) SummarizeDocument ... (3) GenerateReport ...": an enumeration marker starts a clause.
            if token.text == "(", index + 2 < tokens.count, tokens[index + 1].shape == .number && tokens[index + 1].text.count <= 2 || tokens[index + 1].text.count == 1 && tokens[index + 1].shape == .lower,
               tokens[index + 2].text == ")", index > 0, tokens[index - 1].clause == clause {
                clause += 1
            }
            switch token.text {
            case "(", "[", "{":
                token.depth = depth
                depth += 1
            case ")", "]", "}":
                depth = max(0, depth - 1)
                token.depth = depth
            default:
                token.depth = depth
            }
            token.clause = clause
            token.sentence = sentence
            tokens[index] = token
            // Boundaries after this token.
            let next = index + 1 < tokens.count ? tokens[index + 1] : nil
            switch token.text {
            case ";", ":":
                clause += 1
            case ".", "!", "?":
                // "Fr. 85.50": the period of a currency written in letters is its abbreviation's.
                let currencyDot = token.text == "." && index > 0 && next?.shape == .number && lexicon.letterCurrencies.contains(tokens[index - 1].text)
                if let next, !Self.isInitial(tokens, dot: index), !currencyDot, next.spaceBefore, next.shape == .capitalized || next.shape == .upper || next.shape == .number || next.text == "\"" {
                    sentence += 1
                    clause += 1
                }
            case ",", "-", "\u{2013}", "\u{2014}":
                // Inside parentheses an aside goes on: "(cheapest, but less customization)".
                if let next, depth == 0, token.text == "," || next.spaceBefore {
                    let nextClasses = lexicon.classes(of: next.lower)
                    // ", and the first €400 ...": a conjunction before a determiner or pronoun starts a
                    // new clause; before a bare word it continues a list ("A, B and C").
                    let after = index + 2 < tokens.count ? lexicon.classes(of: tokens[index + 2].lower) : []
                    let coordinated = nextClasses.contains(.conjunction) && !after.isDisjoint(with: [.determiner, .pronoun, .preposition])
                    // "Silver requires 15,000, Gold status requires 30,000": a comma before a new
                    // subject and its verb starts a clause.
                    let newSubject = token.text == "," && (next.shape == .capitalized || next.shape == .upper) && !nextClasses.contains(.conjunction)
                        && (index + 2..<min(tokens.count, index + 5)).contains { lexicon.classes(of: tokens[$0].lower).contains(.verb) && tokens[$0].shape == .lower }
                        || nextClasses.contains(.conjunction) && index + 2 < tokens.count && (tokens[index + 2].shape == .capitalized || tokens[index + 2].shape == .upper)
                        && (index + 3..<min(tokens.count, index + 6)).contains { lexicon.classes(of: tokens[$0].lower).contains(.verb) && tokens[$0].shape == .lower }
                    if !nextClasses.isDisjoint(with: [.subordinator, .contrast, .discourse]) || coordinated || newSubject || (token.text != "," && token.spaceBefore) {
                        clause += 1
                    }
                }
            default:
                // "... 30,000 and Onyx requires 55,000": a conjunction before a new subject and its verb.
                // (Not the "and" of "between the farm and Langnau station": it joins the two ends.)
                let joinsBetween = token.lower == "and" && (max(0, index - 6)..<index).last(where: { tokens[$0].lower == "between" || tokens[$0].lower == "and" }).map { tokens[$0].lower == "between" } == true
                if token.is(.conjunction), !joinsBetween, let next, next.shape == .capitalized || next.shape == .upper, index > 0,
                   (tokens.startIndex..<index).contains(where: { tokens[$0].clause == clause && tokens[$0].shape == .lower && tokens[$0].is(.verb) }),
                   (index + 2..<min(tokens.count, index + 5)).contains(where: { lexicon.classes(of: tokens[$0].lower).contains(.verb) && tokens[$0].shape == .lower }) {
                    clause += 1
                    tokens[index].clause = clause
                } else if depth == 0, token.is(.contrast) || (token.is(.subordinator) && index > 0 && tokens[index - 1].shape != .punctuation) {
                    // "X but Y", "X while Y": the contrast or subordinate clause starts at this word.
                    if index > 0, tokens[index - 1].clause == clause, !tokens[index - 1].is(.subordinator) {
                        clause += 1
                        tokens[index].clause = clause
                    }
                }
            }
        }
        // A number phrase ("a single", "a dozen") gives its value to its last word.
        for index in tokens.indices {
            for (phrase, classes) in lexicon.phrases[lowers[index]] ?? [] where classes.contains(.numberWord) && phrase.count > 1 {
                let end = index + phrase.count
                guard end <= lowers.count, Array(lowers[index..<end]) == phrase, let value = lexicon.numberWords[phrase.joined(separator: " ")] else { continue }
                tokens[end - 1].value = value
                tokens[end - 1].classes.insert(.numberWord)
            }
        }
    }
}
