@testable import KBText
import Foundation
import TestSupport
import Testing

/// The stemmer's fast path on ASCII bytes gives what its String-based rules give, for every word.
@Suite struct StemmerTests {
    @Test(arguments: [("uploads", "upload"), ("versioning", "version"), ("charges", "charg"), ("charged", "charg"),
                      ("policies", "polici"), ("policy", "polici"), ("transferred", "transfer"), ("shipped", "ship"),
                      ("Customer's", "custom"), ("bus", "bus"), ("menus", "menus"), ("API", "api"), ("copy", "copy"),
                      // The plural of a three-letter noun meets its singular; a vowel or an "s" before
                      // the final "s" keeps it ("this", "thus", "uses", "does").
                      ("tubs", "tub"), ("days", "day"), ("pets", "pet"), ("this", "this"), ("thus", "thus"), ("uses", "uses"), ("does", "does")])
    func knownStems(word: String, stem: String) {
        #expect(Stemmer.stem(word) == stem)
    }

    @Test func asciiPathAgreesWithTheStringRules() throws {
        // Every word of the bundled corpus, and words made to reach each rule.
        let corpus = try String(contentsOf: bundledCorpusURL, encoding: .utf8)
        var words = Set(corpus.split(whereSeparator: { !$0.isLetter && $0 != "'" }).map(String.init))
        words.formUnion(["ies", "flies", "abcies", "runnning", "stopped", "fizzer", "calls", "ss", "s", "", "'s", "Bus's", "VERSIONS",
                         "ations", "nations", "statements", "kings", "rollers", "pills", "added", "agreed", "plays", "copies", "copy",
                         "tubs", "days", "dogs", "this", "thus", "uses", "does", "pros", "Huts"])
        var checked = 0
        for word in words where word.utf8.allSatisfy({ $0 < 0x80 }) {
            #expect(Stemmer.asciiStem(word) == Stemmer.unicodeStem(word), "\(word)")
            checked += 1
        }
        #expect(checked > 1000)
        #expect(Stemmer.asciiStem("café") == nil)
    }
}
