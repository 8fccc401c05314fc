import KBModel
import KBText
import Foundation

/// Questions whose answer the markup itself delimits, found before the page is read as an outline.
///
/// Each reading names the element that holds a question and the elements that hold its answer:
///
/// 1. schema.org microdata: an `itemtype` Question, its `itemprop` name, and the text of its
///    accepted (or suggested) answer;
/// 2. `<details>`: its `<summary>` asks and the rest answers, when the summary reads as a question
///    or a sibling `<details>`' summary does (an accordion of them);
/// 3. `<dl>`: each `<dt>` asks and the `<dd>`s after it answer, in lists where a term reads as a
///    question;
/// 4. tables: a row whose first cell reads as a question asks it and the row's other cells answer,
///    in tables where at least half of the rows do so (a header row "Question | Answer" asks
///    nothing, and a price table has no questions);
/// 5. controls: an element whose text is a question and that names the panel it opens
///    (`aria-controls`, `data-bs-target`, a toggle's `href`; a `role="tab"` for the
///    `role="tabpanel"` it labels) is answered by that panel;
/// 6. web components' named slots: a header slot answered by its sibling content slot (Ionic's
///    `<ion-accordion>`: `slot="header"`, `slot="content"`);
/// 7. labelled regions: an element `aria-labelledby` a question answers it (the question may sit
///    inside it, as a `role="region"` block's heading does).
///
/// A pair is taken only when its question and answer lie outside every pair taken before and its
/// answer holds no further question (a region around a whole FAQ answers nothing by itself).
/// What a pair takes is claimed, and the outline reads around it (see ``HTMLOutline``).
struct HTMLPairs {
    typealias Element = HTMLDocument.Element

    struct Pair {
        let question: String
        /// The element holding the question's text.
        let questionElement: Element
        /// The question with the wrappers that hold nothing else; left out of the answer.
        let box: Element
        let answer: [Element]
        let anchor: String?
    }

    private(set) var pairs: [Pair] = []
    private(set) var claimed: Set<ObjectIdentifier> = []
    private let document: HTMLDocument

    init(_ document: HTMLDocument) {
        self.document = document
        microdata()
        details()
        definitionLists()
        tables()
        controls()
        slots()
        labelledRegions()
        namedRoles()
        pairs.sort { $0.questionElement.index < $1.questionElement.index }
    }

    /// The answer's text: its elements read as an outline, the question left out.
    func answerText(_ pair: Pair) -> String {
        let skipped: Set<ObjectIdentifier> = [ObjectIdentifier(pair.box)]
        let text = QuestionSegmenter.answerText(pair.answer.flatMap { HTMLOutline($0, skipped: skipped).blocks })
        return text
    }

    // MARK: - Taking pairs

    /// Takes a pair when it is free and its answer holds no other question; claims `claims` (the
    /// box and the answer when nil).
    @discardableResult
    mutating func take(_ question: String, element: Element, box: Element, answer: [Element], anchor: String?, claims: [Element]? = nil) -> Bool {
        let answer = answer.filter { $0 !== box }
        guard !question.isEmpty, !answer.isEmpty, !isClaimed(box), !answer.contains(where: isClaimed),
              !answer.contains(where: { holdsClaimed($0) || holdsQuestion($0, besides: box) }) else { return false }
        pairs.append(Pair(question: question, questionElement: element, box: box, answer: answer, anchor: anchor))
        for taken in claims ?? [box] + answer { claimed.insert(ObjectIdentifier(taken)) }
        return true
    }

    /// Whether the element or one holding it is claimed.
    func isClaimed(_ element: Element) -> Bool {
        var current: Element? = element
        while let at = current {
            if claimed.contains(ObjectIdentifier(at)) { return true }
            current = at.parent
        }
        return false
    }

    func holdsClaimed(_ element: Element) -> Bool {
        !claimed.isEmpty && !element.descendants(where: { claimed.contains(ObjectIdentifier($0)) }).isEmpty
    }

