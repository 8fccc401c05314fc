import KBModel
import KBText
/// What goes into a fact sheet, and how it is narrowed.
public struct FactSheetOptions: Sendable, Hashable {
    /// The sheet's title; nil names it after the corpus (see ``FactSheetBuilder/defaultTitle(paths:titles:)``).
    public var title: String?
    /// Only topics containing this text (case-insensitive).
    public var topic: String?
    /// Only facts whose text, topic or claim subjects contain this text (case-insensitive).
    public var subject: String?
    /// Only these facts (a search's results).
    public var factIDs: Set<Int64>?
    /// Mark conflicts and list them.
    public var conflicts = true
    /// When the sheet was made; nil keeps exports byte-identical.
    public var timestamp: String?

    public init() {}
}

/// Builds a ``FactSheet`` from an index's answers and facts and the findings of `kb check`.
///
/// The sheet follows the corpus: sources in path order; in each source, one section per question
/// in document order (the line of the answer's first place there), its facts in the order the
/// answer states them. An answer without a question joins the section of its topic in that
/// source (the topic the index stores, which is never a pronoun, a discourse word or a clause:
/// an answer without one goes under "General"). A statement several answers make is shown once,
/// at its first place, with every place listed. Code blocks of an answer follow the fact before
/// them; a statement whose copies are followed by different code is shown once per code, so no
/// code block is lost or shown beside another answer's fact.
///
/// For example:
///
/// ```swift
/// let sheet = FactSheetBuilder.build(answers: answers, facts: facts, findings: Checker().run(facts), options: FactSheetOptions())
/// sheet.sections.first?.facts.first?.sources  // ["Corpus/serverless-faq.txt:1", "Corpus/serverless-faq.txt:35"]
/// ```
public enum FactSheetBuilder {
    /// The heading of facts whose answer has neither a question nor a topic.
    static let general = "General"

