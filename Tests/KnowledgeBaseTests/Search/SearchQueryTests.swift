@testable import KBExport
@testable import KBCheck
@testable import KBClaims
@testable import KBIngest
@testable import KBSearch
@testable import KBModel
@testable import KBText
import Testing
import TestSupport

@Suite struct SearchTermsTests {
    @Test(arguments: [
        ("C#", ["csharp"]),
        ("C++", ["cplusplus"]),
        ("Node.js", ["nodedotjs"]),
        (".NET", ["dotnet"]),
        ("$LATEST", ["dollarlatest"]),
        ("3.12+", ["3dot12plus", "3dot12"]),
        ("0.5ms", ["0dot5ms", "0dot5"]),
        ("v2.170+", ["v2dot170plus", "v2dot170"]),
        ("Python", []),
        ("512MB", []),
    ])
    func spellings(written: String, spelled: [String]) {
        let tokens = SearchTerms.tokens(in: written)
        #expect(tokens.count == 1)
        #expect(tokens.first?.spellings == spelled)
    }

    @Test func sentencePunctuationIsNotPartOfATerm() {
        let tokens = SearchTerms.tokens(in: "Supports .NET 8, Node.js. And C#; (Python 3.12).")
        #expect(tokens.map(\.raw) == [ "Supports", ".NET", "8", "Node.js", "And", "C#", "Python", "3.12"])
    }

    @Test func rangesPointAtTheTerm() {
        let text = "Ünï supports C# now"
        let token = SearchTerms.tokens(in: text).first { $0.raw == "C#" }
        #expect(token?.range == 13..<15)
    }

    @Test func storedTermsAreUniqueAndPlain() {
        #expect(SearchTerms.spelledTerms(in: "C# and C# with Node.js 20") == "csharp nodedotjs")
        // A hyphenated compound of words is also its joined word; numbers joined by a dash are not words.
        #expect(SearchTerms.spelledTerms(in: "re-use the Wi-Fi for 3-5 days") == "redashuse reuse widashfi wifi 3dash5")
    }
}

@Suite struct SearchQueryTests {
    @Test(arguments: [
        ("SnapStart runtimes", #""snapstart" AND "runtimes"*"#),
        ("C#", #""csharp"*"#),
        ("Node.js 20", #"("nodedotjs" OR "node js") AND "20"*"#),
        ("python 3.12", #""python" AND ("3dot12"* OR "3 12"*)"#),
        ("$LATEST", #""dollarlatest"*"#),
        ("AND OR NOT NEAR", #""and" AND "or" AND "not" AND "near"*"#),
        ("\"cold start\" java", #""cold start" AND "java"*"#),
        ("\"unbalanced quote", #""unbalanced" AND "quote"*"#),
        ("512MB", #"("512mb"* OR "512 mb"*)"#),
        ("foo:bar", #""foo" AND "bar"*"#),
        ("(a OR b", #""a" AND "or" AND "b"*"#),
    ])
    func matchExpressions(typed: String, expression: String) throws {
        #expect(try SearchQuery.parse(typed).matchExpression == expression)
    }

    @Test(arguments: ["*", "-", "   ", "\"\"", "()", "::"])
    func nothingToSearchFor(typed: String) {
        #expect(throws: SearchQueryError.noSearchableWords(query: typed)) { try SearchQuery.parse(typed) }
    }

    @Test func technicalSpellingsAreKeptForHighlighting() throws {
        #expect(try SearchQuery.parse("C# on .NET 8").technicalSpellings == ["csharp", "dotnet"])
    }

    /// Whatever is typed, every quoted string in the expression is balanced and holds no quote.
    @Test func anyTextGivesABalancedExpression() {
        var generator = SeededGenerator(seed: 99)
        let alphabet = Array("aZ9 #$.+-*:()\"'^{}NEAR AND OR NOT\\/é€\u{200B}\u{202E}")
        for _ in 0..<2000 {
            let typed = String((0..<Int.random(in: 0...24, using: &generator)).map { _ in alphabet.randomElement(using: &generator) ?? " " })
            guard let query = try? SearchQuery.parse(typed) else { continue }
            #expect(query.matchExpression.filter { $0 == "\"" }.count % 2 == 0, "\(typed)")
        }
    }
}

@Suite struct HighlighterTests {
    @Test func sqliteMarksAndTechnicalTermsAreMerged() {
        let marked = "Choose \u{2}C\u{3}# if: .NET team"
        let text = Highlighter.highlight(marked: marked, spellings: ["csharp"])
        #expect(text.rendered(open: "[", close: "]") == "Choose [C#] if: .NET team")
    }

    @Test func longFactsAreCutAroundTheFirstMatch() {
        let filler = String(repeating: "word ", count: 80)
        let text = Highlighter.highlight(marked: filler + "\u{2}needle\u{3} " + filler, spellings: [], maxLength: 60)
        let rendered = text.rendered(open: "[", close: "]")
        #expect(rendered.hasPrefix("…"))
        #expect(rendered.hasSuffix("…"))
        #expect(rendered.contains("[needle]"))
        #expect(text.plain.count < 80)
    }

    /// A typo is corrected to the nearest word the index holds; in a short word only a swap, a
    /// dropped or a doubled letter is a slip ("came" is no typo of "case").
    @Test func shortWordsAreCorrectedOnlyForSwapsAndDroppedLetters() {
        let vocabulary = [("case", 40), ("zsh", 12), ("sql", 30), ("python", 25)]
        #expect(Spelling.best(for: "came", among: vocabulary) == nil)
        #expect(Spelling.best(for: "zhs", among: vocabulary) == "zsh")
        #expect(Spelling.best(for: "sqll", among: vocabulary) == "sql")
        #expect(Spelling.best(for: "pyhton", among: vocabulary) == "python")
    }

    /// A tie between two corrections goes the same way whatever order the candidates come in: to
    /// the one that keeps the typed first letter, then the more common, then the first.
    @Test func tiesBetweenCorrectionsAreBrokenTheSameWay() {
        #expect(Spelling.best(for: "vim", among: [("im", 3), ("vi", 3)]) == "vi")
        #expect(Spelling.best(for: "vim", among: [("vi", 3), ("im", 3)]) == "vi")
        #expect(Spelling.best(for: "lsoff", among: [("lsofx", 2), ("lsofa", 2)]) == "lsofa")
        #expect(Spelling.best(for: "lsoff", among: [("lsofa", 2), ("lsofx", 2)]) == "lsofa")
    }

    /// A possessive "'s" is no word of a query.
    @Test func possessivesAreNoQueryWords() throws {
        #expect(try SearchQuery.parse("valgrind's error messages").terms.map(\.word) == ["valgrind", "error", "messages"])
    }
}