    /// Whether a question other than the one in `box` is inside the element: a heading, a term, a
    /// summary, a bold line, a button or a control that reads as a question.
    func holdsQuestion(_ element: Element, besides box: Element) -> Bool {
        var stack = element.elements
        while let inner = stack.popLast() {
            if inner === box { continue }
            if Self.askingElements.contains(inner.name) || HTMLOutline.hasTriggerSignal(inner),
               inner.weight <= QuestionText.maxLength, QuestionText.isQuestion(HTMLDocument.inlineText(inner)) {
                return true
            }
            stack.append(contentsOf: inner.elements)
        }
        return false
    }

    static let askingElements: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6", "dt", "summary", "b", "strong", "button"]

    // MARK: - Layout

    /// The element standing for a question on the page: the question's element and the wrappers
    /// around it that hold nothing else (the heading around an accordion's button, the `<div>`s
    /// around a DocBook title, a number or an icon beside it).
    static func box(of question: Element, within root: Element) -> Element {
        var box = question
        while let parent = box.parent, parent !== root, !HTMLDocument.landmarks.contains(parent.name), holdsOnly(parent, box) {
            box = parent
        }
        return box
    }

    /// Whether `parent` holds `child` and nothing else but a few characters (a number, an icon).
    static func holdsOnly(_ parent: Element, _ child: Element) -> Bool {
        var extra = 0
        for node in parent.children {
            switch node {
            case .text(let text):
                extra += HTMLDocument.visibleCount(text)
            case .element(let inner):
                if inner === child || inner.isControl { continue }
                // A block beside it may hold an icon or a number, not a sentence.
                if inner.weight > 3, !HTMLDocument.inlineElements.contains(inner.name) { return false }
                extra += inner.weight
            }
            if extra > 12 { return false }
        }
        return true
    }

    /// The element an answer to the question in `box` stays inside: the box's container (the
    /// table, for a header cell). A paragraph is not a section: the answer to a question opening
    /// a paragraph goes on in the paragraphs after it.
    static func scope(of box: Element, within root: Element) -> Element {
        var scope = box.parent ?? root
        while scope !== root, scope.name == "p" || HTMLDocument.inlineElements.contains(scope.name), let parent = scope.parent {
            scope = parent
        }
        // A header cell heads the cells after it, in its row or the rows below (Moodle's glossary:
        // the question in a `<th>`, its answer in the next row): the answer stays in the table.
        if scope.name == "th" {
            var table: Element? = scope
            while let current = table, current !== root, current.name != "table" { table = current.parent }
            if let table, table.name == "table" { scope = table }
        }
        return scope
    }

    /// Whether an element's text beside a question is at most a subtitle: one short line (ten words
    /// or fewer) that ends no sentence.
    static func holdsOnlySubtitle(_ element: Element, besides question: String) -> Bool {
        let all = HTMLDocument.collapse(HTMLDocument.inlineText(element))
        let asked = HTMLDocument.collapse(question)
        guard let range = all.range(of: asked) else { return false }
        let rest = (all[..<range.lowerBound] + " " + all[range.upperBound...]).trimmingSpacesAndTabs()
        return !rest.isEmpty && rest.split(separator: " ").count <= 10 && !rest.contains(where: { ".!?:".contains($0) })
    }

    /// A kind of question holder, for reading holders of one kind alike: a container its holders
    /// share (nil for a kind met anywhere on the page) and a name the markup gives the kind.
    struct Kind: Hashable {
        var container: ObjectIdentifier?
        var name: String
    }

    /// Which holders ask, read alike by kind: a holder asks when its own text does, or when a
    /// holder of one of its kinds does (a term, summary or header written as a statement, "My
    /// ticket will not activate.", in an accordion whose other entries ask).
    static func readAlike(asks: [Bool], kinds: [[Kind]]) -> [Bool] {
        var asking = Set<Kind>()
        for (index, itself) in asks.enumerated() where itself { asking.formUnion(kinds[index]) }
        return asks.indices.map { asks[$0] || kinds[$0].contains(where: asking.contains) }
    }

