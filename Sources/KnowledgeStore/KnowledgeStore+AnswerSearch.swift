import Foundation
import GRDB
import KBModel
import KBSearch
import KBText

extension KnowledgeStore {
    /// Ranked answers for `query`, best first: each answer once, with the facts of it that match as
    /// its snippet.
    ///
    /// - The words of the query may fall anywhere in one answer (its topic, question and text are
    ///   one search row); stop words are left out.
    /// - A word the index does not hold is replaced by the nearest indexed word (one edit up to eight
    ///   letters, two beyond; the most frequent wins a tie), unless `correctTypos` is false or the
    ///   word is a technical term or the beginning of an indexed word.
    /// - Answers whose question and topic hold the query's words, in its order, are raised
    ///   (``QuestionMatch``).
    /// - When fewer answers than asked for hold every word, answers holding some follow, ranked
    ///   by how many words they hold, then by bm25, and the outcome says which words matched nothing.
    public func searchAnswers(_ query: SearchQuery, limit: Int = 10, correctTypos: Bool = true) throws(StoreError) -> SearchOutcome {
        do {
            return try writer.read { db in
                if query.isRaw { return SearchOutcome(hits: try rawAnswers(db, query, limit: limit)) }
                var terms = query.contentTerms
                let ignored = query.terms.filter(\.isStop).map(\.word).filter { _ in terms.count < query.terms.count }
                var corrections: [SearchOutcome.Correction] = []
                if correctTypos {
                    for index in terms.indices where terms[index].isCorrectable {
                        guard let corrected = try Self.correction(db, for: terms[index]) else { continue }
                        corrections.append(.init(typed: terms[index].word, searched: corrected))
                        terms[index].alternatives = [SearchQuery.quote(corrected) + (terms[index].isPrefix ? "*" : "")]
                            + terms[index].synonyms.map { SearchQuery.quote($0) }
                        terms[index].word = corrected
                    }
                }
                // The query's words as corrected, with its stop words in place, for matching questions.
                var corrected = terms.makeIterator()
                let questionTerms = terms.count == query.terms.count ? terms : query.terms.map { $0.isStop ? $0 : (corrected.next() ?? $0) }
                // Every word in one answer; more than asked for, to be ranked again by their questions.
                let pool = max(limit, Self.rerankedPool)
                let weight = try Self.wordWeights(db)
                let full = try Self.rerankedByQuestion(db, Self.answerRanks(db, SearchQuery.expression(terms, joiner: "AND"), limit: pool),
                                                       terms: questionTerms, weight: weight)
                var ranked = Array(full.prefix(limit))
                var relaxation: SearchOutcome.Relaxation?
                var coverage: [Int64: Int] = [:]
                if ranked.count < limit, terms.count > 1 {
                    // Fewer answers than asked for hold every word: after them come answers holding
                    // some words, ranked by how many they hold, then by bm25. (`full` is then complete:
                    // it holds fewer than `pool` answers.)
                    let fullIDs = Set(full.map(\.id))
                    let candidates = try Self.answerRanks(db, SearchQuery.expression(terms, joiner: "OR"), limit: 400 + fullIDs.count)
                        .filter { !fullIDs.contains($0.id) }
                    let ids = Set(candidates.map(\.id))
                    var unmatchedWords: [String] = []
                    for term in terms {
                        // Every answer holding the word, read once (a MATCH per candidate would read
                        // a common word's list once per candidate).
                        var holdsAny = false
                        let holding = try Int64.fetchCursor(db, sql: "SELECT rowid FROM answers_fts WHERE answers_fts MATCH ?", arguments: [term.expression])
                        while let id = try holding.next() {
                            holdsAny = true
                            if ids.contains(id) { coverage[id, default: 0] += 1 }
                        }
                        if !holdsAny { unmatchedWords.append(term.word) }
                    }
                    // bm25 of the words an answer holds (rare words weigh more), scaled by the share of
                    // the query's words it holds. bm25 is 0 for words most answers hold, so a small
                    // floor keeps the share deciding then; ties go to the earlier answer.
                    func relaxedScore(_ answer: (id: Int64, rank: Double)) -> Double {
                        (0.001 - answer.rank) * pow(Double(coverage[answer.id] ?? 0) / Double(terms.count), Self.coverageExponent)
                    }
                    let relaxed: [(id: Int64, rank: Double)] = candidates.map { (id: $0.id, rank: -relaxedScore($0)) }
                        .sorted { $0.rank != $1.rank ? $0.rank < $1.rank : $0.id < $1.id }
                    let partial = try Self.rerankedByQuestion(db, Array(relaxed.prefix(pool)), terms: questionTerms, weight: weight)
                    if let best = partial.first {
                        relaxation = .init(matched: coverage[best.id] ?? 0, of: terms.count, unmatched: unmatchedWords, fullMatches: ranked.count)
                    }
                    ranked += partial.prefix(limit - ranked.count)
                }
                // The facts of each ranked answer: a last word the index holds whole is matched
                // whole there (a prefix is expanded over the whole vocabulary once per answer).
                let factTerms = try terms.map { term in
                    guard term.isPrefix, try Int.fetchOne(db, sql: "SELECT doc FROM answer_vocab WHERE term = ?", arguments: [term.word]) != nil
                    else { return term }
                    return term.wholeWord
                }
                let factExpression = SearchQuery.expression(factTerms, joiner: "OR")
                var hits: [SearchHit] = []
                for answer in ranked {
                    guard var hit = try Self.answerHit(db, answerID: answer.id, rank: answer.rank, factExpression: factExpression,
                                                       spellings: query.technicalSpellings, weight: weight) else { continue }
                    hit.matchedWords = coverage[answer.id] ?? terms.count
                    hits.append(hit)
                }
                return SearchOutcome(hits: hits, corrections: corrections, relaxation: relaxation, ignored: ignored)
            }
        } catch let error as DatabaseError where query.isRaw && error.resultCode == .SQLITE_ERROR {
            throw .invalidQuery(query: query.text, detail: (error.message ?? "syntax error").replacingAll("fts5: ", with: ""))
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    /// How many of the best answers are ranked again by their questions (``rerankedByQuestion``).
    static let rerankedPool = 30

    /// How much a question that says the query raises an answer: its rank (lower is better) is
    /// multiplied by `1 + questionWeight × ` ``QuestionMatch/score(question:topic:terms:weight:)``.
    static let questionWeight = 1.0

    /// How much the share of the query's words an answer holds weighs against its bm25, for the
    /// answers that hold only some of them: bm25 × share^exponent.
    static let coverageExponent = 0.5

    /// `ranked` (best first, lower rank better) ranked again: an answer whose question and topic
    /// hold the query's words, in its order, before one that holds them only in its text
    /// (``QuestionMatch``). Ties keep the earlier answer first.
    static func rerankedByQuestion(_ db: Database, _ ranked: [(id: Int64, rank: Double)], terms allTerms: [SearchQuery.Term],
                                   weight: (String) throws -> Double) throws -> [(id: Int64, rank: Double)] {
        guard ranked.count > 1 else { return ranked }
        var questions: [Int64: (topic: String, question: String?)] = [:]
        let rows = try Row.fetchAll(db, sql: "SELECT id, topic, question FROM answers WHERE id IN (\(ranked.map { String($0.id) }.joined(separator: ",")))")
        for row in rows { questions[row[0]] = (row[1], row[2]) }
        let scored = try ranked.enumerated().map { position, answer in
            let text = questions[answer.id]
            let match = try QuestionMatch.score(question: text?.question, topic: text?.topic ?? "", terms: allTerms, weight: weight)
            // bm25 ranks are negative: a larger factor makes a better rank.
            return (position: position, id: answer.id, rank: answer.rank * (1 + questionWeight * match))
        }
        return scored.sorted { $0.rank != $1.rank ? $0.rank < $1.rank : $0.position < $1.position }.map { ($0.id, $0.rank) }
    }

    /// Answers matching an FTS5 expression with their bm25 rank (lower is better).
    static func answerRanks(_ db: Database, _ expression: String, limit: Int) throws -> [(id: Int64, rank: Double)] {
        try Row.fetchAll(db, sql: """
            SELECT rowid, rank FROM answers_fts WHERE answers_fts MATCH ? ORDER BY rank, rowid LIMIT ?
            """, arguments: [expression, max(0, limit)]).map { ($0[0], $0[1]) }
    }


    /// The raw FTS5 query over answers.
    func rawAnswers(_ db: Database, _ query: SearchQuery, limit: Int) throws -> [SearchHit] {
        let weight = try Self.wordWeights(db)
        return try Self.answerRanks(db, query.matchExpression, limit: limit).compactMap { answer in
            try Self.answerHit(db, answerID: answer.id, rank: answer.rank, factExpression: query.matchExpression, spellings: [], weight: weight)
        }
    }

    /// One answer as a result: its best-matching facts (or its first fact when only its question or
    /// topic matched) and every place it occurs.
    static func answerHit(_ db: Database, answerID: Int64, rank: Double, factExpression: String, spellings: Set<String>,
                          weight: (String) throws -> Double) throws -> SearchHit? {
        guard let answer = try Row.fetchOne(db, sql: """
            SELECT topic, question, (SELECT min(id) FROM facts WHERE answer_id = answers.id), (SELECT max(id) FROM facts WHERE answer_id = answers.id)
            FROM answers WHERE id = ?
            """, arguments: [answerID]) else { return nil }
        // The answer's facts hold ids in one range (written together): FTS5 seeks to that range
        // instead of reading every fact a common word matches.
        let first: Int64 = answer[2] ?? 0, last: Int64 = answer[3] ?? -1
        // The best facts of the answer: those whose matched words weigh most, then the first
        // stated. A word weighs by its rarity in the corpus, divided among the answer's facts that
        // hold it: a word most of them repeat is what the answer is about, and the fact holding
        // the query's other words is the one that answers it. (Not FTS5's bm25 here: its weights
        // are counted over every fact a word matches, which reads a common word's whole list once
        // per answer.)
        let rows = try Row.fetchAll(db, sql: """
            SELECT facts.id, facts.text, facts.line_offset, highlight(facts_fts, 2, char(2), char(3)) AS marked
            FROM facts_fts JOIN facts ON facts.id = facts_fts.rowid
            WHERE facts_fts MATCH ? AND facts_fts.rowid BETWEEN ? AND ? AND facts.answer_id = ?
            ORDER BY facts.position
            """, arguments: [factExpression, first, last, answerID])
        let words = rows.map { Self.markedWords($0["marked"] ?? "") }
        var holding: [String: Double] = [:]
        for set in words { for word in set { holding[word, default: 0] += 1 } }
        let scores = try words.map { set in try set.reduce(0) { try $0 + weight($1) / (holding[$1] ?? 1) } }
        let matched = rows.indices.sorted { (scores[$1], $0) < (scores[$0], $1) }.prefix(3).map { rows[$0] }
        var best = matched.first
        var questionOnly = false
        if best == nil {
            questionOnly = true
            best = try Row.fetchOne(db, sql: """
                SELECT id, text, line_offset, text AS marked FROM facts WHERE answer_id = ? ORDER BY position LIMIT 1
                """, arguments: [answerID])
        }
        guard let best else { return nil }
        let lineOffset: Int = best["line_offset"]
        let occurrences = try occurrences(db, answerID: answerID, lineOffset: lineOffset)
        var hit = SearchHit(factID: best["id"], answerID: answerID, text: best["text"],
                            snippet: Highlighter.highlight(marked: best["marked"], spellings: spellings), score: rank,
                            topic: answer["topic"], question: answer["question"], location: occurrences.first ?? SourceLocation(path: "", line: 0),
                            occurrences: occurrences)
        hit.answerScore = rank
        hit.matchedFactIDs = matched.map { $0["id"] }
        hit.matchedQuestionOnly = questionOnly
        hit.moreSnippets = matched.dropFirst().map { Highlighter.highlight(marked: $0["marked"], spellings: spellings) }
        return hit
    }

    /// The distinct words `highlight()` marked in a fact (between the control characters 2 and
    /// 3), lowercased and stemmed, so that "start" and "starts" count once.
    static func markedWords(_ marked: String) -> Set<String> {
        var words: Set<String> = []
        var current: String.UnicodeScalarView?
        for scalar in marked.unicodeScalars {
            if scalar == "\u{2}" {
                current = String.UnicodeScalarView()
            } else if scalar == "\u{3}" {
                if let word = current { words.insert(Stemmer.stem(String(word).lowercased())) }
                current = nil
            } else {
                current?.append(scalar)
            }
        }
        return words
    }

    /// How much a matched word (a stem) tells, from the share of answers holding it (`ln(1 +
    /// answers / holding)`); a word the vocabulary lists only in another form (its stems differ
    /// from SQLite's) counts as one in ten answers. Weights are kept for the query.
    static func wordWeights(_ db: Database) throws -> (String) throws -> Double {
        let answers = Double(try Int64.fetchOne(db, sql: "SELECT max(id) FROM answers") ?? 1)
        var cache: [String: Double] = [:]
        return { word in
            if let known = cache[word] { return known }
            let holding = try Int.fetchOne(db, sql: "SELECT doc FROM answer_vocab WHERE term = ?", arguments: [word]).map(Double.init)
            let weight = log(1 + answers / max(1, holding ?? answers / 10))
            cache[word] = weight
            return weight
        }
    }

    /// The correction of a query word the index does not hold, if any (see ``searchAnswers(_:limit:correctTypos:)``).
    static func correction(_ db: Database, for term: SearchQuery.Term) throws -> String? {
        let word = term.word
        if try Int.fetchOne(db, sql: "SELECT doc FROM answer_vocab WHERE term = ?", arguments: [word]) != nil { return nil }
        // A word whose synonym the index holds is no typo ("hop" where the corpus says "jump").
        for synonym in term.synonyms where !synonym.contains(" ") {
            if try Int.fetchOne(db, sql: "SELECT doc FROM answer_vocab WHERE term = ?", arguments: [synonym]) != nil { return nil }
        }
        // A word being typed (the query's last) may be the start of an indexed word.
        if term.isPrefix, try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM answer_vocab WHERE term >= ? AND term < ?)",
                                            arguments: [word, word + "\u{10FFFF}"]) == true { return nil }
        // Candidates share the first letter, or the second (a swap of the first two: "zhs").
        var candidates: [(String, Int)] = []
        let scalars = Array(word.unicodeScalars)
        for first in scalars.count > 1 && scalars[1] != scalars[0] ? [scalars[0], scalars[1]] : [scalars[0]] {
            let low = String(first), high = String(first) + "\u{10FFFF}"
            candidates += try Row.fetchAll(db, sql: "SELECT term, doc FROM answer_vocab WHERE term >= ? AND term < ?", arguments: [low, high])
                .map { ($0[0], $0[1]) }
        }
        // A stop word is never what a misspelt word meant: it would be ignored in the search.
        candidates.removeAll { !Lexicon.standard.classes(of: $0.0).isDisjoint(with: SearchQuery.stopClasses) }
        return Spelling.best(for: word, among: candidates)
    }
}

extension KnowledgeStore {
    /// For `kb search --explain`: which fields of an answer (topic, question, text, terms) each
    /// term matches.
    public func explain(answerID: Int64, terms: [SearchQuery.Term]) throws(StoreError) -> [(word: String, fields: [String])] {
        do {
            return try writer.read { db in
                try terms.map { term in
                    let fields = try ["topic", "question", "body", "terms"].filter { column in
                        try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM answers_fts WHERE answers_fts MATCH ? AND rowid = ?)",
                                          arguments: ["{\(column)} : \(term.expression)", answerID]) ?? false
                    }
                    return (term.word, fields.map { $0 == "body" ? "text" : $0 })
                }
            }
        } catch {
            throw Self.storeError(error, path: path)
        }
    }
}
