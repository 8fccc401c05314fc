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
    /// One word (or phrase) of a query and the FTS5 expressions any of which match it.
    public struct Term: Sendable, Hashable {
        /// The word as typed, lowercased (a phrase's words joined by spaces).
        public var word: String
        /// FTS5 expressions, ORed: the word itself, its synonyms, "512 MB" for "512MB".
        public var alternatives: [String]
        /// The synonyms among the alternatives (for `--explain`).
        public var synonyms: [String] = []
        /// A word that carries no meaning of its own in a query ("how", "do", "the", "in").
        public var isStop = false
        public var isTechnical = false
        public var isPhrase = false
        /// Whether the word is matched as a prefix too (the query's last word).
        public var isPrefix = false

        /// A plain word of letters that typo correction may replace.
        public var isCorrectable: Bool {
            !isTechnical && !isPhrase && word.count >= 3 && word.unicodeScalars.allSatisfy { $0.properties.isAlphabetic }
        }

        /// The term matched as a whole word only: its prefix alternatives without their `*`.
        public var wholeWord: Term {
            var term = self
            term.alternatives = alternatives.map { $0.hasSuffix("*") ? String($0.dropLast()) : $0 }
            term.isPrefix = false
            return term
        }

        /// The term as one FTS5 expression.
        public var expression: String {
            alternatives.count == 1 ? alternatives[0] : "(" + alternatives.joined(separator: " OR ") + ")"
        }
    }

    /// The text the user typed.
    public var text: String
    /// The FTS5 MATCH expression: every term ANDed.
    public var matchExpression: String
    /// Spellings of the technical words, for highlighting them in results.
    public var technicalSpellings: Set<String>
    /// Whether `matchExpression` is the user's own FTS5 syntax (`--raw`).
    public var isRaw: Bool
    /// The query's terms, in order (empty for a raw query).
    public var terms: [Term] = []

    /// The terms that carry meaning: all but stop words, or all of them when every word is one.
    public var contentTerms: [Term] {
        let content = terms.filter { !$0.isStop }
        return content.isEmpty ? terms : content
    }

    /// Terms joined by `joiner` ("AND" or "OR") as one FTS5 expression.
    public static func expression(_ terms: [Term], joiner: String) -> String {
        terms.map(\.expression).joined(separator: " \(joiner) ")
    }

    /// Passes FTS5 syntax through unchanged; SQLite reports syntax errors.
    public static func raw(_ text: String) -> SearchQuery {
        SearchQuery(text: text, matchExpression: text, technicalSpellings: [], isRaw: true)
    }

    /// The query as terms: stop words marked from the lexicon's function-word classes, and each
    /// plain word's synonyms (the lexicon's `synonyms` groups, extended by `kb-lexicon.json`)
    /// added as alternatives.
    /// Word classes whose words are stop words in a query: they say how a question is put, not
    /// what it is about. (Discourse words are not: typed into a query, "updated", "note" or
    /// "warning" mean what they say.)
    public static let stopClasses: WordClasses = [.determiner, .pronoun, .preposition, .auxiliary, .conjunction, .subordinator, .question]

    public static func parse(_ text: String, lexicon: Lexicon) throws(SearchQueryError) -> SearchQuery {
        var query = try parse(text)
        var synonymsOf: [String: [String]] = [:]
        for group in lexicon.synonymGroups {
            for word in group { synonymsOf[word, default: []].append(contentsOf: group.filter { $0 != word }) }
        }
        for index in query.terms.indices where !query.terms[index].isTechnical && !query.terms[index].isPhrase {
            let word = query.terms[index].word
            query.terms[index].isStop = !lexicon.classes(of: word).isDisjoint(with: stopClasses)
            for synonym in synonymsOf[word] ?? [] where !query.terms[index].synonyms.contains(synonym) {
                query.terms[index].synonyms.append(synonym)
                query.terms[index].alternatives.append(quote(synonym) + (query.terms[index].isPrefix && !synonym.contains(" ") ? "*" : ""))
            }
        }
        return query
    }

    public static func parse(_ text: String) throws(SearchQueryError) -> SearchQuery {
        var groups: [String] = []
        var terms: [Term] = []
        var spellings = Set<String>()
        let segments = quotedSegments(text)
        for (segmentIndex, segment) in segments.enumerated() {
            let tokens = SearchTerms.tokens(in: segment.isPhrase ? segment.text : Contractions.droppingPossessives(segment.text))
            let isLastSegment = segmentIndex == segments.count - 1
            if segment.isPhrase {
                let parts = tokens.flatMap(\.parts)
                if !parts.isEmpty {
                    groups.append(quote(parts.joined(separator: " ")))
                    terms.append(Term(word: parts.joined(separator: " "), alternatives: [quote(parts.joined(separator: " "))], isPhrase: true))
                }
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
                    // A hyphenated compound's joined form ("re-use": "reuse") is a word of the text too.
                    if let joined = token.spellings.dropFirst().first(where: { $0 == token.parts.joined() }) {
                        alternatives.append(quote(joined) + prefix)
                    }
                    groups.append(alternatives.count == 1 ? alternatives[0] : "(" + alternatives.joined(separator: " OR ") + ")")
                    terms.append(Term(word: token.raw.lowercased(), alternatives: alternatives, isTechnical: true, isPrefix: !prefix.isEmpty))
                } else if let word = token.parts.first {
                    var alternatives = [quote(word) + prefix]
                    // "512MB" also finds "512 MB".
                    if let split = numberUnitSplit(word) {
                        alternatives.append(quote(split.0 + " " + split.1) + prefix)
                    }
                    groups.append(alternatives.count == 1 ? alternatives[0] : "(" + alternatives.joined(separator: " OR ") + ")")
                    terms.append(Term(word: word, alternatives: alternatives, isPrefix: !prefix.isEmpty))
                }
            }
        }
        guard !groups.isEmpty else { throw .noSearchableWords(query: text) }
        return SearchQuery(text: text, matchExpression: groups.joined(separator: " AND "),
                           technicalSpellings: spellings, isRaw: false, terms: terms)
    }

    /// An FTS5 string literal.
    public static func quote(_ text: String) -> String {
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
