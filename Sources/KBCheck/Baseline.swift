import KBModel
import KBText
import Foundation

/// Findings a team has accepted: `kb check --baseline FILE` hides them, `--write-baseline FILE`
/// records the current ones. The file is JSON, one entry per finding, sorted by fingerprint so it
/// diffs cleanly:
///
/// ```json
/// {"version": 1, "fingerprints": [{"id": "9f2c...", "kind": "list", "subject": "SnapStart", "attribute": "supports Python"}]}
/// ```
public struct Baseline: Sendable, Hashable {
    struct Entry: Codable, Hashable {
        var id: String
        var kind: String
        var subject: String
        var attribute: String
    }

    struct File: Codable {
        var version: Int
        var fingerprints: [Entry]
    }

    public var fingerprints: Set<String>

    public init(fingerprints: Set<String> = []) {
        self.fingerprints = fingerprints
    }

    /// Whether the baseline accepts `finding`.
    public func contains(_ finding: Finding) -> Bool { fingerprints.contains(finding.id) }

    public static func read(path: String) throws(CheckError) -> Baseline {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadableBaseline(path: path, reason: (error as NSError).localizedFailureReason ?? "no such file or not readable")
        }
        guard let file = try? JSONDecoder().decode(File.self, from: data) else {
            let found = (try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])) == nil ? "not JSON" : "no \"fingerprints\" array"
            throw .malformedBaseline(path: path, found: found)
        }
        return Baseline(fingerprints: Set(file.fingerprints.map(\.id)))
    }

    /// The baseline file for `findings`, as bytes.
    public static func data(for findings: [Finding]) -> Data {
        let entries = Set(findings.map { Entry(id: $0.id, kind: $0.kind.rawValue, subject: $0.subject, attribute: $0.attribute) })
        let file = File(version: 1, fingerprints: entries.sorted { $0.id < $1.id })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return ((try? encoder.encode(file)) ?? Data("{\"version\": 1, \"fingerprints\": []}".utf8)) + Data("\n".utf8)
    }

    public static func write(_ findings: [Finding], to path: String) throws(CheckError) {
        do {
            try data(for: findings).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw .unwritableBaseline(path: path, reason: (error as NSError).localizedFailureReason ?? "\(error)")
        }
    }
}
