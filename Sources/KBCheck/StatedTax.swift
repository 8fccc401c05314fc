import KBModel

/// Prices stated with and without a percentage the corpus names: "Team Plus costs £48 a month
/// including VAT" and "Team Plus (£40 a month) ... before VAT" are one price, when the corpus says
/// VAT is 20%.
///
/// A fact that says what a price includes or leaves out ("including VAT", "before tax", "plus
/// GST", "ex VAT", "excl. HST") names an addition. When a fact of the corpus states a percentage
/// beside that name ("UK VAT at 20%", "13% HST"), two sums of money one of which is the other plus
/// that percentage (to the cent) can both hold: they are the price before and after it. No list of
/// taxes is needed: the corpus names them.
struct StatedTax {
    /// Words that say a price includes (``DerivedValues/inclusionWords``) or leaves out what the
    /// next word names.
    static let inclusionWords: Set<String> = DerivedValues.inclusionWords
        .union(["inc", "after", "excluding", "excl", "ex", "exclusive", "before", "without"])

    /// The percentages the corpus states beside each word (lowercased), for the words that follow
    /// an inclusion word somewhere.
    private var percentages: [String: Set<Double>] = [:]

    init(_ facts: [CheckFact]) {
        var named: Set<String> = []
        for fact in facts where fact.claims.contains(where: { $0.dimension.isMoney }) {
            named.formUnion(Self.additions(in: fact.text))
        }
        guard !named.isEmpty else { return }
        for fact in facts {
            let percents = fact.claims.filter { $0.dimension == .percent }.compactMap(\.low)
            guard !percents.isEmpty else { continue }
            for word in Self.words(fact.text) where named.contains(word) {
                percentages[word, default: []].formUnion(percents)
            }
        }
    }

    /// The name of the addition that makes one of two sums of money the other plus a percentage
    /// the corpus states for it, when a fact of the pair names it; nil otherwise.
    func explains(_ a: NumericClaim, in textA: String, _ b: NumericClaim, in textB: String) -> String? {
        guard !percentages.isEmpty, a.dimension.isMoney, a.dimension == b.dimension,
              let va = a.normalizedLow, let vb = b.normalizedLow, a.normalizedHigh == va, b.normalizedHigh == vb,
              min(va, vb) > 0 else { return nil }
        let (low, high) = (min(va, vb), max(va, vb))
        for name in Self.additions(in: textA).union(Self.additions(in: textB)).sorted() {
            for rate in percentages[name] ?? [] where rate > 0 {
                // To the cent (or the currency's smallest written step): within half a percent.
                if abs(low * (1 + rate / 100) - high) <= high * 0.005 { return name }
            }
        }
        return nil
    }

    /// The words that follow an inclusion word in a text ("including VAT" gives "vat"; "inclusive
    /// of GST" gives "gst").
    static func additions(in text: String) -> Set<String> {
        let words = words(text)
        var found: Set<String> = []
        for (index, word) in words.enumerated() where inclusionWords.contains(word) {
            var next = index + 1
            if next < words.count, words[next] == "of" { next += 1 }
            guard next < words.count, words[next].count >= 2, !inclusionWords.contains(words[next]),
                  !["a", "an", "the", "of", "and", "or", "to", "it", "its", "your", "our"].contains(words[next]) else { continue }
            found.insert(words[next])
        }
        return found
    }

    /// The lowercased letter words of a text.
    static func words(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter }.map(String.init)
    }
}
