import Foundation

/// Runs the `kb` binary the way a user does and reads its JSON output, so the scores measure what
/// users get and do not depend on kb's internals.
public struct Harness: Sendable {
    public var kb: URL
    public var scratch: URL
    /// Extra arguments for `kb check` (for calibration: `--min-confidence 0`).
    public var checkArguments: [String] = []

    public init(kb: URL, scratch: URL) {
        self.kb = kb
        self.scratch = scratch
    }

    public struct Output: Sendable {
        public var status: Int32
        public var stdout: Data
        public var stderr: String
    }

    /// Runs kb with `arguments`; statuses other than those in `accept` are errors.
    public func run(_ arguments: [String], accept: Set<Int32> = [0, 1]) throws -> Output {
        let process = Process()
        process.executableURL = kb
        process.arguments = arguments
        process.currentDirectoryURL = scratch
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment["KB_PAGER"] = "cat"
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes while the process runs, so a large output cannot block it.
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        let output = Output(status: process.terminationStatus, stdout: outData, stderr: String(decoding: errData, as: UTF8.self))
        guard accept.contains(output.status) else {
            throw EvalError.kbFailed(command: "kb " + arguments.joined(separator: " "), status: output.status, stderr: output.stderr)
        }
        return output
    }

    func decode<T: Decodable>(_ type: T.Type, _ data: Data, command: String) throws -> T {
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch {
            throw EvalError.badOutput(command: command, reason: "\(error)")
        }
    }

    struct FindingList: Decodable { var findings: [ReportedFinding] }
    struct ClaimList: Decodable { var claims: [ReportedClaim] }
    struct AnswerList: Decodable { var answers: [ExportedAnswer] }

    /// What kb says about one corpus folder: its findings, claims and answers.
    public struct Corpus: Sendable {
        public var findings: [ReportedFinding]
        public var claims: [ReportedClaim]
        public var answers: [ExportedAnswer]
        public var ingestMessages: String
    }

    /// Ingests `folder` into a fresh index (paths relative to the folder) and reads back findings,
    /// claims and answers.
    public func audit(_ folder: URL, name: String) throws -> Corpus {
        let db = scratch.appendingPathComponent(name + ".sqlite").path
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) }
        let ingest = try run(["ingest", "--db", db, folder.path], accept: [0, 1, 2])
        let check = try run(["check", "--db", db, "--format", "json"] + checkArguments)
        let findings = try decode(FindingList.self, check.stdout, command: "kb check").findings
        var claimArguments = ["claims", "--db", db, "--json"]
        if (try? run(["claims", "--help"]))?.stdout.range(of: Data("--limit".utf8)) != nil { claimArguments += ["--limit", "0"] }
        let claimsOutput = try run(claimArguments)
        let claims = claimsOutput.stdout.isEmpty ? [] : try decode(ClaimList.self, claimsOutput.stdout, command: "kb claims").claims
        let exportPath = scratch.appendingPathComponent(name + "-export.json").path
        _ = try run(["export", "--db", db, "--format", "json", "--output", exportPath])
        let answers = try decode(AnswerList.self, try Data(contentsOf: URL(fileURLWithPath: exportPath)), command: "kb export").answers
        return Corpus(findings: findings, claims: claims, answers: answers, ingestMessages: ingest.stderr)
    }

    struct SearchResult: Decodable {
        var source: String
        var question: String?
        var answer_id: Int64
    }

    struct SearchList: Decodable { var results: [SearchResult] }

    /// Ingests `folder` once into `name`, then runs every query; returns ranked answers by query id.
    public func search(_ labels: [QueryLabel], folder: URL, name: String) throws -> [String: [RankedAnswer]] {
        let db = scratch.appendingPathComponent(name + ".sqlite").path
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) }
        _ = try run(["ingest", "--db", db, folder.path], accept: [0, 1, 2])
        var results: [String: [RankedAnswer]] = [:]
        for label in labels {
            let output = try run(["search", "--db", db, "--json", "--limit", "30", label.query], accept: [0, 1, 2])
            guard output.status != 2, !output.stdout.isEmpty else {
                results[label.id] = []
                continue
            }
            let list = try decode(SearchList.self, output.stdout, command: "kb search")
            results[label.id] = list.results.map { RankedAnswer(source: $0.source, question: $0.question, answerKey: String($0.answer_id)) }
        }
        return results
    }
}
