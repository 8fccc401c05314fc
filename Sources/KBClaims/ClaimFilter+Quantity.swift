import KBModel
import KBText

extension ClaimFilter {
    /// A quantity typed on the command line ("10ms", "1GB", "$0.01"), normalised; nil when the
    /// text holds no quantity.
    public static func quantity(_ text: String) -> Bound? {
        let analysis = TextAnalysis(text)
        guard let claim = QuantityScanner().scan(analysis.tokens, scalars: analysis.scalars).first?.claim,
              let value = claim.normalizedHigh ?? claim.normalizedLow else { return nil }
        return Bound(value: value, dimension: claim.dimension.rawValue)
    }
}
