import Foundation
import KBEval
import KBClaims

/// kb-eval: scores kb against the labelled sets in Eval/ (see Eval/README.md).
///
///     kb-eval check [--kb PATH] [--verbose] SET...      planted conflicts, traps, claims
///     kb-eval search [--kb PATH] --pages DIR [--baseline FILE] [--verbose] QUERIES.jsonl
///     kb-eval frames [-t] TEXT...                       what the extractor reads in each text

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data(("kb-eval: " + message + "\n").utf8))
    exit(2)
}

func say(_ line: String = "") { print(line) }

func percent(_ value: Double) -> String { String(format: "%.2f", value) }

var arguments = Array(CommandLine.arguments.dropFirst())
guard let command = arguments.first else { fail("usage: kb-eval check|search ... (see Eval/README.md)") }
arguments.removeFirst()

@MainActor func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    let value = arguments[index + 1]
    arguments.removeSubrange(index...(index + 1))
    return value
}

@MainActor func flag(_ name: String) -> Bool {
    guard let index = arguments.firstIndex(of: name) else { return false }
    arguments.remove(at: index)
    return true
}

if command == "frames" {
    let showTokens = flag("-t")
    showFrames(arguments, tokens: showTokens)
    exit(0)
}

let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
let kbPath = option("--kb") ?? ".build/debug/kb"
let kb = URL(fileURLWithPath: kbPath, relativeTo: here).standardizedFileURL
let verbose = flag("--verbose")
guard FileManager.default.isExecutableFile(atPath: kb.path) else { fail("\(kb.path): no kb binary here; build it (swift build) or pass --kb PATH") }
let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("kb-eval-\(getpid())")
try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: scratch) }
var harness = Harness(kb: kb, scratch: scratch)
if let minimum = option("--min-confidence") { harness.checkArguments = ["--min-confidence", minimum] }
let calibrate = flag("--calibrate")

/// The set folders named: a folder with labels.json, or a folder of such folders.
func setFolders(_ paths: [String]) -> [URL] {
    paths.flatMap { path -> [URL] in
        let url = URL(fileURLWithPath: path, relativeTo: here).standardizedFileURL
        if FileManager.default.fileExists(atPath: url.appendingPathComponent("labels.json").path) { return [url] }
        let children = (try? FileManager.default.contentsOfDirectory(at: url, includingPropertiesForKeys: nil)) ?? []
        return children.filter { FileManager.default.fileExists(atPath: $0.appendingPathComponent("labels.json").path) }
            .sorted { $0.path < $1.path }
    }
}

