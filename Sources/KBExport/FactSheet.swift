import KBModel
import KBText
/// The knowledge base after cleaning, ready to hand over, in the corpus's own order: source by
/// source (in path order), question by question (in document order), each distinct statement once
/// with every place it occurs and the code that follows it, the numbers tabulated, and conflicts
/// marked. Answers without a question are grouped by their topic.
///
/// Every exporter renders this one value, so all formats show the same content. It is also the
/// JSON export's schema (keys in snake_case).
public struct FactSheet: Sendable, Hashable, Codable {
    public struct Summary: Sendable, Hashable, Codable {
        public var sources: Int
        /// Unique answers shown, and the repeated copies of them merged away.
        public var answers: Int
        public var duplicatesMerged: Int
        /// Distinct statements shown, and the facts they stand for.
        public var facts: Int
        public var factOccurrences: Int
        public var claims: Int
        public var conflicts: Int

        enum CodingKeys: String, CodingKey {
            case sources, answers, facts, claims, conflicts
            case duplicatesMerged = "duplicates_merged", factOccurrences = "fact_occurrences"
        }
    }

    /// One distinct statement: its clearest wording and every place it (or a copy) occurs.
    public struct Fact: Sendable, Hashable, Codable {
        /// Stable within one index: `f` and the fact cluster's id.
        public var id: String
        public var text: String
        /// The lead-in it shares with the other items of its enumeration ("SnapStart supports:"), and
        /// the rest of the text; `text` is `lead` followed by `body`.
        public var lead: String
        public var body: String
        public var sources: [String]
        /// Numbers (1-based) of the conflicts it takes part in, in ``FactSheet/conflicts``.
        public var conflicts: [Int]
        /// The code blocks that follow it in its answer, as written (never facts themselves).
        public var code: [String]
    }

    /// A numeric claim as a table row.
    public struct Claim: Sendable, Hashable, Codable {
        public var subject: String
        public var metric: String
        public var value: String
        public var comparator: String
        public var normalized: String
        public var conditions: [String]
        public var hedged: Bool
        public var fact: String
        public var source: String
    }

    /// The facts answering one question of one source; for answers without a question, the facts
    /// of one topic in one source.
    public struct Section: Sendable, Hashable, Codable {
        /// The path of the source the facts come from (their first place).
        public var source: String
        /// What heads the section: its question; else its topic; else "General".
        public var heading: String
        /// The answers' topic: what `--topic` matches.
        public var topic: String
        public var questions: [String]
        public var facts: [Fact]
        public var claims: [Claim]
    }

    /// A source of the sheet, in path order.
    public struct Source: Sendable, Hashable, Codable {
        public var path: String
        /// The page's title when the index knows it, else its path.
        public var title: String
    }

    /// A finding of `kb check`, quoting every side.
    public struct Conflict: Sendable, Hashable, Codable {
        public struct Side: Sendable, Hashable, Codable {
            public var text: String
            public var source: String
            public var says: String
        }

        public var number: Int
        public var id: String
        public var kind: String
        public var severity: String
        public var subject: String
        public var attribute: String
        public var message: String
        public var facts: [Side]
        public var values: [String]
    }

    /// A unique answer as it was indexed: what `kb ingest` of the JSON export reads back.
    ///
    /// `kb ingest` reads a JSON answer or question holding `<` or `&` as an HTML fragment, so such
    /// text is written with `&`, `<` and `>` as entities (`a &lt;b&gt; c`): read back, it is the same
    /// text, not text with its tag-like parts dropped. Decoding reverses it.
    public struct Answer: Sendable, Hashable, Codable {
        public var question: String?
        public var answer: String
        public var topic: String
        public var sources: [String]

        enum CodingKeys: String, CodingKey { case question, answer, topic, sources }

        public init(question: String?, answer: String, topic: String, sources: [String]) {
            self.question = question
            self.answer = answer
            self.topic = topic
            self.sources = sources
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            question = try container.decodeIfPresent(String.self, forKey: .question).map(Self.unescaped)
            answer = Self.unescaped(try container.decode(String.self, forKey: .answer))
            topic = try container.decode(String.self, forKey: .topic)
            sources = try container.decode([String].self, forKey: .sources)
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(question.map(Self.escaped), forKey: .question)
            try container.encode(Self.escaped(answer), forKey: .answer)
            try container.encode(topic, forKey: .topic)
            try container.encode(sources, forKey: .sources)
        }

        /// Text as the JSON reader reads it back: entities only where it would parse HTML.
        static func escaped(_ text: String) -> String {
            guard text.utf8.contains(where: { $0 == 0x3C || $0 == 0x26 }) else { return text }
            return text.replacingAll("&", with: "&amp;").replacingAll("<", with: "&lt;").replacingAll(">", with: "&gt;")
        }

        static func unescaped(_ text: String) -> String {
            guard text.utf8.contains(0x26) else { return text }
            return text.replacingAll("&lt;", with: "<").replacingAll("&gt;", with: ">").replacingAll("&amp;", with: "&")
        }
    }

    public var title: String
    /// When the sheet was made, only when asked for (`--timestamp`): exports diff cleanly.
    public var generated: String?
    public var summary: Summary
    /// The sources its sections come from, in their order.
    public var sources: [Source]
    public var sections: [Section]
    public var conflicts: [Conflict]
    public var answers: [Answer]
}

extension FactSheet {
    /// The heading of a source by its path: its title, or the path itself when the sheet lists no
    /// source for it.
    func sourceTitles() -> (String) -> String {
        let titles = Dictionary(sources.map { ($0.path, $0.title) }, uniquingKeysWith: { first, _ in first })
        return { titles[$0] ?? $0 }
    }
}