    /// - Parameter titles: page titles by source path, where the index knows them.
    public static func build(answers: [IndexedAnswer], facts: [CheckFact], findings: [Finding],
                             options: FactSheetOptions, titles: [String: String] = [:]) -> FactSheet {
        let answersByID = Dictionary(answers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let topicFilter = options.topic?.lowercased()
        let subjectFilter = options.subject?.lowercased()
        // Code blocks by the fact they follow: every fact of the answer counts, kept or not, so
        // that a block is never moved to another fact.
        let codeOfFact = code(of: facts, answers: answersByID)
        let kept = facts.filter { fact in
            if let ids = options.factIDs, !ids.contains(fact.id) { return false }
            if let topicFilter, !fact.topic.lowercased().contains(topicFilter) { return false }
            if let subjectFilter {
                let mentioned = fact.text.lowercased().contains(subjectFilter) || fact.topic.lowercased().contains(subjectFilter)
                    || fact.claims.contains { $0.subject?.lowercased().contains(subjectFilter) == true }
                if !mentioned { return false }
            }
            return true
        }

        // Conflicts touching the kept facts, numbered in the checker's order.
        let keptIDs = Set(kept.map(\.id))
        let shown = options.conflicts ? findings.filter { $0.facts.contains { keptIDs.contains($0.factID) } } : []
        var conflictsOfFact: [Int64: [Int]] = [:]
        for (index, finding) in shown.enumerated() {
            for evidence in finding.facts { conflictsOfFact[evidence.factID, default: []].append(index + 1) }
        }

        // One entry per cluster and code: a statement followed by the same code (mostly none) is
        // one entry; the same words before different code are different entries.
        struct EntryKey: Hashable {
            let cluster: Int64
            let code: [String]
        }
        var entries: [EntryKey: [CheckFact]] = [:]
        var entryOrder: [EntryKey] = []
        for fact in kept {
            let key = EntryKey(cluster: fact.clusterID, code: codeOfFact[fact.id] ?? [])
            if entries[key] == nil { entryOrder.append(key) }
            entries[key, default: []].append(fact)
        }

        // Where a fact sits in the corpus: its answer's first place (path, then line), then its
        // offset in the answer.
        struct Place: Comparable {
            let path: String
            let line: Int
            let start: Int
            static func < (a: Place, b: Place) -> Bool { (a.path, a.line, a.start) < (b.path, b.line, b.start) }
        }
        func place(_ fact: CheckFact) -> Place {
            let first = answersByID[fact.answerID]?.locations.first ?? fact.location
            return Place(path: first.path, line: first.line, start: fact.start)
        }

        struct SectionKey: Hashable {
            let path: String
            let heading: String
        }
        var sections: [SectionKey: (first: Place, section: FactSheet.Section, places: [Place])] = [:]
        var variants: [Int64: Int] = [:]
        var claimCount = 0
        for key in entryOrder {
            guard let members = entries[key], let representative = clearest(members),
                  let home = members.min(by: { place($0) < place($1) }) else { continue }
            var sources: [SourceLocation] = []
            for member in members {
                for location in answersByID[member.answerID]?.locations ?? [member.location] {
                    var location = location
                    location.line += member.lineOffset
                    if member.lineOffset > 0 { location.column = member.location.column }
                    sources.append(location)
                }
            }
            let sourceTexts = compact(sources)
            let conflicts = Array(Set(members.flatMap { conflictsOfFact[$0.id] ?? [] })).sorted()
            let variant = variants[key.cluster, default: 0]
            variants[key.cluster] = variant + 1
            let id = variant == 0 ? "f\(key.cluster)" : "f\(key.cluster)-\(variant + 1)"
            let lead = representative.lead
            let body = representative.text.hasPrefix(lead) && !lead.isEmpty
                ? String(representative.text.dropFirst(lead.count)).trimmingWhitespace(and: " ") : representative.text
            let fact = FactSheet.Fact(id: id, text: representative.text, lead: body == representative.text ? "" : lead, body: body,
                                      sources: sourceTexts, conflicts: conflicts, code: key.code)

            // The section of its first place: its question there, else its topic.
            let homePlace = place(home)
            let answer = answersByID[home.answerID]
            let question = (answer?.question).flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 }
            let topic = home.topic
            let heading = question ?? (topic.isEmpty ? general : topic)
            let sectionKey = SectionKey(path: homePlace.path, heading: heading)
            // Taken out of the dictionary while it grows, so its arrays are appended to in place
            // (a copy left in the dictionary would make every append copy the section).
            var entry = sections.removeValue(forKey: sectionKey) ?? (homePlace, FactSheet.Section(source: homePlace.path, heading: heading,
                                                                                topic: topic.isEmpty ? general : topic,
                                                                                questions: question.map { [$0] } ?? [], facts: [], claims: []), [])
            entry.first = min(entry.first, homePlace)
            entry.section.facts.append(fact)
            entry.places.append(homePlace)
            for claim in representative.claims {
                claimCount += 1
                entry.section.claims.append(row(claim, fact: id, source: sourceTexts.first ?? ""))
            }
            sections[sectionKey] = entry
        }
        let ordered: [FactSheet.Section] = sections.values.sorted { $0.first < $1.first }.map { entry in
            var section = entry.section
            // Facts in the order the corpus states them (a stable sort keeps ties in index order).
            section.facts = zip(entry.places, section.facts).enumerated()
                .sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }.map(\.element.1)
            section.claims.sort { ($0.subject.lowercased(), $0.metric) < ($1.subject.lowercased(), $1.metric) }
            return section
        }
        // Sources headed by their title; pages sharing one title ("Z-Shell FAQ") also by file name.
        var sheetSources: [FactSheet.Source] = []
        for section in ordered where sheetSources.last?.path != section.source {
            sheetSources.append(FactSheet.Source(path: section.source, title: titles[section.source] ?? section.source))
        }
        // A site's name that ends every page's title ("FAQ: The admin — Django 3.2.25 documentation")
        // says nothing about the page: a last part after a separator that two or more titles
        // share is dropped.
        let separators = [" — ", " – ", " | ", " · ", " - "]
        func siteSuffix(_ title: String) -> (kept: String, suffix: String)? {
            for separator in separators {
                guard let range = title.range(of: separator, options: .backwards) else { continue }
                let kept = String(title[..<range.lowerBound]), suffix = String(title[range.upperBound...])
                return kept.isEmpty || suffix.isEmpty ? nil : (kept, suffix)
            }
            return nil
        }
        var suffixes: [String: Int] = [:]
        for source in sheetSources { if let suffix = siteSuffix(source.title)?.suffix { suffixes[suffix, default: 0] += 1 } }
        for index in sheetSources.indices {
            if let (kept, suffix) = siteSuffix(sheetSources[index].title), (suffixes[suffix] ?? 0) > 1 { sheetSources[index].title = kept }
        }
        var sharing: [String: Int] = [:]
        for source in sheetSources { sharing[source.title, default: 0] += 1 }
        for index in sheetSources.indices where sheetSources[index].title != sheetSources[index].path && (sharing[sheetSources[index].title] ?? 0) > 1 {
            let name = sheetSources[index].path.split(separator: "/").last.map(String.init) ?? sheetSources[index].path
            sheetSources[index].title += " (\(name))"
        }

