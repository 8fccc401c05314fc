import Foundation
@testable import KBEval
import Testing
import TestSupport

/// The quality figures of record, as floors: kb run on the labelled sets in `Eval/` (the bundled
/// corpus, read by a helper, and the first blind batch, now development data) through its command
/// line, scored by `KBEval` exactly as `kb-eval check` scores it. A floor only moves up: when a
/// change raises a figure, raise its floor in the same commit.
@Suite(.serialized) struct QualityGateTests {
    struct Totals {
        var conflicts = 0, found = 0, traps = 0, trapped = 0, findings = 0, real = 0
        var claimLabels = 0, claimsReported = 0, valueRight = 0, subjectRight = 0, metricRight = 0

        var recall: Double { Double(found) / Double(max(1, conflicts)) }
        var precision: Double { Double(real) / Double(max(1, findings)) }
        var claimPrecision: Double { Double(valueRight) / Double(max(1, claimsReported)) }
        var claimRecall: Double { Double(valueRight) / Double(max(1, claimLabels)) }
        var subject: Double { Double(subjectRight) / Double(max(1, claimLabels)) }
        var metric: Double { Double(metricRight) / Double(max(1, claimLabels)) }
    }

    static let sets = ["Eval/check/bundled", "Eval/check/blind1/airline", "Eval/check/blind1/cloudsync", "Eval/check/blind1/fintech",
                       "Eval/check/legacy"]
    /// Claim labels scored for the floors: the blind corpora's (the older sets' labels follow other
    /// conventions for subjects and metrics).
    static let claimSets: Set<String> = ["airline", "cloudsync", "fintech"]

    /// The second blind batch, development data since its first run (0/52 found, 1 trap).
    static let secondBatch = ["Eval/check/blind2/clinic", "Eval/check/blind2/ebike", "Eval/check/blind2/water"]
    static let thirdBatch = ["Eval/check/blind3/broadband", "Eval/check/blind3/transit"]
    static let fourthAndFifthBatches = ["Eval/check/blind4/solar", "Eval/check/blind5/language", "Eval/check/blind5/dbhost"]
    /// The sixth and seventh blind batches, development data since their first runs (3/32 and 4/32).
    static let sixthAndSeventhBatches = ["Eval/check/blind6/petinsure", "Eval/check/blind6/printer3d",
                                         "Eval/check/blind7/mobile", "Eval/check/blind7/recycling"]
    /// The eighth to twelfth blind batches, development data since their first runs (2/32, 8/32,
    /// 6/32, 7/32 and 4/32).
    static let eighthToTwelfthBatches = ["Eval/check/blind8/cowork", "Eval/check/blind8/vault", "Eval/check/blind9/unilib",
                                         "Eval/check/blind9/homeenergy", "Eval/check/blind10/mealkit", "Eval/check/blind10/selfstorage",
                                         "Eval/check/blind11/carhire", "Eval/check/blind11/webhost",
                                         "Eval/check/blind12/skiresort", "Eval/check/blind12/appliancerepair"]

    static func score(_ sets: [String] = sets, claimSets: Set<String> = claimSets) throws -> Totals {
        let scratch = try TemporaryFolder()
        let harness = Harness(kb: KB.executable, scratch: scratch.url)
        var totals = Totals()
        for path in sets {
            let set = repositoryRoot.appendingPathComponent(path)
            let labels = try JSONDecoder().decode(CheckLabels.self, from: Data(contentsOf: set.appendingPathComponent("labels.json")))
            let corpus = try harness.audit(set.appendingPathComponent("corpus"), name: set.lastPathComponent)
            let check = CheckScore(set: set.lastPathComponent, labels: labels, findings: corpus.findings)
            totals.conflicts += check.conflicts.count
            totals.found += check.found.count
            totals.traps += check.traps.count
            totals.trapped += check.trapped.count
            totals.findings += corpus.findings.count
            totals.real += check.realFindings
            let claimsURL = set.appendingPathComponent("claims.jsonl")
            guard claimSets.contains(set.lastPathComponent), FileManager.default.fileExists(atPath: claimsURL.path) else { continue }
            let claimLabels = try readJSONLines(ClaimLabel.self, from: claimsURL)
            let claims = ClaimScore(set: set.lastPathComponent, labels: claimLabels, answers: corpus.answers, claims: corpus.claims,
                                    unitsAgree: UnitAgreement.agree)
            totals.claimLabels += claims.labels
            totals.claimsReported += claims.matched + claims.extra.count
            totals.valueRight += claims.valueRight
            totals.subjectRight += claims.pairs.filter(\.subjectRight).count
            totals.metricRight += claims.pairs.filter(\.metricRight).count
        }
        return totals
    }

    @Test func checkAndClaimsStayAboveTheirFloors() throws {
        let totals = try Self.score()
        // kb check: planted conflicts found, findings that are real, traps left alone.
        #expect(totals.recall >= 0.39, "check recall \(totals.recall) (\(totals.found)/\(totals.conflicts))")
        #expect(totals.precision >= 0.90, "check precision \(totals.precision) (\(totals.real)/\(totals.findings))")
        #expect(totals.trapped <= 1, "traps reported: \(totals.trapped)/\(totals.traps)")
        // Claims on the three blind corpora (183 labels).
        #expect(totals.claimPrecision >= 0.70, "claim precision \(totals.claimPrecision)")
        #expect(totals.claimRecall >= 0.74, "claim recall \(totals.claimRecall)")
        #expect(totals.subject >= 0.63, "claim subjects \(totals.subject)")
        #expect(totals.metric >= 0.51, "claim metrics \(totals.metric)")
    }

