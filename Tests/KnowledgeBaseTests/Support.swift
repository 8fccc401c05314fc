@testable import KBExport
@testable import KBCheck
@testable import KBClaims
@testable import KBIngest
@testable import KBSearch
@testable import KBModel
@testable import KBText
import Foundation
import TestSupport

enum Fixtures {
    static func bundledDocument() throws -> SourceDocument {
        try TextReader().read(Data(contentsOf: bundledCorpusURL), path: "Corpus/serverless-faq.txt")
    }

    static func records(_ lines: [String], path: String = "t.txt") -> [AnswerRecord] {
        lines.enumerated().map { AnswerRecord(text: $1, location: SourceLocation(path: path, line: $0 + 1)) }
    }
}

extension QuantityScanner {
    /// The claims kb records for `text` taken as one fact: the scanner's quantities, framed by the extractor.
    /// Names are weighed from the text itself, as an ingest batch weighs them from its answers.
    func claims(in text: String, topic: String = "", question: String? = nil) -> [NumericClaim] {
        let evidence = NameEvidence.evidence(in: [text], lexicon: .standard)
        let extractor = ClaimExtractor(lexicon: Lexicon.standard.with(names: evidence.names, capitalised: evidence.capitalised))
        return extractor.extract([FactInput(text: text)], topic: topic, question: question).first?.claims ?? []
    }
}
