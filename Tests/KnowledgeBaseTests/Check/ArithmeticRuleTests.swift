@testable import KBExport
@testable import KBCheck
@testable import KBClaims
@testable import KBIngest
@testable import KBSearch
@testable import KBModel
@testable import KBText
import Testing

@Suite struct ArithmeticRuleTests {
    static func mismatches(_ fact: String) -> [Finding] {
        CheckCorpus.findings(CheckCorpus.filler + [fact], kinds: [.arithmetic])
    }

    /// A value derived from the sentence before by a word of consequence, the operation named by
    /// the units alone: reported when the one computation the units allow disagrees, and only
    /// then (no consequence word, an operation far off, the same unit twice: nothing).
    @Test(arguments: [
        ("Garage P2 charges $3 per hour for each hour you stay. A 4-hour stay therefore costs $14.", true),
        // The case the consequence works through may follow its word.
        ("Cushion refills are €28 per cushion in hollowfibre, so a five-cushion sofa is €150 to refill.", true),
        ("Cushion refills are €28 per cushion in hollowfibre, so a five-cushion sofa is €140 to refill.", false),
        ("Garage P2 charges $3 per hour for each hour you stay. A 4-hour stay therefore costs $12.", false),
        ("The Trek motor stops assisting at 32 km/h. In miles per hour that is roughly 24 mph.", true),
        ("The Trek motor stops assisting at 32 km/h. In miles per hour that is roughly 20 mph.", false),
        ("At 12 Wh per km of consumption, a full 500 Wh pack gives you about 50 km.", true),
        ("At 12 Wh per km of consumption, a full 500 Wh pack gives you about 42 km.", false),
        // No word of consequence: two statements, not a computation.
        ("Garage P2 charges $3 per hour for each hour you stay. A 4-hour stay costs $14.", false),
        // Far off: the answer computed something else (another period, more terms).
        ("Garage P2 charges $3 per hour for each hour you stay. A 4-hour stay therefore costs $40.", false),
        // The same unit twice is not a restatement.
        ("A double is a 64-bit value, so 52 bits hold its mantissa.", false),
        // A percentage of change from the two values before it; "from" names the reference.
        ("The Lark now costs €800, down from €1,000. That is a saving of 25% on the city bike.", true),
        ("The Lark now costs €800, down from €1,000. That is a saving of 20% on the city bike.", false),
        ("In 2024 the usage charge rose from $5.00 to $5.50 per 1,000 gallons. That works out to a 12% increase.", true),
        ("In 2024 the usage charge rose from $5.00 to $5.50 per 1,000 gallons. That works out to a 10% increase.", false),
        // A sum or difference, named by a word of adding or taking away.
        ("Fibre 150 is £26 a month, and adding Boost at £4 a month brings your monthly bill to £32.", true),
        ("Fibre 150 is £26 a month, and adding Boost at £4 a month brings your monthly bill to £30.", false),
        // Two values of one kind without such a word say nothing of how they combine.
        ("The base plan is £26 a month and the Boost plan £4 a month; your bill comes to £32.", false),
        // The smaller value is the change itself, as a share of the larger.
        ("Members get £6 off a £40 monthly bill. That works out to a 20% saving every month.", true),
        ("Members get £6 off a £40 monthly bill. That works out to a 15% saving every month.", false),
        // A zone number beside the two prices is another kind of value.
        ("Students pay $2.40 for a zone 1–2 rail single, compared with $4.00 for adults. That is a discount of 30% on every trip.", true),
        ("Students pay $2.40 for a zone 1–2 rail single, compared with $4.00 for adults. That is a discount of 40% on every trip.", false),
        // Three values before it: which two changed is not known.
        ("The fee went from $5 to $6 in 2023 and to $7 in 2024. That is an increase of 60% in two years.", false),
        // A percentage applied to an amount, the operation named by "on", "of" or "off" (no word of
        // consequence needed).
        ("With a 15% co-payment on a £2,000 repair, the owner pays £250.", true),
        ("With a 15% co-payment on a £2,000 repair, the owner pays £300.", false),
        ("An annual contract takes 10% off, so the $60 Studio plan drops to $55.", true),
        ("An annual contract takes 10% off, so the $60 Studio plan drops to $54.", false),
        // An amount shared out, the result said to be for each one.
        ("The 300 seats are split across 6 halls, which gives each hall 60 seats.", true),
        ("The 300 seats are split across 6 halls, which gives each hall 50 seats.", false),
        ("A box of 40 filters costs €10, which is about 30 cent a filter.", true),
        ("A box of 40 filters costs €10, which is about 25 cent a filter.", false),
        // An amount over a period is a rate of it.
        ("The 10-week course costs €1,500, which works out at €160 per week.", true),
        ("The 10-week course costs €1,500, which works out at €150 per week.", false),
        // A count and a value said to be each one's.
        ("The service keeps the last 10 snapshots, and each one is 4 GB, so the volume needs 32 GB.", true),
        ("The service keeps the last 10 snapshots, and each one is 4 GB, so the volume needs 40 GB.", false),
        // A sum per period whose result is stated without the period.
        ("An annual plan takes 20% off, so a $600 yearly bill comes down to $500.", true),
        ("An annual plan takes 20% off, so a $600 yearly bill comes down to $480.", false),
        // Exact numbers agree only within their own rounding, not within a few percent.
        ("Twelve payments of $40 come to $470 in total.", true),
        ("Twelve payments of $40 come to $480 in total.", false),
        // A bound after a consequence leaves a margin: it restates no value.
        ("Most tunings take about 90 minutes, so don't book the next job any less than two hours later.", false),
    ])
    func derivedValuesAreCheckedByTheirUnits(_ answer: String, _ wrong: Bool) {
        let findings = Self.mismatches(answer)
        #expect(findings.isEmpty != wrong, "\(findings.map(\.message))")
        #expect(findings.allSatisfy { $0.kind == .arithmetic })
    }

