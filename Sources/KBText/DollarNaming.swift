/// Which dollar a text means by a bare "$": the currencies it names that are written with a
/// dollar sign ("A$", "AUD", "Australian dollars"; "US$", "USD", "US dollars").
///
/// A corpus from an Australian company says "All prices in Australian dollars" once, in a footer,
/// and then writes "$20" everywhere. The lexicon's currency entries give the forms: every code
/// with a form ending in "$" is a dollar ("A$" for AUD, "C$" for CAD), its three-letter code
/// names it, and its `currency-name` entries ("australian dollars") do too.
///
/// A corpus naming no dollar may still name where it is: a gym in Ontario writes "$40" and means
/// Canadian dollars. The lexicon's `currency-place` entries (countries, their states or provinces,
/// large cities) are that evidence, weaker than a named dollar: it counts only when no dollar is
/// named and every place named is of one dollar (``corpusDollar(naming:placed:)``).
///
/// The scan runs over raw bytes (an HTML page's footer holds the words as plainly as its text),
/// once per file, in one pass: names and codes at word starts, prefixed signs at each "$".
public struct DollarNaming: Sendable {
    /// Lowercase ASCII patterns by their first byte: the currency each names, and whether the
    /// match is case-sensitive (codes and signs are written in capitals: "AUD", "A$").
    private var patterns: [UInt8: [(bytes: [UInt8], code: String, caseSensitive: Bool, isPlace: Bool, isShared: Bool)]] = [:]
    /// Signs glued before "$" ("A", "NZ", "US"), by the letters before the sign.
    private var signPrefixes: [[UInt8]: String] = [:]

    public init(lexicon: Lexicon = .standard) {
        let dollars = Set(lexicon.currencies.filter { $0.key.hasSuffix("$") }.map(\.value))
        for (form, code) in lexicon.currencies where dollars.contains(code) && form.hasSuffix("$") && form.count > 1 {
            signPrefixes[Array(form.dropLast().utf8)] = code
        }
        func add(_ text: String, _ code: String, caseSensitive: Bool, isPlace: Bool = false, isShared: Bool = false) {
            let bytes = Array((caseSensitive ? text : text.lowercased()).utf8)
            // Folded patterns are ASCII (their case is folded byte by byte); places are matched as written.
            guard let first = bytes.first, caseSensitive || bytes.allSatisfy({ $0 < 0x80 }) else { return }
            patterns[Self.lower(first), default: []].append((bytes, code, caseSensitive, isPlace, isShared))
        }
        // The codes of currencies that share a symbol ("NOK" for "kr"), named beside an amount.
        for code in Set(lexicon.sharedSymbols.values.joined()) { add(code, code, caseSensitive: true, isShared: true) }
        for code in dollars { add(code, code, caseSensitive: true) }
        for (name, code) in lexicon.currencyNames where dollars.contains(code) { add(name, code, caseSensitive: false) }
        for (place, code) in lexicon.currencyPlaces where dollars.contains(code) { add(place, code, caseSensitive: true, isPlace: true) }
    }

    /// What a file says about its dollar: the dollars it names, and the dollars of the places it names.
    public struct Evidence: Sendable, Equatable {
        public var named: Set<String> = []
        public var placed: Set<String> = []
        /// Codes of currencies that share a symbol, named beside an amount ("NOK 390").
        public var shared: Set<String> = []
        /// How the file writes its numbers: numbers whose comma is a decimal mark or whose point
        /// groups thousands ("1.150,00", "1,8 kW") count for, numbers whose point is a decimal mark
        /// or whose comma groups thousands ("$4.50", "1,750") against (see ``numberStyleVote(_:at:)``).
        public var pointGroupsVotes = 0
    }

    /// The dollar currencies `bytes` names (ISO codes), in no particular order. A file's bytes are
    /// read where they lie (`Data` is contiguous), not copied.
    public func named(in bytes: some Collection<UInt8>) -> Set<String> { evidence(in: bytes).named }

    /// The dollars `bytes` names and the dollars of the places it names, in one pass.
    public func evidence(in bytes: some Collection<UInt8>) -> Evidence {
        bytes.withContiguousStorageIfAvailable(evidence) ?? Array(bytes).withUnsafeBufferPointer(evidence)
    }

