@testable import KBExport
@testable import KBModel
@testable import KBText
import Testing

/// The sheet follows the corpus (source, question, fact), keeps code beside its fact, names itself
/// after the corpus, and cuts into pages when large.
@Suite struct FactSheetStructureTests {
    /// One answer of a test index: its text, question and first place; its facts are its
    /// non-empty lines outside code, each with its offset.
    struct Page {
        let path: String
        let line: Int
        let question: String?
        let topic: String
        let text: String
    }

    /// Answers and facts as the store would give them, answers numbered in the order given, facts
    /// numbered in the order of `factOrder` (index order need not be corpus order). A fact's
    /// cluster is its text unless `cluster` says otherwise.
    static func index(_ pages: [Page], factOrder: [Int]? = nil) -> (answers: [IndexedAnswer], facts: [CheckFact]) {
        var answers: [IndexedAnswer] = []
        var facts: [CheckFact] = []
        var clusters: [String: Int64] = [:]
        for (index, page) in pages.enumerated() {
            let id = Int64(index + 1)
            answers.append(IndexedAnswer(id: id, text: page.text, topic: page.topic, question: page.question,
                                         locations: [SourceLocation(path: page.path, line: page.line)]))
            let scalars = Array(page.text.unicodeScalars)
            let code = FencedCode.ranges(in: scalars)
            var start = 0
            for line in page.text.split(separator: "\n", omittingEmptySubsequences: false) {
                defer { start += line.unicodeScalars.count + 1 }
                guard !line.isEmpty, !code.contains(where: { $0.contains(start) }) else { continue }
                let cluster = clusters[String(line)] ?? Int64(clusters.count + 1)
                clusters[String(line)] = cluster
                facts.append(CheckFact(id: 0, answerID: id, clusterID: cluster, text: String(line), lead: "", topic: page.topic,
                                       question: page.question, year: nil, location: SourceLocation(path: page.path, line: page.line),
                                       claims: [], start: start))
            }
        }
        let order = factOrder ?? Array(facts.indices)
        return (answers, order.enumerated().map { number, index in
            var fact = facts[index]
            fact.id = Int64(number + 1)
            return fact
        })
    }

    static func sheet(_ pages: [Page], factOrder: [Int]? = nil, options: FactSheetOptions = FactSheetOptions(),
                      titles: [String: String] = [:]) -> FactSheet {
        let (answers, facts) = index(pages, factOrder: factOrder)
        return FactSheetBuilder.build(answers: answers, facts: facts, findings: [], options: options, titles: titles)
    }

    // MARK: - Structure

    /// Sources in path order, questions in the order of their lines, facts in the order the answer
    /// states them, whatever order the index holds them in; headings are the questions.
    @Test func sectionsFollowSourcesThenQuestionsThenFacts() {
        let pages = [
            Page(path: "faq/b.html", line: 40, question: "Why is the sky blue?", topic: "sky", text: "Light scatters.\nBlue scatters most."),
            Page(path: "faq/b.html", line: 10, question: "What is light?", topic: "light", text: "Light is a wave."),
            Page(path: "faq/a.html", line: 99, question: "Who wrote this?", topic: "", text: "You did."),
        ]
        let sheet = Self.sheet(pages, factOrder: [1, 0, 3, 2])
        #expect(sheet.sources.map(\.path) == ["faq/a.html", "faq/b.html"])
        #expect(sheet.sections.map(\.heading) == ["Who wrote this?", "What is light?", "Why is the sky blue?"])
        #expect(sheet.sections.map(\.source) == ["faq/a.html", "faq/b.html", "faq/b.html"])
        #expect(sheet.sections.last?.facts.map(\.text) == ["Light scatters.", "Blue scatters most."])
        #expect(sheet.sections.last?.questions == ["Why is the sky blue?"])
        // A question's section never takes its heading from a topic, even an empty one.
        #expect(sheet.sections.first?.topic == "General")
    }

