import KBModel
import KBText
/// Errors reading or writing a baseline file for `kb check`.
public enum CheckError: Error, Equatable, CustomStringConvertible {
    /// The baseline file could not be read.
    case unreadableBaseline(path: String, reason: String)
    /// The baseline file is not a kb baseline (JSON with a "fingerprints" array).
    case malformedBaseline(path: String, found: String)
    /// The baseline file could not be written.
    case unwritableBaseline(path: String, reason: String)

    public var description: String {
        switch self {
        case let .unreadableBaseline(path, reason): "\(path): cannot read the baseline (\(reason))"
        case let .malformedBaseline(path, found): "\(path): not a kb baseline: \(found) (write one with kb check --write-baseline)"
        case let .unwritableBaseline(path, reason): "\(path): cannot write the baseline (\(reason))"
        }
    }
}
