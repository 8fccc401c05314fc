import KBText
import KBModel

/// The outcome of one `kb ingest`.
public struct IngestReport: Sendable {
    /// The index after the ingest.
    public var stats: IndexStats
    /// Files read and (re)indexed.
    public var indexedFiles: [String] = []
    /// Files whose content had not changed since the last ingest.
    public var skippedUnchanged: [String] = []
    /// Sources dropped because their file is gone from an ingested folder.
    public var removedSources: [String] = []
    /// Files no reader claims.
    public var skippedUnknown: [String] = []
    /// Files read with a remark (path and one line each), such as a page with no FAQ structure.
    public var warnings: [(path: String, message: String)] = []
    /// Files or paths that could not be read; the rest was indexed.
    public var errors: [IngestError] = []
    public var seconds: Double = 0

    public init(stats: IndexStats) {
        self.stats = stats
    }

    /// Whether the ingest changed nothing.
    public var changedNothing: Bool { indexedFiles.isEmpty && removedSources.isEmpty }
}

/// Where an ingest is, for progress display: bytes of the files being indexed that are done (read,
/// or prepared and written, estimated within a file by its answers) against all their bytes, and
/// the answers written so far.
public struct IngestProgress: Sendable {
    public enum Phase: String, Sendable {
        case reading, indexing
    }

    public var phase: Phase
    public var bytesDone: Int64
    public var bytesTotal: Int64
    public var answers: Int

    public init(phase: Phase, bytesDone: Int64, bytesTotal: Int64, answers: Int = 0) {
        self.phase = phase
        self.bytesDone = bytesDone
        self.bytesTotal = bytesTotal
        self.answers = answers
    }
}
