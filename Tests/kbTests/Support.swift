@testable import KBExport
@testable import KBCheck
@testable import KBClaims
@testable import KBIngest
@testable import KBSearch
@testable import KBModel
@testable import KBText
import Foundation
import TestSupport

/// Runs the built `kb` binary and captures what it prints.
struct KB {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String

        /// Standard error without the notice that an ingest created a new index (tested on its
        /// own in `CLIUsabilityTests`), for tests about the other lines.
        var messages: String {
            stderr.split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !($0.hasPrefix("kb: created a new index at ")) }.joined(separator: "\n")
        }
    }

    /// The `kb` executable beside the test bundle (SwiftPM builds it because the tests depend on it).
    static let executable: URL = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("kb")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("kb")
            if FileManager.default.isExecutableFile(atPath: candidate.path), !candidate.hasDirectoryPath { return candidate }
            folder.deleteLastPathComponent()
        }
        return TestSupport.repositoryRoot.appendingPathComponent(".build/debug/kb")
    }()

    static func process(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) -> (Process, Pipe, Pipe) {
        process(executable, arguments, in: directory, environment: environment)
    }

    /// Any program, with kb's test environment (no NO_COLOR, stdin empty, both outputs piped).
    static func process(_ program: URL, _ arguments: [String], in directory: URL,
                        environment: [String: String] = [:]) -> (Process, Pipe, Pipe) {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "NO_COLOR")
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        return (process, out, err)
    }

    @discardableResult
    static func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> Output {
        try run(executable, arguments, in: directory, environment: environment)
    }

    /// Runs any program to its end and returns what it printed.
    static func run(_ program: URL, _ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> Output {
        let (process, out, err) = process(program, arguments, in: directory, environment: environment)
        try process.run()
        // Read both pipes fully before waiting, so a chatty child never blocks on a full pipe.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    static func json(_ text: String) -> [String: Any]? {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any]
    }
}

/// A temporary project folder holding a copy of the bundled corpus.
final class Project: Sendable {
    let url: URL

    init(withCorpus: Bool = true) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("kb-e2e-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url.appendingPathComponent("Corpus"), withIntermediateDirectories: true)
        if withCorpus {
            try FileManager.default.copyItem(at: bundledCorpusURL,
                                             to: url.appendingPathComponent("Corpus/serverless-faq.txt"))
        }
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> KB.Output {
        try KB.run(arguments, in: url, environment: environment)
    }

    func write(_ name: String, _ text: String) throws {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: file, atomically: true, encoding: .utf8)
    }
}
