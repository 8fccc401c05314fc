import KBModel
import KBText
import Foundation

/// A page's content as an outline (headings and blocks, see ``OutlineBlock``), each block with the
/// element it was read from.
///
/// It reads text as a browser lays it out:
///
/// - inline markup adds no space of its own ("<a>typing</a>." stays "typing."), and inline markup
///   wrapped around blocks (HTML 4's `<FONT>` around paragraphs) is transparent;
/// - a bold question that opens a line (a paragraph, a block, or a line after `<br>`) is a question
///   heading (level 7) and the rest of the line starts its answer: `<p><b>Why?</b> Because.</p>`;
/// - a line that opens with "Q:" is a question, and a line that opens with "A:" after it, its answer;
/// - an element that holds nothing but a question is that question's heading (level 7): a `<div>`,
///   a button, a table cell, an inline element on a line of its own, or a paragraph or list item
///   the markup marks as a control (see ``standaloneQuestion(_:)``, ``hasTriggerSignal(_:)``);
///   so is an element with `role="heading"`, at its `aria-level`;
/// - a short paragraph that is all bold is a heading of level 7, question or not (the segmenter
///   decides, see ``QuestionSegmenter``);
/// - a table row of data is one line with its cells apart; a row that lays a page out is read as
///   the blocks in its cells.
///
/// Elements in `claimed` (questions and answers another reading has taken) leave a separator, so
/// that no answer runs across them; elements in `skipped` leave nothing.
///
/// For example:
///
/// ```swift
/// HTMLOutline(body).blocks  // [.heading(level: 7, text: "Why?", ...), .text("Because.", ...)]
/// ```
struct HTMLOutline {
    typealias Element = HTMLDocument.Element

    private(set) var blocks: [OutlineBlock]
    /// The element each block was read from: the heading or the bold text of a heading, the
    /// element holding the text of any other block.
    private(set) var origins: [Element]

    init(_ root: Element, claimed: Set<ObjectIdentifier> = [], skipped: Set<ObjectIdentifier> = []) {
        var builder = Builder(claimed: claimed, skipped: skipped, root: root)
        builder.alikeHeaders = Self.alikeHeaders(root)
        builder.walk(root)
        builder.flushInline()
        blocks = builder.blocks
        origins = builder.origins
    }

    private struct Builder {
        let claimed: Set<ObjectIdentifier>
        let skipped: Set<ObjectIdentifier>
        var blocks: [OutlineBlock] = []
        var origins: [Element] = []
        var pendingAnchor: String?
        /// The text of the current run of inline content; a line break is U+2028.
        var inline: [String] = []
        var inlineLine: Int
        var inlineOrigin: Element
        /// Whether nothing visible has come since the run or its last line began.
        var atLineStart = true
        /// Whether the last heading came from a "Q:" line, so that its answer may open with "A:".
        var afterQuestionMarker = false
        /// A bold "Q:" paragraph stood alone: the next text is its question.
        var questionMarkerPending = false
        /// Emphasised openers of list items that are entries' titles (``markEntryTitles(_:)``).
        var entryTitles: Set<ObjectIdentifier> = []
        /// Controls written as statements in an accordion whose other controls ask, with the
        /// element holding each one's title (``alikeHeaders(_:)``).
        var alikeHeaders: [ObjectIdentifier: Element] = [:]

        static let lineBreak = "\u{2028}"

        init(claimed: Set<ObjectIdentifier>, skipped: Set<ObjectIdentifier>, root: Element) {
            self.claimed = claimed
            self.skipped = skipped
            inlineLine = root.line
            inlineOrigin = root
        }

        mutating func append(_ block: OutlineBlock, from origin: Element) {
            blocks.append(block)
            origins.append(origin)
        }

        mutating func walk(_ element: Element) {
            // An element with an id locates the first heading inside it (Sphinx and DocBook sections).
            let savedAnchor = pendingAnchor
            if let id = element.id { pendingAnchor = id }
            walkChildren(element)
            flushInline()
            if pendingAnchor == element.id { pendingAnchor = savedAnchor }
        }

