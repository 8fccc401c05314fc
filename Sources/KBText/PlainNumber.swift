/// Numbers written the way a person writes them, without Foundation: no exponent, no trailing
/// zeros.
///
/// For example:
///
/// ```swift
/// PlainNumber.format(9.0)               // "9"
/// PlainNumber.format(0.000025)          // "0.000025"
/// PlainNumber.fixed(5.4, places: 2)     // "5.40"
/// PlainNumber.rounded(2.0 / 3, places: 2)  // 0.67
/// ```
public enum PlainNumber {
    /// The shortest plain decimal form (up to 12 decimals).
    public static func format(_ value: Double) -> String {
        guard value.isFinite else { return String(value) }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        var text = fixed(value, places: 12)
        while text.contains("."), text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// `value` with exactly `places` decimals.
    public static func fixed(_ value: Double, places: Int) -> String {
        guard value.isFinite, abs(value) < 1e15 else { return String(value) }
        if places <= 0 { return String(Int(value.rounded())) }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        // Digits past Int's range would trap: keep the whole part and the decimals apart.
        let magnitude = abs(value)
        var whole = magnitude.rounded(.down)
        var fraction = ((magnitude - whole) * scale).rounded()
        if fraction >= scale {
            whole += 1
            fraction -= scale
        }
        var digits = String(Int(fraction))
        while digits.count < places { digits = "0" + digits }
        return (value < 0 && (whole > 0 || fraction > 0) ? "-" : "") + String(Int(whole)) + "." + digits
    }

    /// `value` rounded to `places` decimals.
    public static func rounded(_ value: Double, places: Int) -> Double {
        var scale = 1.0
        for _ in 0..<max(0, places) { scale *= 10 }
        return (value * scale).rounded() / scale
    }
}

extension String {
    /// The string with whitespace and the characters of `characters` removed from both ends.
    public func trimmingWhitespace(and characters: String = "") -> String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace || characters.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, last.isWhitespace || characters.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
