import Foundation

/// The hand labels of one blind check set: planted conflicts that `kb check` must find and traps
/// (pairs that look alike but agree) that it must leave alone.
///
/// Every side is a short exact quote from one sentence of one corpus file, so a label names its
/// evidence without depending on how kb splits text or numbers lines.
public struct CheckLabels: Codable, Sendable {
    public struct Side: Codable, Sendable, Hashable {
        public var file: String
        public var quote: String
    }

    public struct Conflict: Codable, Sendable {
        public var id: String
        public var kind: String
        public var what: String
        public var subject: String?
        public var sides: [Side]
    }

    public struct Trap: Codable, Sendable {
        public var id: String
        public var why_not: String?
        public var sides: [Side]
    }

    public var domain: String?
    public var conflicts: [Conflict]
    public var traps: [Trap]
}

/// One hand-labelled numeric claim of a blind set (one line of `claims.jsonl`).
public struct ClaimLabel: Codable, Sendable {
    public var file: String
    public var answer_quote: String
    public var sentence_quote: String
    public var surface: String
    public var low: Double?
    public var high: Double?
    public var unit: String
    public var comparator: String
    public var subject: String
    public var metric: String
    public var metric_class: String?
    public var hedged: Bool?
}

/// One query of a blind search set and the answers that correctly answer it.
public struct QueryLabel: Codable, Sendable {
    public struct Answer: Codable, Sendable {
        public var page: String
        public var question: String
    }

    public var id: String
    public var kind: String
    public var query: String
    public var answers: [Answer]
    public var note: String?
}

/// What kb printed, read back from its JSON: a finding of `kb check --format json`.
public struct ReportedFinding: Codable, Sendable {
    public struct Fact: Codable, Sendable {
        public var text: String
        public var source: String?
        public var line: Int?
    }

    public var kind: String
    public var subject: String?
    public var attribute: String?
    public var message: String
    public var facts: [Fact]
    public var confidence: Double?
}

/// A claim of `kb claims --json`.
public struct ReportedClaim: Codable, Sendable {
    public var fact: String
    public var source: String
    public var surface: String
    public var low: Double?
    public var high: Double?
    public var unit: String?
    public var comparator: String
    public var subject: String?
    public var metric: String?
    public var hedged: Bool?
}

/// An answer of `kb export --format json`.
public struct ExportedAnswer: Codable, Sendable {
    public var answer: String
    public var question: String?
    public var sources: [String]
}

/// Reads a JSON Lines file into values (blank lines skipped); a bad line is an error naming it.
public func readJSONLines<T: Decodable>(_ type: T.Type, from url: URL) throws -> [T] {
    let text = try String(contentsOf: url, encoding: .utf8)
    var values: [T] = []
    for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { continue }
        do {
            values.append(try JSONDecoder().decode(T.self, from: Data(trimmed.utf8)))
        } catch {
            throw EvalError.badLabel(path: url.path, line: number + 1, reason: "\(error)")
        }
    }
    return values
}

/// Errors of the evaluation harness.
public enum EvalError: Error, CustomStringConvertible {
    /// A label file line that does not decode.
    case badLabel(path: String, line: Int, reason: String)
    /// kb exited with an unexpected status.
    case kbFailed(command: String, status: Int32, stderr: String)
    /// kb printed output that is not the JSON expected.
    case badOutput(command: String, reason: String)

    public var description: String {
        switch self {
        case .badLabel(let path, let line, let reason): "\(path):\(line): not a label (\(reason))"
        case .kbFailed(let command, let status, let stderr): "\(command) exited \(status): \(stderr.prefix(400))"
        case .badOutput(let command, let reason): "\(command) printed unexpected output: \(reason)"
        }
    }
}
