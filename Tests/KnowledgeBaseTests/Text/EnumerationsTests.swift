@testable import KBText
import Testing

@Suite struct EnumerationsTests {
    /// The items of each enumeration of `text`, as written, with "closed" before a closed one.
    static func lists(_ text: String) -> [String] {
        let analysis = TextAnalysis(text)
        return Enumerations.find(in: analysis).map { enumeration in
            (enumeration.closed ? "closed: " : "") + enumeration.items.map { analysis.text(of: $0) }.joined(separator: " | ")
        }
    }

    @Test(arguments: [
        ("We install panels on tiled roofs, metal roofs and flat concrete roofs.", ["tiled roofs | metal roofs | flat concrete roofs"]),
        // A preposition repeated before an item belongs to the list's separator.
        ("You can top up at station machines, online, in the Connect app or at any Corner Mart store.",
         ["station machines | online | the Connect app | any Corner Mart store"]),
        // After the first conjunction only a bare conjunction goes on: the clause after ", and" is no item.
        ("We install on tiled roofs and metal roofs, and our surveyor checks the roof first.", ["tiled roofs | metal roofs"]),
        ("Payments are accepted by credit or debit card and e-check.", ["credit | debit card | e-check"]),
        // The verb the phrase finder took for a noun ends the first item's lead-in.
        ("The fee includes tuition and the placement test.", ["tuition | the placement test"]),
        // One phrase is no list; neither are phrases with a verb between them.
        ("Refunds take five days.", []),
        ("Cats travel in the cabin, dogs travel in the hold.", []),
        // An exclusive word after a comma opens a list of its own; a fronted place list stays whole.
        ("For security reasons, only the root and chrony users may open the socket.", ["closed: the root | chrony users"]),
        ("In Cork, Douglas and Ballincollig, pickup is free.", ["Cork | Douglas | Ballincollig"]),
    ])
    func enumerationsAreCoordinatedPhrases(text: String, expected: [String]) {
        #expect(Self.lists(text) == expected)
    }

    @Test(arguments: [
        ("Deposits are accepted by bank transfer or card only.", true),
        ("In-cabin pets are limited to cats and dogs; no other species are accepted.", true),
        ("Top-ups are accepted only at station machines, online and through the Connect app.", true),
        ("Basalt DB runs in three regions only: N. Virginia, Oregon and Frankfurt.", true),
        ("Pellion ships only within the EU: Germany, Austria and France.", true),
        ("The FAQ allows only a password or a client certificate.", true),
        // "only" before another phrase restricts that phrase, not the list.
        ("first_value, last_value, and nth_value consider only the rows within the frame.", false),
        ("Only admins can add Slack, Teams and Zoom.", false),
        ("Not only cats and dogs are welcome.", false),
        ("We accept cards and bank transfers.", false),
    ])
    func exclusiveWordsNextToAListCloseIt(text: String, closed: Bool) throws {
        let analysis = TextAnalysis(text)
        let enumeration = try #require(Enumerations.find(in: analysis).first)
        #expect(enumeration.closed == closed)
    }

    /// An initial ("N. Virginia") ends no sentence; a unit after a number does ("draws 10 W. The").
    @Test func initialsEndNoSentence() {
        let tokens = Tokenizer().tokens("Regions: N. Virginia and Oregon. In Auto mode it draws 10 W. The fan is quiet.")
        #expect(tokens.first { $0.text == "Virginia" }?.sentence == 0)
        #expect(tokens.first { $0.text == "In" }?.sentence == 1)
        #expect(tokens.first { $0.text == "fan" }?.sentence == 2)
    }
}
