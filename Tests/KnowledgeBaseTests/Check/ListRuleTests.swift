import KBModel
import KBText
import Testing
@testable import KnowledgeBase

@Suite struct ListRuleTests {
    @Test func anItemListedByOneAnswerAndExcludedByAnotherIsAnError() throws {
        let findings = CheckCorpus.findings(CheckCorpus.filler + [
            "Acme Functions supports: (1) Java 17 and later, (2) Python 3.11 and later, (3) Go 1.21.",
            "Acme Functions runtime limits: Not supported: Python, Ruby, custom runtimes.",
        ], kinds: [.list])
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.kind == .list)
        #expect(finding.severity == .error)
        #expect(finding.subject == "Acme Functions")
        #expect(finding.attribute == "supports Python")
        #expect(finding.facts.count == 2)
        #expect(finding.facts.map(\.location.line) == [3, 4])
        #expect(finding.facts[0].text.contains("Python 3.11 and later"))
        #expect(finding.facts[1].text.contains("Not supported: Python, Ruby"))
    }

    @Test func aClosedListLeavingOutAnItemOfItsSortIsAWarning() throws {
        let findings = CheckCorpus.findings(CheckCorpus.filler + [
            "Acme Functions supports: (1) Java 17 and later, (2) Python 3.11 and later.",
            "Acme Functions (Java only): snapshots are restored in milliseconds.",
        ], kinds: [.list])
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.severity == .warning)
        #expect(finding.attribute == "supports Python")
        #expect(finding.facts.contains { $0.says == "leaves out: Java only" })
    }

    @Test(arguments: [
        // Two open lists that differ agree.
        ["Acme Functions supports: Java, Python and Go.", "Acme Functions supports: Java, Ruby."],
        // Versions are ranges: "Corretto 11/17/21 only" is inside "Java 11 and later (Amazon Corretto)".
        ["Acme Functions supports Java 11 and later (Amazon Corretto runtime).",
         "Bolt Runner supports: Java, Python, Go.",
         "Acme Functions restrictions: Corretto 11/17/21 only."],
        // A denied version range that does not overlap the supported one.
        ["Acme Functions supports: (1) Java 11 and later, (2) Python 3.12 and later.",
         "Acme Functions restrictions: Not supported: Java 8, Python 2.7."],
        // A closed list of another sort (deployment types) says nothing about runtimes.
        ["Acme Functions supports: (1) Java 17 and later, (2) Python 3.11 and later.",
         "Acme Functions limitations: .zip deployments only (not container images)."],
        // Hedged statements are never evidence.
        ["Acme Functions supports: (1) Java 17 and later, (2) Python 3.11 and later.",
         "Acme Functions roadmap: Python support is rumored to be dropped; Not supported: Python (rumored)."],
        // Different subjects.
        ["Acme Functions supports: (1) Java 17 and later, (2) Python 3.11 and later.",
         "Bolt Runner limitations: Not supported: Python, Ruby."],
    ])
    func statementsThatOnlyLookDifferentAreNotConflicts(_ lines: [String]) {
        let findings = CheckCorpus.findings(CheckCorpus.filler + lines, kinds: [.list, .polarity])
        #expect(findings.isEmpty, "\(findings.map(\.message))")
    }

    @Test func subjectsAreMatchedByTheirDistinctiveNames() {
        let index = SubjectIndex(names: ["AWS Lambda SnapStart", "Lambda SnapStart", "SnapStart", "Step Functions",
                                         "Step Functions Express", "Step Functions Standard", "Java 21 + SnapStart"])
        #expect(index.key("AWS Lambda SnapStart") == index.key("SnapStart"))
        #expect(index.key("Lambda SnapStart") == index.key("SnapStart"))
        #expect(index.key("Java 21 + SnapStart") != index.key("SnapStart"))
        #expect(index.key("Step Functions Express") != index.key("Step Functions Standard"))
        #expect(index.key("Step Functions") != index.key("Step Functions Express"))
    }

    @Test(arguments: [
        ("11 and later", "17", true), ("3.12 and later", "3.13", true), ("3.12 and later", "3.11", false),
        ("8+", "8", true), ("11/17/21", "17", true), ("11/17/21", "8", false), ("17-21", "19", true), ("", "2.7", true),
    ])
    func versionRangesOverlapAsWritten(_ range: String, _ version: String, _ overlaps: Bool) {
        #expect(VersionSet.parse(range).overlaps(VersionSet.parse(version)) == overlaps)
    }

    @Test func itemsKeepTheirAliasesAndVersions() throws {
        let item = try #require(ListItem.parse("(1) Java 11 and later (Amazon Corretto managed runtime)"))
        #expect(item.primary == "java")
        #expect(item.names == ["java", "amazon corretto"])
        #expect(item.matches(try #require(ListItem.parse("Corretto 11/17/21"))))
        #expect(item.versions == VersionSet(ranges: [.init(low: [11], high: nil)]))
        #expect(ListItem.parse("~300-500 tokens") == nil)
        #expect(ListItem.parse(".NET 8+")?.primary == ".net")
    }
}
