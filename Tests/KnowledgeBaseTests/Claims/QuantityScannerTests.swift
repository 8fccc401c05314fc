@testable import KBExport
@testable import KBCheck
@testable import KBClaims
@testable import KBIngest
@testable import KBSearch
@testable import KBModel
@testable import KBText
import Foundation
import Testing
import TestSupport

@Suite struct QuantityScannerTests {
    struct Case: Sendable, CustomStringConvertible {
        var text: String
        var surface: String
        var low: Double?
        var high: Double?
        var unit: String
        var comparator: NumericClaim.Comparator
        var normalizedHigh: Double?
        var normalizedUnit: String
        var description: String { text }
    }

    /// Every form the issue lists, with the record it must give.
    static let forms: [Case] = [
        Case(text: "Node.js 20: 200-300ms cold start", surface: "200-300ms", low: 200, high: 300, unit: "ms", comparator: .equal, normalizedHigh: 0.3, normalizedUnit: "s"),
        Case(text: "typically in the 0.4-0.8ms range", surface: "0.4-0.8ms", low: 0.4, high: 0.8, unit: "ms", comparator: .equal, normalizedHigh: 0.0008, normalizedUnit: "s"),
        Case(text: "a 86-90% cold start reduction", surface: "86-90%", low: 86, high: 90, unit: "%", comparator: .equal, normalizedHigh: 90, normalizedUnit: "%"),
        Case(text: "increase to 10K-100K via support", surface: "10K-100K", low: 10_000, high: 100_000, unit: "", comparator: .equal, normalizedHigh: 100_000, normalizedUnit: ""),
        Case(text: "models of 1B-7B parameters", surface: "1B-7B parameters", low: 1e9, high: 7e9, unit: "parameters", comparator: .equal, normalizedHigh: 7e9, normalizedUnit: "parameter"),
        Case(text: "guarantees <10ms initialization", surface: "<10ms", low: 10, high: 10, unit: "ms", comparator: .less, normalizedHigh: 0.01, normalizedUnit: "s"),
        Case(text: "ephemeral storage >512MB incompatible", surface: ">512MB", low: 512, high: 512, unit: "MB", comparator: .greater, normalizedHigh: 512e6, normalizedUnit: "B"),
        Case(text: "Cloudflare Workers ~5ms (V8 isolates)", surface: "~5ms", low: 5, high: 5, unit: "ms", comparator: .approximately, normalizedHigh: 0.005, normalizedUnit: "s"),
        Case(text: "delivers up to 10x faster startup", surface: "10x", low: 10, high: 10, unit: "x", comparator: .lessOrEqual, normalizedHigh: 10, normalizedUnit: "x"),
        Case(text: "functions can run up to 15 minutes", surface: "15 minutes", low: 15, high: 15, unit: "min", comparator: .lessOrEqual, normalizedHigh: 900, normalizedUnit: "s"),
        Case(text: "edge in 330+ cities", surface: "330+ cities", low: 330, high: 330, unit: "cities", comparator: .greaterOrEqual, normalizedHigh: 330, normalizedUnit: "city"),
        Case(text: "2K+ starts/sec throughput", surface: "2K+ starts/sec", low: 2000, high: 2000, unit: "starts/s", comparator: .greaterOrEqual, normalizedHigh: 2000, normalizedUnit: "start/s"),
        Case(text: "at least 3 replicas run", surface: "3 replicas", low: 3, high: 3, unit: "replicas", comparator: .greaterOrEqual, normalizedHigh: 3, normalizedUnit: "replica"),
        Case(text: "serves 75M RPS in production", surface: "75M RPS", low: 75e6, high: 75e6, unit: "requests/s", comparator: .equal, normalizedHigh: 75e6, normalizedUnit: "requests/s"),
        Case(text: "process 100M objects", surface: "100M objects", low: 1e8, high: 1e8, unit: "objects", comparator: .equal, normalizedHigh: 1e8, normalizedUnit: "object"),
        Case(text: "Cost: ~$0.015/GB-hour", surface: "~$0.015/GB-hour", low: 0.015, high: 0.015, unit: "USD/GB-hour", comparator: .approximately, normalizedHigh: 0.015 / 3600, normalizedUnit: "USD/GB-s"),
        Case(text: "charged $0.00001667/GB-second", surface: "$0.00001667/GB-second", low: 0.00001667, high: 0.00001667, unit: "USD/GB-s", comparator: .equal, normalizedHigh: 0.00001667, normalizedUnit: "USD/GB-s"),
        Case(text: "billed $25 per 1M transitions", surface: "$25 per 1M transitions", low: 25, high: 25, unit: "USD/1M transitions", comparator: .equal, normalizedHigh: 0.000025, normalizedUnit: "USD/transition"),
        Case(text: "generates 17.77 t/s on CPU", surface: "17.77 t/s", low: 17.77, high: 17.77, unit: "tokens/s", comparator: .equal, normalizedHigh: 17.77, normalizedUnit: "tokens/s"),
        Case(text: "handles 50,000 requests/sec per server", surface: "50,000 requests/sec", low: 50_000, high: 50_000, unit: "requests/s", comparator: .equal, normalizedHigh: 50_000, normalizedUnit: "request/s"),
        Case(text: "a 2.17x speedup", surface: "2.17x", low: 2.17, high: 2.17, unit: "x", comparator: .equal, normalizedHigh: 2.17, normalizedUnit: "x"),
        Case(text: "99.99% warm start rate", surface: "99.99%", low: 99.99, high: 99.99, unit: "%", comparator: .equal, normalizedHigh: 99.99, normalizedUnit: "%"),
        Case(text: "Maximum of 5 layers per Lambda function", surface: "5 layers", low: 5, high: 5, unit: "layers", comparator: .lessOrEqual, normalizedHigh: 5, normalizedUnit: "layer"),
        Case(text: "1,000 concurrent executions default per region", surface: "1,000 concurrent executions", low: 1000, high: 1000, unit: "concurrent executions", comparator: .equal, normalizedHigh: 1000, normalizedUnit: "concurrent execution"),
        Case(text: "bypass the 15-minute timeout", surface: "15-minute", low: 15, high: 15, unit: "min", comparator: .equal, normalizedHigh: 900, normalizedUnit: "s"),
        Case(text: "Express workflows: 5 minute maximum duration", surface: "5 minute", low: 5, high: 5, unit: "min", comparator: .lessOrEqual, normalizedHigh: 300, normalizedUnit: "s"),
        Case(text: "a 14-line YAML template", surface: "14-line", low: 14, high: 14, unit: "line", comparator: .equal, normalizedHigh: 14, normalizedUnit: "line"),
        Case(text: "4 KiB pages", surface: "4 KiB", low: 4, high: 4, unit: "KiB", comparator: .equal, normalizedHigh: 4096, normalizedUnit: "B"),
        Case(text: "4 KB pages", surface: "4 KB", low: 4, high: 4, unit: "KB", comparator: .equal, normalizedHigh: 4000, normalizedUnit: "B"),
        Case(text: "the battery stores 13.5 kWh", surface: "13.5 kWh", low: 13.5, high: 13.5, unit: "kWh", comparator: .equal, normalizedHigh: 13_500, normalizedUnit: "Wh"),
        Case(text: "weighs under 5 kg (11 lb)", surface: "5 kg", low: 5, high: 5, unit: "kg", comparator: .less, normalizedHigh: 5, normalizedUnit: "kg"),
        Case(text: "operates between -10 °C and 40 °C", surface: "-10 °C and 40 °C", low: -10, high: 40, unit: "°C", comparator: .equal, normalizedHigh: 40, normalizedUnit: "°C"),
        Case(text: "in cold weather (-10 °C) range drops", surface: "-10 °C", low: -10, high: -10, unit: "°C", comparator: .equal, normalizedHigh: -10, normalizedUnit: "°C"),
        Case(text: "motor support cuts out at 25 km/h", surface: "25 km/h", low: 25, high: 25, unit: "km/h", comparator: .equal, normalizedHigh: 25 / 3.6, normalizedUnit: "m/s"),
        Case(text: "All models offer 3 riding modes", surface: "3 riding modes", low: 3, high: 3, unit: "riding modes", comparator: .equal, normalizedHigh: 3, normalizedUnit: "riding mode"),
        Case(text: "bake at 350 °F for 20 minutes", surface: "350 °F", low: 350, high: 350, unit: "°F", comparator: .equal, normalizedHigh: (350 - 32) * 5 / 9, normalizedUnit: "°C"),
        Case(text: "off-peak power at €0.12 per kWh", surface: "€0.12 per kWh", low: 0.12, high: 0.12, unit: "EUR/kWh", comparator: .equal, normalizedHigh: 0.12 / 1000, normalizedUnit: "EUR/Wh"),
        Case(text: "charging from 20% to 80% takes an hour", surface: "20% to 80%", low: 20, high: 80, unit: "%", comparator: .equal, normalizedHigh: 80, normalizedUnit: "%"),
        Case(text: "download speeds of 210 Mbps", surface: "210 Mbps", low: 210, high: 210, unit: "Mbps", comparator: .equal, normalizedHigh: 210e6, normalizedUnit: "bit/s"),
        Case(text: "calls cost 25¢ per minute abroad", surface: "25¢ per minute", low: 25, high: 25, unit: "¢/min", comparator: .equal, normalizedHigh: 0.25 / 60, normalizedUnit: "USD/s"),
        Case(text: "plans start at $9,800 installed", surface: "$9,800", low: 9800, high: 9800, unit: "USD", comparator: .greaterOrEqual, normalizedHigh: 9800, normalizedUnit: "USD"),
        Case(text: "Dogs cost $38–$52 per night", surface: "$38–$52 per night", low: 38, high: 52, unit: "USD/night", comparator: .equal, normalizedHigh: 52, normalizedUnit: "USD/night"),
        Case(text: "The Eco cycle takes 3 h 30 min, the quick one less", surface: "3 h 30 min", low: 210, high: 210, unit: "min", comparator: .equal, normalizedHigh: 12_600, normalizedUnit: "s"),
        Case(text: "a maximum rider load of 130 kg (287 lb)", surface: "130 kg", low: 130, high: 130, unit: "kg", comparator: .lessOrEqual, normalizedHigh: 130, normalizedUnit: "kg"),
        Case(text: "a maximum rider load of 130 kg (287 lb)", surface: "287 lb", low: 287, high: 287, unit: "lb", comparator: .lessOrEqual, normalizedHigh: 287 * 0.45359237, normalizedUnit: "kg"),
        Case(text: "the app has passed 1.5M downloads", surface: "1.5M downloads", low: 1_500_000, high: 1_500_000, unit: "downloads", comparator: .greater, normalizedHigh: 1_500_000, normalizedUnit: "download"),
        Case(text: "GPS accuracy improved (±5 m in the old model)", surface: "±5 m", low: 5, high: 5, unit: "m", comparator: .lessOrEqual, normalizedHigh: 5, normalizedUnit: "m"),
        Case(text: "an output of 2,600 W (roughly 8,900 BTU/h)", surface: "8,900 BTU/h", low: 8900, high: 8900, unit: "BTU/h", comparator: .approximately, normalizedHigh: 8900 * 0.29307107, normalizedUnit: "W"),
        Case(text: "filters up to 100,000 US gallons", surface: "100,000 US gallons", low: 100_000, high: 100_000, unit: "gal", comparator: .lessOrEqual, normalizedHigh: 378_541.1784, normalizedUnit: "L"),
        Case(text: "tested at 50,000 lux for 3 hours", surface: "50,000 lux", low: 50_000, high: 50_000, unit: "lux", comparator: .equal, normalizedHigh: 50_000, normalizedUnit: "lx"),
        Case(text: "its minimum trail weight is 1.35 kg", surface: "1.35 kg", low: 1.35, high: 1.35, unit: "kg", comparator: .greaterOrEqual, normalizedHigh: 1.35, normalizedUnit: "kg"),
        Case(text: "the unzipped total cannot exceed 250MB deployment package quota", surface: "250MB", low: 250, high: 250, unit: "MB", comparator: .lessOrEqual, normalizedHigh: 250e6, normalizedUnit: "B"),
        Case(text: "This 5-layer limit is per function", surface: "5-layer", low: 5, high: 5, unit: "layer", comparator: .lessOrEqual, normalizedHigh: 5, normalizedUnit: "layer"),
        Case(text: "The Classic is a four-hour tour", surface: "four-hour", low: 4, high: 4, unit: "hour", comparator: .equal, normalizedHigh: 14_400, normalizedUnit: "s"),
        Case(text: "Tabs are replaced by one to eight spaces", surface: "one to eight spaces", low: 1, high: 8, unit: "spaces", comparator: .equal, normalizedHigh: 8, normalizedUnit: "space"),
        Case(text: "The sizes of the blobs ranged from 10KB to 1MB.", surface: "10KB to 1MB", low: 0.01, high: 1, unit: "MB", comparator: .equal, normalizedHigh: 1e6, normalizedUnit: "B"),
        Case(text: "shifting 10 kWh per evening saves €2.60 a day", surface: "10 kWh per evening", low: 10, high: 10, unit: "kWh/evening", comparator: .equal, normalizedHigh: 10_000, normalizedUnit: "Wh/evening"),
    ]

