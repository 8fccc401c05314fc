import KBModel
import KBText
import CLibXML2
import Foundation

/// An HTML page parsed by libxml2's HTML parser and copied into Swift values, page chrome removed.
///
/// Chrome is dropped while copying: `nav`, `header`, `footer`, `aside`, `form`, `script`, `style`
/// and similar elements; elements whose role is navigation, banner, contentinfo, complementary or
/// search; elements whose id or class names a menu, table of contents, sidebar, breadcrumb, cookie
/// or consent banner; and "¶" permalink anchors. JSON-LD scripts are kept aside for the reader.
struct HTMLDocument {
    final class Element {
        let name: String
        let attributes: [String: String]
        var children: [Node] = []
        let line: Int

        init(name: String, attributes: [String: String], line: Int) {
            self.name = name
            self.attributes = attributes
            self.line = line
        }

        var id: String? { attributes["id"].flatMap { $0.isEmpty ? nil : $0 } }

        var elements: [Element] {
            children.compactMap { if case .element(let element) = $0 { return element } else { return nil } }
        }

        /// Every element below this one, depth first, in document order.
        func descendants(where predicate: (Element) -> Bool) -> [Element] {
            var found: [Element] = []
            var stack: [Element] = elements.reversed()
            while let element = stack.popLast() {
                if predicate(element) { found.append(element) }
                stack.append(contentsOf: element.elements.reversed())
            }
            return found
        }
    }

    enum Node {
        case element(Element)
        case text(String)
    }

    /// The `body` (or the whole document when there is none), chrome removed.
    let body: Element
    /// The text of every `<script type="application/ld+json">`, with its line.
    let jsonLD: [(text: String, line: Int)]
    /// The line where libxml2 stopped reading because elements nested deeper than it allows (its
    /// limit without `XML_PARSE_HUGE` is 256; kb asks for no limit, but a libxml2 that keeps one
    /// must not drop the rest of the page unnoticed).
    let stoppedByDepth: Int?

    static let droppedElements: Set<String> = [
        "nav", "header", "footer", "aside", "form", "script", "style", "noscript", "template", "svg",
        "iframe", "button", "select", "input", "textarea", "dialog", "head", "title", "meta", "link", "object", "embed",
    ]
    static let droppedRoles: Set<String> = ["navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog"]
    /// Words of a short id or class name (split at hyphens and underscores) that mark chrome.
    static let chromeWords: Set<String> = [
        "nav", "navbar", "navigation", "navheader", "navfooter", "menu", "menubar", "toc", "toctree", "sidebar",
        "sphinxsidebar", "sidenav", "breadcrumb", "breadcrumbs", "cookie", "cookies", "consent", "gdpr", "headerlink",
        "footer", "masthead", "skip", "skiplink", "share", "social", "advert", "ads", "newsletter", "related", "pagination",
    ]

    /// The most nested elements copied; deeper content is kept as text of the last level.
    static let maxDepth = 400

