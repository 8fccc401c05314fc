import KBClaims
import KBModel
import KBText

/// Computations stated in one fact, read from its tokens and claims, and checked.
///
/// What is evaluated (only fully numeric expressions; a word that is not an operator between two
/// operands ends an expression, so `N × S × $0.000025` is never evaluated):
/// - a sum or product of quantities and the result it states: operators and result words are the
///   lexicon's (`×`, `times`, `@`, `plus`, `+`; `=`, `comes to`, `a total of`, `works out to`);
///   "P% of / on X" multiplies; "X plus the P% bonus" adds P% of X. Units are carried through
///   (MB to GB, seconds to hours); a total stated per period ("= $56 per month") compares with the
///   amount as written;
/// - a value restated in another unit ("32 kg, roughly 64 lb", "$7.50 per month, or $80 per
///   year"): the two must agree;
/// - a change with a stated percentage ("from 40 s to 10 s, a 60% reduction");
/// - a stated ratio after "A vs B" ("$10.05 vs $750 (75x cheaper)");
/// - a result word after amounts joined by words, not operators ("Twelve half days at $28 each add
///   up to $346"; see ``Evaluation/joinedByWords(marker:statedIndex:stated:reported:)``).
/// A result agrees when it is within the rounding of the numbers written (at least 0.5%; a
/// restatement in another unit 3%, 5% when marked "about" or "roughly").
enum Arithmetic {
    /// A computed or stated value in base units (bytes, seconds, one currency unit).
    struct Value {
        var low: Double
        var high: Double
        var vector: UnitVector
        /// The relative uncertainty its writing allows.
        var tolerance: Double
        /// Token span.
        var first: Int
        var end: Int
        var operators = 0
        /// The claim of a single operand.
        var claim: NumericClaim?

        var value: Double { (low + high) / 2 }
    }

    /// A stated computation that does not hold.
    struct Mismatch {
        var expression: String
        var stated: String
        var computed: String
        /// How far off, relative to the stated value.
        var error: Double
        var message: String
        var severity: Finding.Severity
    }

    /// Every stated computation in a fact that does not hold.
    static func mismatches(in text: String, claims: [NumericClaim]) -> [Mismatch] {
        guard claims.count >= 2 else { return [] }
        let analysis = TextAnalysis(text)
        var evaluation = Evaluation(analysis: analysis, claims: claims)
        return evaluation.run()
    }

    /// The base-unit value of a claim (nil for open bounds and vague values).
    static func operand(_ claim: NumericClaim, first: Int, end: Int) -> Value? {
        guard claim.kind != .vague, let low = claim.normalizedLow, let high = claim.normalizedHigh,
              claim.comparator == .equal || claim.comparator == .approximately else { return nil }
        let scale = Units.baseScale(claim.dimension)
        var tolerance = precision(of: claim.surface)
        if claim.comparator == .approximately { tolerance = max(tolerance, 0.1) }
        return Value(low: low * scale, high: high * scale, vector: Units.vector(dimension: claim.dimension), tolerance: tolerance, first: first, end: end, claim: claim)
    }

    /// The relative rounding a written number allows: "5.40" ±0.1%, "2.5K" ±2%. A whole number
    /// is exact unless a magnitude scales it ("2M").
    static func precision(of surface: String) -> Double {
        var digits = ""
        var started = false
        var rest = ""
        for character in surface {
            if character.isNumber { digits.append(character); started = true } else if character == ".", started, !digits.contains(".") { digits.append(character) } else if character == ",", started { continue } else if started { rest.append(character) }
        }
        guard let value = Double(digits), value > 0 else { return 0 }
        let decimals = digits.split(separator: ".", omittingEmptySubsequences: false).dropFirst().first?.count ?? 0
        let scaled = rest.first.map { "KkMB".contains($0) } == true || rest.lowercased().contains("million") || rest.lowercased().contains("billion")
        guard decimals > 0 || scaled else { return 0 }
        return pow10(-decimals) / 2 / value
    }

    static func pow10(_ exponent: Int) -> Double {
        var value = 1.0
        for _ in 0..<abs(exponent) { value *= 10 }
        return exponent < 0 ? 1 / value : value
    }

    /// The shortest plain decimal form: 9, 9.5, 0.000025.
    static func plain(_ value: Double) -> String { PlainNumber.format(value) }

    static func percent(_ fraction: Double) -> String {
        let places = fraction < 0.1 ? 1 : 0
        let factor = pow10(places)
        return plain((fraction * 100 * factor).rounded() / factor) + "%"
    }

