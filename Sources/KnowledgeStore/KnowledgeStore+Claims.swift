import KBModel
import KBText
import Foundation
import GRDB
import KBSearch
import KBIngest

extension KnowledgeStore {
    /// Stored claims matching `filter`, by subject, metric and source order.
    public func claims(_ filter: ClaimFilter) throws(StoreError) -> [ClaimHit] {
        try claimsAndTotal(filter).claims
    }

    /// The claims matching `filter` (at most `filter.limit`, 0 for all) and how many match in all.
    public func claimsAndTotal(_ filter: ClaimFilter) throws(StoreError) -> (claims: [ClaimHit], total: Int) {
        var conditions: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        if let subject = filter.subject {
            conditions.append("claims.subject LIKE ? ESCAPE '\\'")
            arguments.append("%" + subject.replacingAll("\\", with: "\\\\").replacingAll("%", with: "\\%").replacingAll("_", with: "\\_") + "%")
        }
        if let metric = filter.metric {
            conditions.append("LOWER(claims.metric) = LOWER(?)")
            arguments.append(metric)
        }
        if let dimension = filter.dimension?.lowercased() {
            // "money" also matches "money:USD" and "money:EUR/s"; any case.
            conditions.append("(LOWER(claims.dimension) = ? OR LOWER(claims.dimension) LIKE ? ESCAPE '\\')")
            arguments += [dimension, dimension.replacingAll("%", with: "\\%").replacingAll("_", with: "\\_") + ":%"]
        }
        if let maximum = filter.maximum {
            conditions.append("claims.dimension = ? AND claims.norm_high IS NOT NULL AND claims.norm_high <= ?")
            arguments += [maximum.dimension, maximum.value * (1 + 1e-9)]
        }
        if let minimum = filter.minimum {
            conditions.append("claims.dimension = ? AND claims.norm_low IS NOT NULL AND claims.norm_low >= ?")
            arguments += [minimum.dimension, minimum.value * (1 - 1e-9)]
        }
        if let factIDs = filter.factIDs {
            conditions.append("claims.fact_id IN (" + (factIDs.isEmpty ? "NULL" : factIDs.map(String.init).joined(separator: ",")) + ")")
        }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return try mapped {
            try writer.read { db in
                let rows = try Row.fetchAll(db, sql: """
                    SELECT claims.*, claims.id AS claim_id, facts.text AS fact, facts.answer_id, facts.line_offset
                    FROM claims JOIN facts ON facts.id = claims.fact_id
                    \(whereClause)
                    ORDER BY claims.subject, claims.metric, claims.id
                    LIMIT ?
                    """, arguments: StatementArguments(arguments + [filter.limit > 0 ? filter.limit : -1]))
                let total = try Int.fetchOne(db, sql: """
                    SELECT COUNT(*) FROM claims JOIN facts ON facts.id = claims.fact_id \(whereClause)
                    """, arguments: StatementArguments(arguments)) ?? rows.count
                let claims = try rows.map { row in
                    let answerID: Int64 = row["answer_id"]
                    let occurrences = try Self.occurrences(db, answerID: answerID, lineOffset: row["line_offset"])
                    let claim = Self.claim(from: row)
                    return ClaimHit(claimID: row["claim_id"], factID: row["fact_id"], answerID: answerID, fact: row["fact"],
                                    location: occurrences.first ?? SourceLocation(path: "", line: 0), claim: claim)
                }
                return (claims, total)
            }
        }
    }

    /// The dimensions the index's claims have ("time", "money:USD", ...), lowercased.
    public func claimDimensions() throws(StoreError) -> [String] {
        try mapped {
            try writer.read { db in try String.fetchAll(db, sql: "SELECT DISTINCT LOWER(dimension) FROM claims ORDER BY 1") }
        }
    }

    /// A JSON list column (qualifiers, evidence): most rows hold an empty list, read without a
    /// decoder.
    static func decodedList<Element: Decodable>(_ text: String) -> [Element]? {
        if text == "[]" { return [] }
        return try? JSONDecoder().decode([Element].self, from: Data(text.utf8))
    }

    /// A claim decoded from a `claims` row (its JSON lists left empty unless `decodingLists`).
    static func claim(from row: Row, decodingLists: Bool = true) -> NumericClaim {
        func decode<Element: Decodable>(_ type: [Element].Type, _ column: String) -> [Element]? {
            decodingLists ? (row[column] as String?).flatMap(decodedList) : []
        }
        return NumericClaim(
            surface: row["surface"], start: row["start"], end: row["end"], low: row["low"], high: row["high"],
            unit: row["unit"] ?? "", comparator: NumericClaim.Comparator(rawValue: row["comparator"]) ?? .equal,
            kind: NumericClaim.Kind(rawValue: row["kind"]) ?? .measure, normalizedLow: row["norm_low"],
            normalizedHigh: row["norm_high"], normalizedUnit: row["norm_unit"] ?? "", dimension: Dimension(rawValue: row["dimension"] ?? ""),
            subject: row["subject"], metric: row["metric"], qualifiers: decode([Qualifier].self, "qualifiers") ?? [],
            hedge: (row["hedge"] as String?).flatMap(Hedge.init(rawValue:)), role: (row["role"] as String?).flatMap(Role.init(rawValue:)),
            year: row["year"], subjectEvidence: decode([String].self, "subject_evidence") ?? [], subjectWeight: row["subject_weight"] ?? 1)
    }

    /// A support statement decoded from a `supports` row (its qualifiers left empty unless
    /// `decodingLists`).
    static func support(from row: Row, decodingLists: Bool = true) -> SupportClaim {
        let qualifiers: [Qualifier] = decodingLists ? (row["qualifiers"] as String?).flatMap(decodedList) ?? [] : []
        return SupportClaim(
            subject: row["subject"], item: row["item"], itemKey: row["item_key"], versions: row["versions"],
            polarity: SupportClaim.Polarity(rawValue: row["polarity"]) ?? .supports, closed: row["closed"], list: row["list"],
            listSize: row["list_size"], phrase: row["phrase"], start: row["start"], end: row["end"], qualifiers: qualifiers,
            hedge: (row["hedge"] as String?).flatMap(Hedge.init(rawValue:)), subjectWeight: row["subject_weight"] ?? 1)
    }
}
