import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Long text output through a pager on a terminal, as git does: `$KB_PAGER`, else `$PAGER`, else
/// `less -FRX` (which quits at once when the text fits one screen, keeps colours and leaves the
/// text on the screen). Never when standard output is not a terminal, with `--json`, or with
/// `--no-pager`; an empty pager or `cat` means no pager.
enum Pager {
    nonisolated(unsafe) private static var child: pid_t = 0

    /// Starts the pager and points standard output at it; kb waits for it when it exits.
    static func start(unless disabled: Bool) {
        guard !disabled, Terminal.stdoutIsTerminal, child == 0 else { return }
        let environment = ProcessInfo.processInfo.environment
        let command = (environment["KB_PAGER"] ?? environment["PAGER"] ?? "less -FRX").trimmingCharacters(in: .whitespaces)
        guard !command.isEmpty, command != "cat" else { return }
        // Styling is decided for the terminal, before standard output becomes a pipe.
        _ = Terminal.styled
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, ends[0], STDIN_FILENO)
        posix_spawn_file_actions_addclose(&actions, ends[0])
        posix_spawn_file_actions_addclose(&actions, ends[1])
        var pid: pid_t = 0
        let arguments = ["/bin/sh", "-c", command]
        let cArguments = arguments.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        let spawned = posix_spawn(&pid, "/bin/sh", &actions, nil, cArguments, environ)
        close(ends[0])
        guard spawned == 0 else {
            close(ends[1])
            return
        }
        fflush(nil)
        dup2(ends[1], STDOUT_FILENO)
        close(ends[1])
        child = pid
        // Quitting the pager early must not kill kb with SIGPIPE: the rest of the output is dropped.
        signal(SIGPIPE, SIG_IGN)
        atexit { Pager.finish() }
    }

    /// Flushes and closes kb's end so the pager sees the end of the text, then waits for it.
    static func finish() {
        guard child != 0 else { return }
        fflush(nil)
        close(STDOUT_FILENO)
        var status: Int32 = 0
        while waitpid(child, &status, 0) == -1 && errno == EINTR {}
        child = 0
    }
}
