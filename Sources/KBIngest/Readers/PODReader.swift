import KBModel
import KBText
import Foundation

/// Reads Perl's Plain Old Documentation (`.pod`), the format of Perl's and CPAN's manuals and FAQs:
/// `=head1` to `=head6` are the outline's headings, so a FAQ whose questions are `=head2` sections is
/// read as questions and answers, like any outline (see ``QuestionSegmenter``).
///
/// The source is read as a formatter shows it. Paragraphs run to a blank line. A paragraph whose
/// lines start with a space or tab is verbatim (code, kept as written); an ordinary paragraph is
/// text with its formatting codes resolved: `B<>`, `I<>`, `C<>`, `F<>` and `S<>` keep their text
/// (also as `C<< ... >>`), `L<text|target>` its text and `L<name/"section">` "section in name",
/// `E<lt>` and the other escapes their character, `X<>` and `Z<>` nothing. `=item` starts a list
/// item (a bullet's or number's mark goes). `=begin`/`=end` blocks and `=for` paragraphs are for
/// other formatters and are dropped, as are `=pod`, `=cut`, `=over`, `=back` and `=encoding`, and
/// anything between `=cut` and the next command (Perl code).
///
/// For example:
///
/// ```swift
/// let source = "=head1 FAQ\n\n=head2 Why reinvent wheels?\n\nBecause we can make them B<rounder>.\n"
/// try PODReader().read(Data(source.utf8), path: "FAQ.pod").records.first?.text  // "Because we can make them rounder."
/// ```
public struct PODReader: DocumentReader {
    public let format = "pod"
    public let fileExtensions: Set<String> = ["pod"]

    public init() {}

    public func accepts(_ data: Data) -> Bool {
        !HTMLReader.looksLikeHTML(data) && !JSONReader.looksLikeJSON(data)
    }

    public func read(_ data: Data, path: String) throws(IngestError) -> SourceDocument {
        let text = try TextDecoding.decode(data, path: path)
        let blocks = Self.outline(text)
        let records = QuestionSegmenter.recordsOrParagraphs(blocks, path: path)
        return SourceDocument(path: path, records: records, format: format, title: Self.title(blocks))
    }

    /// The document's name: the paragraph under `=head1 NAME`, as POD manuals open.
    static func title(_ blocks: [OutlineBlock]) -> String? {
        guard case .heading(1, let name, _, _)? = blocks.first, name.uppercased() == "NAME",
              blocks.count > 1, case .text(let title, _) = blocks[1] else { return MarkdownReader.title(blocks) }
        return title
    }

    /// The source as outline blocks.
    static func outline(_ text: String) -> [OutlineBlock] {
        let lines = TextReader.splitLines(text).map(String.init)
        // Paragraphs: runs of lines up to a blank line (a line of only spaces is blank).
        var paragraphs: [(lines: [String], line: Int)] = []
        var current: [String] = []
        var start = 0
        for (index, line) in lines.enumerated() {
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) {
                if !current.isEmpty { paragraphs.append((current, start)) }
                current = []
            } else {
                if current.isEmpty { start = index + 1 }
                current.append(line)
            }
        }
        if !current.isEmpty { paragraphs.append((current, start)) }

