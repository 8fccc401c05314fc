@testable import KBExport
@testable import KBCheck
@testable import KBClaims
@testable import KBIngest
@testable import KBSearch
@testable import KBModel
@testable import KBText
import Testing

@Suite struct NumericRuleTests {
    @Test func numbersForOneSubjectAndMetricThatCannotBothHoldConflict() throws {
        let findings = CheckCorpus.findings(CheckCorpus.filler + [
            "Edge platforms compared: Acme Edge: 5ms cold start, globally distributed.",
            "Benchmarks (2025): Acme Edge: 50ms cold start on average.",
        ], kinds: [.numeric])
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.kind == .numeric)
        // One side is an average and the other names a place ("globally"): a warning, with its reasons.
        #expect(finding.severity == .warning)
        #expect(finding.reasons.contains("a typical value"))
        #expect(finding.subject == "Acme Edge")
        #expect(finding.attribute == "cold start")
        #expect(finding.values == ["5ms = 0.005 s", "50ms = 0.05 s"])
    }

    /// A price with and without a percentage the corpus states for what one fact says it includes
    /// or leaves out is one price; without that percentage, or off it, the two still conflict.
    @Test func aPriceWithAndWithoutAStatedTaxIsOnePrice() throws {
        let withRate = CheckCorpus.findings(CheckCorpus.filler + [
            "The Acme Team Plus plan costs £48 a month including VAT.",
            "The Acme Team Plus plan is £40 a month before VAT.",
            "Prices are shown with UK VAT at 20% where it applies.",
        ], kinds: [.numeric])
        #expect(withRate.isEmpty, "\(withRate.map(\.message))")
        let offRate = CheckCorpus.findings(CheckCorpus.filler + [
            "The Acme Team Plus plan costs £50 a month including VAT.",
            "The Acme Team Plus plan is £40 a month before VAT.",
            "Prices are shown with UK VAT at 20% where it applies.",
        ], kinds: [.numeric])
        #expect(offRate.count == 1, "\(offRate.map(\.message))")
        let tax = StatedTax(CheckCorpus.facts(["Prices include VAT.", "VAT is 20%.", "The Acme plan costs £48 including VAT."]))
        let price = try #require(QuantityScanner().claims(in: "The plan costs £48 including VAT.").first)
        let net = try #require(QuantityScanner().claims(in: "The plan costs £40.").first)
        #expect(tax.explains(price, in: "The plan costs £48 including VAT.", net, in: "The plan costs £40.") == "vat")
        // Neither fact says what the price includes: nothing explains the difference.
        #expect(tax.explains(price, in: "The plan costs £48.", net, in: "The plan costs £40.") == nil)
    }

    /// A price stated alone in its fact is a claim about its subject; sums in a comparison or a
    /// scenario ("$12 vs $32", "$9,800 before incentives ... $6,860") are not compared.
    @Test func pricesStatedAloneConflict() throws {
        let findings = CheckCorpus.findings(CheckCorpus.filler + [
            "The Acme Monthly Pass costs $98 and covers every line.",
            "For daily riders the Acme Monthly Pass ($112) is the best deal.",
            "Installed prices for the Acme Battery start at $9,800 before incentives, and the credit brings that down to $6,860.",
            "The Acme Battery costs $12 per month to insure vs $32 for a generator.",
        ], kinds: [.numeric])
        #expect(findings.count == 1, "\(findings.map(\.message))")
        #expect(findings.first?.subject == "Acme Monthly Pass")
        #expect(findings.first?.attribute == "price")
    }

    /// Bare numbers in a line of mostly numbers are a table's cells: two such lines are no
    /// conflict, whatever they hold.
    @Test func cellsOfTablesRunTogetherAreNoClaimsToCompare() throws {
        let findings = CheckCorpus.findings(CheckCorpus.filler + [
            "urxvt size: text data bss drs rss filename 98398 1664 24 15695 1824 rxvt --disable-everything 188985 9048 66616 18222 1788 urxvt",
            "urxvt size: text data bss drs rss filename 163431 2152 24 20123 2060 rxvt --enable-everything 1035683 49680 66648 29096 3680 urxvt",
        ], kinds: [.numeric])
        #expect(findings.isEmpty, "\(findings.map(\.message))")
        #expect(NumericAlignment.isRowOfNumbers("text data bss 98398 1664 24 15695 1824 rxvt"))
        #expect(!NumericAlignment.isRowOfNumbers("The Team plan has 30 second checks from 6 regions and 50 monitors for 10 users at $29."))
    }

    /// A sum stated for a thing both facts name in the same words where they state it is its
    /// price, named or not ("Bike locks are $22", "we charge $32 for a bike lock"); a thing
    /// only guessed from context is not enough.
    @Test func aPriceOfAThingNamedInCommonWordsConflicts() throws {
        let findings = CheckCorpus.findings(CheckCorpus.filler + [
            "Bike locks are $22 from the front desk and fit every rack.",
            "Since last spring we charge $32 for a bike lock.",
        ], kinds: [.numeric])
        #expect(findings.count == 1, "\(findings.map(\.message))")
        #expect(findings.first?.attribute == "price")
    }

    /// A temperature (or another physical measure) stated alone for a thing both facts name in
    /// the same words is one setting of it: two that differ conflict, even a few degrees apart
    /// (a temperature's ratio says nothing). Another thing's measure does not meet it.
    @Test func theOneMeasureOfAThingNamedInCommonWordsConflicts() throws {
        let findings = CheckCorpus.findings(CheckCorpus.filler + [
            "The hot tubs are kept at 38°C.",
            "Your hot tub will be heated to 40°C before you arrive.",
            "The sauna is kept at 80°C.",
        ], kinds: [.numeric])
        #expect(findings.count == 1, "\(findings.map(\.message))")
        #expect(findings.first?.subject == "hot tubs" || findings.first?.subject == "hot tub")
    }

    /// A compound names its head noun's thing: "a full adult membership" is a membership, and
    /// "Adults" (who pay for a clinic) are no subject it shares, however its words overlap.
    @Test func subjectsWithOtherHeadNounsAreOtherThings() throws {
        let findings = CheckCorpus.findings(CheckCorpus.filler + [
            "A full adult membership is $425 for the season, paid all at once or in two instalments.",
            "Adults pay $45 for a Learn to Curl clinic, and that includes the loan of a broom and a gripper.",
        ], kinds: [.numeric])
        #expect(findings.isEmpty, "\(findings.map(\.message))")
        let matcher = EntityMatcher(names: ["adult membership", "Adults"], texts: CheckCorpus.filler)
        #expect(matcher.similarity("adult membership", "Adults") == 0)
    }

    /// A name closed by a model number and the same name going on with another word are two
    /// products ("TrailCam 360", "TrailCam add-on"); the name alone against it with a version
    /// is not blocked by this ("Java 21 + SnapStart" and "Java Spring Boot").
    @Test func aModelNumberNamesAnotherVariant() throws {
        let findings = CheckCorpus.findings(CheckCorpus.filler + [
            "The TrailCam add-on is $79 and clips onto any mower.",
            "The TrailCam 360 costs $149 and records all round.",
        ], kinds: [.numeric])
        #expect(findings.isEmpty, "\(findings.map(\.message))")
    }

    /// A span "for" a time after an event lasts that long ("for 12 months after purchase"): it
    /// meets the same span stated without the event.
    @Test func aSpanForATimeAfterAnEventIsASpan() throws {
        let findings = CheckCorpus.findings(CheckCorpus.filler + [
            "Acme vouchers are valid for 12 months after purchase.",
            "Acme vouchers are valid for 24 months.",
        ], kinds: [.numeric])
        #expect(findings.count == 1, "\(findings.map(\.message))")
    }

    /// An offset from an event that is the property's own event ("expires 12 months after it was
    /// bought") states the span the property names ("valid for two years"); an offset of another
    /// event does not ("arrive 30 minutes before").
    @Test func anOffsetToThePropertysOwnEventIsItsSpan() throws {
        let findings = CheckCorpus.findings(CheckCorpus.filler + [
            "Acme vouchers are valid for two years from the date of purchase.",
            "An Acme voucher expires 12 months after it was bought.",
        ], kinds: [.numeric])
        #expect(findings.count == 1, "\(findings.map(\.message))")
    }

    /// "for two" after a noun is the party a price is for, a setting as "for up to six guests" is:
    /// two prices of one thing for different parties are two offers.
    @Test func pricesForDifferentPartiesAreTwoOffers() throws {
        let findings = CheckCorpus.findings(CheckCorpus.filler + [
            "A private Acme balloon for two costs € 895, with the pilot all to yourselves.",
            "A private Acme balloon for up to six guests is €1.590,00, so friends can fly together.",
        ], kinds: [.numeric])
        #expect(findings.isEmpty, "\(findings.map(\.message))")
    }

    /// A capital inside the sentence after a name and a noun goes on with the name ("the Flex
    /// ticket Plus"): its price is another variant's.
    @Test func aCapitalAfterANameAndANounGoesOnWithTheName() throws {
        let findings = CheckCorpus.findings(CheckCorpus.filler + [
            "The Flex ticket costs € 259 and lets you choose any evening flight.",
            "The Flex ticket Plus is €319,00 and adds a framed photo of your balloon.",
        ], kinds: [.numeric])
        #expect(findings.isEmpty, "\(findings.map(\.message))")
    }

    /// Three or more different measured values of one quantity describe something that varies (by
    /// build, workload, version), not two statements of which one is wrong. Two values conflict.
    @Test func aQuantityWithThreeValuesVariesAndDoesNotConflict() throws {
        let three = CheckCorpus.findings(CheckCorpus.filler + [
            "Quarry cold start is 120ms.",
            "Quarry cold start is 300ms.",
            "Quarry cold start is 900ms.",
        ], kinds: [.numeric])
        #expect(three.isEmpty, "\(three.map(\.message))")
        let two = CheckCorpus.findings(CheckCorpus.filler + [
            "Quarry cold start is 120ms.",
            "Quarry cold start is 300ms.",
        ], kinds: [.numeric])
        #expect(two.count == 1, "\(two.map(\.message))")
    }

    @Test func twoStatedMaximaOfOneLimitConflict() throws {
        let findings = CheckCorpus.findings(CheckCorpus.filler + [
            "Model size limits: Acme Functions 10GB memory maximum, 250MB deployment package.",
            "Workflow memory: fixed at 64MB increments (max 3008MB - same as Acme Functions).",
        ], kinds: [.numeric])
        let finding = try #require(findings.first, "no finding")
        #expect(finding.subject == "Acme Functions")
        #expect(finding.facts.count == 2)
    }

    @Test(arguments: [
        // Units normalised: 15 minutes = 900 seconds = a 15-minute timeout.
        ["Acme Functions can run up to 15 minutes (900 seconds) maximum.", "Acme Functions has a 15-minute timeout."],
        // $25 per 1 million transitions = $0.000025 per transition.
        ["Acme Flows: $25 per 1 million state transitions.", "Acme Flows: $0.000025/transition, billed monthly."],
        // A plain value carries its rounding: 0.5 ms and 0.52 ms agree.
        ["Edge platforms: Acme Spin: 0.5ms cold start.", "Benchmarks: Acme Spin: 0.52ms cold start average."],
        // Overlapping ranges agree.
        ["Acme Node 20: 150-300ms cold start.", "Acme Node 20: 200-300ms cold start with minimal dependencies."],
        // Bounds: up to 10 ms contains 8 ms; 100K+ contains 250,000.
        ["Acme Edge: up to 10ms cold start.", "Acme Edge: 8ms cold start in tests."],
        // Different subjects: Inline Map and Distributed Map.
        ["Inline Map: 40 concurrent iterations maximum.", "Distributed Map: 10,000 concurrent iterations maximum."],
        // Different conditions are not compared.
        ["Acme Node 20 (512MB memory): 250ms cold start.", "Acme Node 20 (1024MB memory): 120ms cold start."],
        // Hedged claims are never evidence.
        ["Acme Edge: 5ms cold start.", "Acme Edge is rumored to reach a 40ms cold start next year."],
        // The before side of a before/after pair is another state of the subject.
        ["Acme Java: 400ms cold start.", "Acme Java: cold start 4.5s → 380ms with snapshots."],
        // A typical value bounds what usually happens, not the limit.
        ["The Acme visa letter turnaround time is up to 10 working days.", "The Acme visa letter turnaround time is typically within 3 working days."],
        // A span followed by an offset word says when, not how long.
        ["The Acme clinic appointment time for new patients is 60 minutes.", "The Acme clinic appointment time for new patients is 30 minutes before."],
    ])
    func claimsThatAgreeAfterNormalisationAreQuiet(_ lines: [String]) {
        let findings = CheckCorpus.findings(CheckCorpus.filler + lines, kinds: [.numeric])
        #expect(findings.isEmpty, "\(findings.map(\.message))")
    }

    @Test func intervalsFollowTheComparator() throws {
        func claim(_ comparator: NumericClaim.Comparator, _ low: Double?, _ high: Double?, _ surface: String) -> NumericClaim {
            NumericClaim(surface: surface, start: 0, end: 1, low: low, high: high, unit: "ms", comparator: comparator, kind: .measure,
                         normalizedLow: low, normalizedHigh: high, normalizedUnit: "s", dimension: .time)
        }
        #expect(NumericAlignment.interval(claim(.lessOrEqual, nil, 0.01, "up to 10ms"))! == (0, 0.01))
        #expect(NumericAlignment.interval(claim(.greaterOrEqual, 100_000, nil, "100K+"))! == (100_000, .infinity))
        let about = try #require(NumericAlignment.interval(claim(.approximately, 5, 5, "~5")))
        #expect(abs(about.0 - 4.25) < 1e-9 && abs(about.1 - 5.75) < 1e-9)
        let plain = try #require(NumericAlignment.interval(claim(.equal, 0.5, 0.5, "0.5ms")))
        #expect(abs(plain.0 - 0.45) < 1e-9 && abs(plain.1 - 0.55) < 1e-9)
    }
}