    /// Answers without questions are grouped by their topic within their source; one without a
    /// topic goes under "General". The same topic in another file is another section.
    @Test func answersWithoutQuestionsAreGroupedByTopicPerSource() {
        let pages = [
            Page(path: "notes.txt", line: 1, question: nil, topic: "Acme Queue", text: "Acme Queue keeps messages 14 days."),
            Page(path: "notes.txt", line: 2, question: nil, topic: "", text: "There is more to say."),
            Page(path: "notes.txt", line: 3, question: nil, topic: "Acme Queue", text: "Acme Queue bills per request."),
            Page(path: "other.txt", line: 1, question: nil, topic: "Acme Queue", text: "Acme Queue is regional."),
        ]
        let sheet = Self.sheet(pages)
        #expect(sheet.sections.map(\.heading) == ["Acme Queue", "General", "Acme Queue"])
        #expect(sheet.sections.first?.facts.map(\.text) == ["Acme Queue keeps messages 14 days.", "Acme Queue bills per request."])
        #expect(sheet.sections.last?.source == "other.txt")
    }

    /// A statement several answers make is shown once, in the section of its first place.
    @Test func aRepeatedStatementShowsOnceAtItsFirstPlace() {
        let pages = [
            Page(path: "b.md", line: 5, question: "Q2?", topic: "t", text: "Shared fact."),
            Page(path: "a.md", line: 9, question: "Q1?", topic: "t", text: "Own fact.\nShared fact."),
        ]
        let sheet = Self.sheet(pages)
        #expect(sheet.sections.map(\.heading) == ["Q1?"])
        #expect(sheet.sections.first?.facts.map(\.text) == ["Own fact.", "Shared fact."])
        #expect(sheet.sections.flatMap(\.facts).filter { $0.text == "Shared fact." }.count == 1)
        #expect(sheet.sections.first?.facts.last?.sources == ["a.md:9", "b.md:5"])
    }

    // MARK: - Code

    /// Each code block follows the fact before it; a block before every fact follows the first.
    @Test func codeFollowsTheFactBeforeIt() {
        let text = "```\nsetup\n```\nRun this:\n\n```\nmake all\n```\n\nThen check:\n```\nmake check\n```\n```\nmake install\n```\nDone."
        let sheet = Self.sheet([Page(path: "faq.md", line: 1, question: "How?", topic: "", text: text)])
        let facts = sheet.sections.flatMap(\.facts)
        #expect(facts.map(\.text) == ["Run this:", "Then check:", "Done."])
        #expect(facts.map(\.code) == [["setup", "make all"], ["make check", "make install"], []])
        #expect(!facts.contains { $0.text.contains("make") }, "code became a fact")
    }

    /// The same words before different code are different entries, each with its own code: code
    /// never lands beside another answer's fact, and none is lost.
    @Test func theSameWordsBeforeDifferentCodeStayApart() {
        let pages = [
            Page(path: "faq.md", line: 1, question: "How do I list files?", topic: "", text: "For example:\n```\nls -l\n```"),
            Page(path: "faq.md", line: 9, question: "How do I count lines?", topic: "", text: "For example:\n```\nwc -l\n```"),
            Page(path: "faq.md", line: 20, question: "How do I list again?", topic: "", text: "For example:\n```\nls -l\n```"),
        ]
        let sheet = Self.sheet(pages)
        let facts = sheet.sections.flatMap(\.facts)
        #expect(facts.map(\.code) == [["ls -l"], ["wc -l"]])
        #expect(facts.map(\.id) == ["f1", "f1-2"])
        #expect(facts.first?.sources == ["faq.md:1, 20"])
        #expect(sheet.summary.facts == 2)
    }

    @Test(arguments: [
        ("```\na\n```", ["a"]),
        ("text\n```swift\nlet a = 1\n\nlet b = 2\n```\nmore", ["let a = 1\n\nlet b = 2"]),
        ("```\nunclosed\nstill code", ["unclosed\nstill code"]),
        ("```\n```", [""]),
        ("no code `here`", []),
    ])
    func fencedCodeBlocksAreFound(text: String, code: [String]) {
        #expect(FencedCode.blocks(in: text).map(\.code) == code)
    }

    // MARK: - Title

