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
        abstract: "Write a cleaned fact sheet: source by source, question by question, duplicates merged, code kept, conflicts marked.",
        discussion: """
            Formats: markdown, json and html (one self-contained page) go to stdout or --output; csv \
            writes facts.csv, claims.csv and findings.csv into the --output folder. An --output path \
            ending in / or naming a folder is a folder (facts.md, facts.json, facts.html inside); \
            missing parent folders are created, and kb says on stderr what it wrote. A sheet of more \
            than --page-facts facts written as html or markdown to a folder is an index page \
            (index.html, index.md) and one page per source. The same index gives byte-identical \
            output. Example: kb export --format html --output sheet/
            """
    )

    @Option(help: "markdown, json, csv or html.")
    var format: ExportFormat = .markdown

    @Option(help: "The file to write, or a folder (ending in / or existing) for the format's files; parents are created. Default: standard output.")
    var output: String?

    @Option(help: "The sheet's title. Default: the title the corpus's pages share, else the folder holding the corpus.")
    var title: String?

    @Option(name: .customLong("page-facts"),
            help: "html and markdown to a folder: a sheet of more facts is written as an index and one page per source (0: always one file).")
    var pageFacts: Int = FactSheetPages.defaultFactsPerPage

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
        if pageFacts < 0 {
            throw ValidationError("--page-facts must be 0 (one file) or more, not \(pageFacts)")
        }
        if let title, title.allSatisfy(\.isWhitespace) {
            throw ValidationError("--title is empty: give the sheet a title, or leave the option out for the corpus's name")
        }
    }

    func run() throws {
        var options = FactSheetOptions()
        options.title = title
        options.topic = topic
        options.subject = subject
        options.conflicts = !noConflicts
        if timestamp { options.timestamp = ISO8601DateFormatter().string(from: Date()) }
        let stream: FactSheetStream
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
            // The check reads every fact once; the sheet is then laid out from facts without
            // their text, and each batch of sections loads its own text as it is written.
            let findings = noConflicts ? [] : Checker().run(try store.checkFacts())
            Memory.returnFreedPages()
            let filter = options
            let light = try store.sheetFacts(keep: options.subject == nil ? nil : { filter.mentionsSubject(text: $0, topic: $1, subjects: $2) })
            let plan = FactSheetBuilder.plan(answers: light.answers, facts: light.facts, findings: findings, options: options,
                                             titles: try store.sourceTitles(), keep: \.kept)
            stream = FactSheetStream(plan: plan, facts: { try store.checkFacts(ids: $0) }, answers: { try store.indexedAnswers(ids: $0) })
        } catch let error as StoreError {
            error.exit()
        }
        do {
            guard let output else {
                try format.exporter.write(stream, pages: nil) { _, text in print(text, terminator: "") }
                return
            }
            let destination = ExportDestination(output, format: format)
            // A large sheet to a folder: an index and one page per source.
            let paged = destination.isFolder && format.hasPages && pageFacts > 0 && stream.sheet.summary.facts > pageFacts
            let files = ExportFiles(destination)
            do {
                try FileManager.default.createDirectory(atPath: destination.folder, withIntermediateDirectories: true)
                try format.exporter.write(stream, pages: paged ? FactSheetPages.pages(stream, factsPerPage: pageFacts) : nil, to: files.write)
                try files.finish()
            } catch let error as StoreError {
                files.abandon()
                throw error
            } catch {
                files.abandon()
                let reason = (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
                Terminal.error("\(output): cannot write the export (\(reason)); check that the folder is writable")
                throw ExitCode(2)
            }
            Terminal.error(destination.summary(files.written))
        } catch let error as StoreError {
            error.exit()
        }
    }
}

/// What the process gives back to the system between the stages of a large job.
enum Memory {
    /// Hands freed heap pages back to the system: the check's facts are freed before the sheet is
    /// laid out, and pages the allocator keeps would otherwise count twice in the peak.
    static func returnFreedPages() {
        #if os(Linux)
        _ = glibcMallocTrim(0)
        #endif
    }
}

