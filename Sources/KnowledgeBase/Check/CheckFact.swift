import KBModel
import KBText
/// A fact as the checker sees it: its text, the answer it belongs to, where it is, and its claims.
public struct CheckFact: Sendable, Hashable {
    public var id: Int64
    public var answerID: Int64
    /// Facts with the same cluster state the same thing (in different answers); never compared.
    public var clusterID: Int64
    public var text: String
    /// The lead-in carried by enumeration items ("AWS Lambda SnapStart (2025) supports:").
    public var lead: String
    public var topic: String
    /// The year the fact speaks of, when it names one.
    public var year: Int?
    public var location: SourceLocation
    public var claims: [NumericClaim]
    /// Lines between the answer's first line and the fact's (the same in every place the answer occurs).
    public var lineOffset: Int

    public init(id: Int64, answerID: Int64, clusterID: Int64, text: String, lead: String, topic: String, year: Int?,
                location: SourceLocation, claims: [NumericClaim], lineOffset: Int = 0) {
        self.lineOffset = lineOffset
        self.id = id
        self.answerID = answerID
        self.clusterID = clusterID
        self.text = text
        self.lead = lead
        self.topic = topic
        self.year = year
        self.location = location
        self.claims = claims
    }

    /// This fact as evidence in a finding.
    func evidence(_ says: String) -> Finding.Evidence {
        Finding.Evidence(factID: id, text: text, location: location, says: says)
    }
}
