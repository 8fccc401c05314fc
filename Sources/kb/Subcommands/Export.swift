import ArgumentParser
import Foundation
import KBCheck
import KBClaims
import KBExport
import KBIngest
import KBModel
import KBSearch
import KBText
import KnowledgeStore
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a cleaned fact sheet: facts by topic, duplicates merged, sources listed, conflicts marked.",
        discussion: """
            Formats: markdown and json (stdout or --output FILE), html (one self-contained page), csv \
            (facts.csv, claims.csv and findings.csv into the --output folder). The same index gives \
            byte-identical output. Example: kb export --format html --output facts.html
            """
    )

    @Option(help: "markdown, json, csv or html.")
    var format: ExportFormat = .markdown

    @Option(help: "The file to write (a folder for csv); default: standard output.")
    var output: String?

    @Option(help: "Only topics containing this text (case-insensitive).")
    var topic: String?

    @Option(help: "Only facts whose text, topic or claim subjects contain this text.")
    var subject: String?

    @Option(help: "Only facts matching this search (kb search syntax).")
    var query: String?

    @Flag(name: .customLong("no-conflicts"), help: "Leave out conflict marks and the conflict list.")
    var noConflicts = false

    @Flag(help: "Write the time of export into the sheet (off by default so exports diff cleanly).")
    var timestamp = false

    @OptionGroup var index: IndexOptions

    func validate() throws {
        if format.writesFolder, output == nil {
            throw ValidationError("--format csv writes three files: name a folder with --output")
        }
    }

    func run() throws {
        var options = FactSheetOptions()
        options.title = "Fact sheet: " + (index.usesDefaultIndex ? "Corpus/" : index.indexPath)
        options.topic = topic
        options.subject = subject
        options.conflicts = !noConflicts
        if timestamp { options.timestamp = ISO8601DateFormatter().string(from: Date()) }
        let sheet: FactSheet
        do {
            let store = try index.openForReading()
            if let query {
                do {
                    options.factIDs = try store.matchingFactIDs(try SearchQuery.parse(query))
                } catch let error as SearchQueryError {
                    Terminal.error(error.description)
                    throw ExitCode(2)
                }
            }
            let facts = try store.checkFacts()
            let findings = noConflicts ? [] : Checker().run(facts)
            sheet = FactSheetBuilder.build(answers: try store.indexedAnswers(), facts: facts, findings: findings, options: options)
        } catch let error as StoreError {
            error.exit()
        }
        let files = format.exporter.render(sheet)
        guard let output else {
            for file in files { print(file.contents, terminator: "") }
            return
        }
        do {
            if format.writesFolder {
                try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
                for file in files {
                    try Data(file.contents.utf8).write(to: URL(fileURLWithPath: output).appendingPathComponent(file.name), options: .atomic)
                }
            } else {
                try Data(files.map(\.contents).joined().utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
            }
        } catch {
            Terminal.error("\(output): cannot write the export (\((error as NSError).localizedFailureReason ?? "\(error)"))")
            throw ExitCode(2)
        }
    }
}

extension ExportFormat: ExpressibleByArgument {}
