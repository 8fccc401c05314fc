import Foundation
import KBModel
import Testing
import TestSupport

/// What a person sees when they mistype, over-ask or run kb where no index can be built.
@Suite struct CLIUsabilityTests {
    /// Claims print as a located line and an indented evidence line; this counts the located ones.
    func records(_ stdout: String) -> Int {
        stdout.split(separator: "\n").filter { $0.hasPrefix("Corpus/") }.count
    }

    /// `kb --version` prints the version alone, answered before the command tree is built.
    @Test func versionPrintsTheVersionAlone() throws {
        let project = try Project(withCorpus: false)
        let output = try project.run(["--version"])
        #expect(output.status == 0)
        #expect(output.stdout == KBVersion.current + "\n")
        #expect(output.stderr.isEmpty)
    }

    @Test func aMistypedCommandSuggestsTheNearestOne() throws {
        let project = try Project(withCorpus: false)
        let output = try project.run(["serch", "lambda"])
        #expect(output.status == 2)
        #expect(output.stderr.contains("unknown command 'serch'; did you mean 'search'?"))
        #expect(output.stderr.split(separator: "\n").count == 1)
        let far = try project.run(["xyzzy"])
        #expect(far.status == 2)
        #expect(!far.stderr.contains("did you mean"))
    }

    /// ArgumentParser's messages in kb's voice: `kb: ` + what was wrong + what to do + which help.
    @Test func usageErrorsSpeakInOneVoice() throws {
        let project = try Project(withCorpus: false)
        let format = try project.run(["export", "--format", "xml"])
        #expect(format.status == 2)
        #expect(format.stderr == "kb: the value 'xml' is invalid for '--format <format>'; use one of 'markdown', 'json', 'csv' or 'html' (see kb help export)\n")
        let help = try project.run(["help", "serch"])
        #expect(help.status == 2)
        #expect(help.stderr == "kb: unknown command 'serch'; did you mean 'search'?\n")
        let missing = try project.run(["search"])
        #expect(missing.status == 2)
        #expect(missing.stderr.hasPrefix("kb: missing expected argument") && missing.stderr.hasSuffix("(see kb help search)\n"))
    }

    /// Files kb cannot read are named once, never the index itself when it sits in the folder;
    /// --quiet names none (errors are still printed).
    @Test func skippedFilesAreNamedButNotTheIndexItself() throws {
        let project = try Project(withCorpus: false)
        try project.write("notes/faq.md", "## Why?\n\nBecause the archive keeps 25 versions of every page.\n")
        #expect(try project.run(["ingest", "--db", "notes/kb.sqlite", "notes"]).status == 0)
        try project.write("notes/drawing.xyz", "not text kb reads")
        try project.write("notes/faq.md", "## Why?\n\nBecause the archive keeps 30 versions of every page.\n")
        let again = try project.run(["ingest", "--db", "notes/kb.sqlite", "notes"])
        #expect(again.status == 0)
        #expect(again.stderr == "kb: notes/drawing.xyz: skipped (no reader for this file type)\n")
        let quiet = try project.run(["ingest", "--db", "notes/kb.sqlite", "--quiet", "--rebuild", "notes"])
        #expect(quiet.status == 0)
        #expect(quiet.stderr.isEmpty, "\(quiet.stderr)")
    }

    /// An ingest that creates an index says so once (a mistyped --db does not go unnoticed); the
    /// next ingest into it does not; --quiet does not.
    @Test func aNewIndexIsSaidOnce() throws {
        let project = try Project(withCorpus: false)
        try project.write("notes/faq.md", "## Why?\n\nBecause the archive keeps 25 versions of every page.\n")
        let first = try project.run(["ingest", "--db", "new.sqlite", "notes"])
        #expect(first.status == 0)
        #expect(first.stderr == "kb: created a new index at new.sqlite\n")
        let second = try project.run(["ingest", "--db", "new.sqlite", "notes"])
        #expect(second.stderr.isEmpty, "\(second.stderr)")
        let quiet = try project.run(["ingest", "--db", "other.sqlite", "--quiet", "notes"])
        #expect(quiet.status == 0 && quiet.stderr.isEmpty, "\(quiet.stderr)")
    }