    /// "from X to Y" after a verb of change is a before and an after; without one it is a range.
    /// A number written with a leading zero is a code, an offset or a time, not a quantity.
    @Test func leadingZerosMarkCodesNotQuantities() {
        let claims = QuantityScanner().claims(in: "The log line reads [24/Apr/2005:16:09:38 +0200] and the fee is 0.5% or 05 units.")
        #expect(!claims.contains { $0.surface.contains("0200") || $0.surface == "05 units" })
        #expect(claims.contains { $0.surface == "0.5%" })
    }

    /// "up to" that ends a result phrase ("add up to") is a total, not a bound.
    @Test func aTotalAfterAddUpToIsNoBound() {
        #expect(QuantityScanner().claims(in: "Twelve days at $28 each add up to $336 on your invoice.").first { $0.surface == "$336" }?.comparator == .equal)
        #expect(QuantityScanner().claims(in: "Each invoice covers up to $336 of lessons.").first { $0.surface == "$336" }?.comparator == .lessOrEqual)
    }

    /// "for every minute" spreads a price over each unit as "per minute" does; the same unit said
    /// twice is one; a noun after "for each" names what is priced, no unit.
    @Test func forEveryUnitIsAPerUnitPrice() {
        let scanner = QuantityScanner()
        #expect(scanner.claims(in: "A late pickup costs $1 for every minute after closing.").first?.dimension == .per(.money("USD"), .time))
        #expect(scanner.claims(in: "The garage charges $2.50 per hour for every hour you stay.").first?.normalizedUnit == "USD/s")
        #expect(scanner.claims(in: "We give $75 for each WaterSense-labelled toilet.").first?.dimension == .money("USD"))
    }