        mutating func walkChildren(_ element: Element) {
            for (position, child) in element.children.enumerated() {
                switch child {
                case .text(let text):
                    addText(text, in: element)
                case .element(let inner):
                    if skipped.contains(ObjectIdentifier(inner)) { continue }
                    if claimed.contains(ObjectIdentifier(inner)) {
                        flushInline()
                        append(.separator(line: inner.line), from: inner)
                        continue
                    }
                    if inner.isControl { continue }
                    if inner.name == "br" {
                        addLineBreak()
                    } else if HTMLDocument.inlineElements.contains(inner.name) {
                        // Inline markup around blocks (<FONT> around paragraphs) is transparent.
                        if inner.holdsBlocks {
                            walkChildren(inner)
                        } else {
                            addInline(inner, in: element, before: element.children[(position + 1)...])
                        }
                    } else {
                        flushInline()
                        block(inner)
                    }
                }
            }
        }

        mutating func addText(_ text: String, in container: Element) {
            if inline.isEmpty {
                inlineLine = container.line
                inlineOrigin = container
            }
            inline.append(text)
            if atLineStart, HTMLDocument.visibleCount(text) > 0 { atLineStart = false }
        }

        mutating func addLineBreak() {
            atLineStart = true
            // A break before any text starts no line.
            if !inline.isEmpty { inline.append(Self.lineBreak) }
        }

        /// Adds an inline element to the run; `following` are the nodes after it in its parent.
        mutating func addInline(_ element: Element, in container: Element, before following: ArraySlice<HTMLDocument.Node>) {
            if element.name == "a", HTMLDocument.isPermalink(element) { return }
            if element.name == "a", let name = element.attributes["name"] ?? element.id, !name.isEmpty,
               element.children.isEmpty || element.attributes["href"] == nil {
                pendingAnchor = name
                if element.children.isEmpty { return }
            }
            // A line that is nothing but a jump to an anchor on this page is a table-of-contents
            // entry, even with no list or block around the table: the question it names is
            // answered where it points, not here.
            if atLineStart, element.name == "a", element.weight > 0, element.onPageLinkWeight >= element.weight,
               HTMLOutline.endsLine(following) {
                return
            }
            if atLineStart, let question = boldQuestion(element) ?? anchoredBoldLine(element, before: following) ?? lineQuestion(element, before: following)
                ?? alikeHeaders[ObjectIdentifier(element)].map({ QuestionText.question(HTMLDocument.inlineText($0)) }) {
                flushInline()
                append(.heading(level: 7, text: question, anchor: element.id ?? pendingAnchor, line: element.line), from: element)
                pendingAnchor = nil
                afterQuestionMarker = false
                return
            }
            if inline.isEmpty {
                inlineLine = element.line
                inlineOrigin = container
            }
            for (position, child) in element.children.enumerated() {
                switch child {
                case .text(let text):
                    addText(text, in: container)
                case .element(let inner):
                    if inner.isControl || skipped.contains(ObjectIdentifier(inner)) { continue }
                    if inner.name == "br" {
                        addLineBreak()
                    } else if HTMLDocument.inlineElements.contains(inner.name) {
                        addInline(inner, in: container, before: element.children[(position + 1)...])
                    } else {
                        addText(" " + HTMLDocument.inlineRaw(inner) + " ", in: container)
                    }
                }
            }
        }

        /// The question an inline element that stands on a line of its own holds (an accordion's
        /// `<span>`, `<a href="#">` or `<label>`), or nil. A link to another page is a reference to
        /// that page, not a question answered here.
        func lineQuestion(_ element: Element, before following: ArraySlice<HTMLDocument.Node>) -> String? {
            guard HTMLOutline.triggerNames.contains(element.name), element.weight > 1, element.weight <= QuestionText.maxLength,
                  HTMLOutline.endsLine(following), let question = HTMLOutline.question(element)
            else { return nil }
            return question
        }

        /// The text of a bold line right after an anchor (`<a name="ROTATE"></a><br><b>FAQ-COM120 :
        /// HOW TO ROTATE MY LOGS WITHOUT LOSING DATA</b><br>`): the heading of a section the page's
        /// links jump to, a question or not.
        func anchoredBoldLine(_ element: Element, before following: ArraySlice<HTMLDocument.Node>) -> String? {
            pendingAnchor == nil ? nil : Self.anchoredBoldLine(element, before: following)
        }

        static func anchoredBoldLine(_ element: Element, before following: ArraySlice<HTMLDocument.Node>) -> String? {
            guard element.name == "b" || element.name == "strong", element.weight > 1,
                  element.weight <= QuestionText.maxLength, HTMLOutline.endsLine(following) else { return nil }
            // A lone marker ("Q26", its question going on after the link) labels what follows.
            let text = HTMLDocument.inlineText(element)
            let words = text.split { !$0.isLetter }.filter { $0.count > 1 }
            return words.count < 2 ? nil : QuestionText.question(text)
        }

