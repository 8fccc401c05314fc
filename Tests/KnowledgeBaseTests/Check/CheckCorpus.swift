@testable import KBExport
@testable import KBCheck
@testable import KBClaims
@testable import KBIngest
@testable import KBSearch
@testable import KBModel
@testable import KBText
import Foundation

/// Small corpora for checker tests: one answer per line, run through the real ingest pipeline
/// (boilerplate, dedup, splitting, claims) without a database.
enum CheckCorpus {
    /// `questions`, when given, are the answers' questions, line by line.
    static func facts(_ lines: [String], path: String = "faq.txt", questions: [String?] = []) -> [CheckFact] {
        var records = Fixtures.records(lines, path: path)
        for index in records.indices where index < questions.count { records[index].question = questions[index] }
        let document = SourceDocument(path: path, records: records)
        let batch = IngestPipeline().prepare([document])
        var facts: [CheckFact] = []
        var clusters: [Int64: Int64] = [:]
        for (answerIndex, prepared) in batch.answers.enumerated() {
            let place = prepared.answer.occurrences.first ?? SourceLocation(path: path, line: 0)
            for (factIndex, fact) in prepared.facts.enumerated() {
                let cluster = clusters[fact.clusterHash] ?? Int64(clusters.count + 1)
                clusters[fact.clusterHash] = cluster
                let claims = factIndex < prepared.claims.count ? prepared.claims[factIndex] : []
                let supports = factIndex < prepared.supports.count ? prepared.supports[factIndex] : []
                facts.append(CheckFact(
                    id: Int64(facts.count + 1), answerID: Int64(answerIndex + 1), clusterID: cluster, text: fact.text,
                    lead: fact.lead, topic: prepared.answer.topic, question: prepared.answer.question, year: fact.year,
                    location: SourceLocation(path: place.path, line: place.line + fact.lineOffset, column: fact.start + 1),
                    claims: claims, supports: supports, start: fact.start))
            }
        }
        return facts
    }

    static func findings(_ lines: [String], kinds: Set<Finding.Kind> = Set(Finding.Kind.allCases), questions: [String?] = []) -> [Finding] {
        Checker(kinds: kinds).run(facts(lines, questions: questions))
    }

    /// Unrelated answers that pad a corpus, so that conflicts are found among ordinary text.
    static let filler = [
        "Object storage keeps files as objects in buckets; each object has a key and metadata.",
        "Queues decouple producers from consumers and smooth out bursts of traffic.",
    ]
}
