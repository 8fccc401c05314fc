import KBModel
import KBText
import Testing
@testable import KnowledgeBase

/// Subjects read from running text: the phrase a sentence opens with, pronouns and properties that
/// stand for an entity named earlier, and what running text leaves around a name.
struct SubjectTests {
    @Test(arguments: [
        ("The 5.5-litre air fryer draws 1,700 W", "air fryer"),
        ("On a DC fast charger the car accepts up to 250 kW", "car"),
        ("With a time-of-use tariff, the battery charges from solar at €0.12 per kWh", "battery"),
        ("Our ENERGY STAR dishwasher uses just 9.5 litres per cycle", "ENERGY STAR dishwasher"),
        ("while the Trail 625 manages up to 120 km", "Trail 625"),
        ("Django application cold start improved from 2.5 seconds", "Django application"),
        ("Tree-shaking with esbuild/webpack reduces bundle size 60-80%", "Tree-shaking"),
        ("The 36V packs are rated for 1,000 charge cycles", "packs"),
    ])
    func sentenceOpensWithItsSubject(text: String, subject: String) {
        guard case .phrase(let name, _)? = SubjectPhrase.opening(of: text) else {
            Issue.record("no subject in \(text)")
            return
        }
        #expect(name == subject)
    }

    @Test(arguments: [
        "Round-trip efficiency is ~90%",        // a property, not an entity
        "The default timeout is 3 seconds",     // what is left is a modifier
        "Set reserved = 2x provisioned",        // an instruction
        "Ideal for long-running workflows (up to 1 year duration)",
        "import {DynamoDBClient} from '@aws-sdk/client-dynamodb' saves 80%",
        "up to 1 year duration",
        "You can stack up to 4 units",
        "Riding in Turbo typically reduces range by 30–40%",
    ])
    func noSubjectPhrase(text: String) {
        guard case .phrase(let name, _)? = SubjectPhrase.opening(of: text) else { return }
        Issue.record("\(text) gave \(name)")
    }

    @Test func pronounsAndPossessivesPointBack() {
        #expect(SubjectPhrase.opening(of: "It has 8 presets") == .pronoun)
        #expect(SubjectPhrase.opening(of: "Its 5,000 mAh battery lasts ~2 days") == .pronoun)
        #expect(SubjectPhrase.opening(of: "They weigh 22-28 kg") == .pronoun)
        #expect(SubjectPhrase.opening(of: "This battery holds 400 Wh") == .phrase("battery", clause: true))
    }

    @Test(arguments: [
        ("The Standard Range version", "Standard Range version"),
        ("Replacement batteries cost $549", "Replacement batteries"),
        ("Unlimited Plus pays", "Unlimited Plus"),
        ("kg rider", "rider"),
        ("Node.js 20", "Node.js 20"),
        ("AWS Lambda SnapStart (2025)", "AWS Lambda SnapStart (2025)"),
    ])
    func tidiedSubjects(raw: String, tidied: String) {
        #expect(SubjectPhrase.tidy(raw) == tidied)
    }

    @Test func leftoversAreNoSubject() {
        for raw in ["TB", "mAh", "Elsewhere", "EPA-rated", "sold", "Sub-millisecond"] {
            #expect(SubjectPhrase.tidy(raw) == nil, "\(raw)")
        }
    }

    /// Through the ingest pipeline: a pronoun or a property takes the entity of the sentence before.
    @Test func laterSentencesReferToTheFirstOnesEntity() {
        let text = "The X200 ships with 8 GB of RAM. Its 5,000 mAh battery lasts ~2 days of typical use. "
            + "It weighs 189 g. Round-trip efficiency is ~90%."
        let claims = CheckCorpus.facts([text]).flatMap(\.claims)
        let subjects = Dictionary(claims.map { ($0.surface, $0.subject ?? "") }, uniquingKeysWith: { first, _ in first })
        #expect(subjects["8 GB"] == "X200")
        #expect(subjects["~2 days"] == "X200")
        #expect(subjects["189 g"] == "X200")
        #expect(subjects["~90%"] == "X200")
    }

