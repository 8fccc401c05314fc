/// What kind of quantity a value is, so that only like quantities are compared: seconds with
/// seconds, dollars with dollars (never with euros), prices per gigabyte-second with their like.
///
/// Its `rawValue` is the stored and printed form: `time`, `information`, `money:USD`,
/// `count:session` (a count of sessions), `count` (a bare count), `length`, `money:USD/time`
/// (a price per period), `money:USD/count:request` (a price per request),
/// `money:USD/information-time` (a price per gigabyte-second).
///
/// For example:
///
/// ```swift
/// Dimension(rawValue: "money:USD/time")  // .per(.money("USD"), .time)
/// Dimension.count("layer").rawValue        // "count:layer"
/// ```
public indirect enum Dimension: Hashable, Sendable {
    case time
    case information
    case ratio
    case percent
    /// Money in one currency (ISO code).
    case money(String)
    /// A count of the named things (singular noun; empty for a bare count).
    case count(String)
    /// Any other physical quantity, by its name ("length", "mass", "data rate").
    case physical(String)
    /// The first per one of the second: money per time, count per time.
    case per(Dimension, Dimension)
    /// The product of two: information × time (gigabyte-seconds).
    case times(Dimension, Dimension)

    public var rawValue: String {
        switch self {
        case .time: "time"
        case .information: "information"
        case .ratio: "ratio"
        case .percent: "percent"
        case .money(let currency): "money:" + currency
        case .count(let noun): noun.isEmpty ? "count" : "count:" + noun
        case .physical(let name): name
        case .per(let a, let b): a.rawValue + "/" + b.rawValue
        case .times(let a, let b): a.rawValue + "-" + b.rawValue
        }
    }

    public init(rawValue: String) {
        // "money:CAD/information/time" is a price per gigabyte per month: (CAD per GB) per month.
        if let slash = rawValue.lastIndex(of: "/") {
            self = .per(Dimension(rawValue: String(rawValue[..<slash])), Dimension(rawValue: String(rawValue[rawValue.index(after: slash)...])))
            return
        }
        if !rawValue.hasPrefix("count:"), !rawValue.hasPrefix("money:"), let dash = rawValue.firstIndex(of: "-") {
            self = .times(Dimension(rawValue: String(rawValue[..<dash])), Dimension(rawValue: String(rawValue[rawValue.index(after: dash)...])))
            return
        }
        switch rawValue {
        case "time": self = .time
        case "information": self = .information
        case "ratio": self = .ratio
        case "percent": self = .percent
        case "count": self = .count("")
        default:
            if rawValue.hasPrefix("money:") { self = .money(String(rawValue.dropFirst(6))) }
            else if rawValue.hasPrefix("count:") { self = .count(String(rawValue.dropFirst(6))) }
            else { self = .physical(rawValue) }
        }
    }

    /// The family a user filters by (`kb claims --unit money`): the name before any colon or slash.
    public var family: String {
        switch self {
        case .money: "money"
        case .count: "count"
        case .per(let a, _): a.family + "-rate"
        case .physical(let name): String(name.map { $0 == " " ? "-" : $0 })
        default: rawValue
        }
    }

    /// Whether this is money, or money per something.
    public var isMoney: Bool {
        switch self {
        case .money: true
        case .per(let a, _): a.isMoney
        default: false
        }
    }

    /// Whether this is a count of things (with or without a noun).
    public var isCount: Bool {
        if case .count = self { return true }
        return false
    }
}

extension Dimension: Codable {
    public init(from decoder: Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

extension Dimension: CustomStringConvertible {
    public var description: String { rawValue }
}

/// The side of a change a value is on: `before` in "from 12 s to 4 s", `after` for 4 s.
public enum Role: String, Hashable, Sendable, Codable {
    case before, after
}

/// Why a statement is context rather than evidence: an example, a recommendation, a rumour, a
/// worked scenario, an uncertain statement, or a typical value (which bounds nothing).
public enum Hedge: String, Hashable, Sendable, Codable {
    case example, recommendation, rumour, scenario, uncertain, typical
    /// The value sets the conditions of another ("Node.js 20 (512MB memory): cold start 250ms"),
    /// or is the baseline another is compared with ("400ms (vs 4.5s without)").
    case setting
}

/// A typed qualifier of a claim: what must hold for it ("with SnapStart", "on the Team plan",
/// "in the EU", "for files over 1 GB", "if versioning is on"). Two claims whose qualifiers of one
/// kind differ are not about the same thing.
///
/// For example, "Uploads on the Crew plan are limited to 5 GB" has the qualifier
/// `Qualifier(kind: .tier, key: "crew", text: "on the Crew plan")`.
public struct Qualifier: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// A quantity the claim holds at ("512MB memory", "for files over 1 GB").
        case setting
        /// With or without a feature.
        case with, without
        /// A place or network scope: region, country, domestic / international.
        case place
        /// A plan, tier, edition, class or membership.
        case tier
        /// A version of the subject ("Python 3.12", "v2").
        case version
        /// A condition clause: "if ...", "when ...", "for a class that ...".
        case condition
        /// What the value is counted per: per user, per file, per payment, per day.
        case scope
    }

    public var kind: Kind
    /// The folded words that identify it (compared between claims).
    public var key: String
    /// As written.
    public var text: String

    public init(kind: Kind, key: String, text: String) {
        self.kind = kind
        self.key = key
        self.text = text
    }
}