    /// The second blind batch has its own floors: it is far below the first's, and its figures
    /// would hide a fall there.
    @Test func secondBlindBatchStaysAboveItsFloors() throws {
        let totals = try Self.score(Self.secondBatch)
        #expect(totals.found >= 16, "check found \(totals.found)/\(totals.conflicts)")
        #expect(totals.trapped <= 1, "traps reported: \(totals.trapped)/\(totals.traps)")
    }

    /// The third blind batch (first run: 2/31 found, no trap reported).
    @Test func thirdBlindBatchStaysAboveItsFloors() throws {
        let totals = try Self.score(Self.thirdBatch)
        #expect(totals.found >= 11, "check found \(totals.found)/\(totals.conflicts)")
        #expect(totals.trapped == 0, "traps reported: \(totals.trapped)/\(totals.traps)")
        #expect(totals.precision == 1, "check precision \(totals.precision) (\(totals.real)/\(totals.findings))")
    }

    /// The fourth and fifth blind batches (first runs: 0/16 at 193a13f; 3/32 at cbfc47a, no trap
    /// reported by either).
    @Test func fourthAndFifthBlindBatchesStayAboveTheirFloors() throws {
        let totals = try Self.score(Self.fourthAndFifthBatches)
        #expect(totals.found >= 16, "check found \(totals.found)/\(totals.conflicts)")
        #expect(totals.trapped == 0, "traps reported: \(totals.trapped)/\(totals.traps)")
        #expect(totals.precision == 1, "check precision \(totals.precision) (\(totals.real)/\(totals.findings))")
    }

    /// The sixth and seventh blind batches (first runs: 3/32 at 804b892; 4/32 at b1eeffe; no trap
    /// reported by either).
    @Test func sixthAndSeventhBlindBatchesStayAboveTheirFloors() throws {
        let totals = try Self.score(Self.sixthAndSeventhBatches)
        #expect(totals.found >= 13, "check found \(totals.found)/\(totals.conflicts)")
        #expect(totals.trapped == 0, "traps reported: \(totals.trapped)/\(totals.traps)")
        #expect(totals.precision == 1, "check precision \(totals.precision) (\(totals.real)/\(totals.findings))")
    }

    /// Claims of the corpora that price in a dollar other than the US one and say so once
    /// (NZD, CAD, AUD): a bare "$" is read as that dollar (at the blind sets' first runs, before
    /// that reading: precision 0.51, 0.63, 0.67 on blind9, blind10, blind11).
    @Test func claimsOfCorporaNamingTheirDollarStayAboveTheirFloors() throws {
        let sets = ["Eval/check/blind9/homeenergy", "Eval/check/blind9/unilib", "Eval/check/blind10/selfstorage",
                    "Eval/check/blind11/webhost", "Eval/check/blind12/appliancerepair"]
        let totals = try Self.score(sets, claimSets: Set(sets.map { String($0.split(separator: "/").last ?? "") }))
        #expect(totals.claimPrecision >= 0.77, "claim precision \(totals.claimPrecision)")
        #expect(totals.claimRecall >= 0.78, "claim recall \(totals.claimRecall)")
    }

    /// The eighth to twelfth blind batches (first runs: 2/32 with 2 traps at 28e4f54; 8/32 at
    /// 198d258; 6/32 with 1 trap at 5d433c3; 7/32 at d1a9c95; 4/32 with 2 traps at b6c4518). Each
    /// trap reported is a false finding.
    @Test func eighthToTwelfthBlindBatchesStayAboveTheirFloors() throws {
        let totals = try Self.score(Self.eighthToTwelfthBatches)
        #expect(totals.found >= 40, "check found \(totals.found)/\(totals.conflicts)")
        #expect(totals.trapped <= 2, "traps reported: \(totals.trapped)/\(totals.traps)")
        #expect(totals.findings - totals.real <= 2, "false findings \(totals.findings - totals.real) of \(totals.findings)")
    }

    /// The thirteenth blind batch (first run at ddb4eda: 3/32, no trap, claims precision 0.69,
    /// recall 0.57).
    @Test func thirteenthBlindBatchStaysAboveItsFloors() throws {
        let totals = try Self.score(["Eval/check/blind13/kayaktours", "Eval/check/blind13/laundry"], claimSets: ["kayaktours", "laundry"])
        #expect(totals.found >= 8, "check found \(totals.found)/\(totals.conflicts)")
        #expect(totals.trapped == 0, "traps reported: \(totals.trapped)/\(totals.traps)")
        #expect(totals.precision == 1, "check precision \(totals.precision) (\(totals.real)/\(totals.findings))")
        #expect(totals.claimPrecision >= 0.75, "claim precision \(totals.claimPrecision)")
        #expect(totals.claimRecall >= 0.64, "claim recall \(totals.claimRecall)")
    }

    /// The fourteenth blind batch, the stop's closing one (first run at 601fd76: kb ingest crashed on
    /// the laundry corpus; dnakit 2/16 with no trap; after the crash fix alone, 7/32 with no trap,
    /// claims precision 0.59, recall 0.56).
    @Test func fourteenthBlindBatchStaysAboveItsFloors() throws {
        let totals = try Self.score(["Eval/check/blind14/dnakit", "Eval/check/blind14/laundry"], claimSets: ["dnakit", "laundry"])
        #expect(totals.found >= 8, "check found \(totals.found)/\(totals.conflicts)")
        #expect(totals.trapped == 0, "traps reported: \(totals.trapped)/\(totals.traps)")
        #expect(totals.precision == 1, "check precision \(totals.precision) (\(totals.real)/\(totals.findings))")
        #expect(totals.claimPrecision >= 0.58, "claim precision \(totals.claimPrecision)")
        #expect(totals.claimRecall >= 0.55, "claim recall \(totals.claimRecall)")
    }

