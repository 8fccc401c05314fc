import KBModel
import KBText
import Foundation

/// Reads FAQ pages with libxml2's HTML parser and finds their question/answer pairs.
///
/// Every reading runs on every page, and their pairs are merged in document order, one pair per
/// question: the first place the page asks it (the page's questions compared by their text, case
/// and spacing aside; JSON-LD questions by their folded words, ``TextNormalizer/key(_:)``):
///
/// 1. pairs the markup delimits (see ``HTMLPairs``): microdata, `<details>`, `<dl>`, question
///    tables, controls that name their panel (accordions, tabs), regions labelled by a question;
/// 2. the rest of the page as an outline (see ``HTMLOutline``), where questions are headings of any
///    level, bold questions opening a line, "Q:" lines and elements holding nothing but a question;
///    an answer is what follows its question (see ``QuestionSegmenter``) and stays inside the
///    element that holds the question;
/// 3. schema.org FAQPage JSON-LD (`<script type="application/ld+json">`, `@graph`, arrays): a
///    question the page also shows is the page's (its place and its answer as shown); one the
///    page does not show is kept, located at the visible text that repeats it or at the script.
///
/// Several FAQ sections on one page all count. A page with none of these falls back to its
/// paragraphs as answers, with a warning. Page chrome never reaches any of them (see
/// ``HTMLDocument``). Records are located by the element's id or anchor (`page.html#id`), else by
/// line.
///
/// The charset is the one the page declares (`<meta charset>` or `http-equiv`); a page declaring
/// none is read as UTF-8 when it is valid UTF-8, else as windows-1252.
public struct HTMLReader: DocumentReader {
    public let format = "html"
    public let fileExtensions: Set<String> = ["html", "htm", "xhtml"]

    public init() {}

    public func accepts(_ data: Data) -> Bool { Self.looksLikeHTML(data) }