    /// A computed value written like the stated one: "$9.00/day" beside "$5.40/day".
    static func format(_ value: Double, like stated: String) -> String {
        var places = 0
        if let dot = stated.firstIndex(of: "."), stated[stated.index(after: dot)...].first?.isNumber == true {
            places = stated[stated.index(after: dot)...].prefix(while: \.isNumber).count
        }
        let number = places > 0 ? PlainNumber.fixed(value, places: places) : (abs(value) >= 1 ? plain(value.rounded()) : plain((value * 10000).rounded() / 10000))
        let characters = Array(stated)
        guard let first = characters.firstIndex(where: \.isNumber) else { return number }
        var last = first
        // The whole written number: digits and the marks between them (decimal and thousands
        // marks: ".", ",", an apostrophe, a no-break or thin space, a space before three digits).
        func separates(_ index: Int) -> Bool {
            guard index + 1 < characters.count, characters[index + 1].isNumber else { return false }
            switch characters[index] {
            case ".", ",", "'", "\u{2019}", "\u{00A0}", "\u{202F}", "\u{2009}": return true
            case " ": return index + 3 < characters.count && characters[(index + 1)...(index + 3)].allSatisfy(\.isNumber)
                && (index + 4 >= characters.count || !characters[index + 4].isNumber)
            default: return false
            }
        }
        while last + 1 < characters.count, characters[last + 1].isNumber || separates(last + 1) { last += 1 }
        return String(characters[..<first]) + number + String(characters[(last + 1)...])
    }
}

/// One fact's evaluation.
struct Evaluation {
    let analysis: TextAnalysis
    /// Claims by the token where they start, with their end.
    var operands: [Int: Arithmetic.Value] = [:]
    let claims: [(claim: NumericClaim, first: Int, end: Int)]

    init(analysis: TextAnalysis, claims: [NumericClaim]) {
        self.analysis = analysis
        var located: [(NumericClaim, Int, Int)] = []
        for claim in claims {
            guard let first = analysis.tokens.firstIndex(where: { $0.start >= claim.start }) else { continue }
            let end = analysis.tokens.firstIndex(where: { $0.start >= claim.end }) ?? analysis.tokens.count
            located.append((claim, first, max(first + 1, end)))
        }
        self.claims = located.map { (claim: $0.0, first: $0.1, end: $0.2) }
        for (claim, first, end) in located {
            if let value = Arithmetic.operand(claim, first: first, end: end) { operands[first] = value }
        }
    }

    var tokens: [Token] { analysis.tokens }

    mutating func run() -> [Arithmetic.Mismatch] {
        var result: [Arithmetic.Mismatch] = []
        var reported: Set<Int> = []
        for index in tokens.indices where tokens[index].is(.arithmeticResult) || tokens[index].text == "=" {
            if let mismatch = equation(at: index, reported: &reported) { result.append(mismatch) }
        }
        for index in tokens.indices where tokens[index].is(.consequence) {
            if let verb = consequenceVerb(after: index), let mismatch = equation(at: verb, reported: &reported) { result.append(mismatch) }
        }
        result += restatements(reported: &reported)
        result += percentChanges()
        result += ratios()
        return result
    }

    // MARK: Expressions

    /// The verb that states a result in the clause a word of consequence opens, when an amount
    /// follows it: "$0.10 per GB a month, so a 350 GB project *costs* $30", "so for 4 dives the
    /// guide *adds* 5000 baht". What comes after "so" is what the amounts before it give, whatever
    /// the verb; a clause that already has a result word ("so 95 guests come to") is read at it.
    func consequenceVerb(after index: Int) -> Int? {
        var cursor = index + 1
        while cursor < tokens.count, cursor <= index + 8, tokens[cursor].sentence == tokens[index].sentence, !isBoundary(cursor) {
            // A word in -s between its subject and the amount is the clause's verb ("so the client
            // pays $1,369.70"), as is a word the lexicon or the words around call one.
            let beforeAmount = cursor > index + 1 && tokens[cursor].shape == .lower && tokens[cursor - 1].isWord
                && NounPhrases.endsInS(tokens[cursor].lower)
                && !tokens[cursor].is(WordClasses.function) && !tokens[cursor].is(.preposition) && nextOperand(from: cursor + 1) == cursor + 1
            if beforeAmount || NounPhrases.isVerbHere(tokens, cursor) || NounPhrases.isVerbAfterSubject(tokens, cursor) {
                guard cursor > index + 1, !tokens[cursor].is(.auxiliary), nextOperand(from: cursor + 1) != nil else { return nil }
                return cursor
            }
            cursor += 1
        }
        return nil
    }