        /// The question an emphasised element holds (`<b>`, `<strong>`, `<em>`, `<i>`: libxml2's FAQ
        /// opens each list item with `<em>Can I embed libxml2 in a proprietary application ?</em>`),
        /// or nil.
        func boldQuestion(_ element: Element) -> String? {
            guard HTMLOutline.emphasis.contains(element.name) else { return nil }
            if entryTitles.contains(ObjectIdentifier(element)) {
                let text = HTMLDocument.inlineText(element)
                return text.isEmpty ? nil : QuestionText.question(text)
            }
            let text = HTMLDocument.inlineText(element)
            guard QuestionText.endsWithQuestionMark(text), QuestionText.isQuestion(text) else { return nil }
            return QuestionText.question(text)
        }

        mutating func flushInline() {
            defer {
                inline.removeAll()
                atLineStart = true
            }
            guard !inline.isEmpty else { return }
            let lines = inline.joined().components(separatedBy: Self.lineBreak).map(HTMLDocument.collapse).filter { !$0.isEmpty }
            guard !lines.isEmpty else { return }
            if questionMarkerPending {
                questionMarkerPending = false
                append(.heading(level: 7, text: QuestionText.question(lines.joined(separator: " ")), anchor: pendingAnchor, line: inlineLine), from: inlineOrigin)
                pendingAnchor = nil
                return
            }
            guard lines.contains(where: { QuestionText.questionMarker(in: $0) != nil }) else {
                var text = lines.joined(separator: " ")
                if afterQuestionMarker { text = QuestionText.answer(text) }
                afterQuestionMarker = false
                append(.text(text, line: inlineLine), from: inlineOrigin)
                return
            }
            // "Q:" and "A:" lines: each question a heading, the lines after it its answer.
            var answer: [String] = []
            for line in lines {
                guard QuestionText.questionMarker(in: line) != nil else {
                    answer.append(QuestionText.answer(line))
                    continue
                }
                if !answer.isEmpty { append(.text(answer.joined(separator: " "), line: inlineLine), from: inlineOrigin) }
                answer.removeAll()
                var question = line
                if let marker = QuestionText.answerMarkerRange(in: line) {
                    question = String(line[..<marker.lowerBound])
                    answer.append(String(line[marker.upperBound...]))
                }
                append(.heading(level: 7, text: QuestionText.question(question), anchor: pendingAnchor, line: inlineLine), from: inlineOrigin)
                pendingAnchor = nil
            }
            if !answer.isEmpty { append(.text(answer.joined(separator: " "), line: inlineLine), from: inlineOrigin) }
            afterQuestionMarker = answer.isEmpty
        }

        func headingAnchor(_ element: Element) -> String? {
            if let id = element.id { return id }
            let named = element.descendants { $0.name == "a" && ($0.attributes["name"] != nil || $0.id != nil) }.first
            if let anchor = named.flatMap({ $0.id ?? $0.attributes["name"] }), !anchor.isEmpty { return anchor }
            return pendingAnchor
        }