    /// Parses `data` with libxml2. `encoding` is an IANA charset name, or nil to let libxml2 decide.
    init?(data: Data, encoding: String?) {
        // XML_PARSE_HUGE lifts libxml2's nesting limit of 256 elements, past which it stops reading
        // and drops the rest of the page; ``copy(_:depth:scripts:)`` keeps the depth kb copies bounded.
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue) | Int32(XML_PARSE_HUGE.rawValue)
        xmlResetLastError()
        let parsed: htmlDocPtr? = data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self) else { return nil }
            return htmlReadMemory(base, Int32(clamping: raw.count), nil, encoding, options)
        }
        var stoppedByDepth: Int?
        if let error = xmlGetLastError(), let message = error.pointee.message,
           String(cString: message).contains("Excessive depth") {
            stoppedByDepth = Int(max(error.pointee.line, 1))
        }
        xmlResetLastError()
        self.stoppedByDepth = stoppedByDepth
        guard let document = parsed else { return nil }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return nil }
        var scripts: [(String, Int)] = []
        let top = Self.copy(root, depth: 0, scripts: &scripts) ?? Element(name: "html", attributes: [:], line: 1)
        body = top.descendants(where: { $0.name == "body" }).first ?? top
        jsonLD = scripts
    }

    /// Most attributes one element may have. libxml2 compares each attribute with every earlier one
    /// of its element (to drop duplicates), so an element with a million attributes would hold it
    /// for an hour; real pages stay far below.
    static let maxAttributes = 10_000

    /// The line of the first start tag with more than `limit` attributes, or nil. A quick scan of
    /// the bytes (`memchr` from one `<` to the next) that skips comments, quoted values and the
    /// text of `script` and `style`, as libxml2 does.
    static func lineOfElementWithTooManyAttributes(_ data: Data, limit: Int = maxAttributes) -> Int? {
        data.withUnsafeBytes { raw -> Int? in
            guard let base = raw.baseAddress else { return nil }
            let bytes = raw.bindMemory(to: UInt8.self)
            let count = bytes.count
            func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C }
            func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
            func folded(_ byte: UInt8) -> UInt8 { isLetter(byte) ? byte | 0x20 : byte }
            /// The offset of the next `byte` at or after `offset`, or `count`.
            func next(_ byte: UInt8, from offset: Int) -> Int {
                guard offset < count, let found = memchr(base + offset, Int32(byte), count - offset) else { return count }
                return base.distance(to: UnsafeRawPointer(found))
            }
            /// The offset just past the next `terminator` (lowercase ASCII; letters compared without case).
            func past(_ terminator: [UInt8], from offset: Int) -> Int {
                var index = offset
                while index < count {
                    index = next(terminator[0], from: index)
                    if index + terminator.count <= count, terminator.indices.allSatisfy({ folded(bytes[index + $0]) == terminator[$0] }) {
                        return index + terminator.count
                    }
                    index += 1
                }
                return count
            }
            var index = next(UInt8(ascii: "<"), from: 0)
            while index + 1 < count {
                let tagStart = index
                if bytes[index + 1] == UInt8(ascii: "!") {
                    let isComment = index + 3 < count && bytes[index + 2] == UInt8(ascii: "-") && bytes[index + 3] == UInt8(ascii: "-")
                    index = next(UInt8(ascii: "<"), from: past(isComment ? Array("-->".utf8) : Array(">".utf8), from: index + 2))
                    continue
                }
                guard isLetter(bytes[index + 1]) else {
                    index = next(UInt8(ascii: "<"), from: index + 1)
                    continue
                }
                // A start tag: its name, then its attributes up to ">".
                index += 1
                let nameStart = index
                while index < count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">"), bytes[index] != UInt8(ascii: "/") { index += 1 }
                let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<index]), as: UTF8.self).lowercased()
                var attributes = 0
                while index < count, bytes[index] != UInt8(ascii: ">") {
                    if isSpace(bytes[index]) || bytes[index] == UInt8(ascii: "/") {
                        index += 1
                        continue
                    }
                    attributes += 1
                    if attributes > limit {
                        return 1 + UnsafeBufferPointer(rebasing: bytes[..<tagStart]).reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
                    }
                    while index < count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: "="), bytes[index] != UInt8(ascii: ">") { index += 1 }
                    while index < count, isSpace(bytes[index]) { index += 1 }
                    guard index < count, bytes[index] == UInt8(ascii: "=") else { continue }
                    index += 1
                    while index < count, isSpace(bytes[index]) { index += 1 }
                    if index < count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
                        index = next(bytes[index], from: index + 1) + 1
                    } else {
                        while index < count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") { index += 1 }
                    }
                }
                index += 1
                if name == "script" || name == "style" { index = past(Array("</\(name)".utf8), from: index) }
                index = next(UInt8(ascii: "<"), from: index)
            }
            return nil
        }
    }

    /// A copy of `node` and what it holds, or nil when it is chrome.
    static func copy(_ node: xmlNodePtr, depth: Int, scripts: inout [(String, Int)]) -> Element? {
        let name = node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            if let attributeName = current.pointee.name {
                let value = current.pointee.children?.pointee.content.map { String(cString: $0) } ?? ""
                attributes[String(cString: attributeName).lowercased()] = value
            }
            attribute = current.pointee.next
        }
        let line = Int(xmlGetLineNo(node))
        if name == "script", attributes["type"]?.lowercased().contains("ld+json") == true {
            scripts.append((textContent(node), line))
            return nil
        }
        if isChrome(name: name, attributes: attributes) {
            // JSON-LD often sits in <head>: keep looking for it inside what is dropped.
            collectJSONLD(below: node, into: &scripts)
            return nil
        }
        let element = Element(name: name, attributes: attributes, line: max(line, 1))
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                if depth >= maxDepth {
                    element.children.append(.text(textContent(current)))
                } else if let copied = copy(current, depth: depth + 1, scripts: &scripts) {
                    element.children.append(.element(copied))
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content {
                    element.children.append(.text(String(cString: content)))
                }
            default:
                break
            }
            child = current.pointee.next
        }
        return element
    }

    static func collectJSONLD(below node: xmlNodePtr, into scripts: inout [(String, Int)]) {
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE {
                let name = current.pointee.name.map { String(cString: $0).lowercased() } ?? ""
                if name == "script" {
                    let type = xmlHasProp(current, "type")?.pointee.children?.pointee.content.map { String(cString: $0).lowercased() } ?? ""
                    if type.contains("ld+json") { scripts.append((textContent(current), Int(xmlGetLineNo(current)))) }
                } else {
                    collectJSONLD(below: current, into: &scripts)
                }
            }
            child = current.pointee.next
        }
    }

    /// The text of a node and everything below it (read from libxml2's nodes, nothing allocated by it).
    static func textContent(_ node: xmlNodePtr) -> String {
        var result = ""
        var stack: [xmlNodePtr] = [node]
        while let current = stack.popLast() {
            if current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE {
                if let content = current.pointee.content { result += String(cString: content) }
                continue
            }
            var children: [xmlNodePtr] = []
            var child = current.pointee.children
            while let next = child {
                children.append(next)
                child = next.pointee.next
            }
            stack.append(contentsOf: children.reversed())
        }
        return result
    }

    static func isChrome(name: String, attributes: [String: String]) -> Bool {
        if droppedElements.contains(name) { return true }
        if let role = attributes["role"]?.lowercased(), droppedRoles.contains(role) { return true }
        if attributes["aria-hidden"] == "true" || attributes["hidden"] != nil { return true }
        // Class and id words mark chrome containers; an inline element (a link in a heading, such as
        // Sphinx's "toc-backref") is never dropped for its class.
        guard !inlineElements.contains(name) else { return false }
        // Each class name, and the id, is judged alone; a long one ("how-do-i-share-global-variables")
        // is a slug of content, never chrome.
        let names = (attributes["class"] ?? "").split(whereSeparator: \.isWhitespace).map(String.init) + [attributes["id"] ?? ""]
        for name in names where !name.isEmpty {
            let lowered = name.lowercased()
            if lowered.contains("table-of-contents") || lowered.contains("tableofcontents") { return true }
            let words = lowered.split(whereSeparator: { $0 == "-" || $0 == "_" })
            if words.count <= 3, words.contains(where: { chromeWords.contains(String($0)) }) { return true }
        }
        return false
    }
}

