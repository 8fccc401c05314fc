
/// A fact as the checker sees it: its text, its answer, where it is, and its frames.
public struct CheckFact: Sendable, Hashable {
    public var id: Int64
    public var answerID: Int64
    /// Facts with the same cluster say the same thing (in different answers); never compared.
    public var clusterID: Int64
    public var text: String
    /// The lead-in carried by enumeration items ("AWS Lambda SnapStart (2025) supports:").
    public var lead: String
    public var topic: String
    public var question: String?
    /// The year that stamps the fact or its answer, when there is one.
    public var year: Int?
    public var location: SourceLocation
    public var claims: [NumericClaim]
    public var supports: [SupportClaim]
    /// Lines between the answer's first line and the fact's.
    public var lineOffset: Int
    /// Where the fact's body starts in its answer's text, in code points (`facts.start`).
    public var start: Int

    public init(id: Int64, answerID: Int64, clusterID: Int64, text: String, lead: String, topic: String, question: String? = nil,
                year: Int?, location: SourceLocation, claims: [NumericClaim], supports: [SupportClaim] = [], lineOffset: Int = 0,
                start: Int = 0) {
        self.id = id
        self.answerID = answerID
        self.clusterID = clusterID
        self.text = text
        self.lead = lead
        self.topic = topic
        self.question = question
        self.year = year
        self.location = location
        self.claims = claims
        self.supports = supports
        self.lineOffset = lineOffset
        self.start = start
    }

    /// This fact as evidence in a finding.
    public func evidence(_ says: String) -> Finding.Evidence {
        Finding.Evidence(factID: id, text: text, location: location, says: says)
    }
}
