@testable import KBExport
@testable import KBCheck
@testable import KBClaims
@testable import KBIngest
@testable import KBSearch
@testable import KBModel
@testable import KBText
import Testing

@Suite struct PolarityRuleTests {
    @Test func aFeatureAssertedAndDeniedIsAPolarityFinding() throws {
        let findings = CheckCorpus.findings(CheckCorpus.filler + [
            "Inference options: (2) Bolt Serverless: scale-to-zero, GPU support (faster inference).",
            "Limitations (both Acme Functions & Bolt Serverless): (1) No GPU support: CPU-only inference.",
        ], kinds: [.polarity, .list])
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.kind == .polarity)
        #expect(finding.subject == "Bolt Serverless")
        #expect(finding.attribute == "supports GPU")
        #expect(finding.facts.count == 2)
    }

    @Test func aDenialOfSomethingElseIsNoConflict() {
        let findings = CheckCorpus.findings(CheckCorpus.filler + [
            "Inference options: (2) Bolt Serverless: scale-to-zero, GPU support (faster inference).",
            "Limitations (Acme Functions): (1) No GPU support: CPU-only inference.",
            "Bolt Serverless does NOT support container images.",
        ], kinds: [.polarity, .list])
        #expect(findings.isEmpty, "\(findings.map(\.message))")
    }

    @Test func aDenialAgainstAnAssertionOfTheSameSubjectInAnotherWordingConflicts() throws {
        let findings = CheckCorpus.findings(CheckCorpus.filler + [
            "Bolt Runner supports container images up to 10GB.",
            "No - Bolt Runner does NOT support container images (hard limitation).",
        ], kinds: [.polarity, .list])
        let finding = try #require(findings.first, "no finding")
        #expect(finding.subject == "Bolt Runner")
        #expect(finding.facts.count == 2)
    }
}
