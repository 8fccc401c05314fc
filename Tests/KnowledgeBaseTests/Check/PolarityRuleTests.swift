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

    /// A clause with a negation before the item is no assertion of it, whatever the extractor read:
    /// "none of them work on Windows" does not say Windows is supported.
    @Test func aNegatedClauseIsNoEvidenceOfSupport() {
        let findings = CheckCorpus.findings(CheckCorpus.filler + [
            "Currently the Fennel parameters only work on Unix platforms; none of them work on Windows.",
            "The Fennel parameter is not supported on Windows.",
            "Row-level history is not yet supported by Quarry.",
            "Quarry does not support row-level history.",
        ], kinds: [.polarity, .list])
        #expect(findings.isEmpty, "\(findings.map(\.message))")
    }

    /// A subject carried over onto a clause whose own subject is a pronoun is a guess: "You can
    /// keep track ..." says what a reader can do, not what Quarry does.
    @Test func aPronounClauseTakesNoSubjectFromContext() {
        let findings = CheckCorpus.findings(CheckCorpus.filler + [
            "How does Quarry follow instances? You can program the class constructor to keep track of all instances with weak references.",
            "Quarry does not keep track of all instances of a class.",
        ], kinds: [.polarity, .list])
        #expect(findings.isEmpty, "\(findings.map(\.message))")
    }

    /// The same denial beside a plain assertion still conflicts.
    @Test func aPlainAssertionStillConflictsWithADenial() throws {
        let findings = CheckCorpus.findings(CheckCorpus.filler + [
            "Quarry supports container images up to 10GB.",
            "No - Quarry does NOT support container images.",
        ], kinds: [.polarity, .list])
        #expect(findings.count == 1, "\(findings.map(\.message))")
    }
}