    /// Whether a token separates expressions (ends a sentence or clause, or is a result word).
    func isBoundary(_ index: Int) -> Bool {
        let token = tokens[index]
        return [".", ";", ":", "!", "?"].contains(token.text) || token.is(.arithmeticResult) || token.is(.versus) || token.text == "→"
    }

    /// The operator at `index` (skipping up to `skip` plain words after it), if any.
    func arithmeticOperator(at index: Int) -> (kind: Character, next: Int)? {
        guard index < tokens.count else { return nil }
        let token = tokens[index]
        var kind: Character?
        if token.is(.arithmeticTimes) || token.lower == "x" && token.spaceBefore { kind = "*" }
        if token.is(.arithmeticPlus), token.text != "+" || token.spaceBefore { kind = "+" }
        guard let kind else { return nil }
        let length = analysis.tokens[index].is(.arithmeticTimes) && index + 1 < tokens.count && tokens[index + 1].lower == "by" ? 2 : 1
        return (kind, index + length)
    }

    /// The operator after an operand, past the words that name it ("10GB memory × 10"): at most
    /// three plain words, no mark, number or boundary between.
    func operatorAfter(_ index: Int, summing: Bool = false) -> (kind: Character, next: Int)? {
        var cursor = index
        while cursor < tokens.count, cursor < index + 4 {
            if let found = arithmeticOperator(at: cursor) { return found }
            // "$1,200 plus $60 GST and $119.70 QST": after a plus, "and" adds the next term too.
            if summing, tokens[cursor].lower == "and" { return ("+", cursor + 1) }
            // Words naming the operand, or the parenthesis that closes its group: "(358 * 1.0) + ...";
            // a comma right before the operator ("$1,200 before tax, plus $60").
            let commaBeforeOperator = tokens[cursor].text == "," && cursor + 1 < tokens.count && arithmeticOperator(at: cursor + 1) != nil
            guard tokens[cursor].isWord || tokens[cursor].text == ")" || commaBeforeOperator, !isBoundary(cursor), operands[cursor] == nil else { return nil }
            cursor += 1
        }
        return nil
    }

    /// The next operand at or after `index`, skipping plain words (at most six, no boundary).
    func nextOperand(from index: Int) -> Int? {
        var cursor = index
        var skipped = 0
        while cursor < tokens.count, skipped <= 6 {
            if operands[cursor] != nil { return cursor }
            if isBoundary(cursor) || arithmeticOperator(at: cursor) != nil || tokens[cursor].text == "," && skipped > 0 { return nil }
            if claims.contains(where: { $0.first == cursor }) { return nil }
            cursor += 1
            skipped += 1
        }
        return nil
    }

    /// A sum of products starting with the operand at `start`; its value and the index after it.
    func sum(from start: Int) -> (Arithmetic.Value, Int)? {
        guard var (total, cursor) = product(from: start) else { return nil }
        var terms = 1
        while let (kind, next) = operatorAfter(cursor, summing: terms > 1), kind == "+", let operandIndex = nextOperand(from: next), let (term, after) = product(from: operandIndex) {
            guard let added = add(total, term) else { return nil }
            total = added
            cursor = after
            terms += 1
        }
        return (total, cursor)
    }

    func product(from start: Int) -> (Arithmetic.Value, Int)? {
        guard var value = operands[start] else { return nil }
        var cursor = value.end
        // "P% of X", "2% on the €100".
        if value.claim?.kind == .percent, cursor < tokens.count, tokens[cursor].is(.arithmeticOf), let other = nextOperand(from: cursor + 1), var factor = operands[other] {
            factor.tolerance += value.tolerance
            value = multiply(value, factor)
            cursor = factor.end
        }
        while let (kind, next) = operatorAfter(cursor), kind == "*", let operandIndex = nextOperand(from: next), let factor = operands[operandIndex] {
            // "A × (B + C)": a parenthesised factor is its whole sum.
            if (next..<operandIndex).contains(where: { tokens[$0].text == "(" }), let (inner, after) = sum(from: operandIndex) {
                var group = inner
                group.end = after
                value = multiply(value, group)
                cursor = after
                continue
            }
            value = multiply(value, factor)
            cursor = factor.end
        }
        return (value, cursor)
    }