    /// The fifteenth blind batch (first run at 2fa6aef: 3/32, no trap, 3/3 real; claims precision
    /// 0.64, recall 0.59, the gym's bare "$" read as US dollars in an Ontario corpus).
    @Test func fifteenthBlindBatchStaysAboveItsFloors() throws {
        let totals = try Self.score(["Eval/check/blind15/fitness", "Eval/check/blind15/nursery"], claimSets: ["fitness", "nursery"])
        #expect(totals.found >= 11, "check found \(totals.found)/\(totals.conflicts)")
        #expect(totals.trapped == 0, "traps reported: \(totals.trapped)/\(totals.traps)")
        #expect(totals.precision == 1, "check precision \(totals.precision) (\(totals.real)/\(totals.findings))")
        #expect(totals.claimPrecision >= 0.85, "claim precision \(totals.claimPrecision)")
        #expect(totals.claimRecall >= 0.79, "claim recall \(totals.claimRecall)")
    }

    /// The sixteenth blind batch, the stop's closing one (first run at e6bbdc4: 2/32, no trap, 2/2
    /// real; claims precision 0.81, recall 0.78; stop 27's code gave the same 2/32).
    @Test func sixteenthBlindBatchStaysAboveItsFloors() throws {
        let totals = try Self.score(["Eval/check/blind16/blooddonor", "Eval/check/blind16/musicexams"], claimSets: ["blooddonor", "musicexams"])
        #expect(totals.found >= 3, "check found \(totals.found)/\(totals.conflicts)")
        #expect(totals.trapped == 0, "traps reported: \(totals.trapped)/\(totals.traps)")
        #expect(totals.precision == 1, "check precision \(totals.precision) (\(totals.real)/\(totals.findings))")
        #expect(totals.claimPrecision >= 0.80, "claim precision \(totals.claimPrecision)")
        #expect(totals.claimRecall >= 0.77, "claim recall \(totals.claimRecall)")
    }

    /// The seventeenth blind batch (first run at 28d67e9: 5/32, one trap, 5/7 real; claims
    /// precision 0.73, recall 0.69). The trap was a price with and without VAT.
    @Test func seventeenthBlindBatchStaysAboveItsFloors() throws {
        let totals = try Self.score(["Eval/check/blind17/accounts", "Eval/check/blind17/ferries"], claimSets: ["accounts", "ferries"])
        #expect(totals.found >= 6, "check found \(totals.found)/\(totals.conflicts)")
        #expect(totals.trapped == 0, "traps reported: \(totals.trapped)/\(totals.traps)")
        #expect(totals.precision == 1, "check precision \(totals.precision) (\(totals.real)/\(totals.findings))")
        #expect(totals.claimPrecision >= 0.75, "claim precision \(totals.claimPrecision)")
        #expect(totals.claimRecall >= 0.72, "claim recall \(totals.claimRecall)")
    }

    /// The eighteenth blind batch, the stop's closing one (first run at a12b78b: 5/32, two traps,
    /// 5/7 real; claims precision 0.76, recall 0.69). The traps were a price marked as the one
    /// before a dated change, and the battery sizes of two cars compared as one property.
    @Test func eighteenthBlindBatchStaysAboveItsFloors() throws {
        let totals = try Self.score(["Eval/check/blind18/drivingschool", "Eval/check/blind18/evcharging"], claimSets: ["drivingschool", "evcharging"])
        #expect(totals.found >= 5, "check found \(totals.found)/\(totals.conflicts)")
        #expect(totals.trapped == 0, "traps reported: \(totals.trapped)/\(totals.traps)")
        #expect(totals.precision == 1, "check precision \(totals.precision) (\(totals.real)/\(totals.findings))")
        #expect(totals.claimPrecision >= 0.75, "claim precision \(totals.claimPrecision)")
        #expect(totals.claimRecall >= 0.68, "claim recall \(totals.claimRecall)")
    }

    /// The twentieth blind batch, the stop's closing one (first run at 7f72d35: 4/32, one trap,
    /// 4/6 real, one unlabelled false finding; claims precision 0.76, recall 0.61). The trap is two
    /// similarly named plans ("HomeGuard Plus" read as "HomeGuard": "Plus" is a preposition to the
    /// lexicon, and the corpus writes the name with its capital in questions more than in answers);
    /// the false finding compares a subjectless bird-nest price with a rodent visit's by two shared
    /// words ("roof spaces").
    @Test func twentiethBlindBatchStaysAboveItsFloors() throws {
        let totals = try Self.score(["Eval/check/blind20/pestcontrol", "Eval/check/blind20/theatre"], claimSets: ["pestcontrol", "theatre"])
        #expect(totals.found >= 5, "check found \(totals.found)/\(totals.conflicts)")
        #expect(totals.trapped <= 1, "traps reported: \(totals.trapped)/\(totals.traps)")
        #expect(totals.findings - totals.real <= 2, "false findings \(totals.findings - totals.real) of \(totals.findings)")
        #expect(totals.claimPrecision >= 0.80, "claim precision \(totals.claimPrecision)")
        #expect(totals.claimRecall >= 0.76, "claim recall \(totals.claimRecall)")
    }

