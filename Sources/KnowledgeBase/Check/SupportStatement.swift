import KBModel
import KBText
/// What one fact says about whether a subject supports (works with, runs, allows) one item.
///
/// For example "Lambda SnapStart (Java only, 2025)" gives a closed positive statement: subject
/// "Lambda SnapStart", item "Java"; "Not supported: Node.js, Python, Go" gives three negative
/// statements about the subject the fact's lead or topic names.
struct SupportStatement: Sendable, Hashable {
    enum Polarity: Sendable, Hashable { case positive, negative }

    var subject: String
    var item: ListItem
    var polarity: Polarity
    /// Part of a closed list ("X only", "limited to X and Y"): what it leaves out is excluded.
    var closed: Bool
    /// Statements from one list share this key (an enumeration split into facts shares its lead).
    var listKey: String
    /// The fact it comes from (an index into the checker's facts).
    var fact: Int
    /// The words that state it: "Java only", "Not supported: Node.js, Python, Go".
    var phrase: String
}
