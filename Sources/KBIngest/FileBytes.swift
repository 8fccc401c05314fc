import KBModel
import KBText
#if canImport(Glibc)
import Glibc
private let systemRead = Glibc.read
#elseif canImport(Darwin)
import Darwin
private let systemRead = Darwin.read
#endif
import Foundation

/// Reads a whole file with POSIX calls.
///
/// `Data(contentsOf:)` on Linux leaks a 4 KiB buffer for every empty file it reads (found by
/// LeakSanitizer), and its messages open with a sentence that says nothing; this reader has
/// neither problem and reads a file that grows while it is read up to its end.
enum FileBytes {
    struct Failure: Error {
        /// A short reason, such as "Permission denied".
        var reason: String
    }

    static func read(_ url: URL) throws(Failure) -> Data {
        // O_NONBLOCK: a file swapped for a named pipe after the walk must not block the open (it
        // changes nothing for regular files, which the fstat below insists on).
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw Failure(reason: reason(errno)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw Failure(reason: reason(errno)) }
        guard (status.st_mode & S_IFMT) == S_IFREG else {
            throw Failure(reason: "not a regular file (a pipe, socket or device)")
        }
        var data = Data(capacity: Int(max(0, status.st_size)))
        let chunk = 1 << 16
        var buffer = [UInt8](repeating: 0, count: chunk)
        while true {
            let count = buffer.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, chunk) }
            if count == 0 { return data }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(reason: reason(errno))
            }
            data.append(contentsOf: buffer[0..<count])
        }
    }

    private static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT: "The file doesn’t exist."
        case ELOOP: "symbolic link loop"
        case EISDIR: "is a folder"
        default: String(cString: strerror(code))
        }
    }
}
