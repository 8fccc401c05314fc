import KBText
/// A quantity stated in a fact, as a typed record: what was written, how it bounds the value, in
/// which unit, normalised to a canonical unit, and what it is about.
///
/// For example, in "Node.js 20: 200-300ms cold start" the claim has `surface` "200-300ms", `low`
/// 200, `high` 300, `unit` "ms", `comparator` `.equal`, `normalizedLow` 0.2, `normalizedHigh` 0.3,
/// `normalizedUnit` "s", `subject` "Node.js 20" and `metric` "cold start".
public struct NumericClaim: Sendable, Hashable, Codable {
    /// How the stated value bounds the real one.
    public enum Comparator: String, Sendable, Hashable, Codable {
        case equal = "=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">=", approximately = "~"
    }

    /// What sort of quantity it is.
    public enum Kind: String, Sendable, Hashable, Codable {
        case measure, rate, money, moneyRate = "money-rate", ratio, percent, count, vague
    }

    /// The quantity as written, and where it sits in the fact text (Unicode scalar offsets).
    public var surface: String
    public var start: Int
    public var end: Int
    /// The bounds as written (one value: `low == high`; an open bound: nil).
    public var low: Double?
    public var high: Double?
    /// The unit as written, lightly canonicalised ("ms", "GB", "USD/1M requests", "layers").
    public var unit: String
    public var comparator: Comparator
    public var kind: Kind
    /// The bounds in the canonical unit of the quantity's dimension (see ``Units``).
    public var normalizedLow: Double?
    public var normalizedHigh: Double?
    public var normalizedUnit: String
    /// The dimension compared quantities must share ("time", "information", "money", ...).
    public var dimension: String
    /// The entity the number is about, when found.
    public var subject: String?
    /// The measured property, named canonically ("cold start", "timeout", "price", ...).
    public var metric: String?
    /// Qualifiers in the same fact ("512MB memory", "without SnapStart", "per region").
    public var conditions: [String]
    /// Rumoured, expected, an example or a recommendation: context, never evidence of a conflict.
    public var hedged: Bool
    /// "before" or "after" for the two sides of `X → Y`.
    public var role: String?

    public init(surface: String, start: Int, end: Int, low: Double?, high: Double?, unit: String,
                comparator: Comparator, kind: Kind, normalizedLow: Double?, normalizedHigh: Double?,
                normalizedUnit: String, dimension: String, subject: String? = nil, metric: String? = nil,
                conditions: [String] = [], hedged: Bool = false, role: String? = nil) {
        self.surface = surface
        self.start = start
        self.end = end
        self.low = low
        self.high = high
        self.unit = unit
        self.comparator = comparator
        self.kind = kind
        self.normalizedLow = normalizedLow
        self.normalizedHigh = normalizedHigh
        self.normalizedUnit = normalizedUnit
        self.dimension = dimension
        self.subject = subject
        self.metric = metric
        self.conditions = conditions
        self.hedged = hedged
        self.role = role
    }
}
