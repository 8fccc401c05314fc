import KBModel
import KBText

extension ClaimFilter {
    /// A quantity typed on the command line ("10ms", "1GB", "$0.01"), normalised.
    public static func quantity(_ text: String) -> Bound? {
        guard let claim = QuantityScanner().claims(in: text).first, let value = claim.normalizedHigh ?? claim.normalizedLow else { return nil }
        return Bound(value: value, dimension: claim.dimension)
    }
}