// MARK: - Text

extension HTMLDocument {
    static let inlineElements: Set<String> = [
        "a", "abbr", "b", "strong", "i", "em", "code", "span", "small", "sub", "sup", "kbd", "var", "samp", "mark",
        "q", "cite", "time", "u", "s", "strike", "del", "ins", "img", "label", "font", "tt", "big", "dfn", "data", "wbr",
        "bdi", "bdo", "acronym",
    ]

    /// The text of an element as one line: descendants' text, whitespace collapsed, "¶" removed.
    static func inlineText(_ element: Element) -> String {
        collapse(inlineRaw(element))
    }

    /// Like ``inlineText(_:)`` but with the whitespace at its edges kept, for joining.
    static func inlineRaw(_ element: Element) -> String {
        var pieces: [String] = []
        func walk(_ element: Element) {
            if element.name == "br" { pieces.append(" ") }
            for child in element.children {
                switch child {
                case .text(let text):
                    pieces.append(text)
                case .element(let inner):
                    if inner.name == "a", isPermalink(inner) { continue }
                    let isBlock = !inlineElements.contains(inner.name)
                    if isBlock { pieces.append(" ") }
                    walk(inner)
                    if isBlock { pieces.append(" ") }
                }
            }
        }
        walk(element)
        return pieces.joined()
    }

    /// A "¶" or "#" permalink next to a heading.
    static func isPermalink(_ element: Element) -> Bool {
        let text = collapse(element.children.compactMap { if case .text(let t) = $0 { return t } else { return nil } }.joined())
        return text == "¶" || text == "#" || text == "§" || text == "🔗"
    }

    static func rawText(_ element: Element) -> String {
        var result = ""
        func walk(_ element: Element) {
            for child in element.children {
                switch child {
                case .text(let text): result += text
                case .element(let inner): walk(inner)
                }
            }
        }
        walk(element)
        return result
    }