    /// The nineteenth blind batch (first run at 0b754dc: 2/32, one trap, 2/3 real; claims
    /// precision 0.75, recall 0.72). The trap, still reported, is a listing fee "for an ordinary
    /// lot" (a scope the claim does not keep) against the fee of large furniture lots. The floor
    /// fell from 7 to 6 at stop 32: one late-pickup price ("If you're held up, a late pickup costs
    /// $1 for every minute") was found only because the lexicon read the article "a" as the answer
    /// marker "A:", which cut the condition off its clause; read as an article, the price keeps its
    /// condition and is compared with nothing.
    @Test func nineteenthBlindBatchStaysAboveItsFloors() throws {
        let totals = try Self.score(["Eval/check/blind19/auctionhouse", "Eval/check/blind19/childcare"], claimSets: ["auctionhouse", "childcare"])
        #expect(totals.found >= 6, "check found \(totals.found)/\(totals.conflicts)")
        #expect(totals.trapped <= 1, "traps reported: \(totals.trapped)/\(totals.traps)")
        #expect(totals.findings - totals.real <= 1, "false findings \(totals.findings - totals.real) of \(totals.findings)")
        #expect(totals.claimPrecision >= 0.78, "claim precision \(totals.claimPrecision)")
        #expect(totals.claimRecall >= 0.75, "claim recall \(totals.claimRecall)")
    }

    /// The twenty-first blind batch, stop 31's opening one (first run at 7cc8e46: 8/32, one trap,
    /// 8/9 real, every arithmetic conflict found; claims precision 0.74, recall 0.71). The trap is
    /// members' and non-members' bunk prices (a customer type the claim does not keep), gone since
    /// stop 35 ("non-" negates the word it prefixes).
    @Test func twentyFirstBlindBatchStaysAboveItsFloors() throws {
        let totals = try Self.score(["Eval/check/blind21/escaperooms", "Eval/check/blind21/gliding"], claimSets: ["escaperooms", "gliding"])
        #expect(totals.found >= 8, "check found \(totals.found)/\(totals.conflicts)")
        #expect(totals.trapped == 0, "traps reported: \(totals.trapped)/\(totals.traps)")
        #expect(totals.precision == 1, "check precision \(totals.precision) (\(totals.real)/\(totals.findings))")
        #expect(totals.claimPrecision >= 0.78, "claim precision \(totals.claimPrecision)")
        #expect(totals.claimRecall >= 0.74, "claim recall \(totals.claimRecall)")
    }

    /// The twenty-second blind batch, stop 31's closing one (first run at c39fa32: 2/32, one
    /// trap, 2/4 real with one unlabelled false finding; claims precision 0.79, recall 0.82). The
    /// trap is two similarly named services ("StainShield" and "StainShield Plus"); the false
    /// finding a three-year guarantee against a staple gun's air hose replaced after 12 months.
    @Test func twentySecondBlindBatchStaysAboveItsFloors() throws {
        let totals = try Self.score(["Eval/check/blind22/reupholstery", "Eval/check/blind22/zoo"], claimSets: ["reupholstery", "zoo"])
        #expect(totals.found >= 4, "check found \(totals.found)/\(totals.conflicts)")
        #expect(totals.trapped == 0, "traps reported: \(totals.trapped)/\(totals.traps)")
        #expect(totals.findings - totals.real <= 1, "false findings \(totals.findings - totals.real) of \(totals.findings)")
        #expect(totals.claimPrecision >= 0.79, "claim precision \(totals.claimPrecision)")
        #expect(totals.claimRecall >= 0.83, "claim recall \(totals.claimRecall)")
    }

    /// The twenty-sixth blind batch, stop 33's closing one (first run at 9791c73:
    /// 4/32, no trap, 5/5 real; claims precision 0.73, recall 0.65).
    @Test func twentySixthBlindBatchStaysAboveItsFloors() throws {
        let totals = try Self.score(["Eval/check/blind26/marina", "Eval/check/blind26/translation"], claimSets: ["marina", "translation"])
        #expect(totals.found >= 6, "check found \(totals.found)/\(totals.conflicts)")
        #expect(totals.trapped == 0, "traps reported: \(totals.trapped)/\(totals.traps)")
        #expect(totals.precision == 1, "check precision \(totals.precision) (\(totals.real)/\(totals.findings))")
        #expect(totals.claimPrecision >= 0.77, "claim precision \(totals.claimPrecision)")
        #expect(totals.claimRecall >= 0.77, "claim recall \(totals.claimRecall)")
    }

    /// The twenty-eighth blind batch, stop 34's closing one (first run at 95a96d3: 3/32, no trap,
    /// 3/3 real; claims precision 0.85 and 0.83, recall 0.86 and 0.83).
    @Test func twentyEighthBlindBatchStaysAboveItsFloors() throws {
        let totals = try Self.score(["Eval/check/blind28/studio", "Eval/check/blind28/stables"], claimSets: ["studio", "stables"])
        #expect(totals.found >= 5, "check found \(totals.found)/\(totals.conflicts)")
        #expect(totals.trapped == 0, "traps reported: \(totals.trapped)/\(totals.traps)")
        #expect(totals.precision == 1, "check precision \(totals.precision) (\(totals.real)/\(totals.findings))")
        #expect(totals.claimPrecision >= 0.83, "claim precision \(totals.claimPrecision)")
        #expect(totals.claimRecall >= 0.84, "claim recall \(totals.claimRecall)")
    }

