import KBModel
import KBText

/// A unit kb recognises: how it is written in a claim, its canonical unit, the factor (and offset)
/// to it, its dimension, and its vector of base units for arithmetic.
///
/// Canonical units: time in seconds, information in bytes (KB/MB/GB decimal, KiB/MiB binary as
/// written), money in its currency (never converted between currencies), SI for physical
/// quantities. Built from the lexicon's `unit` entries.
///
/// For example:
///
/// ```swift
/// Units.standard.lookup("minutes")  // Unit(written: "min", canonical: "s", factor: 60, dimension: .time)
/// ```
public struct Unit: Sendable, Hashable {
    /// The unit as reported in a claim ("ms", "GB", "min").
    public var written: String
    public var canonical: String
    public var factor: Double
    /// Added after scaling (temperatures: °F to °C).
    public var offset: Double
    public var dimension: Dimension
    /// Powers of base units, and the scale that turns a canonical value into base units.
    public var vector: UnitVector

    /// `value` in the canonical unit.
    public func normalize(_ value: Double) -> Double { value * factor + offset }
}

/// A unit as powers of base units, so products and sums can be checked: money (per currency),
/// bytes, seconds, joules; counted things and ratios are dimensionless.
///
/// For example a price per gigabyte-second is USD¹·B⁻¹·s⁻¹.
public struct UnitVector: Sendable, Hashable {
    public var powers: [String: Int]

    public init(powers: [String: Int] = [:]) {
        self.powers = powers.filter { $0.value != 0 }
    }

    public static let dimensionless = UnitVector()

    public static func * (lhs: UnitVector, rhs: UnitVector) -> UnitVector {
        var powers = lhs.powers
        for (base, power) in rhs.powers { powers[base, default: 0] += power }
        return UnitVector(powers: powers)
    }

    public static func / (lhs: UnitVector, rhs: UnitVector) -> UnitVector {
        lhs * UnitVector(powers: rhs.powers.mapValues { -$0 })
    }

    /// Money of one currency and nothing else.
    public var isMoney: Bool { powers.count == 1 && powers.first.map { $0.key.hasPrefix("money:") && $0.value == 1 } == true }
}

/// The unit table, from the lexicon.
public struct Units: Sendable {
    var exact: [String: Unit] = [:]
    var caseless: [String: Unit] = [:]
    /// Multi-word forms by first word (lowercased): ("business days", unit).
    var phrases: [String: [([String], Unit)]] = [:]
    public var currencies: [String: String]
    public var fractions: [String: Double]

    public static let standard = Units(lexicon: .standard)

    public init(lexicon: Lexicon) {
        currencies = lexicon.currencies
        fractions = lexicon.fractions
        for entry in lexicon.units {
            let dimension = Dimension(rawValue: entry.dimension)
            let unit = Unit(written: entry.written, canonical: entry.canonical, factor: entry.factor, offset: entry.offset,
                            dimension: dimension, vector: Self.vector(dimension: dimension))
            for form in entry.forms {
                let words = form.split(separator: " ").map { String($0) }
                if words.count > 1 {
                    phrases[words[0].lowercased(), default: []].append((words.map { $0.lowercased() }, unit))
                } else if entry.caseSensitive || form.unicodeScalars.count == 1 {
                    if exact[form] == nil { exact[form] = unit }
                } else if caseless[form.lowercased()] == nil {
                    caseless[form.lowercased()] = unit
                }
            }
        }
        for key in phrases.keys { phrases[key]?.sort { $0.0.count > $1.0.count } }
    }

    /// The unit a single written form names, or nil.
    public func lookup(_ form: String) -> Unit? {
        exact[form] ?? caseless[form.lowercased()]
    }

    /// The unit named by the words starting at `index` (a multi-word form such as "business
    /// days" first), with the number of tokens it takes.
    public func unit(in tokens: [Token], at index: Int) -> (Unit, Int)? {
        guard index < tokens.count else { return nil }
        for (words, unit) in phrases[tokens[index].lower] ?? [] where index + words.count <= tokens.count {
            if zip(words, tokens[index..<(index + words.count)]).allSatisfy({ $0 == $1.lower }) { return (unit, words.count) }
        }
        // "°C", "m²", "BTU/h", "km/h": symbols that span several tokens.
        for length in [3, 2] where index + length <= tokens.count {
            let span = tokens[index..<(index + length)]
            guard span.dropFirst().allSatisfy({ !$0.spaceBefore }) else { continue }
            let joined = span.map(\.text).joined()
            // Two letters glued are too often a word's pieces to be read without case; a symbol
            // among them ("°C", "m²") is a unit's.
            let symbolic = joined.unicodeScalars.contains { !$0.properties.isAlphabetic }
            if let unit = exact[joined] ?? (joined.count > 2 || symbolic ? caseless[joined.lowercased()] : nil) { return (unit, length) }
        }
        if let unit = lookup(tokens[index].text) { return (unit, 1) }
        return nil
    }

    /// The base-unit vector of a dimension (counted things and ratios are dimensionless; power is
    /// energy per second so that watts times hours gives watt-hours).
    public static func vector(dimension: Dimension) -> UnitVector {
        switch dimension {
        case .time: UnitVector(powers: ["s": 1])
        case .information: UnitVector(powers: ["B": 1])
        case .money(let currency): UnitVector(powers: ["money:" + currency: 1])
        case .physical("energy"): UnitVector(powers: ["J": 1])
        case .physical("power"): UnitVector(powers: ["J": 1, "s": -1])
        case .physical(let name): UnitVector(powers: [name: 1])
        case .per(let a, let b): vector(dimension: a) / vector(dimension: b)
        case .times(let a, let b): vector(dimension: a) * vector(dimension: b)
        case .ratio, .percent, .count: .dimensionless
        }
    }

    /// Scale from a canonical unit to base units (energy is stored in Wh, based in J).
    public static func baseScale(_ dimension: Dimension) -> Double {
        switch dimension {
        case .physical("energy"): 3600
        // Prices per gigabyte-second are normalised per GB-s: a GB-s is 1e9 byte-seconds.
        case .times(.information, .time): 1e9
        case .percent: 0.01
        case .per(let a, let b): baseScale(a) / baseScale(b)
        case .times(let a, let b): baseScale(a) * baseScale(b)
        default: 1
        }
    }
}
