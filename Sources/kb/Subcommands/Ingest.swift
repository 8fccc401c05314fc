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
struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Index corpus files (default: the bundled Corpus/ folder).",
        discussion: """
            Folders are read recursively. Unchanged files are skipped; a changed file replaces only its \
            own rows. The whole ingest is one transaction: on any failure the previous index is intact. \
            Files that cannot be read are reported (exit 2) and the rest is indexed.
            """
    )

    @Argument(help: "Files or folders to index.")
    var paths: [String] = []

    @OptionGroup var index: IndexOptions

    @Flag(help: "Print the result as JSON.")
    var json = false

    @Flag(help: "Build the index anew from the given paths and replace the old one when done.")
    var rebuild = false

    @Flag(help: "Skip numeric claim extraction (a faster ingest when only search is needed).")
    var noClaims = false

    @Flag(name: .shortAndLong, help: "List every file's warnings (by default warnings of one kind are summed up in one line).")
    var verbose = false

    @Flag(name: .shortAndLong, help: "Print no warnings (errors are still printed).")
    var quiet = false

    func validate() throws {
        if verbose && quiet { throw ValidationError("--verbose and --quiet cannot be used together") }
    }

    func run() throws {
        let inputs = paths.isEmpty ? [IndexOptions.defaultCorpus] : paths
        var options = paths.isEmpty ? IndexOptions.defaultIngestOptions : IngestOptions()
        options.extractClaims = !noClaims
        // The default index by the path shown to the user (relative to the working directory when inside it).
        let target = index.usesDefaultIndex ? IndexOptions.displayPath(IndexOptions.defaultIndex) : index.indexPath
        // A new index is said, once: a mistyped --db should not go unnoticed.
        let isNew = !FileManager.default.fileExists(atPath: target)
        let report: IngestReport
        do {
            report = rebuild
                ? try Self.rebuild(at: target, paths: inputs, options: options, progress: quiet ? nil : Self.showProgress)
                : try KnowledgeStore.open(path: target, create: true).ingest(paths: inputs, options: options, progress: quiet ? nil : Self.showProgress)
        } catch {
            error.exit()
        }
        Terminal.clearProgress()
        if isNew, !quiet { Terminal.error("created a new index at \(target)") }
        for problem in report.errors { Terminal.error(problem.description) }
        if !quiet {
            // The index itself (and its journal files) may sit in the folder being indexed.
            let own = Set(["", "-wal", "-shm", "-journal"].map { Self.absolute(target + $0) })
            for skipped in report.skippedUnknown where !own.contains(Self.absolute(skipped)) {
                Terminal.error("\(skipped): skipped (no reader for this file type)")
            }
            for line in Self.warningLines(report.warnings, verbose: verbose) { Terminal.error(line) }
        }
        if json {
            JSONOutput.print(IngestJSON(report: report))
        } else {
            print(Self.summary(report, index: IndexOptions.displayPath(target)))
        }
        if !report.errors.isEmpty { throw ExitCode(2) }
    }

    /// Warnings as printed: with `verbose`, one line per file; otherwise one line per kind of warning
    /// (the same message but for its numbers) with a count and an example when a kind has several.
    static func warningLines(_ warnings: [(path: String, message: String)], verbose: Bool) -> [String] {
        if verbose { return warnings.map { "\($0.path): warning: \($0.message)" } }
        var order: [String] = []
        var byKind: [String: [(path: String, message: String)]] = [:]
        for warning in warnings {
            let kind = String(warning.message.map { $0.isNumber ? "#" : $0 })
            if byKind[kind] == nil { order.append(kind) }
            byKind[kind, default: []].append(warning)
        }
        return order.compactMap { kind -> String? in
            guard let members = byKind[kind], let first = members.first else { return nil }
            if members.count == 1 { return "\(first.path): warning: \(first.message)" }
            let summary = first.message.split(separator: ";").first.map(String.init) ?? first.message
            return "warning: \(members.count) files: \(summary), e.g. \(first.path); --verbose lists them"
        }
    }

    /// Builds a fresh index beside the old one, then moves it into place: until the move, the old
    /// index answers searches; if the build fails, the old index is untouched.
    static func rebuild(at path: String, paths: [String], options: IngestOptions,
                        progress: (@Sendable (IngestProgress) -> Void)?) throws(StoreError) -> IngestReport {
        let temporary = path + ".rebuild"
        let fileManager = FileManager.default
        func removeTemporary() { for suffix in ["", "-wal", "-shm"] { try? fileManager.removeItem(atPath: temporary + suffix) } }
        removeTemporary()
        let report: IngestReport
        do {
            let store = try KnowledgeStore.open(path: temporary, create: true)
            report = try store.ingest(paths: paths, options: options, progress: progress)
            try store.close()
        } catch {
            // A failed rebuild leaves nothing behind, and its message names the index, not the
            // temporary file ("the disk is full" for kb.sqlite, with the old index intact).
            removeTemporary()
            throw error.renamed(from: temporary, to: path)
        }
        for suffix in ["-wal", "-shm"] { try? fileManager.removeItem(atPath: path + suffix) }
        guard rename(temporary, path) == 0 else {
            throw .cannotOpen(path: path, detail: "cannot move the rebuilt index into place")
        }
        for suffix in ["-wal", "-shm"] { try? fileManager.removeItem(atPath: temporary + suffix) }
        return report
    }

    static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// `kb: indexing 12.3 of 25.4 MB, 19,200 answers`, at most ten times a second.
    @Sendable static func showProgress(_ progress: IngestProgress) {
        guard progress.bytesTotal > 0 else { return }
        let done = progress.bytesDone >= progress.bytesTotal
        guard done || ProgressThrottle.shared.due() else { return }
        let verb = progress.phase == .reading ? "reading" : "indexing"
        let answers = progress.phase == .indexing && progress.answers > 0 ? ", \(grouped(progress.answers)) answers" : ""
        Terminal.progress("\(verb) \(megabytes(progress.bytesDone)) of \(megabytes(progress.bytesTotal)) MB\(answers)")
    }

    static func megabytes(_ bytes: Int64) -> String { String(format: "%.1f", Double(bytes) / 1_048_576) }

    static func grouped(_ number: Int) -> String {
        let digits = String(number)
        var result = ""
        for (position, digit) in digits.enumerated() {
            if position > 0, (digits.count - position) % 3 == 0 { result += "," }
            result.append(digit)
        }
        return result
    }

    /// Throttles progress lines; safe from any thread.
    final class ProgressThrottle: @unchecked Sendable {
        static let shared = ProgressThrottle()
        private var last: UInt64 = 0
        private let lock = NSLock()

        func due() -> Bool {
            let now = DispatchTime.now().uptimeNanoseconds
            lock.lock()
            defer { lock.unlock() }
            guard last == 0 || now - last >= 100_000_000 else { return false }
            last = now
            return true
        }
    }

    static func summary(_ report: IngestReport, index: String) -> String {
        let stats = report.stats
        if report.changedNothing {
            return "\(index) is up to date: \(plural(report.skippedUnchanged.count, "file")) unchanged, nothing to do"
        }
        var lines = ["Indexed \(plural(report.indexedFiles.count, "file")) into \(index) in \(String(format: "%.2f", report.seconds)) s"
            + (report.skippedUnchanged.isEmpty ? "" : " (\(report.skippedUnchanged.count) unchanged)")
            + (report.removedSources.isEmpty ? "" : " (\(report.removedSources.count) removed)")]
        lines.append("  \(plural(stats.sources, "source")): \(plural(stats.boilerplateLines, "boilerplate line")) and "
            + "\(plural(stats.boilerplatePrefixes, "boilerplate prefix", "boilerplate prefixes")) dropped")
        lines.append("  \(plural(stats.answerRecords, "answer record")) -> \(plural(stats.answers, "unique answer")) "
            + "(\(plural(stats.duplicatesRemoved, "duplicate")) removed)")
        lines.append("  \(plural(stats.facts, "fact")) in \(plural(stats.factClusters, "cluster"))")
        return lines.joined(separator: "\n")
    }
}

func plural(_ count: Int, _ singular: String, _ pluralForm: String? = nil) -> String {
    "\(count) " + (count == 1 ? singular : pluralForm ?? singular + "s")
}

/// `kb ingest --json`: the stats fields plus what this ingest did.
struct IngestJSON: Encodable {
    var report: IngestReport

    enum Keys: String, CodingKey {
        case skippedUnchanged = "skipped_unchanged", seconds, indexed, removed, errors
    }

    func encode(to encoder: any Encoder) throws {
        try report.stats.encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(report.skippedUnchanged.count, forKey: .skippedUnchanged)
        try container.encode((report.seconds * 1000).rounded() / 1000, forKey: .seconds)
        try container.encode(report.indexedFiles.count, forKey: .indexed)
        try container.encode(report.removedSources.count, forKey: .removed)
        try container.encode(report.errors.map(\.description), forKey: .errors)
    }
}
