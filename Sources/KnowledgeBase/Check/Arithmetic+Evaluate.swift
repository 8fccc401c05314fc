import KBModel
import KBText
import Foundation

extension Arithmetic {
    /// A value computed from operands, with the span of text it came from.
    struct Value {
        var low: Double
        var high: Double
        var vector: UnitVector
        var tolerance: Double
        var start: Int
        var end: Int
        var operators = 0
        /// The currency and the per-period amounts as written, for sums of money where one term is
        /// per month ("$108/month + $1.67 execution = $109.67").
        var currency: String?
        var written: Double?
        /// The claim of a single-operand value.
        var claim: NumericClaim?

        init(_ operand: Operand) {
            low = operand.low
            high = operand.high
            vector = operand.vector
            tolerance = operand.tolerance
            start = operand.start
            end = operand.end
            claim = operand.claim
            if let claim = operand.claim, claim.dimension.hasPrefix("money:"), let written = claim.low, claim.low == claim.high {
                currency = claim.dimension.dropFirst("money:".count).split(separator: "/").first.map(String.init)
                self.written = written
            }
        }

        var value: Double { (low + high) / 2 }
    }

    /// Every stated computation in a fact that does not hold.
    static func mismatches(in text: [Unicode.Scalar], claims: [NumericClaim]) -> [Mismatch] {
        let tokens = tokens(text, claims: claims)
        var result: [Mismatch] = []
        for (index, located) in tokens.enumerated() {
            guard case .equals = located.token else { continue }
            if let mismatch = checkEquation(tokens, equals: index, text: text) { result.append(mismatch) }
        }
        result += percentMismatches(tokens, claims: claims, text: text)
        result += ratioMismatches(tokens, text: text)
        return result
    }

    // MARK: Parsing

    static func parseSum(_ tokens: [Located], _ start: Int) -> (Value, Int)? {
        guard var (sum, index) = parseProduct(tokens, start) else { return nil }
        while index < tokens.count, case .plus = tokens[index].token, let (term, next) = parseProduct(tokens, index + 1) {
            guard let added = add(sum, term) else { return nil }
            sum = added
            index = next
        }
        return (sum, index)
    }

    static func parseProduct(_ tokens: [Located], _ start: Int) -> (Value, Int)? {
        guard var (product, index) = parseFactor(tokens, start) else { return nil }
        while index < tokens.count, case .times = tokens[index].token, let (factor, next) = parseFactor(tokens, index + 1) {
            product = multiply(product, factor)
            index = next
        }
        return (product, index)
    }

    /// A quantity, up to two label words ("$250 Lambda", "20 instances") and an aside in
    /// parentheses ("$1 (requests)").
    static func parseFactor(_ tokens: [Located], _ start: Int) -> (Value, Int)? {
        guard start < tokens.count, case let .quantity(operand) = tokens[start].token else { return nil }
        var index = start + 1
        var words = 0
        while index < tokens.count, words < 2, case .word = tokens[index].token { index += 1; words += 1 }
        if index < tokens.count, case .open = tokens[index].token, let close = matchingClose(tokens, index) {
            index = close + 1
        }
        var value = Value(operand)
        value.end = tokens[start].end
        return (value, index)
    }

    static func matchingClose(_ tokens: [Located], _ open: Int) -> Int? {
        var depth = 0
        for index in open..<tokens.count {
            switch tokens[index].token {
            case .open: depth += 1
            case .close:
                depth -= 1
                if depth == 0 { return index }
            default: break
            }
        }
        return nil
    }

    static func multiply(_ a: Value, _ b: Value) -> Value {
        var result = a
        result.low = a.low * b.low
        result.high = a.high * b.high
        result.vector = a.vector * b.vector
        result.tolerance = a.tolerance + b.tolerance
        result.end = b.end
        result.operators = a.operators + b.operators + 1
        result.currency = nil
        result.written = nil
        result.claim = nil
        return result
    }

