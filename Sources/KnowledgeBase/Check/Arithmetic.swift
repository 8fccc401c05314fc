import KBModel
import KBText
/// Computations stated inside one fact, read from its text and claims: products and sums with an
/// equals sign (`1000 × 4s × 10GB × $0.0001667/GB-s = $6.67`, `$8.33 + $2.50 = $10.83`), a
/// computation in parentheses after the rate it uses (`$0.015/GB-hour (50 instances @ 512MB =
/// $5.40/day)`), before/after pairs with a stated percentage (`2.5 s → 0.7 s (71.7% reduction)`)
/// and stated ratios (`$10.05 vs $750 (75x cheaper)`).
///
/// Only fully numeric expressions are evaluated: a word inside an expression (`N × S × $0.000025`)
/// stops it. Units are carried through (MB to GB, seconds to hours; a total beside a per-month
/// result is read as per month).
enum Arithmetic {
    /// A number with its unit in base units (bytes, seconds, one currency unit).
    struct Operand: Sendable {
        var low: Double
        var high: Double
        var vector: UnitVector
        /// The relative uncertainty its writing allows (rounding, "~").
        var tolerance: Double
        var start: Int
        var end: Int
        /// The claim behind it, when the scanner made one (bare numbers have none).
        var claim: NumericClaim?

        var value: Double { (low + high) / 2 }
        var isExact: Bool { low == high }
    }

    enum Token: Sendable {
        case quantity(Operand)
        case times, plus, equals, open, close, arrow, versus, boundary
        case word(String)
    }

    /// A token and where it sits in the fact (Unicode scalar offsets).
    struct Located: Sendable {
        var token: Token
        var start: Int
        var end: Int
    }

    /// A stated computation that does not hold.
    struct Mismatch: Sendable {
        var expression: String
        var stated: String
        var computed: String
        /// How far off, relative to the stated value (0.67 = 67%), or in percentage points for percentages.
        var error: Double
        var message: String
        var severity: Finding.Severity
        var claim: NumericClaim?
    }

    static func tokens(_ text: [Unicode.Scalar], claims: [NumericClaim]) -> [Located] {
        var result: [Located] = []
        let sorted = claims.sorted { $0.start < $1.start }
        var claimIndex = 0
        var index = 0
        while index < text.count {
            while claimIndex < sorted.count, sorted[claimIndex].start < index { claimIndex += 1 }
            if claimIndex < sorted.count, sorted[claimIndex].start == index {
                let claim = sorted[claimIndex]
                let token: Token = operand(claim, text: text).map { .quantity($0) } ?? .word(claim.surface)
                result.append(Located(token: token, start: claim.start, end: claim.end))
                index = max(claim.end, index + 1)
                continue
            }
            let scalar = text[index]
            func emit(_ token: Token) { result.append(Located(token: token, start: index, end: index + 1)) }
            switch scalar {
            case "×", "*", "@": emit(.times)
            case "+" where (index + 1 >= text.count || text[index + 1] == " ") && index > 0 && text[index - 1] == " ":
                emit(.plus)
            case "=": emit(.equals)
            case "(": emit(.open)
            case ")": emit(.close)
            case "→": emit(.arrow)
            case ",", ";", ":", "≈", "≤", "≥", "<", ">", "~", "-", "–", "—", "/":
                emit(.boundary)
            case ".", "!", "?":
                if index + 1 >= text.count || text[index + 1] == " " { emit(.boundary) }
            case " ", "\t", "\n":
                break
            default:
                if scalar.isASCIIDigit {
                    var end = index
                    let number = bareNumber(text, from: index, end: &end)
                    let token: Token = number.map { .quantity($0) } ?? .word(String(String.UnicodeScalarView(text[index..<end])))
                    result.append(Located(token: token, start: index, end: end))
                    index = end
                    continue
                }
                var end = index
                while end < text.count, !" \t\n(),;:=×*@→".unicodeScalars.contains(text[end]) { end += 1 }
                let word = String(String.UnicodeScalarView(text[index..<max(end, index + 1)]))
                let lowered = word.lowercased()
                let token: Token = switch lowered {
                case "x", "times": .times
                case "vs", "vs.", "versus": .versus
                case "->": .arrow
                default: .word(word)
                }
                result.append(Located(token: token, start: index, end: max(end, index + 1)))
                index = max(end, index + 1)
                continue
            }
            index += 1
        }
        return result
    }

