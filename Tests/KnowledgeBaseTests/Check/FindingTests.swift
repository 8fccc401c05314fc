@testable import KBExport
@testable import KBCheck
@testable import KBClaims
@testable import KBIngest
@testable import KBSearch
@testable import KBModel
@testable import KBText
import Foundation
import Testing

@Suite struct FindingTests {
    static let conflict = [
        "Acme Functions supports: (1) Java 17 and later, (2) Python 3.11 and later.",
        "Acme Functions runtime limits: Not supported: Python, Ruby.",
    ]

    @Test func fingerprintsSurviveLinesMoving() throws {
        let before = CheckCorpus.findings(Self.conflict)
        let after = CheckCorpus.findings(CheckCorpus.filler + ["Caches keep hot data close to the code that reads it."] + Self.conflict)
        let first = try #require(before.first), second = try #require(after.first)
        #expect(first.facts.map(\.location.line) != second.facts.map(\.location.line))
        #expect(first.id == second.id)
        #expect(first.id.count == 16)
    }

    @Test func fingerprintsChangeWhenTheEvidenceChanges() throws {
        let original = try #require(CheckCorpus.findings(Self.conflict).first)
        let edited = try #require(CheckCorpus.findings([
            Self.conflict[0], "Acme Functions runtime limits: Not supported: Python, Ruby, Go.",
        ]).first)
        #expect(original.id != edited.id)
    }

    @Test func theCheckerOrdersBySubjectAndIsDeterministic() {
        let lines = Self.conflict + [
            "Bolt Edge: 5ms cold start.", "Benchmarks: Bolt Edge: 60ms cold start.",
            "Warming: $8.33 + $2.50 warming = $12.83 in total.",
        ]
        let first = CheckCorpus.findings(lines), second = CheckCorpus.findings(lines)
        #expect(first.map(\.id) == second.map(\.id))
        #expect(first.map(\.subject.localizedLowercase) == first.map(\.subject.localizedLowercase).sorted())
        #expect(Set(first.map(\.kind)) == [.list, .numeric, .arithmetic])
    }

    @Test func baselineFilesRoundTrip() throws {
        let findings = CheckCorpus.findings(Self.conflict)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kb-baseline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("baseline.json").path
        try Baseline.write(findings, to: path)
        let baseline = try Baseline.read(path: path)
        #expect(!findings.isEmpty && findings.allSatisfy(baseline.contains))
        try Data("[1, 2]".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: CheckError.malformedBaseline(path: path, found: "no \"fingerprints\" array")) { try Baseline.read(path: path) }
        #expect(throws: CheckError.self) { try Baseline.read(path: folder.appendingPathComponent("missing.json").path) }
    }

    @Test func githubLinesEscapeTheirProperties() {
        let evidence = Finding.Evidence(factID: 1, text: "a", location: SourceLocation(path: "dir, with: comma.txt", line: 3, column: 2),
                                        says: "a")
        let finding = Finding(kind: .numeric, severity: .note, subject: "S", attribute: "m", message: "50%\nlater",
                              facts: [evidence], values: [])
        let line = FindingReport(findings: [finding]).github()
        #expect(line == "::notice file=dir%2C with%3A comma.txt,line=3,col=2,title=kb numeric%3A S::50%25%0Alater\n")
    }
}