    /// Whitespace runs as single spaces, no space at the ends, "¶" removed: one pass over the scalars.
    static func collapse(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.isWhitespaceScalar || scalar == "¶" {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }

    static let layoutBlocks: Set<String> = ["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "pre", "section", "article", "blockquote"]

    /// A table row used for page layout (its cells hold paragraphs, headings or lists), not data.
    static func isLayoutRow(_ row: Element) -> Bool {
        row.elements.contains { cell in cell.descendants(where: { layoutBlocks.contains($0.name) }).isEmpty == false }
    }

    /// A paragraph that is entirely bold, and short: a question written as `<p><b>Why?</b></p>`.
    static func isBoldParagraph(_ element: Element) -> Bool {
        guard element.name == "p" else { return false }
        var boldText = ""
        for child in element.children {
            switch child {
            case .text(let text):
                if !text.allSatisfy(\.isWhitespace) { return false }
            case .element(let inner):
                // An empty anchor (<a name="q1"></a>) may sit beside the bold text.
                if inner.name == "a", inlineText(inner).isEmpty { continue }
                guard inner.name == "b" || inner.name == "strong" else { return false }
                boldText += inlineText(inner)
            }
        }
        return !boldText.isEmpty && boldText.count <= 200
    }
}

// MARK: - Outline

extension HTMLDocument {
    /// The element's content as headings and blocks, in document order.
    static func outline(_ root: Element) -> [OutlineBlock] {
        var blocks: [OutlineBlock] = []
        var pendingAnchor: String?
        var inline: [String] = []
        var inlineLine = root.line

        func flushInline() {
            let text = collapse(inline.joined())
            if !text.isEmpty { blocks.append(.text(text, line: inlineLine)) }
            inline.removeAll()
        }

        func headingAnchor(_ element: Element) -> String? {
            if let id = element.id { return id }
            let named = element.descendants { $0.name == "a" && ($0.attributes["name"] != nil || $0.id != nil) }.first
            if let anchor = named.flatMap({ $0.id ?? $0.attributes["name"] }), !anchor.isEmpty { return anchor }
            return pendingAnchor
        }

        func walk(_ element: Element) {
            // An element with an id locates the first heading inside it (Sphinx and DocBook sections).
            let savedAnchor = pendingAnchor
            if let id = element.id { pendingAnchor = id }
            defer { if pendingAnchor == element.id { pendingAnchor = savedAnchor } }
            for child in element.children {
                switch child {
                case .text(let text):
                    if inline.isEmpty { inlineLine = element.line }
                    inline.append(text)
                case .element(let inner):
                    if inlineElements.contains(inner.name) || inner.name == "br" {
                        if inner.name == "a", isPermalink(inner) { continue }
                        if inner.name == "a", inner.children.isEmpty, let name = inner.attributes["name"] ?? inner.id {
                            pendingAnchor = name
                            continue
                        }
                        if inline.isEmpty { inlineLine = inner.line }
                        // Inline markup adds no space of its own: "<a>typing</a>." stays "typing.".
                        inline.append(inner.name == "br" ? " " : inlineRaw(inner))
                        continue
                    }
                    flushInline()
                    block(inner)
                }
            }
            flushInline()
        }

        func block(_ element: Element) {
            switch element.name {
            case "h1", "h2", "h3", "h4", "h5", "h6":
                let level = Int(String(element.name.dropFirst())) ?? 6
                let text = inlineText(element)
                if !text.isEmpty {
                    blocks.append(.heading(level: level, text: text, anchor: headingAnchor(element), line: element.line))
                    pendingAnchor = nil
                }
            case "p" where isBoldParagraph(element):
                blocks.append(.heading(level: 7, text: inlineText(element), anchor: headingAnchor(element), line: element.line))
                pendingAnchor = nil
            case "pre":
                let code = rawText(element)
                if !code.allSatisfy(\.isWhitespace) { blocks.append(.code(code.trimmingTrailingNewlines, line: element.line)) }
            case "li":
                var item = Element(name: "li", attributes: element.attributes, line: element.line)
                var nested: [Element] = []
                for child in element.children {
                    if case .element(let inner) = child, inner.name == "ul" || inner.name == "ol" { nested.append(inner) } else { item.children.append(child) }
                }
                let text = inlineText(item)
                if !text.isEmpty { blocks.append(.listItem(text, line: element.line)) }
                item = Element(name: "", attributes: [:], line: 0)
                nested.forEach(walk)
            case "tr" where !isLayoutRow(element):
                let cells = element.elements.filter { $0.name == "td" || $0.name == "th" }.map(inlineText).filter { !$0.isEmpty }
                if !cells.isEmpty { blocks.append(.text(cells.joined(separator: " | "), line: element.line)) }
            case "hr":
                blocks.append(.separator(line: element.line))
            case "p", "dt", "dd", "caption", "figcaption", "summary":
                let text = inlineText(element)
                if !text.isEmpty { blocks.append(.text(text, line: element.line)) }
            default:
                walk(element)
            }
        }

        walk(root)
        return blocks
    }
}

extension String {
    var trimmingTrailingNewlines: String {
        var text = self
        while text.hasSuffix("\n") || text.hasSuffix("\r") { text.removeLast() }
        while text.hasPrefix("\n") { text.removeFirst() }
        return text
    }
}
