import ArgumentParser
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
        discussion: "Exit status: 0 results, 1 no results, 2 error (including usage errors).",
        version: KBVersion.current,
        subcommands: [Search.self, Ingest.self, Stats.self, Claims.self, Check.self, Export.self]
    )

    /// Runs a subcommand; usage errors exit 2 (ArgumentParser would use 64) to keep one convention.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                Terminal.error(message(for: error) + " (see kb --help)")
                Terminal.exit(2)
            }
            exit(withError: error)
        }
    }
}
