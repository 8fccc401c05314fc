import KBModel
import KBText
import Foundation

/// Aliases and metric synonyms a user declares for a corpus, in a `kb-lexicon.json` file in an
/// ingested folder:
///
/// ```json
/// {
///   "aliases": {"Step Functions Express": ["Express Workflows", "Express workflows"]},
///   "metrics": {"cold start": ["boot time", "spin-up"]}
/// }
/// ```
///
/// A claim whose subject is an alias gets the canonical name; a metric synonym in a claim's clause
/// names its metric like the built-in keywords do.
public struct Lexicon: Sendable, Hashable {
    /// The file name kb looks for in ingested folders.
    public static let fileName = "kb-lexicon.json"

    /// Alias (lowercased) -> canonical subject.
    public var aliases: [String: String] = [:]
    /// Synonym (lowercased) -> canonical metric.
    public var metricSynonyms: [String: String] = [:]

    public init() {}

    public var isEmpty: Bool { aliases.isEmpty && metricSynonyms.isEmpty }

    /// Parses a lexicon file; a malformed one is an error naming the file.
    public static func read(_ data: Data, path: String) throws(IngestError) -> Lexicon {
        guard let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            throw .unexpectedJSONShape(path: path, found: "no lexicon object (expected {\"aliases\": {...}, \"metrics\": {...}})")
        }
        var lexicon = Lexicon()
        for (canonical, value) in object["aliases"] as? [String: Any] ?? [:] {
            for alias in value as? [String] ?? [] { lexicon.aliases[alias.lowercased()] = canonical }
            lexicon.aliases[canonical.lowercased()] = canonical
        }
        for (metric, value) in object["metrics"] as? [String: Any] ?? [:] {
            for synonym in value as? [String] ?? [] { lexicon.metricSynonyms[synonym.lowercased()] = metric }
        }
        return lexicon
    }

    /// The canonical subject for `subject` (itself when it is no alias).
    public func canonicalSubject(_ subject: String) -> String {
        let lowered = subject.lowercased()
        if let canonical = aliases[lowered] { return canonical }
        // A subject that opens with an alias ("Express workflows boot time") is about its entity.
        let match = aliases.filter { lowered.hasPrefix($0.key + " ") }.max { $0.key.count < $1.key.count }
        return match?.value ?? subject
    }

    /// The synonyms as metric keywords, longest first.
    var keywords: [(String, String)] {
        metricSynonyms.sorted { $0.key.count > $1.key.count }.map { ($0.key, $0.value) }
    }
}