    func multiply(_ a: Arithmetic.Value, _ b: Arithmetic.Value) -> Arithmetic.Value {
        var result = a
        result.low = a.low * b.low
        result.high = a.high * b.high
        result.vector = a.vector * b.vector
        result.tolerance = a.tolerance + b.tolerance
        result.end = b.end
        result.operators = a.operators + b.operators + 1
        result.claim = nil
        return result
    }

    /// A + B in one unit; a percentage added to a value adds that share of it ("plus the 50% bonus").
    func add(_ a: Arithmetic.Value, _ b: Arithmetic.Value) -> Arithmetic.Value? {
        var result = a
        result.end = b.end
        result.operators = a.operators + b.operators + 1
        result.tolerance = max(a.tolerance, b.tolerance)
        result.claim = nil
        if a.vector == b.vector, b.claim?.kind != .percent || a.claim?.kind == .percent {
            result.low = a.low + b.low
            result.high = a.high + b.high
            return result
        }
        if b.claim?.kind == .percent, b.vector == .dimensionless {
            result.low = a.low * (1 + b.low)
            result.high = a.high * (1 + b.high)
            return result
        }
        return nil
    }

    // MARK: Equations

    /// The stated result right after a result word (skipping a few plain words) and the
    /// expression that ends before it.
    mutating func equation(at marker: Int, reported: inout Set<Int>) -> Arithmetic.Mismatch? {
        var markerEnd = marker + 1
        while markerEnd < tokens.count, tokens[markerEnd].is(.arithmeticResult) { markerEnd += 1 }
        guard let statedIndex = nextOperand(from: markerEnd), var stated = operands[statedIndex] else { return nil }
        // The longest expression that ends before the marker (within the sentence).
        var best: (Arithmetic.Value, Int)?
        var start = marker - 1
        while start >= 0, !(start < marker - 1 && isBoundary(start)), tokens[start].sentence == tokens[marker].sentence {
            if operands[start] != nil, let (value, end) = sum(from: start), end <= marker + 1, value.end <= marker,
               !(start > 0 && arithmeticOperator(at: start - 1) != nil) {
                let gap = (value.end..<marker).filter { tokens[$0].isWord || tokens[$0].isNumber }.count
                if gap <= 8, value.operators > 0 { best = (value, start) }
            }
            start -= 1
        }
        guard var (computed, computedStart) = best else {
            return joinedByWords(marker: marker, statedIndex: statedIndex, stated: stated, reported: &reported)
        }
        // A variable right after the result ("= N × ...") or an operator after it: not a plain result.
        if arithmeticOperator(at: stated.end) != nil { return nil }
        // "$0.015/GB-hour (50 instances @ 512MB = $5.40/day)": a computation in parentheses right
        // after a rate works out what the rate is applied to.
        if comparable(computed, &stated) == nil, computedStart >= 2, tokens[computedStart - 1].text == "(",
           let rate = claims.last(where: { $0.end == computedStart - 1 }), let factor = operands[rate.first], factor.vector != .dimensionless {
            var applied = multiply(factor, computed)
            applied.first = factor.first
            if comparable(applied, &stated) != nil {
                computed = applied
                computedStart = rate.first
            }
        }
        guard let pair = comparable(computed, &stated) else { return nil }
        let (left, right) = pair
        let tolerance = max(0.005, left.tolerance + right.tolerance)
        guard !(left.low * (1 - tolerance) <= right.high && right.low <= left.high * (1 + tolerance)), right.value != 0 else { return nil }
        // The written operators may take in only part of the sentence ("10 children at $28 each,
        // plus $60 for the room, comes to $340"): a reading of all its amounts that gives the
        // stated result is what the sentence meant.
        var agreement = false, ignored: Set<Int> = []
        _ = joinedByWords(marker: marker, statedIndex: statedIndex, stated: stated, reported: &ignored, agreement: &agreement)
        if agreement { return nil }
        reported.insert(statedIndex)
        let error = abs(left.value - right.value) / abs(right.value)
        return mismatch(from: computed.first, statedIndex: statedIndex, stated: stated, computed: left, compared: right, error: error, inputs: "operands")
    }

