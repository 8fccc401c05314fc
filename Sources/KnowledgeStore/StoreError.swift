import KBModel
import KBText
/// Errors from opening, writing or querying the index.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    /// There is no index file at the path (and none was to be built).
    case missingIndex(path: String)
    /// The file is not an SQLite database, or its pages are damaged.
    case corrupt(path: String, detail: String)
    /// The index was written by a newer kb, with a schema this kb does not know.
    case newerSchema(path: String, found: Int, supported: Int)
    /// The index file or its folder cannot be written.
    case readOnly(path: String)
    /// Another process holds the index locked for longer than the busy timeout.
    case locked(path: String)
    /// The disk (or an SQLite size limit) is full.
    case full(path: String)
    /// The index cannot be opened or created (missing folder, permissions).
    case cannotOpen(path: String, detail: String)
    /// A `--raw` FTS5 query SQLite rejected.
    case invalidQuery(query: String, detail: String)
    /// Any other SQLite failure.
    case sqlite(path: String, detail: String)

    /// "10", "0.5": seconds as a person writes them.
    static func seconds(_ value: Double) -> String {
        value == value.rounded() && value < 1e9 ? String(Int(value)) : String(value)
    }

    public var description: String {
        switch self {
        case .missingIndex(let path):
            return "\(path): no index here; build one with `kb ingest --db \(path) PATH...`"
        case .corrupt(let path, let detail):
            return "\(path): the index is damaged or not a kb index (\(detail)); rebuild it with `kb ingest --rebuild`"
        case .newerSchema(let path, let found, let supported):
            return "\(path): index schema version \(found) is newer than this kb supports (\(supported)); upgrade kb or rebuild with `kb ingest --rebuild`"
        case .readOnly(let path):
            return "\(path): the index is read-only; check the permissions of the file and its folder"
        case .locked(let path):
            return "\(path): the index is locked by another process (kb waited \(Self.seconds(KnowledgeStore.busyTimeout)) s); try again when it finishes"
        case .full(let path):
            return "\(path): the disk is full; free some space and run the ingest again (the previous index is intact)"
        case .cannotOpen(let path, let detail):
            return "\(path): cannot open the index (\(detail))"
        case .invalidQuery(let query, let detail):
            return "invalid FTS5 query \"\(query)\": \(detail)"
        case .sqlite(let path, let detail):
            return "\(path): \(detail)"
        }
    }
}

extension StoreError {
    /// The same error about another file: a rebuild's temporary index reported as the index it replaces.
    public func renamed(from old: String, to new: String) -> StoreError {
        func swap(_ path: String) -> String { path == old ? new : path }
        switch self {
        case .missingIndex(let path): return .missingIndex(path: swap(path))
        case .corrupt(let path, let detail): return .corrupt(path: swap(path), detail: detail)
        case .newerSchema(let path, let found, let supported): return .newerSchema(path: swap(path), found: found, supported: supported)
        case .readOnly(let path): return .readOnly(path: swap(path))
        case .locked(let path): return .locked(path: swap(path))
        case .full(let path): return .full(path: swap(path))
        case .cannotOpen(let path, let detail): return .cannotOpen(path: swap(path), detail: detail)
        case .invalidQuery: return self
        case .sqlite(let path, let detail): return .sqlite(path: swap(path), detail: detail)
        }
    }
}
