import ArgumentParser
import Foundation
import KBCheck
import KBClaims
import KBExport
import KBIngest
import KBModel
import KBSearch
import KBText
import KnowledgeStore
struct Claims: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List numeric claims: value, unit, comparator, normalised value, subject and metric.",
        discussion: """
            Quantities take a unit: --max 10ms, --min 1GB, --max '$0.01'. \
            Example: kb claims --metric "cold start" --max 10ms. Exit status: 0 claims, 1 none, 2 error.
            """
    )

    @Option(help: "Only claims whose subject contains this text (case-insensitive).")
    var subject: String?

    @Option(help: "Only claims about this metric (for example 'cold start', timeout, memory, price).")
    var metric: String?

    @Option(name: .customLong("unit"), help: "Only claims of this dimension (time, information, money, percent, ratio, ...).")
    var dimension: String?

    @Option(help: "Only claims whose lower bound is at least this quantity (for example 1GB).")
    var min: String?

    @Option(help: "Only claims whose upper bound is at most this quantity (for example 10ms).")
    var max: String?

    @Flag(help: "Print the claims as JSON.")
    var json = false

    @Option(help: "Show at most this many claims; 0 for all.")
    var limit = 1000

    @Flag(name: .customLong("no-pager"), help: "Do not pipe the list through a pager ($KB_PAGER, $PAGER or less -FRX) on a terminal.")
    var noPager = false

    @OptionGroup var index: IndexOptions

    func validate() throws {
        if limit < 0 { throw ValidationError("--limit must be 0 (all) or more") }
        if let low = min.flatMap(ClaimFilter.quantity), let high = max.flatMap(ClaimFilter.quantity) {
            if low.dimension != high.dimension {
                throw ValidationError("--min \(min ?? "") and --max \(max ?? "") measure different things (\(low.dimension), \(high.dimension))")
            }
            if low.value > high.value { throw ValidationError("--min \(min ?? "") is above --max \(max ?? ""): no claim can match") }
        }
        if let dimension = dimension?.lowercased() {
            for (name, value) in [("--min", min), ("--max", max)] {
                guard let value, let bound = ClaimFilter.quantity(value) else { continue }
                let family = String(bound.dimension.prefix { $0 != ":" && $0 != "/" })
                if family != String(dimension.prefix { $0 != ":" && $0 != "/" }) {
                    throw ValidationError("\(name) \(value) is a quantity of \(family), not of --unit \(dimension): no claim can match")
                }
            }
        }
        for (name, value) in [("--min", min), ("--max", max)] {
            if let value, ClaimFilter.quantity(value) == nil {
                throw ValidationError("\(name) \(value): not a quantity with a unit (try 10ms, 1GB, $0.01)")
            }
        }
    }

    func run() throws {
        var filter = ClaimFilter()
        filter.subject = subject
        filter.metric = metric
        filter.dimension = dimension
        filter.maximum = max.flatMap(ClaimFilter.quantity)
        filter.minimum = min.flatMap(ClaimFilter.quantity)
        filter.limit = limit
        let hits: [ClaimHit]
        let total: Int
        var dimensions: [String] = []
        do {
            let store = try index.openForReading()
            (hits, total) = try store.claimsAndTotal(filter)
            if hits.isEmpty, dimension != nil { dimensions = try store.claimDimensions() }
        } catch {
            error.exit()
        }
        // Said first, so that it stays above the list in a pager.
        if hits.count < total {
            Terminal.error("showing \(hits.count) of \(total) claims; --limit 0 for all")
        }
        if json {
            JSONOutput.print(ClaimsJSON(claims: hits.map(ClaimsJSON.Claim.init), total: total, truncated: hits.count < total))
        } else if !hits.isEmpty {
            Pager.start(unless: noPager)
            for hit in hits { print(Self.render(hit)) }
        }
        if hits.isEmpty {
            if let dimension, !dimensions.contains(where: { $0 == dimension.lowercased() || $0.hasPrefix(dimension.lowercased() + ":") }) {
                let families = Set(dimensions.map { String($0.prefix { $0 != ":" && $0 != "/" }) }).sorted()
                Terminal.error("--unit \(dimension): the index holds no claims of that dimension (it holds: \(families.joined(separator: ", ")))")
            } else {
                Terminal.error("no claims match")
            }
            throw ExitCode(1)
        }
    }

    static func render(_ hit: ClaimHit) -> String {
        let claim = hit.claim
        let normalized = [claim.normalizedLow, claim.normalizedHigh].compactMap { $0 }.map(Self.format)
        let value = normalized.count == 2 && normalized[0] != normalized[1] ? normalized.joined(separator: "–") : normalized.last ?? "?"
        // Corpus text goes through Terminal.safe: no escape sequence or carriage return reaches the terminal.
        var line = Terminal.location(Terminal.safe(hit.location.description)) + "  " + Terminal.bold(Terminal.safe(claim.subject ?? "?"))
        line += "  " + Terminal.safe(claim.metric ?? "?") + "  " + Terminal.safe(claim.surface)
        line += Terminal.dim(Terminal.safe("  (\(claim.comparator.rawValue) \(value) \(claim.normalizedUnit))"))
        if claim.hedged { line += Terminal.dim("  [hedged]") }
        return line + "\n    " + Terminal.safe(hit.fact)
    }

    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(format: "%g", value)
    }
}

