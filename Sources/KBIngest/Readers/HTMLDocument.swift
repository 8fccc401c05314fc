import KBModel
import KBText
import CLibXML2
import Foundation

/// An HTML page parsed by libxml2's HTML parser and copied into Swift values, page chrome removed.
///
/// Chrome is what a page shows around its content, and it is dropped while copying, by what the
/// markup says an element is rather than by what its text says:
///
/// - elements that are chrome by name (`nav`, `header`, `footer`, `aside`, `script`, `input`...)
///   or by ARIA role (navigation, banner, contentinfo, complementary, search, dialog);
/// - hidden elements (`hidden`, `aria-hidden="true"`), except the panels a control on the page
///   reveals: a `role="tabpanel"`, or the target of an `aria-controls` or `data-bs-target`;
/// - containers whose short id or class names a menu, table of contents, sidebar, breadcrumb,
///   cookie banner, newsletter or call to action (``chromeWords``); never the page's own landmarks
///   (`body`, `main`, `article`), a heading, or an element the page points to (a panel a control
///   opens, a section an on-page link or a label refers to): those names are slugs of content;
/// - never an element that holds the page's `<main>` (or `role="main"`): chrome is around the
///   content, so a wrapper of it is layout, whatever its name says;
/// - widgets: a block that holds controls (buttons, fields, a small form) and little text besides
///   them, such as a "Was this helpful? Yes / No" vote, a cookie notice or a signup box
///   (``isWidget(_:)``), and a poll: a question with nothing after it but short choices
///   (``isPoll(_:)``); a panel that answers a question by its markup never is one;
/// - tables of contents: a block whose text is nothing but links to anchors on this page
///   (``isTableOfContents(_:)``);
/// - "¶" permalink anchors, and the labels of controls (a button's "Yes", "Accept").
///
/// JSON-LD scripts are kept aside for the reader.
struct HTMLDocument {
    final class Element {
        let name: String
        let attributes: [String: String]
        var children: [Node] = []
        let line: Int
        /// The element holding this one (nil for the root and for elements a reader makes up).
        weak var parent: Element?
        /// Its position in document order, and one past the position of its last descendant.
        var index = 0
        var end = 0
        /// How many visible characters its text has (whitespace and control labels not counted).
        var weight = 0
        /// Whether a block element is somewhere inside it (a `<FONT>` around paragraphs).
        var holdsBlocks = false
        /// A control: a button whose label is not a question. Its label is not content.
        var isControl = false
        /// Controls it holds directly or through inline elements (labels, spans).
        var controls = 0
        /// Whether preformatted text (code) is inside it.
        var holdsCode = false
        /// Links to anchors on this page inside it, and their visible characters.
        var onPageLinks = 0
        var onPageLinkWeight = 0
        /// Visible characters of its text outside on-page links that are digits, punctuation or
        /// symbols: an entry's number ("1.1") beside its link in a table of contents.
        var markWeight = 0

        init(name: String, attributes: [String: String], line: Int) {
            self.name = name
            self.attributes = attributes
            self.line = line
        }

        var id: String? { attributes["id"].flatMap { $0.isEmpty ? nil : $0 } }

        var elements: [Element] {
            children.compactMap { if case .element(let element) = $0 { return element } else { return nil } }
        }

        /// Whether `other` is inside this element.
        func holds(_ other: Element) -> Bool { index < other.index && other.index < end }

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

        /// The ids an attribute lists (`aria-controls="a b"`, `data-bs-target="#a"`). An ARIA
        /// attribute lists ids, and an id holds any character but a space (React's generated
        /// ":r4R2:"); a target attribute holds a selector, where "#a" names an id and ".collapse"
        /// or "a:hover" none.
        func references(_ attribute: String) -> [String] {
            let listed = (attributes[attribute] ?? "").split(whereSeparator: \.isWhitespace)
            if attribute.hasPrefix("aria-") { return listed.map(String.init) }
            return listed.map { $0.hasPrefix("#") ? String($0.dropFirst()) : String($0) }
                .filter { !$0.isEmpty && !$0.contains(where: { ".[]:,>".contains($0) }) }
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
    /// The copied elements by id (the first of each id).
    let elementsByID: [String: Element]
    /// The page's `<title>`, whitespace collapsed; nil when it has none or it is blank.
    let title: String?

    static let droppedElements: Set<String> = [
        "nav", "header", "footer", "aside", "script", "style", "noscript", "template", "svg",
        "iframe", "select", "input", "textarea", "dialog", "head", "title", "meta", "link", "object", "embed",
    ]
    static let droppedRoles: Set<String> = ["navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog"]
    /// Words of a short id or class name (split at hyphens, underscores and camelCase) that mark chrome.
    static let chromeWords: Set<String> = [
        "nav", "navbar", "navigation", "navheader", "navfooter", "menu", "menubar", "toc", "toctree", "sidebar",
        "sphinxsidebar", "sidenav", "breadcrumb", "breadcrumbs", "cookie", "cookies", "consent", "gdpr", "headerlink",
        "footer", "masthead", "skip", "skiplink", "share", "social", "advert", "ads", "newsletter", "related", "pagination",
        "cta", "promo", "subscribe", "signup", "feedback", "comment", "comments",
    ]
    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]
    /// The page's own content landmarks: never chrome for their class names, never a widget.
    static let landmarks: Set<String> = ["html", "body", "main", "article"]
    /// Most visible characters a widget holds besides its controls (a cookie notice, a vote).
    static let widgetTextLimit = 200

