@testable import KBIngest
@testable import KBText
import Testing

/// Texts that say the same thing in other words are grouped; texts that differ in a number, a
/// named item or a negation never are, whatever else they share.
@Suite struct NearDuplicatesTests {
    static let base = "Each workspace includes 1 TB of file storage shared by all members. Files can be up to 2 GB in size."

    @Test(arguments: [
        // Reworded.
        "All members of a workspace share its 1 TB of file storage, and each file can be at most 2 GB in size.",
        // Sentences in another order.
        "Files can be up to 2 GB in size. Each workspace includes 1 TB of file storage shared by all members.",
        // Wrapped in boilerplate, with a date and a feedback line of its own.
        "Updated: March 2024 — Each workspace includes 1 TB of file storage shared by all members. Files can be up to 2 GB in size. Was this answer helpful? Yes No",
    ])
    func sameThingInOtherWordsIsGrouped(other: String) {
        #expect(NearDuplicates.groups([Self.base, other]) == [[0, 1]])
    }

    @Test(arguments: [
        // Another number.
        "Each workspace includes 2 TB of file storage shared by all members. Files can be up to 2 GB in size.",
        // Another named item.
        "Each Plus workspace includes 1 TB of file storage shared by all members. Files can be up to 2 GB in size.",
        // A negation.
        "Each workspace includes 1 TB of file storage shared by all members. Files cannot be up to 2 GB in size.",
        // Another subject, in lowercase words: one thing put in place of another.
        "Each folder includes 1 TB of file storage shared by all members. Files can be up to 2 GB in size.",
    ])
    func lookAlikesStayApart(other: String) {
        #expect(NearDuplicates.groups([Self.base, other]).isEmpty)
    }