    @Test(arguments: [
        (["kb-faq-pages/debian/a.html", "kb-faq-pages/python/b.html"], [:], "Fact sheet: kb-faq-pages"),
        (["Corpus/serverless-faq.txt"], [:], "Fact sheet: Corpus"),
        (["/home/ana/docs/faq/a.md", "/home/ana/docs/faq/sub/b.md"], [:], "Fact sheet: faq"),
        (["faq.txt"], [:], "Fact sheet: faq.txt"),
        (["a.txt", "b.txt"], [:], "Fact sheet"),
        (["p/a.html", "p/b.html"], ["p/a.html": "General FAQ — Python 3.11 documentation", "p/b.html": "Design FAQ — Python 3.11 documentation"],
         "Python 3.11 documentation"),
        (["p/a.html", "p/b.html"], ["p/a.html": "Zsh FAQ", "p/b.html": "Zsh FAQ"], "Zsh FAQ"),
        // A page without a title: the folder names the sheet.
        (["p/a.html", "p/b.txt"], ["p/a.html": "Zsh FAQ"], "Fact sheet: p"),
        (["p/a.html", "p/b.html"], ["p/a.html": "Chapter 1. Basics", "p/b.html": "Chapter 2. Tools"], "Fact sheet: p"),
    ] as [([String], [String: String], String)])
    func defaultTitleNamesTheCorpus(paths: [String], titles: [String: String], expected: String) {
        #expect(FactSheetBuilder.defaultTitle(paths: paths, titles: titles) == expected)
    }

    /// A given title wins; sources are headed by their page title, and pages sharing one title by
    /// their file name too.
    @Test func titlesOfTheSheetAndItsSources() {
        let pages = [
            Page(path: "zsh/FAQ01.html", line: 1, question: "A?", topic: "", text: "One."),
            Page(path: "zsh/FAQ02.html", line: 1, question: "B?", topic: "", text: "Two."),
            Page(path: "zsh/notes.txt", line: 1, question: "C?", topic: "", text: "Three."),
        ]
        let titles = ["zsh/FAQ01.html": "Z-Shell FAQ", "zsh/FAQ02.html": "Z-Shell FAQ"]
        var options = FactSheetOptions()
        options.title = "My shell notes"
        #expect(Self.sheet(pages, options: options, titles: titles).title == "My shell notes")
        let sheet = Self.sheet(pages, titles: titles)
        #expect(sheet.title == "Fact sheet: zsh")
        #expect(sheet.sources.map(\.title) == ["Z-Shell FAQ (FAQ01.html)", "Z-Shell FAQ (FAQ02.html)", "zsh/notes.txt"])
    }

    /// A site's name that ends every page title says nothing about the page and is dropped; a
    /// title whose last part is its own is kept whole.
    @Test func aSiteNameSharedByPageTitlesIsDropped() {
        let pages = [
            Page(path: "django/admin.html", line: 1, question: "A?", topic: "", text: "One."),
            Page(path: "django/help.html", line: 1, question: "B?", topic: "", text: "Two."),
            Page(path: "django/misc.html", line: 1, question: "C?", topic: "", text: "Three."),
        ]
        let titles = ["django/admin.html": "FAQ: The admin — Django 3.2 documentation",
                      "django/help.html": "FAQ: Getting Help — Django 3.2 documentation",
                      "django/misc.html": "Tips — tricks"]
        let sheet = Self.sheet(pages, titles: titles)
        #expect(sheet.sources.map(\.title) == ["FAQ: The admin", "FAQ: Getting Help", "Tips — tricks"])
    }

    // MARK: - Pages

    /// One page per source in the sheet's order; a source with more facts than a page holds is cut
    /// between its sections; names are slugs of the paths, unique, never "index".
    @Test func largeSheetsAreCutIntoPagesPerSource() {
        var pages: [Page] = []
        for number in 1...5 {
            pages.append(Page(path: "docs/big.html", line: number * 10, question: "Q\(number)?", topic: "",
                              text: "Fact \(number)a.\nFact \(number)b."))
        }
        pages.append(Page(path: "docs/index.html", line: 1, question: "Where?", topic: "", text: "Here."))
        pages.append(Page(path: "docs/sub/Small Page.html", line: 1, question: "What?", topic: "", text: "This."))
        let sheet = Self.sheet(pages)
        let cut = FactSheetPages.pages(sheet, factsPerPage: 4)
        #expect(cut.map(\.name) == ["big", "big-2", "big-3", "index-x2", "sub-small-page"])
        #expect(cut.map(\.sections) == [0..<2, 2..<4, 4..<5, 5..<6, 6..<7])
        #expect(cut.first?.title == "docs/big.html (part 1 of 3)")
        // Every section on exactly one page, none over the limit unless it is one section alone.
        #expect(cut.flatMap { Array($0.sections) } == Array(sheet.sections.indices))
        for page in cut {
            let facts = page.sections.reduce(0) { $0 + sheet.sections[$1].facts.count }
            #expect(facts <= 4 || page.sections.count == 1)
        }
        #expect(FactSheetPages.pages(sheet, factsPerPage: 100).count == 3)
    }
}
