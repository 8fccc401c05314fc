import ArgumentParser
#if canImport(CMalloc)
import CMalloc
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import KBCheck
import KBClaims
import KBExport
import KBIngest
import KBModel
import KBSearch
import KBText
/// kb: index a FAQ-style corpus, search it, audit it.
@main
struct KB: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kb",
        abstract: "Index a FAQ-style knowledge base and search its facts offline.",
        discussion: """
            Exit status: 0 results, 1 no results, 2 error (including usage errors). \
            Shell completions: kb --generate-completion-script bash (or zsh, fish); see docs/commands.md.
            """,
        version: KBVersion.current,
        subcommands: [Search.self, Ingest.self, Stats.self, Claims.self, Check.self, Export.self]
    )

    /// Runs a subcommand; usage errors exit 2 (ArgumentParser would use 64) to keep one convention.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        // `kb --version` answers before anything else is set up: the command tree's reflection
        // (protocol conformance lookups over the whole binary) costs more than the answer.
        if arguments == ["--version"] {
            let line = Array((KBVersion.current + "\n").utf8)
            _ = line.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            return
        }
        #if canImport(CMalloc)
        // Big buffers (a batch's arrays, a page's bytes) come from their own mappings and go back
        // to the system when freed: glibc otherwise raises this threshold after the first big free
        // and serves later big buffers from a heap that fragments (ingest's peak memory was about
        // a quarter higher, and its time no lower).
        _ = mallopt(M_MMAP_THRESHOLD, 128 * 1024)
        #endif
        let names = configuration.subcommands.map { $0._commandName }
        // An unknown command: say so, with the nearest command's name.
        // `kb help NAME` with an unknown NAME is the same mistake.
        let named = arguments.first == "help" ? arguments.dropFirst().first : arguments.first
        if let first = named, !first.hasPrefix("-"), first != "help", !names.contains(first) {
            let nearest = names.map { ($0, Spelling.distance(first, $0, limit: 3)) }.filter { $0.1 <= 2 }.min { $0.1 < $1.1 }
            Terminal.error("unknown command '\(first)'" + (nearest.map { "; did you mean '\($0.0)'?" } ?? "; the commands are " + names.joined(separator: ", ")))
            Terminal.exit(2)
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                // Point at the subcommand's own help when there is one.
                let help = arguments.first.flatMap { names.contains($0) ? "kb help \($0)" : nil } ?? "kb --help"
                var text = message(for: error)
                if let first = text.first, first.isUppercase { text = first.lowercased() + text.dropFirst() }
                // ArgumentParser's voice ("Please provide one of ...") in kb's ("use one of ...").
                text = text.replacingOccurrences(of: ". Please provide one of ", with: "; use one of ")
                    .replacingOccurrences(of: "Please provide ", with: "provide ")
                if text.hasSuffix(".") { text.removeLast() }
                Terminal.error(text + " (see \(help))")
                Terminal.exit(2)
            }
            exit(withError: error)
        }
    }
}
