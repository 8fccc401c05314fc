@testable import KBExport
@testable import KBCheck
@testable import KBClaims
@testable import KBIngest
@testable import KBSearch
@testable import KBModel
@testable import KBText
import Foundation
import Testing
import TestSupport

/// End-to-end tests of `kb check`: the built binary on the bundled corpus and on small corpora
/// written by the tests, in every output format, with its exit statuses, filters and baselines.
@Suite struct CheckCLITests {
    static let kinds: Set<String> = ["list", "polarity", "numeric", "arithmetic", "stale"]
    static let severities: Set<String> = ["error", "warning", "note"]
    static let findingKeys: Set<String> = ["id", "kind", "severity", "subject", "attribute", "message", "facts", "values"]
    static let factKeys: Set<String> = ["fact_id", "text", "source", "line", "column"]
    static let corpusPath = "Corpus/serverless-faq.txt"

    /// A small corpus, one answer per line, whose first and fourth answers disagree about Python.
    static let acmeLines = [
        "Acme Cloud supports: (1) Java 17 and later, (2) Python 3.11 and later, (3) Go 1.21.",
        "Acme Queue retains messages for 14 days by default.",
        "Acme Storage buckets are encrypted at rest with AES-256.",
        "Acme Cloud runtimes are limited: Not supported: Python, Ruby.",
    ]

    /// Answers that agree with each other and with the Acme answers.
    static let unrelatedLines = [
        "Acme Billing sends invoices on the first business day of each month.",
        "Acme Support answers tickets within one business day on the standard plan.",
    ]

    // MARK: Helpers

    /// `kb check --format json` (plus `arguments`), parsed.
    struct JSONReport {
        var status: Int32
        var stderr: String
        var object: [String: Any]
        var findings: [[String: Any]]
        var summary: [String: Any]

        var ids: [String] { findings.compactMap { $0["id"] as? String } }
        var kinds: [String] { findings.compactMap { $0["kind"] as? String } }
        var severities: [String] { findings.compactMap { $0["severity"] as? String } }
        var subjects: [String] { findings.compactMap { $0["subject"] as? String } }

        func facts(_ finding: [String: Any]) -> [[String: Any]] { finding["facts"] as? [[String: Any]] ?? [] }
    }

    static func json(_ project: Project, _ arguments: [String] = []) throws -> JSONReport {
        let output = try project.run(["check", "--format", "json"] + arguments)
        let object = try #require(KB.json(output.stdout), "kb check --format json printed no JSON object: \(output.stdout) \(output.stderr)")
        let findings = try #require(object["findings"] as? [[String: Any]], "no findings array: \(output.stdout)")
        let summary = try #require(object["summary"] as? [String: Any], "no summary object: \(output.stdout)")
        return JSONReport(status: output.status, stderr: output.stderr, object: object, findings: findings, summary: summary)
    }

    /// A project holding only `Corpus/acme.txt` with `lines`, indexed into `acme.sqlite`.
    static func acmeProject(_ lines: [String]) throws -> Project {
        let project = try Project(withCorpus: false)
        try project.write("Corpus/acme.txt", lines.joined(separator: "\n") + "\n")
        let ingest = try project.run(["ingest", "--db", "acme.sqlite", "Corpus"])
        #expect(ingest.status == 0, "ingest failed: \(ingest.stderr)")
        return project
    }

