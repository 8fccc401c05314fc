import KBModel
import KBText
import Foundation

extension FindingReport {
    /// SARIF 2.1.0: one run, one rule per kind with its help text, one result per finding with
    /// the first fact as its location, the others as related locations, and the fingerprint in
    /// `partialFingerprints`.
    public func sarif(toolVersion: String) -> String {
        let kinds = Finding.Kind.allCases
        let rules: [[String: Any]] = kinds.map { kind in
            let rule = Checker.describe(kind)
            return [
                "id": kind.rawValue,
                "name": rule.name,
                "shortDescription": ["text": rule.summary],
                "fullDescription": ["text": rule.help],
                "help": ["text": rule.help],
                "defaultConfiguration": ["level": "error"],
            ]
        }
        let results: [[String: Any]] = findings.map { finding in
            var result: [String: Any] = [
                "ruleId": finding.kind.rawValue,
                "ruleIndex": kinds.firstIndex(of: finding.kind) ?? 0,
                "level": finding.severity.rawValue,
                "message": ["text": finding.message],
                "partialFingerprints": ["kbFindingFingerprint/v1": finding.id],
                "properties": ["subject": finding.subject, "attribute": finding.attribute, "values": finding.values,
                               "confidence": finding.confidence, "reasons": finding.reasons],
                "rank": (finding.confidence * 100).rounded(),
            ]
            if let first = finding.facts.first {
                result["locations"] = [Self.sarifLocation(first, id: nil)]
            }
            let related = finding.facts.dropFirst().enumerated().map { index, fact in Self.sarifLocation(fact, id: index + 1) }
            if !related.isEmpty { result["relatedLocations"] = related }
            return result
        }
        let log: [String: Any] = [
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [[
                "tool": ["driver": ["name": "kb", "version": toolVersion, "rules": rules]],
                "columnKind": "unicodeCodePoints",
                "results": results,
            ]],
        ]
        guard let data = try? JSONSerialization.data(withJSONObject: log, options: [.sortedKeys, .withoutEscapingSlashes]) else {
            return "{}"
        }
        return String(decoding: data, as: UTF8.self)
    }

    static func sarifLocation(_ fact: Finding.Evidence, id: Int?) -> [String: Any] {
        var physical: [String: Any] = ["artifactLocation": ["uri": uriReference(fact.location.path)]]
        if fact.location.line > 0 {
            physical["region"] = ["startLine": fact.location.line, "startColumn": max(1, fact.location.column)]
        }
        var location: [String: Any] = [
            "physicalLocation": physical,
            "message": ["text": fact.says + ": " + fact.text],
        ]
        if let id { location["id"] = id }
        return location
    }

    /// A relative path as a URI reference: each segment percent-encoded.
    static func uriReference(_ path: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return path.split(separator: "/", omittingEmptySubsequences: false)
            .map { String($0).addingPercentEncoding(withAllowedCharacters: allowed) ?? String($0) }
            .joined(separator: "/")
    }
}
