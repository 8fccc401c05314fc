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
            "Members can cancel a booking up to 2 hours before it starts, free of charge, from the app.",
            "You can cancel a booking free of charge from the app up to 2 hours before it starts.",
        ]) == [[0, 1]])
    }
}
