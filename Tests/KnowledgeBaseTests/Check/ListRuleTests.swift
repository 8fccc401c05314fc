@testable import KBExport
@testable import KBCheck
@testable import KBClaims
@testable import KBIngest
@testable import KBSearch
@testable import KBModel
@testable import KBText
import Testing

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

    /// A denial after a list ("..., but not PayPal") belongs to that list; two lists sharing three
    /// items list one set, though neither names its subject in its own words. Two named subjects
    /// stay two things.
    @Test func aDenialInAListSharingThreeItemsMeetsTheOtherList() throws {
        let findings = CheckCorpus.findings(CheckCorpus.filler + [
            "Which payment methods can customers use? Customers can pay with iDEAL, Bancontact, PayPal or a credit card.",
            "How can I pay? At checkout you can pay by iDEAL, Bancontact or card, but not PayPal.",
        ], kinds: [.list, .polarity])
        #expect(findings.count == 1)
        #expect(findings.first?.attribute == "supports PayPal")
        let named = CheckCorpus.findings(CheckCorpus.filler + [
            "The Orchard shop takes iDEAL, Bancontact, PayPal or a credit card.",
            "The Meadow shop takes iDEAL, Bancontact or card, but not PayPal.",
        ], kinds: [.list, .polarity])
        #expect(named.isEmpty, "\(named.map(\.message))")
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
        // A denial restricted where the assertion is not (a scope, a purpose) denies only that case.
        ["In a rule for INSERT, UPDATE, or DELETE on a view, you can add a RETURNING clause that emits the row.",
         "The RETURNING clause is not available on DELETE and UPDATE statements against virtual tables."],
        ["Acme Web also provides an API that gives you complete control over the cache.", "Acme Web doesn't provide an API to start a transaction."],
        // A contrast after the exclusive word qualifies it: the list is not closed.
        ["Debian runs on Linux, Hurd and BSD kernels.", "Debian is only available for Linux and BSD, but with Debian GNU/Hurd we have started to offer other kernels too."],
        // One answer qualifies itself rather than contradicting itself.
        ["Acme Stats has a larger browsers, os and robots database. Without the log, advanced features can't work: browsers, os, keywords."],
    ])
    func statementsThatOnlyLookDifferentAreNotConflicts(_ lines: [String]) {
        let findings = CheckCorpus.findings(CheckCorpus.filler + lines, kinds: [.list, .polarity])
        #expect(findings.isEmpty, "\(findings.map(\.message))")
    }

    /// Subjects are alike by the names they share, weighed from the corpus: a name added after
    /// another makes a different thing; a name added before it qualifies the same thing.
    @Test func subjectsAreMatchedByTheirDistinctiveNames() {
        let texts = ["AWS Lambda SnapStart supports Java.", "Step Functions Express runs for 5 minutes.",
                     "Step Functions Standard runs for a year.", "Java 21 + SnapStart starts in 400ms.",
                     "The Crew plan stores 2 TB.", "Crew Plus stores 5 TB.", "Crew-tier uploads are unlimited."]
        let matcher = EntityMatcher(names: ["AWS Lambda SnapStart", "SnapStart", "Step Functions Express", "Step Functions Standard",
                                            "Crew plan", "Crew Plus", "Crew-tier uploads"], texts: texts)
        #expect(matcher.similarity("AWS Lambda SnapStart", "SnapStart") >= 0.6)
        #expect(matcher.similarity("Step Functions Express", "Step Functions Standard") == 0)
        #expect(matcher.similarity("Crew plan", "Crew Plus") == 0)
        #expect(matcher.similarity("Crew plan", "Crew-tier uploads") > 0.5)
        #expect(matcher.similarity("snapstart", "SnapStart") == 1)
    }

    @Test(arguments: [
        ("11 +", "17", true), ("3.12 +", "3.13", true), ("3.12 +", "3.11", false),
        ("8 +", "8", true), ("11 17 21", "17", true), ("11 17 21", "8", false), ("", "2.7", true),
    ])
    func versionRangesOverlapAsWritten(_ range: String, _ version: String, _ overlaps: Bool) {
        #expect(SupportAlignment.versionsOverlap(range, version) == overlaps)
    }

    /// Each item of a list is a statement of its own, with its key and versions; "and later" is an open end.
    @Test func itemsKeepTheirKeysAndVersions() throws {
        let supports = ClaimExtractor().extract([FactInput(text: "Acme Functions supports Java 11 and later, Python 3.12+ and .NET 8.")],
                                                topic: "Runtimes", question: nil).first?.supports ?? []
        let java = try #require(supports.first { $0.itemKey == "java" }, "\(supports.map(\.itemKey))")
        #expect(java.versions.hasPrefix("11"))
        #expect(java.polarity == .supports)
        #expect(java.listSize == 3)
        #expect(supports.contains { $0.itemKey == "python" && $0.versions.hasPrefix("3.12") })
        #expect(supports.contains { $0.item.contains(".NET") })
        #expect(supports.allSatisfy { $0.subject == "Acme Functions" })
    }
}

