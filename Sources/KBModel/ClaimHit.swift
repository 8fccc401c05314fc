import KBText
/// A stored claim with the fact and place it comes from, as `kb claims` lists it.
public struct ClaimHit: Sendable, Hashable {
    public var claimID: Int64
    public var factID: Int64
    public var answerID: Int64
    public var fact: String
    public var location: SourceLocation
    public var claim: NumericClaim

    public init(claimID: Int64, factID: Int64, answerID: Int64, fact: String, location: SourceLocation, claim: NumericClaim) {
        self.claimID = claimID
        self.factID = factID
        self.answerID = answerID
        self.fact = fact
        self.location = location
        self.claim = claim
    }
}

/// Which claims `kb claims` lists.
///
/// For example, every subject claimed to cold-start in under 10 ms:
///
/// ```swift
/// var filter = ClaimFilter()
/// filter.metric = "cold start"
/// filter.maximum = try ClaimFilter.quantity("10ms")  // 0.01 s
/// ```
public struct ClaimFilter: Sendable, Hashable {
    /// A bound in a canonical unit and its dimension.
    public struct Bound: Sendable, Hashable {
        public var value: Double
        public var dimension: String

        public init(value: Double, dimension: String) {
            self.value = value
            self.dimension = dimension
        }
    }

    /// Case-insensitive substring of the subject.
    public var subject: String?
    /// The metric, exactly (case-insensitive).
    public var metric: String?
    /// The dimension ("time", "information", "money", ...).
    public var dimension: String?
    /// Claims whose upper bound is at most this.
    public var maximum: Bound?
    /// Claims whose lower bound is at least this.
    public var minimum: Bound?
    /// Only claims of these facts.
    public var factIDs: [Int64]?
    /// At most this many claims; 0 for all.
    public var limit = 1000

    public init() {}
}
