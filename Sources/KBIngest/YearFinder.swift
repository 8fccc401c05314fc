import KBModel
import KBText
/// Finds a year that qualifies a statement: "(2025)", "(2024 research)", "in 2023", "(2022+)".
///
/// A four-digit number from 1990 to 2039 counts as a year only when it stands alone and sits right
/// after an opening parenthesis, a month name or "in / since / until / by / of", right before a
/// closing parenthesis, or between "the" and a name ("the 2025 FrostLine F6"), so that "2048MB" or "2000 requests" are not years.
///
/// For example:
///
/// ```swift
/// YearFinder.year(in: "AWS Lambda SnapStart (2025) supports:")  // 2025
/// YearFinder.year(in: "2000 requests per second")                // nil
/// ```
public enum YearFinder {
    static let leadWords: Set<String> = [
        "in", "since", "until", "by", "of", "from", "as", "january", "february", "march", "april", "may",
        "june", "july", "august", "september", "october", "november", "december",
    ]

    public static func year(in text: String) -> Int? {
        let scalars = Array(text.unicodeScalars)
        func isDigit(_ index: Int) -> Bool {
            index >= 0 && index < scalars.count && ("0"..."9").contains(scalars[index])
        }
        func isWordScalar(_ index: Int) -> Bool {
            index >= 0 && index < scalars.count && (scalars[index].properties.isAlphabetic || isDigit(index))
        }
        var index = 0
        while index + 4 <= scalars.count {
            defer { index += 1 }
            guard (0..<4).allSatisfy({ isDigit(index + $0) }), !isWordScalar(index - 1),
                  !isWordScalar(index + 4), !(index > 0 && scalars[index - 1] == "."),
                  !(index + 4 < scalars.count && scalars[index + 4] == "." && isDigit(index + 5)) else { continue }
            let value = (0..<4).reduce(0) { $0 * 10 + Int(scalars[index + $1].value - 48) }
            guard (1990...2039).contains(value) else { continue }
            let before = index > 0 ? scalars[index - 1] : " "
            var after = index + 4
            while after < scalars.count, scalars[after] == "+" { after += 1 }
            if before == "(" || (after < scalars.count && scalars[after] == ")") { return value }
            var wordEnd = index - 1
            while wordEnd >= 0, scalars[wordEnd] == " " { wordEnd -= 1 }
            var wordStart = wordEnd
            while wordStart > 0, scalars[wordStart - 1].properties.isAlphabetic { wordStart -= 1 }
            if wordEnd >= 0, wordStart <= wordEnd {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[wordStart...wordEnd])
                let word = String(view).lowercased()
                if leadWords.contains(word) { return value }
                // "The 2025 FrostLine F6": a model year before a name.
                if word == "the", after + 1 < scalars.count, scalars[after] == " ", scalars[after + 1].properties.isUppercase {
                    return value
                }
            }
        }
        return nil
    }
}
