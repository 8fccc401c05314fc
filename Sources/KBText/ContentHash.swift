import Foundation

/// A stable 64-bit FNV-1a hash, for content fingerprints stored in the index.
///
/// Swift's `Hasher` is seeded per process, so it cannot be stored; this one gives the same
/// value on every run and platform.
///
/// For example:
///
/// ```swift
/// ContentHash.fnv1a("kb")  // the same Int64 on every run
/// ```
public enum ContentHash {
    public static func fnv1a<Bytes: Sequence>(_ bytes: Bytes) -> Int64 where Bytes.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return Int64(bitPattern: hash)
    }

    /// The hash of a file's bytes, read straight from its buffer.
    public static func fnv1a(_ data: Data) -> Int64 {
        data.withUnsafeBytes { fnv1a($0.bindMemory(to: UInt8.self)) }
    }

    public static func fnv1a(_ text: some StringProtocol) -> Int64 {
        fnv1a(text.utf8)
    }

    /// The hash as 16 lowercase hex digits, the form stored for source files.
    public static func hex(_ value: Int64) -> String {
        let digits = String(UInt64(bitPattern: value), radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
