import ArgumentParser
import KBCheck
import KBClaims
import KBExport
import KBIngest
import KBModel
import KBSearch
import KBText
import KnowledgeStore
struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what the index holds (builds the default index on first use)."
    )

    @OptionGroup var index: IndexOptions

    @Flag(help: "Print the figures as JSON.")
    var json = false

    func run() throws {
        let stats: IndexStats
        do {
            stats = try index.openForReading().stats()
        } catch {
            error.exit()
        }
        if json {
            JSONOutput.print(stats)
            return
        }
        let rows: [(String, Int)] = [
            ("sources", stats.sources),
            ("answer records", stats.answerRecords),
            ("unique answers", stats.answers),
            ("duplicates removed", stats.duplicatesRemoved),
            ("boilerplate lines", stats.boilerplateLines),
            ("boilerplate prefixes", stats.boilerplatePrefixes),
            ("facts", stats.facts),
            ("fact clusters", stats.factClusters),
            ("claims", stats.claims),
            ("questions", stats.questions),
        ]
        print("\(index.indexPath) (schema version \(stats.schemaVersion))")
        let width = rows.map(\.0.count).max() ?? 0
        for (label, value) in rows {
            print("  " + label + String(repeating: " ", count: width - label.count) + "  " + String(value))
        }
        let formats = stats.formats.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        if !formats.isEmpty { print("  formats" + String(repeating: " ", count: width - 7) + "  " + formats) }
    }
}