/// Closed lists against lists in other words that name more of the same things
/// (``EnumerationAlignment``).
@Suite struct EnumerationAlignmentTests {
    @Test func aListNamingMoreThanAClosedListIsAWarning() throws {
        let findings = CheckCorpus.findings(CheckCorpus.filler + [
            "You can pay the deposit by card, bank transfer or BPAY.",
            "Deposits are accepted by bank transfer or card only. Please quote your job number.",
        ], kinds: [.list])
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.severity == .warning)
        #expect(finding.attribute == "supports BPAY")
        #expect(finding.facts.map(\.says) == ["includes: BPAY", "leaves out: bank transfer, card only"])
        #expect(finding.reasons.contains("both about: deposit"))
    }

    @Test(arguments: [
        // Two passes with different names list the same trains.
        ["The Weekly Pass covers buses, trains and the Lakeside ferry.", "The Monthly Pass covers buses and trains only."],
        // Nothing outside the lists says they answer one question.
        ["Our crews carry ladders, harnesses and roof anchors.", "Renters may borrow ladders and harnesses only on weekdays."],
        // One answer qualifies itself.
        ["You can pay by card, bank transfer or BPAY. Deposits are accepted by bank transfer or card only."],
        // An open list with an extra item against another open list.
        ["We fit batteries from brands including HavenCell, Voltara and Brightstack.", "Batteries from HavenCell, Voltara and Kestrel fit our inverters."],
    ])
    func listsThatOnlyLookAlikeAreNotConflicts(_ lines: [String]) {
        let findings = CheckCorpus.findings(CheckCorpus.filler + lines, kinds: [.list])
        #expect(findings.isEmpty, "\(findings.map(\.message))")
    }

    /// A set the corpus lists in many places (a vocabulary such as SQL commands) is not the answer
    /// to one question: no single list speaks against its closed mention.
    @Test func aSetListedEverywhereIsAVocabulary() {
        var lines = CheckCorpus.filler
        for table in ["orders", "users", "events", "invoices", "carts"] {
            lines.append("The \(table) table takes SELECT, INSERT and UPDATE statements.")
        }
        lines.append("Variable substitution works only in SELECT and INSERT statements.")
        lines.append("Triggers fire on SELECT, INSERT, UPDATE and DELETE statements.")
        let findings = CheckCorpus.findings(lines, kinds: [.list])
        #expect(findings.isEmpty, "\(findings.map(\.message))")
    }
}

/// How support statements read their lists.
@Suite struct SupportListTests {
    /// An article opening a list item after a comma ("bed linen, a log burner and a gas hob") is an
    /// article, never the answer marker "A:": the list goes on, and a denial after "but" closes it.
    @Test func itemsWithArticlesStayInTheList() throws {
        let frames = ClaimExtractor().extract([FactInput(text: "Canvas tents have bed linen, a log burner and a gas hob, but no towels.")], topic: "", question: nil)
        let statements = try #require(frames.first).supports
        #expect(statements.filter { $0.polarity == SupportClaim.Polarity.supports }.map { $0.itemKey } == ["bed linen", "log burn", "gas hob"])
        #expect(statements.filter { $0.polarity == SupportClaim.Polarity.excludes }.map { $0.itemKey } == ["towel"])
    }
}

@Suite struct SupportReadingTests {
    /// A support verb in -s after a noun that a determiner opened ("The Plus plan includes ...",
    /// "The package covers ...") is the noun's verb, and its list is read; a noun in -s before
    /// a verb is none ("Bed covers are washed").
    @Test func aSupportVerbAfterItsSubjectReadsItsList() {
        let facts = CheckCorpus.facts(["The Plus plan includes backups, SSO and audit logs.", "The package covers house wine, beer and coffee.",
                                       "Bed covers are washed weekly at the lodge."])
        #expect(facts[0].supports.map(\.item) == ["backups", "SSO", "audit logs"])
        #expect(facts[0].supports.first?.subject == "Plus plan")
        #expect(facts[1].supports.map(\.item) == ["house wine", "beer", "coffee"])
        #expect(facts[2].supports.isEmpty)
    }

    /// "nothing else" after a list closes it and names no item; a closed list that leaves out an
    /// item of another list of the same subject is a list finding.
    @Test func nothingElseClosesAList() {
        let facts = CheckCorpus.facts(["Our drinks flat rate pays for house wine and mineral water, nothing else."])
        #expect(facts[0].supports.map(\.item) == ["house wine", "mineral water"])
        #expect(facts[0].supports.allSatisfy { $0.closed })
        let findings = CheckCorpus.findings(CheckCorpus.filler + ["The Plus plan includes backups, SSO and audit logs.",
                                                                 "The Plus plan includes backups and SSO, and nothing else."], kinds: [.list])
        #expect(findings.count == 1, "\(findings.map(\.message))")
    }

    /// What a thing needs is a list too ("need the CPF, a photo ID and a recent proof of address";
    /// an "of" complement belongs to its item), closed by "only" before an infinitive's "have to"
    /// ("only have to show A and B").
    @Test func requirementListsAreLists() {
        let lines = ["New renters need the CPF, a photo ID and a recent proof of address.",
                     "To open an account, new renters only have to show a CPF and an official photo ID."]
        let facts = CheckCorpus.facts(lines)
        #expect(facts[0].supports.map(\.item) == ["the CPF", "a photo ID", "a recent proof of address"])
        #expect(facts[1].supports.filter(\.closed).map(\.itemKey) == ["cpf", "offici photo id"])
        let findings = CheckCorpus.findings(CheckCorpus.filler + lines, kinds: [.list])
        #expect(findings.count == 1, "\(findings.map(\.message))")
        let variants = CheckCorpus.findings(CheckCorpus.filler + ["The premium plan includes backups, SSO and audit logs.",
                                                                 "The basic plan includes only backups and SSO."], kinds: [.list])
        #expect(variants.isEmpty, "\(variants.map(\.message))")
        let named = CheckCorpus.findings(CheckCorpus.filler + ["The Orchard shop takes iDEAL, Bancontact and PayPal.",
                                                              "The Meadow shop takes only iDEAL and Bancontact."], kinds: [.list])
        #expect(named.isEmpty, "\(named.map(\.message))")
    }
}