    /// "a" and one noun right after an amount, with nothing more of that noun's phrase, is what the
    /// amount is for each of ("$8 a visit", "£95 a night"); "a new broom" is no rate, and "a month"
    /// stays a period.
    @Test func anAmountANounIsPerThatNoun() {
        let scanner = QuantityScanner()
        #expect(scanner.claims(in: "Renting curling shoes is $8 a visit.").first?.dimension == .per(.money("USD"), .count("visit")))
        #expect(scanner.claims(in: "Rooms are £95 a night, breakfast included.").first?.unit == "GBP/night")
        #expect(scanner.claims(in: "It comes to $85 a new broom.").first?.dimension == .money("USD"))
        #expect(scanner.claims(in: "Parking is $3 a go.").first?.dimension == .money("USD"))
        #expect(scanner.claims(in: "The app is $5 a month.").first?.dimension == .per(.money("USD"), .time))
    }

    /// A currency symbol set apart from its amount by a space ("€ 249") is its currency, as a
    /// glued one is; a symbol ending an amount of its own is not the next number's.
    @Test func aSymbolBeforeASpaceIsTheAmountsCurrency() {
        let scanner = QuantityScanner()
        #expect(scanner.claims(in: "The Flex ticket costs € 259 for any evening flight.").first?.dimension == .money("EUR"))
        #expect(scanner.claims(in: "Sunday flights carry a € 30 supplement.").first?.unit == "EUR")
        #expect(scanner.claims(in: "A shared seat is 249 € and 30 people fit in the hall.").contains { $0.surface.hasPrefix("30") && $0.dimension.isMoney } == false)
    }

