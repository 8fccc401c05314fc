import KBModel
import KBText
import Foundation

/// Findings rendered for machines: kb's JSON, SARIF 2.1.0 for code-scanning tools, and GitHub
/// Actions workflow commands. The text form for people is the CLI's.
public struct FindingReport: Sendable {
    /// Every finding, before the limit.
    public var all: [Finding]
    /// How many findings to render (0: all); the summary always counts all of them.
    public var limit: Int

    public init(findings: [Finding], limit: Int = 0) {
        self.all = findings
        self.limit = limit
    }

    /// The findings rendered: the first `limit` of them, or all.
    public var findings: ArraySlice<Finding> { limit > 0 ? all.prefix(limit) : all[...] }

    /// Whether the limit left findings out.
    public var truncated: Bool { findings.count < all.count }

    /// Findings per severity, all of them counted.
    public var summary: [Finding.Severity: Int] {
        var counts: [Finding.Severity: Int] = [.error: 0, .warning: 0, .note: 0]
        for finding in all { counts[finding.severity, default: 0] += 1 }
        return counts
    }

    // MARK: JSON

    struct JSONFact: Encodable {
        var factID: Int64
        var text: String
        var source: String
        var line: Int
        var column: Int
        var anchor: String?
        var says: String

        enum CodingKeys: String, CodingKey {
            case factID = "fact_id", text, source, line, column, anchor, says
        }
    }

    struct JSONFinding: Encodable {
        var id: String
        var kind: String
        var severity: String
        var subject: String
        var attribute: String
        var message: String
        var facts: [JSONFact]
        var values: [String]
        var confidence: Double
        var reasons: [String]
    }

    struct JSONReport: Encodable {
        var findings: [JSONFinding]
        var summary: [String: Int]
        /// Present when a limit left findings out: how many there are in all.
        var total: Int?
        var truncated: Bool?
    }

    /// `{"findings": [...], "summary": {"error": N, "warning": N, "note": N}}`, plus `"total"` and
    /// `"truncated": true` when the limit left findings out (the summary counts all of them).
    public func json() -> String {
        let report = JSONReport(findings: findings.map { finding in
            JSONFinding(id: finding.id, kind: finding.kind.rawValue, severity: finding.severity.rawValue, subject: finding.subject,
                        attribute: finding.attribute, message: finding.message,
                        facts: finding.facts.map { fact in
                            JSONFact(factID: fact.factID, text: fact.text, source: fact.location.path, line: fact.location.line,
                                     column: fact.location.column, anchor: fact.location.anchor, says: fact.says)
                        },
                        values: finding.values, confidence: (finding.confidence * 1000).rounded() / 1000, reasons: finding.reasons)
        }, summary: Dictionary(uniqueKeysWithValues: summary.map { ($0.key.rawValue, $0.value) }),
           total: truncated ? all.count : nil, truncated: truncated ? true : nil)
        return Self.encode(report)
    }

    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    // MARK: GitHub Actions

    /// One `::error file=...,line=...,col=...,title=...::message` line per finding.
    public func github() -> String {
        findings.map { finding in
            let command = switch finding.severity {
            case .error: "error"
            case .warning: "warning"
            case .note: "notice"
            }
            let first = finding.facts.first?.location
            var properties: [String] = []
            if let first {
                properties.append("file=" + Self.githubProperty(first.path))
                if first.line > 0 {
                    properties.append("line=\(first.line)")
                    properties.append("col=\(first.column)")
                }
            }
            properties.append("title=" + Self.githubProperty("kb \(finding.kind.rawValue): \(finding.subject)"))
            let others = finding.facts.dropFirst().map { "\($0.location.description) (\($0.says))" }
            var message = finding.message
            if !others.isEmpty { message += " See also: " + others.joined(separator: "; ") + "." }
            return "::\(command) \(properties.joined(separator: ","))::\(Self.githubData(message))"
        }.map { $0 + "\n" }.joined()
    }

    /// Workflow-command data escaping: `%`, CR and LF.
    static func githubData(_ text: String) -> String {
        text.replacingAll("%", with: "%25").replacingAll("\r", with: "%0D").replacingAll("\n", with: "%0A")
    }

    /// Workflow-command property escaping: the data escapes plus `:` and `,`.
    static func githubProperty(_ text: String) -> String {
        githubData(text).replacingAll(":", with: "%3A").replacingAll(",", with: "%2C")
    }
}