/// Values met by the wording of their sentences (``NumericAlignment/wordingCandidates(_:)``).
@Suite struct WordingAlignmentTests {
    @Test func valuesWhoseSentencesShareIdentifyingWordsAreCompared() throws {
        let findings = CheckCorpus.findings(CheckCorpus.filler + [
            "A deposit of 10% of the quoted price secures your installation date.",
            "We ask for a 20% deposit when you accept your quote.",
        ], kinds: [.numeric])
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.reasons.contains { $0.hasPrefix("alike wording: ") && $0.contains("deposit") })
    }

    @Test(arguments: [
        // A shared word modified differently: two kinds of connection.
        ["Single-phase homes can export at most 5 kW to the grid.", "Three-phase homes can export up to 15 kW to the grid."],
        // Counts of none or of several describe cases, not amounts.
        ["Login fails when your username maps to more than one mailbox.", "Login also fails when your username maps to zero mailboxes."],
        // Values far apart measure different properties.
        ["The Tidepool deposit window closes after 10 days.", "The Tidepool deposit certificate is valid for 3 years."],
        // A release number is no count of releases.
        ["As such, the minimum Python version required for Acme is 2.4, and Acme is tested on Python 2.4 and 2.5.",
         "Applications using the legacy API may use more memory, because Python may have to maintain two versions of each string."],
    ])
    func valuesOfDifferentThingsAreNotCompared(_ lines: [String]) {
        let findings = CheckCorpus.findings(CheckCorpus.filler + lines, kinds: [.numeric])
        #expect(findings.isEmpty, "\(findings.map(\.message))")
    }

    @Test(arguments: [
        ("Reconnection outside business hours costs $120.", "Restoring service during business hours costs $65.", true),
        ("Single-phase homes can export at most 5 kW.", "Three-phase homes can export up to 15 kW.", true),
        ("The Strato 5 carries 25 kg.", "The Strato 7 carries 15 kg.", true),
        ("Single-phase homes can export at most 5 kW.", "The export limit on a single-phase connection is 10 kW.", false),
    ])
    func sharedWordsModifiedDifferentlyTellTextsApart(a: String, b: String, differ: Bool) {
        let textA = TextAnalysis(a), textB = TextAnalysis(b)
        let stems = Set(textA.tokens.filter(\.isWord).map { Stemmer.stem($0.lower) })
            .intersection(textB.tokens.filter(\.isWord).map { Stemmer.stem($0.lower) })
        #expect(NumericAlignment.modifiersDiffer(textA, textB, shared: stems) == differ)
    }

    /// A value replaced in time is history: two earlier values of one setting, replaced at
    /// different times, contradict nothing. Values before an arrow are the state before a switch,
    /// a condition that holds today, and meet each other.
    @Test func valuesReplacedInTimeAreHistoryAndValuesBeforeASwitchAreCompared() throws {
        let history = CheckCorpus.findings(CheckCorpus.filler + [
            "On Windows the Acme copier uses a bigger default buffer size (1 MiB instead of 64 KiB).",
            "The Acme copier default buffer size on Windows was changed from 16 KiB to 1 MiB.",
        ], kinds: [.numeric])
        #expect(history.isEmpty, "\(history.map(\.message))")
        let switched = CheckCorpus.findings(CheckCorpus.filler + [
            "Use case: Acme Boot apps (typically 8-12 second cold starts → under 1 second with Acme Snap).",
            "Benchmarks (2025): Acme Boot apps: 4.5s cold start → 400ms with Acme Snap.",
        ], kinds: [.numeric])
        #expect(switched.count == 1, "\(switched.map(\.message))")
    }

    /// A count of things named more fully may count a narrower set: for a subject whose name
    /// goes on in capitalised words ("Acme Database Diff", a program), it is another count.
    @Test func countsOfANarrowerSetForAnotherThingAreNotCompared() {
        let findings = CheckCorpus.findings(CheckCorpus.filler + [
            "Acme Database Diff compares two Acme database files and prints the SQL that turns one into the other.",
            "Acme is built from over one hundred files of C code spread across many directories.",
        ], kinds: [.numeric])
        #expect(findings.isEmpty, "\(findings.map(\.message))")
    }

    /// A range written with number words, or with a unit on each side, holds the values inside
    /// it ("one to eight spaces" holds four; "from 10KB to 1MB" holds 100KB).
    @Test func rangesInWordsAndInTwoUnitsHoldTheirValues() {
        let findings = CheckCorpus.findings(CheckCorpus.filler + [
            "Acme tabs are replaced by one to eight spaces so that each line lines up.",
            "Acme tabs are restricted to four spaces in the console.",
            "The Acme blobs in the benchmark ranged from 10KB to 1MB.",
            "The Acme blobs in the benchmark are about 100KB each.",
        ], kinds: [.numeric])
        #expect(findings.isEmpty, "\(findings.map(\.message))")
    }

    /// A sum of money whose metric names the thing priced ("parking ... is NOK 80 per day")
    /// meets the price stated of that thing elsewhere ("Parking ... costs NOK 50 a day"); a
    /// property the ontology names ("deposit") stays apart from a price.
    @Test func aSumNamedByWhatItPricesMeetsItsPrice() {
        let facts = CheckCorpus.facts(CheckCorpus.filler + [
            "(2023) Parking at the Gudvangen base costs NOK 50 a day.",
            "As of 2025, parking at the Gudvangen base is NOK 80 per day.",
        ])
        let pairs = NumericAlignment(context: CheckContext(facts: facts, aligningSupports: false, aligningNumbers: false)).pairs()
        #expect(pairs.contains { $0.reasons.contains("the price of parking") }, "\(pairs.map(\.reasons))")
        #expect(NumericAlignment.namesWhatIsPriced("parking", by: "price", in: "Parking at the base costs NOK 50 a day.",
                                                   claim: NumericClaim(surface: "NOK 80", start: 0, end: 6, low: 80, high: 80, unit: "NOK", comparator: .equal, kind: .measure,
                                                                       normalizedLow: 80, normalizedHigh: 80, normalizedUnit: "NOK", dimension: .money("NOK"))))
    }

    /// Two lower bounds stated in alike words are compared by their stated values ("at least €15"
    /// is 15, not an open end), and a generic last word of a metric ("minimum order value") names
    /// nothing beyond the words before it.
    @Test func twoMinimaInAlikeWordsMeet() {
        let facts = CheckCorpus.facts(CheckCorpus.filler + [
            "(2022) The minimum order is €15, before shipping costs are added.",
            "As of 2025, there's a €20 minimum order value, not counting shipping.",
        ])
        let pairs = NumericAlignment(context: CheckContext(facts: facts, aligningSupports: false, aligningNumbers: false)).pairs()
        #expect(pairs.contains { $0.a.claim.surface.contains("€") && $0.b.claim.surface.contains("€") }, "\(pairs.map(\.reasons))")
        func minimum(_ value: Double) -> NumericClaim {
            NumericClaim(surface: "€\(value)", start: 0, end: 3, low: value, high: nil, unit: "EUR", comparator: .greaterOrEqual, kind: .measure,
                         normalizedLow: value, normalizedHigh: nil, normalizedUnit: "EUR", dimension: .money("EUR"))
        }
        #expect(NumericAlignment.withinRatio(minimum(15), minimum(20)))
        #expect(!NumericAlignment.withinRatio(minimum(15), minimum(200)))
    }

    /// A sum stated for a thing named more fully on one side ("queen-size duvet", "queen duvet":
    /// every word of the shorter in the longer, the same last word) is its price on both (the
    /// blind13 gate holds the finding it gives on the laundry corpus).
    @Test func aPriceOfAThingNamedMoreFullyMeetsItsPrice() {
        #expect(NumericAlignment.namedMoreFully("queen-size duvet", "queen duvet"))
        #expect(!NumericAlignment.namedMoreFully("queen duvet", "king duvet"))
        #expect(!NumericAlignment.namedMoreFully("duvet cover", "duvet"))
    }
}

