import Foundation
import Testing
import TestSupport

/// What a person sees when they mistype, over-ask or run kb where no index can be built.
@Suite struct CLIUsabilityTests {
    /// Claims print as a located line and an indented evidence line; this counts the located ones.
    func records(_ stdout: String) -> Int {
        stdout.split(separator: "\n").filter { $0.hasPrefix("Corpus/") }.count
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
}