    /// A decimal comma after points between thousands ("€1.590,00") or alone with two decimals
    /// ("€249,00") is read as the decimal mark; a thousands comma keeps its meaning ("1,590").
    @Test func aDecimalCommaIsTheDecimalMark() {
        let scanner = QuantityScanner()
        #expect(scanner.claims(in: "A private balloon is €1.590,00 for six guests.").first?.low == 1590)
        #expect(scanner.claims(in: "A seat is €249,00 on a shared flight.").first?.low == 249)
        #expect(scanner.claims(in: "A group pays $1,590 in total.").first?.low == 1590)
        #expect(Tokenizer.value(ofNumber: "2.580,50") == 2580.5)
        #expect(Tokenizer.value(ofNumber: "12,345") == 12345)
        #expect(Tokenizer.value(ofNumber: "3.5") == 3.5)
    }

    /// Thousands apart by a space are one number when it is an amount or a measure ("3 900 kr",
    /// "SEK 5 400"), and by a no-break space or an apostrophe always ("CHF 1'250"); a plain space
    /// between other numbers keeps them apart ("pages 2 300", "1 2 300").
    @Test func spacesAndApostrophesBetweenThousands() {
        let scanner = QuantityScanner()
        #expect(scanner.claims(in: "A berth 2.5 metres wide costs 3 900 kr for the season.").map(\.low) == [2.5, 3900])
        #expect(scanner.claims(in: "The season rent is SEK 5 400 with electricity on top.").first?.low == 5400)
        #expect(scanner.claims(in: "Mastering an album costs 1 250,00 $ before tax.").first?.low == 1250)
        #expect(scanner.claims(in: "The barn hall is CHF 2'200.\u{2013} for a Saturday.").first?.low == 2200)
        #expect(scanner.claims(in: "The hall holds 1\u{202F}200 guests standing.").first?.low == 1200)
        #expect(scanner.claims(in: "Pages 2 300 and 4 are blank.").map(\.low).contains(2300) == false)
        #expect(Tokenizer.value(ofNumber: "1 250,50") == 1250.5)
    }