@Suite struct NumericWordingTests {
    /// Two facts that share their identifying words speak of one thing named more or less fully
    /// ("spider" and "spider treatment": the longer adds a word after the shorter's); a subject
    /// that adds a word before the same last word names a variant ("exterior-only spider spray"),
    /// whose value may well differ.
    @Test func subjectsNamedMoreOrLessFullyMeetVariantsDoNot() {
        let nested = CheckCorpus.findings(CheckCorpus.filler + [
            "Our spider guarantee lasts six months from the day of treatment.",
            "Every spider treatment we do is guaranteed for 12 months: if they're back inside that time, we'll re-spray at no charge.",
        ], kinds: [.numeric])
        #expect(nested.count == 1, "\(nested.map(\.message))")
        let variant = CheckCorpus.findings(CheckCorpus.filler + [
            "A spider spray inside and out costs $189 for homes up to three bedrooms, and that includes the garage and any decks.",
            "An exterior-only spider spray (eaves, window frames, doors and decks) is $129.",
        ], kinds: [.numeric])
        #expect(variant.isEmpty, "\(variant.map(\.message))")
    }

    /// A property named more fully on one side ("matinee seat" against "seat") is one property,
    /// unless the two facts modify its word differently ("Evening seats", "matinee seats").
    @Test func aPropertyModifiedDifferentlyIsTwoProperties() {
        let findings = CheckCorpus.findings(CheckCorpus.filler + [
            "Evening seats in the circle are R200, and the view of the whole stage from up there is the best in the house.",
            "Yes, matinee seats in the circle are R160, so an afternoon show is a good way to see a big production for less.",
        ], kinds: [.numeric])
        #expect(findings.isEmpty, "\(findings.map(\.message))")
    }

