import Foundation

/// What a labelled page set expects: every question with a phrase of its answer, and the chrome
/// and table-of-contents text that must not become answers.
public struct PageLabels: Codable, Sendable {
    public struct Page: Codable, Sendable {
        public struct Question: Codable, Sendable {
            public var question: String
            public var answer_phrase: String
        }

        public var file: String
        public var markup: String?
        public var questions: [Question]
        public var chrome_phrases: [String]
        public var toc_entries: [String]?
    }

    public var pages: [Page]
}

/// The score of the readers on a page set: questions found with their answers, chrome phrases
/// indexed, table-of-contents entries indexed as answers.
public struct PageScore: Sendable {
    public struct Row: Sendable {
        public var file: String
        public var question: String
        public var found: Bool
    }

    public var rows: [Row]
    /// (file, phrase) of chrome phrases found in an indexed answer or question.
    public var chrome: [(String, String)]
    /// (file, entry) of table-of-contents entries indexed as (most of) an answer.
    public var toc: [(String, String)]

    public init(labels: PageLabels, answers: [ExportedAnswer]) {
        var rows: [Row] = []
        var chrome: [(String, String)] = []
        var toc: [(String, String)] = []
        for page in labels.pages {
            let mine = answers.filter { $0.sources.contains { TextMatch.source(TextMatch.path(ofLocation: $0), is: page.file) } }
            for question in page.questions {
                let wanted = TextMatch.fold(question.question)
                let phrase = TextMatch.fold(question.answer_phrase)
                let found = mine.contains { answer in
                    guard let asked = answer.question.map(TextMatch.fold) else { return false }
                    let sameQuestion = asked == wanted || (asked.contains(wanted) && Double(wanted.count) >= 0.8 * Double(asked.count))
                    return sameQuestion && TextMatch.fold(answer.answer).contains(phrase)
                }
                rows.append(Row(file: page.file, question: question.question, found: found))
            }
            for phrase in page.chrome_phrases {
                let folded = TextMatch.fold(phrase)
                if mine.contains(where: { TextMatch.fold($0.answer).contains(folded) || TextMatch.fold($0.question ?? "").contains(folded) }) {
                    chrome.append((page.file, phrase))
                }
            }
            for entry in page.toc_entries ?? [] {
                let folded = TextMatch.fold(entry)
                if mine.contains(where: { answer in
                    let text = TextMatch.fold(answer.answer)
                    return text.contains(folded) && Double(folded.count) >= 0.5 * Double(text.count)
                }) {
                    toc.append((page.file, entry))
                }
            }
        }
        self.rows = rows
        self.chrome = chrome
        self.toc = toc
    }

    public var found: Int { rows.filter(\.found).count }
}

/// The labelled pairs of a near-duplicate set, by file and 1-based line (one answer a line).
public struct NearDuplicateLabels: Codable, Sendable {
    public struct Place: Codable, Sendable, Hashable {
        public var file: String
        public var line: Int
    }

    public struct Pair: Codable, Sendable {
        public var id: String?
        public var kind: String?
        public var differs_in: String?
        public var a: Place
        public var b: Place
    }

    public var near_duplicates: [Pair]
    public var lookalikes: [Pair]
    public var exact_duplicates: [Pair]?
}

/// Which labelled pairs kb merged into one answer (both places among one answer's sources).
public struct NearDuplicateScore: Sendable {
    public var merged: [String]
    public var missed: [String]
    public var lookalikesMerged: [String]
    public var exactMerged: Int
    public var exactTotal: Int

    public init(labels: NearDuplicateLabels, answers: [ExportedAnswer]) {
        func together(_ pair: NearDuplicateLabels.Pair) -> Bool {
            answers.contains { answer in
                let places = answer.sources
                func has(_ place: NearDuplicateLabels.Place) -> Bool {
                    places.contains { location in
                        guard let colon = location.lastIndex(of: ":"), Int(location[location.index(after: colon)...]) == place.line else { return false }
                        return TextMatch.source(String(location[..<colon]), is: place.file)
                    }
                }
                return has(pair.a) && has(pair.b)
            }
        }
        merged = labels.near_duplicates.filter(together).map { $0.id ?? "" }
        missed = labels.near_duplicates.filter { !together($0) }.map { $0.id ?? "" }
        lookalikesMerged = labels.lookalikes.filter(together).map { $0.id ?? "" }
        exactTotal = labels.exact_duplicates?.count ?? 0
        exactMerged = (labels.exact_duplicates ?? []).filter(together).count
    }
}
