/// Spells technical terms as plain words, so SQLite's built-in tokenizers can match them exactly.
///
/// SQLite's `unicode61` tokenizer drops `#`, `.`, `$` and `+`, so `C#` would become `c` and
/// `Node.js` would become `node js`. kb stores, beside each fact, the *spelled* form of every token
/// that carries such a symbol, and searches technical query words against those spellings:
///
/// | written  | spelled          |
/// |----------|------------------|
/// | `C#`     | `csharp`         |
/// | `C++`    | `cplusplus`      |
/// | `Node.js`| `nodedotjs`      |
/// | `.NET`   | `dotnet`         |
/// | `$LATEST`| `dollarlatest`   |
/// | `3.12+`  | `3dot12plus`, `3dot12` |
/// | `0.5ms`  | `0dot5ms`, `0dot5` |
/// | `re-use` | `redashuse`, `reuse` |
///
/// For example:
///
/// ```swift
/// SearchTerms.tokens(in: "Node.js 20 and C# on .NET 8").filter(\.isTechnical).map(\.spellings)
/// // [["nodedotjs"], ["csharp"], ["dotnet"]]
/// ```
///
/// The `terms` column of `facts` holds these spellings, so they can be queried from the sqlite3
/// shell too: `SELECT * FROM facts_fts WHERE facts_fts MATCH 'terms : csharp'`.
public enum SearchTerms {
    /// Symbols that are part of a technical term, and how each is spelled.
    static let spelledSymbols: [Unicode.Scalar: String] = [
        "#": "sharp", "+": "plus", ".": "dot", "$": "dollar", "@": "at", "_": "underscore",
        "-": "dash", "%": "pct", "&": "and",
    ]

    /// One whitespace- or punctuation-delimited token of text.
    public struct Token: Sendable, Hashable {
        /// The token as written, trimmed of sentence punctuation.
        public var raw: String
        /// Its letter-and-digit runs, lowercased: `Node.js` -> `["node", "js"]`.
        public var parts: [String]
        /// Spelled forms (empty for plain words): `Node.js` -> `["nodedotjs"]`.
        public var spellings: [String]
        /// Where `raw` sits in the text, in Unicode scalars.
        public var range: Range<Int>

        public var isTechnical: Bool { !spellings.isEmpty }
    }

