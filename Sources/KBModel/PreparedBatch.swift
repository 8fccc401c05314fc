/// Per-file counts kept in the index.
public struct SourceCounts: Sendable, Hashable {
    /// Answer records read (after chrome lines are removed).
    public var records = 0
    /// Records removed as page chrome.
    public var boilerplateLines = 0
    /// Chrome prefixes stripped from the front of records.
    public var boilerplatePrefixes = 0

    public init(records: Int = 0, boilerplateLines: Int = 0, boilerplatePrefixes: Int = 0) {
        self.records = records
        self.boilerplateLines = boilerplateLines
        self.boilerplatePrefixes = boilerplatePrefixes
    }
}

/// A unique answer with its facts and their frames, ready to store.
public struct PreparedAnswer: Sendable {
    public var answer: Answer
    public var keyHash: Int64
    public var facts: [Fact]
    /// For each fact, its numeric claims.
    public var claims: [[NumericClaim]]
    /// For each fact, its support statements.
    public var supports: [[SupportClaim]]
    /// For each fact, the spelled technical terms of the fact and its answer's topic and question,
    /// as stored in `facts.terms`.
    public var terms: [String]

    public init(answer: Answer, keyHash: Int64, facts: [Fact], claims: [[NumericClaim]], supports: [[SupportClaim]], terms: [String]) {
        self.answer = answer
        self.keyHash = keyHash
        self.facts = facts
        self.claims = claims
        self.supports = supports
        self.terms = terms
    }
}

/// What one batch of documents turns into.
public struct PreparedBatch: Sendable {
    public var answers: [PreparedAnswer]
    public var counts: [String: SourceCounts]

    public init(answers: [PreparedAnswer], counts: [String: SourceCounts]) {
        self.answers = answers
        self.counts = counts
    }
}