    // MARK: - Readings

    mutating func microdata() {
        let questions = document.body.descendants { $0.attributes["itemtype"]?.hasSuffix("schema.org/Question") == true }
        for question in questions {
            guard let name = question.descendants(where: { $0.attributes["itemprop"] == "name" }).first,
                  let answer = question.descendants(where: { $0.attributes["itemprop"] == "acceptedAnswer" || $0.attributes["itemprop"] == "suggestedAnswer" }).first
            else { continue }
            let text = answer.descendants(where: { $0.attributes["itemprop"] == "text" }).first ?? answer
            take(QuestionText.question(HTMLDocument.inlineText(name)), element: name, box: name, answer: [text],
                 anchor: question.id ?? name.id, claims: [question])
        }
    }

    mutating func details() {
        func summary(_ details: Element) -> Element? { details.elements.first { $0.name == "summary" } }
        func asks(_ details: Element) -> Bool { summary(details).map { QuestionText.isQuestion(HTMLDocument.inlineText($0)) } ?? false }
        // <details> read alike: siblings (an accordion of them), and those of one kind wherever they
        // sit, by the classes of the details and of its container (a theme that wraps each row in a
        // container of its own, as Shopify's collapsible rows are).
        let all = document.body.descendants(where: { $0.name == "details" })
        let kinds = all.map { details -> [Kind] in
            var kinds = [Kind(container: details.parent.map(ObjectIdentifier.init), name: "")]
            if let classes = details.parent?.attributes["class"], !classes.isEmpty {
                kinds.append(Kind(container: nil, name: classes + "/" + (details.attributes["class"] ?? "")))
            }
            return kinds
        }
        let asking = Self.readAlike(asks: all.map(asks), kinds: kinds)
        for (details, asks) in zip(all, asking) where asks {
            guard let summary = summary(details) else { continue }
            take(QuestionText.question(HTMLDocument.inlineText(summary)), element: summary, box: summary, answer: [details],
                 anchor: details.id ?? summary.id, claims: [details])
        }
    }

    /// `<dt>` questions with their `<dd>` answers, from lists where at least one term is a question.
    /// Lists of one kind (siblings with the same class, as a page that writes each entry as its own
    /// one-item `<dl class="faq">`) are read alike: when one of them asks, a term written as a
    /// statement ("psycopg2 raises ImportError when imported.") asks too.
    mutating func definitionLists() {
        let lists = document.body.descendants(where: { $0.name == "dl" })
        func entries(_ list: Element) -> [(Element, [Element])] {
            var entries: [(Element, [Element])] = []
            for element in list.elements {
                if element.name == "dt" {
                    entries.append((element, []))
                } else if element.name == "dd", !entries.isEmpty {
                    entries[entries.count - 1].1.append(element)
                }
            }
            return entries
        }
        let read = lists.map(entries)
        // A list's kinds: its parent with each of its class names ("simple faq" and "faq" share "faq").
        let kinds = lists.map { list in
            (list.attributes["class"] ?? "").split(separator: " ").map { Kind(container: list.parent.map(ObjectIdentifier.init), name: String($0)) }
        }
        let asking = Self.readAlike(asks: read.map { $0.contains { QuestionText.isQuestion(HTMLDocument.inlineText($0.0)) } }, kinds: kinds)
        for (entries, asks) in zip(read, asking) where asks {
            for (term, definitions) in entries {
                let anchor = term.id ?? term.descendants(where: { $0.id != nil || $0.attributes["name"] != nil }).first.flatMap { $0.id ?? $0.attributes["name"] }
                take(QuestionText.question(HTMLDocument.inlineText(term)), element: term, box: term, answer: definitions, anchor: anchor)
            }
        }
    }

