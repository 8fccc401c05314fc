import KBModel
import KBText
import Foundation

/// Reads FAQ pages with libxml2's HTML parser and finds their question/answer pairs.
///
/// Strategies, in order of trust; the first that finds pairs wins:
///
/// 1. schema.org FAQPage in JSON-LD (`<script type="application/ld+json">`, `@graph`, arrays);
/// 2. schema.org microdata (`itemtype` Question, `itemprop` name / acceptedAnswer / text);
/// 3. `<details><summary>`;
/// 4. `<dl><dt><dd>` whose terms include a question;
/// 5. headings (h1-h6, or an all-bold paragraph) followed by content up to the next heading of the
///    same or a higher level (see ``QuestionSegmenter``).
///
/// A page with none of these falls back to its paragraphs as answers, with a warning. Page chrome
/// never reaches any of them (see ``HTMLDocument``). Records are located by the element's id or
/// anchor (`page.html#id`), else by line.
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
        return ["<!doctype html", "<html", "<body", "<head", "</p>", "</div>", "</h1>", "</h2>", "</h3>", "</li>", "</dt>", "</summary>"]
            .contains { text.contains($0) }
    }

    public func read(_ data: Data, path: String) throws(IngestError) -> SourceDocument {
        let encoding = try Self.encoding(of: data, path: path)
        if Self.isTruncated(data) {
            throw .malformedHTML(path: path, detail: "truncated: it ends inside a tag or text, without </html>")
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
        let outline = HTMLDocument.outline(document.body)
        let strategies: [() -> [AnswerRecord]] = [
            { Self.jsonLDRecords(document, outline: outline, path: path) },
            { Self.microdataRecords(document, path: path) },
            { Self.detailsRecords(document, path: path) },
            { Self.definitionListRecords(document, path: path) },
            { QuestionSegmenter.records(outline, path: path) },
        ]
        for strategy in strategies {
            let records = strategy()
            if !records.isEmpty { return SourceDocument(path: path, records: records, format: format) }
        }
        let paragraphs = QuestionSegmenter.paragraphRecords(outline, path: path)
        return SourceDocument(path: path, records: paragraphs, format: format,
                              warnings: ["no question/answer structure found; indexed \(paragraphs.count) paragraphs as answers"])
    }

    /// A page that opens `<html>` but stops before closing it, in the middle of a tag or of text.
    static func isTruncated(_ data: Data) -> Bool {
        let tail = String(decoding: data.suffix(256), as: UTF8.self).lowercased()
        guard let last = tail.last(where: { !$0.isWhitespace }) else { return false }
        let opensHTML = String(decoding: data.prefix(2048), as: UTF8.self).lowercased().contains("<html")
        return opensHTML && last != ">" && !tail.contains("</html")
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

    // MARK: - Strategies

    /// Questions and answers from schema.org FAQPage JSON-LD, located at the visible question when
    /// the page shows it too.
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
            // Located at the visible question when the page shows it, else by the JSON-LD @id.
            let place = visible[TextNormalizer.key(pair.question ?? "")]
            return AnswerRecord(text: pair.answer, question: pair.question,
                                location: SourceLocation(path: path, line: place?.1 ?? line, anchor: place?.0 ?? pair.anchor))
        }
    }

    static func microdataRecords(_ document: HTMLDocument, path: String) -> [AnswerRecord] {
        let questions = document.body.descendants { $0.attributes["itemtype"]?.hasSuffix("schema.org/Question") == true }
        return questions.compactMap { question in
            guard let name = question.descendants(where: { $0.attributes["itemprop"] == "name" }).first,
                  let answer = question.descendants(where: { $0.attributes["itemprop"] == "acceptedAnswer" || $0.attributes["itemprop"] == "suggestedAnswer" }).first
            else { return nil }
            let textElement = answer.descendants(where: { $0.attributes["itemprop"] == "text" }).first ?? answer
            return record(question: name, answer: [textElement], anchor: question.id ?? name.id, path: path)
        }
    }

    /// A record from the element holding a question and the elements holding its answer, or nil
    /// when either has no text.
    static func record(question: HTMLDocument.Element, answer: [HTMLDocument.Element], anchor: String?, path: String) -> AnswerRecord? {
        let text = QuestionSegmenter.answerText(answer.flatMap(HTMLDocument.outline))
        let questionText = HTMLDocument.inlineText(question)
        guard !text.isEmpty, !questionText.isEmpty else { return nil }
        return AnswerRecord(text: text, question: questionText, location: SourceLocation(path: path, line: question.line, anchor: anchor))
    }

    static func detailsRecords(_ document: HTMLDocument, path: String) -> [AnswerRecord] {
        document.body.descendants { $0.name == "details" }.compactMap { details in
            guard let summary = details.elements.first(where: { $0.name == "summary" }) else { return nil }
            let content = HTMLDocument.Element(name: "div", attributes: [:], line: details.line)
            content.children = details.children.filter {
                if case .element(let element) = $0 { return element !== summary }
                return true
            }
            return record(question: summary, answer: [content], anchor: details.id ?? summary.id, path: path)
        }
    }

    /// `<dt>` questions with their `<dd>` answers, from lists where at least one term is a question.
    static func definitionListRecords(_ document: HTMLDocument, path: String) -> [AnswerRecord] {
        var records: [AnswerRecord] = []
        for list in document.body.descendants(where: { $0.name == "dl" }) {
            var pairs: [(HTMLDocument.Element, [HTMLDocument.Element])] = []
            for element in list.elements {
                if element.name == "dt" {
                    pairs.append((element, []))
                } else if element.name == "dd", !pairs.isEmpty {
                    pairs[pairs.count - 1].1.append(element)
                }
            }
            guard pairs.contains(where: { HTMLDocument.inlineText($0.0).hasSuffix("?") }) else { continue }
            for (term, definitions) in pairs {
                let anchor = term.id ?? term.descendants(where: { $0.id != nil || $0.attributes["name"] != nil }).first.flatMap { $0.id ?? $0.attributes["name"] }
                if let found = record(question: term, answer: definitions, anchor: anchor, path: path) { records.append(found) }
            }
        }
        return records
    }
}