    /// The finding of a stated result that the computation from `start` does not give: `left` the
    /// computed value and `right` the stated one in one unit, `inputs` what the message calls the
    /// values it was computed from.
    func mismatch(from start: Int, statedIndex: Int, stated: Arithmetic.Value, computed left: Arithmetic.Value, compared right: Arithmetic.Value,
                  error: Double, inputs: String) -> Arithmetic.Mismatch {
        let expression = analysis.text(of: start..<stated.end)
        let statedText = analysis.text(of: statedIndex..<stated.end)
        let scale = right.value != 0 ? (stated.claim?.low ?? right.value) / right.value : 1
        let computedText = Arithmetic.format(left.value * scale, like: statedText)
        return Arithmetic.Mismatch(expression: expression, stated: statedText, computed: computedText, error: error,
                                   message: "\(expression): the \(inputs) give \(computedText), not \(statedText) (off by \(Arithmetic.percent(error))).",
                                   severity: error > 0.1 ? .error : .warning)
    }

    /// A result stated after amounts that words, not operators, join: "Twelve days at $28 each add
    /// up to $346", "On a $400 hammer price, the 18% premium means you pay $482", "$75 and the $250
    /// deposit come to $350". Two or three amounts before the result word in its sentence make it in
    /// one of the few ways such sentences mean: all of them added or multiplied, two multiplied and
    /// the third added, one divided by the other (a price per item), the difference of two, or an
    /// amount with a percentage of it added, taken off or taken. The result holds when one of those
    /// in its unit gives it; when none does and the nearest is within a quarter of it, that one is
    /// what the sentence meant and the stated result is wrong. (Further off, the sentence meant something else: no finding.)
    mutating func joinedByWords(marker: Int, statedIndex: Int, stated: Arithmetic.Value, reported: inout Set<Int>) -> Arithmetic.Mismatch? {
        var agreement = false
        return joinedByWords(marker: marker, statedIndex: statedIndex, stated: stated, reported: &reported, agreement: &agreement)
    }

    /// ``joinedByWords(marker:statedIndex:stated:reported:)``, saying in `agreement` whether one
    /// of the readings gives the stated result.
    mutating func joinedByWords(marker: Int, statedIndex: Int, stated: Arithmetic.Value, reported: inout Set<Int>, agreement: inout Bool) -> Arithmetic.Mismatch? {
        // Prose joins amounts with words; "=" and "==" between bare numbers are code or a table,
        // whose operators are their own.
        guard tokens[marker].isWord else { return nil }
        let sentence = tokens[marker].sentence
        var inputs = operands.values.filter { tokens[$0.first].sentence == sentence && $0.end <= marker }
        // A number no claim holds and a word follows ("Twelve half days at $28 each", "two of you
        // pay") counts things: an operand too, without a unit. Years are dates, not operands; a
        // number before a name or another number is a row or an item's number ("1 Dean Martin").
        for index in 0..<marker where tokens[index].sentence == sentence {
            guard let value = tokens[index].value, !tokens[index].isYear, index + 1 < tokens.count, tokens[index + 1].shape == .lower,
                  !claims.contains(where: { ($0.first..<$0.end).contains(index) }) else { continue }
            inputs.append(Arithmetic.Value(low: value, high: value, vector: .dimensionless, tolerance: 0, first: index, end: index + 1))
        }
        inputs.sort { $0.first < $1.first }
        guard (2...3).contains(inputs.count), let first = inputs.first, let last = inputs.last,
              !(first.first..<marker).contains(where: { ["=", "==", "<", ">", "[", "{"].contains(tokens[$0].text) }) else { return nil }
        let percents = inputs.filter { $0.claim?.kind == .percent && $0.vector == .dimensionless }
        let amounts = inputs.filter { !($0.claim?.kind == .percent && $0.vector == .dimensionless) }
        func scaled(_ value: Arithmetic.Value, _ factor: Double) -> Arithmetic.Value {
            var result = value
            result.low *= factor
            result.high *= factor
            return result
        }
        // With, less and the share of a percentage; or the product, the sum (``add(_:_:)``: values
        // of one unit), the quotients and the difference of the amounts.
        var candidates: [Arithmetic.Value] = []
        if percents.count == 1, amounts.count == 1, let share = percents.first?.value, let amount = amounts.first {
            candidates += [scaled(amount, 1 + share), scaled(amount, 1 - share), scaled(amount, share)]
        } else if percents.isEmpty {
            candidates.append(inputs.dropFirst().reduce(first) { multiply($0, $1) })
            if let total = inputs.dropFirst().reduce(Optional(first), { sum, input in sum.flatMap { add($0, input) } }) { candidates.append(total) }
            // Three amounts: a count at a price plus a charge ("10 children at $28 each, plus $60
            // for the room"), or a charge plus a count at a price.
            if inputs.count == 3 {
                let middle = inputs[1]
                if let total = add(multiply(first, middle), last) { candidates.append(total) }
                if let total = add(first, multiply(middle, last)) { candidates.append(total) }
            }
            if inputs.count == 2, last.value != 0, first.value != 0 {
                for (a, b) in [(first, last), (last, first)] {
                    var quotient = a
                    quotient.low = a.low / b.low
                    quotient.high = a.high / b.high
                    quotient.vector = a.vector / b.vector
                    quotient.tolerance = a.tolerance + b.tolerance
                    candidates.append(quotient)
                }
                if first.vector == last.vector {
                    var difference = first
                    difference.low = abs(first.low - last.low)
                    difference.high = difference.low
                    candidates.append(difference)
                }
            }
        }
        // The written numbers' rounding, and the result's to its last digit ("$26" for 25.6).
        let written = stated.claim.map { Arithmetic.precision(of: $0.surface) } ?? 0
        var nearest: (left: Arithmetic.Value, right: Arithmetic.Value, error: Double)?
        for candidate in candidates {
            var right = stated
            guard let (left, compared) = comparable(candidate, &right), compared.value != 0 else { continue }
            let tolerance = 0.005 + left.tolerance + compared.tolerance + (written > 0 ? written : 0.5 / max(1, abs(stated.claim?.low ?? compared.value)))
            if left.low * (1 - tolerance) <= compared.high && compared.low <= left.high * (1 + tolerance) {
                agreement = true
                return nil
            }
            let error = abs(left.value - compared.value) / abs(compared.value)
            if error < nearest?.error ?? .infinity { nearest = (left, compared, error) }
        }
        guard let (left, right, error) = nearest, error <= 0.25 else { return nil }
        reported.insert(statedIndex)
        return mismatch(from: first.first, statedIndex: statedIndex, stated: right, computed: left, compared: right, error: error, inputs: "amounts")
    }