    /// Whether the bytes start like markup: a `<` first, and an HTML tag or a closing tag early on.
    static func looksLikeHTML(_ data: Data) -> Bool {
        let head = data.prefix(4096)
        guard let first = head.first(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF) }),
              first == UInt8(ascii: "<") else { return false }
        let text = String(decoding: head, as: UTF8.self).lowercased()
        // (A fragment, a page's body without <html>, as a documentation package ships it: "<ul><p><li><h4>...".)
        return ["<!doctype html", "<html", "<body", "<head", "</p>", "</div>", "</h1>", "</h2>", "</h3>", "</h4>", "</h5>", "</h6>", "</li>", "</dt>", "</dd>",
                "</summary>", "</pre>", "</ul>", "</ol>", "</table>", "</td>", "</section>", "</article>", "</blockquote>"]
            .contains { text.contains($0) }
    }

    public func read(_ data: Data, path: String) throws(IngestError) -> SourceDocument {
        let encoding = try Self.encoding(of: data, path: path)
        if let place = Self.truncation(data) {
            throw .malformedHTML(path: path, detail: "truncated: it ends inside \(place)")
        }
        if let line = HTMLDocument.lineOfElementWithTooManyAttributes(data) {
            throw .exceedsLimit(path: path, line: line, detail: "an HTML element with more than \(HTMLDocument.maxAttributes) attributes")
        }
        guard let document = HTMLDocument(data: data, encoding: encoding) else {
            throw .malformedHTML(path: path, detail: "no document element")
        }
        if let line = document.stoppedByDepth {
            throw .exceedsLimit(path: path, line: line, detail: "HTML elements nested deeper than libxml2 reads")
        }
        let explicit = HTMLPairs(document)
        let outline = HTMLOutline(document.body, claimed: explicit.claimed)
        var found: [Found] = explicit.pairs.compactMap { pair in
            let text = explicit.answerText(pair)
            guard !text.isEmpty else { return nil }
            return Found(record: AnswerRecord(text: text, question: pair.question,
                                              location: SourceLocation(path: path, line: pair.questionElement.line, anchor: pair.anchor)),
                         order: pair.questionElement.index, asker: pair.questionElement, delimited: true)
        }
        found += Self.outlineRecords(outline, root: document.body, path: path)
        found.sort { ($0.record.location.line, $0.order) < ($1.record.location.line, $1.order) }
        found = Self.droppingGroupLeads(found)
        found = Self.droppingCallouts(found)
        // One pair per question: the first place the page asks it. Folded words alone would make
        // "functions in C?" and "functions in C++?" one question, so the page's own questions are
        // compared by their letters and symbols too (case and spacing aside).
        var asked: Set<String> = []
        var records: [AnswerRecord] = []
        for candidate in found {
            guard let question = candidate.record.question, asked.insert(HTMLDocument.collapse(question.lowercased())).inserted else { continue }
            records.append(candidate.record)
        }
        records = Self.merge(records, jsonLD: Self.jsonLDRecords(document, outline: outline.blocks, path: path))
        if !records.isEmpty { return SourceDocument(path: path, records: records, format: format, title: document.title) }
        let paragraphs = QuestionSegmenter.paragraphRecords(HTMLDocument.outline(document.body), path: path)
        return SourceDocument(path: path, records: paragraphs, format: format,
                              warnings: ["no question/answer structure found; indexed \(paragraphs.count) paragraph\(paragraphs.count == 1 ? "" : "s") as answers"],
                              title: document.title)
    }

    /// A record found on the page, with its question's place in document order.
    struct Found {
        let record: AnswerRecord
        let order: Int
        /// For an outline record whose heading asks nothing: the element that holds its answer.
        var scope: HTMLDocument.Element?
        /// The element that holds the question.
        var asker: HTMLDocument.Element?
        /// Whether the markup delimits the pair (a reading of ``HTMLPairs``, not of the outline).
        var delimited = false
        /// The question's element, for a pair the markup delimits.
        var element: HTMLDocument.Element? { delimited ? asker : nil }
    }

    /// The records without callouts: a question that addresses the reader with its subject and
    /// verb left out ("Still have a question?", "Planning a longer trip?", "Looking for a gift?":
    /// no question word, auxiliary or pronoun opens it, and it is one sentence), set in markup of
    /// a kind no other question of the page uses, on a page whose questions are mostly of one
    /// other kind (three or more): a card or banner beside the FAQ that sells or redirects, not
    /// an entry of it. An FAQ written in such questions (IceWM's "Compile from source?", "Monitor
    /// more devices?") sets them all alike and keeps them.
    static func droppingCallouts(_ found: [Found]) -> [Found] {
        func kind(_ element: HTMLDocument.Element) -> String {
            HTMLOutline.signature(element) + "/" + (element.parent.map(HTMLOutline.signature) ?? "")
        }
        var counts: [String: Int] = [:]
        for candidate in found { if let asker = candidate.asker { counts[kind(asker), default: 0] += 1 } }
        guard let dominant = counts.values.max(), dominant >= 3 else { return found }
        return found.filter { candidate in
            guard let asker = candidate.asker, counts[kind(asker)] == 1, let question = candidate.record.question else { return true }
            return !isCallout(question)
        }
    }

    /// Whether a question addresses the reader with its subject and verb left out: one sentence
    /// ending in "?" whose first word is no question word, auxiliary, pronoun or conjunction, nor
    /// a preposition before a question word ("From what age ...?").
    static func isCallout(_ question: String) -> Bool {
        let text = question.trimmingSpacesAndTabs()
        guard text.hasSuffix("?") else { return false }
        let body = text.dropLast()
        if body.contains("? ") || body.contains(". ") || body.contains(": ") || body.contains("! ") { return false }
        var words: [String] = []
        WordScan.words(String(text)) { lower, _, _ in if words.count < 2 { words.append(lower) } }
        guard let first = words.first else { return false }
        let lexicon = Lexicon.standard
        let classes = lexicon.classes(of: first)
        if classes.contains(.question) || classes.contains(.auxiliary) || classes.contains(.pronoun) || classes.contains(.conjunction) { return false }
        if classes.contains(.preposition), words.count > 1, lexicon.classes(of: words[1]).contains(.question) { return false }
        // A numbered entry ("3.1. Behind a firewall?") is an entry of a list, not a callout.
        if first.first?.isNumber == true { return false }
        return true
    }

    /// The records without the leads of group headings: a heading that asks nothing ("Frequently
    /// asked questions", "Billing") boxed with its text in an element of their own, right before
    /// the element that holds question/answer pairs the markup delimits (an accordion beside the
    /// box, in the same parent), is the title of their group, and the text in its box ("Can't find
    /// the answer you're looking for? Reach out to our support team.") introduces them: it answers
    /// nothing. (A heading among its answer's paragraphs in one flat container has no box.)
    static func droppingGroupLeads(_ found: [Found]) -> [Found] {
        found.indices.compactMap { index in
            let candidate = found[index]
            guard let scope = candidate.scope, let parent = scope.parent, index + 1 < found.count, let next = found[index + 1].element,
                  !scope.holds(next), parent.holds(next), next.index > scope.index else { return candidate }
            return nil
        }
    }

    /// Questions and answers from the outline; each answer stays inside the element that holds its
    /// question (see ``HTMLPairs/scope(of:within:)``).
    static func outlineRecords(_ outline: HTMLOutline, root: HTMLDocument.Element, path: String) -> [Found] {
        let origins = outline.origins
        var scopes: [Int: HTMLDocument.Element] = [:]
        // Blocks inside the box of a question heading (an icon beside it): they belong to that
        // question, and end the answer before it.
        var boxed: [Int: Int] = [:]
        for (index, block) in outline.blocks.enumerated() {
            guard case .heading(_, let text, _, _) = block else { continue }
            let box = HTMLPairs.box(of: origins[index], within: root)
            var scope = HTMLPairs.scope(of: box, within: root)
            // A scope holding nothing beside the question but a subtitle (an accordion header's
            // summary line, "Prices, discounts and the subscription year") is the question's
            // header, not its answer: the answer is beside the header, so the scope widens.
            // Only a heading's header: a question written as a line of text ("Have more questions?
            // Submit a request") is no header.
            var isHeading = false
            var at: HTMLDocument.Element? = origins[index]
            while let element = at, element !== box.parent, !isHeading {
                isHeading = HTMLDocument.headings.contains(element.name)
                at = element.parent
            }
            while isHeading, scope !== root, let parent = scope.parent, HTMLPairs.holdsOnlySubtitle(scope, besides: text) { scope = parent }
            scopes[index] = scope
            guard box !== origins[index], QuestionText.isQuestion(text) else { continue }
            var before = index - 1
            while before >= 0, box.holds(origins[before]) {
                boxed[before] = index
                before -= 1
            }
        }
        let segments = QuestionSegmenter.segments(outline.blocks, path: path) { question, block in
            if let owner = boxed[block], owner != question { return false }
            guard let scope = scopes[question] else { return true }
            return scope === origins[block] || scope.holds(origins[block])
        }
        return segments.map { segment in
            var scope: HTMLDocument.Element?
            if case .heading(_, let text, _, _) = outline.blocks[segment.question], !QuestionText.isQuestion(text), scopes[segment.question] !== root {
                scope = scopes[segment.question]
            }
            return Found(record: segment.record, order: origins[segment.question].index, scope: scope, asker: origins[segment.question])
        }
    }

    /// The page's records with the JSON-LD questions the page does not show, in document order.
    /// A JSON-LD question is shown when its folded words are those of a question of the page,
    /// or end one (the page may number its questions: "3. How do I pay?").
    static func merge(_ visible: [AnswerRecord], jsonLD: [AnswerRecord]) -> [AnswerRecord] {
        let shown = visible.compactMap { $0.question.map(TextNormalizer.key) }
        var keys = Set(shown)
        var hidden: [AnswerRecord] = []
        for record in jsonLD {
            guard let question = record.question else { continue }
            let key = TextNormalizer.key(question)
            guard !key.isEmpty, keys.insert(key).inserted, !shown.contains(where: { $0.hasSuffix(" " + key) }) else { continue }
            hidden.append(record)
        }
        guard !hidden.isEmpty else { return visible }
        var merged: [AnswerRecord] = []
        var rest = visible[...]
        for record in hidden.enumerated().sorted(by: { ($0.element.location.line, $0.offset) < ($1.element.location.line, $1.offset) }).map(\.element) {
            while let next = rest.first, next.location.line <= record.location.line {
                merged.append(next)
                rest = rest.dropFirst()
            }
            merged.append(record)
        }
        return merged + rest
    }

    /// Where the bytes end when they stop inside markup: inside a tag, a comment or a character
    /// reference, or before the end tag of a `<script>` or `<style>` (which is never optional).
    /// Text that stops inside an open `<p>` or without `</html>` is valid HTML: those end tags are
    /// optional.
    static func truncation(_ data: Data) -> String? {
        var state = MarkupScanner()
        data.withUnsafeBytes { raw in
            for byte in raw.bindMemory(to: UInt8.self) { state.feed(byte) }
        }
        return state.unfinished
    }

    /// Plain text of an HTML fragment (a JSON-LD answer), paragraphs apart; text without markup as is.
    public static func plainText(fromFragment fragment: String) -> String {
        guard fragment.contains("<") || fragment.contains("&") else {
            return fragment.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        guard let document = HTMLDocument(data: Data(("<html><body>" + fragment + "</body></html>").utf8), encoding: "UTF-8") else {
            return fragment
        }
        return QuestionSegmenter.answerText(HTMLDocument.outline(document.body))
    }

    // MARK: - Charset

    /// The charset to decode with: declared, else UTF-8 when valid, else windows-1252.
    static func encoding(of data: Data, path: String) throws(IngestError) -> String? {
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) { return nil }  // libxml2 reads UTF-16 BOMs
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { return "UTF-8" }
        if data.prefix(8192).contains(0) {
            if let encoding = TextDecoding.utf16WithoutByteOrderMark(data) { throw .missingByteOrderMark(path: path, encoding: encoding) }
            throw .binary(path: path)
        }
        if let declared = declaredCharset(data) {
            let name = declared.uppercased()
            if name == "UTF-8" || name == "UTF8" { return "UTF-8" }
            guard String(data: Data("a".utf8), encoding: stringEncoding(name) ?? .utf8) != nil, stringEncoding(name) != nil || isKnownToLibxml(name) else {
                throw .undecodable(path: path, encoding: declared)
            }
            return declared
        }
        return String(validating: data, as: UTF8.self) != nil ? "UTF-8" : "windows-1252"
    }

    /// `charset=...` from a `<meta>` in the first 4 KB.
    static func declaredCharset(_ data: Data) -> String? {
        let head = String(decoding: data.prefix(4096), as: UTF8.self).lowercased()
        guard let range = head.range(of: "charset=") else { return nil }
        let value = head[range.upperBound...].drop(while: { $0 == "\"" || $0 == "'" || $0 == " " })
        let name = value.prefix(while: { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ":" || $0 == "." })
        return name.isEmpty ? nil : String(name)
    }

    static func stringEncoding(_ name: String) -> String.Encoding? {
        switch name {
        case "ISO-8859-1", "LATIN1", "ISO8859-1", "LATIN-1": return .isoLatin1
        case "WINDOWS-1252", "CP1252": return .windowsCP1252
        case "US-ASCII", "ASCII": return .ascii
        case "UTF-16": return .utf16
        default: return nil
        }
    }

    static func isKnownToLibxml(_ name: String) -> Bool {
        // libxml2 converts through iconv, which knows the common legacy charsets.
        let known = ["ISO-8859-", "WINDOWS-125", "CP125", "KOI8", "SHIFT_JIS", "EUC-", "GB2312", "GBK", "GB18030", "BIG5", "MACINTOSH"]
        return known.contains { name.hasPrefix($0) }
    }

    // MARK: - JSON-LD

    /// Questions and answers from schema.org FAQPage JSON-LD, located at the visible text that
    /// repeats the question when the page shows it, else at the JSON-LD `@id` and script line.
    static func jsonLDRecords(_ document: HTMLDocument, outline: [OutlineBlock], path: String) -> [AnswerRecord] {
        var pairs: [(JSONReader.QAPair, Int)] = []
        for script in document.jsonLD {
            guard let value = try? JSONSerialization.jsonObject(with: Data(script.text.utf8)) else { continue }
            var found: [JSONReader.QAPair] = []
            JSONReader.collectPairs(value, into: &found)
            pairs += found.map { ($0, script.line) }
        }
        guard !pairs.isEmpty else { return [] }
        var visible: [String: (String?, Int)] = [:]
        for block in outline {
            switch block {
            case .heading(_, let text, let anchor, let line): visible[TextNormalizer.key(text)] = visible[TextNormalizer.key(text)] ?? (anchor, line)
            case .text(let text, let line): visible[TextNormalizer.key(text)] = visible[TextNormalizer.key(text)] ?? (nil, line)
            default: break
            }
        }
        // Elements with an id that can hold a question's text (not whole sections).
        let questionHolders: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6", "dt", "summary", "p", "span", "a", "li", "label", "strong", "b", "button"]
        for element in document.body.descendants(where: { $0.id != nil && questionHolders.contains($0.name) }) {
            let key = TextNormalizer.key(HTMLDocument.inlineText(element))
            if let seen = visible[key], seen.0 == nil { visible[key] = (element.id, element.line) }
        }
        return pairs.map { pair, line in
            let place = visible[TextNormalizer.key(pair.question ?? "")]
            return AnswerRecord(text: pair.answer, question: pair.question,
                                location: SourceLocation(path: path, line: place?.1 ?? line, anchor: place?.0 ?? pair.anchor))
        }
    }
}

