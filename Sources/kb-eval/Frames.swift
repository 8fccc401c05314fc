import Foundation
import KBCheck
import KBClaims
import KBModel
import KBText

/// `kb-eval frames [-t] TEXT...`: what the extractor reads in each text, one sentence a fact,
/// with name evidence gathered over all the texts as one ingest batch gathers it. For looking at
/// a misread sentence while working on the text layer; `-t` adds its tokens and noun phrases.
func showFrames(_ texts: [String], tokens showTokens: Bool) {
    let evidence = NameEvidence.evidence(in: texts, lexicon: .standard)
    let extractor = ClaimExtractor(lexicon: Lexicon.standard.with(names: evidence.names, capitalised: evidence.capitalised))
    for text in texts {
        print("== \(text)")
        let facts = sentences(text).map { FactInput(text: $0) }
        for (fact, frame) in zip(facts, extractor.extract(facts, topic: "", question: nil)) {
            if showTokens {
                let analysis = TextAnalysis(fact.text)
                print("   tokens: " + analysis.tokens.map { "\($0.text)[c\($0.clause)]" }.joined(separator: " "))
                print("   phrases: " + analysis.phrases.map { "[" + analysis.text(of: $0.range) + "]" }.joined(separator: " "))
            }
            for claim in frame.claims {
                let bounds = "\(claim.low.map { "\($0)" } ?? "-")..\(claim.high.map { "\($0)" } ?? "-")"
                print("   \(claim.surface) | \(bounds) \(claim.unit) \(claim.comparator.rawValue) \(claim.kind.rawValue) dim=\(claim.dimension.rawValue)"
                    + " | subject=\(claim.subject ?? "-") \(claim.subjectEvidence) metric=\(claim.metric ?? "-")"
                    + " q=\(claim.qualifiers.map { "\($0.kind.rawValue):\($0.key)" }) hedge=\(claim.hedge?.rawValue ?? "")"
                    + " role=\(claim.role?.rawValue ?? "") year=\(claim.year.map(String.init) ?? "")")
            }
            for mismatch in ArithmeticProbe.mismatches(fact.text, frame.claims) { print("   ARITH \(mismatch)") }
            for statement in frame.supports {
                print("   SUPPORT \(statement.polarity.rawValue)\(statement.closed ? " closed" : "") subject=\(statement.subject ?? "-")"
                    + " w=\(statement.subjectWeight) item=\(statement.item) key=\(statement.itemKey) v=\(statement.versions)"
                    + " phrase=\(statement.phrase) hedge=\(statement.hedge?.rawValue ?? "")")
            }
        }
    }
}

/// Sentences at ". ", "! " and "? " (ingest splits facts with its own splitter; this is enough
/// for looking at a few lines).
func sentences(_ text: String) -> [String] {
    var result: [String] = []
    var current = ""
    let characters = Array(text)
    for (index, character) in characters.enumerated() {
        current.append(character)
        let next = index + 1 < characters.count ? characters[index + 1] : " "
        if ".!?".contains(character), next == " " {
            let sentence = current.trimmingCharacters(in: .whitespaces)
            if sentence.count > 2 { result.append(sentence) }
            current = ""
        }
    }
    let rest = current.trimmingCharacters(in: .whitespaces)
    if !rest.isEmpty { result.append(rest) }
    return result
}
