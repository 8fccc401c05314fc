import Foundation
import KBText

/// A corpus's own additions to kb's lexicon, from a `kb-lexicon.json` file in an ingested folder:
///
/// ```json
/// {
///   "aliases": {"Step Functions Express": ["Express Workflows", "Express workflows"]},
///   "metrics": {"cold start": ["boot time", "spin-up"]},
///   "classes": {"negation": ["nope"], "tier-word": ["bundle"]},
///   "synonyms": [["invoice", "bill"]]
/// }
/// ```
///
/// An alias gives a subject its canonical name; a metric synonym names its metric like the built-in
/// phrases do (a new name makes a new metric); a class entry adds a word to a word class (the
/// names are those of ``WordClasses/names``); a synonym group joins words in a search.
public enum UserLexicon {
    /// The file name kb looks for in ingested folders.
    public static let fileName = "kb-lexicon.json"

    /// `lexicon` with the file's entries added; a malformed file is an error naming it.
    public static func apply(_ data: Data, path: String, to lexicon: Lexicon) throws(IngestError) -> Lexicon {
        guard let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            throw .malformedLexicon(path: path, detail: "expected an object such as {\"aliases\": {...}, \"metrics\": {...}, \"classes\": {...}, \"synonyms\": [...]}")
        }
        var lexicon = lexicon
        for (canonical, value) in object["aliases"] as? [String: Any] ?? [:] {
            for alias in value as? [String] ?? [] { lexicon.aliases[alias.lowercased()] = canonical }
            lexicon.aliases[canonical.lowercased()] = canonical
        }
        for (metric, value) in object["metrics"] as? [String: Any] ?? [:] {
            lexicon.addMetric(named: metric, phrases: (value as? [String] ?? []) + [metric])
        }
        for (name, value) in object["classes"] as? [String: Any] ?? [:] {
            guard let wordClass = WordClasses.names[name] else {
                throw .malformedLexicon(path: path, detail: "no word class \"\(name)\"; the classes are \(WordClasses.names.keys.sorted().joined(separator: ", "))")
            }
            for word in value as? [String] ?? [] { lexicon.add(word, to: wordClass) }
        }
        for group in object["synonyms"] as? [[String]] ?? [] { lexicon.addSynonyms(group) }
        return lexicon
    }
}