    @Test func claimsAreCappedAndSayHowManyMore() throws {
        let project = try Project()
        let capped = try project.run(["claims", "--limit", "5"])
        #expect(capped.status == 0)
        #expect(records(capped.stdout) == 5)
        let all = try project.run(["claims", "--limit", "0"])
        let total = records(all.stdout)
        #expect(total > 5)
        #expect(capped.stderr.contains("showing 5 of \(total) claims; --limit 0 for all"))
        #expect(!all.stderr.contains("showing"))

        let json = try #require(KB.json(try project.run(["claims", "--limit", "3", "--json"]).stdout))
        #expect((json["claims"] as? [Any])?.count == 3)
        #expect(json["total"] as? Int == total)
        #expect(json["truncated"] as? Bool == true)
    }

    @Test func contradictoryClaimFiltersAreRefusedBeforeSearching() throws {
        let project = try Project()
        let inverted = try project.run(["claims", "--min", "10GB", "--max", "1GB"])
        #expect(inverted.status == 2)
        #expect(inverted.stderr.contains("is above --max"))
        let mixed = try project.run(["claims", "--min", "10ms", "--max", "1GB"])
        #expect(mixed.status == 2)
        #expect(mixed.stderr.contains("measure different things"))
        let wrongUnit = try project.run(["claims", "--unit", "time", "--max", "1GB"])
        #expect(wrongUnit.status == 2)
        #expect(wrongUnit.stderr.contains("not of --unit time"))
        #expect(try project.run(["claims", "--limit", "-1"]).status == 2)
    }

    @Test func anUnknownDimensionNamesTheOnesTheIndexHolds() throws {
        let project = try Project()
        let output = try project.run(["claims", "--unit", "furlongs"])
        #expect(output.status == 1)
        #expect(output.stderr.contains("--unit furlongs: the index holds no claims of that dimension"))
        #expect(output.stderr.contains("time"))
        let upper = try project.run(["claims", "--unit", "TIME", "--limit", "2"])
        #expect(upper.status == 0)
        #expect(records(upper.stdout) == 2)
    }

    @Test func withoutIndexOrCorpusKbSaysWhatToDoAndCreatesNothing() throws {
        // A copy of the binary outside the clone, so kb cannot find the clone's Corpus/ through its own path.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kb-bare-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let binary = folder.appendingPathComponent("kb")
        try FileManager.default.copyItem(at: KB.executable, to: binary)
        let output = try KB.run(binary, ["search", "lambda"], in: folder)
        #expect(output.status == 2)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr.split(separator: "\n").count == 1)
        #expect(output.stderr.contains("no Corpus/ folder"))
        #expect(output.stderr.contains("kb ingest --db"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["kb"])
    }

    // MARK: Long output, on a terminal and off it

    /// The findings limit: a stderr line when findings were left out, JSON with `total` and
    /// `truncated`, and an exit status that still counts every finding.
    @Test func checkIsCappedAndSaysHowManyMore() throws {
        let project = try Project()
        let all = try #require(KB.json(try project.run(["check", "--format", "json"]).stdout))
        let total = try #require((all["findings"] as? [Any])?.count)
        #expect(total > 1)
        #expect(all["total"] == nil && all["truncated"] == nil)

        let capped = try project.run(["check", "--limit", "1"])
        #expect(capped.stderr == "kb: showing 1 of \(total) findings; --limit 0 for all\n")
        #expect(capped.stdout.contains("\(total) findings:"), "the summary counts all findings")
        #expect(capped.status == (try project.run(["check", "--limit", "0"])).status)

        let json = try #require(KB.json(try project.run(["check", "--format", "json", "--limit", "2"]).stdout))
        #expect((json["findings"] as? [Any])?.count == 2)
        #expect(json["total"] as? Int == total)
        #expect(json["truncated"] as? Bool == true)
        #expect(try project.run(["check", "--limit", "-3"]).status == 2)
    }

