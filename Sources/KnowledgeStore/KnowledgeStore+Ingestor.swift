import Foundation
import KBIngest
import KBModel

extension KnowledgeStore {
    /// Ingests `paths` into this index with the ``Ingestor`` and returns the report with the
    /// index's figures after it; failures of the store keep their typed error.
    public func ingest(paths: [String], options: IngestOptions = IngestOptions(),
                progress: (@Sendable (IngestProgress) -> Void)? = nil) throws(StoreError) -> IngestReport {
        do {
            var report = try Ingestor(sink: self, options: options).ingest(paths: paths, progress: progress)
            report.stats = try stats()
            return report
        } catch let error as StoreError {
            throw error
        } catch {
            throw .sqlite(path: path, detail: "\(error)")
        }
    }

    /// Whether `paths` hold files the index does not have (see ``Ingestor/isStale(paths:)``).
    public func isStale(paths: [String], options: IngestOptions = IngestOptions()) throws(StoreError) -> Bool {
        do {
            return try Ingestor(sink: self, options: options).isStale(paths: paths)
        } catch let error as StoreError {
            throw error
        } catch {
            throw .sqlite(path: path, detail: "\(error)")
        }
    }
}
