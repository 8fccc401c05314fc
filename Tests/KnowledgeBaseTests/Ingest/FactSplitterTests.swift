@testable import KBExport
@testable import KBCheck
@testable import KBClaims
@testable import KBIngest
@testable import KBSearch
@testable import KBModel
@testable import KBText
import Testing
import TestSupport

@Suite struct FactSplitterTests {
    static func texts(_ answer: String) -> [String] {
        FactSplitter().split(answer).map(\.text)
    }

    /// Sentences whose periods, question marks and symbols must not end a fact.
    @Test(arguments: [
        "Fermyon Spin reaches 0.5ms cold starts on Akamai.",
        "Provisioned concurrency costs ~$0.015/GB-hour (3x more than on-demand).",
        "Runtimes: Python 3.12, Node.js 20 and .NET 8 are supported.",
        "CDK v2.170+ ships TypeScript 5.x support.",
        "Use short names, e.g. prod or staging, for aliases.",
        "Pick one, i.e. Standard or Express, per workflow.",
        "SAM vs. CDK is a question of scope.",
        "Layer ARN format: arn:aws:lambda:us-east-1:123456789012:layer:my-layer:3 works in any region.",
        "See https://docs.aws.amazon.com/lambda/latest/dg/welcome.html for details.",
        "EventBridge invokes every 5 minutes with cron(0/5 * * * ? *) to keep it warm.",
        "Java 17/21 from 3-5s → 200-400ms with SnapStart.",
        "The `$LATEST` version cannot be used.",
        "Catering costs Fr. 85.50 per head, drinks included.",
        "A double room is Rs. 4,500 a night in the high season.",
    ])
    func oneSentenceStaysOneFact(sentence: String) {
        #expect(Self.texts(sentence) == [sentence])
    }

    @Test func sentencesSplitAtRealEnds() {
        #expect(Self.texts("Layers are zip archives. They extract to /opt at runtime! Can they be shared? Yes, across accounts.") == [
            "Layers are zip archives.", "They extract to /opt at runtime!", "Can they be shared?", "Yes, across accounts.",
        ])
    }

    @Test func numberedItemsKeepTheirLeadIn() {
        let facts = FactSplitter().split(
            "AWS Lambda SnapStart (2025) supports: (1) Java 11 and later (Amazon Corretto managed runtime), (2) Python 3.12 and later, (3) .NET 8 and later. SnapStart delivers up to 10x faster startup.")
        #expect(facts.map(\.text) == [
            "AWS Lambda SnapStart (2025) supports: (1) Java 11 and later (Amazon Corretto managed runtime)",
            "AWS Lambda SnapStart (2025) supports: (2) Python 3.12 and later",
            "AWS Lambda SnapStart (2025) supports: (3) .NET 8 and later.",
            "SnapStart delivers up to 10x faster startup.",
        ])
        #expect(facts[1].lead == "AWS Lambda SnapStart (2025) supports:")
        #expect(facts[1].body == "(2) Python 3.12 and later")
        #expect(facts.map(\.year) == [2025, 2025, 2025, nil])
    }

    @Test func dotNumberedListsAndNestedLetters() {
        let texts = Self.texts("Cold start tips: 1. Provisioned Concurrency: keeps instances warm. Costs extra. 2. Code optimization: (a) Minimize dependencies: smaller bundles load faster. (b) Lazy loading: import inside the handler. 3. Lightweight runtimes start fastest.")
        #expect(texts == [
            "Cold start tips: 1. Provisioned Concurrency: keeps instances warm.",
            "Provisioned Concurrency: Costs extra.",
            "Code optimization: (a) Minimize dependencies: smaller bundles load faster.",
            "Code optimization: (b) Lazy loading: import inside the handler.",
            "Cold start tips: 3. Lightweight runtimes start fastest.",
        ])
    }

    @Test func numbersThatAreNotASequenceAreNotMarkers() {
        #expect(Self.texts("Set the value to 10. Costs rise linearly (2) per instance.") == [
            "Set the value to 10.", "Costs rise linearly (2) per instance.",
        ])
    }

    @Test func dashBulletsAfterAColon() {
        #expect(Self.texts("Benchmarks (2025): - Node.js 20: Cold start 250ms, warm 5ms - Python 3.12: Cold start 350ms - Rust: Cold start 80ms. Next sentence here.") == [
            "Benchmarks (2025): - Node.js 20: Cold start 250ms, warm 5ms",
            "Benchmarks (2025): - Python 3.12: Cold start 350ms",
            "Benchmarks (2025): - Rust: Cold start 80ms.",
            "Next sentence here.",
        ])
    }

    @Test func proseDashesAreNotBullets() {
        let sentence = "No additional cost - included in standard pricing - with no limits on use."
        #expect(Self.texts(sentence) == [sentence])
    }

    @Test func lineBulletsInBlocks() {
        #expect(Self.texts("Limits:\n- 5 layers per function\n- 250 MB unzipped") == [
            "Limits: - 5 layers per function", "Limits: - 250 MB unzipped",
        ])
    }

    @Test func fencedCodeIsNeverAFact() {
        let texts = Self.texts("Install it first.\n\n```\npip install kb. Then run kb.\nkb search x\n```\n\nIt takes 2 minutes.")
        #expect(texts == ["Install it first.", "It takes 2 minutes."])
    }

    @Test func offsetsPointAtTheBody() {
        let answer = "Intro sentence here. Limits (2025): (1) 5 layers per function, (2) 250MB unzipped. Ünïcödé → ok done."
        let scalars = Array(answer.unicodeScalars)
        for fact in FactSplitter().split(answer) {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[fact.start..<fact.end])
            #expect(String(view) == fact.body)
        }
    }

    @Test func lineOffsetCountsNewlinesBeforeTheFact() {
        let facts = FactSplitter().split("First line.\nSecond line\nwraps here.\n\nThird block.")
        #expect(facts.map(\.lineOffset) == [0, 1, 4])
    }

    @Test func clusterKeyIgnoresMarkerCaseAndPunctuation() {
        let first = FactSplitter().split("Limits: (1) Max 5 layers, (2) no containers.")[0]
        let second = FactSplitter().split("Notes: (a) max 5 layers; (b) zip only.")[0]
        #expect(first.clusterHash == ContentHash.fnv1a("max 5 layers"))
        #expect(first.clusterHash == second.clusterHash)
    }

    /// Splitting then joining the bodies keeps the normalised text of prose.
    @Test func splittingProseKeepsEveryWord() {
        var generator = SeededGenerator(seed: 42)
        let words = ["Lambda", "runs", "code", "0.5ms", "v2.170+", "e.g.", "Node.js", "$0.015/GB-hour", "(see", "docs)",
                     "fast.", "Why?", "Great!", "cron(0/5 * * * ? *)", "3-5s → 200ms", "i.e.", "vs.", "Python 3.12."]
        for _ in 0..<200 {
            let text = (0..<Int.random(in: 1...30, using: &generator)).map { _ in words.randomElement(using: &generator) ?? "" }.joined(separator: " ")
            let facts = FactSplitter().split(text)
            #expect(TextNormalizer.key(facts.map(\.body).joined(separator: " ")) == TextNormalizer.key(text), "\(text)")
        }
    }
}

