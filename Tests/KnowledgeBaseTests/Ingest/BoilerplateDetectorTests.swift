@testable import KBExport
@testable import KBCheck
@testable import KBClaims
@testable import KBIngest
@testable import KBSearch
@testable import KBModel
@testable import KBText
import Testing

@Suite struct BoilerplateDetectorTests {
    @Test func bundledCorpusChromeIsFound() throws {
        let result = BoilerplateDetector().clean(try Fixtures.bundledDocument().records)
        #expect(result.chrome.map(\.record.location.line) == [2, 3, 4])
        #expect(result.chrome.map(\.rule) == [.title, .headerEcho, .fragment])
        #expect(result.strippedPrefixes.map(\.prefix) == ["62 questions"])
        #expect(result.strippedPrefixes.first?.location.line == 5)
        #expect(result.answers.count == 62)
        let line5 = result.answers.first { $0.location.line == 5 }
        #expect(line5?.text.hasPrefix("Reserved concurrency sets maximum") == true)
        #expect(line5?.location.column == 13)
    }

    @Test func chromeOfAnotherSiteIsFoundByTheSameRules() {
        let records = Fixtures.records([
            "Kubernetes Networking Questions",
            "40 curated Kubernetes Networking answers from the docs, updated weekly.",
            "Share",
            "A Service gives a stable virtual IP to a set of pods; kube-proxy programs the rules that route to them.",
            "NetworkPolicy objects select pods by label and allow only the listed ingress and egress traffic once any policy selects a pod.",
        ])
        let result = BoilerplateDetector().clean(records)
        #expect(result.chrome.map(\.rule) == [.title, .headerEcho, .fragment])
        #expect(result.answers.count == 2)
    }

    @Test(arguments: [
        "Yes.",
        "No, it cannot.",
        "Lambda supports Java, Python and .NET runtimes today.",
        "Use provisioned concurrency for latency-critical APIs.",
    ])
    func shortAnswersAreNotChrome(text: String) {
        #expect(BoilerplateDetector.standaloneRule(AnswerRecord(text: text, location: SourceLocation(path: "a", line: 1))) == nil)
    }

    @Test func longAnswersNextToATitleAreKept() {
        let long = "Serverless Computing platforms run code on demand: " + String(repeating: "functions scale with requests and bill per millisecond. ", count: 8)
        let records = Fixtures.records(["Serverless Computing FAQ", long, long + " Extra."])
        let result = BoilerplateDetector().clean(records)
        #expect(result.chrome.count == 1)
        #expect(result.answers.count == 2)
    }

    @Test func camelCaseNamesAreNotGluedPrefixes() {
        let records = Fixtures.records([
            "AWS Lambda FAQ",
            "AWS Lambda SnapStart caches a snapshot of the initialised execution environment for faster starts.",
        ])
        let result = BoilerplateDetector().clean(records)
        #expect(result.strippedPrefixes.isEmpty)
        #expect(result.answers.first?.text.hasPrefix("AWS Lambda SnapStart") == true)
    }

    /// Guards the crash a fuzzed corpus found: a record with no words next to page chrome.
    @Test func recordsWithoutWordsBesideChrome() {
        let result = BoilerplateDetector().clean(Fixtures.records(["Site Title Here", "...", "x", "A real answer with enough words to keep."]))
        #expect(result.answers.map(\.text).contains("A real answer with enough words to keep."))
    }

    @Test func gluedPrefixNeedsAWordSharedWithChrome() {
        let text = "see alsoReserved concurrency caps the function at the reserved number of instances."
        #expect(BoilerplateDetector().clean(Fixtures.records(["A long enough answer that is clearly a sentence.", text])).strippedPrefixes.isEmpty)
    }

    /// A breadcrumb trail before an answer and a feedback poll after it are the page's, not the
    /// answer's; a sentence that only looks like either stays.
    @Test func breadcrumbTrailsAndFeedbackPollsAroundAnAnswerAreDropped() throws {
        let records = Fixtures.records([
            "Membership › Key Holders › Bringing a guest — Members may bring one guest a month. Was this answer useful? Yes / No",
            "Is parking free? Yes, for the first two hours.",
            "Prices rose 5% in 2024 > 2023, see the table: it lists every plan.",
        ])
        let answers = BoilerplateDetector().clean(records).answers
        #expect(answers.map(\.text) == [
            "Members may bring one guest a month.",
            "Is parking free? Yes, for the first two hours.",
            "Prices rose 5% in 2024 > 2023, see the table: it lists every plan.",
        ])
        #expect(BoilerplateDetector.pollStart("Did this help? Yes No").map { _ in true } == nil)
    }
}