    /// The most nested elements copied; deeper content is kept as text of the last level.
    static let maxDepth = 400

    /// libxml2 set up once, before any page is parsed: its lazy set-up on first use is not safe when
    /// several threads parse at once (pages are read on every core).
    static let parserReady: Void = xmlInitParser()

    /// Parsing and freeing a document, one thread at a time. libxml2 guards its global state only
    /// when it finds the POSIX thread functions at run time, through weak symbols a statically
    /// linked executable leaves unresolved: the static release build corrupted its heap when two
    /// threads parsed at once. Reading a parsed tree needs no lock: each thread reads its own.
    static let parserLock = NSLock()

    /// Parses `data` with libxml2. `encoding` is an IANA charset name, or nil to let libxml2 decide.
    init?(data: Data, encoding: String?) {
        Self.parserReady
        // XML_PARSE_HUGE lifts libxml2's nesting limit of 256 elements, past which it stops reading
        // and drops the rest of the page; ``copy(_:depth:context:)`` keeps the depth kb copies bounded.
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue) | Int32(XML_PARSE_HUGE.rawValue)
        Self.parserLock.lock()
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
        Self.parserLock.unlock()
        self.stoppedByDepth = stoppedByDepth
        guard let document = parsed else { return nil }
        defer {
            Self.parserLock.lock()
            xmlFreeDoc(document)
            Self.parserLock.unlock()
        }
        guard let root = xmlDocGetRootElement(document) else { return nil }
        title = Self.title(below: root)
        var context = CopyContext()
        Self.survey(root, into: &context)
        context.pageLetters = Self.letterCount(root)
        let top: Element
        if case .kept(let copied) = Self.copy(root, depth: 0, context: &context) {
            top = copied
        } else {
            top = Element(name: "html", attributes: [:], line: 1)
        }
        body = top.descendants(where: { $0.name == "body" }).first ?? top
        jsonLD = context.scripts
        elementsByID = Self.number(top)
    }

    /// Numbers the elements in document order and maps their ids.
    static func number(_ top: Element) -> [String: Element] {
        var byID: [String: Element] = [:]
        var counter = 0
        // Iterative: a page may nest as deep as ``maxDepth``.
        var stack: [(Element, Bool)] = [(top, false)]
        while let (element, done) = stack.popLast() {
            if done {
                element.end = counter + 1
                continue
            }
            counter += 1
            element.index = counter
            if let id = element.id, byID[id] == nil { byID[id] = element }
            stack.append((element, true))
            stack.append(contentsOf: element.elements.reversed().map { ($0, false) })
        }
        return byID
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

    /// What copying needs to know about the whole page, and what it sets aside.
    struct CopyContext {
        var scripts: [(text: String, line: Int)] = []
        /// Ids of the panels a control reveals (`aria-controls`, `data-bs-target`, a toggle's `href`).
        var revealed: Set<String> = []
        /// Ids the page points to: revealed panels, elements that label others (`aria-labelledby`),
        /// targets of on-page links.
        var pointedTo: Set<String> = []
        /// Ids and anchor names on the page: where an on-page link can lead.
        var anchors: Set<String> = []
        /// The elements that hold the page's main content landmark (`<main>`, `role="main"`): a
        /// wrapper around the content is never chrome, whatever its class names say
        /// (`<div class="sidebar-grid">` around a Drupal page's `<main>`).
        var holdingMain: Set<xmlNodePtr> = []
        /// Elements up to three levels around a panel a control reveals: a hidden wrapper of that
        /// panel (Blueprint's `bp5-collapse-body`) is hidden until the control opens it.
        var holdingRevealed: Set<xmlNodePtr> = []
        /// Letters and digits of the page's text outside scripts and styles (``letterCount(_:)``).
        var pageLetters = 0
    }

    /// What ``copy(_:depth:context:)`` made of a node.
    enum Copied {
        case kept(Element)
        /// Dropped, with the controls it held (a field, a small form, a widget's buttons), which
        /// count towards its container being a widget.
        case dropped(controls: Int)
    }

    /// The attributes of an element node, names lowercased.
    static func attributes(of node: xmlNodePtr) -> [String: String] {
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            if let attributeName = current.pointee.name {
                let value = current.pointee.children?.pointee.content.map { String(cString: $0) } ?? ""
                attributes[String(cString: attributeName).lowercased()] = value
            }
            attribute = current.pointee.next
        }
        return attributes
    }