    /// The two sides in one unit, or nil when their units do not match. A total beside a
    /// per-period result ("= $56 per month") compares with the amount as written.
    func comparable(_ left: Arithmetic.Value, _ right: inout Arithmetic.Value) -> (Arithmetic.Value, Arithmetic.Value)? {
        if left.vector == right.vector { return (left, right) }
        let seconds = UnitVector(powers: ["s": 1])
        if right.vector * seconds == left.vector, let claim = right.claim, let written = claim.low, claim.low == claim.high {
            var stated = right
            stated.low = written * Units.baseScale(numerator(claim.dimension))
            stated.high = stated.low
            stated.vector = left.vector
            return (left, stated)
        }
        return nil
    }

    func numerator(_ dimension: Dimension) -> Dimension {
        if case .per(let a, _) = dimension { return a }
        return dimension
    }

    // MARK: Restatements

    /// A value restated in another unit of the same dimension must agree: "32 kg, roughly 64 lb",
    /// "$7.50 per user per month, or $80 per user per year", "1 GB (1,024 MB)".
    func restatements(reported: inout Set<Int>) -> [Arithmetic.Mismatch] {
        var result: [Arithmetic.Mismatch] = []
        let ordered = claims.sorted { $0.first < $1.first }
        for (position, a) in ordered.enumerated() where position + 1 < ordered.count {
            let b = ordered[position + 1]
            guard !reported.contains(b.first), a.claim.dimension == b.claim.dimension, a.claim.unit != b.claim.unit,
                  a.claim.role == nil, b.claim.role == nil, a.claim.kind != .count, a.claim.kind != .setting,
                  let va = operands[a.first] ?? bound(a.claim, a.first, a.end), let vb = operands[b.first] ?? bound(b.claim, b.first, b.end),
                  va.value > 0, vb.value > 0 else { continue }
            let between = a.end..<b.first
            // "40 slots of 1200 bytes each (48KB)": a value per item is not what the parenthesis totals.
            if between.contains(where: { tokens[$0].lower == "each" || tokens[$0].lower == "apiece" }) { continue }
            // Joined by a restating word or a result phrase ("which works out to roughly"), or in parentheses.
            // "=" states an equation, which the equation check reads; a restatement is not computed.
            let joiner: (Int) -> Bool = { self.tokens[$0].is(.arithmeticRestate) || self.tokens[$0].is(.arithmeticResult) && self.tokens[$0].text != "=" || self.tokens[$0].text == "(" }
            guard !between.contains(where: { tokens[$0].text == "=" }) else { continue }
            guard between.count <= 6, between.allSatisfy({ [".", ";", ":", "!", "?"].contains(tokens[$0].text) == false && !tokens[$0].is(.versus)
                    && arithmeticOperator(at: $0) == nil && (!tokens[$0].is(.conjunction) || tokens[$0].is(.arithmeticRestate)) }),
                  between.contains(where: joiner) else { continue }
            // Alternatives in one unit family written the same way are not restatements ("2 GB or 5 GB").
            let rough = between.contains { tokens[$0].is(.arithmeticRestate) && tokens[$0].lower != "or" && tokens[$0].lower != "i.e." }
            // "either 2MB or 1GB", "2MB or 1GB": a bare "or" offers alternatives; it restates after a
            // comma ("$7.50 per month, or $80 per year"), with an approximation ("or roughly 64 lb")
            // or inside parentheses.
            let orOnly = between.contains { tokens[$0].lower == "or" } && !rough && !between.contains { tokens[$0].text == "(" || tokens[$0].text == "," }
            if orOnly || (a.first > 0 && tokens[a.first - 1].lower == "either") { continue }
            // Off by more than ten times is no restatement of one value (an exponent lost in the text,
            // "2⁴⁸" written "248", or two different quantities side by side).
            if max(va.value, vb.value) / min(va.value, vb.value) > 10 { continue }
            // An alternative offered with a case of its own after it is another case's value, not
            // the same amount again ("the first 2MiB (or 1'052'672 bytes for headers created with
            // older versions)"); one marked as an approximation restates ("400 seconds, or roughly
            // 12 minutes if nothing else is using the line").
            if !rough, b.end < tokens.count, tokens[b.end].is(.preposition) { continue }
            let tolerance = max(rough ? 0.05 : 0.03, va.tolerance + vb.tolerance)
            let error = abs(va.value - vb.value) / vb.value
            guard error > tolerance else { continue }
            reported.insert(b.first)
            let converted = Arithmetic.format(va.value / vb.value * (b.claim.low ?? vb.value), like: b.claim.surface)
            result.append(Arithmetic.Mismatch(
                expression: analysis.text(of: a.first..<b.end), stated: b.claim.surface, computed: converted, error: error,
                message: "\(a.claim.surface) is \(converted), not \(b.claim.surface) (off by \(Arithmetic.percent(error))).",
                severity: error > 0.1 ? .error : .warning))
        }
        return result
    }

