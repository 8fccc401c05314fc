@testable import KBExport
@testable import KBCheck
@testable import KBClaims
@testable import KBIngest
@testable import KBSearch
@testable import KBModel
@testable import KBText
import Foundation
import Testing

/// The fact sheet built from small corpora run through the real ingest pipeline (one answer per
/// line, see ``CheckCorpus``) and the checker's findings, without a database.
@Suite struct FactSheetBuilderTests {
    /// Answer 2 repeats answer 4's first fact and is repeated word for word by answer 7; answers 1
    /// and 5 disagree about Python, answers 3 and 6 about GPUs.
    static let lines = [
        "Acme Cloud supports: (1) Java 17 and later, (2) Python 3.11 and later, (3) Go 1.21.",
        "Acme Queue retains messages for 14 days by default. Queues are billed per request.",
        "Acme Inference offers GPU support for large models.",
        "Acme Queue retains messages for 14 days by default. Messages are encrypted at rest.",
        "Acme Cloud runtimes are limited: Not supported: Python, Ruby.",
        "Acme Inference has no GPU support.",
        "Acme Queue retains messages for 14 days by default. Queues are billed per request.",
    ]

    /// The index's answers as `kb export` reads them: ids in the order ``CheckCorpus`` numbers them,
    /// every occurrence of a repeated answer kept.
    static func answers(_ lines: [String], path: String = "faq.txt") -> [IndexedAnswer] {
        let document = SourceDocument(path: path, records: Fixtures.records(lines, path: path))
        return IngestPipeline().prepare([document]).answers.enumerated().map { index, prepared in
            IndexedAnswer(id: Int64(index + 1), text: prepared.answer.text, topic: prepared.answer.topic,
                          question: prepared.answer.question, locations: prepared.answer.occurrences)
        }
    }

    static func sheet(_ lines: [String] = lines, answers: [IndexedAnswer]? = nil,
                      options: FactSheetOptions = FactSheetOptions()) -> FactSheet {
        let facts = CheckCorpus.facts(lines)
        return FactSheetBuilder.build(answers: answers ?? Self.answers(lines), facts: facts, findings: Checker().run(facts),
                                      options: options)
    }

    static func options(_ change: (inout FactSheetOptions) -> Void) -> FactSheetOptions {
        var options = FactSheetOptions()
        change(&options)
        return options
    }

    static func allFacts(_ sheet: FactSheet) -> [FactSheet.Fact] { sheet.sections.flatMap(\.facts) }

    static func fact(_ sheet: FactSheet, _ prefix: String) -> FactSheet.Fact? {
        allFacts(sheet).first { $0.text.hasPrefix(prefix) }
    }

    // MARK: Merging

    @Test func aClusterInSeveralAnswersShowsOnceWithEveryPlace() throws {
        let sheet = Self.sheet()
        let texts = Self.allFacts(sheet).map(\.text)
        #expect(texts.filter { $0 == "Acme Queue retains messages for 14 days by default." }.count == 1, "\(texts)")
        #expect(Set(texts).count == texts.count, "a fact shows twice: \(texts)")
        // In answers 2 and 4, and in answer 7 (a copy of answer 2).
        let queue = try #require(Self.fact(sheet, "Acme Queue retains"))
        #expect(queue.sources == ["faq.txt:2, 4, 7"])
        #expect(try #require(Self.fact(sheet, "Queues are billed")).sources == ["faq.txt:2, 7"])
        #expect(try #require(Self.fact(sheet, "Messages are encrypted")).sources == ["faq.txt:4"])
        // One topic, one section.
        let topics = sheet.sections.map(\.topic)
        #expect(Set(topics).count == topics.count, "\(topics)")
        #expect(sheet.sections.first { $0.facts.contains(queue) }?.facts.count == 3)
    }

