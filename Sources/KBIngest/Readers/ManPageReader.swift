import KBModel
import KBText
import Foundation

/// Reads manual pages written in roff with the man macros (`.TH`, `.SH`, `.SS`, `.PP`, `.IP`,
/// `.TP`), as pod2man, help2man and hand-written pages are: section and subsection headings are
/// the outline's headings, so a FAQ whose questions are subsections (perlunifaq's `.SS "What
/// character encodings does Perl support?"`) is read as questions and answers, like any outline
/// (see ``QuestionSegmenter``).
///
/// The page is read as a terminal shows it (nroff): a request written for each formatter
/// (`.ie n .SS "..."` and `.el .SS "..."`) is taken in its nroff form; font changes, size changes,
/// index entries (`.IX`), macro definitions and the preamble before `.TH` are dropped; special
/// characters and pod2man's quote strings become the characters a terminal prints (`\*(C`` and
/// `\*(L"` a double quote, `\-` a hyphen, `\(bu` a bullet). Verbatim blocks (`.Vb`/`.Ve`,
/// `.nf`/`.fi`, `.EX`/`.EE`) stay code.
///
/// For example:
///
/// ```swift
/// let page = ".TH FAQ 1\n.SH \"Q and A\"\n.SS \"Why?\"\nBecause.\n"
/// try ManPageReader().read(Data(page.utf8), path: "faq.1").records.first?.question  // "Why?"
/// ```
public struct ManPageReader: DocumentReader {
    public let format = "man"
    /// Manual sections and their common suffixes ("1", "3pm", "8"), and `.man`.
    public let fileExtensions: Set<String> = Set((1...9).map(String.init) + ["1p", "3p", "3pm", "man"])

    public init() {}

    /// Whether the bytes are a man page: a `.TH` request in its first 16 KiB.
    public func accepts(_ data: Data) -> Bool {
        let head = data.prefix(16 << 10)
        guard let text = String(data: head, encoding: .utf8) ?? String(data: head, encoding: .isoLatin1) else { return false }
        return text.hasPrefix(".TH ") || text.contains("\n.TH ")
    }

    public func read(_ data: Data, path: String) throws(IngestError) -> SourceDocument {
        let text = try TextDecoding.decode(data, path: path)
        let (blocks, title) = Self.outline(text)
        let records = QuestionSegmenter.recordsOrParagraphs(blocks, path: path)
        return SourceDocument(path: path, records: records, format: format, title: title)
    }

    /// The page as outline blocks, and its title (the NAME section's line).
    static func outline(_ text: String) -> (blocks: [OutlineBlock], title: String?) {
        let lines = TextReader.splitLines(text).map(String.init)
        var blocks: [OutlineBlock] = []
        var paragraph: [String] = []
        var paragraphLine = 0
        var code: [String]?
        var codeLine = 0
        var started = false
        var inDefinition = false
        var title: String?
        var inName = false
        func flush() {
            guard !paragraph.isEmpty else { return }
            let joined = HTMLDocument.collapse(paragraph.joined(separator: " "))
            if !joined.isEmpty {
                blocks.append(.text(joined, line: paragraphLine))
                if inName, title == nil { title = joined }
            }
            paragraph.removeAll()
        }
        func add(_ text: String, _ number: Int) {
            guard !text.isEmpty else { return }
            if paragraph.isEmpty { paragraphLine = number }
            paragraph.append(text)
        }
        for (index, raw) in lines.enumerated() {
            let number = index + 1
            var line = raw
            // Macro definitions run to "..": they print nothing.
            if inDefinition {
                if line.hasPrefix("..") { inDefinition = false }
                continue
            }
            if line.hasPrefix(".de ") || line.hasPrefix(".de\t") || line.hasPrefix(".am ") {
                inDefinition = true
                continue
            }
            // A request for each formatter: the terminal's (nroff) form is the one read.
            if line.hasPrefix(".ie n ") { line = "." + line.dropFirst(6).drop { $0 == " " }.drop { $0 == "." } }
            else if line.hasPrefix(".if n ") { line = "." + line.dropFirst(6).drop { $0 == " " }.drop { $0 == "." } }
            else if line.hasPrefix(".el") || line.hasPrefix(".ie") || line.hasPrefix(".if") { continue }
            if var lines = code {
                if line.hasPrefix(".Ve") || line.hasPrefix(".fi") || line.hasPrefix(".EE") {
                    while lines.last?.allSatisfy(\.isWhitespace) == true { lines.removeLast() }
                    if !lines.isEmpty { blocks.append(.code(lines.joined(separator: "\n"), line: codeLine)) }
                    code = nil
                } else if !line.hasPrefix(".") && !line.hasPrefix("'") {
                    lines.append(Self.plain(line))
                    code = lines
                }
                continue
            }
            guard line.hasPrefix(".") || line.hasPrefix("'") else {
                if started { add(Self.plain(line), number) }
                continue
            }
            let (name, arguments) = Self.request(line)
            if name == "TH" {
                started = true
                continue
            }
            guard started else { continue }
            switch name {
            case "SH", "SS":
                flush()
                let heading = Self.plain(arguments.joined(separator: " "))
                inName = name == "SH" && heading.uppercased() == "NAME"
                if !heading.isEmpty { blocks.append(.heading(level: name == "SH" ? 1 : 2, text: heading, anchor: nil, line: number)) }
            case "PP", "P", "LP", "Sp", "sp", "br", "TP", "RS", "RE", "in":
                flush()
            case "IP":
                flush()
                // A bullet's mark is no text; a tag ("\fB\-v\fR") opens the item.
                let tag = Self.plain(arguments.first ?? "")
                if !tag.isEmpty, tag != "•", tag != "-", tag != "*" { add(tag, number) }
            case "Vb", "nf", "EX":
                flush()
                code = []
                codeLine = number + 1
            case "B", "I", "SM", "SB":
                add(Self.plain(arguments.joined(separator: " ")), number)
            case "BR", "BI", "IB", "IR", "RB", "RI":
                // Alternating fonts: the arguments run together.
                add(Self.plain(arguments.joined()), number)
            default:
                // Comments, index entries, fonts, spacing and every other request print no words.
                continue
            }
        }
        flush()
        if let lines = code, !lines.isEmpty { blocks.append(.code(lines.joined(separator: "\n"), line: codeLine)) }
        return (blocks, title)
    }