/// Follows HTML's tokenizer far enough to tell where bytes stop: in text, in a tag (quotes
/// included), in a comment, in a character reference, or in the raw text of a script or style.
struct MarkupScanner {
    enum State {
        case text
        /// After "<": a tag, an end tag, a declaration or a comment follows.
        case tagOpen
        case tag(quote: UInt8?)
        case comment
        case rawText
    }

    private var state = State.text
    /// The bytes of the current tag's name, lowercased, and whether it is an end tag.
    private var tagName: [UInt8] = []
    private var readingName = false
    private var isEndTag = false
    /// The raw-text element open (`script` or `style`), and the bytes matched of its end tag.
    private var rawElement: [UInt8] = []
    private var rawMatch = 0
    /// The length of a character reference in progress ("&amp" so far), or nil.
    private var reference: Int?
    /// The last bytes seen, for "<!--" and "-->".
    private var recent: (UInt8, UInt8, UInt8) = (0, 0, 0)

    /// What the bytes stopped inside, or nil when they stop in text.
    var unfinished: String? {
        switch state {
        case .tagOpen, .tag: return "a tag"
        case .comment: return "a comment"
        case .rawText: return "a <\(String(decoding: rawElement, as: UTF8.self))> element, without its end tag"
        case .text: return reference != nil ? "a character reference" : nil
        }
    }