    @Test func summaryCountsMergedDuplicates() {
        let sheet = Self.sheet()
        #expect(sheet.summary.sources == 1)
        #expect(sheet.summary.answers == 6)
        #expect(sheet.summary.duplicatesMerged == 1)
        #expect(sheet.summary.facts == Self.allFacts(sheet).count)
        #expect(sheet.summary.factOccurrences == CheckCorpus.facts(Self.lines).count)
        #expect(sheet.summary.factOccurrences == sheet.summary.facts + 1)
        #expect(sheet.summary.conflicts == sheet.conflicts.count)
        #expect(sheet.summary.claims == sheet.sections.map(\.claims.count).reduce(0, +))
        // The answers, once each, with every place: what ingest of the JSON export reads back.
        #expect(sheet.answers.count == 6)
        #expect(sheet.answers.first { $0.answer.hasPrefix("Acme Queue retains") && $0.answer.hasSuffix("per request.") }?.sources
                == ["faq.txt:2", "faq.txt:7"])
    }

    @Test func questionsShowOncePerSection() throws {
        var answers = Self.answers(Self.lines)
        answers[0].question = "Which runtimes does Acme Cloud support?"
        answers[1].question = "How long are messages kept?"
        answers[3].question = "How long are messages kept?"
        let sheet = Self.sheet(answers: answers)
        let cloud = try #require(sheet.sections.first { $0.facts.contains { $0.text.contains("(2) Python") } })
        #expect(cloud.questions == ["Which runtimes does Acme Cloud support?"])
        let queue = try #require(sheet.sections.first { $0.facts.contains { $0.text.hasPrefix("Acme Queue retains") } })
        #expect(queue.questions == ["How long are messages kept?"])
        #expect(sheet.sections.filter { $0.questions.isEmpty }.count == sheet.sections.count - 2)
    }

    @Test func enumerationItemsKeepTheirLead() throws {
        let sheet = Self.sheet()
        let python = try #require(Self.fact(sheet, "Acme Cloud supports: (2)"))
        #expect(python.lead == "Acme Cloud supports:")
        #expect(python.body == "(2) Python 3.11 and later")
        #expect(python.text == "Acme Cloud supports: (2) Python 3.11 and later")
        let plain = try #require(Self.fact(sheet, "Acme Inference has no GPU"))
        #expect(plain.lead.isEmpty && plain.body == plain.text)
    }

    @Test func claimsAreTabulatedBySubject() throws {
        let sheet = Self.sheet()
        let queue = try #require(Self.fact(sheet, "Acme Queue retains"))
        let section = try #require(sheet.sections.first { $0.facts.contains(queue) })
        let claim = try #require(section.claims.first { $0.fact == queue.id })
        #expect(claim.value == "14 days")
        #expect(claim.normalized == "1209600 s")
        #expect(claim.comparator == "=")
        #expect(claim.source == "faq.txt:2, 4, 7")
        for section in sheet.sections {
            let keys = section.claims.map { [$0.subject.lowercased(), $0.metric] }
            #expect(keys == keys.sorted { $0.lexicographicallyPrecedes($1) }, "claims not sorted by subject, metric")
        }
    }

    // MARK: Conflicts

    @Test func conflictsAreNumberedAndTheirFactsMarked() throws {
        let sheet = Self.sheet()
        #expect(sheet.conflicts.map(\.number) == [1, 2])
        #expect(sheet.conflicts.map(\.kind) == ["list", "polarity"])
        for conflict in sheet.conflicts {
            #expect(conflict.facts.count == 2)
            for side in conflict.facts {
                let marked = Self.allFacts(sheet).filter { $0.text == side.text }
                #expect(marked.count == 1, "side not shown once: \(side.text)")
                #expect(marked.first?.conflicts == [conflict.number], "\(side.text)")
            }
        }
        let list = try #require(sheet.conflicts.first)
        #expect(list.facts.map(\.text) == ["Acme Cloud supports: (2) Python 3.11 and later",
                                           "Acme Cloud runtimes are limited: Not supported: Python, Ruby."])
        #expect(list.facts.map(\.source) == ["faq.txt:1", "faq.txt:5"])
        #expect(list.facts.allSatisfy { !$0.says.isEmpty })
        // Only the sides are marked.
        let marked = Self.allFacts(sheet).filter { !$0.conflicts.isEmpty }.map(\.text)
        #expect(marked.count == 4, "\(marked)")
        #expect(Self.fact(sheet, "Acme Cloud supports: (1)")?.conflicts == [])
    }

    @Test func aFactInTwoConflictsCarriesBothNumbers() throws {
        let lines = [
            "Acme Cloud supports: (1) Java 17 and later, (2) Python 3.11 and later, (3) Go 1.21.",
            "Acme Cloud runtimes are limited: Not supported: Python, Go.",
        ]
        let sheet = Self.sheet(lines)
        #expect(sheet.conflicts.count == 2, "\(sheet.conflicts.map(\.message))")
        let denial = try #require(Self.fact(sheet, "Acme Cloud runtimes"))
        #expect(denial.conflicts == [1, 2])
        #expect(Self.fact(sheet, "Acme Cloud supports: (2)")?.conflicts.count == 1)
        #expect(Self.fact(sheet, "Acme Cloud supports: (3)")?.conflicts.count == 1)
    }

    @Test func noConflictsLeavesOutListAndMarks() {
        let sheet = Self.sheet(options: Self.options { $0.conflicts = false })
        #expect(sheet.conflicts.isEmpty)
        #expect(sheet.summary.conflicts == 0)
        #expect(Self.allFacts(sheet).allSatisfy { $0.conflicts.isEmpty })
        #expect(Self.allFacts(sheet).count == Self.allFacts(Self.sheet()).count)
    }

    // MARK: Filters

    @Test func topicFilterKeepsMatchingTopicsAndTheirConflicts() {
        let queue = Self.sheet(options: Self.options { $0.topic = "ACME QUEUE" })
        #expect(!queue.sections.isEmpty)
        #expect(queue.sections.allSatisfy { $0.topic.lowercased().contains("acme queue") }, "\(queue.sections.map(\.topic))")
        #expect(Self.allFacts(queue).count == 3)
        #expect(queue.conflicts.isEmpty)
        #expect(queue.summary.answers == 2)
        #expect(queue.summary.duplicatesMerged == 1)

        let inference = Self.sheet(options: Self.options { $0.topic = "inference" })
        #expect(inference.conflicts.map(\.kind) == ["polarity"])
        #expect(inference.conflicts.map(\.number) == [1], "conflicts are renumbered from 1 after filtering")
        #expect(Self.allFacts(inference).allSatisfy { $0.conflicts == [1] })
    }

    @Test func subjectFilterMatchesTextTopicOrClaimSubject() {
        let python = Self.sheet(options: Self.options { $0.subject = "python" })
        #expect(Self.allFacts(python).map(\.text).sorted() == ["Acme Cloud runtimes are limited: Not supported: Python, Ruby.",
                                                               "Acme Cloud supports: (2) Python 3.11 and later"])
        #expect(python.conflicts.count == 1)
        #expect(Self.sheet(options: Self.options { $0.subject = "no such subject" }).sections.isEmpty)
    }

    @Test func factIDFilterKeepsOnlyThoseFacts() throws {
        let facts = CheckCorpus.facts(Self.lines)
        let gpu = Set(facts.filter { $0.text.contains("GPU") }.map(\.id))
        #expect(gpu.count == 2)
        let sheet = Self.sheet(options: Self.options { $0.factIDs = gpu })
        #expect(Self.allFacts(sheet).count == 2)
        #expect(sheet.conflicts.count == 1)
        // A conflict one of whose sides is filtered out is still listed, quoting both sides.
        let one = try #require(facts.first { $0.text.contains("offers GPU") }?.id)
        let half = Self.sheet(options: Self.options { $0.factIDs = [one] })
        #expect(Self.allFacts(half).count == 1)
        #expect(half.conflicts.first?.facts.count == 2)
        #expect(Self.allFacts(Self.sheet(options: Self.options { $0.factIDs = [] })).isEmpty)
    }

    @Test func timestampAndTitleAreTakenFromTheOptions() {
        let sheet = Self.sheet(options: Self.options {
            $0.title = "Sheet"
            $0.timestamp = "2026-01-02T03:04:05Z"
        })
        #expect(sheet.title == "Sheet")
        #expect(sheet.generated == "2026-01-02T03:04:05Z")
        #expect(Self.sheet().generated == nil)
    }

    @Test func theSameInputGivesTheSameSheet() {
        #expect(Self.sheet() == Self.sheet())
        let exporters: [any Exporter] = [MarkdownExporter(), JSONExporter(), CSVExporter(), HTMLExporter()]
        for exporter in exporters {
            #expect(exporter.render(Self.sheet()).map(\.contents) == exporter.render(Self.sheet()).map(\.contents))
        }
    }

    @Test func anEmptyIndexGivesAnEmptySheet() {
        let sheet = FactSheetBuilder.build(answers: [], facts: [], findings: [], options: FactSheetOptions())
        #expect(sheet.sections.isEmpty && sheet.conflicts.isEmpty && sheet.answers.isEmpty)
        #expect(sheet.summary == .init(sources: 0, answers: 0, duplicatesMerged: 0, facts: 0, factOccurrences: 0, claims: 0, conflicts: 0))
    }

    // MARK: Places and wording

    @Test func placesAreGroupedByFileWithAnchorsApart() {
        let places = [SourceLocation(path: "faq.txt", line: 7), SourceLocation(path: "faq.txt", line: 1),
                      SourceLocation(path: "faq.txt", line: 7), SourceLocation(path: "b.txt", line: 3),
                      SourceLocation(path: "page.html", line: 40, anchor: "cold-starts"), SourceLocation(path: "a.html", line: 2, anchor: "x")]
        #expect(FactSheetBuilder.compact(places) == ["b.txt:3", "faq.txt:1, 7", "a.html#x", "page.html#cold-starts"])
    }

    @Test func aFactsLineOffsetAppliesToEveryPlaceOfItsAnswer() {
        let fact = CheckFact(id: 1, answerID: 1, clusterID: 1, text: "Second line fact.", lead: "", topic: "T", year: nil,
                             location: SourceLocation(path: "x.md", line: 12, column: 3), claims: [], lineOffset: 2)
        let answer = IndexedAnswer(id: 1, text: "First line.\n\nSecond line fact.", topic: "T", question: "Q?",
                                   locations: [SourceLocation(path: "x.md", line: 10), SourceLocation(path: "x.md", line: 30)])
        let sheet = FactSheetBuilder.build(answers: [answer], facts: [fact], findings: [], options: FactSheetOptions())
        #expect(sheet.sections.first?.facts.first?.sources == ["x.md:12, 32"])
        #expect(sheet.sections.first?.questions == ["Q?"])
    }

    @Test func aFactWithoutATopicIsFiledUnderGeneral() {
        let fact = CheckFact(id: 1, answerID: 1, clusterID: 1, text: "A fact.", lead: "", topic: "", year: nil,
                             location: SourceLocation(path: "x.txt", line: 1), claims: [])
        let sheet = FactSheetBuilder.build(answers: [], facts: [fact], findings: [], options: FactSheetOptions())
        #expect(sheet.sections.map(\.topic) == ["General"])
        // Without its answer, the fact's own place is listed.
        #expect(sheet.sections.first?.facts.first?.sources == ["x.txt:1"])
    }

    @Test func theClearestWordingIsTheMostRepeatedThenTheShortest() {
        func member(_ id: Int64, _ text: String) -> CheckFact {
            CheckFact(id: id, answerID: id, clusterID: 1, text: text, lead: "", topic: "T", year: nil,
                      location: SourceLocation(path: "x.txt", line: Int(id)), claims: [])
        }
        let repeated = [member(1, "Queues keep messages for 14 days."), member(2, "Queues keep messages 14 days."),
                        member(3, "Queues keep messages for 14 days.")]
        #expect(FactSheetBuilder.clearest(repeated)?.id == 1)
        let once = [member(1, "Queues keep messages for 14 days."), member(2, "Queues keep messages 14 days.")]
        #expect(FactSheetBuilder.clearest(once)?.id == 2)
        let tie = [member(1, "Queues keep them 14 days."), member(2, "Queues hold them 14 days.")]
        #expect(FactSheetBuilder.clearest(tie)?.id == 1)
        #expect(FactSheetBuilder.clearest([CheckFact]()) == nil)
    }

    // MARK: Exporter details

    @Test func markdownListItemsEscapeTheirOwnListMarkers() {
        #expect(MarkdownExporter.item("- Keep it small.") == "\\- Keep it small.")
        #expect(MarkdownExporter.item("+ plus") == "\\+ plus")
        #expect(MarkdownExporter.item("1. Provisioned") == "1\\. Provisioned")
        #expect(MarkdownExporter.item("12) Twelve") == "12\\) Twelve")
        #expect(MarkdownExporter.item("-") == "\\-")
        // Not list markers: left as they are.
        #expect(MarkdownExporter.item("-5 °C at night") == "-5 °C at night")
        #expect(MarkdownExporter.item("2.5 GB of memory") == "2.5 GB of memory")
        #expect(MarkdownExporter.item("1234567890. Too long") == "1234567890. Too long")
        #expect(MarkdownExporter.item("(1) Java") == "(1) Java")
        #expect(MarkdownExporter.item("# heading | a") == "\\# heading \\| a")
    }

    @Test func exportedAnswersReadBackAsTheSameText() throws {
        let texts = ["Plain, with \"quotes\".", "Say <script>alert(1)</script> & more", "&lt; is already an entity", "a > b", "<10ms"]
        for text in texts {
            let answer = FactSheet.Answer(question: text, answer: text, topic: "T", sources: [])
            let data = try JSONEncoder().encode(answer)
            let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let written = try #require(object["answer"] as? String)
            // What the JSON reader parses as HTML is written with entities; plain text is left alone.
            #expect(written.contains("<") == false)
            if !text.contains("<") && !text.contains("&") { #expect(written == text) }
            #expect(try JSONDecoder().decode(FactSheet.Answer.self, from: data) == answer)
            #expect(HTMLReader.plainText(fromFragment: written) == text, "\(written)")
        }
        let none = try JSONEncoder().encode(FactSheet.Answer(question: nil, answer: "a", topic: "T", sources: []))
        #expect(String(decoding: none, as: UTF8.self).contains("\"question\":null"))
    }
}
