@testable import KBExport
@testable import KBCheck
@testable import KBClaims
@testable import KBIngest
@testable import KBSearch
@testable import KBModel
@testable import KBText
import Foundation
import KnowledgeStore
import Testing
import TestSupport

/// End-to-end tests of `kb export`: the built binary on a small fixture corpus (a Markdown FAQ with
/// a duplicated answer, a list, numbers and one planted conflict, plus hostile text), compared with
/// golden files in every format, and on the bundled corpus.
///
/// The golden files are re-recorded on purpose only: `KB_RECORD_GOLDEN=1 swift test --filter
/// ExportCLITests` writes them (and passes); read the diff before committing it.
@Suite struct ExportCLITests {
    static let fixtures = repositoryRoot.appendingPathComponent("Tests/kbTests/Fixtures/Export")
    static var recording: Bool { ProcessInfo.processInfo.environment["KB_RECORD_GOLDEN"] == "1" }

    /// The fixture corpus copied to `corpus/` of a temporary folder and indexed into `index.sqlite`.
    /// kb runs inside the folder with relative paths, so exports name `corpus/faq.md` and the title
    /// names `index.sqlite` wherever the folder is.
    struct Fixture {
        let folder: TemporaryFolder

        init() throws {
            folder = try TemporaryFolder()
            try FileManager.default.copyItem(at: ExportCLITests.fixtures.appendingPathComponent("corpus"),
                                             to: folder.url.appendingPathComponent("corpus"))
            let ingest = try run(["ingest", "--db", "index.sqlite", "corpus"])
            #expect(ingest.status == 0, "ingest failed: \(ingest.stderr)")
        }

        @discardableResult
        func run(_ arguments: [String]) throws -> KB.Output { try KB.run(arguments, in: folder.url) }

        /// `kb export --format FORMAT ARGUMENTS` to standard output; it must succeed quietly.
        func export(_ format: String, _ arguments: [String] = []) throws -> String {
            let output = try run(["export", "--db", "index.sqlite", "--format", format] + arguments)
            #expect(output.status == 0, "kb export --format \(format) \(arguments) failed: \(output.stderr)")
            #expect(output.stderr.isEmpty, "kb export printed to stderr: \(output.stderr)")
            return output.stdout
        }

        /// `kb export --format FORMAT --output NAME ARGUMENTS`: the bytes written (for csv, the folder's three files).
        func exportFiles(_ format: String, to name: String, _ arguments: [String] = []) throws -> [String: Data] {
            let output = try run(["export", "--db", "index.sqlite", "--format", format, "--output", name] + arguments)
            #expect(output.status == 0, "kb export --format \(format) --output \(name) failed: \(output.stderr)")
            #expect(output.stdout.isEmpty, "\(output.stdout)")
            #expect(output.stderr.hasPrefix("kb: wrote ") && output.stderr.filter { $0 == "\n" }.count == 1,
                    "kb export --output should say what it wrote in one line: \(output.stderr)")
            let url = folder.url.appendingPathComponent(name)
            guard format == "csv" else { return [name: try Data(contentsOf: url)] }
            var files: [String: Data] = [:]
            for file in ["facts.csv", "claims.csv", "findings.csv"] {
                files[file] = try Data(contentsOf: url.appendingPathComponent(file))
            }
            #expect(try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() == files.keys.sorted())
            return files
        }