    /// A bound ("more than 32 kg") as a value, for a restatement that converts it.
    func bound(_ claim: NumericClaim, _ first: Int, _ end: Int) -> Arithmetic.Value? {
        guard claim.kind != .vague, let value = claim.normalizedHigh ?? claim.normalizedLow else { return nil }
        let scale = Units.baseScale(claim.dimension)
        return Arithmetic.Value(low: value * scale, high: value * scale, vector: Units.vector(dimension: claim.dimension),
                                tolerance: Arithmetic.precision(of: claim.surface), first: first, end: end, claim: claim)
    }

    // MARK: Changes

    /// A change with a stated percentage: the percent claim the frame names a reduction or an
    /// increase, in the sentence of a before/after pair, must match the pair.
    func percentChanges() -> [Arithmetic.Mismatch] {
        var result: [Arithmetic.Mismatch] = []
        let ordered = claims.sorted { $0.first < $1.first }
        for (position, before) in ordered.enumerated() where before.claim.role == .before {
            guard position + 1 < ordered.count, ordered[position + 1].claim.role == .after else { continue }
            let after = ordered[position + 1]
            guard before.claim.dimension == after.claim.dimension, let a = interval(before.claim), let b = interval(after.claim), a.low > 0 else { continue }
            let sentence = tokens[before.first].sentence
            let candidates = ordered.filter { $0.claim.kind == .percent && tokens[$0.first].sentence == sentence && ($0.claim.metric == "reduction" || $0.claim.metric == "increase" || $0.claim.metric == "discount") }
            guard let stated = candidates.min(by: { abs($0.first - after.end) < abs($1.first - after.end) }), var low = stated.claim.low, var high = stated.claim.high else { continue }
            let decreasing = b.high < a.low, increasing = b.low > a.high
            guard decreasing && stated.claim.metric != "increase" || increasing && stated.claim.metric == "increase" else { continue }
            let rounding = 0.5 * Arithmetic.pow10(-Self.decimals(stated.claim.surface))
            low -= rounding
            high += rounding
            if stated.claim.comparator == .lessOrEqual || stated.claim.comparator == .less { low = 0 }
            if stated.claim.comparator == .greaterOrEqual || stated.claim.comparator == .greater { high = .infinity }
            if stated.claim.comparator == .approximately { low *= 0.9; high *= 1.1 }
            let changeLow = decreasing ? (1 - b.high / a.low) * 100 : (b.low / a.high - 1) * 100
            let changeHigh = decreasing ? (1 - b.low / a.high) * 100 : (b.high / a.low - 1) * 100
            let gap = max(low - changeHigh, changeLow - high)
            guard gap > 0.5 else { continue }
            let show = { (value: Double) in Arithmetic.plain((value * 10).rounded() / 10) }
            let computed = show(changeLow) == show(changeHigh) ? show(changeLow) + "%" : show(changeLow) + "-" + show(changeHigh) + "%"
            let expression = before.claim.surface + " → " + after.claim.surface
            result.append(Arithmetic.Mismatch(
                expression: "\(expression) (\(stated.claim.surface))", stated: stated.claim.surface, computed: computed, error: gap / 100,
                message: "\(expression) is a change of \(computed), not \(stated.claim.surface).",
                severity: gap >= 5 ? .error : gap >= 1 ? .warning : .note))
        }
        return result
    }