    /// Two answers the same but for one sentence that opens with the same words and goes on with
    /// others ("... are free of charge" / "... are charged as a new delivery") say two things; so
    /// do two that differ in one word and its opposite by affix ("encouraged" / "discouraged").
    /// A rewording of every sentence is still one answer.
    @Test func aSentenceWithItsEndReplacedIsAnotherAnswer() {
        let shared = "The delivery address can be changed in the portal until the goods are collected. After collection, changes must be requested by phone. "
        #expect(NearDuplicates.groups([shared + "Changes made after collection are free of charge.",
                                       shared + "Changes made after collection are charged as a new delivery."]).isEmpty)
        #expect(NearDuplicates.groups(["Combining several small shipments onto a single pallet is encouraged. Each shipment on the pallet still needs its own packing list.",
                                       "Combining several small shipments onto a single pallet is discouraged. Each shipment on the pallet still needs its own packing list."]).isEmpty)
        #expect(NearDuplicates.groups(["The Team plan costs $9 per user per month when billed annually, or $11 per user per month when billed monthly. It includes unlimited projects, Gantt charts and guest access for up to 10 guests.",
                                       "The Team plan is priced at $9 per user per month with annual billing, or $11 per user per month with monthly billing. Unlimited projects, Gantt charts and access for up to 10 guests are included."]) == [[0, 1]])
    }

    /// A number written in words is the digits it spells ("two hours", "2 hours"), and needs no
    /// match when the other text does not count it ("seven days a week", "every day"); another
    /// number in words is another figure.
    @Test func numbersInWordsAreTheirDigits() {
        let digits = "Taster sessions last 2 hours and cost £35 per person, including clay and one firing. Pieces are ready about 3 weeks later."
        let words = "Our taster sessions last two hours and cost £35 per person, with clay and one firing included. Pieces are ready roughly 3 weeks later."
        #expect(NearDuplicates.groups([digits, words]) == [[0, 1]])
        let other = "Our taster sessions last four hours and cost £35 per person, with clay and one firing included. Pieces are ready roughly 3 weeks later."
        #expect(NearDuplicates.groups([digits, other]).isEmpty)
        #expect(NearDuplicates.groups([words, other]).isEmpty)
    }

    /// A negation is read sentence by sentence: a text negated elsewhere ("are not allowed") does
    /// not excuse a sentence negated on one side only. One word with opposite affixes
    /// ("including" and "excluding", "with" and "without") is a negation too.
    @Test(arguments: [
        ("Members can bring their own food into the seating area. Glass bottles are not allowed near the walls.",
         "Members cannot bring their own food into the seating area. Glass bottles are not allowed near the walls."),
        ("The Family plan covers two adults and up to three children, including shoe hire for the children. It can be paused like any monthly plan.",
         "The Family plan covers two adults and up to three children, excluding shoe hire for the children. It can be paused like any monthly plan."),
        ("Lessons are booked with an instructor from the front desk. Rental kit is collected on the day.",
         "Lessons are booked without an instructor from the front desk. Rental kit is collected on the day."),
    ])
    func oppositeSentencesStayApart(a: String, b: String) {
        #expect(NearDuplicates.groups([a, b]).isEmpty)
        #expect(NearDuplicates.polarityRoots("excluding") == NearDuplicates.polarityRoots("including"))
        #expect(NearDuplicates.polarityRoots("disk") == ["disk"])
    }

    /// Contractions and British or American spellings are one wording: "don't worry" is "do not
    /// worry" (a negation on both sides), "licence" is "license".
    @Test(arguments: [
        ("We keep lost property for 30 days. If you think you have left something behind, do not worry: email us the date of your visit and we will check the box. Anything that is not claimed goes to charity.",
         "We'll keep lost property for 30 days. If you think you've left something behind, don't worry! Email us the date of your visit and we'll check the box. Anything that isn't claimed goes to charity."),
        ("Climbers who lead must hold a lead licence, issued after a 90-minute assessment. The licence costs £15 and is valid at both centres for 12 months. Unsafe behaviour can lead to the licence being withdrawn.",
         "Climbers who lead must hold a lead license, issued after a 90-minute assessment. The license costs £15 and is valid at both centers for 12 months. Unsafe behavior can lead to the license being withdrawn."),
    ])
    func contractionsAndSpellingsAreOneWording(a: String, b: String) {
        #expect(NearDuplicates.groups([a, b]) == [[0, 1]])
        #expect(NearDuplicates.spellingFold("centre") == NearDuplicates.spellingFold("center"))
        #expect(NearDuplicates.spellingFold("organise") == "organize")
    }

    @Test func negatedContractionsAreNegations() {
        let a = "Members can bring their own food into the seating area. Glass bottles are not allowed near the walls."
        let b = "Members can't bring their own food into the seating area. Glass bottles are not allowed near the walls."
        #expect(NearDuplicates.groups([a, b]).isEmpty)
    }


    /// A relation swapped ("after" for "before") or a case closed ("only by phone" against "online
    /// or by phone") in otherwise identical text is another statement.
    @Test(arguments: [
        ("Give worming tablets after a meal. If your pet is sick within 2 hours, give another dose and call us for advice.",
         "Give worming tablets before a meal. If your pet is sick within 2 hours, give another dose and call us for advice."),
        ("Home visits are available for pets that cannot travel. A vet will come to your house. Home visits can only be booked by phone.",
         "Home visits are available for pets that cannot travel. A vet will come to your house. Home visits can be booked online or by phone."),
    ])
    func relationsAndClosedCasesStayApart(a: String, other: String) {
        #expect(NearDuplicates.groups([a, other]).isEmpty)
    }

    /// A copy that keeps every sentence but one word for word and puts another statement in that
    /// one's place says something else; a copy that rewords a sentence and keeps one nearly whole
    /// is a rewording.
    @Test func oneSentenceReplacedIsAnotherAnswer() {
        let portal = "Members can print from their own laptop through the Elm print portal. Upload a file and release it at any branch printer within 24 hours. Print jobs are paid for from your library account balance."
        let card = "Members can print from their own laptop through the Elm print portal. Upload a file and release it at any branch printer within 24 hours. Print jobs are paid for by contactless card at the printer."
        #expect(NearDuplicates.groups([portal, card]).isEmpty)
        let reworded = "Members can print from their own laptop through the Elm print portal. Upload your file and release it at any branch printer within 24 hours. Your library account balance pays for print jobs."
        #expect(NearDuplicates.groups([portal, reworded]) == [[0, 1]])
    }

    /// A value word swapped whatever its ending ("weekly" for "monthly", "morning" for
    /// "afternoon"), a sentence of each text the other does not hold, and "only the owner" against
    /// "every user" are other statements.
    @Test(arguments: [
        ("Recurring pickups can be set for every weekday morning from the business dashboard. Each pickup is billed as a normal Same-Day booking.",
         "Recurring pickups can be set for every weekday afternoon from the business dashboard. Each pickup is billed as a normal Same-Day booking."),
        ("Plus customers receive a weekly usage report by email. It lists every delivery with its cost and a link to the proof of delivery.",
         "Plus customers receive a monthly usage report by email. It lists every delivery with its cost and a link to the proof of delivery."),
        ("Our Northside hub is next to the railway station car park. The entrance is on Mill Street, opposite the bike shop. The hub has bike racks for customers and a step-free counter.",
         "Our Northside hub is next to the railway station car park. The entrance is on Mill Street, opposite the bike shop. The hub has a small waiting area and a customer toilet."),
        ("Account holders can add extra users from the team settings page. Each user gets their own login and booking history. Only the account owner can change the payment details.",
         "Account holders can add extra users from the team settings page. Each user gets their own login and booking history. Every user on the account can change the payment details."),
    ])
    func valuesSentencesAndOwnersThatDifferStayApart(a: String, other: String) {
        #expect(NearDuplicates.groups([a, other]).isEmpty)
    }

    /// Likeness does not chain: each member is alike with its group's first text.
    @Test func groupsDoNotChain() {
        let texts = ["alpha beta gamma delta epsilon zeta", "alpha beta gamma delta epsilon eta theta",
                     "gamma delta epsilon eta theta iota kappa"]
        for group in NearDuplicates.groups(texts) {
            #expect(!(group.contains(0) && group.contains(2)))
        }
    }

    /// Short statements (facts) need most of their words in common: one contained in a longer one
    /// is not the same statement.
    @Test func strictModeForFacts() {
        let facts = ["Layers only work with .zip deployment packages.",
                     "Limitations: only works with .zip deployments, not container images, and not for other runtimes such as Ruby."]
        #expect(NearDuplicates.groups(facts, strict: true).isEmpty)
    }

    /// A subject exchanged for another is a different statement even when it opens the sentence
    /// (where a capital says nothing); a subject reworded into a pronoun is the same one.
    @Test func subjectsExchangedStayApartAndPronounsDoNot() {
        #expect(NearDuplicates.groups([
            "Bike racks can be fitted to our estate cars on request. Ask support a day before your booking.",
            "Roof boxes can be fitted to our estate cars on request. Ask support a day before your booking.",
        ]).isEmpty)
        #expect(NearDuplicates.groups([
            "Regular members get 10% off day bookings at weekends. The discount is applied at checkout.",
            "Business members get 10% off day bookings at weekends. The discount is applied at checkout.",
        ]).isEmpty)
        #expect(NearDuplicates.groups([
            "Members can cancel a booking up to 2 hours before it starts, free of charge, from the app. Refunds reach your card within 5 days.",
            "You can cancel a booking free of charge from the app up to 2 hours before it starts. Refunds reach your card within 5 days.",
        ]) == [[0, 1]])
    }

    /// One sentence that differs from another by a word or two, or only in word order, is another
    /// statement built on the same template; a short text is alike only when held word for word,
    /// in order, in a sentence of the other (which may add sentences of its own).
    @Test func shortTextsMustBeHeldWordForWord() {
        #expect(NearDuplicates.groups(["The name (optionally schema-qualified) of an existing view.",
                                       "The name (optionally schema-qualified) of an existing materialized view."]).isEmpty)
        #expect(NearDuplicates.groups(["Convert a Python floating point number to a C double.",
                                       "Convert a C double to a Python floating point number."]).isEmpty)
        #expect(NearDuplicates.groups(["colorsys.rgb_to_yiq(r, g, b) converts the color from RGB coordinates.",
                                       "colorsys.rgb_to_hls(r, g, b) converts the color from RGB coordinates."]).isEmpty)
        #expect(NearDuplicates.groups(["Fixed session flushing in the cached_db backend.",
                                       "Fixed session flushing in the cached_db backend. Full description"]) == [[0, 1]])
    }

    /// Words many texts use say little: two texts sharing only common words are not alike.
    @Test func sharedCommonWordsAloneDoNotMakeTextsAlike() {
        let filler = (1...40).map { "Requests about topic \($0) are handled in the normal queue during business hours. The team replies by email." }
        let texts = filler + ["Requests are handled in the normal queue during business hours. The team replies by email about refunds and invoices.",
                              "Requests are handled in the normal queue during business hours. The team replies by email about warranty repairs and spare parts."]
        // Unweighed, these two share 9 of their 15 words (Jaccard 0.6).
        #expect(!NearDuplicates.groups(texts).contains { $0.contains(40) && $0.contains(41) })
    }
}