    @Test(arguments: [
        ("Compute: 1000 × 4s × 10GB × $0.0001667/GB-s = $6.67 per month of inference.", false),
        ("Compute: 1000 × 4s × 10GB × $0.0001667/GB-s = $66.70 per month of inference.", true),
        ("Scheduled warming: $8.33 + $2.50 warming = $10.83 in total.", false),
        ("Scheduled warming: $8.33 + $2.50 warming = $12.83 in total.", true),
        ("Provisioned: $108/month + $1.67 execution = $109.67 (no cold starts).", false),
        ("Standard: 30M transitions × $0.000025 = $750/month for the pipeline.", false),
        ("Mitigation: provisioned concurrency ($0.015/GB-hour × 10GB = $3.60/day) keeps it warm.", false),
        ("Provisioned concurrency: $0.015/GB-hour (50 instances @ 512MB = $5.40/day = $162/month) + execution.", true),
        ("Provisioned concurrency: $0.015/GB-hour (50 instances @ 500MB = $9.00/day = $274/month) + execution.", false),
        ("Density: containers: 50-100 concurrent instances (20MB each = 1-2GB RAM).", false),
        ("Inference: 10GB memory × 10 concurrent = 100GB total, expensive.", false),
        ("Inference: 10GB memory × 10 concurrent = 10GB total, expensive.", true),
        // A decimal written without its leading zero is still a decimal.
        ("The image is 88 pixels wide (because 175/200 = .875; .875 * 100 = 87.5, rounded up).", false),
        ("The image is 88 pixels wide (because .875 * 100 = 8.75, rounded up).", true),
        // Variables are never evaluated.
        ("Standard cost = N × S × $0.000025 per month for N executions of S states.", false),
        ("Express cost = N × ($0.000001 + D × M × $0.00001667) for N executions.", false),
    ])
    func equationsAreEvaluatedWithTheirUnits(_ fact: String, _ wrong: Bool) {
        let findings = Self.mismatches(fact)
        #expect(findings.isEmpty != wrong, "\(findings.map(\.message))")
        #expect(findings.allSatisfy { $0.kind == .arithmetic && $0.facts.count == 1 })
    }

    @Test(arguments: [
        ("Example: Django cold start improved from 2.5 seconds → 0.7 seconds (71.7% reduction).", false),
        ("Example: Django cold start improved from 2.5 seconds → 0.7 seconds (41.7% reduction).", true),
        ("Results: 42,266ms → 5,586ms, 86.78% reduction in cold start.", false),
        ("Quantization: Llama base model 12.55GB → 3.80GB (70% reduction), fits in memory.", false),
        ("Smaller images: builds reduce image size 60-80% (1GB → 200MB = faster cold start).", false),
        ("Performance: 86-90% cold start reduction (Java 17/21 from 3-5s → 200-400ms).", false),
        ("Performance: 50-60% cold start reduction (Java 17/21 from 3-5s → 200-400ms).", true),
    ])
    func beforeAfterPairsMatchTheirStatedPercentage(_ fact: String, _ wrong: Bool) {
        let findings = Self.mismatches(fact)
        #expect(findings.isEmpty != wrong, "\(findings.map(\.message))")
    }