    /// A value's interval widened by its rounding (nil for open bounds).
    func interval(_ claim: NumericClaim) -> (low: Double, high: Double)? {
        guard let low = claim.normalizedLow, let high = claim.normalizedHigh, claim.kind != .vague else { return nil }
        switch claim.comparator {
        case .equal, .approximately:
            let widen = claim.comparator == .approximately ? 0.1 : Arithmetic.precision(of: claim.surface)
            return (low * (1 - widen), high * (1 + widen))
        case .less, .lessOrEqual: return (0, high)
        case .greater, .greaterOrEqual: return nil
        }
    }

    static func decimals(_ surface: String) -> Int {
        guard let dot = surface.firstIndex(of: ".") else { return 0 }
        return surface[surface.index(after: dot)...].prefix(while: \.isNumber).count
    }

    // MARK: Ratios

    /// "Nx cheaper" after "A vs B": the ratio of A and B must be about N.
    func ratios() -> [Arithmetic.Mismatch] {
        var result: [Arithmetic.Mismatch] = []
        let ordered = claims.sorted { $0.first < $1.first }
        for ratio in ordered where ratio.claim.kind == .ratio && ratio.claim.normalizedUnit == "x" {
            guard let stated = ratio.claim.low, ratio.claim.low == ratio.claim.high,
                  let versus = (0..<ratio.first).last(where: { tokens[$0].is(.versus) }), tokens[versus].sentence == tokens[ratio.first].sentence else { continue }
            guard let a = ordered.last(where: { $0.end <= versus && versus - $0.end <= 2 }), let va = operands[a.first] else { continue }
            guard let b = ordered.last(where: { $0.first > versus && $0.end <= ratio.first && operands[$0.first]?.vector == va.vector }),
                  let vb = operands[b.first], va.vector != .dimensionless, va.value > 0, vb.value > 0 else { continue }
            let computed = max(va.value, vb.value) / min(va.value, vb.value)
            let rounding = 0.5 * Arithmetic.pow10(-Self.decimals(ratio.claim.surface))
            var low = stated - rounding, high = stated + rounding
            if ratio.claim.comparator == .lessOrEqual || ratio.claim.comparator == .less { low = 0 }
            if ratio.claim.comparator == .approximately { low *= 0.85; high *= 1.15 }
            let tolerance = 0.03 + va.tolerance + vb.tolerance
            guard computed * (1 + tolerance) < low || computed * (1 - tolerance) > high else { continue }
            let error = abs(computed - stated) / stated
            let shown = Arithmetic.plain((computed * 100).rounded() / 100)
            result.append(Arithmetic.Mismatch(
                expression: "\(a.claim.surface) vs \(b.claim.surface) (\(ratio.claim.surface))", stated: ratio.claim.surface,
                computed: shown + "x", error: error,
                message: "\(a.claim.surface) vs \(b.claim.surface) is a ratio of \(shown)x, not \(ratio.claim.surface).",
                severity: error > 0.25 ? .error : .warning))
        }
        return result
    }
}

/// The arithmetic check of one text, for tools that show what it finds (messages only).
public enum ArithmeticProbe {
    public static func mismatches(_ text: String, _ claims: [NumericClaim]) -> [String] {
        Arithmetic.mismatches(in: text, claims: claims).map(\.message)
    }
}
