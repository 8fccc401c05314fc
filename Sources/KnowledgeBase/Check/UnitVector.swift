import KBModel
import KBText
/// A quantity's unit as powers of base dimensions, so products and sums can be checked:
/// money (per currency), bytes, seconds; counted things ("instances", "requests") and ratios are
/// dimensionless.
///
/// For example "USD/GB-s" is USD¹·B⁻¹·s⁻¹ with a scale of 1e-9 (a price per gigabyte-second is a
/// billionth of one per byte-second).
struct UnitVector: Sendable, Hashable {
    var powers: [String: Int]

    static let dimensionless = UnitVector(powers: [:])

    static func * (lhs: UnitVector, rhs: UnitVector) -> UnitVector {
        var powers = lhs.powers
        for (base, power) in rhs.powers { powers[base, default: 0] += power }
        return UnitVector(powers: powers.filter { $0.value != 0 })
    }

    static func / (lhs: UnitVector, rhs: UnitVector) -> UnitVector {
        lhs * UnitVector(powers: rhs.powers.mapValues { -$0 })
    }

    static let seconds = UnitVector(powers: ["s": 1])

    /// Whether the unit is money (of some currency) and nothing else.
    var isMoney: Bool { powers.count == 1 && powers.first.map { $0.key.hasPrefix("money:") && $0.value == 1 } == true }

    /// Parses a normalised unit ("USD/GB-s", "B", "s", "USD/request", "%") into its vector and
    /// the factor that turns a value in it into base units.
    static func parse(_ unit: String) -> (vector: UnitVector, scale: Double) {
        let sides = unit.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        var vector = UnitVector.dimensionless
        var scale = 1.0
        for (index, side) in sides.enumerated() {
            for factor in side.split(separator: "-").map(String.init) where !factor.isEmpty {
                let (part, factorScale) = baseUnit(factor)
                if index == 0 {
                    vector = vector * part
                    scale *= factorScale
                } else {
                    vector = vector / part
                    scale /= factorScale
                }
            }
        }
        return (vector, scale)
    }

    /// One factor of a unit: its vector (dimensionless for counted things) and scale. Power is
    /// energy per second, so that watts times hours gives watt-hours.
    static func baseUnit(_ factor: String) -> (UnitVector, Double) {
        if factor == "%" { return (.dimensionless, 0.01) }
        if factor == "s" { return (.seconds, 1) }
        if Units.currencies.values.contains(factor) { return (UnitVector(powers: ["money:" + factor: 1]), 1) }
        guard let unit = Units.lookup(factor) else { return (.dimensionless, 1) }
        switch unit.dimension {
        case "information": return (UnitVector(powers: ["B": 1]), unit.factor)
        case "time": return (.seconds, unit.factor)
        case "energy": return (UnitVector(powers: ["J": 1]), unit.factor * 3600)  // canonical Wh
        case "power": return (UnitVector(powers: ["J": 1, "s": -1]), unit.factor)  // canonical W
        default: return (.dimensionless, 1)
        }
    }
}