    /// A symbol in letters written as an abbreviation ("Fr. 85.50", "Rs. 500") is the amount's
    /// currency; letters ending a range of days or before a date or a time are not ("Mo–Fr. 9 to
    /// 17", "Fr. 12 June").
    @Test func anAbbreviatedSymbolIsTheAmountsCurrency() {
        let scanner = QuantityScanner()
        #expect(scanner.claims(in: "Catering costs Fr. 85.50 per head.").first?.dimension.isMoney == true)
        #expect(scanner.claims(in: "The room costs Rs. 500 per night.").first?.low == 500)
        #expect(scanner.claims(in: "The room costs Rs. 500 per night.").first?.dimension.isMoney == true)
        #expect(scanner.claims(in: "The office is open Mo–Fr. 9 to 17.").allSatisfy { !$0.dimension.isMoney })
        #expect(scanner.claims(in: "The visit is on Fr. 12 June.").allSatisfy { !$0.dimension.isMoney })
    }

    /// A currency symbol after its amount, as French, Polish or Québec text writes it ("45,00 $",
    /// "30 €"), is its currency, unless it opens the next amount ("10 $20").
    @Test func aSymbolAfterTheAmountIsItsCurrency() {
        let scanner = QuantityScanner()
        #expect(scanner.claims(in: "Studio time is 45,00 $ per hour on weekdays.").first?.dimension.isMoney == true)
        #expect(scanner.claims(in: "A rehearsal room costs 30 € an hour.").first?.unit == "EUR/hour")
        #expect(scanner.claims(in: "Sizes run from 10 $20 to $30.").first { $0.low == 10 }?.dimension.isMoney != true)
    }

    /// A bound on who or what is refused ("cannot fly", "are not accepted") is the other bound for
    /// what is let in; a negated other verb says nothing of it.
    @Test func aBoundOnWhatIsRefusedTurnsOver() {
        let scanner = QuantityScanner()
        #expect(scanner.claims(in: "Passengers weighing more than 110 kg cannot fly with us.").first?.comparator == .lessOrEqual)
        #expect(scanner.claims(in: "Bags over 23 kg are not accepted at the desk.").first?.comparator == .lessOrEqual)
        #expect(scanner.claims(in: "Orders over $50 do not pay shipping.").first?.comparator == .greater)
        #expect(scanner.claims(in: "Passengers weighing more than 110 kg fly in the big basket.").first?.comparator == .greater)
    }

    /// A value in the past tense bounded by a dated time after it held until then; without the
    /// past tense, or without a date, it holds now.
    @Test func aPastValueBeforeADatedChangeIsABeforeValue() {
        func role(_ text: String, _ surface: String) -> Role? {
            QuantityScanner().claims(in: text).first { $0.surface == surface }?.role
        }
        #expect(role("A single lesson was €40 before the 2024 price change.", "€40") == .before)
        #expect(role("Storage quotas were 12 GB until 2023.", "12 GB") == .before)
        #expect(role("A single lesson is €40 before the 2024 price change.", "€40") == nil)
        #expect(role("A single lesson was €40 before the lesson starts.", "€40") == nil)
    }

    /// A value inside a clause's subject, before its noun, says which thing the clause speaks of
    /// when the clause states another value of it; alone, it is the claim.
    @Test func aValueThatPicksOutTheSubjectIsNoClaimOfIt() {
        let scanner = QuantityScanner()
        let charge = scanner.claims(in: "A 40 kWh car takes around 40 minutes to go from 10 to 80% on a 50 kW rapid.")
        #expect(charge.first { $0.surface == "40 kWh" }?.hedge == .setting)
        #expect(charge.first { $0.surface == "40 minutes" }?.hedge == nil)
        #expect(scanner.claims(in: "A 30-day notice period applies to every plan.").first?.hedge == nil)
    }

    @Test func changeFromToIsBeforeAndAfter() {
        let raised = QuantityScanner().claims(in: "firmware 2.4 raised peak motor torque from 60 Nm to 75 Nm")
        #expect(raised.map(\.surface) == ["60 Nm", "75 Nm"])
        #expect(raised.map(\.role) == [.before, .after])
        let range = QuantityScanner().claims(in: "torque ranges from 60 Nm to 75 Nm")
        #expect(range.map(\.surface) == ["60 Nm to 75 Nm"])
    }