        var blocks: [OutlineBlock] = []
        var inPOD = true  // a .pod file is POD from its start
        var skippingFormat: String?  // inside `=begin FORMAT` ... `=end FORMAT`
        var itemOpen = false
        for paragraph in paragraphs {
            guard let first = paragraph.lines.first else { continue }
            if let (command, argument) = command(paragraph.lines) {
                inPOD = command != "cut"
                if let format = skippingFormat {
                    if command == "end", argument.split(separator: " ").first.map(String.init) == format { skippingFormat = nil }
                    continue
                }
                switch command {
                case "head1", "head2", "head3", "head4", "head5", "head6":
                    let level = Int(command.dropFirst(4)) ?? 1
                    let title = inline(argument)
                    if !title.isEmpty { blocks.append(.heading(level: level, text: title, anchor: nil, line: paragraph.line)) }
                    itemOpen = false
                case "item":
                    let label = itemLabel(argument)
                    itemOpen = true
                    if !label.isEmpty { blocks.append(.listItem(inline(label), line: paragraph.line)) }
                case "begin":
                    skippingFormat = argument.split(separator: " ").first.map(String.init) ?? ""
                case "back":
                    itemOpen = false
                default:
                    break  // pod, cut, over, for, encoding, and commands of other formatters
                }
                continue
            }
            guard inPOD, skippingFormat == nil else { continue }
            if first.first == " " || first.first == "\t" {
                blocks.append(.code(paragraph.lines.joined(separator: "\n"), line: paragraph.line))
                continue
            }
            let joined = inline(paragraph.lines.map { $0.trimmingSpacesAndTabs() }.joined(separator: " "))
            guard !joined.isEmpty else { continue }
            // The paragraph right after a bare `=item *` is the item's text.
            if itemOpen, case .listItem? = blocks.last {
                blocks.append(.text(joined, line: paragraph.line))
            } else if itemOpen {
                blocks.append(.listItem(joined, line: paragraph.line))
            } else {
                blocks.append(.text(joined, line: paragraph.line))
            }
            itemOpen = false
        }
        return blocks
    }

    /// A command paragraph's name and argument (its lines joined): `=head2 Why?` -> ("head2", "Why?").
    static func command(_ lines: [String]) -> (String, String)? {
        guard let first = lines.first, first.hasPrefix("="), first.count > 1 else { return nil }
        let body = first.dropFirst()
        guard let initial = body.first, initial.isLetter else { return nil }
        let name = body.prefix { $0.isLetter || $0.isNumber }
        let rest = ([String(body.dropFirst(name.count))] + lines.dropFirst()).map { $0.trimmingSpacesAndTabs() }
        return (String(name), rest.filter { !$0.isEmpty }.joined(separator: " "))
    }

    /// An item's own text: a bullet (`*`) before it, or a number alone (`1`, `1.`), is only a
    /// mark; a number followed by words is text ("=item 2023 changes").
    static func itemLabel(_ argument: String) -> String {
        var label = Substring(argument)
        if label.hasPrefix("*") { label = label.dropFirst() }
        let digits = label.prefix(while: \.isNumber)
        if !digits.isEmpty, label.dropFirst(digits.count).allSatisfy({ $0 == "." }) { return "" }
        return label.trimmingSpacesAndTabs()
    }

    /// Text with POD's formatting codes resolved.
    static func inline(_ text: String) -> String {
        let characters = Array(text)
        var index = 0
        return resolve(characters, &index, closing: nil).trimmingSpacesAndTabs()
    }

    /// Resolves codes from `index` up to the code's end (`closing`: the number of `>` that end it,
    /// 1 for `X<...>`; nil at the top level).
    private static func resolve(_ c: [Character], _ index: inout Int, closing: Int?) -> String {
        var output = ""
        while index < c.count {
            if let closing {
                if closing == 1, c[index] == ">" {
                    index += 1
                    return output
                }
                // `C<< a->b >>`: whitespace, then as many `>` as opened.
                if closing > 1, c[index] == " " || c[index] == "\t",
                   index + closing < c.count, (1...closing).allSatisfy({ c[index + $0] == ">" }),
                   index + closing + 1 >= c.count || c[index + closing + 1] != ">" {
                    index += closing + 1
                    return output
                }
            }
            if c[index].isUppercase, c[index].isASCII, index + 1 < c.count, c[index + 1] == "<" {
                let code = c[index]
                index += 1
                var opened = 0
                while index < c.count, c[index] == "<" {
                    opened += 1
                    index += 1
                }
                if opened > 1 {
                    // Multiple brackets must be followed by whitespace.
                    while index < c.count, c[index] == " " || c[index] == "\t" { index += 1 }
                }
                let inner = resolve(c, &index, closing: opened)
                output += rendered(code, inner)
                continue
            }
            output.append(c[index])
            index += 1
        }
        return output
    }

    /// What a formatting code shows.
    static func rendered(_ code: Character, _ inner: String) -> String {
        switch code {
        case "X", "Z": return ""
        case "E": return escape(inner)
        case "L": return link(inner)
        default: return inner
        }
    }

    /// `L<text|target>` shows its text; `L<name/"section">` "section in name"; `L</section>` the section.
    static func link(_ inner: String) -> String {
        if let bar = inner.firstIndex(of: "|") { return String(inner[..<bar]) }
        if inner.contains("://") { return inner }
        guard let slash = inner.firstIndex(of: "/") else { return inner }
        let name = String(inner[..<slash])
        let section = inner[inner.index(after: slash)...].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        return name.isEmpty ? section : "\(section) in \(name)"
    }

    /// The character an `E<...>` escape names: `lt`, `gt`, `verbar`, `sol`, a few HTML names, a
    /// decimal, `0x` hexadecimal or `0` octal number.
    static func escape(_ name: String) -> String {
        let named: [String: String] = ["lt": "<", "gt": ">", "verbar": "|", "sol": "/", "quot": "\"", "amp": "&", "apos": "'",
                                       "nbsp": "\u{00A0}", "copy": "\u{00A9}", "reg": "\u{00AE}", "eacute": "\u{00E9}", "auml": "\u{00E4}",
                                       "ouml": "\u{00F6}", "uuml": "\u{00FC}", "szlig": "\u{00DF}", "laquo": "\u{00AB}", "raquo": "\u{00BB}"]
        if let character = named[name] { return character }
        let value: UInt32?
        if name.hasPrefix("0x") || name.hasPrefix("0X") { value = UInt32(name.dropFirst(2), radix: 16) } else if name.hasPrefix("0"), name.count > 1 {
            value = UInt32(name.dropFirst(), radix: 8)
        } else { value = UInt32(name) }
        if let value, let scalar = Unicode.Scalar(value) { return String(Character(scalar)) }
        return name
    }
}
