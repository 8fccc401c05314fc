import KBText
/// A conflict `kb check` found: what kind, how sure, about what, and every fact involved.
///
/// For example, a list finding on the bundled corpus:
///
/// ```swift
/// finding.kind      // .list
/// finding.subject   // "SnapStart"
/// finding.attribute // "supports Python"
/// finding.facts.map(\.location.description)  // ["Corpus/serverless-faq.txt:1", "Corpus/serverless-faq.txt:19"]
/// ```
public struct Finding: Sendable, Hashable, Codable {
    /// The four kinds of conflict.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// One item both included and excluded, or left out of a closed list another fact includes.
        case list
        /// The same subject and object asserted and denied.
        case polarity
        /// Numbers for one subject and metric, under compatible conditions, that cannot both hold.
        case numeric
        /// A computation stated in one fact that does not hold.
        case arithmetic
        /// The same subject, property and qualifiers with different values in answers stamped
        /// with different years: the older answer is probably out of date.
        case stale
    }

    /// How serious a finding is; ordered so that `.error > .warning > .note`.
    public enum Severity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
        case note, warning, error

        var rank: Int {
            switch self {
            case .note: 0
            case .warning: 1
            case .error: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// One fact involved, quoted in full, with where it comes from.
    public struct Evidence: Sendable, Hashable, Codable {
        public var factID: Int64
        public var text: String
        public var location: SourceLocation
        /// What this fact says about the attribute ("Java only", "0.5 ms", "$5.40/day").
        public var says: String

        public init(factID: Int64, text: String, location: SourceLocation, says: String) {
            self.factID = factID
            self.text = text
            self.location = location
            self.says = says
        }
    }

    public var kind: Kind
    public var severity: Severity
    public var subject: String
    /// What the facts disagree on: "supports Python", "cold start", "$a + $b = $c".
    public var attribute: String
    /// One sentence saying why the facts conflict.
    public var message: String
    public var facts: [Evidence]
    /// The values side by side, normalised ("[0.2, 0.3] s", "≥ 100000 starts/s").
    public var values: [String]
    /// How sure kb is that the facts really disagree, from 0 to 1: the product of the alignment's
    /// scores (subject, attribute, qualifiers) and the evidence's strength.
    public var confidence: Double
    /// Why the facts were compared and found to disagree, one short line each
    /// ("same subject: Crew plan ~ Crew-tier uploads (0.86)", "same metric: size").
    public var reasons: [String]
    /// A stable fingerprint: kind, subject, attribute and the facts' normalised texts, never line
    /// numbers, so it survives unrelated edits to the corpus.
    public var id: String

    public init(kind: Kind, severity: Severity, subject: String, attribute: String, message: String,
                facts: [Evidence], values: [String], confidence: Double = 1, reasons: [String] = []) {
        self.kind = kind
        self.severity = severity
        self.subject = subject
        self.attribute = attribute
        self.message = message
        self.facts = facts
        self.values = values
        self.confidence = confidence
        self.reasons = reasons
        self.id = Finding.fingerprint(kind: kind, subject: subject, attribute: attribute, facts: facts.map(\.text))
    }

    /// FNV-1a over the kind, the subject and attribute folded, and the sorted normalised fact texts.
    public static func fingerprint(kind: Kind, subject: String, attribute: String, facts: [String]) -> String {
        let keys = facts.map { TextNormalizer.key($0) }.sorted()
        let material = ([kind.rawValue, TextNormalizer.key(subject), TextNormalizer.key(attribute)] + keys).joined(separator: "\u{1F}")
        return ContentHash.hex(ContentHash.fnv1a(material))
    }
}
