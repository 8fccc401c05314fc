/// A statement that a subject supports (allows, accepts, offers, works with) an item, or does not:
/// the list and polarity evidence of `kb check`, extracted once at ingest like numeric claims.
///
/// For example "Tidepool Backup runs on Windows Server 2019 and Ubuntu 22.04 only" gives two
/// closed positive support claims (subject "Tidepool Backup", items "Windows Server 2019" and
/// "Ubuntu 22.04"); "Cash deposits are not accepted" gives one negative claim whose item is
/// "cash deposits".
public struct SupportClaim: Sendable, Hashable, Codable {
    public enum Polarity: String, Sendable, Hashable, Codable {
        case supports, excludes
    }

    /// The entity the statement is about, when found; ``everything`` for a statement made for all
    /// ("on any plan", "for all customers").
    public var subject: String?

    /// The subject of a statement made for everything the corpus names.
    public static let everything = "*"
    /// The item as written ("Python 3.12 and later").
    public var item: String
    /// The item's name folded for comparison ("python"), without versions.
    public var itemKey: String
    /// Versions the item names ("3.12+", "11-17"), as written; empty for all.
    public var versions: String
    public var polarity: Polarity
    /// Part of a closed list ("X only", "limited to A and B"): what it leaves out is excluded.
    public var closed: Bool
    /// Claims from one list of one fact share this number (0-based within the fact).
    public var list: Int
    /// How many items the list has.
    public var listSize: Int
    /// The words that state it ("does not support", "only", "not accepted").
    public var phrase: String
    /// Unicode scalar offsets of the item in the fact text.
    public var start: Int
    public var end: Int
    public var qualifiers: [Qualifier]
    public var hedge: Hedge?
    /// How surely the subject is what the statement is about (see ``NumericClaim/subjectWeight``).
    public var subjectWeight: Double

    public init(subject: String?, item: String, itemKey: String, versions: String = "", polarity: Polarity,
                closed: Bool = false, list: Int = 0, listSize: Int = 1, phrase: String, start: Int, end: Int,
                qualifiers: [Qualifier] = [], hedge: Hedge? = nil, subjectWeight: Double = 1) {
        self.subject = subject
        self.item = item
        self.itemKey = itemKey
        self.versions = versions
        self.polarity = polarity
        self.closed = closed
        self.list = list
        self.listSize = listSize
        self.phrase = phrase
        self.start = start
        self.end = end
        self.qualifiers = qualifiers
        self.hedge = hedge
        self.subjectWeight = subjectWeight
    }
}