    static func add(_ a: Value, _ b: Value) -> Value? {
        var result = a
        result.end = b.end
        result.operators = a.operators + b.operators + 1
        result.tolerance = max(a.tolerance, b.tolerance)
        result.claim = nil
        if a.vector == b.vector {
            result.low = a.low + b.low
            result.high = a.high + b.high
            result.written = a.written.flatMap { x in b.written.map { x + $0 } }
            return result
        }
        // Money per month plus money: sum the amounts as written, in one currency.
        guard let currency = a.currency, currency == b.currency, let x = a.written, let y = b.written else { return nil }
        result.written = x + y
        result.low = x + y
        result.high = x + y
        result.vector = UnitVector(powers: ["money:" + currency: 1])
        return result
    }

    /// Whether the token before an expression's start continues it with a variable ("N × S ×").
    static func continuesLeft(_ tokens: [Located], _ start: Int) -> Bool {
        guard start > 0 else { return false }
        switch tokens[start - 1].token {
        case .times, .plus: return true
        case .word:
            guard start > 1 else { return false }
            if case .times = tokens[start - 2].token { return true }
            if case .plus = tokens[start - 2].token { return true }
            return false
        default: return false
        }
    }

    static func continuesRight(_ tokens: [Located], _ end: Int) -> Bool {
        guard end < tokens.count else { return false }
        switch tokens[end].token {
        case .times, .plus: return true
        case .word:
            guard end + 1 < tokens.count else { return false }
            if case .times = tokens[end + 1].token { return true }
            if case .plus = tokens[end + 1].token { return true }
            return false
        default: return false
        }
    }

    // MARK: Equations

    static func checkEquation(_ tokens: [Located], equals: Int, text: [Unicode.Scalar]) -> Mismatch? {
        guard let (rhs, rhsEnd) = parseSum(tokens, equals + 1), !continuesRight(tokens, rhsEnd) else { return nil }
        // The longest left side that ends right at the equals sign.
        var lhs: Value?
        var lhsStart = equals
        var start = equals - 1
        while start >= 0 {
            if case .quantity = tokens[start].token, let (value, end) = parseSum(tokens, start), end == equals {
                lhs = value
                lhsStart = start
            }
            if case .equals = tokens[start].token { break }
            if case .boundary = tokens[start].token { break }
            if case .arrow = tokens[start].token { break }
            if case .versus = tokens[start].token { break }
            start -= 1
        }
        guard var left = lhs, !continuesLeft(tokens, lhsStart) else { return nil }
        let right = rhs
        // Readings of the equation: as written, and with the rate before a parenthesis it opens
        // ("$0.015/GB-hour (50 instances @ 512MB = $5.40/day)", "50-100 instances (20MB each = 1-2GB)").
        var readings: [(Value, Value)] = []
        let single = left.operators == 0 && right.operators == 0
        if !single || (left.vector == right.vector && left.vector != .dimensionless && left.claim != nil && right.claim != nil),
           let pair = comparable(left, right) {
            readings.append(pair)
        }
        if lhsStart >= 2, case .open = tokens[lhsStart - 1].token, case let .quantity(rate) = tokens[lhsStart - 2].token {
            var withRate = multiply(Value(rate), left)
            withRate.start = rate.start
            if let pair = comparable(withRate, right) {
                // The rate reading explains a parenthesis better than a bare equality.
                if single { readings.insert(pair, at: 0) } else { readings.append(pair) }
                left = withRate
            }
        }
        guard let (computed, stated) = readings.first else { return nil }
        func agrees(_ pair: (Value, Value)) -> Bool {
            let (computed, stated) = pair
            let tolerance = max(0.025, computed.tolerance + stated.tolerance)
            return computed.low * (1 - tolerance) <= stated.high && stated.low <= computed.high * (1 + tolerance)
        }
        guard !readings.contains(where: agrees), stated.value != 0 else { return nil }
        left = computed
        let right2 = stated
        let error = abs(computed.value - right2.value) / abs(right2.value)
        var expression = string(text, left.start, right.end)
        if expression.filter({ $0 == "(" }).count > expression.filter({ $0 == ")" }).count { expression += ")" }
        let statedText = string(text, rhs.start, rhs.end)
        let computedText = format(computed.value / right2.value * (right2.written ?? rhs.claim?.low ?? right2.value), like: statedText)
        let severity: Finding.Severity = error > 0.1 ? .error : .warning
        return Mismatch(expression: expression, stated: statedText, computed: computedText, error: error,
                        message: "\(expression): the operands give \(computedText), not \(statedText) (off by \(percent(error))).",
                        severity: severity, claim: rhs.claim)
    }

