import KBModel
import KBText

/// A fact sheet as the exporters read it: the header (title, summary, sources, conflicts) and the
/// outline of its sections at hand, the sections themselves and the answers loaded one batch at a
/// time. A sheet in memory is one (``init(_:)``); so is a ``SheetPlan`` whose facts are loaded from
/// the index as each batch is written (``init(plan:batchFacts:facts:answers:)``), which keeps an
/// export's memory bounded whatever the corpus's size.
///
/// For example:
///
/// ```swift
/// let stream = FactSheetStream(sheet)
/// for batch in stream.batches { let sections = try stream.sections(batch) }
/// ```
public struct FactSheetStream {
    /// What the contents and the pages need of a section.
    public struct Outline: Sendable, Hashable {
        public var source: String
        public var heading: String
        public var facts: Int
    }

    /// Title, summary, sources and conflicts (its sections and answers may be empty).
    public let sheet: FactSheet
    public let outline: [Outline]
    /// Runs of consecutive sections to load one at a time.
    public let batches: [Range<Int>]
    /// The only file the sheet's places name, if there is only one.
    public let onlyPath: String?
    private let loadSections: (Range<Int>) throws -> [FactSheet.Section]
    private let loadAnswers: ((_ batch: [FactSheet.Answer]) throws -> Void) throws -> Void

    /// A sheet already in memory.
    public init(_ sheet: FactSheet) {
        var header = sheet
        header.sections = []
        header.answers = []
        self.sheet = header
        outline = sheet.sections.map { Outline(source: $0.source, heading: $0.heading, facts: $0.facts.count) }
        batches = sheet.sections.isEmpty ? [] : [sheet.sections.indices]
        var paths: Set<Substring> = []
        for section in sheet.sections {
            for fact in section.facts {
                for source in fact.sources { paths.insert(source[..<(source.firstIndex(of: ":") ?? source.endIndex)]) }
            }
        }
        onlyPath = paths.count == 1 ? paths.first.map(String.init) : nil
        let sections = sheet.sections, answers = sheet.answers
        loadSections = { Array(sections[$0]) }
        loadAnswers = { try $0(answers) }
    }

    /// A laid-out sheet whose facts are loaded batch by batch.
    ///
    /// - Parameters:
    ///   - batchFacts: about how many statements one batch holds.
    ///   - facts: the facts with these ids, and the answers they come from (with their places).
    ///   - answers: the answers with these ids, with their text and places.
    public init(plan: SheetPlan, batchFacts: Int = FactSheetPages.defaultFactsPerPage,
                facts: @escaping ([Int64]) throws -> (facts: [CheckFact], answers: [IndexedAnswer]),
                answers: @escaping ([Int64]) throws -> [IndexedAnswer]) {
        sheet = plan.header
        outline = plan.sections.map { Outline(source: $0.source, heading: $0.heading, facts: $0.entries.count) }
        batches = plan.batches(facts: max(1, batchFacts))
        onlyPath = plan.paths.count == 1 ? plan.paths.first : nil
        loadSections = { range in
            let loaded = try facts(plan.factIDs(range))
            return plan.sections(range, facts: Dictionary(loaded.facts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }),
                                 answers: Dictionary(loaded.answers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }))
        }
        let answerIDs = plan.answerIDs
        let size = max(1, batchFacts)
        loadAnswers = { body in
            var start = 0
            while start < answerIDs.count {
                let ids = Array(answerIDs[start..<min(start + size, answerIDs.count)])
                let byID = Dictionary(try answers(ids).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
                try body(ids.compactMap { byID[$0] }.map(FactSheetBuilder.sheetAnswer))
                start += size
            }
        }
    }

    /// Some sections in full.
    public func sections(_ range: Range<Int>) throws -> [FactSheet.Section] {
        try loadSections(range)
    }

    /// Every answer the sheet lists, in its order, a batch at a time.
    public func forEachAnswerBatch(_ body: (_ batch: [FactSheet.Answer]) throws -> Void) throws {
        try withoutActuallyEscaping(body) { try loadAnswers($0) }
    }

    /// The heading of a source by its path: its title, or the path itself when the sheet lists no
    /// source for it.
    func sourceTitles() -> (String) -> String {
        sheet.sourceTitles()
    }
}