        mutating func block(_ element: Element) {
            if element.name == "ul" || element.name == "ol" { markEntryTitles(element) } else { markParagraphTitles(element) }
            if let level = HTMLOutline.ariaHeadingLevel(element) {
                heading(level, element)
                return
            }
            if !HTMLDocument.headings.contains(element.name), HTMLOutline.questionBlocks.contains(element.name) || HTMLOutline.hasTriggerSignal(element),
               HTMLOutline.standaloneQuestion(element) != nil {
                heading(7, element)
                return
            }
            if let title = alikeHeaders[ObjectIdentifier(element)] {
                heading(7, element, title: title)
                return
            }
            switch element.name {
            case "h1", "h2", "h3", "h4", "h5", "h6":
                if HTMLOutline.leadsElsewhere(element) {
                    // A heading that is wholly a link to another page titles that page's teaser
                    // ("Popular posts", an article list): it ends the answer before it and answers
                    // nothing here.
                    append(.separator(line: element.line), from: element)
                } else {
                    heading(Int(String(element.name.dropFirst())) ?? 6, element)
                }
            case "p" where HTMLDocument.isBoldParagraph(element):
                // A bold marker alone ("Q:", "A:", DocBook's question and answer sets): the text
                // after a question marker is the question; an answer marker says nothing itself.
                switch HTMLOutline.rowMarker(HTMLDocument.inlineText(element)) {
                case "Q": questionMarkerPending = true
                case "A": questionMarkerPending = false
                default: heading(7, element)
                }
            case "pre":
                let code = HTMLDocument.rawText(element)
                if !code.allSatisfy(\.isWhitespace) { append(.code(code.trimmingTrailingNewlines, line: element.line), from: element) }
            case "li" where !opensWithBoldQuestion(element) && !holdsLaterBoldQuestion(element) && !holdsQuestionBlock(element):
                // Code inside an item (`<pre>`, a highlighting block) is a code block of its own, after
                // the item's text before it; text after it goes on as a paragraph.
                var item = Element(name: "li", attributes: element.attributes, line: element.line)
                var nested: [Element] = []
                var segments = 0
                func flushItem() {
                    let text = HTMLDocument.inlineText(item)
                    if !text.isEmpty {
                        append(segments == 0 ? .listItem(text, line: element.line) : .text(text, line: element.line), from: element)
                        segments += 1
                    }
                    item = Element(name: "li", attributes: element.attributes, line: element.line)
                }
                for child in element.children {
                    if case .element(let inner) = child, inner.name == "ul" || inner.name == "ol" {
                        nested.append(inner)
                    } else if case .element(let inner) = child, claimed.contains(ObjectIdentifier(inner)) || skipped.contains(ObjectIdentifier(inner)) {
                        continue
                    } else if case .element(let inner) = child, inner.name == "pre" || (inner.holdsCode && !HTMLDocument.inlineElements.contains(inner.name)) {
                        flushItem()
                        segments = max(segments, 1)
                        block(inner)
                    } else {
                        item.children.append(child)
                    }
                }
                flushItem()
                for list in nested { walk(list) }
            case "tr" where !HTMLDocument.isLayoutRow(element):
                let cells = element.elements.filter { $0.name == "td" || $0.name == "th" }
                let filled = cells.filter { $0.weight > 0 }
                if filled.count == 2, let marker = HTMLOutline.rowMarker(HTMLDocument.inlineText(filled[0])) {
                    // A row whose first cell is only a "Q:" or "A:" marker (DocBook's question and
                    // answer sets): the second cell is the question, or the answer's text.
                    if marker == "Q" {
                        pendingAnchor = headingAnchor(filled[0]) ?? pendingAnchor
                        heading(7, filled[1])
                    } else {
                        walk(filled[1])
                    }
                } else if filled.count == 1, let cell = filled.first {
                    // A row of one cell is a line of the page: read it as one, questions and all.
                    block(cell)
                } else {
                    let texts = filled.map(HTMLDocument.inlineText).filter { !$0.isEmpty }
                    if !texts.isEmpty { append(.text(texts.joined(separator: " | "), line: element.line), from: element) }
                }
            case "hr":
                append(.separator(line: element.line), from: element)
            case "dt", "dd", "caption", "figcaption", "summary", "button":
                let text = HTMLDocument.inlineText(element)
                if !text.isEmpty { append(.text(text, line: element.line), from: element) }
            default:
                walk(element)
            }
        }

        /// The element's text as a heading of `level`, located by its anchor.
        /// A heading read from `element`, its text from `title` when given (an accordion header's
        /// title beside a label: the header stays the heading's origin).
        mutating func heading(_ level: Int, _ element: Element, title: Element? = nil) {
            let text = QuestionText.question(HTMLDocument.inlineText(title ?? element))
            guard !text.isEmpty else { return }
            append(.heading(level: level, text: text, anchor: headingAnchor(element), line: element.line), from: element)
            pendingAnchor = nil
            afterQuestionMarker = false
        }

        /// Whether a list item holds a question of its own as a block (a heading, or a control
        /// that shows an answer): a tab panel or an accordion laid out in a list (UIkit's switcher:
        /// `<li><div uk-accordion><a class="uk-accordion-title">Can I bring my dog?</a>`) is a
        /// container of questions, not one item of text.
        func holdsQuestionBlock(_ element: Element) -> Bool {
            // An item that opens with a question standing alone and goes on with a block ("<li><span>
            // How do I reset my password?</span><div><p>Choose ...</p></div>", a panel bar's item
            // however its classes are named) holds a question and its answer.
            let children = element.elements.filter { $0.weight > 0 }
            if let first = children.first, children.count >= 2, HTMLOutline.standaloneQuestion(first) != nil,
               !children.dropFirst().contains(where: { HTMLDocument.inlineElements.contains($0.name) }) {
                return true
            }
            // A heading inside an item is a heading all the same, question or statement ("<li><h3>When
            // I pull up a menu, xfig crashes</h3>..."): the item is read as a container.
            return !element.descendants { inner in
                HTMLDocument.headings.contains(inner.name) && inner.weight > 0
                    || HTMLOutline.hasTriggerSignal(inner) && HTMLOutline.standaloneQuestion(inner) != nil
                    || alikeHeaders[ObjectIdentifier(inner)] != nil
            }.isEmpty
        }