    /// The twenty-seventh blind batch, stop 34's opening one (first run at 6173478: 2/32, no trap,
    /// 2/3 real; claims precision 0.77 and 0.46, recall 0.77 and 0.53: Swiss francs written
    /// "CHF 2'200.–" and "Fr. 85.50" lost their thousands or their currency). The false finding is
    /// "five dives" of the Advanced Open Water course against "four boat dives" of the Open Water one.
    @Test func twentySeventhBlindBatchStaysAboveItsFloors() throws {
        let totals = try Self.score(["Eval/check/blind27/divecentre", "Eval/check/blind27/wedding_venue"], claimSets: ["divecentre", "wedding_venue"])
        #expect(totals.found >= 7, "check found \(totals.found)/\(totals.conflicts)")
        #expect(totals.trapped == 0, "traps reported: \(totals.trapped)/\(totals.traps)")
        #expect(totals.findings - totals.real <= 1, "false findings \(totals.findings - totals.real) of \(totals.findings)")
        #expect(totals.claimPrecision >= 0.76, "claim precision \(totals.claimPrecision)")
        #expect(totals.claimRecall >= 0.75, "claim recall \(totals.claimRecall)")
    }

    /// The twenty-ninth blind batch, stop 35's opening one (first run at 083edb6: 1/32, one trap,
    /// 1/2 real; claims precision 0.63 and 0.60, recall 0.46 each: both JSON files, a Payload CMS
    /// response with Lexical rich text and a Datasette table of columns and rows, were refused, and
    /// rupees in lakhs ("₹1,20,000") were read as "₹1" and "20,000").
    @Test func twentyNinthBlindBatchStaysAboveItsFloors() throws {
        let totals = try Self.score(["Eval/check/blind29/dogcare", "Eval/check/blind29/removals"], claimSets: ["dogcare", "removals"])
        #expect(totals.found >= 8, "check found \(totals.found)/\(totals.conflicts)")
        #expect(totals.trapped == 0, "traps reported: \(totals.trapped)/\(totals.traps)")
        #expect(totals.precision == 1, "check precision \(totals.precision) (\(totals.real)/\(totals.findings))")
        #expect(totals.claimPrecision >= 0.75, "claim precision \(totals.claimPrecision)")
        #expect(totals.claimRecall >= 0.80, "claim recall \(totals.claimRecall)")
    }

    /// The thirtieth blind batch, stop 35's second one (first run mid-stop, after the first batch's
    /// fixes: 2/32,
    /// one trap, 2/3 real; claims precision 0.84 and 0.61, recall 0.74 and 0.62). The trap: a
    /// member's and a non-member's hire price of one tool.
    @Test func thirtiethBlindBatchStaysAboveItsFloors() throws {
        let totals = try Self.score(["Eval/check/blind30/golfclub", "Eval/check/blind30/allotment"], claimSets: ["golfclub", "allotment"])
        #expect(totals.found >= 2, "check found \(totals.found)/\(totals.conflicts)")
        #expect(totals.trapped == 0, "traps reported: \(totals.trapped)/\(totals.traps)")
        #expect(totals.precision == 1, "check precision \(totals.precision) (\(totals.real)/\(totals.findings))")
        #expect(totals.claimPrecision >= 0.72, "claim precision \(totals.claimPrecision)")
        #expect(totals.claimRecall >= 0.68, "claim recall \(totals.claimRecall)")
    }

    /// The thirty-first blind batch, stop 35's closing one (first run at the stop's final code: 6/32,
    /// no trap, 6/7 real; claims precision 0.41 and 0.67, recall 0.31 and 0.56: a Google Sheets
    /// response was refused and pesos written "$" read as dollars). The false finding: two
    /// treatments priced "MX$ 1,650" and "MX$ 1,800" read as two amounts of "MX".
    @Test func thirtyFirstBlindBatchStaysAboveItsFloors() throws {
        let totals = try Self.score(["Eval/check/blind31/hairsalons", "Eval/check/blind31/opticians"], claimSets: ["hairsalons", "opticians"])
        #expect(totals.found >= 6, "check found \(totals.found)/\(totals.conflicts)")
        #expect(totals.trapped == 0, "traps reported: \(totals.trapped)/\(totals.traps)")
        #expect(totals.findings - totals.real <= 1, "false findings \(totals.findings - totals.real) of \(totals.findings)")
        #expect(totals.claimPrecision >= 0.54, "claim precision \(totals.claimPrecision)")
        #expect(totals.claimRecall >= 0.43, "claim recall \(totals.claimRecall)")
    }

    /// The thirty-second blind batch, stop 36's opening one (first run at 0e070fd: 8/32, one trap,
    /// 10/12 real; claims precision 0.72 and 0.70, recall 0.73 and 0.66: "R$1.400" read as 1.4,
    /// "reais" and "shillings" no currency, "A share costs KES 1,000" without its subject). The
    /// trap that stays: a camera body's day rate alone against the body with three primes.
    @Test func thirtySecondBlindBatchStaysAboveItsFloors() throws {
        let totals = try Self.score(["Eval/check/blind32/camerarental", "Eval/check/blind32/dairycoop"], claimSets: ["camerarental", "dairycoop"])
        #expect(totals.found >= 10, "check found \(totals.found)/\(totals.conflicts)")
        #expect(totals.trapped <= 1, "traps reported: \(totals.trapped)/\(totals.traps)")
        #expect(totals.findings - totals.real <= 1, "false findings \(totals.findings - totals.real) of \(totals.findings)")
        #expect(totals.claimPrecision >= 0.78, "claim precision \(totals.claimPrecision)")
        #expect(totals.claimRecall >= 0.78, "claim recall \(totals.claimRecall)")
    }

