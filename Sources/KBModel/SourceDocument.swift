import KBText
/// A corpus file turned into answer records, before boilerplate removal.
public struct SourceDocument: Sendable, Hashable {
    /// The path as stored in the index.
    public var path: String
    /// The records in file order.
    public var records: [AnswerRecord]
    /// The format the file was read as ("txt", "md", "html", "json").
    public var format: String
    /// Things worth telling the user that did not stop the read (one line each, without the path).
    public var warnings: [String]
    /// The document's own title (an HTML page's `<title>`, a Markdown file's one top heading), when
    /// it has one: what a fact sheet heads the source with.
    public var title: String?
    /// The dollar currencies the file names anywhere, chrome included ("AUD", "CAD"; see
    /// ``DollarNaming``): what a bare "$" means across the corpus.
    public var namedDollars: Set<String> = []
    /// The dollars of the places the file names ("Ontario": CAD): what a bare "$" means when no
    /// file names a dollar.
    public var placedDollars: Set<String> = []
    /// Codes of currencies that share a symbol ("NOK" of "kr") the file names beside an amount.
    public var namedSharedCurrencies: Set<String> = []
    /// The file's votes on whether its points group thousands (``DollarNaming/Evidence/pointGroupsVotes``).
    public var pointGroupsVotes = 0

    public init(path: String, records: [AnswerRecord], format: String = "txt", warnings: [String] = [], title: String? = nil) {
        self.path = path
        self.records = records
        self.format = format
        self.warnings = warnings
        self.title = title
    }
}