    /// The two sides in one unit, or nil when their units do not match. A total beside a
    /// per-period result ("= $750/month") compares with the amount as written.
    static func comparable(_ left: Value, _ right: Value) -> (Value, Value)? {
        if left.vector == right.vector { return (left, right) }
        if right.vector == left.vector / .seconds, let written = right.written, left.vector.isMoney {
            var stated = right
            stated.low = written
            stated.high = written
            stated.vector = left.vector
            return (left, stated)
        }
        // A per-period result in another unit ("45 W × 24 h = 1.8 kWh per day"): its amount as written.
        if right.vector == left.vector / .seconds, let claim = right.claim, let written = claim.low, claim.low == claim.high {
            let numerator = claim.unit.components(separatedBy: "/").first?.components(separatedBy: " per ").first ?? ""
            let (vector, scale) = UnitVector.parse(numerator.trimmingCharacters(in: " "))
            if vector == left.vector {
                var stated = right
                stated.low = written * scale
                stated.high = written * scale
                stated.vector = vector
                return (left, stated)
            }
        }
        if left.vector == right.vector / .seconds, let written = right.written, right.currency != nil, left.written != nil {
            // A per-period sum on the left and a per-period result: compare as written.
            var computed = left
            computed.low = left.written ?? left.low
            computed.high = computed.low
            var stated = right
            stated.low = written
            stated.high = written
            computed.vector = stated.vector
            return (computed, stated)
        }
        return nil
    }

    // MARK: Before/after with a percentage

    static let decreaseWords = ["reduction", "reduce", "reduces", "reduced", "smaller", "less", "lower", "decrease", "cut",
                                "drop", "savings", "saving", "shrink", "shrinks", "faster"]
    static let increaseWords = ["increase", "increases", "more", "growth", "higher", "larger", "bigger", "improvement", "gain"]

