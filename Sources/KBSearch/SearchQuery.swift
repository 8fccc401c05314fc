import KBModel
import KBText
/// Errors in a search query, before it reaches SQLite.
public enum SearchQueryError: Error, Equatable, CustomStringConvertible {
    /// The query has no letters or digits to search for (for example `*` or `-`).
    case noSearchableWords(query: String)

    public var description: String {
        switch self {
        case .noSearchableWords(let query):
            return "query \"\(query)\" has no letters or digits to search for"
        }
    }
}

/// A user's query turned into a safe FTS5 MATCH expression.
///
/// Any text a person types is accepted: every word is quoted, so FTS5 operators typed as words
/// (`AND`, `OR`, `NOT`, `NEAR`), stray quotes, `*`, `-`, `:` and brackets are never syntax.
/// Plain words are ANDed; the last word also matches as a prefix; English stemming applies.
/// Technical words (`C#`, `Node.js`, `.NET`, `3.12`, `$LATEST`) match their exact spelling (see
/// ``SearchTerms``), or their letter-and-digit parts as a phrase when there are several.
/// Text in balanced double quotes is a phrase.
///
/// For example:
///
/// ```swift
/// try SearchQuery.parse("SnapStart runtimes").matchExpression  // "snapstart" AND "runtimes"*
/// try SearchQuery.parse("C#").matchExpression                  // "csharp"*
/// try SearchQuery.parse("Node.js 20").matchExpression          // ("nodedotjs" OR "node js") AND "20"*
/// ```
public struct SearchQuery: Sendable, Hashable {
    /// The text the user typed.
    public var text: String
    /// The FTS5 MATCH expression.
    public var matchExpression: String
    /// Spellings of the technical words, for highlighting them in results.
    public var technicalSpellings: Set<String>
    /// Whether `matchExpression` is the user's own FTS5 syntax (`--raw`).
    public var isRaw: Bool

    /// Passes FTS5 syntax through unchanged; SQLite reports syntax errors.
    public static func raw(_ text: String) -> SearchQuery {
        SearchQuery(text: text, matchExpression: text, technicalSpellings: [], isRaw: true)
    }

    public static func parse(_ text: String) throws(SearchQueryError) -> SearchQuery {
        var groups: [String] = []
        var spellings = Set<String>()
        let segments = quotedSegments(text)
        for (segmentIndex, segment) in segments.enumerated() {
            let tokens = SearchTerms.tokens(in: segment.text)
            let isLastSegment = segmentIndex == segments.count - 1
            if segment.isPhrase {
                let parts = tokens.flatMap(\.parts)
                if !parts.isEmpty { groups.append(quote(parts.joined(separator: " "))) }
                continue
            }
            for (tokenIndex, token) in tokens.enumerated() {
                let prefix = isLastSegment && tokenIndex == tokens.count - 1 ? "*" : ""
                if token.isTechnical, let spelling = token.spellings.first {
                    spellings.formUnion(token.spellings)
                    var alternatives = [quote(spelling) + prefix]
                    if token.parts.count >= 2 {
                        alternatives.append(quote(token.parts.joined(separator: " ")) + prefix)
                    }
                    groups.append(alternatives.count == 1 ? alternatives[0] : "(" + alternatives.joined(separator: " OR ") + ")")
                } else if let word = token.parts.first {
                    var alternatives = [quote(word) + prefix]
                    // "512MB" also finds "512 MB".
                    if let split = numberUnitSplit(word) {
                        alternatives.append(quote(split.0 + " " + split.1) + prefix)
                    }
                    groups.append(alternatives.count == 1 ? alternatives[0] : "(" + alternatives.joined(separator: " OR ") + ")")
                }
            }
        }
        guard !groups.isEmpty else { throw .noSearchableWords(query: text) }
        return SearchQuery(text: text, matchExpression: groups.joined(separator: " AND "),
                           technicalSpellings: spellings, isRaw: false)
    }

    /// An FTS5 string literal.
    static func quote(_ text: String) -> String {
        "\"" + text.replacingAll("\"", with: "\"\"") + "\""
    }

    /// "512mb" -> ("512", "mb"); nil unless the word is digits followed by letters.
    static func numberUnitSplit(_ word: String) -> (String, String)? {
        let digits = word.prefix(while: { $0.isASCII && $0.isNumber })
        let rest = word[digits.endIndex...]
        guard !digits.isEmpty, !rest.isEmpty, rest.allSatisfy(\.isLetter) else { return nil }
        return (String(digits), String(rest))
    }

    /// The text cut into phrases (inside balanced double quotes) and free text.
    static func quotedSegments(_ text: String) -> [(text: String, isPhrase: Bool)] {
        let quoteCount = text.filter { $0 == "\"" }.count
        guard quoteCount >= 2 else { return [(text.replacingAll("\"", with: " "), false)] }
        var segments: [(String, Bool)] = []
        var current = ""
        var inPhrase = false
        var remainingQuotes = quoteCount
        for character in text {
            if character == "\"" {
                remainingQuotes -= 1
                // An opening quote with no partner left is just a stray character.
                if !inPhrase && remainingQuotes == 0 { continue }
                if !current.isEmpty { segments.append((current, inPhrase)) }
                current = ""
                inPhrase.toggle()
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { segments.append((current, false)) }
        return segments
    }
}