    /// A yearly price is shown per year, as written, not per second (the canonical rate).
    @Test func ratesAreShownPerTheirWrittenPeriod() throws {
        let findings = CheckCorpus.findings(CheckCorpus.filler + [
            "The Acme Home plan costs $395 a year and includes four visits.",
            "Our Acme Home plan is $545 a year for every household.",
        ], kinds: [.numeric])
        let finding = try #require(findings.first, "\(findings.map(\.message))")
        #expect(finding.values == ["$395 a year = 395 USD/year", "$545 a year = 545 USD/year"])
    }

    /// A count met by wording is compared when it is a bound ("up to 6 players", "no more than
    /// 8"): a rule two answers can state differently. A count a text describes ("takes four
    /// keyword arguments") or a kind named by a compound ("a 4-digit year") is not.
    @Test func onlyBoundedCountsMeetByWording() {
        let bounded = CheckCorpus.findings(CheckCorpus.filler + [
            "Shipwreck Cove takes teams of up to 8 players, so bigger groups should split.",
            "The biggest team that fits in Shipwreck Cove is no more than 6 players at once.",
        ], kinds: [.numeric])
        #expect(bounded.count == 1, "\(bounded.map(\.message))")
        let described = CheckCorpus.findings(CheckCorpus.filler + [
            "The formatter callback takes four keyword arguments and returns the rendered line.",
            "Since the last release the formatter callback takes three keyword arguments only.",
            "Dates are parsed from a 4-digit year field in the export header.",
            "Older exports wrote a two-digit year field in the export header.",
        ], kinds: [.numeric])
        #expect(described.isEmpty, "\(described.map(\.message))")
        // Nor, by subject, a count joined to its noun that modifies another ("64-bit Windows").
        let compounds = CheckCorpus.findings(CheckCorpus.filler + [
            "On Windows, the return status is shifted right by 8 bits.",
            "On 64-bit Windows the 64-bit installer is always preferred.",
        ], kinds: [.numeric])
        #expect(compounds.isEmpty, "\(compounds.map(\.message))")
        func claim(_ surface: String) -> NumericClaim {
            NumericClaim(surface: surface, start: 0, end: 0, low: 2, high: 2, unit: "", comparator: .equal, kind: .count,
                         normalizedLow: 2, normalizedHigh: 2, normalizedUnit: "", dimension: .count("item"))
        }
        #expect(NumericAlignment.isCompound(claim("two-character")) && NumericAlignment.isCompound(claim("64-bit")))
        #expect(!NumericAlignment.isCompound(claim("3-4 items")))
        // Nor a value assigned in a command: two commands are two examples.
        let commands = CheckCorpus.findings(CheckCorpus.filler + [
            "To open every fold when a file is loaded, use:",
            ":set foldlevelstart=99",
            "For files with deeply nested folds, use:",
            ":set foldlevelstart=999",
        ], kinds: [.numeric])
        #expect(commands.isEmpty, "\(commands.map(\.message))")
    }
}