#if os(Linux)
/// glibc's `malloc_trim` (declared in `<malloc.h>`, which the Glibc module does not export).
@_silgen_name("malloc_trim")
private func glibcMallocTrim(_ pad: Int) -> Int32
#endif

/// The files of an export, written piece by piece: each into a temporary file beside its
/// destination, moved into place when complete, so that an interrupted export leaves no half file.
final class ExportFiles {
    let destination: ExportDestination
    private(set) var written: [(path: String, bytes: Int)] = []
    private var open: (name: String, path: String, partial: String, handle: FileHandle, bytes: Int)?

    init(_ destination: ExportDestination) {
        self.destination = destination
    }

    func write(_ name: String, _ text: String) throws {
        if open?.name != name {
            try finish()
            let path = destination.path(for: name)
            let partial = path + ".partial"
            guard FileManager.default.createFile(atPath: partial, contents: nil) else {
                throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: partial])
            }
            open = (name, path, partial, try FileHandle(forWritingTo: URL(fileURLWithPath: partial)), 0)
        }
        let data = Data(text.utf8)
        try open?.handle.write(contentsOf: data)
        open?.bytes += data.count
    }

    /// Closes the open file and moves it into place.
    func finish() throws {
        guard let file = open else { return }
        open = nil
        try file.handle.close()
        if FileManager.default.fileExists(atPath: file.path) { try FileManager.default.removeItem(atPath: file.path) }
        try FileManager.default.moveItem(atPath: file.partial, toPath: file.path)
        written.append((file.path, file.bytes))
    }

    /// Drops the file being written.
    func abandon() {
        guard let file = open else { return }
        open = nil
        try? file.handle.close()
        try? FileManager.default.removeItem(atPath: file.partial)
    }
}

/// One rule for `--output` in every format: a path ending in `/` or naming an existing folder is a
/// folder (the format's file names go inside it); anything else is the file to write. Missing
/// parent folders are created.
struct ExportDestination {
    let output: String
    let isFolder: Bool
    let format: ExportFormat

    init(_ output: String, format: ExportFormat) {
        self.output = output
        self.format = format
        var directory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: output, isDirectory: &directory)
        isFolder = format.writesFolder || output.hasSuffix("/") || (exists && directory.boolValue)
    }

    /// The folder that must exist before writing.
    var folder: String {
        if isFolder { return output }
        let parent = (output as NSString).deletingLastPathComponent
        return parent.isEmpty ? "." : parent
    }

    func path(for name: String) -> String {
        guard isFolder else { return output }
        return (output as NSString).appendingPathComponent(name.isEmpty ? format.fileName : name)
    }

    /// `wrote facts.html (12 KB)` or `wrote 3 files to sheet/ (facts.csv 412 KB, ...)`; past a few
    /// files, the first and a total (`wrote 40 files to sheet/ (index.html 80 KB, ... 3.1 MB in all)`).
    func summary(_ written: [(path: String, bytes: Int)]) -> String {
        if !isFolder, let only = written.first {
            return "wrote \(only.path) (\(Self.size(only.bytes)))"
        }
        let shown = output.hasSuffix("/") ? output : output + "/"
        var list = written.map { "\(($0.path as NSString).lastPathComponent) \(Self.size($0.bytes))" }
        if list.count > 4 {
            list = [list[0], "... \(Self.size(written.reduce(0) { $0 + $1.bytes })) in all"]
        }
        return "wrote \(written.count) file\(written.count == 1 ? "" : "s") to \(shown) (\(list.joined(separator: ", ")))"
    }

    static func size(_ bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes) B" }
        if bytes < 1024 * 1024 { return "\((bytes + 512) / 1024) KB" }
        return String(format: "%.1f MB", Double(bytes) / 1_048_576)
    }
}

extension ExportFormat: ExpressibleByArgument {}