    mutating func tables() {
        for table in document.body.descendants(where: { $0.name == "table" }) {
            let rows = table.elements.flatMap { section in
                section.name == "tr" ? [section] : ["thead", "tbody", "tfoot"].contains(section.name) ? section.elements.filter { $0.name == "tr" } : []
            }
            var questionRows: [(Element, [Element])] = []
            var dataRows = 0
            for row in rows {
                let cells = row.elements.filter { ($0.name == "td" || $0.name == "th") && $0.weight > 0 }
                guard cells.count >= 2, !cells.allSatisfy({ $0.name == "th" }), row.parent?.name != "thead" else { continue }
                dataRows += 1
                if let first = cells.first, first.weight <= QuestionText.maxLength, QuestionText.isQuestion(HTMLDocument.inlineText(first)) {
                    questionRows.append((first, Array(cells.dropFirst())))
                }
            }
            guard !questionRows.isEmpty, 2 * questionRows.count >= dataRows else { continue }
            var taken = 0
            for (cell, answer) in questionRows {
                let anchor = cell.id ?? cell.parent?.id
                if take(QuestionText.question(HTMLDocument.inlineText(cell)), element: cell, box: cell, answer: answer, anchor: anchor) { taken += 1 }
            }
            // The whole table is the FAQ: its header row is not text of the page.
            if taken > 0 { claimed.insert(ObjectIdentifier(table)) }
        }
    }

    /// Elements whose text is a question and that name the panel they open (and, read alike, the
    /// controls of their kind written as statements).
    mutating func controls() {
        let byID = document.elementsByID
        var panelsByLabel: [String: [Element]] = [:]
        for panel in document.body.descendants(where: { $0.attributes["role"]?.lowercased() == "tabpanel" }) {
            for label in panel.references("aria-labelledby") { panelsByLabel[label, default: []].append(panel) }
        }
        var found: [(trigger: Element, panels: [Element], question: String?)] = []
        for trigger in document.body.descendants(where: { $0.weight > 1 && $0.weight <= QuestionText.maxLength }) {
            var targets = trigger.references("aria-controls") + trigger.references("data-bs-target") + trigger.references("data-target")
            if trigger.attributes["data-toggle"] != nil || trigger.attributes["data-bs-toggle"] != nil,
               let href = trigger.attributes["href"], href.hasPrefix("#"), href.count > 1 {
                targets.append(String(href.dropFirst()))
            }
            var panels: [Element] = []
            for target in targets {
                if let panel = byID[target], !panels.contains(where: { $0 === panel }) { panels.append(panel) }
            }
            if panels.isEmpty, trigger.attributes["role"]?.lowercased() == "tab", let id = trigger.id { panels = panelsByLabel[id] ?? [] }
            panels = panels.filter { $0 !== trigger && !$0.holds(trigger) && !trigger.holds($0) }
            guard !panels.isEmpty, !isClaimed(trigger), !HTMLOutline.leadsElsewhere(trigger) else { continue }
            found.append((trigger, panels, HTMLOutline.question(trigger)))
        }
        // Where controls hold their question, beside a caption or an icon's name.
        let titleKind = HTMLOutline.titleKind(found.compactMap { found in found.question.map { (found.trigger, $0) } })
        func title(_ trigger: Element) -> String? {
            guard let holder = HTMLOutline.title(in: trigger, kind: titleKind) else { return nil }
            let text = QuestionText.question(HTMLDocument.inlineText(holder))
            return text.isEmpty ? nil : text
        }
        for index in found.indices where found[index].question == nil {
            if let text = title(found[index].trigger), QuestionText.isQuestion(text) { found[index].question = text }
        }
        // Controls of one kind (tag and classes) read alike: in an accordion whose other controls
        // ask, a control written as a statement ("Alert channels") asks too.
        let asking = Self.readAlike(asks: found.map { $0.question != nil },
                                    kinds: found.map { [Kind(container: nil, name: HTMLOutline.signature($0.trigger))] })
        for ((trigger, panels, question), asks) in zip(found, asking) where asks {
            guard let text = question ?? title(trigger) ?? Optional(QuestionText.question(HTMLDocument.inlineText(trigger))), !text.isEmpty else { continue }
            let box = Self.box(of: trigger, within: document.body)
            take(text, element: trigger, box: box, answer: panels, anchor: trigger.id ?? box.id)
        }
    }