    /// `script` gives kb a pseudo-terminal as standard output, as a person's terminal would.
    static let script = URL(fileURLWithPath: "/usr/bin/script")
    static var hasScript: Bool { FileManager.default.isExecutableFile(atPath: script.path) }

    func inTerminal(_ project: Project, _ arguments: [String], environment: [String: String] = [:]) throws -> KB.Output {
        let quoted = ([KB.executable.path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        return try KB.run(Self.script, ["-qfec", quoted.joined(separator: " "), "/dev/null"], in: project.url,
                          environment: environment.merging(["TERM": "xterm"]) { mine, _ in mine })
    }

    /// Long text output goes through `$KB_PAGER` on a terminal only: never with `--no-pager`,
    /// never into a pipe, never for JSON.
    @Test(.enabled(if: hasScript)) func longOutputIsPagedOnATerminalOnly() throws {
        let project = try Project()
        _ = try project.run(["ingest"])
        let pager = ["KB_PAGER": "sed 's/^/PAGED: /'"]
        let paged = try inTerminal(project, ["check", "--limit", "0"], environment: pager)
        // A terminal ends lines with CR LF (one Character in Swift).
        let lines = paged.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(!lines.isEmpty, "stdout: \(paged.stdout.prefix(300)) stderr: \(paged.stderr.prefix(300)) status \(paged.status)")
        #expect(lines.allSatisfy { $0.hasPrefix("PAGED: ") }, "\(paged.stdout.prefix(300))")
        #expect(paged.stdout.contains("\u{1B}[1m"), "styling is decided for the terminal, not for the pipe to the pager")

        let claims = try inTerminal(project, ["claims", "--limit", "3"], environment: pager)
        #expect(claims.stdout.contains("PAGED: "))
        let searched = try inTerminal(project, ["search", "SnapStart"], environment: pager)
        #expect(searched.stdout.contains("PAGED: "))

        for arguments in [["check", "--no-pager"], ["claims", "--json", "--limit", "3"], ["check", "--format", "json"]] {
            let output = try inTerminal(project, arguments, environment: pager)
            #expect(!output.stdout.contains("PAGED:"), "\(arguments)")
            #expect(!output.stdout.isEmpty)
        }
        let piped = try project.run(["check"], environment: pager)
        #expect(!piped.stdout.contains("PAGED:") && !piped.stdout.isEmpty)
        // An empty pager or cat means none.
        let none = try inTerminal(project, ["check"], environment: ["KB_PAGER": "cat", "PAGER": "sed 's/^/PAGED: /'"])
        #expect(!none.stdout.contains("PAGED:") && !none.stdout.isEmpty)
    }

    /// Progress on a terminal starts before the first file is done and counts bytes of the whole
    /// input; it is silent into a pipe and with --quiet.
    @Test(.enabled(if: hasScript)) func progressCountsBytesOnATerminal() throws {
        let project = try Project(withCorpus: false)
        let line = "The archive keeps 25 versions of every page for 90 days, and a restore takes about 4 minutes."
        let text = (0..<6_000).map { "Answer \($0): \(line) Item \($0 % 977) is held in rack \($0 % 31)." }.joined(separator: "\n")
        try project.write("Corpus/big.txt", text)
        let megabytes = String(format: "%.1f", Double(text.utf8.count) / 1_048_576)
        let shown = try inTerminal(project, ["ingest"])
        #expect(shown.status == 0, "\(shown.stdout)")
        #expect(shown.stdout.contains("kb: reading 0.0 of \(megabytes) MB"), "\(shown.stdout.prefix(400))")
        #expect(shown.stdout.contains("kb: indexing "))
        #expect(shown.stdout.contains("answers"))
        let quiet = try inTerminal(project, ["ingest", "--rebuild", "--quiet"])
        #expect(!quiet.stdout.contains("kb: indexing"))
        let piped = try project.run(["ingest", "--rebuild"])
        #expect(!piped.stderr.contains("indexing"))
    }
}