    @Test(arguments: forms)
    func formGivesItsRecord(form: Case) throws {
        let claims = QuantityScanner().claims(in: form.text)
        let claim = try #require(claims.first { $0.surface == form.surface }, "\(claims.map(\.surface))")
        #expect(claim.low == form.low)
        #expect(claim.high == form.high)
        #expect(claim.unit == form.unit)
        #expect(claim.comparator == form.comparator)
        #expect(claim.normalizedUnit == form.normalizedUnit)
        // The normalised pair is the interval the claim allows: a lower bound keeps its value low.
        let lowerBound = form.comparator == .greater || form.comparator == .greaterOrEqual
        #expect(lowerBound ? claim.normalizedHigh == nil : claim.normalizedHigh != nil)
        if let expected = form.normalizedHigh, let actual = lowerBound ? claim.normalizedLow : claim.normalizedHigh {
            #expect(abs(actual - expected) <= abs(expected) * 1e-9)
        } else {
            Issue.record("no normalised value for \(form.text)")
        }
    }

    @Test(arguments: [
        ("sub-second cold starts", "sub-second", nil as Double?, 1.0, "s", NumericClaim.Comparator.less),
        ("WASM achieves sub-millisecond cold starts", "sub-millisecond", nil, 1.0, "ms", .less),
        ("with double-digit millisecond response times", "double-digit millisecond", 10.0, 99.0, "ms", .approximately),
        ("single-digit milliseconds at the edge", "single-digit milliseconds", 1.0, 9.0, "ms", .approximately),
    ])
    func vagueBounds(text: String, surface: String, low: Double?, high: Double, unit: String, comparator: NumericClaim.Comparator) throws {
        let claim = try #require(QuantityScanner().claims(in: text).first)
        #expect(claim.surface == surface)
        #expect(claim.kind == .vague)
        #expect(claim.low == low && claim.high == high && claim.unit == unit && claim.comparator == comparator)
    }

    @Test func beforeAndAfterAreLinked() {
        let claims = QuantityScanner().claims(in: "Java 17/21 from 3-5s → 200-400ms with SnapStart")
        #expect(claims.map(\.surface) == ["3-5s", "200-400ms"])
        #expect(claims.map(\.role) == [.before, .after])
        #expect(QuantityScanner().claims(in: "12.55GB → 3.80GB after quantization").map(\.role) == [.before, .after])
    }

    /// Numbers that are not claims: each gives no record.
    @Test(arguments: [
        "AWS Lambda SnapStart (2025) supports Java",
        "GA in November 2025 on Akamai",
        "integration (2022+) with SAM",
        "Java 11 and later",
        "Python 3.12 and later",
        "Corretto 11/17/21 only",
        "CDK v2.170+ with TypeScript",
        "runtime nodejs20.x here",
        "WASI 0.3 preview",
        "(1) Layer structure",
        "arn:aws:lambda:us-east-1:123456789012:layer:my-layer:3",
        "deploy to us-east-1 first",
        "quantised to Q4_K_M format",
        "the Llama-2-7B model",
        "V8 isolates run it",
        "L2/L3 constructs",
        "Route53 health checks",
        "cron(0/5 * * * ? *) schedule",
        "aws lambda put-provisioned-concurrency-config --provisioned-concurrent-executions 10",
        "opens Mon–Sat 7:30–11:00",
        "works on 5G and Wi-Fi 6 networks",
        "runs iOS 17 and Android 14",
        "pairs over Bluetooth 5.3",
        "call 1-800-555-0199 or dial *611",
        "the same as the one of dar 2.3.x releases",
    ])
    func notAClaim(text: String) {
        #expect(QuantityScanner().claims(in: text).isEmpty, "\(QuantityScanner().claims(in: text).map(\.surface))")
    }

    @Test func subjectsOfAListOfPairs() {
        let claims = QuantityScanner().claims(in: "WebAssembly platforms achieve fast starts: Fermyon Spin 0.5ms, Cloudflare Workers ~5ms (V8 isolates), Fastly Compute <10ms.")
        #expect(claims.map(\.subject) == ["Fermyon Spin", "Cloudflare Workers", "Fastly Compute"])
    }

    @Test func subjectFromTheItemLabelAndMetricFromTheClause() {
        let claim = QuantityScanner().claims(in: "Interpreted runtimes: (1) Node.js 20: 200-300ms cold start - fastest").first
        #expect(claim?.subject == "Node.js 20")
        #expect(claim?.metric == "cold start")
    }

    @Test func attributiveQuantitiesDescribeTheirNoun() {
        let claims = QuantityScanner().claims(in: "A full charge takes 4–6 hours with the standard 2 A charger, or ~2.5 hours on a 7 kW solar array.")
        withKnownIssue("a quantity inside a noun phrase does not yet take that phrase's noun as its subject") {
            #expect(claims.first { $0.surface == "2 A" }?.subject == "standard charger")
            #expect(claims.first { $0.surface == "7 kW" }?.subject == "solar array")
        }
    }

    @Test func genericLabelsArePassedOver() {
        let claim = QuantityScanner().claims(in: "Fermyon Spin (Open-Source Framework): (2) Performance: 0.5ms cold starts").first
        #expect(claim?.subject == "Fermyon Spin")
    }

