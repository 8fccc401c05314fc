import KBModel
import KBText
import Foundation

/// Reads JSON FAQs: an array of question/answer objects, JSON Lines of such objects, or a JSON-LD
/// FAQPage document (also inside `@graph` or an array); wrapper objects are looked into (`{"faq":
/// [...]}`), and an object with an `answer` but no question is an answer without a question.
///
/// Keys are matched case-insensitively, in pairs: question/answer, q/a, title/body, name/text; records
/// with other keys are read by what their fields hold (``inferredPairs(_:)``). An
/// answer may be a string, an array of strings, or an object with a `text` field; HTML inside it is
/// reduced to text. A file of another shape is an error naming the shape found.
///
/// For example:
///
/// ```swift
/// let data = Data(#"[{"Question": "Why?", "Answer": "Because."}]"#.utf8)
/// try JSONReader().read(data, path: "faq.json").records.first?.question  // "Why?"
/// ```
public struct JSONReader: DocumentReader {
    public let format = "json"
    public let fileExtensions: Set<String> = ["json", "jsonl", "ndjson", "jsonld"]

    static let keyPairs: [(String, String)] = [("question", "answer"), ("q", "a"), ("title", "body"), ("name", "text")]

    /// The deepest nesting Foundation's JSON parser reads; a deeper file is reported as such, not as malformed.
    static let maxDepth = 512

    public init() {}

    public func accepts(_ data: Data) -> Bool { Self.looksLikeJSON(data) }

