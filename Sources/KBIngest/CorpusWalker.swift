import KBModel
import KBText
import Foundation

/// A corpus file found on disk, with what change detection needs.
public struct CorpusFile: Sendable, Hashable {
    /// The path as stored in the index: relative to the working directory when inside it.
    public var path: String
    /// The absolute location.
    public var url: URL
    public var size: Int64
    /// Modification time, seconds since 1970.
    public var modified: Double
}

/// Expands the paths given to `kb ingest` into corpus files: folders recursively, in a stable order.
///
/// Hidden files and folders are skipped; files no reader claims are reported as warnings, never
/// errors; a path that does not exist is an error. Symbolic links to folders are not followed, so a
/// link loop cannot trap the walk.
///
/// For example:
///
/// ```swift
/// let walk = CorpusWalker().walk(["Corpus"])
/// walk.files.map(\.path)  // ["Corpus/serverless-faq.txt"]
/// ```
public struct CorpusWalker: Sendable {
    public struct Walk: Sendable {
        public var files: [CorpusFile] = []
        /// Paths given that could not be walked.
        public var errors: [IngestError] = []
        /// Files skipped because no reader claims them.
        public var skipped: [String] = []
        /// The folders walked (stored paths), so that files deleted from them can be dropped.
        public var folders: [String] = []

        /// Folders inside the walked ones that could not be listed (stored paths): what the index
        /// holds from them is kept, never dropped as deleted.
        public var unlisted: [String] = []

        /// Whether a stored path lies inside one of the walked folders (and not in one that could
        /// not be listed).
        public func covers(_ path: String) -> Bool {
            func inside(_ folder: String) -> Bool { path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/") }
            return folders.contains(where: inside) && !unlisted.contains(where: inside)
        }
    }

    public var readers: Readers
    public var workingDirectory: URL

    public init(readers: Readers = .standard, workingDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) {
        self.readers = readers
        self.workingDirectory = workingDirectory.standardizedFileURL
    }

    public func walk(_ paths: [String]) -> Walk {
        var walk = Walk()
        var seen = Set<String>()
        for given in paths {
            // (appendingPathComponent: a base URL without a trailing slash would resolve beside it.)
            let url = (given.hasPrefix("/") ? URL(fileURLWithPath: given) : workingDirectory.appendingPathComponent(given)).standardizedFileURL
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                walk.errors.append(.notFound(path: given))
                continue
            }
            if isDirectory.boolValue {
                walk.folders.append(storedPath(url))
                var unlisted: [String: String] = [:]
                guard let enumerator = FileManager.default.enumerator(
                    at: url, includingPropertiesForKeys: [.isRegularFileKey, .isDirectoryKey, .isSymbolicLinkKey],
                    options: [.skipsHiddenFiles],
                    errorHandler: { folder, error in
                        unlisted[storedPath(folder)] = Self.reason(error)
                        return true
                    }
                ) else {
                    walk.errors.append(.unreadable(path: given, reason: "cannot list the folder"))
                    walk.unlisted.append(storedPath(url))
                    continue
                }
                var found: [URL] = []
                for case let child as URL in enumerator {
                    let values = try? child.resourceValues(forKeys: [.isDirectoryKey, .isSymbolicLinkKey])
                    // Links to folders are not followed; every other entry (files, links to files,
                    // broken links, pipes) goes to `add`, which names what cannot be read.
                    if values?.isSymbolicLink == true {
                        var childIsDirectory: ObjCBool = false
                        if FileManager.default.fileExists(atPath: child.path, isDirectory: &childIsDirectory), childIsDirectory.boolValue {
                            continue
                        }
                        found.append(child)
                    } else if values?.isDirectory != true {
                        found.append(child)
                    }
                }
                for (folder, reason) in unlisted.sorted(by: { $0.key < $1.key }) {
                    walk.errors.append(.unreadable(path: folder, reason: reason))
                    walk.unlisted.append(folder)
                }
                for child in found.sorted(by: { $0.path < $1.path }) {
                    add(child.standardizedFileURL, to: &walk, seen: &seen)
                }
            } else {
                add(url, to: &walk, seen: &seen)
            }
        }
        return walk
    }

    func add(_ url: URL, to walk: inout Walk, seen: inout Set<String>) {
        let path = storedPath(url)
        // The lexicon configures claims; it is not corpus text.
        guard url.lastPathComponent != UserLexicon.fileName, seen.insert(path).inserted else { return }
        guard readers.reader(forPath: path) != nil else {
            walk.skipped.append(path)
            return
        }
        // stat follows symbolic links: the file a link names is what gets read.
        var info = stat()
        guard stat(url.path, &info) == 0 else {
            let reason: String
            switch errno {
            case ELOOP: reason = "symbolic link loop"
            case ENOENT: reason = lstat(url.path, &info) == 0 ? "broken symbolic link (its target does not exist)" : "the file is gone"
            default: reason = String(cString: strerror(errno))
            }
            walk.errors.append(.unreadable(path: path, reason: reason))
            return
        }
        // A pipe or a device would block the read or never end; only regular files are corpus files.
        guard info.st_mode & S_IFMT == S_IFREG else {
            walk.errors.append(.unreadable(path: path, reason: "not a regular file (a pipe, socket or device)"))
            return
        }
        guard access(url.path, R_OK) == 0 else {
            walk.errors.append(.unreadable(path: path, reason: String(cString: strerror(errno))))
            return
        }
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            walk.files.append(CorpusFile(path: path, url: url, size: size, modified: modified))
        } catch {
            walk.errors.append(.unreadable(path: path, reason: "cannot read file attributes (\(Self.reason(error)))"))
        }
    }

    /// The system's reason for a failure: the POSIX message when there is one ("Permission denied",
    /// "No such file or directory"), else Foundation's description.
    public static func reason(_ error: any Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        if let code = underlying?.code ?? ((error as NSError).domain == NSPOSIXErrorDomain ? (error as NSError).code : nil) {
            return String(cString: strerror(Int32(code)))
        }
        return (error as NSError).localizedDescription
    }

    /// The path relative to the working directory when inside it, else absolute.
    public func storedPath(_ url: URL) -> String {
        let base = workingDirectory.path.hasSuffix("/") ? workingDirectory.path : workingDirectory.path + "/"
        let full = url.standardizedFileURL.path
        if full.hasPrefix(base) { return String(full.dropFirst(base.count)) }
        return full
    }
}