    /// One pass over the whole page, before copying: the ids and anchor names, and the panels
    /// controls reveal (a hidden panel an accordion opens is content, not chrome).
    static func survey(_ root: xmlNodePtr, into context: inout CopyContext) {
        var node: xmlNodePtr? = root
        var nodesByID: [String: xmlNodePtr] = [:]
        defer {
            for id in context.revealed {
                var up = nodesByID[id]?.pointee.parent
                for _ in 0..<3 {
                    guard let ancestor = up, ancestor.pointee.type == XML_ELEMENT_NODE else { break }
                    context.holdingRevealed.insert(ancestor)
                    up = ancestor.pointee.parent
                }
            }
        }
        while let current = node {
            if current.pointee.type == XML_ELEMENT_NODE {
                let attributes = Self.attributes(of: current)
                if current.pointee.name.map({ String(cString: $0).lowercased() }) == "main" || attributes["role"]?.lowercased() == "main" {
                    var up = current.pointee.parent
                    while let ancestor = up, ancestor.pointee.type == XML_ELEMENT_NODE, context.holdingMain.insert(ancestor).inserted {
                        up = ancestor.pointee.parent
                    }
                }
                if let id = attributes["id"], !id.isEmpty {
                    context.anchors.insert(id)
                    if nodesByID[id] == nil { nodesByID[id] = current }
                }
                if let name = attributes["name"], !name.isEmpty { context.anchors.insert(name) }
                let probe = Element(name: "", attributes: attributes, line: 0)
                let controlled = probe.references("aria-controls") + probe.references("data-bs-target") + probe.references("data-target")
                context.revealed.formUnion(controlled)
                context.pointedTo.formUnion(controlled + probe.references("aria-labelledby"))
                if let href = attributes["href"], href.hasPrefix("#"), href.count > 1 {
                    if attributes["data-toggle"] != nil || attributes["data-bs-toggle"] != nil { context.revealed.insert(String(href.dropFirst())) }
                    context.pointedTo.insert(String(href.dropFirst()))
                }
                if let child = current.pointee.children {
                    node = child
                    continue
                }
            }
            // The next node in document order: a sibling, or the sibling of the nearest ancestor with one.
            var up: xmlNodePtr? = current
            node = nil
            while let at = up, at != root {
                if let next = at.pointee.next {
                    node = next
                    break
                }
                up = at.pointee.parent
            }
        }
    }

    /// Whether a node sits inside a section of content (`<article>`, `<section>`, `<main>`): a
    /// `<header>` or `<footer>` there heads or closes that content (a card's question, an
    /// article's title), not the page.
    static func insideContent(_ node: xmlNodePtr) -> Bool {
        var up = node.pointee.parent
        while let ancestor = up, ancestor.pointee.type == XML_ELEMENT_NODE {
            let name = ancestor.pointee.name.map { String(cString: $0).lowercased() } ?? ""
            if name == "article" || name == "section" || name == "main" { return true }
            up = ancestor.pointee.parent
        }
        return false
    }

    /// Whether the element before `node` (its previous element sibling) is or holds a toggle: an
    /// element with `aria-expanded` (Bulma's card header with its icon button), or a question that
    /// stands alone (UIkit's `<a class="uk-accordion-title">Can I bring my dog?</a>`, whose
    /// `aria-expanded` the page's script adds): hidden text right after a question is its answer.
    static func followsToggle(_ node: xmlNodePtr) -> Bool {
        var previous = node.pointee.prev
        while let current = previous, current.pointee.type != XML_ELEMENT_NODE { previous = current.pointee.prev }
        guard let sibling = previous else { return false }
        let question = textContent(sibling).trimmingCharacters(in: .whitespacesAndNewlines)
        if question.hasSuffix("?"), question.count <= QuestionText.maxLength, !question.dropLast().contains("?") { return true }
        var stack: [xmlNodePtr] = [sibling]
        var visited = 0
        while let current = stack.popLast(), visited < 64 {
            visited += 1
            if current.pointee.type == XML_ELEMENT_NODE, xmlHasProp(current, "aria-expanded") != nil { return true }
            var child = current.pointee.children
            while let next = child {
                if next.pointee.type == XML_ELEMENT_NODE { stack.append(next) }
                child = next.pointee.next
            }
        }
        return false
    }