        let keptAnswers = unique(kept.map(\.answerID)).compactMap { answersByID[$0] }
        let sheetAnswers = keptAnswers.map { answer in
            FactSheet.Answer(question: answer.question, answer: answer.text, topic: answer.topic,
                             sources: answer.locations.map(\.description))
        }
        let conflicts = shown.enumerated().map { index, finding in
            FactSheet.Conflict(number: index + 1, id: finding.id, kind: finding.kind.rawValue, severity: finding.severity.rawValue,
                               subject: finding.subject, attribute: finding.attribute, message: finding.message,
                               facts: finding.facts.map { .init(text: $0.text, source: $0.location.description, says: $0.says) },
                               values: finding.values)
        }
        let allPaths = unique(keptAnswers.flatMap { $0.locations.map(\.path) })
        let summary = FactSheet.Summary(
            sources: allPaths.count,
            answers: keptAnswers.count,
            duplicatesMerged: keptAnswers.reduce(0) { $0 + max(0, $1.locations.count - 1) },
            facts: ordered.reduce(0) { $0 + $1.facts.count }, factOccurrences: kept.count, claims: claimCount, conflicts: conflicts.count)
        let title = options.title ?? defaultTitle(paths: allPaths.isEmpty ? answers.flatMap { $0.locations.map(\.path) } : allPaths,
                                                  titles: titles)
        return FactSheet(title: title, generated: options.timestamp, summary: summary, sources: sheetSources,
                         sections: ordered, conflicts: conflicts, answers: sheetAnswers)
    }

    /// A sheet's title when none is given: the title its pages share ("Python 3.11 documentation"
    /// for pages titled "General Python FAQ — Python 3.11 documentation" and "Design and History
    /// FAQ — Python 3.11 documentation"), else the folder holding every source ("Fact sheet:
    /// Corpus" for `Corpus/serverless-faq.txt`), else the only source's file name, else "Fact sheet".
    /// Never the index's path.
    public static func defaultTitle(paths: [String], titles: [String: String]) -> String {
        let pageTitles = unique(paths).compactMap { titles[$0] }
        if pageTitles.count == Set(paths).count, let shared = sharedTitle(pageTitles) { return shared }
        let folders = unique(paths).map { $0.split(separator: "/", omittingEmptySubsequences: true).dropLast().map(String.init) }
        if var common = folders.first {
            for folder in folders.dropFirst() {
                common = Array(zip(common, folder).prefix { $0 == $1 }.map(\.0))
            }
            if let name = common.last(where: { $0 != "." && $0 != ".." }) { return "Fact sheet: " + name }
        }
        if Set(paths).count == 1, let name = paths.first?.split(separator: "/").last { return "Fact sheet: " + name }
        return "Fact sheet"
    }

    /// The title every page shares: the whole title when they are all the same, else the part after
    /// (or before) a separator (" — ", " - ", " | ", ": ") that they all end (or start) with.
    static func sharedTitle(_ titles: [String]) -> String? {
        guard let first = titles.first else { return nil }
        if titles.allSatisfy({ $0 == first }) { return first.isEmpty ? nil : first }
        for separator in [" — ", " – ", " - ", " | ", ": "] {
            let parts = titles.map { $0.components(separatedBy: separator) }
            guard parts.allSatisfy({ $0.count > 1 }) else { continue }
            if let last = parts.first?.last, !last.isEmpty, parts.allSatisfy({ $0.last == last }) { return last }
            if let lead = parts.first?.first, !lead.isEmpty, parts.allSatisfy({ $0.first == lead }) { return lead }
        }
        return nil
    }

    /// The code blocks of each answer by the fact they follow: the fact that starts last before the
    /// block, or the answer's first fact for a block before every fact.
    static func code(of facts: [CheckFact], answers: [Int64: IndexedAnswer]) -> [Int64: [String]] {
        var factsOfAnswer: [Int64: [CheckFact]] = [:]
        for fact in facts { factsOfAnswer[fact.answerID, default: []].append(fact) }
        var code: [Int64: [String]] = [:]
        for (answerID, members) in factsOfAnswer {
            guard let text = answers[answerID]?.text else { continue }
            let blocks = FencedCode.blocks(in: text)
            guard !blocks.isEmpty else { continue }
            let ordered = members.sorted { $0.start < $1.start }
            for block in blocks where !block.code.allSatisfy(\.isWhitespace) {
                guard let owner = ordered.last(where: { $0.start < block.range.lowerBound }) ?? ordered.first else { continue }
                code[owner.id, default: []].append(block.code)
            }
        }
        return code
    }

    /// The wording shown for a cluster: the most repeated text, then the shortest, then the first.
    static func clearest(_ members: [CheckFact]) -> CheckFact? {
        var counts: [String: Int] = [:]
        for member in members { counts[member.text, default: 0] += 1 }
        return members.enumerated().min { a, b in
            let countA = counts[a.element.text] ?? 0, countB = counts[b.element.text] ?? 0
            if countA != countB { return countA > countB }
            if a.element.text.count != b.element.text.count { return a.element.text.count < b.element.text.count }
            return a.offset < b.offset
        }?.element
    }

    static func row(_ claim: NumericClaim, fact: String, source: String) -> FactSheet.Claim {
        func show(_ value: Double?) -> String { value.map { PlainNumber.format(PlainNumber.rounded($0, places: 12)) } ?? "" }
        let low = show(claim.normalizedLow), high = show(claim.normalizedHigh)
        var normalized = low == high || high.isEmpty ? low : low.isEmpty ? high : "\(low)–\(high)"
        if !normalized.isEmpty, !claim.normalizedUnit.isEmpty { normalized += " " + claim.normalizedUnit }
        return FactSheet.Claim(subject: claim.subject ?? "", metric: claim.metric ?? "", value: claim.surface,
                               comparator: claim.comparator.rawValue, normalized: normalized, conditions: claim.conditions,
                               hedged: claim.hedged, fact: fact, source: source)
    }

    /// Places as short text, one entry per file: "Corpus/faq.txt:1, 35", "faq.html#cold-starts".
    static func compact(_ locations: [SourceLocation]) -> [String] {
        var lines: [String: [Int]] = [:]
        var anchors: [String] = []
        for location in locations {
            if location.anchor?.isEmpty == false {
                anchors.append(location.description)
            } else {
                lines[location.path, default: []].append(location.line)
            }
        }
        let byLine = lines.keys.sorted().map { path in
            path + ":" + unique((lines[path] ?? []).sorted()).map(String.init).joined(separator: ", ")
        }
        return byLine + unique(anchors.sorted())
    }

    static func unique<T: Hashable>(_ values: [T]) -> [T] {
        var seen: Set<T> = []
        return values.filter { seen.insert($0).inserted }
    }
}
