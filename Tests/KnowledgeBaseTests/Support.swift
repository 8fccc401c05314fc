import KBModel
import KBText
import Foundation
import TestSupport
@testable import KnowledgeBase

enum Fixtures {
    static func bundledDocument() throws -> SourceDocument {
        try TextReader().read(Data(contentsOf: bundledCorpusURL), path: "Corpus/serverless-faq.txt")
    }

    static func records(_ lines: [String], path: String = "t.txt") -> [AnswerRecord] {
        lines.enumerated().map { AnswerRecord(text: $1, location: SourceLocation(path: path, line: $0 + 1)) }
    }
}
