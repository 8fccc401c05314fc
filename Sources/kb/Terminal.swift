import Foundation
import KBCheck
import KBClaims
import KBExport
import KBIngest
import KBModel
import KBSearch
import KBText
/// Where output goes, and whether it may be styled.
enum Terminal {
    static let stdoutIsTerminal = isatty(STDOUT_FILENO) == 1
    static let stderrIsTerminal = isatty(STDERR_FILENO) == 1
    /// Styling is on for a terminal unless NO_COLOR is set (https://no-color.org).
    static let styled = stdoutIsTerminal && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty

    static func bold(_ text: String) -> String { styled ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
    static func location(_ text: String) -> String { styled ? "\u{1B}[35m\(text)\u{1B}[0m" : text }
    static func dim(_ text: String) -> String { styled ? "\u{1B}[2m\(text)\u{1B}[0m" : text }

    /// One line on stderr, prefixed "kb: ". Made ``safe(_:)``: a file name or query holding a line
    /// break or an escape sequence still gives one plain line.
    static func error(_ message: String) {
        clearProgress()
        FileHandle.standardError.write(Data(("kb: " + safe(message) + "\n").utf8))
    }

    /// Corpus text made safe for a terminal: control characters (escape sequences, carriage
    /// returns, line breaks, C1 controls) and bidirectional overrides shown as U+FFFD so corpus text
    /// cannot restyle, rewrite or reorder the screen.
    static func safe(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            result.append(isControl(scalar) ? "\u{FFFD}" : scalar)
        }
        return String(result)
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t") || (0x7F...0x9F).contains(scalar.value)
            || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    static func exit(_ code: Int32) -> Never {
        Foundation.exit(code)
    }

    nonisolated(unsafe) private static var progressShown = false

    /// Progress updated in place on a terminal; nothing when stderr is not one.
    static func progress(_ message: String) {
        guard stderrIsTerminal else { return }
        FileHandle.standardError.write(Data(("\r\u{1B}[2Kkb: " + message).utf8))
        progressShown = true
    }

    static func clearProgress() {
        guard progressShown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
        progressShown = false
    }
}
