import KBModel
import KBText
import Foundation

/// Numbers for one subject and metric that cannot both be true: their normalised intervals are
/// disjoint beyond rounding, under the same conditions.
///
/// Claims are grouped by subject (names folded, see ``SubjectIndex``), metric and canonical unit,
/// so the work grows with the corpus, not with its square. Only claims whose subject the fact names
/// take part; hedged claims, the "before" side of a before/after pair, totals of money and counts
/// (which describe a scenario, not the subject) and numbers inside stated computations never do.
struct NumericRule: CheckRule {
    let kind = Finding.Kind.numeric
    let name = "NumericConflict"
    let summary = "Two facts give numbers for the same subject and metric that cannot both hold."
    let help = """
        Compares numeric claims with the same subject, metric and unit dimension, after normalising units \\
        (15 minutes = 900 s, $25 per 1M = $0.000025 each). Each value is an interval: a range as written, \\
        "up to 10 ms" is [0, 10 ms], "100K+" is at least 100,000, "~5 ms" is 5 ms ±15%, and a plain value carries \\
        its rounding (at least ±5%). Claims conflict when their intervals are disjoint. Claims under different \\
        conditions (memory setting, with/without a feature, scope, place, year) are not compared; a condition \\
        stated on one side only lowers the finding to a note. Error when the values differ by 2x or more.
        """

    /// The conditions that tell two claims apart: settings with a number ("512MB memory"), a
    /// feature's absence or a named one ("without SnapStart", "with SnapStart"), places and scopes
    /// ("on localhost", "across zones", "per region", "platform-wide"), circumstances ("after 50 GB",
    /// "when idle", "during peak hours"). Descriptive phrases ("with a capacity", "on a full") and the
    /// claim's own words ("with a 5-year") do not.
    static func significantConditions(_ claim: NumericClaim) -> Set<String> {
        var result: Set<String> = []
        for condition in claim.conditions {
            let lowered = condition.lowercased()
            guard !lowered.contains(claim.surface.lowercased()) else { continue }
            let words = condition.split(separator: " ").map(String.init)
            let first = words.first?.lowercased() ?? ""
            let second = words.count > 1 ? words[1] : ""
            let descriptive = ClaimContext.determiners.contains(second.lowercased())
            let significant: Bool
            if condition.contains(where: \.isNumber) || lowered.hasSuffix("-wide") {
                significant = true
            } else {
                switch first {
                case "without", "across", "after", "during", "while", "when", "if", "under", "per": significant = true
                case "with": significant = second.first?.isUppercase == true
                case "on": significant = !descriptive
                default: significant = !descriptive
                }
            }
            if significant { result.insert(lowered) }
        }
        return result
    }

    /// Metric names that only restate the dimension: "percentage" of what is unknown.
    static let dimensionNames: Set<String> = ["percentage", "percent", "count", "ratio", "number", "amount", "value"]