    /// The tokens of `text`: runs of letters, digits and term symbols, trimmed of sentence punctuation.
    public static func tokens(in text: String) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [Token] = []
        var index = 0
        while index < scalars.count {
            guard isTokenScalar(scalars[index]) else { index += 1; continue }
            var end = index
            while end < scalars.count, isTokenScalar(scalars[end]) { end += 1 }
            if let token = makeToken(scalars, index, end) { tokens.append(token) }
            index = end
        }
        return tokens
    }

    /// All spellings in `text`, space-separated: the value stored in `facts.terms`.
    public static func spelledTerms(in text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var seen = Set<String>()
        var result: [String] = []
        var index = 0
        while index < scalars.count {
            guard isTokenScalar(scalars[index]) else { index += 1; continue }
            var end = index
            var hasSymbol = false
            while end < scalars.count, isTokenScalar(scalars[end]) {
                if !scalars[end].isWordScalar { hasSymbol = true }
                end += 1
            }
            // Plain words have no spelling: skip them without building a token. So are words whose
            // only marks end them ("word.", "step-"), which the token drops (see ``makeToken``).
            if hasSymbol {
                var kept = end
                while kept > index, trailingMarks.contains(scalars[kept - 1]) { kept -= 1 }
                hasSymbol = scalars[index..<kept].contains { !$0.isWordScalar }
            }
            if hasSymbol, let token = makeToken(scalars, index, end) {
                for spelling in token.spellings where seen.insert(spelling).inserted {
                    result.append(spelling)
                }
            }
            index = end
        }
        return result.joined(separator: " ")
    }

    /// Two space-separated term lists merged, without repeating a term.
    public static func joinTerms(_ first: String, _ second: String) -> String {
        if first.isEmpty { return second }
        if second.isEmpty { return first }
        let seen = Set(first.split(separator: " "))
        let extra = second.split(separator: " ").filter { !seen.contains($0) }
        return extra.isEmpty ? first : first + " " + extra.joined(separator: " ")
    }

    @inline(__always) static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isWordScalar
    }

    @inline(__always) static func isSymbolScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "#", "+", ".", "$", "@", "_", "-", "%", "&": return true
        default: return false
        }
    }

    @inline(__always) static func isTokenScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isWordScalar || isSymbolScalar(scalar)
    }

    /// Marks a term never ends with (``makeToken(_:_:_:)`` drops them).
    static let trailingMarks: Set<Unicode.Scalar> = Set("._-&@$".unicodeScalars)

    static func makeToken(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Token? {
        var lower = start, upper = end
        // Sentence punctuation and dashes at the edges are not part of a term; a leading dot
        // (".NET"), a leading "$" ("$LATEST") and trailing "#"/"+"/"%" ("C#", "C++", "3.12+") are.
        while lower < upper, "._-&@%".unicodeScalars.contains(scalars[lower]),
              !(scalars[lower] == "." && lower + 1 < upper && scalars[lower + 1].isWordScalar && !scalars[lower + 1].isDigitScalar
                && (lower == 0 || !isWordScalar(scalars[lower - 1]))) {
            lower += 1
        }
        while upper > lower, trailingMarks.contains(scalars[upper - 1]) { upper -= 1 }
        guard lower < upper, scalars[lower..<upper].contains(where: isWordScalar) else { return nil }
        let slice = scalars[lower..<upper]
        var parts: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in slice {
            if isWordScalar(scalar) {
                scalar.appendLowercased(to: &current)
            } else if !current.isEmpty {
                parts.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { parts.append(String(current)) }
        var spellings: [String] = []
        if slice.contains(where: { !isWordScalar($0) }) {
            spellings.append(spell(slice))
            // "3.12+" also matches "3.12"; "0.5ms" also matches "0.5".
            var core = slice.endIndex
            while core > slice.startIndex, !isWordScalar(slice[core - 1]) { core -= 1 }
            var numeric = slice.startIndex
            while numeric < core, slice[numeric].isDigitScalar || slice[numeric] == "." || slice[numeric] == "$" {
                numeric += 1
            }
            let coreSpelling = spell(slice[slice.startIndex..<core])
            if core < slice.endIndex, coreSpelling != spellings[0], slice[slice.startIndex..<core].contains(where: { !isWordScalar($0) }) {
                spellings.append(coreSpelling)
            }
            if numeric < core, numeric > slice.startIndex, slice[slice.startIndex..<numeric].contains(where: { !isWordScalar($0) }),
               slice[numeric - 1].isDigitScalar {
                let numberSpelling = spell(slice[slice.startIndex..<numeric])
                if !spellings.contains(numberSpelling) { spellings.append(numberSpelling) }
            }
            // A compound of words joined by hyphens is also written as one word ("re-use" and
            // "reuse", "e-mail" and "email", "Wi-Fi" and "WiFi"): its joined form is a spelling too.
            if parts.count >= 2, slice.allSatisfy({ $0 == "-" || isWordScalar($0) && !$0.isDigitScalar }) {
                let joined = parts.joined()
                if !spellings.contains(joined) { spellings.append(joined) }
            }
        }
        var raw = String.UnicodeScalarView()
        raw.append(contentsOf: slice)
        return Token(raw: String(raw), parts: parts, spellings: spellings, range: lower..<upper)
    }

    static func spell(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var result = ""
        for scalar in scalars {
            if let word = spelledSymbols[scalar] {
                result += word
            } else {
                scalar.appendLowercased(to: &result.unicodeScalars)
            }
        }
        return result
    }
}
