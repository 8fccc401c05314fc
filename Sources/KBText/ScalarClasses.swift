/// Character classes with an ASCII fast path: Unicode property look-ups are the hot spot of ingest,
/// and most corpus text is ASCII.
extension Unicode.Scalar {
    /// A letter or a digit (any script).
    @inline(__always) public var isWordScalar: Bool {
        if value < 0x80 {
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39)
        }
        return properties.isAlphabetic || properties.numericType != nil
    }

    @inline(__always) public var isUppercaseScalar: Bool {
        value < 0x80 ? (value >= 0x41 && value <= 0x5A) : properties.isUppercase
    }

    @inline(__always) public var isLowercaseScalar: Bool {
        value < 0x80 ? (value >= 0x61 && value <= 0x7A) : properties.isLowercase
    }

    @inline(__always) public var isWhitespaceScalar: Bool {
        value < 0x80 ? (value == 0x20 || (value >= 0x09 && value <= 0x0D)) : properties.isWhitespace
    }

    /// A space or a tab: the scalars of Foundation's `CharacterSet.whitespaces` (the tab, the
    /// space separators and the zero-width space), tested without Foundation.
    @inline(__always) public var isSpaceOrTab: Bool {
        value < 0x80 ? (value == 0x20 || value == 0x09) : (value == 0x200B || properties.generalCategory == .spaceSeparator)
    }

    /// An ASCII digit 0-9.
    @inline(__always) public var isASCIIDigit: Bool { value >= 0x30 && value <= 0x39 }

    /// A digit in any script.
    @inline(__always) public var isDigitScalar: Bool {
        value < 0x80 ? isASCIIDigit : properties.numericType != nil
    }

    /// The scalar lowercased, appended to `target`.
    @inline(__always) public func appendLowercased(to target: inout String.UnicodeScalarView) {
        if value < 0x80 {
            target.append(value >= 0x41 && value <= 0x5A ? Unicode.Scalar(UInt8(value + 0x20)) : self)
        } else {
            target.append(contentsOf: properties.lowercaseMapping.unicodeScalars)
        }
    }
}

extension Substring {
    /// The text without spaces and tabs (``Unicode/Scalar/isSpaceOrTab``) at either end: what
    /// `trimmingCharacters(in: .whitespaces)` gives, without bridging to Foundation (a hot path of
    /// every reader).
    public func trimmingSpacesAndTabs() -> String {
        let bytes = utf8
        if let first = bytes.first, let last = bytes.last, first > 0x20, first < 0x80, last > 0x20, last < 0x80 { return String(self) }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isSpaceOrTab }),
              let last = scalars.lastIndex(where: { !$0.isSpaceOrTab }) else { return "" }
        return String(Substring(scalars[first...last]))
    }
}

extension String {
    /// See ``Substring/trimmingSpacesAndTabs()``.
    public func trimmingSpacesAndTabs() -> String { self[...].trimmingSpacesAndTabs() }
}

extension Array where Element == Unicode.Scalar {
    /// The scalars in `start..<end` (clamped to the array) as a `String`, built from their UTF-8.
    public func string(_ start: Int, _ end: Int) -> String {
        let lower = Swift.max(0, Swift.min(start, count)), upper = Swift.max(lower, Swift.min(end, count))
        var bytes: [UInt8] = []
        bytes.reserveCapacity(upper - lower)
        for scalar in self[lower..<upper] {
            if scalar.value < 0x80 {
                bytes.append(UInt8(scalar.value))
            } else {
                UTF8.encode(scalar) { bytes.append($0) }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
