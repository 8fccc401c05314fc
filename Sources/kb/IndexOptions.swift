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
/// The `--db` option shared by every subcommand, and the defaults behind it.
struct IndexOptions: ParsableArguments {
    @Option(name: .long, help: "The index file (default: Index/kb.sqlite in the project).")
    var db: String?

    /// The folder holding `Corpus/` and `Index/`: the working directory when it has a `Corpus/`
    /// folder, else the nearest such folder above the kb executable (so `.build/debug/kb` works
    /// from anywhere in a clone), else the working directory.
    static let projectRoot: URL = {
        let fileManager = FileManager.default
        let cwd = URL(fileURLWithPath: fileManager.currentDirectoryPath)
        func hasCorpus(_ url: URL) -> Bool {
            var isDirectory: ObjCBool = false
            return fileManager.fileExists(atPath: url.appendingPathComponent("Corpus").path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
        if hasCorpus(cwd) { return cwd }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0], relativeTo: cwd).resolvingSymlinksInPath().deletingLastPathComponent()
        while folder.path != "/" {
            if hasCorpus(folder), fileManager.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) { return folder }
            folder.deleteLastPathComponent()
        }
        return cwd
    }()

    static var defaultCorpus: String { projectRoot.appendingPathComponent("Corpus").path }
    static var defaultIndex: String { projectRoot.appendingPathComponent("Index/kb.sqlite").path }

    var usesDefaultIndex: Bool { db == nil }
    var indexPath: String { db ?? Self.displayPath(Self.defaultIndex) }

    /// A path relative to the working directory when inside it.
    static func displayPath(_ path: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        let base = cwd.hasSuffix("/") ? cwd : cwd + "/"
        return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
    }

    /// Ingest options for the default corpus: paths stored relative to the project root.
    static var defaultIngestOptions: IngestOptions {
        var options = IngestOptions()
        options.workingDirectory = projectRoot
        return options
    }

    /// Opens the index for reading. The default index is built on first use and refreshed when the
    /// bundled corpus changed, with one line on stderr saying so; `--db` indexes must exist.
    func openForReading() throws(StoreError) -> KnowledgeStore {
        guard usesDefaultIndex else {
            return try KnowledgeStore.openForReading(path: indexPath)
        }
        let corpus = Self.defaultCorpus
        let options = Self.defaultIngestOptions
        let hasCorpus = FileManager.default.fileExists(atPath: corpus)
        // Opened by the path shown (relative to the working directory when inside it), so that
        // errors name the index as the other messages do.
        if FileManager.default.fileExists(atPath: Self.defaultIndex) {
            let reader = try KnowledgeStore.openForReading(path: indexPath)
            guard hasCorpus, try reader.isStale(paths: [corpus], options: options) else { return reader }
            Terminal.error("\(Self.displayPath(corpus))/ changed; refreshing \(indexPath)")
        } else if hasCorpus {
            Terminal.error("building \(indexPath) from \(Self.displayPath(corpus))/ (first use)")
        } else {
            // No index and nothing to build one from: say where kb looked, create nothing.
            Terminal.error("no index at \(indexPath) and no Corpus/ folder in \(Self.projectRoot.path) to build it from; "
                + "index your files with `kb ingest --db kb.sqlite PATH` and search with `--db kb.sqlite`, or run kb inside a clone of kb")
            Terminal.exit(2)
        }
        let store = try KnowledgeStore.open(path: indexPath, create: true)
        guard hasCorpus else { return store }
        let report = try store.ingest(paths: [corpus], options: options, progress: Ingest.showProgress)
        Terminal.clearProgress()
        for problem in report.errors { Terminal.error(problem.description) }
        return store
    }
}

extension StoreError {
    /// Prints the error and exits 2: the one place store errors reach the user.
    func exit() -> Never {
        Terminal.error(description)
        Terminal.exit(2)
    }
}

/// JSON output: sorted keys, unescaped slashes, one document per command.
enum JSONOutput {
    static func print(_ value: some Encodable) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value), let text = String(data: data, encoding: .utf8) else {
            Terminal.error("internal error: cannot encode JSON output")
            Terminal.exit(2)
        }
        Swift.print(text)
    }
}