@Suite struct SubjectsReadFromOtherWordsTests {
    /// The names a fact holds are words the corpus capitalises inside sentences; a currency
    /// written in letters ("Fr.", "CHF") is none.
    @Test func namesOfAFactAreCapitalisedWordsButNoCurrency() {
        let texts = ["(2023) Saturday hire of the barn hall is Fr. 3'900, cleaning included.",
                     "As of 2025, renting the barn on a Saturday costs CHF 4'600 at Eichmatt.",
                     "We open the Eichmatt barn on a Saturday for viewings."]
        let matcher = EntityMatcher(names: [], texts: texts)
        let names = { (index: Int) in Set(matcher.names(ofText: index).map { matcher.stemsByNumber[Int($0)] }) }
        #expect(names(0) == ["saturday"])
        #expect(names(1) == ["saturday", "eichmatt"])
    }

    /// Values whose subject came from their answer's context meet only when the answers'
    /// questions do not name different things ("Maximum header size" / "Maximum buffer size").
    @Test func questionsNamingDifferentThingsKeepContextSubjectsApart() {
        let lines = [
            "Almost the same as the previous answer, but this protection mechanism limits the length of headers. The limit is 8KiB by default, you can change it with an attribute.",
            "This protection mechanism limits how much content the parser may buffer. The limit is around 256KiB by default, you can change it with an attribute.",
        ]
        let apart = CheckCorpus.findings(CheckCorpus.filler + lines, kinds: [.numeric],
                                         questions: [nil, nil, "What does the error \"Maximum header size exceeded\" mean?", "What does the error \"Maximum buffer size exceeded\" mean?"])
        #expect(apart.isEmpty, "\(apart.map(\.message))")
        // Without the questions, the context's subject is all there is: the values meet.
        #expect(CheckCorpus.findings(CheckCorpus.filler + lines, kinds: [.numeric]).count == 1)
        #expect(NumericAlignment.questionsNameDifferentThings("What does Maximum header size exceeded mean?", "What does Maximum buffer size exceeded mean?"))
        #expect(!NumericAlignment.questionsNameDifferentThings("How big can the buffer be?", "What is the largest buffer?"))
    }