        /// Whether a bold question starts a line inside the element after its first line: an item
        /// HTML's optional end tags left open runs over the entries after it (`<li>...<br>` then
        /// `<b>FAQ-ABO150 : WHICH LOG FORMATS ...?</b>`), and is read as a container.
        func holdsLaterBoldQuestion(_ element: Element) -> Bool {
            var lineStart = false, anchored = false
            for (position, child) in element.children.enumerated() {
                switch child {
                case .text(let text):
                    if HTMLDocument.visibleCount(text) > 0 { lineStart = false; anchored = false }
                case .element(let inner):
                    if inner.name == "br" {
                        lineStart = true
                    } else if inner.name == "a", inner.weight == 0 {
                        anchored = anchored || inner.attributes["name"] != nil || inner.id != nil
                    } else {
                        if lineStart, boldQuestion(inner) != nil { return true }
                        if lineStart, anchored, Self.anchoredBoldLine(inner, before: element.children[(position + 1)...]) != nil { return true }
                        lineStart = !HTMLDocument.inlineElements.contains(inner.name)
                        anchored = false
                    }
                }
            }
            return false
        }

        /// Whether the element's first visible content is a bold question.
        func opensWithBoldQuestion(_ element: Element) -> Bool {
            opener(element).map { boldQuestion($0) != nil } ?? false
        }

        /// The element's first visible content when it is an element (past empty anchors).
        func opener(_ element: Element) -> Element? {
            for child in element.children {
                switch child {
                case .text(let text):
                    if HTMLDocument.visibleCount(text) > 0 { return nil }
                case .element(let inner):
                    if inner.name == "a", inner.weight == 0 { continue }
                    // A paragraph holding nothing but emphasis opens the item with that emphasis
                    // (Asciidoctor's question lists: `<li><p><em>Which platforms?</em></p><p>...`).
                    if inner.name == "p", let only = onlyEmphasis(inner) { return only }
                    return inner
                }
            }
            return nil
        }

        /// The one emphasis element a paragraph holds and nothing else (spacing aside), or nil.
        func onlyEmphasis(_ paragraph: Element) -> Element? {
            var found: Element?
            for child in paragraph.children {
                switch child {
                case .text(let text):
                    if HTMLDocument.visibleCount(text) > 0 { return nil }
                case .element(let inner):
                    if inner.name == "a", inner.weight == 0 { continue }
                    guard found == nil, HTMLOutline.emphasis.contains(inner.name) else { return nil }
                    found = inner
                }
            }
            return found
        }

        /// Paragraphs (or lines) of one container that each open with an emphasised line of their own
        /// (`<p><strong>How much is it?</strong><br>£42 a year.</p>`), most of them questions: every
        /// such line is an entry's title, a statement-shaped one too ("Under-16s at running
        /// sessions"), but a label ending in a colon ("Note:").
        mutating func markParagraphTitles(_ container: Element) {
            var titles: [Element] = []
            for paragraph in container.elements where paragraph.name == "p" {
                guard let first = opener(paragraph), HTMLOutline.emphasis.contains(first.name), first.weight < paragraph.weight,
                      let position = paragraph.children.firstIndex(where: { if case .element(let inner) = $0 { return inner === first } else { return false } }),
                      HTMLOutline.endsLine(paragraph.children[(position + 1)...]) else { continue }
                titles.append(first)
            }
            // Lines of the container itself, broken by `<br>` (a forum post's `<b>Title</b><br>answer`).
            titles += HTMLOutline.lineOpeners(container).filter { HTMLOutline.emphasis.contains($0.name) && $0.weight > 1 }
            guard titles.count >= 3, 2 * titles.filter({ boldQuestion($0) != nil }).count > titles.count else { return }
            for title in titles where !HTMLDocument.inlineText(title).hasSuffix(":") { entryTitles.insert(ObjectIdentifier(title)) }
        }