switch command {
case "check":
    let sets = setFolders(arguments)
    guard !sets.isEmpty else { fail("no labelled set among \(arguments) (a set is a folder with corpus/ and labels.json)") }
    var totals = (conflicts: 0, found: 0, traps: 0, trapped: 0, findings: 0, real: 0, unlabelled: 0)
    var claimTotals = (labels: 0, matched: 0, valueRight: 0, reported: 0, subject: 0, metric: 0, both: 0)
    var kindTotals: [String: (Int, Int)] = [:]
    for set in sets {
        let name = set.lastPathComponent
        let labels: CheckLabels
        do {
            labels = try JSONDecoder().decode(CheckLabels.self, from: Data(contentsOf: set.appendingPathComponent("labels.json")))
        } catch {
            fail("\(set.path)/labels.json: \(error)")
        }
        let corpus: Harness.Corpus
        do {
            corpus = try harness.audit(set.appendingPathComponent("corpus"), name: name)
        } catch {
            fail("\(name): \(error)")
        }
        let score = CheckScore(set: name, labels: labels, findings: corpus.findings)
        let trappedCount = score.trapped.count
        say("== \(name): \(corpus.answers.count) answers, \(corpus.claims.count) claims, \(corpus.findings.count) findings")
        say("   check: planted \(score.conflicts.count), found \(score.found.count) (recall \(percent(score.recall))); "
            + "traps \(score.traps.count), reported \(trappedCount); findings real \(score.realFindings)/\(corpus.findings.count) "
            + "(strict precision \(percent(score.strictPrecision))), unlabelled \(score.unlabelled.count)")
        let byKind = score.recallByKind.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value.0)/\($0.value.1)" }.joined(separator: ", ")
        say("   by kind: \(byKind)")
        for (kind, value) in score.recallByKind {
            var entry = kindTotals[kind] ?? (0, 0)
            entry.0 += value.0
            entry.1 += value.1
            kindTotals[kind] = entry
        }
        if calibrate {
            // Each finding's confidence and verdict, for choosing the default threshold.
            let real = Set(score.found.values.flatMap { $0 }), trapped = Set(score.trapped.values.flatMap { $0 })
            for (index, finding) in corpus.findings.enumerated() {
                let verdict = trapped.contains(index) ? "TRAP" : real.contains(index) ? "real" : "unlabelled"
                say("   calibrate \(String(format: "%.3f", finding.confidence ?? 1)) \(verdict) [\(finding.kind)] \(finding.message.prefix(110))")
            }
        }
        if verbose {
            for conflict in score.conflicts where score.found[conflict.id] == nil {
                say("   missed \(conflict.id) [\(conflict.kind)] \(conflict.what)")
            }
            for trap in score.traps where score.trapped[trap.id] != nil {
                say("   trap reported \(trap.id): \(trap.why_not ?? "")")
            }
            for index in score.unlabelled {
                let finding = corpus.findings[index]
                say("   unlabelled [\(finding.kind)] \(finding.message)")
                for fact in finding.facts { say("       | \(fact.text.prefix(160))") }
            }
        }
        totals.conflicts += score.conflicts.count
        totals.found += score.found.count
        totals.traps += score.traps.count
        totals.trapped += trappedCount
        totals.findings += corpus.findings.count
        totals.real += score.realFindings
        totals.unlabelled += score.unlabelled.count

        let claimsURL = set.appendingPathComponent("claims.jsonl")
        if FileManager.default.fileExists(atPath: claimsURL.path) {
            let claimLabels: [ClaimLabel]
            do { claimLabels = try readJSONLines(ClaimLabel.self, from: claimsURL) } catch { fail("\(error)") }
            let claims = ClaimScore(set: name, labels: claimLabels, answers: corpus.answers, claims: corpus.claims, unitsAgree: UnitAgreement.agree)
            say("   claims: labels \(claims.labels), found \(claims.matched), value right \(claims.valueRight), extra \(claims.extra.count); "
                + "precision \(percent(claims.precision)), recall \(percent(claims.recall)), subject \(percent(claims.subject)), "
                + "metric \(percent(claims.metric)), both \(percent(claims.subjectAndMetric))")
            if verbose {
                for pair in claims.pairs where !(pair.valueRight && pair.subjectRight && pair.metricRight) {
                    let label = pair.label
                    let got = pair.claim.map { "\($0.surface) [\($0.low.map { "\($0)" } ?? "-"), \($0.high.map { "\($0)" } ?? "-")] \($0.unit ?? "") \($0.comparator) subject=\($0.subject ?? "-") metric=\($0.metric ?? "-")" } ?? "MISSING"
                    say("   claim \(label.surface) [\(label.low.map { "\($0)" } ?? "-"), \(label.high.map { "\($0)" } ?? "-")] \(label.unit) \(label.comparator) subject=\(label.subject) metric=\(label.metric)")
                    say("       got \(got)  value \(pair.valueRight ? "ok" : "WRONG") subject \(pair.subjectRight ? "ok" : "WRONG") metric \(pair.metricRight ? "ok" : "WRONG")")
                }
                for claim in claims.extra { say("   extra claim \(claim.surface) in “\(claim.fact.prefix(120))”") }
            }
            claimTotals.labels += claims.labels
            claimTotals.matched += claims.matched
            claimTotals.valueRight += claims.valueRight
            claimTotals.reported += claims.matched + claims.extra.count
            claimTotals.subject += claims.pairs.filter(\.subjectRight).count
            claimTotals.metric += claims.pairs.filter(\.metricRight).count
            claimTotals.both += claims.pairs.filter { $0.subjectRight && $0.metricRight }.count
        }
    }
    func ratio(_ a: Int, _ b: Int) -> String { b == 0 ? "n/a" : percent(Double(a) / Double(b)) }
    say("== total over \(sets.count) sets")
    say("   check: planted conflicts found \(totals.found)/\(totals.conflicts) (recall \(ratio(totals.found, totals.conflicts))); "
        + "traps reported \(totals.trapped)/\(totals.traps); findings real \(totals.real)/\(totals.findings) "
        + "(strict precision \(ratio(totals.real, totals.findings))); unlabelled \(totals.unlabelled)")
    say("   by kind: " + kindTotals.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value.0)/\($0.value.1)" }.joined(separator: ", "))
    if claimTotals.labels > 0 {
        say("   claims: precision \(ratio(claimTotals.valueRight, claimTotals.reported)), recall \(ratio(claimTotals.valueRight, claimTotals.labels)), "
            + "subject \(ratio(claimTotals.subject, claimTotals.labels)), metric \(ratio(claimTotals.metric, claimTotals.labels)), "
            + "subject and metric \(ratio(claimTotals.both, claimTotals.labels)) (\(claimTotals.labels) labels)")
    }
