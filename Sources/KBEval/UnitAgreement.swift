import KBClaims

/// Whether a unit kb reports and a unit a label gives are the same unit.
public enum UnitAgreement {
    /// Units agree when kb's unit table gives them the same canonical unit and factor; counted nouns
    /// ("layers") and a bare count ("") agree, as they carry no unit.
    public static func agree(_ a: String, _ b: String) -> Bool {
        func part(_ x: String, _ y: String) -> Bool {
            let fx = TextMatch.fold(x).replacingOccurrences(of: " ", with: ""), fy = TextMatch.fold(y).replacingOccurrences(of: " ", with: "")
            if fx == fy || TextMatch.singular(fx) == TextMatch.singular(fy) { return true }
            let ux = Units.standard.lookup(x) ?? Units.standard.lookup(fx), uy = Units.standard.lookup(y) ?? Units.standard.lookup(fy)
            let currencies = Units.standard.currencies
            let cx = currencies[x] ?? currencies[x.uppercased()], cy = currencies[y] ?? currencies[y.uppercased()]
            if let cx, let cy { return cx == cy }
            if let ux, let uy { return ux.canonical == uy.canonical && abs(ux.factor - uy.factor) <= 1e-9 * max(ux.factor, uy.factor) }
            // Neither is a unit or a currency: both name what is counted (or nothing).
            return ux == nil && uy == nil && cx == nil && cy == nil
        }
        let pa = a.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let pb = b.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard pa.count == pb.count else { return false }
        return zip(pa, pb).allSatisfy { part($0, $1) }
    }
}
