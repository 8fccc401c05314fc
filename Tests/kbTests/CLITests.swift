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

@Suite struct CLITests {
    static let statsKeys: Set<String> = ["sources", "answer_records", "answers", "duplicates_removed", "boilerplate_lines",
                                         "facts", "fact_clusters", "claims", "schema_version"]

    @Test func firstUseBuildsTheDefaultIndexThenReusesIt() throws {
        let project = try Project()
        let first = try project.run(["search", "SnapStart runtimes"])
        #expect(first.status == 0)
        #expect(first.stderr == "kb: building Index/kb.sqlite from Corpus/ (first use)\n")
        let lines = Set(first.stdout.split(separator: "\n").compactMap { line -> Int? in
            guard line.hasPrefix("Corpus/serverless-faq.txt:") else { return nil }
            return Int(line.dropFirst("Corpus/serverless-faq.txt:".count).prefix(while: \.isNumber))
        })
        #expect(lines.count > 1)
        #expect(first.stdout.contains("Supported **runtimes** (2025): Java on Amazon Corretto 11, 17, 21"))

        let second = try project.run(["search", "SnapStart runtimes"])
        #expect(second.stderr.isEmpty)
        #expect(second.stdout == first.stdout)

        let corpus = project.url.appendingPathComponent("Corpus/serverless-faq.txt")
        let handle = try FileHandle(forWritingTo: corpus)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("\nKinesis shards carry 1 MB/s of writes each, a brand new answer for this test.".utf8))
        try handle.close()
        let third = try project.run(["search", "Kinesis shards"])
        #expect(third.status == 0)
        #expect(third.stderr == "kb: Corpus/ changed; refreshing Index/kb.sqlite\n")
        #expect(third.stdout.contains("Corpus/serverless-faq.txt:66"))
    }

    @Test func statsJSONHasTheContractShape() throws {
        let project = try Project()
        let output = try project.run(["stats", "--json"])
        #expect(output.status == 0)
        let json = try #require(KB.json(output.stdout))
        #expect(Self.statsKeys.isSubset(of: Set(json.keys)))
        #expect(json["answers"] as? Int == 31)
        #expect(json["duplicates_removed"] as? Int == 31)
        #expect(json["boilerplate_lines"] as? Int == 3)
        #expect(json["answer_records"] as? Int == 62)
        #expect(json["schema_version"] as? Int == 5)
    }

    @Test func ingestJSONHasTheStatsFieldsAndWhatItDid() throws {
        let project = try Project()
        let first = try project.run(["ingest", "--json"])
        #expect(first.status == 0)
        let json = try #require(KB.json(first.stdout))
        #expect(Self.statsKeys.union(["skipped_unchanged", "seconds"]).isSubset(of: Set(json.keys)))
        #expect(json["skipped_unchanged"] as? Int == 0)
        #expect(json["seconds"] is Double || json["seconds"] is Int)

        let again = try project.run(["ingest"])
        #expect(again.status == 0)
        #expect(again.stdout == "Index/kb.sqlite is up to date: 1 file unchanged, nothing to do\n")
        #expect(KB.json(try project.run(["ingest", "--json"]).stdout)?["skipped_unchanged"] as? Int == 1)
    }

    @Test func searchJSONHasTheContractShape() throws {
        let project = try Project()
        let output = try project.run(["search", "--json", "--limit", "3", "SnapStart Python"])
        #expect(output.status == 0)
        let json = try #require(KB.json(output.stdout))
        #expect(json["query"] as? String == "SnapStart Python")
        let results = try #require(json["results"] as? [[String: Any]])
        #expect(results.count == 3)
        let keys: Set<String> = ["fact_id", "text", "snippet", "score", "topic", "answer_id", "source", "line"]
        for result in results { #expect(keys.isSubset(of: Set(result.keys))) }
        #expect(results[0]["source"] as? String == "Corpus/serverless-faq.txt")
        // Each result is an answer; its text is the answer's best-matching fact.
        #expect((results[0]["text"] as? String)?.contains("Python") == true)
        #expect(Set(results.compactMap { $0["answer_id"] as? Int }).count == results.count, "an answer shown twice")
        #expect((results[0]["topic"] as? String)?.contains("SnapStart") == true)
        let scores = results.compactMap { $0["score"] as? Double }
        #expect(scores == scores.sorted(by: >))
    }

    @Test(arguments: ["Node.js", ".NET 8", "C#", "$LATEST", "python 3.12", "0.5ms", "AND", "OR", "NOT", "NEAR",
                      "\"unbalanced", "*", "-", "foo:bar", "(a OR b", "NEAR(", "a\"b\"c\""])
    func typedTextNeverShowsAnSQLiteError(typed: String) throws {
        let project = try Project()
        let output = try project.run(["search", typed])
        #expect([0, 1, 2].contains(output.status))
        for word in ["SQLite error", "fts5", "syntax error", "Fatal error", "malformed"] { #expect(!output.stderr.contains(word), "\(output.stderr)") }
        if output.status == 2 { #expect(output.stderr.hasSuffix("has no letters or digits to search for\n")) }
    }

    @Test func emptyQueryIsAUsageError() throws {
        let project = try Project()
        let output = try project.run(["search", "  "])
        #expect(output.status == 2)
        #expect(output.stderr.contains("the query is empty"))
    }

    @Test func noResultsExitsOneWithAMessage() throws {
        let project = try Project()
        let output = try project.run(["search", "xylophone"])
        #expect(output.status == 1)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr.hasSuffix("kb: no answer matches \"xylophone\"\n"))
    }

    @Test func invalidRawQueryIsOneLineAndExitTwo() throws {
        let project = try Project()
        _ = try project.run(["ingest"])
        let output = try project.run(["search", "--raw", "(snapstart"])
        #expect(output.status == 2)
        #expect(output.stderr.hasPrefix("kb: invalid FTS5 query \"(snapstart\": "))
        #expect(output.stderr.filter { $0 == "\n" }.count == 1)
        #expect(try project.run(["search", "--raw", "snapstart AND runtimes"]).status == 0)
    }

    @Test func plainMarkersWhenNotATerminal() throws {
        let project = try Project()
        let output = try project.run(["search", "C#"])
        #expect(output.status == 0)
        #expect(!output.stdout.contains("\u{1B}"))
        let firstFact = output.stdout.split(separator: "\n").dropFirst().first ?? ""
        #expect(firstFact.contains("**C#**"))
    }

    @Test func dollarLatestFindsProvisionedConcurrency() throws {
        let project = try Project()
        let output = try project.run(["search", "$LATEST"])
        #expect(output.status == 0)
        #expect(output.stdout.contains("**$LATEST**"))
        #expect(output.stdout.lowercased().contains("provisioned concurrency"))
    }

    @Test func explicitIndexMustExist() throws {
        let project = try Project()
        let output = try project.run(["search", "--db", "nowhere.sqlite", "lambda"])
        #expect(output.status == 2)
        #expect(output.stderr == "kb: nowhere.sqlite: no index here; build one with `kb ingest --db nowhere.sqlite PATH...`\n")
    }

    @Test func newerSchemaIsRefusedWithAClearMessage() throws {
        let project = try Project()
        _ = try project.run(["ingest", "--db", "x.sqlite", "Corpus"])
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        sqlite.arguments = ["python3", "-c", "import sqlite3; c = sqlite3.connect('x.sqlite'); c.execute(\"UPDATE kb_meta SET value='7' WHERE key='schema_version'\"); c.commit()"]
        sqlite.currentDirectoryURL = project.url
        try sqlite.run()
        sqlite.waitUntilExit()
        let output = try project.run(["stats", "--db", "x.sqlite"])
        #expect(output.status == 2)
        #expect(output.stderr == "kb: x.sqlite: index schema version 7 is newer than this kb supports (5); upgrade kb or rebuild with `kb ingest --rebuild`\n")
    }

    @Test func unreadableFilesAreNamedAndTheRestIndexed() throws {
        let project = try Project()
        try (Data("ok line\n".utf8) + Data([0x00, 0x28])).write(to: project.url.appendingPathComponent("Corpus/broken.txt"))
        let output = try project.run(["ingest", "--json"])
        #expect(output.status == 2)
        #expect(output.messages == "kb: Corpus/broken.txt: binary file (contains NUL bytes), not a text corpus; skipped\n")
        #expect(KB.json(output.stdout)?["answers"] as? Int == 31)
    }

    /// Guards the rebuild that moved the new index into place without its WAL (and lost it).
    @Test func rebuildReplacesTheIndexWhole() throws {
        let project = try Project()
        _ = try project.run(["ingest", "--db", "x.sqlite", "Corpus"])
        let output = try project.run(["ingest", "--db", "x.sqlite", "--rebuild", "--json", "Corpus"])
        #expect(output.status == 0)
        #expect(KB.json(output.stdout)?["answers"] as? Int == 31)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: project.url.path).filter { $0.contains(".rebuild") }
        #expect(leftovers.isEmpty)
        #expect(KB.json(try project.run(["stats", "--db", "x.sqlite", "--json"]).stdout)?["answers"] as? Int == 31)
        #expect(try project.run(["search", "--db", "x.sqlite", "SnapStart"]).status == 0)
    }

    /// Questions from HTML, Markdown and JSON show above the fact, and in JSON; stats counts them.
    @Test func questionsShowInSearchAndStats() throws {
        let project = try Project()
        let readers = repositoryRoot.appendingPathComponent("Tests/KnowledgeBaseTests/Fixtures/Readers")
        for name in ["details.html", "faq.md", "faq.json"] {
            try FileManager.default.copyItem(at: readers.appendingPathComponent(name), to: project.url.appendingPathComponent("Corpus/" + name))
        }
        let expected = try JSONDecoder().decode(ReaderExpectation.self, from: Data(contentsOf: readers.appendingPathComponent("details.html.expected.json")))
        let first = try #require(expected.questions.first)
        let word = try #require(first.answer_contains.first)
        let output = try project.run(["search", "--json", "--limit", "1", word])
        let result = try #require((KB.json(output.stdout)?["results"] as? [[String: Any]])?.first)
        #expect(result["question"] as? String == first.question)
        #expect(result["source"] as? String == "Corpus/details.html")
        if let anchor = first.anchor { #expect(result["location"] as? String == "Corpus/details.html#" + anchor) }
        let text = try project.run(["search", "--limit", "1", word]).stdout
        #expect(text.contains("\n    Q: " + first.question + "\n"))
        let stats = try #require(KB.json(try project.run(["stats", "--json"]).stdout))
        #expect(stats["formats"] as? [String: Int] == ["html": 1, "json": 1, "md": 1, "txt": 1])
        #expect((stats["questions"] as? Int ?? 0) >= 10)
    }

    struct ReaderExpectation: Decodable {
        struct Question: Decodable {
            var question: String
            var answer_contains: [String]
            var anchor: String?
        }

        var questions: [Question]
    }

    /// The issue's acceptance: every WebAssembly platform the corpus gives, and no Lambda runtime.
    @Test func coldStartsUnderTenMilliseconds() throws {
        let project = try Project()
        let output = try project.run(["claims", "--metric", "cold start", "--max", "10ms", "--json"])
        #expect(output.status == 0)
        let claims = try #require(KB.json(output.stdout)?["claims"] as? [[String: Any]])
        let subjects = Set(claims.compactMap { $0["subject"] as? String })
        for platform in ["Fermyon Spin", "Cloudflare Workers", "Fastly Compute@Edge", "Wasmer Edge"] {
            #expect(subjects.contains(platform), "\(platform) missing from \(subjects)")
        }
        for runtime in ["Node.js", "Python", "Java", "Go", "Rust", ".NET", "Ruby"] {
            #expect(!subjects.contains { $0.hasPrefix(runtime) }, "\(runtime) listed: \(subjects)")
        }
        let keys: Set<String> = ["claim_id", "fact_id", "answer_id", "source", "line", "fact", "surface", "start", "end", "low", "high",
                                 "unit", "comparator", "kind", "normalized", "subject", "metric", "conditions", "hedged"]
        for claim in claims {
            #expect(keys.isSubset(of: Set(claim.keys)))
            let fact = try #require(claim["fact"] as? String)
            let start = try #require(claim["start"] as? Int), end = try #require(claim["end"] as? Int)
            let scalars = Array(fact.unicodeScalars)
            var surface = String.UnicodeScalarView()
            surface.append(contentsOf: scalars[start..<end])
            #expect(String(surface) == claim["surface"] as? String)
            #expect(((claim["normalized"] as? [String: Any])?["high"] as? Double ?? 1) <= 0.01 + 1e-12)
        }
        #expect(try project.run(["claims", "--max", "ten"]).status == 2)
        #expect(try project.run(["claims", "--subject", "no such thing at all"]).status == 1)
        #expect(((KB.json(try project.run(["stats", "--json"]).stdout)?["claims"] as? Int) ?? 0) > 300)
    }

    /// STYLE: every subcommand `kb --help` lists is documented in docs/commands.md (as `kb <name>`).
    @Test func everySubcommandIsDocumented() throws {
        let help = try KB.run(["--help"], in: repositoryRoot).stdout
        let commandsURL = repositoryRoot.appendingPathComponent("docs/commands.md")
        let commands = try #require(try? String(contentsOf: commandsURL, encoding: .utf8), "docs/commands.md is missing: \(commandsURL.path)")
        let section = help.components(separatedBy: "SUBCOMMANDS:").last ?? ""
        // Subcommand lines are indented two spaces; wrapped descriptions are indented further.
        let names = section.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("  "), line.dropFirst(2).first?.isLetter == true else { return nil }
            return line.dropFirst(2).split(separator: " ").first.map(String.init)
        }.filter { $0 != "help" && $0 != "See" }
        #expect(names.sorted() == ["check", "claims", "export", "ingest", "search", "stats"])
        for name in names { #expect(commands.contains("kb \(name)"), "docs/commands.md lacks kb \(name)") }
    }
}