    static func percentMismatches(_ tokens: [Located], claims: [NumericClaim], text: [Unicode.Scalar]) -> [Mismatch] {
        let sorted = claims.sorted { $0.start < $1.start }
        var result: [Mismatch] = []
        for (index, before) in sorted.enumerated() where before.role == "before" {
            guard index + 1 < sorted.count, sorted[index + 1].role == "after" else { continue }
            let after = sorted[index + 1]
            guard before.normalizedUnit == after.normalizedUnit, let a = interval(before), let b = interval(after),
                  a.low > 0, b.low >= 0 else { continue }
            // The percentage nearest the pair, in the same sentence, with a word saying which way.
            let candidates = sorted.filter { claim in
                claim.kind == .percent && (claim.end <= before.start || claim.start >= after.end)
                    && distance(claim, before, after) <= 80 && sameSentence(text, claim, before)
            }
            guard let stated = candidates.min(by: { distance($0, before, after) < distance($1, before, after) }) else { continue }
            let context = string(text, max(0, stated.start - 30), min(text.count, stated.end + 30)).lowercased()
            let decreasing = b.high < a.low
            let increasing = b.low > a.high
            let words = decreasing ? decreaseWords : increasing ? increaseWords : []
            guard !words.isEmpty, words.contains(where: { context.contains($0) }),
                  var percentLow = stated.low, var percentHigh = stated.high else { continue }
            let rounding = 0.5 * pow10(-decimals(stated.surface))
            percentLow -= rounding
            percentHigh += rounding
            if stated.comparator == .lessOrEqual || stated.comparator == .less { percentLow = 0 }
            if stated.comparator == .greaterOrEqual || stated.comparator == .greater { percentHigh = .infinity }
            if stated.comparator == .approximately { percentLow *= 0.85; percentHigh *= 1.15 }
            let changeLow = decreasing ? (1 - b.high / a.low) * 100 : (b.low / a.high - 1) * 100
            let changeHigh = decreasing ? (1 - b.low / a.high) * 100 : (b.high / a.low - 1) * 100
            let gap = max(percentLow - changeHigh, changeLow - percentHigh)
            guard gap > 0.25 else { continue }
            let computed = changeLow.rounded(toPlaces: 1) == changeHigh.rounded(toPlaces: 1)
                ? "\(changeLow.rounded(toPlaces: 1))%" : "\(changeLow.rounded(toPlaces: 1))-\(changeHigh.rounded(toPlaces: 1))%"
            let expression = before.surface + " → " + after.surface
            let severity: Finding.Severity = gap >= 5 ? .error : gap >= 1 ? .warning : .note
            result.append(Mismatch(
                expression: "\(expression) (\(stated.surface))", stated: stated.surface, computed: computed, error: gap / 100,
                message: "\(expression) is a change of \(computed), outside the stated \(stated.surface).",
                severity: severity, claim: after))
        }
        return result
    }

    /// A claim's normalised interval widened by its written rounding, or nil for open bounds.
    static func interval(_ claim: NumericClaim) -> (low: Double, high: Double)? {
        guard let low = claim.normalizedLow, let high = claim.normalizedHigh, claim.kind != .vague else { return nil }
        switch claim.comparator {
        case .equal, .approximately:
            let widen = claim.comparator == .approximately ? 0.15 : precision(of: claim.surface)
            return (low * (1 - widen), high * (1 + widen))
        case .less, .lessOrEqual:
            return (0, high)
        case .greater, .greaterOrEqual:
            return nil
        }
    }

    static func distance(_ claim: NumericClaim, _ before: NumericClaim, _ after: NumericClaim) -> Int {
        claim.end <= before.start ? before.start - claim.end : claim.start - after.end
    }

    static func sameSentence(_ text: [Unicode.Scalar], _ a: NumericClaim, _ b: NumericClaim) -> Bool {
        let lower = min(a.end, b.end), upper = max(a.start, b.start)
        guard lower < upper else { return true }
        for index in lower..<upper where text[index] == "." && index + 1 < text.count && text[index + 1] == " " {
            return false
        }
        return true
    }

    // MARK: Stated ratios