    func evidence(_ bytes: UnsafeBufferPointer<UInt8>) -> Evidence {
        var found: Set<String> = []
        var placed: Set<String> = []
        var shared: Set<String> = []
        var votes = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".") {
                votes += Self.numberStyleVote(bytes, at: index)
            } else if byte == UInt8(ascii: "$") {
                for (prefix, code) in signPrefixes where index >= prefix.count && bytes[(index - prefix.count)..<index].elementsEqual(prefix)
                    && (index == prefix.count || !Self.isLetter(bytes[index - prefix.count - 1])) {
                    found.insert(code)
                }
            } else if Self.isLetter(byte), index == 0 || !Self.isLetter(bytes[index - 1]), let candidates = patterns[Self.lower(byte)] {
                for pattern in candidates where index + pattern.bytes.count <= bytes.count {
                    var matches = true
                    for offset in pattern.bytes.indices {
                        let actual = bytes[index + offset]
                        if (pattern.caseSensitive ? actual : Self.lower(actual)) != pattern.bytes[offset] { matches = false; break }
                    }
                    let end = index + pattern.bytes.count
                    // A code names money only beside an amount ("AUD 20", "20 AUD"): "CAD" alone
                    // may be computer-aided design.
                    guard matches, end == bytes.count || !Self.isLetter(bytes[end]) else { continue }
                    if pattern.isPlace {
                        placed.insert(pattern.code)
                    } else if pattern.isShared {
                        if Self.digitBeside(bytes, before: index, after: end) { shared.insert(pattern.code) }
                    } else if !pattern.caseSensitive || Self.digitBeside(bytes, before: index, after: end) {
                        found.insert(pattern.code)
                    }
                }
            }
            index += 1
        }
        return Evidence(named: found, placed: placed, shared: shared, pointGroupsVotes: votes)
    }

    /// What the separator at `index` says of the file's number style: +1 when it is a decimal comma
    /// ("249,00", "1,8": one or two digits after it, then no digit, comma or point-digit) or a point
    /// between thousands before more of the number ("1.150,00", "12.500.000"); -1 when it is a
    /// decimal point ("4.50", "1.5") or a comma between thousands ("1,750"); 0 when it says
    /// nothing ("1.400" alone may be either, "0.008" has no thousands). Only a separator right
    /// after a digit counts.
    static func numberStyleVote(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        func isDigit(_ offset: Int) -> Bool { offset >= 0 && offset < bytes.count && bytes[offset] >= 0x30 && bytes[offset] <= 0x39 }
        guard isDigit(index - 1) else { return 0 }
        var digits = 0
        while isDigit(index + 1 + digits) { digits += 1 }
        let next = index + 1 + digits
        let separatorThenDigit = next + 1 < bytes.count && (bytes[next] == UInt8(ascii: ",") || bytes[next] == UInt8(ascii: ".")) && isDigit(next + 1)
        if bytes[index] == UInt8(ascii: ",") {
            if (1...2).contains(digits), !separatorThenDigit { return 1 }
            return digits == 3 ? -1 : 0
        }
        if (1...2).contains(digits), !separatorThenDigit { return -1 }
        if digits == 3, separatorThenDigit { return 1 }
        return 0
    }

    /// The dollar a bare "$" means in a corpus naming `codes`: the one other dollar it names, when
    /// it names exactly one and never names US dollars; nil otherwise (a bare "$" stays USD).
    /// With no dollar named, the dollar of the places it names, when they are all of one dollar
    /// other than the US one.
    public static func corpusDollar(naming codes: Set<String>, placed: Set<String> = []) -> String? {
        let evidence = codes.isEmpty ? placed : codes
        guard !evidence.contains("USD"), evidence.count == 1 else { return nil }
        return evidence.first
    }

    /// The currency a shared symbol means in a corpus naming `codes` (``Evidence/shared``): the
    /// one of its currencies named, when exactly one is; nil otherwise (the symbol stays its own
    /// code).
    public static func corpusMeaning(of symbol: String, naming codes: Set<String>, lexicon: Lexicon = .standard) -> String? {
        let named = codes.intersection(lexicon.sharedSymbols[symbol] ?? [])
        return named.count == 1 ? named.first : nil
    }

    /// Whether a digit stands right before `before` or right after `after`, a space or a "$" apart at most.
    static func digitBeside(_ bytes: UnsafeBufferPointer<UInt8>, before: Int, after: Int) -> Bool {
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        var next = after
        while next < bytes.count, next < after + 2, bytes[next] == 0x20 || bytes[next] == UInt8(ascii: "$") { next += 1 }
        if next < bytes.count, isDigit(bytes[next]) { return true }
        var previous = before - 1
        while previous >= 0, previous > before - 3, bytes[previous] == 0x20 { previous -= 1 }
        return previous >= 0 && isDigit(bytes[previous])
    }

    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    @inline(__always) static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }
}
