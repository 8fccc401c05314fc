@testable import KBText
import Testing

/// Which dollar a corpus means by a bare "$": the currencies it names that are written with a
/// dollar sign, from the lexicon's forms.
@Suite struct DollarNamingTests {
    static let naming = DollarNaming()

    @Test(arguments: [
        ("<footer>All prices in Australian dollars and include GST.</footer>", ["AUD"]),
        ("Plans from A$12 a month.", ["AUD"]),
        ("Renewals cost CAD 17.99 a year.", ["CAD"]),
        ("Renewals cost 17.99 NZD a year.", ["NZD"]),
        ("Prices are in US dollars; about NZ$30.", ["USD", "NZD"]),
        // A code with no amount beside it is no currency: "CAD" may be computer-aided design.
        ("Export the CAD drawing and train with SGD.", []),
        // Letters glued before the sign make another word, not a currency sign.
        ("echo $HOME; VISA$ is no sign", []),
        ("Costs $20 a month.", []),
    ])
    func namedDollars(text: String, codes: [String]) {
        #expect(Self.naming.named(in: Array(text.utf8)) == Set(codes))
    }

    @Test func theCorpusDollarIsTheOneOtherDollarNamed() {
        #expect(DollarNaming.corpusDollar(naming: ["AUD"]) == "AUD")
        #expect(DollarNaming.corpusDollar(naming: ["AUD", "USD"]) == nil)
        #expect(DollarNaming.corpusDollar(naming: ["AUD", "CAD"]) == nil)
        #expect(DollarNaming.corpusDollar(naming: []) == nil)
    }

    @Test(arguments: [
        ("<p>Our three clubs in Ontario charge 13% HST on $39.99 a month.</p>", [], ["CAD"]),
        ("Pickup anywhere in Auckland; $12 a bag.", [], ["NZD"]),
        // A place inside a longer word is no place ("Canadianisms" still reads "Canadian" as a word
        // only when it ends there); a place in lowercase is another word ("georgia font").
        ("Georgian wine, new york style, ontarios", [], []),
        ("Prices are in Canadian dollars for our Toronto studio.", ["CAD"], ["CAD"]),
    ])
    func placesNameTheirDollar(text: String, named: [String], placed: [String]) {
        let evidence = Self.naming.evidence(in: Array(text.utf8))
        #expect(evidence.named == Set(named))
        #expect(evidence.placed == Set(placed))
    }

    @Test func aPlaceDecidesOnlyWhenNoDollarIsNamedAndThePlacesAgree() {
        #expect(DollarNaming.corpusDollar(naming: [], placed: ["CAD"]) == "CAD")
        // A named dollar outweighs any place.
        #expect(DollarNaming.corpusDollar(naming: ["AUD"], placed: ["CAD"]) == "AUD")
        #expect(DollarNaming.corpusDollar(naming: ["USD"], placed: ["CAD"]) == nil)
        // Places of two dollars, or a US place, leave the bare "$" as it is.
        #expect(DollarNaming.corpusDollar(naming: [], placed: ["CAD", "USD"]) == nil)
        #expect(DollarNaming.corpusDollar(naming: [], placed: ["CAD", "AUD"]) == nil)
    }

    @Test func aLexiconWithADollarReadsTheBareSignAsIt() {
        let lexicon = Lexicon.standard.with(dollar: "AUD")
        #expect(lexicon.currencies["$"] == "AUD")
        #expect(lexicon.currencies["dollars"] == "AUD")
        #expect(lexicon.currencies["US$"] == "USD")
        #expect(lexicon.currencies["€"] == "EUR")
    }

    /// A symbol several currencies write ("kr") means the one of them the corpus names by its
    /// code beside an amount; named nowhere, or two of them named, it stays its own code.
    @Test func aSharedSymbolMeansTheOneOfItsCurrenciesNamed() {
        let evidence = Self.naming.evidence(in: Array("A family ticket is NOK 390; children pay kr 64.".utf8))
        #expect(evidence.shared == ["NOK"])
        // A code with no amount beside it names nothing ("the NOK column").
        #expect(Self.naming.evidence(in: Array("See the NOK column of the table.".utf8)).shared.isEmpty)
        #expect(DollarNaming.corpusMeaning(of: "kr", naming: ["NOK"]) == "NOK")
        #expect(DollarNaming.corpusMeaning(of: "kr", naming: ["NOK", "SEK"]) == nil)
        #expect(DollarNaming.corpusMeaning(of: "kr", naming: ["INR"]) == nil)
        #expect(Lexicon.standard.with(symbol: "kr", meaning: "NOK").currencies["kr"] == "NOK")
        #expect(Lexicon.standard.currencies["kr"] == "kr")
    }

    /// How a file writes its numbers: decimal commas and points between thousands before a decimal
    /// comma vote for points that group thousands; decimal points and thousands commas against.
    @Test(arguments: [
        ("R$ 1.150,00 a day; the lamp draws 1,8 kW.", true),
        ("€249,00 or €1.590,00", true),
        ("$4.50 a month, 1,750 members, version 3.12", false),
        // "1.400" alone says nothing, nor does "0.008" or a date.
        ("R$1.400 on 03.02.2025", false),
    ])
    func numberStyleVotes(text: String, pointGroups: Bool) {
        #expect((Self.naming.evidence(in: Array(text.utf8)).pointGroupsVotes > 0) == pointGroups)
    }
}
