import KBModel
import KBText
/// The units kb recognises after a number, and how each normalises.
///
/// Canonical units: time in seconds (`s`), information in bytes (`B`; KB/MB/GB/TB are decimal,
/// KiB/MiB/GiB/TiB binary, as written), money in its currency (`USD`, `EUR`, ...; never converted
/// between currencies), ratios as `x`, percentages as `%`, and SI for physical quantities: metres,
/// kilograms, litres, watt-hours, watts, volts, amperes, ampere-hours, °C, hertz, pascals, m/s,
/// bit/s. Rates divide by a time unit normalised to one second (`requests/s`); prices per item divide
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
        /// Added after scaling (temperatures: °F to °C).
        public var offset: Double = 0

        public init(written: String, canonical: String, factor: Double, dimension: String, offset: Double = 0) {
            self.written = written
            self.canonical = canonical
            self.factor = factor
            self.dimension = dimension
            self.offset = offset
        }

        /// `value` in the canonical unit.
        public func normalize(_ value: Double) -> Double { value * factor + offset }
    }

    static func unit(_ written: String, _ canonical: String, _ factor: Double, _ dimension: String) -> Unit {
        Unit(written: written, canonical: canonical, factor: factor, dimension: dimension)
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
        (["µs", "μs", "microsecond", "microseconds"], false, time("µs", 1e-6)),
        // "us" for microseconds only in lowercase: "US" is a country ("100,000 US gallons").
        (["us"], true, time("µs", 1e-6)),
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
        // Length, mass, volume, area.
        (["nm"], true, unit("nm", "m", 1e-9, "length")),
        (["µm", "μm", "micron", "microns"], false, unit("µm", "m", 1e-6, "length")),
        (["mm", "millimeter", "millimeters", "millimetre", "millimetres"], false, unit("mm", "m", 1e-3, "length")),
        (["cm", "centimeter", "centimeters", "centimetre", "centimetres"], false, unit("cm", "m", 1e-2, "length")),
        (["m", "meter", "meters", "metre", "metres"], false, unit("m", "m", 1, "length")),
        (["km", "kilometer", "kilometers", "kilometre", "kilometres"], false, unit("km", "m", 1e3, "length")),
        (["inch", "inches", "″"], false, unit("in", "m", 0.0254, "length")),
        (["ft", "foot", "feet"], false, unit("ft", "m", 0.3048, "length")),
        (["mi", "mile", "miles"], false, unit("mi", "m", 1609.344, "length")),
        (["mg", "milligram", "milligrams"], false, unit("mg", "kg", 1e-6, "mass")),
        (["g", "gram", "grams"], false, unit("g", "kg", 1e-3, "mass")),
        (["kg", "kilogram", "kilograms", "kilo", "kilos"], false, unit("kg", "kg", 1, "mass")),
        (["tonne", "tonnes"], false, unit("t", "kg", 1e3, "mass")),
        (["lb", "lbs", "pound", "pounds"], false, unit("lb", "kg", 0.45359237, "mass")),
        (["oz", "ounce", "ounces"], false, unit("oz", "kg", 0.028349523125, "mass")),
        (["ml", "mL", "milliliter", "milliliters", "millilitre", "millilitres"], false, unit("mL", "L", 1e-3, "volume")),
        (["l", "L", "liter", "liters", "litre", "litres"], false, unit("L", "L", 1, "volume")),
        (["gal", "gallon", "gallons"], false, unit("gal", "L", 3.785411784, "volume")),
        (["m²", "m2", "sqm"], false, unit("m²", "m²", 1, "area")),
        (["sq ft", "ft²", "sqft"], false, unit("ft²", "m²", 0.09290304, "area")),
        // Energy, power, electricity, temperature, frequency, pressure, torque, sound.
        (["Wh"], true, unit("Wh", "Wh", 1, "energy")),
        (["kWh"], true, unit("kWh", "Wh", 1e3, "energy")),
        (["MWh"], true, unit("MWh", "Wh", 1e6, "energy")),
        (["J", "joule", "joules"], true, unit("J", "Wh", 1 / 3600, "energy")),
        (["kJ"], true, unit("kJ", "Wh", 1 / 3.6, "energy")),
        (["kcal", "Cal"], true, unit("kcal", "Wh", 1.163, "energy")),
        (["mW"], true, unit("mW", "W", 1e-3, "power")),
        (["W", "watt", "watts"], true, unit("W", "W", 1, "power")),
        (["kW", "kilowatt", "kilowatts"], true, unit("kW", "W", 1e3, "power")),
        (["MW", "megawatt", "megawatts"], true, unit("MW", "W", 1e6, "power")),
        (["hp", "horsepower"], false, unit("hp", "W", 745.69987, "power")),
        (["BTU/h", "BTU/hr", "Btu/h", "Btu/hr", "BTUh"], true, unit("BTU/h", "W", 0.29307107, "power")),
        (["BTU", "Btu"], true, unit("BTU", "Wh", 0.29307107, "energy")),
        (["V", "volt", "volts"], true, unit("V", "V", 1, "voltage")),
        (["kV"], true, unit("kV", "V", 1e3, "voltage")),
        (["mA", "milliamp", "milliamps"], true, unit("mA", "A", 1e-3, "current")),
        (["A", "amp", "amps", "ampere", "amperes"], true, unit("A", "A", 1, "current")),
        (["mAh"], true, unit("mAh", "Ah", 1e-3, "charge")),
        (["Ah"], true, unit("Ah", "Ah", 1, "charge")),
        (["°C", "℃", "degC", "celsius"], false, unit("°C", "°C", 1, "temperature")),
        (["°F", "℉", "degF", "fahrenheit"], false, Unit(written: "°F", canonical: "°C", factor: 5.0 / 9.0, dimension: "temperature", offset: -160.0 / 9.0)),
        (["lx", "lux"], false, unit("lux", "lx", 1, "illuminance")),
        (["lm", "lumen", "lumens"], false, unit("lumens", "lm", 1, "luminous flux")),
        (["Hz", "hertz"], true, unit("Hz", "Hz", 1, "frequency")),
        (["kHz"], true, unit("kHz", "Hz", 1e3, "frequency")),
        (["MHz"], true, unit("MHz", "Hz", 1e6, "frequency")),
        (["GHz"], true, unit("GHz", "Hz", 1e9, "frequency")),
        (["Pa"], true, unit("Pa", "Pa", 1, "pressure")),
        (["kPa"], true, unit("kPa", "Pa", 1e3, "pressure")),
        (["MPa"], true, unit("MPa", "Pa", 1e6, "pressure")),
        (["bar"], true, unit("bar", "Pa", 1e5, "pressure")),
        (["psi"], false, unit("psi", "Pa", 6894.757, "pressure")),
        (["Nm", "N·m", "N-m"], true, unit("Nm", "Nm", 1, "torque")),
        (["dB", "dBA", "dB(A)"], true, unit("dB", "dB", 1, "sound level")),
        // Speeds and data rates.
        (["km/h", "kph", "kmh"], false, unit("km/h", "m/s", 1 / 3.6, "speed")),
        (["mph"], false, unit("mph", "m/s", 0.44704, "speed")),
        (["bps"], true, unit("bps", "bit/s", 1, "data rate")),
        (["kbps", "Kbps", "kb/s"], true, unit("kbps", "bit/s", 1e3, "data rate")),
        (["Mbps", "Mbit/s", "Mb/s"], true, unit("Mbps", "bit/s", 1e6, "data rate")),
        (["Gbps", "Gbit/s", "Gb/s"], true, unit("Gbps", "bit/s", 1e9, "data rate")),
        (["RPS", "rps"], true, Unit(written: "requests/s", canonical: "requests/s", factor: 1, dimension: "requests/time")),
        (["QPS", "qps"], true, Unit(written: "queries/s", canonical: "queries/s", factor: 1, dimension: "queries/time")),
        (["TPS", "tps"], true, Unit(written: "transactions/s", canonical: "transactions/s", factor: 1, dimension: "transactions/time")),
    ]

    /// Currency symbols and codes, and the ISO code each stands for.
    public static let currencies: [String: String] = [
        "$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW", "CHF": "CHF",
        "USD": "USD", "EUR": "EUR", "GBP": "GBP", "JPY": "JPY", "CAD": "CAD", "AUD": "AUD", "INR": "INR",
    ]

    /// The unit a written form names, or nil.
    public static func lookup(_ form: String) -> Unit? {
        exactForms[form] ?? caselessForms[form.lowercased()]
    }

    /// The table as dictionaries: symbols compared exactly, words without case. The first entry
    /// naming a form wins.
    static let exactForms: [String: Unit] = {
        var forms: [String: Unit] = [:]
        // Single letters are always exact: "5 g" is grams, "5G" a network generation.
        for entry in table {
            for form in entry.forms where (entry.caseSensitive || form.count == 1) && forms[form] == nil { forms[form] = entry.unit }
        }
        return forms
    }()

    static let caselessForms: [String: Unit] = {
        var forms: [String: Unit] = [:]
        for entry in table where !entry.caseSensitive {
            for form in entry.forms where form.count > 1 && forms[form.lowercased()] == nil { forms[form.lowercased()] = entry.unit }
        }
        return forms
    }()

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