        func json(_ arguments: [String] = []) throws -> [String: Any] {
            let text = try export("json", arguments)
            return try #require(KB.json(text), "kb export --format json printed no JSON object: \(text)")
        }
    }

    /// Compares `actual` with the golden file `name` byte for byte, or writes it when recording.
    static func compare(_ actual: Data, golden name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let url = fixtures.appendingPathComponent("golden").appendingPathComponent(name)
        if recording {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: url)
            return
        }
        guard let expected = try? Data(contentsOf: url) else {
            Issue.record("no golden file \(name): record it with KB_RECORD_GOLDEN=1", sourceLocation: sourceLocation)
            return
        }
        guard actual != expected else { return }
        let actualLines = String(decoding: actual, as: UTF8.self).components(separatedBy: "\n")
        let expectedLines = String(decoding: expected, as: UTF8.self).components(separatedBy: "\n")
        let first = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }
        let where_ = first.map { "line \($0.offset + 1):\n  golden: \($0.element.1)\n  actual: \($0.element.0)" }
            ?? "lengths differ (\(expectedLines.count) golden lines, \(actualLines.count) actual)"
        Issue.record("\(name) differs from its golden file (re-record with KB_RECORD_GOLDEN=1 if intended); \(where_)",
                     sourceLocation: sourceLocation)
    }

    static func text(_ data: Data?) -> String { data.map { String(decoding: $0, as: UTF8.self) } ?? "" }

    static func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// Every fact of a JSON export.
    static func facts(_ json: [String: Any]) -> [[String: Any]] {
        (json["sections"] as? [[String: Any]] ?? []).flatMap { $0["facts"] as? [[String: Any]] ?? [] }
    }

    static func factTexts(_ json: [String: Any]) -> [String] { facts(json).compactMap { $0["text"] as? String } }

    /// The texts of an index's facts, sorted.
    static func indexedFactTexts(_ path: String) throws -> [String] {
        try KnowledgeStore.openForReading(path: path).checkFacts().map(\.text).sorted()
    }

    static let hostileScript = "Hostile Widget docs say <script>alert(1)</script> must render as text, and a | b stays inside one cell."
    static let hostileQuotes = #"Hostile Widget quotes "double quotes", keeps commas, like this, and uses `backticks`, *stars* and [link](x) as plain text."#
    static let hostileFormula = "=SUM(A1) is how Hostile Sheets writes a formula, and @cmd runs a command in old spreadsheets."

    // MARK: Golden files

    @Test func goldenFiles() throws {
        let fixture = try Fixture()
        let markdown = try fixture.exportFiles("markdown", to: "sheet.md")
        try Self.compare(try #require(markdown["sheet.md"]), golden: "sheet.md")
        let json = try fixture.exportFiles("json", to: "sheet.json")
        try Self.compare(try #require(json["sheet.json"]), golden: "sheet.json")
        let html = try fixture.exportFiles("html", to: "sheet.html")
        try Self.compare(try #require(html["sheet.html"]), golden: "sheet.html")
        let csv = try fixture.exportFiles("csv", to: "csv")
        for name in ["facts.csv", "claims.csv", "findings.csv"] {
            try Self.compare(try #require(csv[name]), golden: "csv/" + name)
        }
        // Standard output carries the same bytes as --output.
        #expect(try fixture.export("markdown") == Self.text(markdown["sheet.md"]))
        #expect(try fixture.export("json") == Self.text(json["sheet.json"]))
    }

    /// What the golden content must show, checked on a fresh export (so a re-recording that loses it fails).
    @Test func sheetShowsSectionsMergedDuplicatesAndTheConflict() throws {
        let fixture = try Fixture()
        let json = try fixture.json()
        let sections = try #require(json["sections"] as? [[String: Any]])
        // One section per question of a source, in the file's order, headed by the question.
        let headings = sections.compactMap { section in (section["source"] as? String).map { $0 + " " + (section["heading"] as? String ?? "") } }
        #expect(headings.count == sections.count && headings.count == Set(headings).count, "a heading has two sections: \(headings)")
        let faq = sections.filter { $0["source"] as? String == "corpus/faq.md" }.compactMap { $0["heading"] as? String }
        #expect(faq.prefix(3) == ["What is Acme Functions?", "Which runtimes does Acme Functions support?", "How long can a function run?"], "\(faq)")
        #expect(sections.contains { ($0["questions"] as? [String]) == ["Which runtimes does Acme Functions support?"] })
        #expect((json["sources"] as? [[String: Any]])?.compactMap { $0["title"] as? String } == ["Acme Cloud FAQ", "corpus/hostile.txt"])
        #expect(json["title"] as? String == "Fact sheet: corpus")

        // The duplicated answer is one fact with both places.
        let facts = Self.facts(json)
        let queue = facts.filter { ($0["text"] as? String)?.hasPrefix("Acme Queue retains messages for 14 days") == true }
        #expect(queue.count == 1, "\(queue)")
        #expect(queue.first?["sources"] as? [String] == ["corpus/faq.md:31, 35"])
        let summary = try #require(json["summary"] as? [String: Any])
        #expect(summary["duplicates_merged"] as? Int == 1)
        #expect(summary["sources"] as? Int == 2)
        #expect(summary["facts"] as? Int == facts.count)
        #expect(Set(facts.compactMap { $0["id"] as? String }).count == facts.count, "fact ids repeat")

        // The planted conflict: both sides marked with its number, both quoted in the list.
        let conflicts = try #require(json["conflicts"] as? [[String: Any]])
        #expect(conflicts.count == 1)
        let conflict = try #require(conflicts.first)
        #expect(conflict["number"] as? Int == 1)
        #expect(conflict["kind"] as? String == "list")
        let sides = (conflict["facts"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
        #expect(sides.contains("Acme Functions supports: (2) Python 3.11 and later"), "\(sides)")
        #expect(sides.contains("Not supported: Python, Ruby."), "\(sides)")
        let marked = facts.filter { ($0["conflicts"] as? [Int])?.isEmpty == false }.compactMap { $0["text"] as? String }
        #expect(Set(marked) == Set(sides), "marked: \(marked)")

        // The Markdown sheet: the same marks, linking to the list at the end.
        let markdown = try fixture.export("markdown")
        let parts = markdown.components(separatedBy: "\n## Conflicts\n")
        #expect(parts.count == 2)
        let body = Self.lines(parts[0])
        #expect(body.contains { $0.contains("(2) Python 3.11 and later") && $0.contains("conflict [1](#conflict-1)") })
        #expect(body.contains { $0.contains("Not supported: Python, Ruby.") && $0.contains("conflict [1](#conflict-1)") })
        #expect(body.contains("<sub>line 31, 35</sub>") || body.contains("<sub>`corpus/faq.md:31, 35`</sub>"), "\(body)")
        #expect(parts.last?.contains("<a id=\"conflict-1\"></a>") == true)
        #expect(parts.last?.contains("“Acme Functions supports: (2) Python 3.11 and later”") == true)
        #expect(parts.last?.contains("“Not supported: Python, Ruby.”") == true)
    }

    // MARK: Determinism

    @Test func sameIndexGivesByteIdenticalOutput() throws {
        let fixture = try Fixture()
        let again = try Fixture()
        for format in ["markdown", "json", "html"] {
            let first = try fixture.exportFiles(format, to: "one.\(format)")
            let second = try fixture.exportFiles(format, to: "two.\(format)")
            #expect(first["one.\(format)"] == second["two.\(format)"], "\(format) differs between two runs")
            let rebuilt = try again.exportFiles(format, to: "one.\(format)")
            #expect(first["one.\(format)"] == rebuilt["one.\(format)"], "\(format) differs on a freshly built index")
        }
        let first = try fixture.exportFiles("csv", to: "csv1")
        #expect(first == (try fixture.exportFiles("csv", to: "csv2")))
        #expect(first == (try again.exportFiles("csv", to: "csv1")))
    }

    @Test func timestampAddsTheGeneratedValueOnly() throws {
        let fixture = try Fixture()
        let plain = try fixture.json()
        #expect(plain["generated"] == nil)
        var stamped = try fixture.json(["--timestamp"])
        let generated = try #require(stamped["generated"] as? String)
        #expect(ISO8601DateFormatter().date(from: generated) != nil, "generated is not an ISO 8601 time: \(generated)")
        stamped["generated"] = nil
        #expect(NSDictionary(dictionary: stamped).isEqual(to: plain))

        let markdown = try fixture.export("markdown")
        let stampedMarkdown = try fixture.export("markdown", ["--timestamp"])
        let generatedLine = try #require(Self.lines(stampedMarkdown).first { $0.hasPrefix("Generated ") })
        #expect(stampedMarkdown.replacingOccurrences(of: "\n" + generatedLine + "\n", with: "") == markdown)

        let html = try fixture.export("html")
        let stampedHTML = try fixture.export("html", ["--timestamp"])
        let generatedHTML = try #require(Self.lines(stampedHTML).first { $0.hasPrefix("<p class=\"generated\">") })
        #expect(stampedHTML.replacingOccurrences(of: generatedHTML + "\n", with: "") == html)

        #expect(try fixture.exportFiles("csv", to: "a") == fixture.exportFiles("csv", to: "b", ["--timestamp"]))
    }

    // MARK: JSON

    @Test func jsonRoundTripRecreatesTheSameFacts() throws {
        let fixture = try Fixture()
        try FileManager.default.createDirectory(at: fixture.folder.url.appendingPathComponent("exported"), withIntermediateDirectories: true)
        _ = try fixture.exportFiles("json", to: "exported/sheet.json")
        let ingest = try fixture.run(["ingest", "--db", "again.sqlite", "exported"])
        #expect(ingest.status == 0, "ingest of the exported JSON failed: \(ingest.stderr)")

        let original = try Self.indexedFactTexts(fixture.folder.url.appendingPathComponent("index.sqlite").path)
        let again = try Self.indexedFactTexts(fixture.folder.url.appendingPathComponent("again.sqlite").path)
        #expect(original.count > 10)
        #expect(again == original, "facts differ: \(Set(original).symmetricDifference(again).sorted())")
        #expect(again.contains(Self.hostileScript))
        #expect(again.contains(Self.hostileQuotes))

        // Questions survive too.
        let reexported = try fixture.run(["export", "--db", "again.sqlite", "--format", "json"])
        let questions = (KB.json(reexported.stdout)?["answers"] as? [[String: Any]] ?? []).compactMap { $0["question"] as? String }
        #expect(questions.contains("Which runtimes does Acme Functions support?"), "\(questions)")
    }

    // MARK: CSV

    /// A strict RFC 4180 reader: CRLF after every record, fields either bare (no quote, comma, CR or
    /// LF) or quoted with quotes doubled. Returns nil on any violation.
    static func parseCSV(_ data: Data) -> [[String]]? {
        guard String(data: data, encoding: .utf8) != nil else { return nil }
        let bytes = [UInt8](data)
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        var records: [[String]] = []
        var record: [String] = []
        var index = 0
        while index < bytes.count {
            var field: [UInt8] = []
            if bytes[index] == quote {
                index += 1
                while true {
                    guard index < bytes.count else { return nil }  // unterminated quoted field
                    if bytes[index] == quote {
                        if index + 1 < bytes.count, bytes[index + 1] == quote {
                            field.append(quote)
                            index += 2
                        } else {
                            index += 1
                            break
                        }
                    } else {
                        field.append(bytes[index])
                        index += 1
                    }
                }
            } else {
                while index < bytes.count, bytes[index] != comma, bytes[index] != cr {
                    if bytes[index] == quote || bytes[index] == lf { return nil }  // bare quote or line feed
                    field.append(bytes[index])
                    index += 1
                }
            }
            record.append(String(decoding: field, as: UTF8.self))
            guard index < bytes.count else { return nil }  // the last record lacks its CRLF
            if bytes[index] == comma {
                index += 1
            } else if bytes[index] == cr, index + 1 < bytes.count, bytes[index + 1] == lf {
                records.append(record)
                record = []
                index += 2
            } else {
                return nil
            }
        }
        return records
    }

    @Test func csvIsStrictRFC4180AndProtectsFormulas() throws {
        let fixture = try Fixture()
        let files = try fixture.exportFiles("csv", to: "csv")
        var tables: [String: [[String]]] = [:]
        for (name, data) in files {
            let rows = try #require(Self.parseCSV(data), "\(name) is not strict RFC 4180:\n\(Self.text(data))")
            #expect(rows.count >= 2, "\(name) has no data rows")
            let header = try #require(rows.first)
            for (number, row) in rows.enumerated() {
                #expect(row.count == header.count, "\(name) row \(number + 1) has \(row.count) fields, the header \(header.count)")
                for cell in row {
                    if let first = cell.unicodeScalars.first {
                        #expect(!"=+-@\t\r".unicodeScalars.contains(first), "\(name): unprotected formula cell \(cell)")
                    }
                }
            }
            tables[name] = rows
        }
        #expect(tables["facts.csv"]?.first == ["fact_id", "topic", "text", "sources", "conflicts", "heading", "code"])
        #expect(tables["findings.csv"]?.count == 2)

        let facts = try #require(tables["facts.csv"])
        let header = try #require(facts.first)
        let text = try #require(header.firstIndex(of: "text"))
        let texts = facts.dropFirst().map { $0[text] }
        #expect(texts.contains(Self.hostileScript))
        #expect(texts.contains(Self.hostileQuotes))
        #expect(texts.contains("'" + Self.hostileFormula), "the formula cell is not prefixed with ': \(texts)")
        #expect(!texts.contains(Self.hostileFormula))
        // The same facts as the JSON export.
        #expect(Set(texts.map { $0.hasPrefix("'=") ? String($0.dropFirst()) : $0 }) == Set(Self.factTexts(try fixture.json())))
    }

    @Test func csvQuotesLineBreaksCommasAndQuotes() throws {
        let hostile = "line one, with a comma\nline \"two\"\r\nline three\rend"
        let sheet = FactSheet(
            title: "t", generated: nil,
            summary: .init(sources: 1, answers: 1, duplicatesMerged: 0, facts: 1, factOccurrences: 1, claims: 1, conflicts: 0),
            sources: [.init(path: "a,b.txt", title: "a,b.txt")],
            sections: [.init(source: "a,b.txt", heading: "-topic, \"quoted\"", topic: "-topic, \"quoted\"", questions: [], facts: [
                .init(id: "f1", text: hostile, lead: "", body: hostile, sources: ["a,b.txt:1"], conflicts: [],
                      code: ["print(\"a, b\")", "=SUM(A1)"]),
            ], claims: [
                .init(subject: "@subject", metric: "m", value: "+5 \"ms\"", comparator: "=", normalized: "0.005 s",
                      conditions: ["when a, b", "c\nd"], hedged: false, fact: "f1", source: "a,b.txt:1"),
            ])],
            conflicts: [], answers: [])
        let files = Dictionary(CSVExporter().render(sheet).map { ($0.name, Data($0.contents.utf8)) }, uniquingKeysWith: { a, _ in a })
        let factsData = try #require(files["facts.csv"]), claimsData = try #require(files["claims.csv"])
        let facts = try #require(Self.parseCSV(factsData))
        // The code that follows a fact: its blocks, a blank line between them, kept verbatim but
        // for the formula guard on the cell.
        #expect(facts == [["fact_id", "topic", "text", "sources", "conflicts", "heading", "code"],
                          ["f1", "'-topic, \"quoted\"", hostile, "a,b.txt:1", "", "'-topic, \"quoted\"", "print(\"a, b\")\n\n=SUM(A1)"]])
        let claims = try #require(Self.parseCSV(claimsData))
        #expect(claims.count == 2)
        #expect(claims.last?[2] == "'@subject")
        #expect(claims.last?[4] == "'+5 \"ms\"")
        #expect(claims.last?[7] == "when a, b; c\nd")
        #expect(files["findings.csv"].flatMap(Self.parseCSV)?.count == 1)
    }

    // MARK: HTML

    @Test func htmlIsSelfContainedAndEscaped() throws {
        let fixture = try Fixture()
        let html = try fixture.export("html")
        #expect(!html.contains("<script>alert"))
        #expect(!html.lowercased().contains("<i>tagged"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&quot;double quotes&quot;"))
        for external in ["src=", "href=\"http", "href='http", "<link", "@import", "url(", "<img", "<iframe", "<object"] {
            #expect(!html.lowercased().contains(external), "not self-contained: \(external)")
        }
        #expect(html.components(separatedBy: "<style").count - 1 == 1)
        #expect(html.components(separatedBy: "<script").count - 1 == 1)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("@media print"))
        #expect(html.contains("id=\"filter\""))
        // Conflicts: marked facts link to the list, which quotes both sides.
        #expect(html.contains("<li id=\"conflict-1\""))
        let marked = Self.lines(html).filter { $0.contains("href=\"#conflict-1\"") }
        #expect(marked.count == 2, "\(marked)")
        #expect(marked.contains { $0.contains("(2) Python 3.11 and later") })
        #expect(html.contains("<q>Not supported: Python, Ruby.</q>"))
        // Every hostile fact's text shows, escaped, in a fact item.
        for text in [Self.hostileScript, Self.hostileQuotes, Self.hostileFormula] {
            let escaped = text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
                .replacingOccurrences(of: "'", with: "&#39;")
            #expect(html.contains(">" + escaped + "<div class=\"sources\">"), "\(escaped)")
        }
    }

    // MARK: Markdown

    /// The `|` separators of a table row, not counting escaped ones (`\|`).
    static func separators(_ line: String) -> Int {
        var count = 0, backslashes = 0
        for character in line {
            if character == "|", backslashes % 2 == 0 { count += 1 }
            backslashes = character == "\\" ? backslashes + 1 : 0
        }
        return count
    }

    @Test func markdownEscapesHostileText() throws {
        let fixture = try Fixture()
        let markdown = try fixture.export("markdown")
        let lines = Self.lines(markdown)
        #expect(!markdown.contains("<script>"))
        #expect(markdown.contains(#"\<script\>alert(1)\</script\>"#))
        #expect(!markdown.contains("[link](x)"))
        #expect(markdown.contains(#"\`backticks\`, \*stars\* and \[link\](x)"#))
        #expect(!lines.contains { $0.hasPrefix("# heading") || $0.hasPrefix("=SUM") })
        // No list item holds a list marker of its own (it would render as a nested list).
        for line in lines {
            #expect(line.wholeMatch(of: #/\s*- (- |\+ |\d{1,9}[.)] ).*/#) == nil, "nested list marker: \(line)")
        }
        // Raw HTML only where the exporter writes it.
        for line in lines where line.contains("<") {
            let stripped = line.replacingOccurrences(of: "\\<", with: "")
                .replacing(#/<\/?sub>|<a id="conflict-\d+"><\/a>/#, with: "")
            #expect(!stripped.contains("<"), "raw HTML: \(line)")
        }

        // Tables: every row has its header's separators; the hostile subject keeps its pipe in one cell.
        var tables: [[String]] = []
        var open = false
        for line in lines {
            if line.hasPrefix("|") {
                if !open { tables.append([]) }
                tables[tables.count - 1].append(line)
                open = true
            } else {
                open = false
            }
        }
        #expect(tables.count >= 3)
        for table in tables {
            let header = Self.separators(table[0])
            #expect(header == 8, "\(table[0])")
            for row in table { #expect(Self.separators(row) == header, "row breaks its table: \(row)") }
        }
        #expect(tables.joined().contains { $0.contains(#"\| piped"#) }, "the hostile claim's condition is not escaped in a table")
    }

    @Test func markdownListsKeepTheirItemsText() throws {
        // The list answer's items keep their dash as text, under their lead-in.
        let fixture = try Fixture()
        let markdown = try fixture.export("markdown")
        #expect(markdown.contains("- Three things help:\n  - \\- Keep the deployment package under 50 MB."), "\(markdown)")
    }

    // MARK: Filters and errors

    @Test func filtersNarrowTheFacts() throws {
        let fixture = try Fixture()
        let all = Self.factTexts(try fixture.json())
        #expect(all.count > 10)

        let topic = try fixture.json(["--topic", "acme queue"])
        let topics = (topic["sections"] as? [[String: Any]] ?? []).compactMap { $0["topic"] as? String }
        #expect(!topics.isEmpty && topics.allSatisfy { $0.lowercased().contains("acme queue") }, "\(topics)")
        #expect(Self.factTexts(topic).count < all.count)

        let subject = Self.factTexts(try fixture.json(["--subject", "Python"]))
        // The fact about Python, and both facts of the answer whose topic (from its question) names Python.
        #expect(subject.count == 3, "\(subject)")
        #expect(Set(subject).isSubset(of: Set(all)))

        let query = Self.factTexts(try fixture.json(["--query", "retains"]))
        #expect(query == ["Acme Queue retains messages for 14 days by default."])

        let none = try fixture.json(["--query", "nosuchwordanywhere"])
        #expect(Self.factTexts(none).isEmpty)
        #expect((none["conflicts"] as? [Any])?.isEmpty == true)

        // Filters narrow the conflict list to conflicts touching the facts shown.
        let queue = try fixture.json(["--topic", "queue"])
        #expect((queue["conflicts"] as? [Any])?.isEmpty == true)
    }

    @Test func noConflictsLeavesOutMarksAndList() throws {
        let fixture = try Fixture()
        let json = try fixture.json(["--no-conflicts"])
        #expect((json["conflicts"] as? [Any])?.isEmpty == true)
        #expect(Self.facts(json).allSatisfy { ($0["conflicts"] as? [Int])?.isEmpty == true })
        #expect((json["summary"] as? [String: Any])?["conflicts"] as? Int == 0)
        #expect(Self.factTexts(json).count == Self.factTexts(try fixture.json()).count)
        let markdown = try fixture.export("markdown", ["--no-conflicts"])
        #expect(!markdown.contains("⚠") && !markdown.contains("#conflict-") && !markdown.contains("## Conflicts"))
        let html = try fixture.export("html", ["--no-conflicts"])
        #expect(!html.contains("class=\"mark\"") && !html.contains("id=\"conflict-"))
        let findings = try #require(try fixture.exportFiles("csv", to: "csv", ["--no-conflicts"])["findings.csv"])
        #expect(Self.parseCSV(findings)?.count == 1)
    }

    @Test func csvWithoutOutputIsAOneLineUsageError() throws {
        let fixture = try Fixture()
        let output = try fixture.run(["export", "--db", "index.sqlite", "--format", "csv"])
        #expect(output.status == 2)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr.hasSuffix("\n") && output.stderr.dropLast().split(separator: "\n").count == 1, "\(output.stderr)")
        #expect(output.stderr.contains("--output"))
    }

    /// One `--output` rule in every format: a path ending in `/` or naming an existing folder is a
    /// folder that receives the format's file name; anything else is the file; missing parents are
    /// created; stderr says what was written.
    @Test(arguments: [
        ("markdown", "new/deeper/sheet.md", "new/deeper/sheet.md"),
        ("html", "nodir/", "nodir/facts.html"),
        ("json", "existing", "existing/facts.json"),
        ("csv", "tables/", "tables/facts.csv"),
    ])
    func outputPathsFollowOneRule(format: String, output: String, written: String) throws {
        let fixture = try Fixture()
        try FileManager.default.createDirectory(at: fixture.folder.url.appendingPathComponent("existing"),
                                                withIntermediateDirectories: true)
        let result = try fixture.run(["export", "--db", "index.sqlite", "--format", format, "--output", output])
        #expect(result.status == 0, "\(result.stderr)")
        let file = fixture.folder.url.appendingPathComponent(written)
        let data = try Data(contentsOf: file)
        #expect(!data.isEmpty)
        if format != "csv" {
            #expect(data == Data(try fixture.export(format).utf8), "--output and stdout should carry the same bytes")
        }
        let name = (written as NSString).lastPathComponent
        #expect(result.stderr.hasPrefix("kb: wrote ") && result.stderr.contains(name), "\(result.stderr)")
    }

    @Test func unwritableOutputNamesThePathAndWhatToDo() throws {
        let fixture = try Fixture()
        try Data("a file".utf8).write(to: fixture.folder.url.appendingPathComponent("blocker"))
        let result = try fixture.run(["export", "--db", "index.sqlite", "--output", "blocker/inside/sheet.md"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("kb: blocker/inside/sheet.md: cannot write the export"), "\(result.stderr)")
        #expect(result.stderr.filter { $0 == "\n" }.count == 1)
    }

    // MARK: Bundled corpus

    @Test func bundledCorpusMarksTheSnapStartConflictBesideTheFacts() throws {
        let project = try Project()
        let output = try project.run(["export"])
        #expect(output.status == 0, "\(output.stderr)")
        let markdown = output.stdout
        let parts = markdown.components(separatedBy: "\n## Conflicts\n")
        #expect(parts.count == 2)
        let python = Self.lines(parts[0]).filter { $0.contains("Python 3.12 and later") }
        #expect(!python.isEmpty)
        for line in python { #expect(line.contains("conflict"), "the SnapStart Python fact is not marked: \(line)") }

        // The mark's number leads to a SnapStart list conflict quoting both sides.
        let first = try #require(python.first)
        let number = try #require(first.firstMatch(of: #/\(#conflict-(\d+)\)/#)?.1)
        let list = parts[1].components(separatedBy: "<a id=\"conflict-")
        let entry = try #require(list.first { $0.hasPrefix("\(number)\"") })
        #expect(entry.contains("list") && entry.contains("SnapStart"), "\(entry)")
        #expect(entry.contains("Python 3.12 and later") && entry.contains("Not supported: Node.js, Python"), "\(entry)")

        let corpusSize = try Data(contentsOf: bundledCorpusURL).count
        #expect(Data(markdown.utf8).count < corpusSize, "the fact sheet is not smaller than the corpus")
    }

    // MARK: Code, titles and pages

    /// The `<pre>` blocks of a fixture page, counted in its markup, each appear once in every format,
    /// right after the fact that introduces them, and never as facts of their own.
    @Test func codeBlocksOfAPageStayBesideTheirFacts() throws {
        let folder = try TemporaryFolder()
        let page = Self.fixtures.appendingPathComponent("pages/code-faq.html")
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("pages"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: page, to: folder.url.appendingPathComponent("pages/code-faq.html"))
        let markup = try String(contentsOf: page, encoding: .utf8)
        let preCount = markup.components(separatedBy: "<pre>").count - 1
        #expect(preCount == 5)
        #expect(try KB.run(["ingest", "--db", "kb.sqlite", "pages"], in: folder.url).status == 0)

        func export(_ format: String) throws -> String {
            let output = try KB.run(["export", "--db", "kb.sqlite", "--format", format], in: folder.url)
            #expect(output.status == 0, "\(output.stderr)")
            return output.stdout
        }
        // JSON: every block in a fact's code, after the sentence that introduces it (ending in ":").
        let json = try #require(KB.json(try export("json")))
        let facts = Self.facts(json)
        let withCode = facts.filter { ($0["code"] as? [String])?.isEmpty == false }
        let blocks = withCode.flatMap { $0["code"] as? [String] ?? [] }
        #expect(blocks.count == preCount, "\(blocks)")
        #expect(Set(blocks).count == preCount)
        for fact in withCode {
            #expect((fact["text"] as? String)?.hasSuffix(":") == true, "code after a fact that does not introduce it: \(fact)")
        }
        #expect(blocks.contains("if (( count < 10 && size > 0 )); then\n    echo small\nfi"), "\(blocks)")
        #expect(blocks.contains("(( 2 < 3 )); echo $?\n[[ b > a ]]; echo $?"), "\(blocks)")
        // Code is no fact: neither the sheet's facts nor the index's hold it.
        let texts = Self.factTexts(json) + (try Self.indexedFactTexts(folder.url.appendingPathComponent("kb.sqlite").path))
        #expect(!texts.contains { $0.contains("echo small") || $0.contains("basename") || $0.contains("date +%F") }, "\(texts)")

        // Markdown: a fenced block right under the fact's item.
        let markdown = try export("markdown")
        #expect(markdown.contains("""
            - Quote the expansion so it stays one word:

              ```
              name="My Documents"
              ls -l "$name"
              ```

            - Without the quotes
            """), "\(markdown)")
        #expect(markdown.components(separatedBy: "\n  ```\n").count - 1 == 2 * preCount)
        // A fence never closes early on the code's own backticks.
        #expect(markdown.contains("  ```\n  today=`date +%F`\n  ```\n"), "\(markdown)")

        // HTML: a <pre> inside the fact's item, after its text.
        let html = try export("html")
        #expect(html.components(separatedBy: "<pre><code>").count - 1 == preCount)
        #expect(html.contains("Use the arithmetic test, where &lt; and &gt; compare numbers rather than redirect output:<pre><code>"
                              + "if (( count &lt; 10 &amp;&amp; size &gt; 0 )); then\n    echo small\nfi</code></pre>"), "\(html)")
        // The page's title heads the source and names the sheet.
        #expect(html.contains("<title>Shellmate FAQ — Shellmate 2.4 documentation</title>"))
        #expect(html.contains("<h3>How do I compare two numbers in a condition?</h3>"))
    }

    /// `--title` names the sheet in every format; without it the sheet is named after the corpus,
    /// never after the index file.
    @Test func titleNamesTheSheet() throws {
        let fixture = try Fixture()
        #expect(try fixture.export("markdown", ["--title", "Acme handbook"]).hasPrefix("# Acme handbook\n"))
        #expect(try fixture.export("html", ["--title", "Acme <handbook>"]).contains("<h1>Acme &lt;handbook&gt;</h1>"))
        #expect(try fixture.json(["--title", "Acme handbook"])["title"] as? String == "Acme handbook")
        for format in ["markdown", "html", "json"] {
            let sheet = try fixture.export(format)
            #expect(!sheet.contains("index.sqlite"), "\(format) names the index file")
        }
        let empty = try fixture.run(["export", "--db", "index.sqlite", "--title", " "])
        #expect(empty.status == 64 || empty.status == 2, "\(empty.stderr)")
        #expect(empty.stderr.contains("--title"), "\(empty.stderr)")
    }

    /// A sheet of more facts than `--page-facts` written to a folder is an index page and one page
    /// per source: every fact on exactly one page, every link of the index leading to a section
    /// that exists, conflict marks leading to the index's list. Standard output and a file stay one
    /// sheet.
    @Test func largeSheetsAreWrittenAsAnIndexAndOnePagePerSource() throws {
        let fixture = try Fixture()
        let output = try fixture.run(["export", "--db", "index.sqlite", "--format", "html", "--page-facts", "5", "--output", "sheet/"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stderr.hasPrefix("kb: wrote 6 files to sheet/ (index.html "), "\(output.stderr)")
        let folder = fixture.folder.url.appendingPathComponent("sheet")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == ["faq-2.html", "faq-3.html", "faq-4.html", "faq.html", "hostile.html", "index.html"], "\(names)")
        var pages: [String: String] = [:]
        for name in names { pages[name] = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) }
        let index = try #require(pages["index.html"])

        // Every fact of the single sheet is on exactly one page.
        let ids = Self.facts(try fixture.json()).compactMap { $0["id"] as? String }
        for id in ids {
            let holders = pages.filter { $0.value.contains("<li class=\"fact") && $0.value.contains("id=\"\(id)\">") }.map(\.key)
            #expect(holders.count == 1, "fact \(id) is on \(holders)")
        }
        #expect(!index.contains("<li class=\"fact"))
        // Every link of the index's contents leads to a section on an existing page.
        let links = index.matches(of: #/href="([a-z0-9-]+\.html)#(section-\d+)"/#).map { (String($0.1), String($0.2)) }
        #expect(links.count > 13)
        for (page, section) in links {
            #expect(pages[page]?.contains("id=\"\(section)\"") == true, "\(page)#\(section) leads nowhere")
        }
        // Conflict marks lead to the list on the index page.
        let marks = pages.values.joined().matches(of: #/href="index\.html#(conflict-\d+)"/#).map { String($0.1) }
        #expect(!marks.isEmpty)
        for mark in marks { #expect(index.contains("id=\"\(mark)\"")) }
        #expect(pages["faq.html"]?.contains("<title>Acme Cloud FAQ (part 1 of 4)</title>") == true)

        // Markdown: index.md with links to the pages, each fact on one page.
        #expect(try fixture.run(["export", "--db", "index.sqlite", "--format", "markdown", "--page-facts", "5", "--output", "md/"]).status == 0)
        let markdownFolder = fixture.folder.url.appendingPathComponent("md")
        let markdownNames = try FileManager.default.contentsOfDirectory(atPath: markdownFolder.path).sorted()
        #expect(markdownNames == ["faq-2.md", "faq-3.md", "faq-4.md", "faq.md", "hostile.md", "index.md"], "\(markdownNames)")
        let markdownIndex = try String(contentsOf: markdownFolder.appendingPathComponent("index.md"), encoding: .utf8)
        for name in markdownNames where name != "index.md" { #expect(markdownIndex.contains("](\(name))"), "index.md misses \(name)") }
        let markdownPages = try markdownNames.filter { $0 != "index.md" }.map {
            try String(contentsOf: markdownFolder.appendingPathComponent($0), encoding: .utf8)
        }.joined()
        #expect(markdownPages.components(separatedBy: "Acme Storage encrypts every bucket").count == 2)
        #expect(markdownPages.contains("[1](index.md#conflict-1)"))

        // Small enough, to standard output, to a file, or with --page-facts 0: one sheet.
        #expect(try fixture.run(["export", "--db", "index.sqlite", "--format", "html", "--page-facts", "0", "--output", "one/"]).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.folder.url.appendingPathComponent("one").path) == ["facts.html"])
        #expect(try fixture.export("html", ["--page-facts", "5"]) == fixture.export("html"))
        #expect(try fixture.run(["export", "--db", "index.sqlite", "--format", "html", "--output", "two/"]).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.folder.url.appendingPathComponent("two").path) == ["facts.html"])
    }
}