    /// "Nx cheaper" after "A vs B": the ratio of A and B must be about N.
    static func ratioMismatches(_ tokens: [Located], text: [Unicode.Scalar]) -> [Mismatch] {
        var result: [Mismatch] = []
        for (index, located) in tokens.enumerated() {
            guard case let .quantity(ratio) = located.token, let claim = ratio.claim, claim.kind == .ratio,
                  claim.normalizedUnit == "x", let stated = claim.low, claim.low == claim.high else { continue }
            // The nearest "vs" before, in the same sentence.
            var cursor = index - 1
            var versus: Int?
            while cursor >= 0 {
                if case .versus = tokens[cursor].token { versus = cursor; break }
                if case .boundary = tokens[cursor].token, text[tokens[cursor].start] == "." { break }
                cursor -= 1
            }
            guard let versus else { continue }
            // A: the last quantity before "vs" (the result of an expression ends there); B: the last
            // quantity between "vs" and the ratio with A's unit.
            guard let aIndex = (0..<versus).last(where: { if case .quantity = tokens[$0].token { return true }; return false }),
                  case let .quantity(a) = tokens[aIndex].token, versus - aIndex <= 3 else { continue }
            let bCandidates = ((versus + 1)..<index).filter { position in
                if case let .quantity(b) = tokens[position].token { return b.vector == a.vector && b.vector != .dimensionless }
                return false
            }
            guard let bIndex = bCandidates.last, case let .quantity(b) = tokens[bIndex].token, a.isExact, b.isExact,
                  a.value > 0, b.value > 0 else { continue }
            let computed = max(a.value, b.value) / min(a.value, b.value)
            let rounding = 0.5 * pow10(-decimals(claim.surface))
            var low = stated - rounding
            var high = stated + rounding
            if claim.comparator == .lessOrEqual || claim.comparator == .less { low = 0 }
            if claim.comparator == .approximately { low *= 0.85; high *= 1.15 }
            let tolerance = 0.03 + a.tolerance + b.tolerance
            guard computed * (1 + tolerance) < low || computed * (1 - tolerance) > high else { continue }
            let aText = string(text, a.start, a.end), bText = string(text, b.start, b.end)
            let error = abs(computed - stated) / stated
            result.append(Mismatch(
                expression: "\(aText) vs \(bText) (\(claim.surface))", stated: claim.surface,
                computed: "\(computed.rounded(toPlaces: 2))x", error: error,
                message: "\(aText) vs \(bText) is a ratio of \(computed.rounded(toPlaces: 2))x, not \(claim.surface).",
                severity: error > 0.25 ? .error : .warning, claim: claim))
        }
        return result
    }

    // MARK: Helpers

    static func string(_ text: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        text.string(max(0, start), min(text.count, max(start, end)))
    }

    static func decimals(_ surface: String) -> Int {
        var seenDigit = false
        var decimals = 0
        var afterPoint = false
        for character in surface {
            if character.isNumber {
                seenDigit = true
                if afterPoint { decimals += 1 }
            } else if character == ".", seenDigit, !afterPoint {
                afterPoint = true
            } else if seenDigit, afterPoint || !(character == ",") {
                if character == "-" || character == "–" { afterPoint = false; seenDigit = false; continue }
                break
            }
        }
        return decimals
    }

    static func pow10(_ exponent: Int) -> Double {
        var value = 1.0
        for _ in 0..<abs(exponent) { value *= 10 }
        return exponent < 0 ? 1 / value : value
    }

    static func percent(_ fraction: Double) -> String {
        "\((fraction * 100).rounded(toPlaces: fraction < 0.1 ? 1 : 0).formatted)%"
    }

    /// A computed value written like the stated one: "$9.00/day" beside "$5.40/day".
    static func format(_ value: Double, like stated: String) -> String {
        let places = decimals(stated)
        let number = places == 0 && abs(value) >= 1 ? value.rounded().formatted
            : places > 0 ? String(format: "%.\(places)f", value) : value.rounded(toPlaces: 2).formatted
        // Keep what surrounds the first number in the stated text ("$", "/day").
        let characters = Array(stated)
        guard let first = characters.firstIndex(where: \.isNumber) else { return number }
        var last = first
        while last + 1 < characters.count, characters[last + 1].isNumber || characters[last + 1] == "." || characters[last + 1] == "," {
            last += 1
        }
        return String(characters[..<first]) + number + String(characters[(last + 1)...])
    }
}

extension Double {
    func rounded(toPlaces places: Int) -> Double {
        let factor = Arithmetic.pow10(places)
        return (self * factor).rounded() / factor
    }

    /// The shortest plain decimal form: 9, 9.5, 0.000025.
    var formatted: String {
        if self == rounded(), abs(self) < 1e15 { return String(Int(self)) }
        var text = String(self)
        if text.contains("e") { text = String(format: "%.8f", self) }
        while text.contains("."), text.hasSuffix("0") { text.removeLast() }
        return text
    }
}