    @Test(arguments: [
        ("Event processing: Express: $10.05/month vs Standard: $750/month (75x cheaper with Express).", false),
        ("Event processing: Express: $10.05/month vs Standard: $750/month (25x cheaper with Express).", true),
        ("Faster: <1 second vs 5-10 seconds without snapshots, up to 10x faster.", false),
    ])
    func statedRatiosMatchTheirComparison(_ fact: String, _ wrong: Bool) {
        let findings = Self.mismatches(fact)
        #expect(findings.isEmpty != wrong, "\(findings.map(\.message))")
    }

    /// A value with a condition of its own after it is another case's, not a restatement; a
    /// restatement written with thousands apart by apostrophes is quoted whole in the message.
    @Test func aConditionedAlternativeIsNoRestatement() throws {
        #expect(Self.mismatches("The backup dumps the first 2MiB (or 1'052'672 bytes for headers created with older versions) to a file.").isEmpty)
        let finding = try #require(Self.mismatches("A disk block holds 1 MiB (or 1'000'000 bytes).").first)
        #expect(finding.message == "1 MiB is 1048576 bytes, not 1'000'000 bytes (off by 4.9%).")
    }

    @Test func theFindingNamesStatedAndComputedValues() throws {
        let finding = try #require(Self.mismatches(
            "Provisioned concurrency: $0.015/GB-hour (50 instances @ 512MB = $5.40/day = $162/month) + execution.").first)
        #expect(finding.severity == .error)
        #expect(finding.values == ["stated: $5.40/day", "computed: $9.22/day"])
        #expect(finding.message.contains("off by 71%"))
    }

    /// A percentage naming a part of an amount ("a 25% deposit") is that share of it, the amount
    /// left or the amount with it added agreeing too; several items priced "N things at X" and
    /// joined by "and" are one bill; an imperative joined by "and" to its consequence ("Refer a
    /// friend and you both get 20% off") is a condition, not advice.
    @Test(arguments: [
        ("The Glacier trip is NOK 4,200 per person and we take a 25% deposit, so NOK 1,200 is due when you book.", true),
        ("The Glacier trip is NOK 4,200 per person and we take a 25% deposit, so NOK 1,050 is due when you book.", false),
        ("The Glacier trip is NOK 4,200 per person and we take a 25% deposit, so NOK 3,150 is left to pay later.", false),
        ("Five shirts at S$4.50 each and two pairs of trousers at S$6 each come to S$32.50 for pressing.", true),
        ("Five shirts at S$4.50 each and two pairs of trousers at S$6 each come to S$34.50 for pressing.", false),
        ("Two adults at NOK 790 and two children at NOK 450 come to NOK 2,280 for the Sunset Paddle.", true),
        ("Refer a friend and you both get 20% off your next order, so a S$45 order drops to S$38.", true),
        ("Refer a friend and you both get 20% off your next order, so a S$45 order drops to S$36.", false),
        // A total with the percentage it includes after it; a count in words hyphenated to its noun.
        ("The Peak plan is $50 a month before tax, which comes to $61.50 with 13% HST.", true),
        ("The Peak plan is $50 a month before tax, which comes to $56.50 with 13% HST.", false),
        ("Ten-lesson packs cost $400, which works out to $45 per lesson.", true),
        ("Ten-lesson packs cost $400, which works out to $40 per lesson.", false),
        // An amount for a count, and what each of the counted things comes to.
        ("A sack of 40 crocus corms is €10, so each corm comes to just 20 cents.", true),
        ("A sack of 40 crocus corms is €10, so each corm comes to just 25 cents.", false),
    ])
    func sharesBillsAndConditionsAreComputed(_ fact: String, _ wrong: Bool) {
        let findings = Self.mismatches(fact)
        #expect(findings.isEmpty != wrong, "\(findings.map(\.message))")
    }

    /// A result word after two or three amounts joined by words, not operators: their sum or
    /// product, one per the other, their difference, or an amount with a percentage of it added,
    /// taken off or taken; reported when none gives the result and the nearest is within a quarter
    /// of it. A number no claim holds counts ("Twelve ... days", "two of you"); "=" between bare
    /// numbers is code, and a number before a name is a row's number.
    @Test(arguments: [
        // Two amounts multiplied and a third added.
        ("A party for 10 children at $28 each, plus $60 for the party room, comes to $360 with cake included.", true),
        ("A party for 10 children at $28 each, plus $60 for the party room, comes to $340 with cake included.", false),
        ("Twelve half days at $28 each add up to $346 on your invoice.", true),
        ("Twelve half days at $28 each add up to $336 on your invoice.", false),
        ("On a $400 hammer price, the 18% buyer's premium (GST included) means you pay $482 altogether.", true),
        ("On a $400 hammer price, the 18% buyer's premium (GST included) means you pay $472 altogether.", false),
        ("A lot that sells for $2,000 in a general sale, at our 15% commission, leaves you $1,650 after commission.", true),
        ("A lot that sells for $2,000 in a general sale, at our 15% commission, leaves you $1,700 after commission.", false),
        ("The registration fee of $75 and the deposit of $250 come to $325 when you accept a place.", false),
        ("The registration fee of $75 and the deposit of $250 come to $350 when you accept a place.", true),
        // The count in words is an operand: breakfast for two of you is not the cabin plus one breakfast.
        ("A cabin is NOK 1,290 and breakfast is NOK 165 per person, so two of you pay NOK 1,620 with breakfast.", false),
        // Far off: the sentence meant another computation.
        ("A cabin is NOK 1,290 and breakfast is NOK 165, so you pay NOK 2,400 for the week.", false),
        // Code and tables are not prose.
        ("(1 << CMD_UPDATE) = 4 for UPDATE, (1 << CMD_INSERT) = 8 for INSERT.", false),
        ("So int('0x144', 16) == 324 and int('144') == 144 both hold.", false),
        ("1 Dean Martin 2 Frank Sinatra, which is 12 tracks in all.", false),
    ])
    func resultsOfAmountsJoinedByWordsAreComputed(_ fact: String, _ wrong: Bool) {
        let findings = Self.mismatches(fact)
        #expect(findings.isEmpty != wrong, "\(findings.map(\.message))")
    }

    /// What follows a word of consequence is what the amounts before it give, whatever verb
    /// states it ("so a 350 GB project costs", "so for 4 dives the guide adds"); after "plus",
    /// "and" adds the next amount too. A dotted currency ("Fr. 85.50") ends no sentence.
    @Test(arguments: [
        ("Long-term archiving is CAD 0.10 per GB each month, so a 350 GB project costs CAD 30 a month to keep.", true),
        ("Long-term archiving is CAD 0.10 per GB each month, so a 350 GB project costs CAD 35 a month to keep.", false),
        ("A private guide is 1500 baht per dive on top of the dive price, so for 4 dives the private guide adds 5000 baht.", true),
        ("A private guide is 1500 baht per dive on top of the dive price, so for 4 dives the private guide adds 6000 baht.", false),
        ("A two-day mixing package is $1,200 before tax, plus $60.00 GST and $119.70 QST, so the client pays $1,369.70 in total.", true),
        ("A two-day mixing package is $1,200 before tax, plus $60.00 GST and $119.70 QST, so the client pays $1,379.70 in total.", false),
        ("The Emmental dinner menu is Fr. 85.50 per head, so a party of 80 guests comes to Fr. 6'540.– for food.", true),
        ("The Emmental dinner menu is Fr. 85.50 per head, so a party of 80 guests comes to Fr. 6'840.– for food.", false),
        // One amount before the verb: nothing to compute.
        ("Plans start at $10 a month, so a year of the Basic plan costs $100.", false),
    ])
    func resultsAfterAWordOfConsequenceAreComputed(_ fact: String, _ wrong: Bool) {
        let findings = Self.mismatches(fact)
        #expect(findings.isEmpty != wrong, "\(findings.map(\.message))")
    }

    /// A price per unit per period read back from its stored name is (money per unit) per period.
    @Test func aRateOfARateReadsBackAsWritten() {
        let dimension = Dimension.per(.per(.money("CAD"), .information), .time)
        #expect(Dimension(rawValue: dimension.rawValue) == dimension)
        #expect(Units.vector(dimension: Dimension(rawValue: "money:CAD/information/time")) == Units.vector(dimension: dimension))
    }

    /// One wrong value found by two readings is one finding.
    @Test func aValueFoundWrongTwiceIsOneFinding() {
        let findings = Self.mismatches("120 connections can be shared across 4 app servers, which gives each server 40 connections.")
        #expect(findings.count == 1, "\(findings.map(\.message))")
    }
}