    /// The thirty-third blind batch, stop 36's closing one (first run at 0a465d7: 5/32, one trap,
    /// 5/6 real; claims precision 0.59 and 0.52, recall 0.57 and 0.58: forints written "Ft" read
    /// as feet, "TL" and "lira" no currency). The trap that stays: a 25% next-day rush surcharge
    /// against a 50% same-day one.
    @Test func thirtyThirdBlindBatchStaysAboveItsFloors() throws {
        let totals = try Self.score(["Eval/check/blind33/tileshowroom", "Eval/check/blind33/cakeshop"], claimSets: ["tileshowroom", "cakeshop"])
        #expect(totals.found >= 5, "check found \(totals.found)/\(totals.conflicts)")
        #expect(totals.trapped <= 1, "traps reported: \(totals.trapped)/\(totals.traps)")
        #expect(totals.findings - totals.real <= 1, "false findings \(totals.findings - totals.real) of \(totals.findings)")
        #expect(totals.claimPrecision >= 0.63, "claim precision \(totals.claimPrecision)")
        #expect(totals.claimRecall >= 0.65, "claim recall \(totals.claimRecall)")
    }

    /// The twenty-fifth blind batch, stop 33's opening one (first run at 754b479: 5/32, no trap,
    /// 5/5 real; claims precision 0.74, recall 0.73: amounts written "€ 249" with a space, or
    /// "€1.590,00" with a decimal comma, lost their currency or their thousands).
    @Test func twentyFifthBlindBatchStaysAboveItsFloors() throws {
        let totals = try Self.score(["Eval/check/blind25/balloons", "Eval/check/blind25/festival"], claimSets: ["balloons", "festival"])
        #expect(totals.found >= 8, "check found \(totals.found)/\(totals.conflicts)")
        #expect(totals.trapped == 0, "traps reported: \(totals.trapped)/\(totals.traps)")
        #expect(totals.precision == 1, "check precision \(totals.precision) (\(totals.real)/\(totals.findings))")
        #expect(totals.claimPrecision >= 0.83, "claim precision \(totals.claimPrecision)")
        #expect(totals.claimRecall >= 0.82, "claim recall \(totals.claimRecall)")
    }

    /// The twenty-fourth blind batch, stop 32's closing one (first run at ba92944: 2/32, one trap,
    /// 2/4 real with one unlabelled false finding; claims precision 0.87, recall 0.81). The trap is
    /// two accessories, "TrailCam 360" and "the TrailCam add-on"; the false finding "about 90
    /// minutes, so don't book the next job any less than two hours later" read as a restatement.
    @Test func twentyFourthBlindBatchStaysAboveItsFloors() throws {
        let totals = try Self.score(["Eval/check/blind24/piano", "Eval/check/blind24/mowers"], claimSets: ["piano", "mowers"])
        #expect(totals.found >= 3, "check found \(totals.found)/\(totals.conflicts)")
        #expect(totals.trapped == 0, "traps reported: \(totals.trapped)/\(totals.traps)")
        #expect(totals.precision == 1, "check precision \(totals.precision) (\(totals.real)/\(totals.findings))")
        #expect(totals.claimPrecision >= 0.86, "claim precision \(totals.claimPrecision)")
        #expect(totals.claimRecall >= 0.80, "claim recall \(totals.claimRecall)")
    }

    /// The twenty-third blind batch, stop 32's opening one (first run at ee524bb: 2/32, no trap,
    /// 2/2 real; claims precision 0.68, recall 0.55: the curling club's helpdesk export keeps its
    /// answers in named custom fields, which no reader read).
    @Test func twentyThirdBlindBatchStaysAboveItsFloors() throws {
        let totals = try Self.score(["Eval/check/blind23/curling", "Eval/check/blind23/glamping"], claimSets: ["curling", "glamping"])
        #expect(totals.found >= 6, "check found \(totals.found)/\(totals.conflicts)")
        #expect(totals.trapped == 0, "traps reported: \(totals.trapped)/\(totals.traps)")
        #expect(totals.precision == 1, "check precision \(totals.precision) (\(totals.real)/\(totals.findings))")
        #expect(totals.claimPrecision >= 0.76, "claim precision \(totals.claimPrecision)")
        #expect(totals.claimRecall >= 0.73, "claim recall \(totals.claimRecall)")
    }
}

/// The layering rules of docs/architecture.md, checked over the sources by Scripts/check_layers.sh.
@Suite struct LayerTests {
    @Test func targetsImportOnlyWhatTheirLayerAllows() throws {
        let output = try KB.run(URL(fileURLWithPath: "/bin/bash"), ["Scripts/check_layers.sh"], in: repositoryRoot)
        #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
    }
}