        /// The emphasised openers of a list's items that are entries' titles: in a list of two or
        /// more items where nearly every item (four in five) opens with an emphasised line and goes
        /// on with more, and one of those lines asks a question, each such line is an entry's title,
        /// question mark or not ("<li><em>Random crashes in threaded applications</em><p>...").
        mutating func markEntryTitles(_ list: Element) {
            let items = list.elements.filter { $0.name == "li" }
            let openers = items.map { item -> Element? in
                guard let first = opener(item), HTMLOutline.emphasis.contains(first.name), first.weight < item.weight else { return nil }
                return first
            }
            let titled = openers.compactMap { $0 }
            guard items.count >= 2, 5 * titled.count >= 4 * items.count, titled.contains(where: { boldQuestion($0) != nil }) else { return }
            for case let first? in openers { entryTitles.insert(ObjectIdentifier(first)) }
        }
    }
}

extension HTMLOutline {
    /// Elements that, holding nothing but a question, are that question's heading: the block an
    /// accordion or a CMS puts a question in (`<div class="faq-q">Why?</div>`), a question button,
    /// a table cell of its own row.
    static let questionBlocks: Set<String> = ["div", "button", "td", "th"]
    /// Inline elements that, standing on a line of their own, are a question's heading.
    static let triggerNames: Set<String> = ["span", "a", "label", "font"]
    /// Class-name words that mark an element as an accordion's or an FAQ's question. They only
    /// ever add to what the markup shows: a paragraph or list item that holds a question and has
    /// one of these words (or an ARIA state, a tab index, a click handler) is a question heading.
    static let triggerWords: Set<String> = ["faq", "question", "accordion", "toggle", "collapse", "trigger", "title", "q", "summary", "header", "heading"]

    /// The question text of an element that holds nothing but a question, or nil. Its text must
    /// read as a question and not be a link to another page (a list of articles is no FAQ); an
    /// element holding a heading is read as that heading.
    static func standaloneQuestion(_ element: HTMLDocument.Element) -> String? {
        guard element.weight > 1, element.weight <= QuestionText.maxLength else { return nil }
        // Code is never a question, even when it ends with "?" (`echo $?`).
        if element.name == "pre" || element.holdsCode { return nil }
        if !element.descendants(where: { $0.name.count == 2 && $0.name.first == "h" && $0.name.last.map { "123456".contains($0) } == true }).isEmpty {
            return nil
        }
        return question(element)
    }

    /// The element's text as a question, or nil when it does not read as one or only links elsewhere.
    static func question(_ element: HTMLDocument.Element) -> String? {
        guard !leadsElsewhere(element) else { return nil }
        let text = HTMLDocument.inlineText(element)
        if QuestionText.isQuestion(text) { return QuestionText.question(text) }
        // A control showing a question and a short label beside it (a category, a toggle's sign)
        // asks the question: one element inside holding most of its text is a question.
        let part = element.descendants { $0.weight * 5 >= element.weight * 3 && QuestionText.isQuestion(HTMLDocument.inlineText($0)) }.first
        return part.map { QuestionText.question(HTMLDocument.inlineText($0)) }
    }

    /// Elements that emphasise their text: a question or an entry's title may stand in one.
    static let emphasis: Set<String> = ["b", "strong", "em", "i"]

