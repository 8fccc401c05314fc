/// The units kb recognises after a number, and how each normalises.
///
/// Canonical units: time in seconds (`s`), information in bytes (`B`; KB/MB/GB/TB are decimal,
/// KiB/MiB/GiB/TiB binary, as written), money in US dollars (`USD`), ratios as `x`, percentages as
/// `%`. Rates divide by a time unit normalised to one second (`requests/s`); prices per item divide
/// by the item count (`$25 per 1M transitions` = 0.000025 `USD/transition`); prices per size and
/// time use `USD/GB-s` (`$0.015/GB-hour` = 0.0000041667 `USD/GB-s`).
///
/// For example:
///
/// ```swift
/// Units.lookup("minutes")  // Unit(written: "min", canonical: "s", factor: 60, dimension: "time")
/// ```
public enum Units {
    public struct Unit: Sendable, Hashable {
        /// The unit as reported in a claim ("ms", "GB", "min").
        public var written: String
        public var canonical: String
        public var factor: Double
        public var dimension: String
    }

    static func time(_ written: String, _ factor: Double) -> Unit {
        Unit(written: written, canonical: "s", factor: factor, dimension: "time")
    }

    static func information(_ written: String, _ factor: Double) -> Unit {
        Unit(written: written, canonical: "B", factor: factor, dimension: "information")
    }

    /// Written forms (compared exactly for symbols, case-insensitively for words) and their unit.
    static let table: [(forms: [String], caseSensitive: Bool, unit: Unit)] = [
        (["ns", "nanosecond", "nanoseconds"], false, time("ns", 1e-9)),
        (["µs", "μs", "us", "microsecond", "microseconds"], false, time("µs", 1e-6)),
        (["ms", "msec", "millisecond", "milliseconds"], false, time("ms", 1e-3)),
        (["s", "sec", "secs", "second", "seconds"], false, time("s", 1)),
        (["min", "mins", "minute", "minutes"], false, time("min", 60)),
        (["h", "hr", "hrs", "hour", "hours"], false, time("hour", 3600)),
        (["day", "days"], false, time("day", 86400)),
        (["week", "weeks"], false, time("week", 604_800)),
        (["month", "months"], false, time("month", 2_629_800)),
        (["year", "years", "yr", "yrs"], false, time("year", 31_557_600)),
        (["B", "byte", "bytes"], true, information("B", 1)),
        (["KB", "kB", "kilobyte", "kilobytes"], true, information("KB", 1e3)),
        (["MB", "megabyte", "megabytes"], true, information("MB", 1e6)),
        (["GB", "gigabyte", "gigabytes"], true, information("GB", 1e9)),
        (["TB", "terabyte", "terabytes"], true, information("TB", 1e12)),
        (["KiB"], true, information("KiB", 1024)),
        (["MiB"], true, information("MiB", 1_048_576)),
        (["GiB"], true, information("GiB", 1_073_741_824)),
        (["TiB"], true, information("TiB", 1_099_511_627_776)),
        (["x", "×"], true, Unit(written: "x", canonical: "x", factor: 1, dimension: "ratio")),
        (["%", "percent"], false, Unit(written: "%", canonical: "%", factor: 1, dimension: "percent")),
        (["RPS", "rps"], true, Unit(written: "requests/s", canonical: "requests/s", factor: 1, dimension: "requests/time")),
        (["QPS", "qps"], true, Unit(written: "queries/s", canonical: "queries/s", factor: 1, dimension: "queries/time")),
        (["TPS", "tps"], true, Unit(written: "transactions/s", canonical: "transactions/s", factor: 1, dimension: "transactions/time")),
    ]

    /// The unit a written form names, or nil.
    public static func lookup(_ form: String) -> Unit? {
        let lowered = form.lowercased()
        for entry in table {
            if entry.caseSensitive ? entry.forms.contains(form) : entry.forms.contains(lowered) { return entry.unit }
        }
        return nil
    }

    /// The time unit of a rate's denominator ("sec", "s", "second", "day", "hour", "month"), or nil.
    public static func timeUnit(_ form: String) -> Unit? {
        guard let unit = lookup(form), unit.dimension == "time" else { return nil }
        return unit
    }

    /// A counted noun in its singular form, for per-item units ("transitions" -> "transition").
    public static func singular(_ noun: String) -> String {
        if noun.hasSuffix("ies"), noun.count > 4 { return String(noun.dropLast(3)) + "y" }
        if noun.hasSuffix("sses") || noun.hasSuffix("ches") || noun.hasSuffix("shes") || noun.hasSuffix("xes") { return String(noun.dropLast(2)) }
        if noun.hasSuffix("s"), !noun.hasSuffix("ss"), noun.count > 3 { return String(noun.dropLast()) }
        return noun
    }
}