    /// A copy of `node` and what it holds, or why it was dropped.
    static func copy(_ node: xmlNodePtr, depth: Int, context: inout CopyContext) -> Copied {
        let name = node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
        let attributes = Self.attributes(of: node)
        let line = Int(xmlGetLineNo(node))
        if name == "script", attributes["type"]?.lowercased().contains("ld+json") == true {
            context.scripts.append((textContent(node), line))
            return .dropped(controls: 0)
        }
        // A wrapper styled out of view around one link or button is a control's other state, as a
        // hidden link or button is (``isChrome``: Foswiki's twisty writes the "show" trigger and a
        // hidden "hide" twin with the same label): not a second question.
        if let style = attributes["style"], isDisplayNone(style), wrapsOneControl(node) { return .dropped(controls: 0) }
        // A hidden panel right after a toggle (an element with `aria-expanded` that names no panel)
        // is what the toggle opens.
        let hidden = attributes["aria-hidden"]?.lowercased() == "true" || attributes["hidden"] != nil
        // A header or footer inside the content is an article's. An aside there is read first: it
        // is kept when it holds the panels its own controls open (Vanilla's `<aside class="p-accordion">`).
        let inContent = (name == "header" || name == "footer" || name == "aside") && insideContent(node)
        let toggled = hidden && (context.holdingRevealed.contains(node) || followsToggle(node))
        let marked = !context.holdingMain.contains(node) && !(inContent && name != "aside")
            && isChrome(name: name, attributes: attributes, revealed: context.revealed, pointedTo: context.pointedTo, followsToggle: toggled)
        // Chrome is what stands beside the content: a container its class names alone call chrome
        // ("ipsComment_content": a forum's posts are its comments), other than navigation, that
        // holds most of the page's text is the content itself.
        let content = marked && !namesNavigation(attributes)
            && !isChrome(name: name, attributes: attributes, revealed: context.revealed, pointedTo: context.pointedTo, followsToggle: toggled, byNames: false)
            && 2 * letterCount(node) >= context.pageLetters
        let chrome = marked && !content
        let asideToRead = chrome && inContent
        if chrome && !asideToRead {
            // JSON-LD often sits in <head>: keep looking for it inside what is dropped.
            collectJSONLD(below: node, into: &context.scripts)
            return .dropped(controls: isField(name: name, attributes: attributes) ? 1 : 0)
        }
        let element = Element(name: name, attributes: attributes, line: max(line, 1))
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                if depth >= maxDepth {
                    element.children.append(.text(textContent(current)))
                } else {
                    switch copy(current, depth: depth + 1, context: &context) {
                    case .kept(let copied):
                        copied.parent = element
                        element.children.append(.element(copied))
                    case .dropped(let controls):
                        element.controls += controls
                    }
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
        measure(element, placedAsHeader: name == "button" && (Self.isInHeading(node) || Self.nextElement(after: node) != nil))
        if asideToRead, !holdsRevealedPanel(element, revealed: context.revealed) { return .dropped(controls: 0) }
        if name == "a", isOnPageLink(element, anchors: context.anchors) {
            element.onPageLinks = 1
            element.onPageLinkWeight = element.weight
            element.markWeight = 0
        }
        // What answers a question by its markup (a panel a control opens, a <details>, a <dd>)
        // is content even when it is short and holds a button.
        let isAnswerPanel = ["details", "dd"].contains(name) || attributes["role"]?.lowercased() == "tabpanel"
            || attributes["id"].map(context.revealed.contains) == true
        // A dropped widget's controls still count for the block around it: the question heading over
        // a group of vote buttons asks for a vote.
        // A block that holds a panel the page's controls reveal is an accordion's item, whatever
        // buttons decorate its header (Flatsome's "Toggle" chevron beside a short answer).
        if !isAnswerPanel, isWidget(element) && !holdsRevealedPanel(element, revealed: context.revealed) || isPoll(element) {
            return .dropped(controls: name == "form" ? max(1, element.controls) : element.controls)
        }
        if !isAnswerPanel, isDismissible(element) { return .dropped(controls: element.controls) }
        if isTableOfContents(element) { return .dropped(controls: 0) }
        return .kept(element)
    }

    /// Whether a node sits in a heading (a heading element, a `role="heading"`, a definition
    /// term or a disclosure's summary), at most two levels up.
    static func isInHeading(_ node: xmlNodePtr) -> Bool {
        var up = node.pointee.parent
        for _ in 0..<2 {
            guard let current = up, current.pointee.type == XML_ELEMENT_NODE else { return false }
            let name = current.pointee.name.map { String(cString: $0).lowercased() } ?? ""
            if headings.contains(name) || name == "summary" || name == "dt" || attributes(of: current)["role"]?.lowercased() == "heading" { return true }
            up = current.pointee.parent
        }
        return false
    }

    /// The element right after a node among its siblings (text between them skipped), if any.
    static func nextElement(after node: xmlNodePtr) -> xmlNodePtr? {
        var next = node.pointee.next
        while let current = next {
            if current.pointee.type == XML_ELEMENT_NODE { return current }
            next = current.pointee.next
        }
        return nil
    }

    /// Sets what a container learns from its children: weight, blocks, controls. `placedAsHeader`:
    /// a button sits where a panel's header does (``isInHeading(_:)``, or the panel follows it).
    static func measure(_ element: Element, placedAsHeader: Bool = false) {
        var weight = 0
        for child in element.children {
            switch child {
            case .text(let text):
                weight += visibleCount(text)
                element.markWeight += visibleCount(text) - text.unicodeScalars.count(where: \.properties.isAlphabetic)
            case .element(let inner):
                if inner.isControl {
                    element.controls += 1
                    continue
                }
                if inlineElements.contains(inner.name) {
                    element.controls += inner.controls
                    if inner.holdsBlocks { element.holdsBlocks = true }
                } else if inner.name != "br" {
                    element.holdsBlocks = true
                }
                if inner.name == "a", isPermalink(inner) { continue }
                if inner.name == "pre" || inner.holdsCode { element.holdsCode = true }
                // A heading's link (Sphinx's back-reference to the table of contents) is the
                // heading, not an entry of a table of contents.
                if !headings.contains(inner.name) {
                    element.onPageLinks += inner.onPageLinks
                    element.onPageLinkWeight += inner.onPageLinkWeight
                    element.markWeight += inner.markWeight
                }
                weight += inner.weight
            }
        }
        element.weight = weight
        if element.name == "button" {
            // A button that opens a panel is the panel's header ("Alert channels" over its
            // answer), not a control's label.
            // A button that only says it is expanded (`aria-expanded` and no panel it names) heads
            // a panel when it sits in a heading or a panel follows it; alone in its container
            // ("Expand all" / "Collapse all" over a group of panels) it is a control.
            let opensPanel = ["aria-controls", "data-bs-target", "data-target"].contains { element.attributes[$0] != nil }
                || element.attributes["aria-expanded"] != nil && placedAsHeader
            element.isControl = !opensPanel && !QuestionText.isQuestion(inlineText(element))
        }
    }

    /// Characters that show: not whitespace, not invisible, not an icon font's glyph (a code point
    /// of the Private Use Area, which means nothing outside its font: Read the Docs' permalink
    /// icon U+F0C1).
    static func visibleCount(_ text: String) -> Int {
        var count = 0
        for scalar in text.unicodeScalars where !scalar.isWhitespaceScalar && !InvisibleCharacters.isInvisible(scalar)
            && !(0xE000...0xF8FF).contains(scalar.value) { count += 1 }
        return count
    }

    /// A form field a person types into or picks from (a tick box beside a question, as CSS-only
    /// accordions use, is none).
    static func isField(name: String, attributes: [String: String]) -> Bool {
        switch name {
        case "select", "textarea": return true
        case "input": return !["checkbox", "radio", "hidden"].contains((attributes["type"] ?? "text").lowercased())
        default: return false
        }
    }

    /// A widget: a block that holds controls (buttons, fields, a form) and little text besides them.
    /// It asks the reader to do something (vote, accept cookies, subscribe, search) and answers
    /// nothing: "Was this helpful? [Yes] [No]", "We use cookies. [Accept]". A form is one when it
    /// is small; a page wrapped whole in a `<form>` (as ASP.NET pages are) is not. Code with a
    /// "Copy" button is content, not a widget; so is an accordion's header, a question heading
    /// beside the one button that opens its answer (Ghost's toggle card: `<h4>Is the packaging
    /// recyclable?</h4><button>`).
    static func isWidget(_ element: Element) -> Bool {
        guard element.controls > 0 || element.name == "form", element.weight <= widgetTextLimit,
              !inlineElements.contains(element.name), !landmarks.contains(element.name) else { return false }
        // A question heading beside one button is an accordion's header (the button opens its
        // answer); beside two or more ("Was this article helpful? [Yes] [No]") it is a vote.
        let questionHeading = element.controls <= 1 && element.descendants { headings.contains($0.name) }.contains { QuestionText.isQuestion(inlineText($0)) }
        return !element.holdsCode && !questionHeading && !isToggleHeader(element)
    }

    /// Whether an element holds a panel that a control of the page reveals (its id is the target
    /// of an `aria-controls`, a `data-bs-target`, a toggle's `href`).
    static func holdsRevealedPanel(_ element: Element, revealed: Set<String>) -> Bool {
        !revealed.isEmpty && !element.descendants { $0.attributes["id"].map(revealed.contains) == true }.isEmpty
    }

    /// A notice the reader can close: a block with a control of its own (a child link or button)
    /// that dismisses it, by its class ("close", "dismiss"), a `data-dismiss` attribute or its
    /// label ("Close announcement"). Announcements and banners say what is new around the page,
    /// not what it answers.
    static func isDismissible(_ element: Element) -> Bool {
        guard !inlineElements.contains(element.name), !landmarks.contains(element.name), element.weight <= 600 else { return false }
        return element.elements.contains { child in
            guard child.name == "a" || child.name == "button" else { return false }
            let words = classWords(child)
            let label = (child.attributes["aria-label"] ?? child.attributes["title"] ?? "").lowercased()
            return words.contains("close") || words.contains("dismiss") || child.attributes["data-dismiss"] != nil
                || child.attributes["data-bs-dismiss"] != nil || label.hasPrefix("close") || label.hasPrefix("dismiss")
        }
    }

    /// A question beside a toggle (a control with `aria-expanded` or `aria-controls`): an
    /// accordion's header, which opens an answer, not a vote or a form (Bulma's card header:
    /// `<p class="card-header-title">Is there a minimum age?</p><button aria-expanded="false">`).
    static func isToggleHeader(_ element: Element) -> Bool {
        element.weight <= QuestionText.maxLength + 20 && QuestionText.isQuestion(inlineText(element))
            && !element.descendants { $0.attributes["aria-expanded"] != nil || $0.attributes["aria-controls"] != nil }.isEmpty
    }

    /// A poll: a block that asks a question and offers nothing but short choices after it, as links
    /// or buttons ("Was this page helpful? Yes / No"). It asks the reader; it answers nothing.
    static func isPoll(_ element: Element) -> Bool {
        guard !inlineElements.contains(element.name), !landmarks.contains(element.name), !element.holdsBlocks,
              element.weight <= widgetTextLimit, !isToggleHeader(element) else { return false }
        var question = ""
        var choices = 0
        var between = 0
        var failed = false
        func visit(_ element: Element) {
            for child in element.children where !failed {
                switch child {
                case .text(let text):
                    if choices == 0 { question += text } else { between += visibleCount(text) }
                case .element(let inner):
                    let isChoice = inner.isControl || (inner.name == "a" && inner.weight > 0 && inner.weight <= 12)
                    if isChoice, choices > 0 || QuestionText.endsWithQuestionMark(question) {
                        choices += 1
                    } else if inner.isControl || inner.weight == 0 {
                        continue
                    } else if inner.name != "a" {
                        visit(inner)
                    } else if choices == 0 {
                        question += inlineRaw(inner)
                    } else {
                        failed = true
                    }
                }
            }
        }
        visit(element)
        return !failed && choices >= 2 && between <= 2 * choices && QuestionText.isQuestion(question)
    }

    /// A table of contents: a list or block whose text is nothing but two or more links to anchors
    /// on this page (with entry numbers or separators between them: no more than two other
    /// characters a link). Its entries repeat the page's headings and questions; they are not
    /// answers. A link that toggles a panel (an accordion's) is a control, not an entry.
    static func isTableOfContents(_ element: Element) -> Bool {
        // (A heading is the page's own, whatever links it holds: Sphinx's back-reference and permalink.)
        guard !inlineElements.contains(element.name), !landmarks.contains(element.name), !headings.contains(element.name) else { return false }
        return element.onPageLinks >= 2 && element.weight - element.onPageLinkWeight - element.markWeight <= 2 * element.onPageLinks
    }

    /// A link to an anchor on this page that only jumps (it toggles nothing).
    static func isOnPageLink(_ link: Element, anchors: Set<String>) -> Bool {
        guard let href = link.attributes["href"], let hash = href.firstIndex(of: "#") else { return false }
        let fragment = String(href[href.index(after: hash)...])
        guard !fragment.isEmpty, link.weight > 0 else { return false }
        if ["data-toggle", "data-bs-toggle", "aria-controls", "aria-expanded"].contains(where: { link.attributes[$0] != nil }) { return false }
        return href.hasPrefix("#") || anchors.contains(fragment)
    }

    static func collectJSONLD(below node: xmlNodePtr, into scripts: inout [(text: String, line: Int)]) {
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

    /// The text of the first `<title>` in the page's `<head>` (or at the top of a page without one).
    static func title(below root: xmlNodePtr) -> String? {
        var child = root.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE {
                let name = current.pointee.name.map { String(cString: $0).lowercased() } ?? ""
                if name == "title" {
                    let text = collapse(textContent(current))
                    return text.isEmpty ? nil : text
                }
                if name == "head", let title = title(below: current) { return title }
            }
            child = current.pointee.next
        }
        return nil
    }

    /// How many letters and digits a node's text holds, outside scripts, styles and templates.
    static func letterCount(_ node: xmlNodePtr) -> Int {
        var count = 0
        var stack: [xmlNodePtr] = [node]
        while let current = stack.popLast() {
            if current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE {
                if let content = current.pointee.content {
                    var byte = content
                    while byte.pointee != 0 {
                        let value = byte.pointee
                        // ASCII letters and digits, and every byte that starts a non-ASCII character.
                        if value >= 0x30 && value <= 0x39 || value | 0x20 >= 0x61 && value | 0x20 <= 0x7A || value >= 0xC0 { count += 1 }
                        byte += 1
                    }
                }
                continue
            }
            guard current.pointee.type == XML_ELEMENT_NODE || current == node else { continue }
            if let raw = current.pointee.name, ["script", "style", "template", "noscript", "head"].contains(String(cString: raw).lowercased()) { continue }
            var child = current.pointee.children
            while let next = child {
                stack.append(next)
                child = next.pointee.next
            }
        }
        return count
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

    /// Whether a node holds exactly one element, a link or a button, and no other text.
    static func wrapsOneControl(_ node: xmlNodePtr) -> Bool {
        var control = false
        var child = node.pointee.children
        while let current = child {
            child = current.pointee.next
            if current.pointee.type == XML_TEXT_NODE {
                if let content = current.pointee.content, !String(cString: content).allSatisfy(\.isWhitespace) { return false }
                continue
            }
            guard current.pointee.type == XML_ELEMENT_NODE else { continue }
            let name = current.pointee.name.map { String(cString: $0).lowercased() } ?? ""
            guard !control, name == "a" || name == "button" else { return false }
            control = true
        }
        return control
    }

    /// Whether an element is chrome (see the type's documentation); with `byNames` false, by its
    /// name, role and visibility only, not by its class and id words.
    static func isChrome(name: String, attributes: [String: String], revealed: Set<String> = [], pointedTo: Set<String> = [],
                         followsToggle: Bool = false, byNames: Bool = true) -> Bool {
        if droppedElements.contains(name) { return true }
        let role = attributes["role"]?.lowercased()
        if let role, droppedRoles.contains(role) { return true }
        if attributes["aria-hidden"]?.lowercased() == "true" || attributes["hidden"] != nil {
            // A panel that a control on the page opens (a tab's, an accordion's) is hidden only
            // until the reader asks for it. So is the label of a CSS-only toggle (a checkbox's
            // `<label for>`, mini.css's collapse): aria-hidden hides it from screen readers, not
            // from sight, and it is what a reader clicks.
            let isToggleLabel = name == "label" && attributes["for"] != nil && attributes["hidden"] == nil
            let isRevealed = role == "tabpanel" || attributes["id"].map(revealed.contains) == true || followsToggle || isToggleLabel
            if !isRevealed { return true }
        }
        // A control styled out of view ("display:none") is the other state of a control beside it
        // (Redmine's collapse macro writes the "show" link and a hidden "hide" twin with the same
        // title): not what the page shows now, nor a second question.
        if name == "a" || name == "button", let style = attributes["style"], isDisplayNone(style) { return true }
        // Text for screen readers only ("sr-only", "visually-hidden", "screen-reader-text",
        // "show-for-sr") repeats or labels what the page shows ("Section titled ...", "Show this
        // section"): not what the page says, inline or not.
        if isScreenReaderOnly(attributes["class"] ?? "") { return true }
        // An icon of a ligature font (Material Icons, Material Symbols) is written as its glyph's
        // name ("schedule", "expand_more"): a picture, not words of the page.
        if isLigatureIcon(attributes["class"] ?? "") { return true }
        // Class and id words mark chrome containers; an inline element (a link in a heading, such as
        // Sphinx's "toc-backref") is never dropped for its class, nor is the page's own content.
        guard byNames, !inlineElements.contains(name), !landmarks.contains(name), role != "main" else { return false }
        // A heading names content, and so does an element the page points to: a panel a control
        // opens, a section an on-page link or a label refers to. Their ids are slugs of what they
        // hold ("collapseCookies" answers a question about cookies), whatever words they use.
        if headings.contains(name) || role == "tabpanel" || attributes["id"].map(pointedTo.contains) == true { return false }
        // Each class name, and the id, is judged alone; a long one ("how-do-i-share-global-variables")
        // is a slug of content, never chrome.
        let names = (attributes["class"] ?? "").split(whereSeparator: \.isWhitespace).map(String.init) + [attributes["id"] ?? ""]
        for name in names where !name.isEmpty {
            let lowered = name.lowercased()
            if lowered.contains("table-of-contents") || lowered.contains("tableofcontents") { return true }
            let words = nameWords(name[...])
            // A name that negates ("wsite-not-footer", "no-sidebar") says what the element is not;
            // one that says what it has ("has-navigation", "with-sidebar": a layout's state) says
            // what it holds besides its content.
            if words.contains(where: { ["not", "no", "non", "without", "has", "with"].contains($0.lowercased()) }) { continue }
            // A part of a disclosure widget ("brz-accordion__nav", "collapse-header") is the
            // widget's own header or panel, whatever the part is called: content, not chrome.
            if namesDisclosurePart(words) { continue }
            if words.count <= 3, words.contains(where: chromeWords.contains) { return true }
            // A column named by its side of the page ("rightPane", "left-col", "side-rail") is a
            // sidebar; one that holds most of the page is its content all the same (see the text
            // mass rule).
            let lowerWords = words.map { $0.lowercased() }
            if words.count <= 3, lowerWords.contains(where: sideWords.contains), lowerWords.contains(where: columnWords.contains) { return true }
        }
        return false
    }

    /// Whether an inline style hides its element (`display:none`, any spacing or case).
    static func isDisplayNone(_ style: String) -> Bool {
        style.lowercased().filter { !$0.isWhitespace }.contains("display:none")
    }

    /// Words of a class name that place a column at a side of the page, and words naming a column.
    static let sideWords: Set<String> = ["left", "right", "side"]
    static let columnWords: Set<String> = ["pane", "col", "column", "rail"]

    /// Chrome words that name navigation (menus, tables of contents, sidebars, breadcrumbs, links
    /// to other pages): never the page's content, however much of the page they hold (an index
    /// page is all table of contents).
    static let navigationWords: Set<String> = [
        "nav", "navbar", "navigation", "navheader", "navfooter", "menu", "menubar", "toc", "toctree", "sidebar",
        "sphinxsidebar", "sidenav", "breadcrumb", "breadcrumbs", "headerlink", "skip", "skiplink", "pagination", "related",
        "footer", "masthead",
    ]

    /// Whether an element's short class or id names navigation (``navigationWords``).
    static func namesNavigation(_ attributes: [String: String]) -> Bool {
        let names = (attributes["class"] ?? "").split(whereSeparator: \.isWhitespace).map(String.init) + [attributes["id"] ?? ""]
        return names.contains { name in
            let lowered = name.lowercased()
            if lowered.contains("table-of-contents") || lowered.contains("tableofcontents") { return true }
            let words = nameWords(name[...])
            return words.count <= 3 && !namesDisclosurePart(words) && words.contains { navigationWords.contains($0.lowercased()) }
        }
    }

    /// Words of a disclosure widget, whose parts show and hide content (an accordion, a collapse,
    /// a toggle, an expander): a class name holding one names a part of the content it shows.
    static let disclosureWords: Set<String> = ["accordion", "accordeon", "collapse", "collapsible", "toggle", "expander", "expandable", "disclosure"]

    static func namesDisclosurePart<S: StringProtocol>(_ words: [S]) -> Bool {
        words.contains { disclosureWords.contains($0.lowercased()) }
    }

    /// Whether a class attribute hides its element from sight and keeps it for screen readers: a
    /// class name whose words say "sr only", "visually hidden", "screen reader" or "for sr" (a
    /// focusable one, shown when reached by keyboard, is a skip link: chrome all the same).
    static func isScreenReaderOnly(_ classes: String) -> Bool {
        classes.split(whereSeparator: \.isWhitespace).contains { name in
            let joined = nameWords(name).joined(separator: " ")
            return joined.contains("sr only") || joined.contains("visually hidden") || joined.contains("visuallyhidden")
                || joined.contains("screen reader") || joined.hasSuffix("for sr")
        }
    }

    /// Whether a class attribute names a ligature icon font: a class name whose words are
    /// "material" and "icons" or "symbols" ("material-icons", "material-symbols-outlined").
    static func isLigatureIcon(_ classes: String) -> Bool {
        classes.split(whereSeparator: \.isWhitespace).contains { name in
            let words = Set(nameWords(name))
            return words.contains("material") && (words.contains("icons") || words.contains("symbols"))
        }
    }

    /// The lowercased words of an element's class names, split at dashes, underscores and
    /// camelCase ("faq-question", "QUESTION", "faqAnswer").
    static func classWords(_ element: Element) -> Set<String> {
        Set((element.attributes["class"] ?? "").split(whereSeparator: \.isWhitespace).flatMap(nameWords))
    }

    /// The lowercased words of one class name or id, split at dashes, underscores and camelCase.
    static func nameWords(_ name: Substring) -> [String] {
        name.split(whereSeparator: { $0 == "-" || $0 == "_" }).flatMap(camelCaseWords)
    }

    /// The lowercased words of a camelCase name: "cookieConsent" is "cookie" and "consent".
    static func camelCaseWords(_ name: Substring) -> [String] {
        var words: [String] = []
        var current = ""
        var previousIsLower = false
        for character in name {
            if character.isUppercase, previousIsLower {
                words.append(current.lowercased())
                current = ""
            }
            current.append(character)
            previousIsLower = character.isLowercase || character.isNumber
        }
        words.append(current.lowercased())
        return words
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
                    if inner.isControl { continue }
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

    /// A permalink next to a heading: "¶", "#", "§" or "🔗", or an on-page link that shows no word
    /// or number: nothing, or only marks (RDoc's "↑" back to the top).
    static func isPermalink(_ element: Element) -> Bool {
        let text = collapse(element.children.compactMap { if case .text(let t) = $0 { return t } else { return nil } }.joined())
        if text == "¶" || text == "#" || text == "§" || text == "🔗" { return true }
        return element.attributes["href"]?.hasPrefix("#") == true && !element.children.isEmpty && element.elements.isEmpty
            && !text.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil })
    }

    static func rawText(_ element: Element) -> String {
        var result = ""
        func walk(_ element: Element) {
            for child in element.children {
                switch child {
                case .text(let text): result += text
                case .element(let inner): if !inner.isControl { walk(inner) }
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
                // The entry's number may stand before its bold title ("<p>2. <b>How do I ...?</b></p>"),
                // and titles asked together may be joined by "or" and their numbers ("<b>...?</b>,
                // or 23b. <b>...?</b>").
                if !text.allSatisfy(\.isWhitespace), !(boldText.isEmpty ? isEntryNumber(text) : joinsTitles(text)) { return false }
            case .element(let inner):
                // An empty anchor (<a name="q1"></a>) may sit beside the bold text.
                if inner.name == "br" || inner.name == "a" && inlineText(inner).isEmpty { continue }
                guard inner.name == "b" || inner.name == "strong" else { return false }
                boldText += inlineText(inner)
            }
        }
        return !boldText.isEmpty && boldText.count <= 200
    }

    /// Whether text is only an entry's number: "2.", "12)", "(3)", "4.1", "23b.", "Q7:", "#5".
    static func isEntryNumber(_ text: String) -> Bool {
        let label = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !label.isEmpty, label.count <= 10, label.first(where: { !"(#Qq".contains($0) })?.isNumber == true else { return false }
        var rest = Substring(label)
        if let first = rest.first, "(#Qq".contains(first) { rest = rest.dropFirst() }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        rest = rest.dropFirst(digits.count)
        if let letter = rest.first, letter.isASCII, letter.isLowercase { rest = rest.dropFirst() }
        return rest.allSatisfy { ($0.isASCII && $0.isNumber) || ".:)".contains($0) }
    }

    /// Whether text only joins two titles: commas, "or", "and", and the next title's number.
    static func joinsTitles(_ text: String) -> Bool {
        text.split { $0.isWhitespace || $0 == "," || $0 == ";" || $0 == "/" }
            .allSatisfy { ["or", "and"].contains($0.lowercased()) || isEntryNumber(String($0)) }
    }
}