case "search":
    guard let pages = option("--pages") else { fail("search needs --pages DIR (the folder the queries' pages are relative to)") }
    let baseline = option("--baseline")
    guard let queries = arguments.first else { fail("search needs a queries .jsonl file") }
    let labels: [QueryLabel]
    do { labels = try readJSONLines(QueryLabel.self, from: URL(fileURLWithPath: queries, relativeTo: here)) } catch { fail("\(error)") }
    let folder = URL(fileURLWithPath: pages, relativeTo: here).standardizedFileURL
    let results: [String: [RankedAnswer]]
    do { results = try harness.search(labels, folder: folder, name: "search") } catch { fail("\(error)") }
    var columns: [(String, SearchScore)] = [("kb", SearchScore(labels: labels, results: results))]
    if let baseline {
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: baseline, relativeTo: here))
            let ranked = try JSONDecoder().decode([String: [RankedAnswer]].self, from: data)
            columns.append(("plain FTS5", SearchScore(labels: labels, results: ranked)))
        } catch {
            fail("\(baseline): \(error)")
        }
    }
    say("| queries | " + columns.map { "\($0.0) hit@1 / hit@3 / MRR" }.joined(separator: " | ") + " |")
    say("|---|" + columns.map { _ in "---:|" }.joined())
    for kind in [nil, "own", "other", "typo", "question"] as [String?] {
        let count = columns[0].1.figures(kind: kind).count
        guard count > 0 else { continue }
        let cells = columns.map { column -> String in
            let f = column.1.figures(kind: kind)
            return "\(percent(f.hit1)) / \(percent(f.hit3)) / \(percent(f.mrr))"
        }
        say("| \(kind ?? "all") (\(count)) | " + cells.joined(separator: " | ") + " |")
    }
    say("| no result at all | " + columns.map { "\($0.1.figures().empty)" }.joined(separator: " | ") + " |")
    if verbose {
        for row in columns[0].1.rows where row.rank != 1 {
            let top = (results[row.label.id] ?? []).first.map { "\($0.source) “\($0.question ?? "-")”" } ?? "nothing"
            say("   \(row.label.id) [\(row.label.kind)] “\(row.label.query)” rank \(row.rank.map(String.init) ?? "-"); first: \(top)")
        }
    }
case "pages":
    guard let folder = arguments.first else { fail("pages needs a folder with expected.json and the pages") }
    let url = URL(fileURLWithPath: folder, relativeTo: here).standardizedFileURL
    let labels: PageLabels
    let corpus: Harness.Corpus
    do {
        labels = try JSONDecoder().decode(PageLabels.self, from: Data(contentsOf: url.appendingPathComponent("expected.json")))
        corpus = try harness.audit(url, name: "pages")
    } catch {
        fail("\(error)")
    }
    let score = PageScore(labels: labels, answers: corpus.answers)
    let total = score.rows.count
    say("pages: questions found with their answers \(score.found)/\(total) (\(percent(Double(score.found) / Double(max(1, total))))); "
        + "chrome phrases indexed \(score.chrome.count); table-of-contents entries indexed as answers \(score.toc.count)")
    for page in labels.pages {
        let rows = score.rows.filter { $0.file == page.file }
        say("   \(page.file): \(rows.filter(\.found).count)/\(rows.count)")
    }
    if verbose {
        for row in score.rows where !row.found { say("   missed \(row.file): \(row.question)") }
        for (file, phrase) in score.chrome { say("   chrome indexed \(file): \(phrase)") }
        for (file, entry) in score.toc { say("   toc indexed \(file): \(entry)") }
        say("   reader messages: \(corpus.ingestMessages.split(separator: "\n").prefix(20).joined(separator: " | "))")
    }
case "neardup":
    guard let folder = arguments.first else { fail("neardup needs a folder with pairs.json and corpus/") }
    let url = URL(fileURLWithPath: folder, relativeTo: here).standardizedFileURL
    let labels: NearDuplicateLabels
    let corpus: Harness.Corpus
    do {
        labels = try JSONDecoder().decode(NearDuplicateLabels.self, from: Data(contentsOf: url.appendingPathComponent("pairs.json")))
        corpus = try harness.audit(url.appendingPathComponent("corpus"), name: "neardup")
    } catch {
        fail("\(error)")
    }
    let score = NearDuplicateScore(labels: labels, answers: corpus.answers)
    say("near-duplicates: merged \(score.merged.count)/\(labels.near_duplicates.count); look-alikes merged \(score.lookalikesMerged.count)/\(labels.lookalikes.count); "
        + "exact duplicates merged \(score.exactMerged)/\(score.exactTotal); answers \(corpus.answers.count)")
    if verbose {
        say("   missed: \(score.missed.joined(separator: " "))")
        say("   look-alikes merged: \(score.lookalikesMerged.joined(separator: " "))")
    }
default:
    fail("unknown command '\(command)' (check, search, pages, neardup)")
}