    /// A label names an entity even when its last word is a property: "Account-level concurrency:".
    @Test func labelsAreNotResolvedAway() {
        let text = "Concurrency types: (1) Account-level concurrency: 1,000 concurrent executions default per region."
        let claim = CheckCorpus.facts([text]).flatMap(\.claims).first { $0.surface == "1,000 concurrent executions" }
        #expect(claim?.subject == "Account-level concurrency")
    }

    /// A bare number borrows the unit the answer's other claims of its metric count in.
    @Test func bareNumbersBorrowTheUnitOfTheirMetric() {
        let text = "Reserved concurrency guarantees 100 concurrent executions to a function. "
            + "Account-level concurrency: 1,000 concurrent executions per region, increase to 10K-100K via support. "
            + "Attempting Provisioned = 30 fails when the answer speaks of provisioned concurrency. Allows up to 25 concurrent."
        let claims = CheckCorpus.facts([text]).flatMap(\.claims)
        for surface in ["10K-100K", "30", "25 concurrent"] {
            let claim = claims.first { $0.surface == surface }
            #expect(claim?.unit == "concurrent executions", "\(surface)")
            #expect(claim?.metric == "concurrency", "\(surface)")
        }
        // Without claims of the metric to borrow from, a bare number stays bare.
        let alone = CheckCorpus.facts(["Set the retry count = 3 for the queue."]).flatMap(\.claims)
        #expect(alone.allSatisfy { $0.unit.isEmpty })
    }

    /// A question opening the answer's text names the product its claims are about; a definite
    /// common noun ("The floor") is a part of it, a property named before the number is the metric,
    /// and a conversion in parentheses restates the claim before it.
    @Test func openingQuestionNamesTheProduct() {
        let text = "How heavy is the Ridgeline 2P tent? It pitches in under 4 minutes. The floor measures 2.9 m², "
            + "and a day pass costs $10. Its comfort rating is -5 °C (23 °F)."
        let facts = CheckCorpus.facts([text])
        #expect(!facts.contains { $0.text.hasPrefix("How heavy") }, "the question is not a fact")
        let claims = facts.flatMap(\.claims)
        let subjects = Dictionary(claims.map { ($0.surface, $0.subject ?? "") }, uniquingKeysWith: { first, _ in first })
        #expect(subjects["4 minutes"] == "Ridgeline 2P")
        #expect(subjects["2.9 m²"] == "Ridgeline 2P")
        #expect(subjects["$10"] == "day pass")
        let metrics = Dictionary(claims.map { ($0.surface, $0.metric ?? "") }, uniquingKeysWith: { first, _ in first })
        #expect(metrics["-5 °C"] == "comfort rating")
        #expect(metrics["23 °F"] == "comfort rating")
        #expect(subjects["23 °F"] == subjects["-5 °C"])
    }

    /// A number in parentheses after "vs X" is about X; a list comma opens no clause of its own.
    @Test func comparedThingsAndListsKeepTheirSubjects() {
        let versus = QuantityScanner().claims(in: "WebAssembly cold starts: sub-millisecond vs traditional containers (100-1000ms+).")
        #expect(versus.first { $0.surface.hasPrefix("100-1000ms") }?.subject == "traditional containers")
        let list = QuantityScanner().claims(in: "A single adult fare on LCT metro, tram and bus services is $2.75.")
        #expect(list.first?.subject == "single adult fare")
        let name = QuantityScanner().claims(in: "The Acme Monthly Pass costs $98 and covers every line.")
        #expect(name.first?.subject == "Acme Monthly Pass")
    }

    /// The assumptions of a worked cost scenario are inputs, hedged like an example.
    @Test func scenarioAssumptionsAreHedged() {
        let claims = QuantityScanner().claims(in: "Provisioned: 10ms invocation Cost comparison (1M requests/month, 512MB, 500ms avg): $12")
        #expect(claims.first { $0.surface == "500ms" }?.hedged == true)
        #expect(claims.first { $0.surface == "10ms" }?.hedged == false)
    }
}