@Suite struct TopicExtractorTests {
    @Test(arguments: [
        ("AWS Lambda SnapStart (2025) supports: (1) Java 11 and later", "AWS Lambda SnapStart (2025)"),
        ("No - AWS Lambda SnapStart does NOT support container images (hard limitation, 2025).", "AWS Lambda SnapStart"),
        ("Reserved concurrency sets maximum concurrent executions for a function.", "Reserved concurrency"),
        ("Lambda Layers (2025): Reusable deployment packages.", "Lambda Layers (2025)"),
        ("AWS Step Functions Standard workflows use an exactly-once execution model.", "AWS Step Functions Standard workflows"),
        ("Maximum of 5 layers per Lambda function (hard limit, cannot be increased via AWS support).", "Maximum of 5 layers per Lambda function"),
        ("AWS Step Functions Express Workflows (2025) - Unsupported integration patterns: none.", "AWS Step Functions Express Workflows (2025)"),
        ("Yes, you can mix Standard and Express workflows.", "you"),
    ])
    func topicIsTheLeadPhrase(answer: String, topic: String) {
        #expect(TopicExtractor.topic(of: answer) == topic)
    }

    /// The topic of an answer without a question is a noun phrase or nothing: a determiner's noun
    /// is kept even when it can be a verb; a phrase that opens with a question word or a
    /// preposition, or ends with a word that needs another after it, is no topic. (Openings of
    /// the benchmark manuals' paragraphs, which once headed sheet sections as "The", "How",
    /// "In order to", "Query or".)
    @Test(arguments: [
        ("The default is to use a single connection.", "The default"),
        ("The amount of time to delay when a new server process is started.", "The amount of time to delay"),
        ("How the planner chooses an index depends on the statistics.", ""),
        ("For more information, see the reference.", ""),
        ("In order to use this module, install it first.", ""),
        ("Query or change the settings with ALTER SYSTEM.", ""),
        ("Reserved concurrency sets maximum concurrent executions for a function.", "Reserved concurrency"),
    ])
    func answerTopicIsANounPhraseOrNothing(answer: String, topic: String) {
        #expect(TopicExtractor.topic(of: answer, question: nil) == topic)
    }

    /// A heading read as a question whose first phrase is only a quantifier (the SQLite release
    /// notes' "Additional changes in version 3.11.1 (2016-03-03):") once crashed the ingest.
    @Test func aQuestionOpeningWithAQuantifierOnlyHasATopicOrNone() {
        let topic = TopicExtractor.topic(ofQuestion: "Additional changes in version 3.11.1 (2016-03-03):")
        #expect(topic == nil || topic?.isEmpty == false)
    }
}

@Suite struct YearFinderTests {
    @Test(arguments: [
        ("AWS Lambda SnapStart (2025) supports:", 2025),
        ("Resource serialization (2024 research):", 2024),
        ("integration (2022+): SAM CLI", 2022),
        ("stable since 2023 for all", 2023),
        ("GA in November 2025 on Akamai", 2025),
    ])
    func yearsInContext(text: String, year: Int) {
        #expect(YearFinder.year(in: text) == year)
    }

    @Test(arguments: ["2000 requests per second", "2048MB of memory", "version 2025.1 ships", "port 2030 open"])
    func numbersThatAreNotYears(text: String) {
        #expect(YearFinder.year(in: text) == nil)
    }
}
