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

    /// Statements that are no capability of a subject: one of some members of a kind ("Many
    /// Quarry functions accept ..."), one inside a comparison ("more than are accepted by"), a
    /// participle narrowing a phrase ("not including the docid"), a list holding its own subject,
    /// a relative clause said of the head of "A of B", a subject stated for one release.
    @Test func statementsThatStateNoCapabilityOfTheirSubjectConflictWithNothing() {
        let findings = CheckCorpus.findings(CheckCorpus.filler + [
            "Many built-in Quarry functions accept the OID of a table for convenience.",
            "Also unlike the cast, this Quarry function does not accept the OID of a table.",
            "The standard allows more subcommand types than are presently accepted by Tallowdb.",
            "Tallowdb does not accept subcommand types in a schema statement.",
            "The number of user columns in the Fennel table (not including the docid column).",
            "For Fennel tables, the docid column is allowed as an alias of the rowid.",
            "This is an extension of the Brine specification that includes the SRID value of the geometry.",
            "The Brine specification does not include the SRID value.",
            "Kestrel 1.5 is the first release with Python 3 support.",
            "Kestrel does not support Python 3 at this time.",
            "Savepoints: Yes (Quarrydb and Fennel only).",
            "Quarrydb and Oracle allow the key word SAVEPOINT to be omitted.",
            "The Brine walinspect module provides SQL functions for inspecting the log.",
            "The module provides no SQL functions.",
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
    /// An assertion and a denial relating the same two things under other verbs, or with the roles
    /// the sentence's form gives them swapped, meet (both subjects stated, both things matched).
    @Test func theSameTwoThingsInOtherWordsConflict() throws {
        let otherVerbs = CheckCorpus.findings(CheckCorpus.filler + [
            "Tallow heat pumps can be mounted outdoors, since the casing is weatherproof.",
            "Tallow heat pumps cannot be installed outdoors, so we fit them in a plant room.",
        ], kinds: [.polarity, .list])
        #expect(otherVerbs.count == 1, "\(otherVerbs.map(\.message))")
        #expect(otherVerbs.first?.reasons.contains { $0.contains("other verbs") } == true)
        let swapped = CheckCorpus.findings(CheckCorpus.filler + [
            "Visiting researchers can reserve study carrels at no charge.",
            "Study carrels are not available to visiting researchers.",
        ], kinds: [.polarity, .list])
        #expect(swapped.count == 1, "\(swapped.map(\.message))")
        #expect(swapped.first?.reasons.contains { $0.contains("roles swapped") } == true)
    }

    /// Under other verbs the item must be the same words, and one shared thing is not two: "revoke
    /// membership" is not "revoke", and a list member or an item in a parenthesis is no argument of
    /// the verb read with it.
    @Test func oneSharedThingOrALooseItemIsNoConflict() {
        let findings = CheckCorpus.findings(CheckCorpus.filler + [
            "The Warden role allows a user to grant or revoke membership in any group.",
            "The Warden role does not confer the ability to revoke the audit privilege.",
            "Tallow heat pumps can be stored outdoors over the winter.",
            "Tallow heat pumps cannot be serviced by third parties.",
            "Column zColumn is opened for writing (source: docs/blob.html, checked-by: tests).",
            "Column zColumn does not exist (source: docs/blob.html).",
            // Another product by name: "Tallow Pro" is not "Tallow".
            "Tallow dehumidifiers can be mounted outdoors.",
            "Tallow Pro dehumidifiers cannot be installed outdoors.",
        ], kinds: [.polarity, .list])
        #expect(findings.isEmpty, "\(findings.map(\.message))")
    }

    /// A contracted denial whose subject the ontology names as a property ("The growing guarantee
    /// doesn't apply to bulbs, corms or tubers"), against the same two things with their roles
    /// swapped by a passive ("Bulbs are covered by the growing guarantee").
    @Test func aDenialOfAListMeetsThePassiveAssertion() throws {
        let findings = CheckCorpus.findings(CheckCorpus.filler + [
            "Bulbs are covered by the growing guarantee like any other plant.",
            "The growing guarantee doesn't apply to bulbs, corms or tubers.",
        ], kinds: [.polarity, .list])
        #expect(findings.count == 1, "\(findings.map(\.message))")
    }

    /// A statement placed at a moment of the text's own time ("the current version", "at this
    /// time", "previous releases") is said of a release the corpus does not name: against a
    /// statement at another moment, or one made for every moment, it is no contradiction.
    @Test func statementsAtDifferentMomentsDoNotConflict() throws {
        let findings = CheckCorpus.findings(CheckCorpus.filler + [
            "Previous Acme releases were tested and supported on Python 3.8 and later.",
            "The current version of Acme doesn't support Python 3.8.",
        ], kinds: [.polarity, .list])
        #expect(findings.isEmpty, "\(findings.map(\.message))")
        let plain = CheckCorpus.findings(CheckCorpus.filler + [
            "Acme supports Python 3.8 and later.",
            "Acme doesn't support Python 3.8.",
        ], kinds: [.polarity, .list])
        #expect(plain.count == 1, "\(plain.map(\.message))")
        // "and earlier" bounds a range of releases; it places nothing in the text's time.
        let range = CheckCorpus.findings(CheckCorpus.filler + [
            "Acme supports Python 3.7.",
            "Acme doesn't support Python 3.7 and earlier.",
        ], kinds: [.polarity, .list])
        #expect(range.count == 1, "\(range.map(\.message))")
    }

    /// A state said of a subject that "no" opens is denied of it: "No dogs are allowed on the
    /// beach" against "Dogs are allowed on the beach".
    @Test func aSubjectOpenedByNoDeniesTheState() {
        let facts = CheckCorpus.facts(["No dogs are allowed on the beach.", "Dogs are allowed on the beach."])
        #expect(facts[0].supports.map(\.polarity) == [.excludes])
        #expect(facts[1].supports.map(\.polarity) == [.supports])
        let findings = CheckCorpus.findings(CheckCorpus.filler + ["No dogs are allowed on the beach.", "Dogs are allowed on the beach."], kinds: [.polarity])
        #expect(findings.count == 1, "\(findings.map(\.message))")
    }
}