    /// The letter of a cell that holds only a question or answer marker ("Q:", "A.", "Q12:"), or nil.
    static func rowMarker(_ text: String) -> Character? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines) + " "
        for letter: Character in ["Q", "A"] {
            if let start = QuestionText.marker(letter, in: trimmed), trimmed[start...].allSatisfy(\.isWhitespace) { return letter }
        }
        return nil
    }

    /// Whether all the element's text is the text of links to other pages.
    static func leadsElsewhere(_ element: HTMLDocument.Element) -> Bool {
        func navigates(_ link: HTMLDocument.Element) -> Bool {
            guard link.name == "a", let href = link.attributes["href"]?.trimmingSpacesAndTabs(), !href.isEmpty else { return false }
            return !href.hasPrefix("#") && !href.lowercased().hasPrefix("javascript:")
        }
        if navigates(element) { return true }
        let linkWeight = element.descendants(where: navigates).reduce(0) { $0 + $1.weight }
        return linkWeight > 0 && linkWeight >= element.weight
    }

    /// Whether nothing else is on a line after an element, given the nodes that follow it: the
    /// next visible one is a line break or a block, or there is none.
    static func endsLine(_ following: ArraySlice<HTMLDocument.Node>) -> Bool {
        for node in following {
            switch node {
            case .text(let text):
                if HTMLDocument.visibleCount(text) > 0 { return false }
            case .element(let next):
                if next.isControl || (next.weight == 0 && next.name != "br") { continue }
                return next.name == "br" || !HTMLDocument.inlineElements.contains(next.name)
            }
        }
        return true
    }

    /// Whether the markup marks the element as a control that shows an answer: an ARIA state or
    /// role, a tab index, a click handler, a toggle attribute, or a class word of ``triggerWords``.
    static func hasTriggerSignal(_ element: HTMLDocument.Element) -> Bool {
        let attributes = element.attributes
        if ["aria-expanded", "aria-controls", "tabindex", "onclick", "data-toggle", "data-bs-toggle"].contains(where: { attributes[$0] != nil }) {
            return true
        }
        if let role = attributes["role"]?.lowercased(), ["button", "tab"].contains(role) { return true }
        return !HTMLDocument.classWords(element).isDisjoint(with: triggerWords)
    }

    /// Controls of one kind read alike: in an accordion whose controls (elements the markup marks
    /// as controls, ``hasTriggerSignal(_:)``, with the same tag and classes, in parents of the
    /// same tag, under one container two to four levels up) mostly ask, a control written as a statement
    /// ("Plan limits at a glance", "Helmets and safety") is a question heading too. Its text must
    /// be short, lead nowhere else, and an element must follow it (its panel).
    static func alikeHeaders(_ root: HTMLDocument.Element) -> [ObjectIdentifier: HTMLDocument.Element] {
        // A kind: the control's tag and classes and its parent's tag (a parent's classes change
        // with its state: "item item-active").
        var members: [String: [(element: HTMLDocument.Element, asks: Bool)]] = [:]
        let lines = classedLines(root)
        // Members: controls, blocks of a class of their own that may hold a question (Allegro's
        // `<div class="al-api"><b>...</b></div>` entries), and inline elements of a class of their
        // own standing on a line of their own (``classedLines(_:)``).
        for element in root.descendants(where: { ($0.attributes["class"].map { !$0.isEmpty } == true && questionBlocks.contains($0.name) || hasTriggerSignal($0)
                                                  || lines.contains(ObjectIdentifier($0)))
                                                 && $0.weight > 1 && $0.weight <= QuestionText.maxLength }) {
            guard let parent = element.parent, !HTMLDocument.headings.contains(element.name), element.name != "a" else { continue }
            let kind = element.name + "." + (element.attributes["class"] ?? "") + "/" + parent.name
            members[kind, default: []].append((element, standaloneQuestion(element) != nil))
        }
        var result: [ObjectIdentifier: HTMLDocument.Element] = [:]
        for (_, entries) in members {
            let asking = entries.filter(\.asks).count
            guard asking >= 2, 2 * asking >= entries.count else { continue }
            let titleKind = Self.titleKind(entries.filter(\.asks).compactMap { entry in standaloneQuestion(entry.element).map { (entry.element, $0) } })
            // The containers whose accordion asks: the ancestors two to four levels above each
            // asking control, by level (an item's control may sit deep in its item: Framework7's
            // `li > a > div.item-inner > div.item-title`).
            func ancestor(_ element: HTMLDocument.Element, _ levels: Int) -> HTMLDocument.Element? {
                var up: HTMLDocument.Element? = element
                for _ in 0..<levels { up = up?.parent }
                return up
            }
            struct Above: Hashable {
                let level: Int
                let container: ObjectIdentifier
            }
            let levels = 2...4
            let asked = Set(entries.filter(\.asks).flatMap { entry in levels.compactMap { level in ancestor(entry.element, level).map { Above(level: level, container: ObjectIdentifier($0)) } } })
            for entry in entries where !entry.asks && !leadsElsewhere(entry.element) && !entry.element.holdsCode {
                guard let level = levels.first(where: { level in ancestor(entry.element, level).map { asked.contains(Above(level: level, container: ObjectIdentifier($0))) } ?? false }) else { continue }
                // A panel follows the control inside that container: after the control, or after
                // one of its ancestors below the container.
                var after = false
                var node = entry.element
                for _ in 0..<level {
                    guard let parent = node.parent else { break }
                    let siblings = parent.elements
                    if let position = siblings.firstIndex(where: { $0 === node }), siblings[(position + 1)...].contains(where: { $0.weight > 0 }) {
                        after = true
                        break
                    }
                    node = parent
                }
                guard after else { continue }
                result[ObjectIdentifier(entry.element)] = Self.title(in: entry.element, kind: titleKind) ?? entry.element
            }
        }
        return result
    }

    /// The inline elements with a class of their own that stand on a line of their own, between
    /// line breaks (a forum's BBCode bold line, MyBB's `<span class="mycode_b">...</span><br />`),
    /// found in one pass over each parent's children (never inside code: a highlighted block is
    /// thousands of classed spans).
    static func classedLines(_ root: HTMLDocument.Element) -> Set<ObjectIdentifier> {
        var found: Set<ObjectIdentifier> = []
        var stack: [HTMLDocument.Element] = [root]
        while let parent = stack.popLast() {
            guard parent.name != "pre", parent.name != "code" else { continue }
            stack.append(contentsOf: parent.elements)
            for element in lineOpeners(parent) where triggerNames.contains(element.name) && element.attributes["class"].map({ !$0.isEmpty }) == true {
                found.insert(ObjectIdentifier(element))
            }
        }
        return found
    }

    /// The visible inline children of `parent` that stand on a line of their own: nothing visible
    /// before them back to a line break, a block or the parent's start, and the line ending after
    /// them (``endsLine(_:)``). Empty inline elements (an anchor) neither open nor close a line.
    static func lineOpeners(_ parent: HTMLDocument.Element) -> [HTMLDocument.Element] {
        var found: [HTMLDocument.Element] = []
        var lineStart = true
        for (position, child) in parent.children.enumerated() {
            switch child {
            case .text(let text):
                if HTMLDocument.visibleCount(text) > 0 { lineStart = false }
            case .element(let element):
                if element.name == "br" || !HTMLDocument.inlineElements.contains(element.name) {
                    lineStart = true
                    continue
                }
                guard element.weight > 0 else { continue }
                if lineStart, endsLine(parent.children[(position + 1)...]) { found.append(element) }
                lineStart = false
            }
        }
        return found
    }

    /// An element's kind by its tag and classes ("span.ant-collapse-header-text").
    static func signature(_ element: HTMLDocument.Element) -> String {
        guard let classes = element.attributes["class"], classes.contains(where: \.isNumber) else { return element.name + "." + (element.attributes["class"] ?? "") }
        return element.name + "." + classes.split(whereSeparator: \.isWhitespace).filter { !isGeneratedName($0) }.joined(separator: " ")
    }

    /// Whether a class name carries a generated part, a hash or serial that names one element and
    /// no kind ("gb-button-9f41c7de", "css-1n7v3ny"): a part of five characters or more between
    /// hyphens or underscores, letters and digits with two digits or more.
    static func isGeneratedName(_ name: Substring) -> Bool {
        name.split(whereSeparator: { $0 == "-" || $0 == "_" }).contains { part in
            part.count >= 5 && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } && part.filter(\.isNumber).count >= 2
        }
    }

    /// Where controls of one kind hold their question, beside a label, a caption or an icon's name
    /// ("Updated", "Riding rules", "keyboard_arrow_down"): the kind (``signature(_:)``) of the
    /// innermost element holding each asking control's question, the one most of them use; nil
    /// when none holds it apart from the control.
    static func titleKind(_ asking: [(control: HTMLDocument.Element, question: String)]) -> String? {
        var kinds: [String: Int] = [:]
        for (control, question) in asking {
            let asked = HTMLDocument.collapse(question)
            if let holder = control.descendants(where: { HTMLDocument.collapse(QuestionText.question(HTMLDocument.inlineText($0))) == asked }).last {
                kinds[signature(holder), default: 0] += 1
            }
        }
        return kinds.max { ($0.value, $1.key) < ($1.value, $0.key) }.map(\.key)
    }

    /// The element of `kind` inside a control that holds its title (``titleKind(_:)``).
    static func title(in control: HTMLDocument.Element, kind: String?) -> HTMLDocument.Element? {
        guard let kind else { return nil }
        return control.descendants { signature($0) == kind }.first
    }

    /// The level of an element marked `role="heading"` (its `aria-level`, 2 when it has none).
    static func ariaHeadingLevel(_ element: HTMLDocument.Element) -> Int? {
        guard element.attributes["role"]?.lowercased() == "heading", !element.name.hasPrefix("h") || element.name.count != 2 else { return nil }
        return min(max(Int(element.attributes["aria-level"] ?? "") ?? 2, 1), 6)
    }
}

extension HTMLDocument {
    /// The element's content as headings and blocks, in document order (see ``HTMLOutline``).
    static func outline(_ root: Element) -> [OutlineBlock] {
        HTMLOutline(root).blocks
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
