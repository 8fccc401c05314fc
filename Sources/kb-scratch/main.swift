import KBCheck
import KBClaims
import KBModel
import KBText

var args = Array(CommandLine.arguments.dropFirst())
// Name evidence over all the lines given, as one ingest batch would gather it.
let evidence = NameEvidence.evidence(in: args.filter { $0 != "-t" }, lexicon: .standard)
let extractor = ClaimExtractor(lexicon: Lexicon.standard.with(names: evidence.names, capitalised: evidence.capitalised))
var showTokens = false
if args.first == "-t" { showTokens = true; args.removeFirst() }
for line in args {
    // Facts: sentences (scratch only; ingest uses the fact splitter).
    var facts: [FactInput] = []
    var current = ""
    let characters = Array(line)
    for (index, ch) in characters.enumerated() {
        current.append(ch)
        let next = index + 1 < characters.count ? characters[index + 1] : " "
        if (ch == "." || ch == "!" || ch == "?") && next == " " {
            if current.count > 2 { facts.append(FactInput(text: current.trimmingCharactersSpace())) }
            current = ""
        }
    }
    if !current.trimmingCharactersSpace().isEmpty { facts.append(FactInput(text: current.trimmingCharactersSpace())) }
    print("== \(line)")
    let frames = extractor.extract(facts, topic: "", question: nil)
    for (fact, frame) in zip(facts, frames) {
        if showTokens {
            let a = TextAnalysis(fact.text)
            print("   tokens: " + a.tokens.map { "\($0.text)[c\($0.clause)]" }.joined(separator: " "))
            print("   phrases: " + a.phrases.map { "[" + a.text(of: $0.range) + "]" }.joined(separator: " "))
        }
        for c in frame.claims {
            print("   \(c.surface) | \(c.low.map { "\($0)" } ?? "-")..\(c.high.map { "\($0)" } ?? "-") \(c.unit) \(c.comparator.rawValue) \(c.kind.rawValue) dim=\(c.dimension.rawValue) | subject=\(c.subject ?? "-") \(c.subjectEvidence) metric=\(c.metric ?? "-") q=\(c.qualifiers.map { "\($0.kind.rawValue):\($0.key)" }) hedge=\(c.hedge?.rawValue ?? "") role=\(c.role?.rawValue ?? "") year=\(c.year.map(String.init) ?? "")")
        }
        for m in ArithmeticProbe.mismatches(fact.text, frame.claims) { print("   ARITH \(m)") }
        for s in frame.supports {
            print("   SUPPORT \(s.polarity.rawValue)\(s.closed ? " closed" : "") subject=\(s.subject ?? "-") w=\(s.subjectWeight) item=\(s.item) key=\(s.itemKey) v=\(s.versions) phrase=\(s.phrase) q=\(s.qualifiers.map { $0.kind.rawValue }) hedge=\(s.hedge?.rawValue ?? "")")
        }
    }
}

extension String {
    func trimmingCharactersSpace() -> String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
