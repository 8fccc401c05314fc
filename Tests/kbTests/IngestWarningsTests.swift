import Foundation
import Testing
import TestSupport

/// Warnings people can read: one line per kind with a count and an example, every file with
/// --verbose, none with --quiet; errors stay one line per file.
@Suite struct IngestWarningsTests {
    static func project() throws -> Project {
        let project = try Project(withCorpus: false)
        for index in 1...3 {
            try project.write("Corpus/page\(index).html", "<html><body><p>Just paragraph \(index) about things, with no question.</p></body></html>\n")
        }
        try project.write("Corpus/faq.md", "## Is this a question?\n\nYes, and this is its answer.\n")
        return project
    }

    @Test func warningsOfOneKindAreSummedUp() throws {
        let output = try Self.project().run(["ingest", "--db", "kb.sqlite", "Corpus"])
        #expect(output.status == 0)
        let lines = output.messages.split(separator: "\n")
        #expect(lines.count == 1, "\(output.stderr)")
        #expect(lines.first?.hasPrefix("kb: warning: 3 files: no question/answer structure found, e.g. Corpus/page1.html; --verbose lists them") == true,
                "\(output.stderr)")
    }

    @Test func verboseListsEveryFileAndQuietNone() throws {
        let project = try Self.project()
        let verbose = try project.run(["ingest", "--db", "verbose.sqlite", "--verbose", "Corpus"])
        #expect(verbose.messages.split(separator: "\n").count == 3)
        #expect(verbose.stderr.contains("Corpus/page2.html: warning: no question/answer structure found"))
        let quiet = try project.run(["ingest", "--db", "quiet.sqlite", "--quiet", "Corpus"])
        #expect(quiet.status == 0)
        #expect(quiet.stderr.isEmpty, "\(quiet.stderr)")
        let both = try project.run(["ingest", "--db", "both.sqlite", "--quiet", "--verbose", "Corpus"])
        #expect(both.status == 2)
    }
}