    mutating func feed(_ byte: UInt8) {
        recent = (recent.1, recent.2, byte)
        switch state {
        case .text:
            if let length = reference {
                let continues = Self.isAlphanumeric(byte) || (length == 0 && byte == UInt8(ascii: "#"))
                reference = continues && length < 32 ? length + 1 : nil
            }
            if byte == UInt8(ascii: "&") { reference = 0 }
            if byte == UInt8(ascii: "<") {
                reference = nil
                state = .tagOpen
            }
        case .tagOpen:
            if Self.isLetter(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") {
                isEndTag = byte == UInt8(ascii: "/")
                tagName = Self.isLetter(byte) ? [byte | 0x20] : []
                readingName = true
                state = .tag(quote: nil)
            } else {
                // "a < b" in text: no tag.
                state = .text
            }
        case .tag(let quote):
            if let quote {
                if byte == quote { state = .tag(quote: nil) }
                return
            }
            if readingName {
                if Self.isAlphanumeric(byte) {
                    tagName.append(byte | (Self.isLetter(byte) ? 0x20 : 0))
                    return
                }
                readingName = false
            }
            if recent == (UInt8(ascii: "!"), UInt8(ascii: "-"), UInt8(ascii: "-")) && tagName.isEmpty {
                state = .comment
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                state = .tag(quote: byte)
            } else if byte == UInt8(ascii: ">") {
                let name = tagName
                state = .text
                if !isEndTag, name == Array("script".utf8) || name == Array("style".utf8) {
                    rawElement = name
                    rawMatch = 0
                    state = .rawText
                }
            }
        case .comment:
            if recent == (UInt8(ascii: "-"), UInt8(ascii: "-"), UInt8(ascii: ">")) { state = .text }
        case .rawText:
            // Looks for "</script" (or "</style"), then the tag's ">".
            let end = [UInt8(ascii: "<"), UInt8(ascii: "/")] + rawElement
            let folded = Self.isLetter(byte) ? byte | 0x20 : byte
            if rawMatch < end.count {
                rawMatch = folded == end[rawMatch] ? rawMatch + 1 : (folded == UInt8(ascii: "<") ? 1 : 0)
            } else if byte == UInt8(ascii: ">") {
                state = .text
                rawMatch = 0
            }
        }
    }

    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
    static func isAlphanumeric(_ byte: UInt8) -> Bool { isLetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) }
}