    /// A claim as an operand in base units, or nil when it has no definite value.
    static func operand(_ claim: NumericClaim, text: [Unicode.Scalar]) -> Operand? {
        guard let low = claim.normalizedLow, let high = claim.normalizedHigh, claim.kind != .vague,
              claim.comparator == .equal || claim.comparator == .approximately else { return nil }
        let (vector, scale) = UnitVector.parse(claim.normalizedUnit)
        var tolerance = precision(of: claim.surface)
        if claim.comparator == .approximately { tolerance = max(tolerance, 0.15) }
        return Operand(low: low * scale, high: high * scale, vector: vector, tolerance: tolerance, start: claim.start,
                       end: claim.end, claim: claim)
    }

    /// The relative rounding a written number allows: "5.40" ±0.1%, "6.67" ±0.08%, "2.5K" ±2%.
    /// A whole number is exact ("6 rides", "1000 ×") unless a magnitude word scales it ("2M").
    static func precision(of surface: String) -> Double {
        var digits = ""
        var started = false
        var rest = Substring(surface)
        for character in surface {
            rest = rest.dropFirst()
            if character.isNumber { digits.append(character); started = true }
            else if character == ".", started { digits.append(character) }
            else if character == ",", started { continue }
            else if started { rest = Substring(String(character)) + rest; break }
        }
        guard let value = Double(digits), value > 0 else { return 0 }
        let decimals = digits.split(separator: ".", omittingEmptySubsequences: false).dropFirst().first?.count ?? 0
        let scaled = rest.first.map { "KkMB".contains($0) } == true || rest.lowercased().hasPrefix(" million")
            || rest.lowercased().hasPrefix(" billion") || rest.lowercased().hasPrefix(" thousand")
        guard decimals > 0 || scaled else { return 0 }
        var unit = 1.0
        for _ in 0..<decimals { unit /= 10 }
        return unit / 2 / value
    }

    /// A number without unit: "1000", "1,000", "2.5", "100K", "1M".
    static func bareNumber(_ text: [Unicode.Scalar], from start: Int, end: inout Int) -> Operand? {
        var index = start
        var digits = ""
        while index < text.count {
            let scalar = text[index]
            if scalar.isASCIIDigit {
                digits.unicodeScalars.append(scalar)
            } else if scalar == ",", index + 3 < text.count, (1...3).allSatisfy({ text[index + $0].isASCIIDigit }),
                      index + 4 >= text.count || !text[index + 4].isASCIIDigit {
                // thousands separator
            } else if scalar == ".", index + 1 < text.count, text[index + 1].isASCIIDigit {
                digits.append(".")
            } else {
                break
            }
            index += 1
        }
        var multiplier = 1.0
        if index < text.count, let suffix = ["K": 1e3, "k": 1e3, "M": 1e6, "B": 1e9][Character(text[index])],
           index + 1 >= text.count || !text[index + 1].properties.isAlphabetic {
            multiplier = suffix
            index += 1
        }
        end = index
        // A number glued to letters ("4s" the scanner did not take, "v2") is no bare number.
        if index < text.count, text[index].properties.isAlphabetic { 
            while end < text.count, !" \t\n(),;:".unicodeScalars.contains(text[end]) { end += 1 }
            return nil
        }
        guard let value = Double(digits) else { return nil }
        let tolerance = precision(of: digits)
        return Operand(low: value * multiplier, high: value * multiplier, vector: .dimensionless,
                       tolerance: multiplier == 1 ? tolerance : max(tolerance, 0.005), start: start, end: index, claim: nil)
    }
}