    /// Slot names of a web component's header and of its panel.
    static let headerSlots: Set<String> = ["header", "heading", "summary", "title", "label", "trigger"]
    static let panelSlots: Set<String> = ["content", "body", "panel", "details"]

    /// Web components' named slots: an element in a header slot (`slot="header"`) answered by its
    /// sibling in a content slot (`slot="content"`), as Ionic's `<ion-accordion>` writes them.
    /// Components of one kind under one parent are read alike: when one header asks, a header
    /// written as a statement ("My ticket will not activate.") asks too.
    mutating func slots() {
        func slot(_ element: Element) -> String? { element.attributes["slot"]?.lowercased() }
        var found: [(header: Element, panels: [Element], holder: Element)] = []
        for holder in document.body.descendants(where: { $0.elements.contains { slot($0).map(Self.headerSlots.contains) == true } }) {
            guard let header = holder.elements.first(where: { slot($0).map(Self.headerSlots.contains) == true }),
                  header.weight > 1, header.weight <= QuestionText.maxLength else { continue }
            let panels = holder.elements.filter { slot($0).map(Self.panelSlots.contains) == true }
            guard !panels.isEmpty else { continue }
            found.append((header, panels, holder))
        }
        let asking = Self.readAlike(asks: found.map { QuestionText.isQuestion(HTMLDocument.inlineText($0.header)) },
                                    kinds: found.map { [Kind(container: $0.holder.parent.map(ObjectIdentifier.init), name: $0.holder.name)] })
        for ((header, panels, holder), asks) in zip(found, asking) where asks && !isClaimed(header) {
            take(QuestionText.question(HTMLDocument.inlineText(header)), element: header, box: header, answer: panels,
                 anchor: holder.id ?? header.id)
        }
    }

    /// Pairs the markup names by role: an element whose class says "question" and the sibling
    /// right after it whose class says "answer" (DocBook's `QUESTION` and `ANSWER` divisions of a
    /// `QANDAENTRY`, a CMS's `faq-question` / `faq-answer`), whatever the question's wording:
    /// "Filename case sensitivity" is an entry as much as "How do I run ProFTPD from inetd?".
    mutating func namedRoles() {
        for question in document.body.descendants(where: { HTMLDocument.classWords($0).contains("question") && $0.weight > 1 && $0.weight <= QuestionText.maxLength }) {
            guard !isClaimed(question), let parent = question.parent,
                  let position = parent.elements.firstIndex(where: { $0 === question }), position + 1 < parent.elements.count else { continue }
            let answer = parent.elements[position + 1]
            guard HTMLDocument.classWords(answer).contains("answer"), answer.weight > 0, !HTMLDocument.classWords(answer).contains("question") else { continue }
            let text = QuestionText.question(HTMLDocument.inlineText(question))
            take(text, element: question, box: question, answer: [answer], anchor: question.id ?? question.descendants(where: { $0.attributes["name"] != nil }).first?.attributes["name"])
        }
    }

    /// Elements labelled by a question (`aria-labelledby`): the question's answer.
    mutating func labelledRegions() {
        let byID = document.elementsByID
        for region in document.body.descendants(where: { $0.attributes["aria-labelledby"] != nil }) {
            guard !isClaimed(region) else { continue }
            for id in region.references("aria-labelledby") {
                guard let label = byID[id], label !== region, !label.holds(region), label.weight <= QuestionText.maxLength,
                      let question = HTMLOutline.question(label) else { continue }
                if region.holds(label) {
                    let box = Self.box(of: label, within: region)
                    take(question, element: label, box: box, answer: [region], anchor: label.id, claims: [region])
                } else {
                    let box = Self.box(of: label, within: document.body)
                    take(question, element: label, box: box, answer: [region], anchor: label.id ?? box.id)
                }
                break
            }
        }
    }
}