    /// A sentence with no subject of its own takes the lead its list opened with, then the topic.
    @Test func fallbackSubjectIsTheLeadOrTheTopic() {
        let led = ClaimExtractor().extract([FactInput(text: "Express workflows: maximum duration is 5 minutes.", lead: "Express workflows:")],
                                           topic: "Step Functions", question: nil).first?.claims.first
        #expect(led?.subject == "Express workflows")
        let topical = QuantityScanner().claims(in: "Maximum duration is 15 minutes.", topic: "AWS Lambda")
        #expect(topical.first?.subject == "AWS Lambda")
    }

    @Test func memorySettingsAndWithoutAreConditions() {
        let claims = QuantityScanner().claims(in: "Java 21 + SnapStart (Spring Boot app, 1024MB memory): Cold start 400ms (vs 4.5s without SnapStart)")
        let coldStart = claims.first { $0.surface == "400ms" }
        #expect(coldStart?.subject == "Java 21 + SnapStart")
        #expect(claims.first { $0.surface == "4.5s" }?.qualifiers.contains { $0.kind == .without && $0.key == "snapstart" } == true)
        // The memory in the label's parenthesis is a setting of the claims after the colon.
        #expect(coldStart?.qualifiers.contains { $0.kind == .setting && $0.key.hasPrefix("information") } == true)
    }

    @Test func scopeSettingsAndAllowancesAreConditions() {
        // Another quantity of the clause is a setting the value holds under.
        let price = QuantityScanner().claims(in: "Each call costs $0.01, first 4,000 free each month").first
        #expect(price?.qualifiers.contains { $0.kind == .setting && $0.key.hasPrefix("count") } == true)
        let latency = QuantityScanner().claims(in: "p50 latency is 12ms at 10GB memory").first
        #expect(latency?.qualifiers.contains { $0.kind == .setting && $0.key.hasPrefix("information") } == true)
        let limit = QuantityScanner().claims(in: "Requests are capped at 1,000 per second platform-wide, and 50ms at 10GB memory").first
        withKnownIssue("scope adverbs such as platform-wide are not read as a scope qualifier") {
            #expect(limit?.qualifiers.contains { $0.kind == .scope } == true)
        }
    }

    @Test func hedgedStatements() throws {
        let rumoured = QuantityScanner().claims(in: "Lambda SnapStart expanding to more runtimes (rumored Node.js support in 12 months)")
        #expect(!rumoured.isEmpty && rumoured.allSatisfy { $0.hedged })
        let stated = QuantityScanner().claims(in: "Functions can run up to 15 minutes")
        #expect(!stated.isEmpty && !stated.contains { $0.hedged })
    }

    /// Whatever the text, the scanner does not trap and every claim's offsets point at its surface.
    @Test func randomTextGivesConsistentClaims() {
        var generator = SeededGenerator(seed: 5)
        let pieces = ["12", "3.5", "1,000", "-", "–", "→", "$", "€", "¢", "~", "<", ">=", "+", "%", "x", "ms", "GB", "kWh", "°C", "km/h",
                      " ", " to ", " and ", "between ", "(", ")", ":", "up to ", "sub-second", "single-digit ", "per ", "/", "K", "M",
                      "Java ", "2025", "v2.", "Node.js ", "layers", "a ", "the ", "1-800-555-0199", "*", "é", "\u{200B}", "\u{202E}",
                      "release ", "instructions ", "If ", "which ", "returns ", "such ", "etc", "1.4.20", "32-bit ", "NOT ", "only "]
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 0...14, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
            let scalars = Array(text.unicodeScalars)
            for claim in QuantityScanner().claims(in: text) {
                #expect(claim.start >= 0 && claim.start < claim.end && claim.end <= scalars.count, "\(text)")
                if claim.start >= 0, claim.end <= scalars.count, claim.start < claim.end {
                    #expect(scalars.string(claim.start, claim.end) == claim.surface, "\(text)")
                }
            }
        }
    }

    /// Formatting a random quantity, then extracting it, gives it back.
    @Test func formattedQuantitiesComeBack() throws {
        var generator = SeededGenerator(seed: 11)
        let units = ["ms", "s", "MB", "GB", "%", "x", "minutes", "hours", "KiB"]
        for _ in 0..<300 {
            let value = Double(Int.random(in: 1...99_999, using: &generator)) / [1, 10, 100].randomElement(using: &generator)!
            let unit = units.randomElement(using: &generator)!
            let separator = unit.count > 2 ? " " : ""
            let written = String(format: value == value.rounded() ? "%.0f" : "%g", value)
            let text = "The limit is \(written)\(separator)\(unit) today."
            guard let claim = QuantityScanner().claims(in: text).first else {
                Issue.record("no claim in: \(text)")
                continue
            }
            #expect(claim.low == Double(written) && claim.high == Double(written), "\(text)")
            #expect(claim.unit == (Units.standard.lookup(unit)?.written ?? unit), "\(text)")
        }
    }
}