    /// Two facts that share their identifying words, one of which names the subject read from the
    /// other, speak of one thing: their values are compared even though the subjects were read
    /// from different words. A variant of the other's subject, a name only one fact holds, a
    /// shared noun modified or counted differently keep them apart.
    @Test func aSubjectTheOtherFactNamesIsOneThing() throws {
        let shuttle = CheckCorpus.findings(CheckCorpus.filler + [
            "Each shuttle trip to Langnau station is billed at 240 CHF.",
            "A shuttle run between the farm and Langnau station, 4 kilometres away, costs CHF 180.",
        ], kinds: [.numeric])
        #expect(shuttle.count == 1, "\(shuttle.map(\.message))")
        let variant = CheckCorpus.findings(CheckCorpus.filler + [
            "A spider spray inside and out costs $189 for homes up to three bedrooms, and that includes any decks.",
            "An exterior-only spider spray (eaves, window frames, doors and decks) is $129.",
        ], kinds: [.numeric])
        #expect(variant.isEmpty, "\(variant.map(\.message))")
        let places = CheckCorpus.findings(CheckCorpus.filler + [
            "Each shuttle trip from Langnau station is billed at 240 CHF.",
            "A shuttle run between the farm and Burgdorf station costs CHF 180 per trip.",
        ], kinds: [.numeric])
        #expect(places.isEmpty, "\(places.map(\.message))")
        let kinds = CheckCorpus.findings(CheckCorpus.filler + [
            "Day hire of a solo kayak is kr 750, spray skirt and life jacket included.",
            "A double kayak is NOK 950 for a full day's hire, with paddles and spray decks for two.",
        ], kinds: [.numeric])
        #expect(kinds.isEmpty, "\(kinds.map(\.message))")
        let sizes = CheckCorpus.findings(CheckCorpus.filler + [
            "The party lounge is $60 for up to 10 guests.",
            "For 11 to 20 guests the lounge costs $90 for an hour, and cake is welcome.",
        ], kinds: [.numeric])
        #expect(sizes.isEmpty, "\(sizes.map(\.message))")
    }
}