    /// The text report's findings: each header line (`  error [kind] message`) with the indented
    /// lines under it (locations, quoted facts, values, id).
    static func textBlocks(_ text: String) -> [(header: String, lines: [String])] {
        var blocks: [(header: String, lines: [String])] = []
        var open = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("    "), open {
                blocks[blocks.count - 1].lines.append(line)
            } else if line.hasPrefix("  "), !line.hasPrefix("   ") {
                blocks.append((line, []))
                open = true
            } else {
                open = false
            }
        }
        return blocks
    }

    /// Runs `python3 ARGUMENTS...` in the repository.
    static func python(_ arguments: [String]) throws -> KB.Output {
        try KB.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3"] + arguments, in: repositoryRoot)
    }

    static func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    // MARK: 1. Text

    @Test func textReportOnTheBundledCorpus() throws {
        let project = try Project()
        let output = try project.run(["check"])
        #expect(output.status == 1, "findings at warning or above must exit 1: \(output.stderr)")
        #expect(!output.stdout.contains("\u{1B}"), "no terminal escapes when stdout is not a terminal")

        let blocks = Self.textBlocks(output.stdout)
        #expect(!blocks.isEmpty)
        for block in blocks {
            #expect(block.header.wholeMatch(of: #/  (error|warning|note) \[(list|polarity|numeric|arithmetic|stale)\] .+/#) != nil, "\(block.header)")
            #expect(block.lines.contains { $0.wholeMatch(of: #/    id: [0-9a-f]+/#) != nil }, "no id line under \(block.header)")
            #expect(block.lines.contains { $0.hasPrefix("    values: ") }, "no values line under \(block.header)")
        }

        // SnapStart: Python is listed as supported on line 1, and denied or left out on lines 19 and 7.
        let python = try #require(blocks.first { $0.header.contains("[list]") && $0.header.contains("Python") && $0.header.contains("SnapStart") },
                                  "no list finding about SnapStart and Python in:\n\(output.stdout)")
        #expect(python.lines.contains { $0.hasPrefix("    \(Self.corpusPath):1:") && $0.contains("Python 3.12 and later") },
                "\(python.lines)")
        #expect(python.lines.contains { $0.hasPrefix("    \(Self.corpusPath):19:") && $0.contains("excludes: Python") }, "\(python.lines)")
        #expect(python.lines.contains { $0.hasPrefix("      \u{201C}") && $0.contains("Not supported: Node.js, Python") }, "\(python.lines)")
        #expect(python.lines.contains { $0.hasPrefix("    \(Self.corpusPath):7:") && $0.contains("Java only") }, "\(python.lines)")
        // The quoted fact follows its location.
        #expect(python.lines.contains { $0.hasPrefix("      \u{201C}") && $0.contains("Python 3.12 and later") })

        let arithmetic = blocks.filter { $0.header.contains("[arithmetic]") }
        #expect(arithmetic.contains { $0.header.contains("$5.40/day") }, "no arithmetic finding about $5.40/day: \(arithmetic.map(\.header))")
        #expect(blocks.contains { $0.header.contains("[numeric]") }, "no numeric finding")

        // The closing summary counts the findings shown.
        let last = try #require(output.stdout.split(separator: "\n").last.map(String.init))
        let summary = try #require(last.wholeMatch(of: #/(\d+) findings?: (\d+) error, (\d+) warning, (\d+) note/#), "summary line: \(last)")
        #expect(Int(summary.1) == blocks.count)
        #expect(Int(summary.2)! + Int(summary.3)! + Int(summary.4)! == blocks.count)
        #expect(Int(summary.2) == blocks.filter { $0.header.hasPrefix("  error ") }.count)
        #expect(Int(summary.3) == blocks.filter { $0.header.hasPrefix("  warning ") }.count)
        #expect(Int(summary.4) == blocks.filter { $0.header.hasPrefix("  note ") }.count)

        // The text and JSON reports show the same findings in the same order.
        let json = try Self.json(project)
        let textIDs = blocks.compactMap { block in block.lines.first { $0.hasPrefix("    id: ") }.map { String($0.dropFirst("    id: ".count)) } }
        #expect(textIDs == json.ids)
    }

    // MARK: 2. JSON

    @Test func jsonReportHasTheContractShape() throws {
        let project = try Project()
        let report = try Self.json(project)
        #expect(report.status == 1)
        #expect(Set(report.object.keys) == ["findings", "summary"])
        #expect(!report.findings.isEmpty)

        let corpus = try String(contentsOf: project.url.appendingPathComponent(Self.corpusPath), encoding: .utf8)
        let corpusLines = Self.lines(corpus)
        var factTexts: [Int: String] = [:]
        for finding in report.findings {
            #expect(Self.findingKeys.isSubset(of: Set(finding.keys)), "missing keys in \(finding.keys.sorted())")
            #expect((finding["id"] as? String)?.isEmpty == false)
            #expect(Self.kinds.contains(finding["kind"] as? String ?? ""), "kind \(finding["kind"] ?? "nil")")
            #expect(Self.severities.contains(finding["severity"] as? String ?? ""), "severity \(finding["severity"] ?? "nil")")
            #expect((finding["subject"] as? String)?.isEmpty == false)
            #expect(finding["attribute"] is String)
            #expect((finding["message"] as? String)?.isEmpty == false)
            let values = try #require(finding["values"] as? [Any])
            #expect(values.allSatisfy { $0 is String })
            #expect(!values.isEmpty)
            let facts = report.facts(finding)
            #expect(!facts.isEmpty, "a finding without facts: \(finding)")
            for fact in facts {
                #expect(Self.factKeys.isSubset(of: Set(fact.keys)), "missing keys in \(fact.keys.sorted())")
                let factID = try #require(fact["fact_id"] as? Int, "fact_id is not an integer: \(fact)")
                let text = try #require(fact["text"] as? String)
                #expect(!text.isEmpty)
                #expect(!text.hasSuffix("…") && !text.hasSuffix("..."), "fact text looks truncated: \(text)")
                factTexts[factID] = text
                #expect(fact["source"] as? String == Self.corpusPath)
                let line = try #require(fact["line"] as? Int)
                let column = try #require(fact["column"] as? Int)
                #expect(line >= 1 && column >= 1, "line \(line) column \(column)")
                // The location is inside the corpus file.
                #expect(line <= corpusLines.count, "line \(line) past the end of the corpus")
                if line <= corpusLines.count {
                    #expect(column <= corpusLines[line - 1].unicodeScalars.count, "column \(column) past the end of line \(line)")
                }
            }
        }

        // The fact text is the whole fact, as search shows it.
        let search = try project.run(["search", "--json", "--limit", "20", "SnapStart Python"])
        let results = try #require(KB.json(search.stdout)?["results"] as? [[String: Any]])
        var compared = 0
        for result in results {
            guard let id = result["fact_id"] as? Int, let text = factTexts[id] else { continue }
            #expect(result["text"] as? String == text, "fact \(id)")
            compared += 1
        }
        #expect(compared >= 2, "search for SnapStart Python found none of the checked facts")

        // The summary counts findings per severity.
        #expect(Set(report.summary.keys) == Self.severities)
        for severity in Self.severities {
            #expect(report.summary[severity] as? Int == report.severities.filter { $0 == severity }.count, "\(severity)")
        }
        #expect((report.summary["error"] as? Int ?? 0) > 0)
    }

    // MARK: 3. SARIF

    /// Whether `python3 -c "import jsonschema"` succeeds: the schema test needs the package.
    /// CI installs it (.ci/run: python3-jsonschema), so there the test always runs.
    static var hasJSONSchema: Bool { (try? python(["-c", "import jsonschema"]))?.status == 0 }

    @Test(.enabled(if: hasJSONSchema, """
        python3 has no jsonschema package, which validating SARIF against the official schema needs: \
        install it with `apt-get install python3-jsonschema` or `pip install jsonschema`
        """))
    func sarifValidatesAgainstTheOfficialSchema() throws {
        let project = try Project()
        let output = try project.run(["check", "--format", "sarif"])
        #expect(output.status == 1)
        try project.write("kb.sarif", output.stdout)

        let schema = repositoryRoot.appendingPathComponent("Tests/kbTests/Fixtures/sarif-schema-2.1.0.json")
        #expect(FileManager.default.fileExists(atPath: schema.path), "the SARIF schema fixture is missing: \(schema.path)")
        let validation = try Self.python(["Scripts/validate_sarif.py", schema.path, project.url.appendingPathComponent("kb.sarif").path])
        #expect(validation.status == 0, "SARIF does not validate:\n\(validation.stdout)\(validation.stderr)")
    }

    /// The rules' texts are prose as a reader sees it: no line continuation left over from a Swift
    /// multi-line string literal (a backslash before a newline, or at the end of a line), and every
    /// rule has help.
    @Test func sarifRuleTextsHaveNoStrayBackslashes() throws {
        let project = try Project()
        let output = try project.run(["check", "--format", "sarif"])
        let log = try #require(KB.json(output.stdout), "not JSON: \(output.stdout) \(output.stderr)")
        let run = try #require((log["runs"] as? [[String: Any]])?.first, "no run: \(output.stdout)")
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(!rules.isEmpty)
        for rule in rules {
            let id = rule["id"] as? String ?? "?"
            let help = (rule["help"] as? [String: Any])?["text"] as? String
            #expect(help?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == false, "rule \(id) has no help text")
            let texts = [("fullDescription", (rule["fullDescription"] as? [String: Any])?["text"] as? String), ("help", help)]
            for case let (field, text?) in texts {
                #expect(!text.contains("\\\n"), "rule \(id): \(field).text has a backslash before a newline: \(text)")
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                for line in lines where line.trimmingCharacters(in: .whitespaces).hasSuffix("\\") {
                    #expect(Bool(false), "rule \(id): \(field).text has a line ending in a backslash: \(line)")
                }
            }
        }
    }

    @Test func sarifHasOneRunWithRulesAndLocatedResults() throws {
        let project = try Project()
        let output = try project.run(["check", "--format", "sarif"])
        let log = try #require(KB.json(output.stdout), "not JSON: \(output.stdout)")
        #expect(log["version"] as? String == "2.1.0")
        let runs = try #require(log["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let run = try #require(runs.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "kb")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.count == Self.kinds.count)
        let ruleIDs = rules.compactMap { $0["id"] as? String }
        #expect(Set(ruleIDs) == Self.kinds)
        for rule in rules {
            let help = (rule["help"] as? [String: Any])?["text"] as? String
            #expect(help?.isEmpty == false, "rule \(rule["id"] ?? "?") has no help text")
        }

        let json = try Self.json(project)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == json.findings.count)
        for (result, finding) in zip(results, json.findings) {
            let ruleID = try #require(result["ruleId"] as? String)
            #expect(ruleID == finding["kind"] as? String)
            if let index = result["ruleIndex"] as? Int {
                #expect(ruleIDs.indices.contains(index) && ruleIDs[index] == ruleID, "ruleIndex \(index) for \(ruleID)")
            }
            #expect(result["level"] as? String == finding["severity"] as? String)
            #expect(((result["message"] as? [String: Any])?["text"] as? String)?.isEmpty == false)
            let location = try #require((result["locations"] as? [[String: Any]])?.first, "result without locations: \(result)")
            let physical = try #require(location["physicalLocation"] as? [String: Any])
            let uri = (physical["artifactLocation"] as? [String: Any])?["uri"] as? String
            #expect(uri == Self.corpusPath)
            let startLine = try #require((physical["region"] as? [String: Any])?["startLine"] as? Int)
            #expect(startLine >= 1)
            #expect(startLine == json.facts(finding).first?["line"] as? Int)
            let fingerprints = try #require(result["partialFingerprints"] as? [String: String])
            #expect(!fingerprints.isEmpty)
            #expect(fingerprints.values.contains(finding["id"] as? String ?? "-"))
            let factCount = json.facts(finding).count
            let related = result["relatedLocations"] as? [[String: Any]] ?? []
            if factCount > 1 {
                #expect(related.count == factCount - 1, "\(ruleID): \(factCount) facts, \(related.count) related locations")
                for location in related {
                    #expect(((location["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any])?["uri"] as? String == Self.corpusPath)
                }
            } else {
                #expect(related.isEmpty)
            }
        }
    }

    // MARK: 4. GitHub Actions

    @Test func githubFormatIsOneWorkflowCommandPerFinding() throws {
        let project = try Project()
        let output = try project.run(["check", "--format", "github"])
        #expect(output.status == 1)
        #expect(output.stdout.hasSuffix("\n"))
        let lines = output.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        let json = try Self.json(project)
        #expect(lines.count == json.findings.count)
        var commands: [String] = []
        for line in lines {
            let match = line.wholeMatch(of: #/::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,title=[^:]*::.+/#)
            #expect(match != nil, "not a workflow command: \(line)")
            if let match { commands.append(String(match.1)) }
        }
        let expected = json.severities.map { $0 == "note" ? "notice" : $0 }
        #expect(commands == expected)
    }

    // MARK: 5. Exit status

    @Test func failLevelDecidesTheExitStatus() throws {
        let project = try Project()
        #expect(try project.run(["check", "--fail-level", "error"]).status == 1, "the bundled corpus has errors")
        // Only the note (a percentage that does not match its before/after figures): below the default fail level.
        let notes = try Self.json(project, ["--min-severity", "note", "--kind", "arithmetic", "--subject", "SnapStart"])
        try #require(!notes.findings.isEmpty && notes.severities.allSatisfy { $0 == "note" },
                     "expected only notes for arithmetic on SnapStart, got \(notes.severities)")
        #expect(notes.status == 0)
        #expect(try project.run(["check", "--kind", "arithmetic", "--subject", "SnapStart", "--fail-level", "note"]).status == 1)
        #expect(try project.run(["check", "--kind", "arithmetic", "--subject", "SnapStart", "--fail-level", "error"]).status == 0)
    }

    @Test func aCorpusWithoutConflictsExitsZero() throws {
        let project = try Project(withCorpus: false)
        try project.write("notes/ok.txt", (Self.unrelatedLines + Array(Self.acmeLines[1...2])).joined(separator: "\n") + "\n")
        let ingest = try project.run(["ingest", "--db", "ok.sqlite", "notes"])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let text = try project.run(["check", "--db", "ok.sqlite"])
        #expect(text.status == 0, "\(text.stdout)\(text.stderr)")
        #expect(text.stdout == "0 findings: 0 error, 0 warning, 0 note\n")
        let json = try Self.json(project, ["--db", "ok.sqlite"])
        #expect(json.status == 0)
        #expect(json.findings.isEmpty)
        #expect(json.summary["error"] as? Int == 0 && json.summary["warning"] as? Int == 0 && json.summary["note"] as? Int == 0)
        let github = try project.run(["check", "--db", "ok.sqlite", "--format", "github"])
        #expect(github.status == 0)
        #expect(github.stdout.isEmpty)
    }

    @Test func unknownKindIsAOneLineUsageError() throws {
        let project = try Project()
        let output = try project.run(["check", "--kind", "bogus"])
        #expect(output.status == 2)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr.hasPrefix("kb: "), "\(output.stderr)")
        #expect(output.stderr.contains("bogus"), "\(output.stderr)")
        #expect(output.stderr.hasSuffix("\n") && output.stderr.filter { $0 == "\n" }.count == 1,
                "the README promises one-line errors; stderr was:\n\(output.stderr)")
    }

    @Test func missingOrMalformedBaselineIsAnErrorNamingThePath() throws {
        let project = try Project()
        // Build the default index first, so stderr holds only the error, not the first-use notice.
        #expect(try project.run(["ingest"]).status == 0)
        let missing = try project.run(["check", "--baseline", "/nonexistent"])
        #expect(missing.status == 2)
        #expect(missing.stdout.isEmpty)
        #expect(missing.stderr.hasPrefix("kb: /nonexistent"), "\(missing.stderr)")
        #expect(missing.stderr.filter { $0 == "\n" }.count == 1, "\(missing.stderr)")

        try project.write("not-a-baseline.json", "this is not JSON\n")
        let malformed = try project.run(["check", "--baseline", "not-a-baseline.json"])
        #expect(malformed.status == 2)
        #expect(malformed.stderr.hasPrefix("kb: not-a-baseline.json"), "\(malformed.stderr)")
        #expect(malformed.stderr.filter { $0 == "\n" }.count == 1, "\(malformed.stderr)")
    }

    // MARK: 6. Baseline

    @Test func baselineRoundTripHidesEveryAcceptedFinding() throws {
        let project = try Project()
        let all = try Self.json(project)
        #expect(!all.findings.isEmpty)

        let write = try project.run(["check", "--write-baseline", "baseline.json"])
        #expect(write.status == 1, "writing a baseline still reports the findings")
        let data = try Data(contentsOf: project.url.appendingPathComponent("baseline.json"))
        let file = try #require((try? JSONSerialization.jsonObject(with: data)) as? [String: Any], "the baseline is not a JSON object")
        let entries = try #require(file["fingerprints"] as? [[String: Any]], "no fingerprints array in \(file)")
        let ids = entries.compactMap { $0["id"] as? String }
        #expect(ids.count == entries.count)
        #expect(ids == ids.sorted(), "fingerprints are not sorted by id: \(ids)")
        #expect(Set(ids) == Set(all.ids))
        for entry in entries {
            #expect(Self.kinds.contains(entry["kind"] as? String ?? ""))
            #expect(entry["subject"] is String && entry["attribute"] is String)
        }

        let text = try project.run(["check", "--baseline", "baseline.json"])
        #expect(text.status == 0, "\(text.stdout)\(text.stderr)")
        #expect(text.stdout == "0 findings: 0 error, 0 warning, 0 note\n")
        let json = try Self.json(project, ["--baseline", "baseline.json"])
        #expect(json.status == 0)
        #expect(json.findings.isEmpty)
        #expect(Self.severities.allSatisfy { json.summary[$0] as? Int == 0 })

        // Dropping one entry from the baseline brings back exactly that finding.
        let dropped = try #require(entries.first)
        var partial = file
        partial["fingerprints"] = Array(entries.dropFirst())
        try JSONSerialization.data(withJSONObject: partial).write(to: project.url.appendingPathComponent("partial.json"))
        let back = try Self.json(project, ["--baseline", "partial.json"])
        #expect(back.ids == [dropped["id"] as? String].compactMap { $0 })
    }

    // MARK: 7. Fingerprints

    @Test func fingerprintsSurviveLineMoves() throws {
        let before = try Self.acmeProject(Self.acmeLines)
        let after = try Self.acmeProject(Self.unrelatedLines + Self.acmeLines)
        let first = try Self.json(before, ["--db", "acme.sqlite"])
        let second = try Self.json(after, ["--db", "acme.sqlite"])

        // The corpus holds a real conflict: Python supported, and not supported.
        #expect(first.status == 1)
        let conflict = try #require(first.findings.first { ($0["kind"] as? String) == "list" && ($0["subject"] as? String)?.contains("Acme Cloud") == true },
                                    "no list finding about Acme Cloud: \(first.findings)")
        #expect((conflict["message"] as? String)?.contains("Python") == true)
        #expect(Set(first.facts(conflict).compactMap { $0["line"] as? Int }) == [1, 4])

        #expect(!first.ids.isEmpty)
        #expect(first.ids == second.ids, "fingerprints changed when lines moved")
        let linesBefore = first.findings.map { first.facts($0).compactMap { $0["line"] as? Int } }
        let linesAfter = second.findings.map { second.facts($0).compactMap { $0["line"] as? Int } }
        #expect(linesBefore != linesAfter, "the inserted lines did not move the findings")
        #expect(linesAfter == linesBefore.map { $0.map { $0 + Self.unrelatedLines.count } })
    }

    // MARK: 8. Filters

    @Test func kindSubjectAndSeverityFiltersNarrowTheFindings() throws {
        let project = try Project()
        let all = try Self.json(project)

        let arithmetic = try Self.json(project, ["--kind", "arithmetic"])
        #expect(!arithmetic.findings.isEmpty)
        #expect(arithmetic.kinds.allSatisfy { $0 == "arithmetic" }, "\(arithmetic.kinds)")
        #expect(arithmetic.ids == all.findings.filter { $0["kind"] as? String == "arithmetic" }.compactMap { $0["id"] as? String })
        #expect(arithmetic.status == 1, "an arithmetic error remains")

        let listAndPolarity = try Self.json(project, ["--kind", "list,polarity"])
        let repeated = try Self.json(project, ["--kind", "list", "--kind", "polarity"])
        #expect(Set(listAndPolarity.kinds).isSubset(of: ["list", "polarity"]))
        #expect(listAndPolarity.ids == all.findings.filter { ["list", "polarity"].contains($0["kind"] as? String ?? "") }.compactMap { $0["id"] as? String })
        #expect(repeated.ids == listAndPolarity.ids)

        let snapStart = try Self.json(project, ["--subject", "snapstart"])
        #expect(!snapStart.findings.isEmpty)
        #expect(snapStart.findings.count < all.findings.count)
        #expect(snapStart.subjects.allSatisfy { $0.localizedCaseInsensitiveContains("SnapStart") }, "\(snapStart.subjects)")
        #expect(snapStart.ids == all.findings.filter { ($0["subject"] as? String)?.localizedCaseInsensitiveContains("snapstart") == true }
            .compactMap { $0["id"] as? String })

        let nothing = try Self.json(project, ["--subject", "no such subject anywhere"])
        #expect(nothing.findings.isEmpty)
        #expect(nothing.status == 0)

        let errors = try Self.json(project, ["--min-severity", "error"])
        #expect(!errors.findings.isEmpty)
        #expect(errors.severities.allSatisfy { $0 == "error" }, "\(errors.severities)")
        #expect(errors.ids == all.findings.filter { $0["severity"] as? String == "error" }.compactMap { $0["id"] as? String })
        #expect(errors.findings.count < all.findings.count, "the bundled corpus also has warnings or notes")
        #expect(errors.summary["warning"] as? Int == 0 && errors.summary["note"] as? Int == 0)

        let warnings = try Self.json(project, ["--min-severity", "warning"])
        #expect(!warnings.severities.contains("note"))
        #expect(warnings.ids == all.findings.filter { $0["severity"] as? String != "note" }.compactMap { $0["id"] as? String })
    }
}