/// Currencies written in letters and units of other trades, read as the lexicon lists them.
@Suite struct CurrencyAndUnitFormsTests {
    func first(_ text: String) -> NumericClaim? { QuantityScanner().claims(in: text).first }

    @Test func symbolsInLettersAreCurrencies() throws {
        let rand = try #require(first("Stalls seats cost R195 in the evening."))
        #expect(rand.unit == "ZAR")
        #expect(rand.low == 195)
        #expect(try #require(first("A Pro plan costs R1,299.50 a month.")).unit == "ZAR/month")
        #expect(try #require(first("Entry is RM 45 for adults.")).unit == "MYR")
        #expect(try #require(first("The fee is 1,200 Kč.")).unit == "CZK")
        // A symbol several currencies share stays its own code.
        #expect(try #require(first("Parking is 300 kr per month.")).unit == "kr/month")
        // A one-letter symbol before one digit, or a name running on, is no amount.
        #expect(first("Cloudflare R2 stores the files; R2-D2 and R12x are names.") == nil)
        #expect(first("The r195 build fixed it.") == nil)
    }

    @Test func aCorpusLexiconGivesASharedSymbolItsCurrency() throws {
        let extractor = ClaimExtractor(lexicon: Lexicon.standard.with(symbol: "kr", meaning: "NOK"))
        let claims = extractor.extract([FactInput(text: "An adult fare is kr 64 each way.")], topic: "", question: nil).first?.claims ?? []
        #expect(try #require(claims.first).unit == "NOK")
        #expect(try #require(first("An adult fare is kr 64 each way.")).unit == "kr")
    }

    /// Signs of letters and "$", names of currencies after an amount, and points that group
    /// thousands in a corpus that writes its numbers so.
    @Test func dollarSignsWithLettersNamesAndPointGroups() throws {
        let pesos = try #require(first("A skin fade is MX$ 290 at every branch."))
        #expect(pesos.unit == "MXN" && pesos.low == 290)
        #expect(try #require(first("Delivery costs 2.000 reais.")).unit == "BRL")
        #expect(try #require(first("Dues are Ksh 1,200 a year.")).unit == "KES/year")
        // A name several currencies share stays its own code, until the corpus names one.
        #expect(try #require(first("A gift card is 450 pesos.")).unit == "peso")
        // The letters before "$" are the sign's, not the subject's.
        let cleaning = try #require(first("A sensor cleaning cost R$150 before 2024."))
        #expect(cleaning.subject == "sensor cleaning")
        // A value held before a dated time is a previous value; a span before an event is an offset.
        #expect(cleaning.role == .before)
        #expect(try #require(first("Submit the form 2 days before 2025 ends.")).role == nil)
        // Points group thousands only where the corpus writes numbers so.
        #expect(try #require(first("The set costs R$1.400 a day.")).low == 1.4)
        let grouped = ClaimExtractor(lexicon: Lexicon.standard.with(pointGroupsThousands: true))
        func low(_ text: String) -> Double? { grouped.extract([FactInput(text: text)], topic: "", question: nil).first?.claims.first?.low }
        #expect(low("The set costs R$1.400 a day.") == 1400)
        #expect(low("Fitting is € 12.500 per floor.") == 12500)
        #expect(low("A call costs $0.008 per minute.") == 0.008)
        #expect(low("Kuwait: KWD 1.500 a night.") == 1.5)
        #expect(low("The pallet weighs 1.400 kg.") == 1.4)
        // A currency symbol in letters, as written, is no unit of another case.
        #expect(try #require(first("A 2 500 Ft deposit secures the date.")).unit == "HUF")
        #expect(try #require(first("The shelf is 6 ft tall.")).unit == "ft")
        #expect(try #require(first("Fitting is 1.100 TL per square metre.")).unit.hasPrefix("TRY"))
    }

    @Test func speedsAndNauticalDistances() throws {
        let wind = try #require(first("Rentals stop when the forecast wind is above 7 m/s."))
        #expect(wind.unit == "m/s")
        #expect(wind.comparator == .greater)
        let knots = try #require(first("Winds of 20 knots close the bay."))
        #expect(knots.normalizedUnit == "m/s")
        #expect(abs((knots.normalizedLow ?? 0) - 10.29) < 0.01)
        let sea = try #require(first("The crossing is roughly 13.5 nautical miles."))
        #expect(sea.unit == "nmi")
        #expect(sea.normalizedLow == 13.5 * 1852)
    }
}
