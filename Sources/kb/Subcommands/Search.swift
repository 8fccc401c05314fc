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
        abstract: "Search answers; any text is safe to type (C#, Node.js, $LATEST, \"unbalanced).",
        discussion: """
            Each result is an answer, shown once with the facts of it that match. The query's words may \
            fall in different sentences of one answer; stop words ("how", "do", "the") are left out; \
            the last word also matches as a prefix; English stemming applies; a word the index does not \
            hold is corrected to the nearest indexed word (--exact turns that off); synonyms from the \
            lexicon count as the word. When no answer holds every word, the answers holding the most are \
            shown and standard error says which words matched nothing. \
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

    @Flag(help: "Rank single facts instead of answers (every word in one fact).")
    var facts = false

    @Flag(help: "Search the words as typed: no typo correction.")
    var exact = false

    @Flag(help: "Show per result which fields matched which words, and the corrections and synonyms used.")
    var explain = false

    @Flag(name: .customLong("no-pager"), help: "Do not pipe the results through a pager ($KB_PAGER, $PAGER or less -FRX) on a terminal.")
    var noPager = false

    @OptionGroup var index: IndexOptions

    func validate() throws {
        if query.joined().allSatisfy(\.isWhitespace) { throw ValidationError("the query is empty") }
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let text = query.joined(separator: " ")
        var parsed: SearchQuery
        do {
            parsed = raw ? SearchQuery.raw(text) : try SearchQuery.parse(text, lexicon: .standard)
        } catch {
            Terminal.error(error.description)
            throw ExitCode(2)
        }
        var outcome = SearchOutcome(hits: [])
        var claimsByFact: [Int64: [ClaimHit]] = [:]
        var explanations: [Int64: [(word: String, fields: [String])]] = [:]
        do {
            let store = try index.openForReading()
            // The corpus's own synonym groups (kb-lexicon.json) join the built-in ones.
            if !raw {
                let lexicon = try store.searchLexicon()
                if lexicon.synonymGroups.count > Lexicon.standard.synonymGroups.count {
                    parsed = (try? SearchQuery.parse(text, lexicon: lexicon)) ?? parsed
                }
            }
            outcome = facts ? SearchOutcome(hits: try store.search(parsed, limit: limit))
                : try store.searchAnswers(parsed, limit: limit, correctTypos: !exact)
            if claims {
                var filter = ClaimFilter()
                filter.factIDs = outcome.hits.map(\.factID)
                claimsByFact = Dictionary(grouping: try store.claims(filter), by: \.factID)
            }
            if explain, !raw {
                var terms = parsed.contentTerms
                for correction in outcome.corrections {
                    if let index = terms.firstIndex(where: { $0.word == correction.typed }) {
                        terms[index].word = correction.searched
                        terms[index].alternatives = [SearchQuery.quote(correction.searched)] + terms[index].synonyms.map(SearchQuery.quote)
                    }
                }
                for hit in outcome.hits { explanations[hit.answerID] = try store.explain(answerID: hit.answerID, terms: terms) }
            }
        } catch {
            error.exit()
        }
        let hits = outcome.hits
        if !json { reportReading(outcome, parsed) }
        if json {
            var output = SearchJSON(query: text, results: hits.map { hit in
                var result = SearchJSON.Result(hit)
                if claims { result.claims = (claimsByFact[hit.factID] ?? []).map(ClaimsJSON.Claim.init) }
                if explain { result.explain = explanations[hit.answerID]?.map { SearchJSON.Explain(word: $0.word, fields: $0.fields) } }
                return result
            })
            output.corrections = outcome.corrections.map { SearchJSON.Correction(typed: $0.typed, searched: $0.searched) }
            output.relaxed = outcome.relaxation.map { SearchJSON.Relaxed(matched: $0.matched, of: $0.of, unmatched: $0.unmatched, fullMatches: $0.fullMatches) }
            output.ignored = outcome.ignored
            JSONOutput.print(output)
        } else {
            if !hits.isEmpty { Pager.start(unless: noPager) }
            for (position, hit) in hits.enumerated() {
                if position > 0 { print() }
                // After the answers holding every word, those holding some (said in the listing:
                // they follow the full matches, which stderr need not explain).
                if let relaxed = outcome.relaxation, relaxed.fullMatches > 0, position == relaxed.fullMatches {
                    print(Terminal.dim("(answers with \(relaxed.matched) of \(relaxed.of) words from here on)") + "\n")
                }
                print(Self.render(hit))
                if let explanation = explanations[hit.answerID] {
                    let parts = explanation.map { $0.word + ": " + ($0.fields.isEmpty ? "no field" : $0.fields.joined(separator: ", ")) }
                    print("    " + Terminal.dim(Terminal.safe("matched " + parts.joined(separator: "; ") + String(format: "; score %.3f", -(hit.answerScore ?? hit.score)))))
                }
                for claim in claimsByFact[hit.factID] ?? [] {
                    let value = claim.claim
                    print("      " + Terminal.dim(Terminal.safe("\(value.surface): \(value.subject ?? "?") · \(value.metric ?? "?") \(value.comparator.rawValue) "
                        + "\(Claims.format(value.normalizedHigh ?? value.normalizedLow ?? 0)) \(value.normalizedUnit)")))
                }
            }
        }
        if hits.isEmpty {
            Terminal.error(facts ? "no facts match \"\(text)\"" : "no answer matches \"\(text)\"")
            throw ExitCode(1)
        }
    }

    /// How the query was read, on standard error: corrections, synonyms (with --explain) and relaxation.
    func reportReading(_ outcome: SearchOutcome, _ parsed: SearchQuery) {
        if !outcome.corrections.isEmpty {
            var corrected = parsed.contentTerms.map(\.word)
            for correction in outcome.corrections {
                if let index = corrected.firstIndex(of: correction.typed) { corrected[index] = correction.searched }
            }
            Terminal.error("showing results for \"\(corrected.joined(separator: " "))\" (searched instead of \"\(parsed.text)\"; --exact searches as typed)")
        }
        if let relaxed = outcome.relaxation, !outcome.hits.isEmpty {
            let missing = relaxed.unmatched.isEmpty ? "" : " (no match: \(relaxed.unmatched.joined(separator: ", ")))"
            if relaxed.fullMatches == 0 {
                Terminal.error("no answer has all of \"\(parsed.text)\"; showing answers with \(relaxed.matched) of \(relaxed.of) words\(missing)")
            }
        }
        if explain {
            for term in parsed.contentTerms where !term.synonyms.isEmpty {
                Terminal.error("\(term.word) also matches: \(term.synonyms.joined(separator: ", "))")
            }
            if !outcome.ignored.isEmpty { Terminal.error("left out: \(outcome.ignored.joined(separator: ", "))") }
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
        let through = hit.matchedQuestionOnly ? "\n    " + Terminal.dim("(matched by the answer as a whole: no single fact holds every word)") : ""
        // One more matching fact of the answer, when it has one.
        let more = hit.moreSnippets.prefix(1).map { extra -> String in
            let safe = HighlightedText(segments: extra.segments.map { .init(text: Terminal.safe($0.text), isMatch: $0.isMatch) })
            return "\n    " + (Terminal.styled ? safe.rendered(open: "\u{1B}[1m", close: "\u{1B}[0m") : safe.rendered(open: "**", close: "**"))
        }.joined()
        return header + question + "\n    " + snippet + more + through
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
        /// Answer search: the answer's score (higher is better), its matching facts, how many query
        /// words it holds, and whether only its question or topic matched.
        var answerScore: Double?
        var matchedFacts: [Int64]?
        var matchedWords: Int?
        var matchedQuestionOnly: Bool?
        /// With `--explain`: which fields each word matched.
        var explain: [Explain]?

        enum CodingKeys: String, CodingKey {
            case factID = "fact_id", text, snippet, score, topic, answerID = "answer_id", source, line, location, question, occurrences, claims
            case answerScore = "answer_score", matchedFacts = "matched_facts", matchedWords = "matched_words"
            case matchedQuestionOnly = "matched_question_only", explain
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
            answerScore = hit.answerScore.map { (-$0 * 10_000).rounded() / 10_000 }
            if hit.answerScore != nil {
                matchedFacts = hit.matchedFactIDs
                matchedWords = hit.matchedWords
                matchedQuestionOnly = hit.matchedQuestionOnly
            }
        }
    }

    struct Explain: Encodable {
        var word: String
        var fields: [String]
    }

    struct Correction: Encodable {
        var typed: String
        var searched: String
    }

    struct Relaxed: Encodable {
        var matched: Int
        var of: Int
        var unmatched: [String]
        /// How many results hold every word (they come first).
        var fullMatches: Int

        enum CodingKeys: String, CodingKey {
            case matched, of, unmatched
            case fullMatches = "full_matches"
        }
    }

    var query: String
    var results: [Result]
    /// Words corrected to the nearest indexed word.
    var corrections: [Correction]?
    /// When fewer answers than asked for hold every word.
    var relaxed: Relaxed?
    /// Stop words left out.
    var ignored: [String]?
}