/// `kb claims --json`.
struct ClaimsJSON: Encodable {
    struct Normalized: Encodable {
        var low: Double?
        var high: Double?
        var unit: String
    }

    struct Claim: Encodable {
        var claimID: Int64
        var factID: Int64
        var answerID: Int64
        var source: String
        var line: Int
        var fact: String
        var surface: String
        var start: Int
        var end: Int
        var low: Double?
        var high: Double?
        var unit: String
        var comparator: String
        var kind: String
        var normalized: Normalized
        var dimension: String
        var subject: String?
        var metric: String?
        var conditions: [String]
        var hedged: Bool
        var role: String?
        var qualifiers: [Qualifier]
        var hedge: String?
        var year: Int?
        var subjectEvidence: [String]

        enum CodingKeys: String, CodingKey {
            case claimID = "claim_id", factID = "fact_id", answerID = "answer_id", source, line, fact, surface, start, end, low, high,
                 unit, comparator, kind, normalized, dimension, subject, metric, conditions, hedged, role, qualifiers, hedge, year,
                 subjectEvidence = "subject_evidence"
        }

        init(_ hit: ClaimHit) {
            let claim = hit.claim
            claimID = hit.claimID
            factID = hit.factID
            answerID = hit.answerID
            source = hit.location.path
            line = hit.location.line
            fact = hit.fact
            surface = claim.surface
            start = claim.start
            end = claim.end
            low = claim.low
            high = claim.high
            unit = claim.unit
            comparator = claim.comparator.rawValue
            kind = claim.kind.rawValue
            normalized = Normalized(low: claim.normalizedLow, high: claim.normalizedHigh, unit: claim.normalizedUnit)
            dimension = claim.dimension.rawValue
            subject = claim.subject
            metric = claim.metric
            conditions = claim.conditions
            hedged = claim.hedged
            role = claim.role?.rawValue
            qualifiers = claim.qualifiers
            hedge = claim.hedge?.rawValue
            year = claim.year
            subjectEvidence = claim.subjectEvidence
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(claimID, forKey: .claimID)
            try container.encode(factID, forKey: .factID)
            try container.encode(answerID, forKey: .answerID)
            try container.encode(source, forKey: .source)
            try container.encode(line, forKey: .line)
            try container.encode(fact, forKey: .fact)
            try container.encode(surface, forKey: .surface)
            try container.encode(start, forKey: .start)
            try container.encode(end, forKey: .end)
            // Open bounds are null, not missing.
            try container.encode(low, forKey: .low)
            try container.encode(high, forKey: .high)
            try container.encode(unit, forKey: .unit)
            try container.encode(comparator, forKey: .comparator)
            try container.encode(kind, forKey: .kind)
            try container.encode(normalized, forKey: .normalized)
            try container.encode(dimension, forKey: .dimension)
            try container.encode(subject, forKey: .subject)
            try container.encode(metric, forKey: .metric)
            try container.encode(conditions, forKey: .conditions)
            try container.encode(hedged, forKey: .hedged)
            try container.encodeIfPresent(role, forKey: .role)
            try container.encode(qualifiers, forKey: .qualifiers)
            try container.encode(hedge, forKey: .hedge)
            try container.encode(year, forKey: .year)
            try container.encode(subjectEvidence, forKey: .subjectEvidence)
        }
    }

    var claims: [Claim]
    /// How many claims match in all, and whether `claims` holds fewer (see `--limit`).
    var total: Int?
    var truncated: Bool?
}