    /// Whether the first non-blank byte opens a JSON object or array.
    static func looksLikeJSON(_ data: Data) -> Bool {
        let body = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
        guard let first = body.first(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }) else { return false }
        return first == UInt8(ascii: "[") || first == UInt8(ascii: "{")
    }

    /// Whether the bytes are one JSON document (for sniffing a `.txt` file).
    static func parses(_ data: Data) -> Bool {
        looksLikeJSON(data) && (try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])) != nil
    }

    public func read(_ data: Data, path: String) throws(IngestError) -> SourceDocument {
        let text = try TextDecoding.decode(data, path: path)
        let values: [Any]
        if let whole = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) {
            values = [whole]
        } else if let lines = Self.jsonLines(text) {
            values = lines
        } else if let line = JSONSyntax.lineExceeding(depth: Self.maxDepth, Array(text.utf8)) {
            throw .exceedsLimit(path: path, line: line, detail: "JSON nested deeper than \(Self.maxDepth) levels")
        } else {
            throw .malformedJSON(path: path, line: Self.lineOfParseError(text))
        }
        var pairs: [QAPair] = []
        for value in values { Self.collectPairs(value, into: &pairs) }
        guard !pairs.isEmpty else {
            throw .unexpectedJSONShape(path: path, found: Self.shapeDescription(values.count == 1 ? values[0] : values))
        }
        var locator = LineLocator(text)
        var records: [AnswerRecord] = []
        for pair in pairs {
            records.append(AnswerRecord(text: pair.answer, question: pair.question,
                                        location: SourceLocation(path: path, line: locator.line(ofNext: pair.question ?? pair.answer), anchor: pair.anchor)))
        }
        return SourceDocument(path: path, records: records, format: format)
    }

    /// Each non-blank line parsed as JSON, or nil when one does not parse (not JSON Lines).
    static func jsonLines(_ text: String) -> [Any]? {
        let lines = TextReader.splitLines(text).filter { !TextReader.isBlank($0) }
        guard lines.count > 1 else { return nil }
        var values: [Any] = []
        for line in lines {
            guard let value = try? JSONSerialization.jsonObject(with: Data(line.utf8)) else { return nil }
            values.append(value)
        }
        return values
    }

    /// A question and its answer found in JSON, with the fragment of its JSON-LD `@id` or `url`.
    struct QAPair {
        var question: String?
        var answer: String
        var anchor: String?
    }

    /// Finds question/answer pairs in arrays, objects with a recognised key pair, and JSON-LD.
    static func collectPairs(_ value: Any, into pairs: inout [QAPair]) {
        if let array = value as? [Any] {
            // A sheet of rows whose first row names the columns: its other rows as records.
            if let table = headedRows(array) {
                let before = pairs.count
                collectPairs(table, into: &pairs)
                if pairs.count > before { return }
            }
            let records = array.compactMap { $0 as? [String: Any] }
            // Form responses (one submission per answer, each field an object of its own) are read
            // as records of their fields, before their field objects can pass for pairs.
            if records.count == array.count, let answered = formPairs(records) {
                pairs += answered
                return
            }
            let before = pairs.count
            for element in array { collectPairs(element, into: &pairs) }
            if pairs.count == before, records.count == array.count, let inferred = inferredPairs(records) { pairs += inferred }
            return
        }
        guard let object = value as? [String: Any] else { return }
        if let graph = object["@graph"] {
            collectPairs(graph, into: &pairs)
            return
        }
        if isType(object, "FAQPage") || isType(object, "QAPage"), let entities = object["mainEntity"] {
            collectPairs(entities, into: &pairs)
            return
        }
        if isType(object, "Question") {
            if let name = text(object["name"]), let answer = answerText(object["acceptedAnswer"] ?? object["suggestedAnswer"]) {
                let identifier = (object["@id"] as? String) ?? (object["url"] as? String)
                let fragment = identifier.flatMap { id -> String? in
                    guard let hash = id.firstIndex(of: "#") else { return nil }
                    let rest = id[id.index(after: hash)...]
                    return rest.isEmpty ? nil : String(rest)
                }
                pairs.append(QAPair(question: name, answer: answer, anchor: fragment))
            }
            return
        }
        let lowered = lowercasedKeys(withNamedFields(object))
        for (questionKey, answerKey) in keyPairs {
            if let question = questionText(lowered[questionKey]), let answer = answerText(lowered[answerKey]) {
                pairs.append(QAPair(question: question, answer: answer, anchor: nil))
                return
            }
        }
        // An answer whose question is under another name ({"Name": "Which nights ...?", "Answer":
        // ...}): the one other text field that asks. Without one, an answer without a question
        // ({"answer": "...", "question": null}), as kb export writes.
        if lowered.keys.contains("answer"), let answer = answerText(lowered["answer"]) {
            let asking = lowered.filter { $0.key != "answer" && text($0.value)?.hasSuffix("?") == true }
            let question = questionText(lowered["question"]) ?? (asking.count == 1 ? asking.first.flatMap { text($0.value) } : nil)
            pairs.append(QAPair(question: question, answer: answer, anchor: nil))
            return
        }
        // A table of columns and rows; when its rows hold no pairs, the object's other keys may.
        if let table = tableRecords(object) {
            let before = pairs.count
            collectPairs(table, into: &pairs)
            if pairs.count > before { return }
        }
        // A wrapper object ({"faq": [...]}, kb export's {"answers": [...]}): look inside, in key order.
        // JSON-LD objects of other types (a WebPage, an Organization) hold no FAQ of their own.
        guard object["@type"] == nil, object["@context"] == nil else { return }
        for key in object.keys.sorted() {
            if let value = object[key], value is [Any] || value is [String: Any] { collectPairs(value, into: &pairs) }
        }
    }

    /// A table given as its column names and its rows, each row an array of values in column order
    /// (`{"columns": ["id", "question", "answer"], "rows": [[1, "How ...?", "..."], ...]}`, as
    /// database APIs and exports write query results): its rows as records keyed by column name.
    /// Nil unless one array of at least two distinct strings names the columns and another holds
    /// rows that all have that many values.
    static func tableRecords(_ object: [String: Any]) -> [[String: Any]]? {
        for key in object.keys.sorted() {
            guard let names = object[key] as? [String], names.count >= 2, Set(names).count == names.count else { continue }
            for rowsKey in object.keys.sorted() where rowsKey != key {
                guard let rows = object[rowsKey] as? [Any], !rows.isEmpty else { continue }
                let arrays = rows.compactMap { $0 as? [Any] }
                guard arrays.count == rows.count, arrays.allSatisfy({ $0.count == names.count }) else { continue }
                return arrays.map { Dictionary(uniqueKeysWithValues: zip(names, $0)) }
            }
        }
        return nil
    }

    /// A table given as rows only, the first naming the columns (`[["Question", "Answer"], ["How
    /// ...?", "..."], ...]`, as spreadsheet APIs and CSV converters write a sheet): the other rows as
    /// records keyed by those names. A row may be shorter than the first (spreadsheet APIs leave out
    /// trailing empty cells), never longer. Nil unless the first row holds at least two distinct
    /// strings, none of them a sentence, and at least one row follows.
    static func headedRows(_ array: [Any]) -> [[String: Any]]? {
        guard array.count >= 2, let names = array.first as? [String], names.count >= 2, Set(names).count == names.count,
              names.allSatisfy({ !$0.isEmpty && $0.count <= 40 && !$0.hasSuffix("?") }) else { return nil }
        let rows = array.dropFirst().compactMap { $0 as? [Any] }
        guard rows.count == array.count - 1, rows.allSatisfy({ $0.count <= names.count }) else { return nil }
        return rows.map { Dictionary(uniqueKeysWithValues: zip(names, $0)) }
    }

    /// The object with its named fields as fields of its own: an array of objects that each name a
    /// field and hold its value (`"CustomFields": [{"name": "Answer", "values": ["..."]}]`, as
    /// helpdesks, CRMs and form tools export custom fields) adds `Answer` beside the object's own
    /// keys, which win.
    static func withNamedFields(_ object: [String: Any]) -> [String: Any] {
        var result = object
        for value in object.values {
            guard let fields = value as? [[String: Any]], !fields.isEmpty else { continue }
            for field in fields {
                let lowered = lowercasedKeys(field)
                guard let name = ["name", "key", "label", "field", "title"].lazy.compactMap({ lowered[$0] as? String }).first,
                      let content = ["value", "values", "content"].lazy.compactMap({ lowered[$0] }).first,
                      result[name] == nil, object.keys.allSatisfy({ $0.lowercased() != name.lowercased() }) else { continue }
                result[name] = content
            }
        }
        return result
    }

    /// Form responses: records that hold their fields as objects of their own, each naming its
    /// field and holding the value given, in an array or in an object keyed by field id, as form
    /// tools' APIs return submissions (`"answers": {"5": {"text": "Customer question", "answer":
    /// "..."}}`; `"answers": [{"field": {"ref": "question"}, "type": "text", "text": "..."}]`;
    /// `"answers": {"6a1b": {"questionId": "6a1b", "textAnswers": {"answers": [{"value": "..."}]}}}`).
    /// Each record becomes its own text fields plus one field per field object (named by its label),
    /// and the question and the answer are then told apart as for any other records
    /// (``inferredPairs(_:)``). Nil unless most records hold such fields and no record is a plain pair.
    static func formPairs(_ records: [[String: Any]]) -> [QAPair]? {
        guard records.count >= 2, !records.contains(where: isPlainPair) else { return nil }
        var flattened: [[String: Any]] = []
        for record in records {
            guard let fields = formFields(record) else { continue }
            var flat = record.filter { $0.value is String }
            for (label, value) in fields where flat[label] == nil { flat[label] = value }
            flattened.append(flat)
        }
        guard flattened.count * 2 > records.count else { return nil }
        return inferredPairs(flattened)
    }

    /// Whether a record holds a question/answer key pair of its own.
    static func isPlainPair(_ record: [String: Any]) -> Bool {
        let keys = Set(record.keys.map { $0.lowercased() })
        return keys.contains("answer") || keyPairs.contains { keys.contains($0.0) && keys.contains($0.1) }
    }

    /// A record's field objects as label -> text, when one of its values is a collection of at
    /// least two of them (an array, or an object keyed by id), or nil.
    static func formFields(_ record: [String: Any]) -> [String: String]? {
        for key in record.keys.sorted() {
            let members: [Any]
            if let array = record[key] as? [Any] { members = array } else if let object = record[key] as? [String: Any] {
                members = object.keys.sorted().compactMap { object[$0] }
            } else { continue }
            let fieldObjects = members.compactMap { $0 as? [String: Any] }
            guard fieldObjects.count >= 2, fieldObjects.count == members.count else { continue }
            var fields: [String: String] = [:]
            for field in fieldObjects {
                guard let (label, value) = labelledValue(field), fields[label] == nil else { continue }
                fields[label] = value
            }
            if fields.count >= 2 { return fields }
        }
        return nil
    }

    /// A field object's label and the text given for it: the value under a value key (`answer`,
    /// `value`, ...), or under the key its `type` names (`"type": "text", "text": "..."`), or in
    /// its one nested object; the label under a label key of the field or of its nested `field`
    /// description, other than the value's own key.
    static func labelledValue(_ field: [String: Any]) -> (String, String)? {
        let lowered = lowercasedKeys(field)
        var valueKey: String?
        var value: String?
        for key in ["answer", "value", "values", "response", "content", "prettyformat"] {
            if let found = lowered[key].flatMap({ leafText($0) }) { valueKey = key; value = found; break }
        }
        if value == nil, let type = (lowered["type"] as? String)?.lowercased(), let found = lowered[type].flatMap({ leafText($0) }) {
            valueKey = type
            value = found
        }
        if value == nil {
            let nested = lowered.filter { $0.value is [String: Any] || $0.value is [Any] }
            if nested.count == 1, let only = nested.first, let found = leafText(only.value) { valueKey = only.key; value = found }
        }
        guard let value, let valueKey else { return nil }
        let labelKeys = ["label", "title", "question", "text", "name", "ref", "questionid", "id", "key"]
        let description = (lowered["field"] as? [String: Any]).map(lowercasedKeys)
        for source in [lowered, description ?? [:]] {
            for key in labelKeys where key != valueKey {
                if let label = source[key] as? String, !label.isEmpty { return (label, value) }
            }
        }
        return nil
    }

    /// The text a value holds: a string; the text of an object (its `text`, `value` or `label`, or
    /// its rich-text children); the texts of an array joined.
    static func leafText(_ value: Any, depth: Int = 0) -> String? {
        guard depth < 16 else { return nil }
        if let string = value as? String { return text(string) }
        if let array = value as? [Any] {
            let parts = array.compactMap { leafText($0, depth: depth + 1) }
            return parts.isEmpty ? nil : parts.joined(separator: "\n\n")
        }
        guard let object = value as? [String: Any] else { return nil }
        for key in ["text", "value", "label"] {
            if let string = object[key] as? String { return text(string) }
        }
        if let rich = richText(object, depth: depth + 1) { return rich }
        let nested = object.values.filter { $0 is [String: Any] || $0 is [Any] }
        return nested.count == 1 ? nested.first.flatMap { leafText($0, depth: depth + 1) } : nil
    }

    /// The text of a rich-text tree (Portable Text blocks and spans, a Contentful or ProseMirror
    /// document): the `text` or `value` strings of its nodes in order, the children of a block
    /// run together, blocks apart as paragraphs. Arrays of strings (marks, styles) hold no text.
    static func richText(_ node: [String: Any], depth: Int = 0) -> String? {
        guard depth < 64 else { return nil }
        // A span's own text is joined with its siblings' before markup is read; a value that is
        // the whole answer (an XHTML property: `{"value": "<p>...</p>"}`) is read as HTML itself.
        if let own = (node["text"] ?? node["value"]) as? String { return depth == 0 ? text(own) : own }
        var children: [[String: Any]] = []
        for key in node.keys.sorted() {
            guard let array = node[key] as? [Any], !array.isEmpty else { continue }
            let objects = array.compactMap { $0 as? [String: Any] }
            if objects.count == array.count { children += objects }
        }
        // A document wrapped in one object of its own (Lexical's `{"root": {...}}`) is that object's text.
        if children.isEmpty {
            let wrapped = node.values.compactMap { $0 as? [String: Any] }
            return wrapped.count == 1 ? wrapped.first.flatMap { richText($0, depth: depth + 1) } : nil
        }
        let texts = children.compactMap { richText($0, depth: depth + 1) }
        guard !texts.isEmpty else { return nil }
        // Children with text of their own are spans of one block; others are blocks.
        let inline = children.allSatisfy { ($0["text"] ?? $0["value"]) is String }
        if inline { return text(texts.joined()) }
        let blocks = texts.filter { !$0.isEmpty }
        return blocks.isEmpty ? nil : blocks.joined(separator: "\n\n")
    }

    /// Records whose keys are none of the known pairs ({"faq_question": ..., "faq_answer": ...},
    /// {"prompt": ..., "reply": ...}) still say which field is which: the question is the text
    /// field most of whose values end with a question mark, the answer the text field, among the
    /// others, whose values are longest on average (and longer than the questions). Fields must be
    /// in at least half of the records; two records at least, so the evidence is more than one.
    static func inferredPairs(_ records: [[String: Any]]) -> [QAPair]? {
        guard records.count >= 2 else { return nil }
        // (`spaced`: values holding a space. An answer is prose: a field whose values hold none,
        // identifiers, URLs or dates, is none.)
        var present: [String: Int] = [:], asked: [String: Int] = [:], length: [String: Int] = [:], spaced: [String: Int] = [:]
        for record in records {
            for (key, value) in record {
                guard let string = value as? String else { continue }
                present[key, default: 0] += 1
                length[key, default: 0] += string.count
                if string.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("?") { asked[key, default: 0] += 1 }
                if string.contains(" ") { spaced[key, default: 0] += 1 }
            }
        }
        let common = present.filter { $0.value * 2 >= records.count && (spaced[$0.key] ?? 0) * 2 >= $0.value }.keys.sorted()
        func share(_ key: String) -> Double { Double(asked[key] ?? 0) / Double(max(1, present[key] ?? 0)) }
        func mean(_ key: String) -> Double { Double(length[key] ?? 0) / Double(max(1, present[key] ?? 0)) }
        // A field named for what it holds ("Customer question", "our_answer") is taken at its word
        // when exactly one field is so named; otherwise the values decide.
        let namedQuestion = common.filter { names($0, ["question"]) }
        let namedAnswer = common.filter { names($0, ["answer", "reply", "response"]) && !names($0, ["question"]) }
        let question: String
        if namedQuestion.count == 1, let named = namedQuestion.first { question = named } else {
            guard let asking = common.max(by: { share($0) < share($1) }), share(asking) >= 0.5 else { return nil }
            question = asking
        }
        let answerCandidates = common.filter { $0 != question }
        let answer: String
        if namedAnswer.count == 1, let named = namedAnswer.first, named != question { answer = named } else {
            guard let longest = answerCandidates.max(by: { mean($0) < mean($1) }) else { return nil }
            answer = longest
        }
        guard mean(answer) > mean(question) else { return nil }
        let pairs = records.compactMap { record -> QAPair? in
            guard let answerText = answerText(record[answer]) else { return nil }
            return QAPair(question: text(record[question]), answer: answerText, anchor: nil)
        }
        return pairs.isEmpty ? nil : pairs
    }

    /// Whether a field's name holds one of `words` as a word of its own ("customerQuestion",
    /// "our_answer", "Customer question").
    static func names(_ key: String, _ words: [String]) -> Bool {
        key.split(whereSeparator: { !$0.isLetter }).flatMap(HTMLDocument.camelCaseWords).contains { words.contains($0) }
    }

    /// An object with its keys in lowercase (the first of keys that differ only in case wins).
    static func lowercasedKeys(_ object: [String: Any]) -> [String: Any] {
        Dictionary(object.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    static func isType(_ object: [String: Any], _ type: String) -> Bool {
        if let single = object["@type"] as? String { return single == type || single.hasSuffix("/" + type) }
        if let many = object["@type"] as? [String] { return many.contains(type) }
        return false
    }

    static func text(_ value: Any?) -> String? {
        guard let string = value as? String else { return nil }
        let cleaned = HTMLReader.plainText(fromFragment: string)
        return cleaned.isEmpty ? nil : cleaned
    }

    /// A question's text: a string, or a property object's `value` or `text` string
    /// (`{"value": "How can I pay?", "propertyDataType": "PropertyLongString"}`).
    static func questionText(_ value: Any?) -> String? {
        if let string = text(value) { return string }
        guard let object = value as? [String: Any] else { return nil }
        return text(object["value"]) ?? text(object["text"])
    }

    static func answerText(_ value: Any?) -> String? {
        if let string = text(value) { return string }
        if let object = value as? [String: Any] { return text(object["text"]) ?? text(object["Text"]) ?? richText(object) }
        if let array = value as? [Any] {
            let parts = array.compactMap { answerText($0) }
            return parts.isEmpty ? nil : parts.joined(separator: "\n\n")
        }
        return nil
    }

    /// "an object with keys a, b, c" / "an array of 3 numbers" / "a string".
    static func shapeDescription(_ value: Any) -> String {
        if let object = value as? [String: Any] {
            let keys = object.keys.sorted().prefix(5).joined(separator: ", ")
            return object.isEmpty ? "an empty object" : "an object with keys \(keys)\(object.count > 5 ? ", ..." : "")"
        }
        if let array = value as? [Any] {
            guard let first = array.first else { return "an empty array" }
            return "an array of \(array.count) \(kind(first))s"
        }
        return "a \(kind(value))"
    }

    static func kind(_ value: Any) -> String {
        switch value {
        case is [String: Any]: return "object"
        case is [Any]: return "array"
        case is String: return "string"
        case is NSNumber: return "number"
        default: return "null"
        }
    }

    /// The line of the first syntax error (Foundation's parser does not say where it stopped).
    static func lineOfParseError(_ text: String) -> Int {
        JSONSyntax.firstErrorLine(Array(text.utf8))
    }
}

/// A small JSON syntax checker that only answers "on which line does this stop being JSON?".
enum JSONSyntax {
    enum Expect { case value, valueOrClose, key, keyOrClose, colon, commaOrClose, end }

    static func firstErrorLine(_ bytes: [UInt8]) -> Int {
        var line = 1
        var index = 0
        var stack: [UInt8] = []  // "[" or "{"
        var expect = Expect.value
        func afterValue() { expect = stack.isEmpty ? .end : .commaOrClose }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A { line += 1; index += 1; continue }
            if byte == 0x20 || byte == 0x09 || byte == 0x0D { index += 1; continue }
            switch expect {
            case .value, .valueOrClose, .key, .keyOrClose:
                if (expect == .valueOrClose && byte == UInt8(ascii: "]")) || (expect == .keyOrClose && byte == UInt8(ascii: "}")) {
                    stack.removeLast()
                    afterValue()
                    index += 1
                } else if byte == UInt8(ascii: "\"") {
                    let isKey = expect == .key || expect == .keyOrClose
                    index += 1
                    while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
                        if bytes[index] == 0x0A { return line }
                        index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
                    }
                    guard index < bytes.count else { return line }
                    index += 1
                    if isKey { expect = .colon } else { afterValue() }
                } else if expect == .key || expect == .keyOrClose {
                    return line
                } else if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") {
                    stack.append(byte)
                    expect = byte == UInt8(ascii: "[") ? .valueOrClose : .keyOrClose
                    index += 1
                } else if let length = literalLength(bytes, index) {
                    index += length
                    afterValue()
                } else {
                    return line
                }
            case .colon:
                guard byte == UInt8(ascii: ":") else { return line }
                expect = .value
                index += 1
            case .commaOrClose:
                if byte == UInt8(ascii: ",") {
                    expect = stack.last == UInt8(ascii: "[") ? .value : .key
                } else if (byte == UInt8(ascii: "]") && stack.last == UInt8(ascii: "[")) || (byte == UInt8(ascii: "}") && stack.last == UInt8(ascii: "{")) {
                    stack.removeLast()
                    afterValue()
                } else {
                    return line
                }
                index += 1
            case .end:
                return line
            }
        }
        return line
    }

    /// The line where arrays and objects first nest deeper than `depth`, or nil (strings skipped).
    static func lineExceeding(depth limit: Int, _ bytes: [UInt8]) -> Int? {
        var line = 1
        var depth = 0
        var index = 0
        var inString = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A { line += 1 }
            if inString {
                if byte == UInt8(ascii: "\\") { index += 1 } else if byte == UInt8(ascii: "\"") { inString = false }
            } else if byte == UInt8(ascii: "\"") {
                inString = true
            } else if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") {
                depth += 1
                if depth > limit { return line }
            } else if byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}") {
                depth -= 1
            }
            index += 1
        }
        return nil
    }

    /// The length of a number or `true` / `false` / `null` at `index`, or nil.
    static func literalLength(_ bytes: [UInt8], _ index: Int) -> Int? {
        for word in ["true", "false", "null"] where bytes[index...].starts(with: word.utf8) { return word.utf8.count }
        var end = index
        while end < bytes.count, "+-0123456789.eE".utf8.contains(bytes[end]) { end += 1 }
        return end > index ? end - index : nil
    }
}

/// Finds the line of successive strings in a text, so records point at their place in the file.
struct LineLocator {
    let text: String
    var cursor: String.Index
    var line = 1

    init(_ text: String) {
        self.text = text
        cursor = text.startIndex
    }

    /// The 1-based line where the first words of `needle` next appear (JSON may escape the rest),
    /// or the line of the previous match when they are not found.
    mutating func line(ofNext needle: String) -> Int {
        let probe = String(needle.prefix(while: { $0 != "\"" && $0 != "\\" && $0 != "<" && $0 != "&" }).prefix(24))
        guard !probe.isEmpty, let found = text.range(of: probe, range: cursor..<text.endIndex) else { return line }
        line += text[cursor..<found.lowerBound].utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        cursor = found.lowerBound
        return line
    }
}