    /// A request's name and arguments: `.SS "What is ""utf8""?"` -> ("SS", ["What is \"utf8\"?"]).
    /// A quoted argument runs to its closing quote, a doubled quote inside it being a quote.
    static func request(_ line: String) -> (String, [String]) {
        var rest = Substring(line.dropFirst()).drop { $0 == " " || $0 == "\t" }
        if rest.hasPrefix("\\\"") { return ("\\\"", []) }
        let name = String(rest.prefix { !$0.isWhitespace })
        rest = rest.dropFirst(name.count)
        var arguments: [String] = []
        let characters = Array(rest)
        var index = 0
        while index < characters.count {
            while index < characters.count, characters[index] == " " || characters[index] == "\t" { index += 1 }
            guard index < characters.count else { break }
            var argument = ""
            if characters[index] == "\"" {
                index += 1
                while index < characters.count {
                    if characters[index] == "\"" {
                        if index + 1 < characters.count, characters[index + 1] == "\"" {
                            argument.append("\"")
                            index += 2
                            continue
                        }
                        index += 1
                        break
                    }
                    argument.append(characters[index])
                    index += 1
                }
            } else {
                while index < characters.count, characters[index] != " ", characters[index] != "\t" {
                    argument.append(characters[index])
                    index += 1
                }
            }
            arguments.append(argument)
        }
        return (name, arguments)
    }

    /// Special characters by their roff names, as a terminal prints them.
    static let specials: [String: String] = [
        "bu": "•", "em": "—", "en": "–", "hy": "-", "aq": "'", "dq": "\"", "lq": "\"", "rq": "\"", "oq": "'", "cq": "'",
        "co": "©", "rg": "®", "tm": "™", "de": "°", "mu": "×", "di": "÷", "+-": "±", "<=": "≤", ">=": "≥", "!=": "≠",
        "->": "→", "<-": "←", "ga": "`", "ti": "~", "ha": "^", "rs": "\\", "sl": "/", "ba": "|", "br": "|", "pl": "+", "mi": "-",
    ]
    /// pod2man's strings in their nroff form: its quotes for code and for cross-references.
    static let strings: [String: String] = [
        "C`": "\"", "C'": "\"", "L\"": "\"", "R\"": "\"", "Aq": "'", "--": "--", "PI": "pi", "C+": "C++", "R": "®", "Tm": "(TM)",
    ]

    /// A text line with roff's escapes resolved.
    static func plain(_ line: String) -> String {
        guard line.contains("\\") else { return line }
        var result = ""
        let characters = Array(line)
        var index = 0
        func take(_ count: Int) -> String {
            let end = min(characters.count, index + count)
            let taken = String(characters[index..<end])
            index = end
            return taken
        }
        /// A name after an escape: "(xx", "[name]" or one character.
        func name() -> String {
            guard index < characters.count else { return "" }
            if characters[index] == "(" {
                index += 1
                return take(2)
            }
            if characters[index] == "[" {
                index += 1
                var found = ""
                while index < characters.count, characters[index] != "]" {
                    found.append(characters[index])
                    index += 1
                }
                index += 1
                return found
            }
            return take(1)
        }
        while index < characters.count {
            let character = characters[index]
            index += 1
            guard character == "\\", index < characters.count else {
                result.append(character)
                continue
            }
            let escape = characters[index]
            index += 1
            switch escape {
            case "f", "F":
                _ = name()
            case "s":
                // \s-1, \s+2, \s0, \s(12, \s[10]
                if index < characters.count, characters[index] == "-" || characters[index] == "+" { index += 1 }
                if index < characters.count, characters[index] == "(" || characters[index] == "[" { _ = name() } else {
                    while index < characters.count, characters[index].isNumber { index += 1 }
                }
            case "(", "[":
                index -= 1
                let special = name()
                result += specials[special] ?? ""
            case "*":
                let string = name()
                result += strings[string] ?? ""
            case "-", "e", "\\":
                result += escape == "-" ? "-" : "\\"
            case " ", "~", "0":
                result += " "
            case "&", "|", "^", ",", "/", "c", ":", ")":
                break
            case "\"":
                // A comment to the end of the line.
                index = characters.count
            case "'":
                result += "'"
            case "`":
                result += "`"
            case ".":
                result += "."
            case "n", "k", "g":
                _ = name()
            case "v", "h", "w", "o", "l", "L", "x", "b", "D", "Z", "X", "N", "A", "R", "H", "S":
                // A delimited argument: '...'.
                if index < characters.count {
                    let delimiter = characters[index]
                    index += 1
                    while index < characters.count, characters[index] != delimiter { index += 1 }
                    index += 1
                }
            default:
                result.append(escape)
            }
        }
        return result
    }
}