/// How a reported claim's value is scored against its label.
@Suite struct ClaimScoringTests {
    /// A rate whose basis kb writes in the unit ("NOK/crossing") and the label in its metric (unit
    /// "NOK", metric "cost per crossing") is the same value; another basis, or none in the metric, is not.
    @Test func aBasisInTheUnitMeetsTheSameBasisInTheMetric() throws {
        func label(_ unit: String, _ metric: String) throws -> ClaimLabel {
            try JSONDecoder().decode(ClaimLabel.self, from: Data(#"{"file": "a.txt", "answer_quote": "", "sentence_quote": "", "surface": "NOK 80 a crossing", "low": 80, "high": 80, "unit": "\#(unit)", "comparator": "=", "subject": "card", "metric": "\#(metric)"}"#.utf8))
        }
        let claim = try JSONDecoder().decode(ReportedClaim.self, from: Data(#"{"fact": "", "source": "", "surface": "NOK 80 a crossing", "low": 80, "high": 80, "unit": "NOK/crossing", "comparator": "="}"#.utf8))
        #expect(ClaimScore.valueRight(claim, try label("NOK", "cost per crossing"), unitsAgree: UnitAgreement.agree))
        #expect(ClaimScore.valueRight(claim, try label("NOK/crossing", "cost"), unitsAgree: UnitAgreement.agree))
        #expect(!ClaimScore.valueRight(claim, try label("NOK", "cost per ride"), unitsAgree: UnitAgreement.agree))
        #expect(!ClaimScore.valueRight(claim, try label("NOK", "price"), unitsAgree: UnitAgreement.agree))
    }
}

/// Near-duplicate merging on its labelled set (`Eval/neardup/blind1`), through the command line.
@Suite struct NearDuplicateGateTests {
    /// Floors per set: blind1 (tuned on), blind2 (first run 15/20 with 2 look-alikes merged),
    /// blind3 (first run 13/20 with 1 look-alike merged), blind4 (first run 12/15 with 2), blind5
    /// (first run 12/15 with 4), blind7 (first run 10/15 with 2), blind8 (first run 10/15 with none),
    /// blind10 (first run 13/15 with none), blind13 (first run 7/15 with 2: a negation and
    /// "including"/"excluding" were read at the level of the whole text), blind15 (first run 8/15
    /// with none: numbers in words against digits, a breadcrumb and a feedback poll around a copy),
    /// blind17 (first run 10/15 with none), blind19 (first run 11/15 with none), blind21 (first run
    /// 8/15 with one look-alike merged: "recommended" and "discouraged", the one word that differs),
    /// blind23 (first run 10/15 with two look-alikes merged: "encouraged" / "discouraged", and a
    /// last sentence that keeps its opening and ends otherwise), blind27 (first run 9/15 with none),
    /// blind29 (first run 10/15 with none), blind31 (first run 8/15 with none), blind32 (first run
    /// 12/15 with none), blind33 (first run 9/15 with one look-alike merged: a middle phrase
    /// replaced between the same opening and ending words).
    @Test(arguments: [("blind1", 19), ("blind2", 17), ("blind3", 18), ("blind4", 12), ("blind5", 12), ("blind7", 10), ("blind8", 10), ("blind10", 13), ("blind13", 10),
                      ("blind15", 11), ("blind17", 10), ("blind19", 11), ("blind21", 8), ("blind23", 10), ("blind27", 9), ("blind29", 10), ("blind31", 8), ("blind32", 12), ("blind33", 9)])
    func nearDuplicatesMergeAndLookAlikesStayApart(name: String, floor: Int) throws {
        let set = repositoryRoot.appendingPathComponent("Eval/neardup/\(name)")
        let labels = try JSONDecoder().decode(NearDuplicateLabels.self, from: Data(contentsOf: set.appendingPathComponent("pairs.json")))
        let scratch = try TemporaryFolder()
        let corpus = try Harness(kb: KB.executable, scratch: scratch.url).audit(set.appendingPathComponent("corpus"), name: "neardup")
        let score = NearDuplicateScore(labels: labels, answers: corpus.answers)
        #expect(score.merged.count >= floor, "near-duplicates merged \(score.merged.count)/\(labels.near_duplicates.count), missed \(score.missed)")
        #expect(score.lookalikesMerged.isEmpty, "look-alikes merged: \(score.lookalikesMerged)")
        #expect(score.exactMerged == score.exactTotal)
    }
}

/// The readers on the labelled FAQ page sets (`Eval/pages/blind*`: ten pages each, in markups
/// written for evaluation), through the command line. Floors per set only move up: questions
/// found with their answers, chrome phrases indexed, table-of-contents entries indexed as answers.
@Suite struct PageSetGateTests {
    /// blind2's first run was 57/60 with one chrome phrase; blind3's 55/61 with one; blind4's
    /// 33/36 with none; blind5's 32/43 with two; blind7's 43/49 with six (its Joomla UIkit switcher
    /// page gives none of its six questions); blind8's 49/49 with six and one table-of-contents
    /// entry; blind10's 52/54 with ten (a GOV.UK accordion's headers with a summary line gave the
    /// summary as the answer); blind12's 33/51 with eight (Asciidoctor's question list and Ionic's
    /// slotted accordion gave none); blind13's 35/53 with seven and one table-of-contents entry
    /// (statement headers of asking accordions, a Weebly page under a "not-footer" class) and
    /// blind13b's 45/53 with five; blind14's (the closing batch) 50/53 with three; blind15's 47/54
    /// with three (Starlight's headings, wrapped with a screen-reader label, gave one of seven);
    /// blind16's (the closing batch) 46/53 with three (Materialize's headers, whose icon ligature text
    /// was glued to the question, gave two of eight), and its two replacement pages 16/16 with one;
    /// blind17's 41/51 with six (a Kendo panel bar's items, spans over divs, gave none of eight);
    /// blind18's (the closing batch) 27/51 with three (Vanilla's accordion in an `<aside>`, Obsidian
    /// Publish's "has-navigation" page container and Moodle's glossary table gave none); blind19's
    /// 44/51 with three (Headless UI's disclosures, whose React ids ":r4R2:" were taken for
    /// selectors, gave none of seven); blind20's (the closing batch) 48/52 with three and one
    /// table-of-contents entry (a blog teaser card's subtitle, "From our blog", read as the answer
    /// of its question-shaped title); blind21's 37/50 with five
    /// (an Invision Community post whose classes call it a comment gave none of seven, and a
    /// Blueprint collapse hid three panels in wrappers around them); blind22's (the closing batch)
    /// 49/50 with four (a MyBB post's bold statement title); blind23's 49/50 with two (a DNN
    /// page's right-hand pane, and a FluxBB post's statement-shaped bold title among bold
    /// questions); blind24's (the closing batch) 47/51 with one (a Redmine wiki's collapsed
    /// questions, each beside a hidden twin of its link, and a statement heading beside them);
    /// blind25's 49/51 with five (Fluent UI tabs whose panels only script shows gave two of
    /// eight; sidebars of a Kirby layout grid and wiki footers read as answers); blind26's (the
    /// closing batch) 51/52 with one; blind27's 39/52 with two (a Brizy accordion whose header
    /// class, "brz-accordion__nav", was read as navigation, gave none of eight; Foswiki twisties
    /// beside a hidden twin of their trigger); blind28's (the closing batch) 43/53 with five and
    /// one table-of-contents entry (mini.css's collapse, whose labels are hidden from screen
    /// readers only, gave none of seven); blind29's 54/54 with four; blind30's 49/54 with four (RDoc's Darkfish
    /// page gave three of eight); blind31's (the closing batch) 55/55 with one; blind32's 57/57 with
    /// twelve and three table-of-contents entries (LinuxDoc's contents list with entry numbers
    /// beside its links, its dateline, the Ontario design system's "Expand all" button); blind33's
    /// (the closing batch) 58/58 with seven. The chrome ceilings fell at stop 31,
    /// when callouts beside the FAQ ("Still have a question?" in a card of its own) stopped
    /// being entries.
    @Test(arguments: [("blind1", 61, 0), ("blind2", 57, 0), ("blind3", 61, 0), ("blind4", 36, 0), ("blind5", 43, 2),
                      ("blind7", 49, 2), ("blind8", 49, 1), ("blind10", 54, 0),
                      ("blind12", 49, 2), ("blind13", 51, 0), ("blind13b", 52, 0), ("blind14", 50, 2), ("blind15", 54, 0),
                      ("blind16", 53, 0), ("blind16b", 16, 0), ("blind17", 50, 2), ("blind18", 49, 1), ("blind19", 51, 0), ("blind20", 48, 1),
                      ("blind21", 50, 0), ("blind22", 50, 2), ("blind23", 50, 0), ("blind24", 51, 1), ("blind25", 49, 5), ("blind26", 51, 1),
                      ("blind27", 50, 1), ("blind28", 49, 4), ("blind29", 54, 4), ("blind30", 54, 2), ("blind31", 55, 1), ("blind32", 57, 12), ("blind33", 58, 7)])
    func pagesGiveTheirQuestionsAndNoChrome(name: String, found: Int, chrome: Int) throws {
        let set = repositoryRoot.appendingPathComponent("Eval/pages/\(name)")
        let labels = try JSONDecoder().decode(PageLabels.self, from: Data(contentsOf: set.appendingPathComponent("expected.json")))
        let scratch = try TemporaryFolder()
        let corpus = try Harness(kb: KB.executable, scratch: scratch.url).audit(set, name: "pages")
        let score = PageScore(labels: labels, answers: corpus.answers)
        #expect(score.found >= found, "questions found \(score.found)/\(score.rows.count); missed \(score.rows.filter { !$0.found }.map(\.question))")
        #expect(score.chrome.count <= chrome, "chrome indexed: \(score.chrome)")
        #expect(score.toc.isEmpty, "table-of-contents entries indexed: \(score.toc)")
    }
}

/// How a finding is matched to a labelled conflict (the scoring every figure above rests on).
@Suite struct CheckScoreMatchingTests {
    static func finding(_ texts: [String]) -> ReportedFinding {
        ReportedFinding(kind: "arithmetic", subject: nil, attribute: nil, message: "",
                        facts: texts.map { ReportedFinding.Fact(text: $0, source: "corpus/a.txt", line: 1) }, confidence: 1)
    }

    @Test func aQuoteOverASentenceEndIsCarriedSentenceBySentence() {
        let side = CheckLabels.Side(file: "a.txt", quote: "Visa students must attend 80% of their lessons. On a 20-lesson week")
        let split = Self.finding(["Visa students must attend 80% of their lessons.", "On a 20-lesson week that means at least 18 lessons."])
        #expect(CheckScore.finding(split, covers: [side]))
        // Each sentence with a number must be carried: the second fact alone is not enough.
        #expect(!CheckScore.finding(Self.finding(["On a 20-lesson week that means at least 18 lessons."]), covers: [side]))
        // A question before the numbers is context the fact splitter put in another fact.
        let asked = CheckLabels.Side(file: "a.txt", quote: "Staying for a full year? 12 monthly payments of $35")
        #expect(CheckScore.finding(Self.finding(["12 monthly payments of $35 come to $410 in total."]), covers: [asked]))
        #expect(!CheckScore.finding(Self.finding(["12 monthly payments of $36 come to $410 in total."]), covers: [asked]))
    }
}
