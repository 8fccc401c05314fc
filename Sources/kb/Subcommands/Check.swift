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
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find conflicting claims: differing lists, asserted and denied features, numbers, arithmetic.",
        discussion: """
            Exit status: 0 when no finding is at or above --fail-level, 1 when some is, 2 on error. \
            Example: kb check --format sarif > kb.sarif
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, sarif, github
    }

    @Option(help: "Output format: text, json, sarif or github.")
    var format: Format = .text

    @Option(name: .customLong("fail-level"), help: "Exit 1 when a finding is at least this severe: error, warning or note.")
    var failLevel: Finding.Severity = .warning

    @Option(name: .customLong("min-severity"), help: "Only report findings at least this severe.")
    var minSeverity: Finding.Severity = .note

    @Option(name: .customLong("min-confidence"), help: "Only report findings at least this sure, from 0 to 1 (default \(Checker.defaultMinimumConfidence)).")
    var minConfidence: Double = Checker.defaultMinimumConfidence

    @Option(help: "Only findings of these kinds (list, polarity, numeric, arithmetic, stale; repeat or separate with commas).")
    var kind: [String] = []

    @Option(help: "Only findings whose subject contains this text (case-insensitive).")
    var subject: String?

    @Option(help: "Hide the findings whose fingerprints this baseline file lists.")
    var baseline: String?

    @Option(name: .customLong("write-baseline"), help: "Write the current findings' fingerprints to this file.")
    var writeBaseline: String?

    @Option(help: "Show at most this many findings (0: all; default 200 for text, all for json, sarif and github); the summary and the exit status count all of them.")
    var limit: Int?

    @Option(help: ArgumentHelp("Say what the numeric pairing made of two facts' claims instead of checking (two fact ids: 12,40).", valueName: "id,id"))
    var explain: String?

    @Flag(name: .customLong("no-pager"), help: "Do not pipe text output through a pager ($KB_PAGER, $PAGER or less -FRX) on a terminal.")
    var noPager = false

    @OptionGroup var index: IndexOptions

    var kinds: Set<Finding.Kind> {
        let names = kind.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        return names.isEmpty ? Set(Finding.Kind.allCases) : Set(names.compactMap(Finding.Kind.init(rawValue:)))
    }

    func validate() throws {
        if let limit, limit < 0 { throw ValidationError("--limit must be 0 (all) or more") }
        for name in kind.flatMap({ $0.split(separator: ",") }) {
            let trimmed = name.trimmingCharacters(in: .whitespaces).lowercased()
            if Finding.Kind(rawValue: trimmed) == nil {
                throw ValidationError("--kind \(name): not a kind of finding (list, polarity, numeric, arithmetic, stale)")
            }
        }
    }

    func run() throws {
        let facts: [CheckFact]
        do {
            facts = try index.openForReading().checkFacts()
        } catch {
            error.exit()
        }
        if let explain {
            let ids = explain.split(separator: ",").compactMap { Int64($0.trimmingCharacters(in: .whitespaces)) }
            guard ids.count == 2, let lines = Checker().explain(facts, ids[0], ids[1]) else {
                Terminal.error("--explain \(explain): give two different fact ids of this index, e.g. --explain 12,40 (kb search --facts --json shows fact ids)")
                Terminal.exit(2)
            }
            print(lines.isEmpty ? "no claim of either fact takes part in numeric pairing" : lines.joined(separator: "\n"))
            return
        }
        var findings = Checker(kinds: kinds, minimumConfidence: minConfidence).run(facts).filter { $0.severity >= minSeverity }
        if let subject {
            findings = findings.filter { $0.subject.localizedCaseInsensitiveContains(subject) }
        }
        do {
            if let writeBaseline {
                try Baseline.write(findings, to: writeBaseline)
            }
            if let baseline {
                let accepted = try Baseline.read(path: baseline)
                findings = findings.filter { !accepted.contains($0) }
            }
        } catch {
            Terminal.error(error.description)
            Terminal.exit(2)
        }
        let report = FindingReport(findings: findings, limit: limit ?? (format == .text ? 200 : 0))
        // Said first, so that it stays above the findings in a pager.
        if report.truncated {
            Terminal.error("showing \(report.findings.count) of \(report.all.count) findings; --limit 0 for all")
        }
        switch format {
        case .json: print(report.json())
        case .sarif: print(report.sarif(toolVersion: KBVersion.current))
        case .github: print(report.github(), terminator: "")
        case .text:
            Pager.start(unless: noPager)
            print(Self.text(report), terminator: "")
        }
        if findings.contains(where: { $0.severity >= failLevel }) {
            throw ExitCode(1)
        }
    }

    /// Findings grouped by subject, each with its facts quoted and located, values side by side.
    static func text(_ report: FindingReport) -> String {
        let findings = report.findings
        var output = ""
        var currentSubject: String?
        for finding in findings {
            if finding.subject != currentSubject {
                if currentSubject != nil { output += "\n" }
                output += Terminal.bold(Terminal.safe(finding.subject)) + "\n"
                currentSubject = finding.subject
            }
            output += "  \(finding.severity.rawValue) [\(finding.kind.rawValue)] " + Terminal.safe(finding.message) + "\n"
            for fact in finding.facts {
                let place = fact.location.anchor == nil ? "\(fact.location.path):\(fact.location.line):\(fact.location.column)"
                    : fact.location.description
                output += "    " + Terminal.location(Terminal.safe(place)) + "  " + Terminal.safe(fact.says) + "\n"
                output += "      " + Terminal.dim("\u{201C}" + Terminal.safe(fact.text) + "\u{201D}") + "\n"
            }
            output += "    values: " + finding.values.map(Terminal.safe).joined(separator: "  |  ") + "\n"
            output += "    id: \(finding.id)\n"
        }
        let summary = report.summary
        output += (findings.isEmpty ? "" : "\n") + "\(report.all.count) finding\(report.all.count == 1 ? "" : "s"): "
            + "\(summary[.error] ?? 0) error, \(summary[.warning] ?? 0) warning, \(summary[.note] ?? 0) note\n"
        return output
    }
}

extension Finding.Severity: ExpressibleByArgument {}
