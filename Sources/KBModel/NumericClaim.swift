/// A quantity stated in a fact, as a frame: what was written, how it bounds the value, in which
/// unit, normalised to a canonical unit, what it is about (subject), which property it measures
/// (metric), under which qualifiers, when, and whether it is evidence at all.
///
/// For example, in "Node.js 20: 200-300ms cold start" the claim has `surface` "200-300ms", `low`
/// 200, `high` 300, `unit` "ms", `comparator` `.equal`, `normalizedLow` 0.2, `normalizedHigh` 0.3,
/// `normalizedUnit` "s", `dimension` `.time`, `subject` "Node.js 20" and `metric` "cold start".
public struct NumericClaim: Sendable, Hashable, Codable {
    /// How the stated value bounds the real one.
    public enum Comparator: String, Sendable, Hashable, Codable {
        case equal = "=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">=", approximately = "~"
    }

    /// What sort of quantity it is.
    public enum Kind: String, Sendable, Hashable, Codable {
        case measure, rate, money, moneyRate = "money-rate", ratio, percent, count, vague
        /// A unit-less value of a named setting ("worker_processes defaults to 4").
        case setting
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
    /// The bounds in the canonical unit of the quantity's dimension.
    public var normalizedLow: Double?
    public var normalizedHigh: Double?
    public var normalizedUnit: String
    /// The dimension compared quantities must share.
    public var dimension: Dimension
    /// The entity the number is about, when found.
    public var subject: String?
    /// The measured property: a metric of the ontology ("price", "latency") or, for counts and
    /// settings, what is counted or set ("virtual card", "worker_processes").
    public var metric: String?
    /// The qualifiers as written (kept for the JSON contract: `conditions`).
    public var conditions: [String] { qualifiers.map(\.text) }
    /// Typed qualifiers.
    public var qualifiers: [Qualifier]
    /// Why this is context rather than evidence, when it is.
    public var hedge: Hedge?
    /// Rumoured, expected, an example, a recommendation or a scenario: never evidence of a conflict.
    public var hedged: Bool { hedge != nil && hedge != .typical }
    /// The side of a stated change (`from X to Y`, `X → Y`).
    public var role: Role?
    /// The year that stamps the fact or its answer ("(2024)", "As of 2025"), when there is one.
    public var year: Int?
    /// How the subject was chosen, strongest first ("clause subject (1.0): Crew plan", "topic (0.45): ...").
    public var subjectEvidence: [String]
    /// How surely the subject is what the value is about, from 0 to 1: 1 for the subject of the
    /// value's own clause, less for a subject taken from the answer's context.
    public var subjectWeight: Double

    public init(surface: String, start: Int, end: Int, low: Double?, high: Double?, unit: String,
                comparator: Comparator, kind: Kind, normalizedLow: Double?, normalizedHigh: Double?,
                normalizedUnit: String, dimension: Dimension, subject: String? = nil, metric: String? = nil,
                qualifiers: [Qualifier] = [], hedge: Hedge? = nil, role: Role? = nil, year: Int? = nil,
                subjectEvidence: [String] = [], subjectWeight: Double = 1) {
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
        self.qualifiers = qualifiers
        self.hedge = hedge
        self.role = role
        self.year = year
        self.subjectEvidence = subjectEvidence
        self.subjectWeight = subjectWeight
    }
}
