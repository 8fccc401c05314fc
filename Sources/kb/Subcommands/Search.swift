import ArgumentParser
import KBCheck
import KBClaims
import KBExport
import KBIngest
import KBModel
import KBSearch
import KBText
import KnowledgeStore
struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Search facts; any text is safe to type (C#, Node.js, $LATEST, \"unbalanced).",
        discussion: """
            Words are ANDed, the last one also matches as a prefix, and English stemming applies. \
            Exit status: 0 results, 1 none, 2 error.
            """
    )

    @Argument(help: "What to search for.")
    var query: [String]

    @Option(help: "Show at most this many results.")
    var limit = 10

    @Flag(help: "Print results as JSON.")
    var json = false

    @Flag(help: "Pass the query to SQLite FTS5 as written (FTS5 query syntax).")
    var raw = false

    @Flag(help: "Show each result's numeric claims.")
    var claims = false

    @OptionGroup var index: IndexOptions

    func validate() throws {
        if query.joined().allSatisfy(\.isWhitespace) { throw ValidationError("the query is empty") }
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let text = query.joined(separator: " ")
        let parsed: SearchQuery
        do {
            parsed = raw ? SearchQuery.raw(text) : try SearchQuery.parse(text)
        } catch {
            Terminal.error(error.description)
            throw ExitCode(2)
        }
        let hits: [SearchHit]
        var claimsByFact: [Int64: [ClaimHit]] = [:]
        do {
            let store = try index.openForReading()
            hits = try store.search(parsed, limit: limit)
            if claims {
                var filter = ClaimFilter()
                filter.factIDs = hits.map(\.factID)
                claimsByFact = Dictionary(grouping: try store.claims(filter), by: \.factID)
            }
        } catch {
            error.exit()
        }
        if json {
            JSONOutput.print(SearchJSON(query: text, results: hits.map { hit in
                var result = SearchJSON.Result(hit)
                if claims { result.claims = (claimsByFact[hit.factID] ?? []).map(ClaimsJSON.Claim.init) }
                return result
            }))
        } else {
            for (position, hit) in hits.enumerated() {
                if position > 0 { print() }
                print(Self.render(hit))
                for claim in claimsByFact[hit.factID] ?? [] {
                    let value = claim.claim
                    print("      " + Terminal.dim(Terminal.safe("\(value.surface): \(value.subject ?? "?") · \(value.metric ?? "?") \(value.comparator.rawValue) "
                        + "\(Claims.format(value.normalizedHigh ?? value.normalizedLow ?? 0)) \(value.normalizedUnit)")))
                }
            }
        }
        if hits.isEmpty {
            Terminal.error("no facts match \"\(text)\"")
            throw ExitCode(1)
        }
    }

    /// One result as text. Corpus text (paths, topics, questions, facts) goes through
    /// ``Terminal/safe(_:)``: an escape sequence or carriage return in the corpus prints as U+FFFD.
    static func render(_ hit: SearchHit) -> String {
        var header = Terminal.location(Terminal.safe(hit.location.description)) + "  " + Terminal.dim(Terminal.safe(hit.topic))
        let others = hit.occurrences.dropFirst()
        if !others.isEmpty {
            header += Terminal.dim(Terminal.safe("  (also " + others.prefix(3).map(\.description).joined(separator: ", ")
                + (others.count > 3 ? ", …" : "") + ")"))
        }
        let text = HighlightedText(segments: hit.snippet.segments.map { .init(text: Terminal.safe($0.text), isMatch: $0.isMatch) })
        let snippet = Terminal.styled
            ? text.rendered(open: "\u{1B}[1m", close: "\u{1B}[0m")
            : text.rendered(open: "**", close: "**")
        let question = hit.question.map { "\n    " + Terminal.dim("Q: ") + Terminal.safe($0) } ?? ""
        return header + question + "\n    " + snippet
    }
}

/// `kb search --json`.
struct SearchJSON: Encodable {
    struct Location: Encodable {
        var source: String
        var line: Int
        var anchor: String?
    }

    struct Result: Encodable {
        var factID: Int64
        var text: String
        var snippet: String
        var score: Double
        var topic: String
        var answerID: Int64
        var source: String
        var line: Int
        /// `file#id` or `file:line`, as the text output shows it.
        var location: String
        var question: String?
        var occurrences: [Location]
        /// With `--claims`: the fact's numeric claims.
        var claims: [ClaimsJSON.Claim]?

        enum CodingKeys: String, CodingKey {
            case factID = "fact_id", text, snippet, score, topic, answerID = "answer_id", source, line, location, question, occurrences, claims
        }

        init(_ hit: SearchHit) {
            factID = hit.factID
            text = hit.text
            snippet = hit.snippet.rendered(open: "**", close: "**")
            // SQLite's bm25 is lower-is-better; JSON reports higher-is-better.
            score = (-hit.score * 10_000).rounded() / 10_000
            topic = hit.topic
            answerID = hit.answerID
            source = hit.location.path
            line = hit.location.line
            location = hit.location.description
            question = hit.question
            occurrences = hit.occurrences.map { Location(source: $0.path, line: $0.line, anchor: $0.anchor) }
        }
    }

    var query: String
    var results: [Result]
}