    /// The name after "same as" just after a claim: "max 3008MB - same as Lambda" -> "Lambda".
    static func sameAs(after claim: NumericClaim, in text: [Unicode.Scalar]) -> String? {
        let window = text.string(min(claim.end, text.count), min(text.count, claim.end + 40))
        guard let range = window.range(of: "same as "), window.distance(from: window.startIndex, to: range.lowerBound) <= 6 else {
            return nil
        }
        let rest = window[range.upperBound...]
        let words = rest.split(separator: " ").prefix { word in
            word.first?.isUppercase == true || word.contains(".")
        }.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ".,;:)")) }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    struct Candidate {
        var fact: Int
        var claim: NumericClaim
        var low: Double
        var high: Double
        var conditions: Set<String>
    }

    func findings(in context: CheckContext) -> [Finding] {
        var candidates: [Candidate] = []
        for (index, fact) in context.facts.enumerated() {
            let computes = fact.text.has(" = ") || fact.text.has("×") || fact.text.has(" @ ")
            let lowered = fact.text.lowercased()
            let scalars = Array(fact.text.unicodeScalars)
            // A setting another claim of the fact is stated under ("(512MB memory): 250ms") is a
            // condition, not a claim about the subject.
            for (claimIndex, claim) in fact.claims.enumerated() {
                let settings = fact.claims.enumerated().filter { $0.offset != claimIndex }.flatMap(\.element.conditions)
                guard claim.comparator != .equal || !settings.contains(where: { $0.contains(claim.surface) }) else { continue }
                // Numbers inside a stated computation describe a scenario; the unit prices it uses are
                // facts. Money per month or per day is the cost of a scenario too.
                let unit = UnitVector.parse(claim.normalizedUnit).vector
                let perPeriod = claim.kind == .moneyRate && unit.powers.count == 2 && unit.powers["s"] == -1
                guard !computes || claim.kind == .moneyRate, !perPeriod else { continue }
                // A sum of money is a price of its subject only when it stands alone in its fact:
                // "The 30-day pass costs $98". Two or more ("$12 vs $32", "$9,800 before incentives
                // ... $6,860") describe a comparison or a scenario.
                let price = claim.kind == .money && claim.metric == "price"
                    && fact.claims.filter({ $0.kind == .money }).count == 1 && claim.comparator == .equal
                guard !claim.hedged, claim.role != "before", let subject = claim.subject, let metric = claim.metric,
                      !Self.dimensionNames.contains(metric.lowercased()), claim.kind != .money || price,
                      lowered.has(subject.lowercased()), let (low, high) = Self.interval(claim) else { continue }
                let candidate = Candidate(fact: index, claim: claim, low: low, high: high,
                                          conditions: Self.significantConditions(claim))
                candidates.append(candidate)
                // "max 3008MB - same as Lambda": the number is also claimed for Lambda.
                if let other = Self.sameAs(after: claim, in: scalars) {
                    var borrowed = candidate
                    borrowed.claim.subject = other
                    candidates.append(borrowed)
                }
            }
        }
        let subjects = SubjectIndex(names: candidates.compactMap(\.claim.subject))
        var groups: [String: [Candidate]] = [:]
        for candidate in candidates {
            let key = [subjects.key(candidate.claim.subject ?? ""), candidate.claim.metric?.lowercased() ?? "",
                       candidate.claim.normalizedUnit].joined(separator: "\u{1F}")
            groups[key, default: []].append(candidate)
        }
        var findings: [Finding] = []
        for key in groups.keys.sorted() {
            guard let group = groups[key], group.count > 1 else { continue }
            if let finding = finding(for: group, context: context, subjects: subjects) { findings.append(finding) }
        }
        return findings
    }

    /// One finding for a group's conflicting claims, or nil when they agree.
    /// Groups up to this size compare every pair; larger ones compare each bucket of like
    /// conditions by its extremes (the lowest ceiling against the highest floor), in linear time.
    static let pairwiseLimit = 48

    func finding(for group: [Candidate], context: CheckContext, subjects: SubjectIndex) -> Finding? {
        var involved: [Int] = []
        var severity = Finding.Severity.note
        var worst: (Candidate, Candidate, Double)?
        for (i, j) in Self.pairs(group, context: context) {
            do {
                let a = group[i], b = group[j]
                let factA = context.facts[a.fact], factB = context.facts[b.fact]
                guard factA.answerID != factB.answerID, factA.clusterID != factB.clusterID else { continue }
                if let yearA = factA.year, let yearB = factB.year, yearA != yearB { continue }
                // Claims under different conditions (or a condition stated on one side only) are
                // not comparable: "400ms" with SnapStart says nothing against "4.5s without".
                guard a.conditions == b.conditions else { continue }
                // Two stated maxima of one limit must agree: "10GB memory maximum" against "max 3008MB".
                let limits = a.claim.comparator == .lessOrEqual && b.claim.comparator == .lessOrEqual
                    && a.claim.kind != .ratio && b.claim.kind != .ratio
                if limits {
                    let widenA = max(0.05, Self.rounding(a.claim.surface)), widenB = max(0.05, Self.rounding(b.claim.surface))
                    guard a.high * (1 + widenA) < b.high * (1 - widenB) || b.high * (1 + widenB) < a.high * (1 - widenA) else { continue }
                    let (lower, upper) = a.high < b.high ? (a, b) : (b, a)
                    let factor = upper.high / max(lower.high, .leastNonzeroMagnitude)
                    severity = max(severity, factor >= 2 ? .error : .warning)
                    for index in [i, j] where !involved.contains(index) { involved.append(index) }
                    if worst == nil || factor > (worst?.2 ?? 0) { worst = (lower, upper, factor) }
                    continue
                }
                guard a.high < b.low || b.high < a.low else { continue }
                let (lower, upper) = a.high < b.low ? (a, b) : (b, a)
                let factor = lower.high > 0 ? upper.low / lower.high : .infinity
                severity = max(severity, factor >= 2 ? .error : .warning)
                for index in [i, j] where !involved.contains(index) { involved.append(index) }
                if worst == nil || factor > (worst?.2 ?? 0) { worst = (lower, upper, factor) }
            }
        }
        guard let (lower, upper, _) = worst, let first = group.first else { return nil }
        let members = involved.sorted { group[$0].fact < group[$1].fact }.map { group[$0] }
        let subject = subjects.displayName(first.claim.subject ?? "")
        let metric = first.claim.metric ?? ""
        let message = "\(subject) \(metric): \(lower.claim.surface) and \(upper.claim.surface) cannot both hold "
            + "(\(Self.describe(lower)) vs \(Self.describe(upper)))."
        return Finding(kind: kind, severity: severity, subject: subject, attribute: metric, message: message,
                       facts: members.map { context.facts[$0.fact].evidence($0.claim.surface) },
                       values: members.map(Self.describe))
    }

    /// The pairs of a group worth comparing: all of them in a small group; in a large one, per
    /// bucket of equal conditions and year, the claim with the lowest ceiling against the one with
    /// the highest floor, and the lowest stated maximum against the highest.
    static func pairs(_ group: [Candidate], context: CheckContext) -> [(Int, Int)] {
        if group.count <= pairwiseLimit {
            return group.indices.flatMap { i in group.indices.filter { $0 > i }.map { (i, $0) } }
        }
        var buckets: [String: [Int]] = [:]
        for (index, candidate) in group.enumerated() {
            let key = candidate.conditions.sorted().joined(separator: "\u{1F}") + "\u{1E}" + (context.facts[candidate.fact].year.map(String.init) ?? "")
            buckets[key, default: []].append(index)
        }
        var result: [(Int, Int)] = []
        for key in buckets.keys.sorted() {
            guard let members = buckets[key], members.count > 1 else { continue }
            if let lowestCeiling = members.min(by: { group[$0].high < group[$1].high }),
               let highestFloor = members.max(by: { group[$0].low < group[$1].low }), lowestCeiling != highestFloor {
                result.append((min(lowestCeiling, highestFloor), max(lowestCeiling, highestFloor)))
            }
            let maxima = members.filter { group[$0].claim.comparator == .lessOrEqual }
            if let lowest = maxima.min(by: { group[$0].high < group[$1].high }),
               let highest = maxima.max(by: { group[$0].high < group[$1].high }), lowest != highest {
                result.append((min(lowest, highest), max(lowest, highest)))
            }
        }
        return result
    }

    /// A claim's value as an interval in its canonical unit, widened by its rounding.
    static func interval(_ claim: NumericClaim) -> (Double, Double)? {
        let low = claim.normalizedLow, high = claim.normalizedHigh
        switch claim.comparator {
        case .less, .lessOrEqual:
            guard let high else { return nil }
            return (claim.kind == .vague ? (low ?? 0) : 0, high)
        case .greater, .greaterOrEqual:
            guard let low else { return nil }
            return (low, high ?? .infinity)
        case .equal, .approximately:
            guard let low, let high else { return nil }
            if claim.kind == .vague { return (low, high) }
            let widen = claim.comparator == .approximately ? 0.15 : min(0.25, max(0.05, Self.rounding(claim.surface)))
            return (low * (1 - widen), high * (1 + widen))
        }
    }

    /// The relative rounding of the first number written: "0.5" 10%, "250" 2%, "5.40" 0.1%.
    static func rounding(_ surface: String) -> Double {
        var digits = ""
        for character in surface.drop(while: { !$0.isNumber }) {
            if character.isNumber || character == "." { digits.append(character) } else if character != "," { break }
        }
        guard let value = Double(digits), value > 0 else { return 0 }
        if digits.contains(".") { return Arithmetic.precision(of: digits) }
        let zeros = digits.reversed().prefix { $0 == "0" }.count
        return Arithmetic.pow10(min(zeros, digits.count - 1)) / 2 / value
    }

    static func describe(_ candidate: Candidate) -> String {
        let claim = candidate.claim
        let unit = claim.normalizedUnit
        func show(_ value: Double) -> String { value.rounded(toPlaces: 9).formatted }
        let value: String
        switch claim.comparator {
        case .less, .lessOrEqual: value = "≤ " + show(claim.normalizedHigh ?? candidate.high)
        case .greater, .greaterOrEqual: value = "≥ " + show(claim.normalizedLow ?? candidate.low)
        case .approximately: value = "~" + show(claim.normalizedLow ?? candidate.low)
        case .equal:
            let low = claim.normalizedLow ?? candidate.low, high = claim.normalizedHigh ?? candidate.high
            value = low == high ? show(low) : show(low) + "–" + show(high)
        }
        return "\(claim.surface) = \(value) \(unit)".trimmingCharacters(in: " ")
    }
}
