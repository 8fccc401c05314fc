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
        let plan = plan(answers: answers, facts: facts, findings: findings, options: options, titles: titles) { fact in
            options.mentionsSubject(text: fact.text, topic: fact.topic, subjects: fact.claims.compactMap(\.subject))
        }
        let answersByID = Dictionary(answers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var sheet = plan.header
        sheet.sections = plan.sections(plan.sections.indices, facts: Dictionary(facts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }),
                                       answers: answersByID)
        sheet.answers = plan.answerIDs.compactMap { answersByID[$0] }.map(sheetAnswer)
        return sheet
    }

    /// An answer as the sheet lists it.
    public static func sheetAnswer(_ answer: IndexedAnswer) -> FactSheet.Answer {
        FactSheet.Answer(question: answer.question, answer: answer.text, topic: answer.topic, sources: answer.locations.map(\.description))
    }

    /// The sheet's layout from facts without their text: what ``build(answers:facts:findings:options:titles:)``
    /// does, for exports that load the text of one batch of sections at a time.
    ///
    /// - Parameters:
    ///   - answers: every answer the facts come from, with its places; its text is read only for
    ///     its code blocks, so an answer without ``` may come with an empty text.
    ///   - keep: the text filter (`--subject`), decided by whoever has the text.
    public static func plan<F: SheetFactRecord>(answers: [IndexedAnswer], facts: [F], findings: [Finding], options: FactSheetOptions,
                                                titles: [String: String] = [:], keep: (F) -> Bool) -> SheetPlan {
        // Compact on purpose: an export of a large corpus lays out every fact at once, so the
        // layout keeps indexes and flat arrays, not a copy of each fact or answer.
        var answerIndex: [Int64: Int] = [:]
        answerIndex.reserveCapacity(answers.count)
        for (index, answer) in answers.enumerated() where answerIndex[answer.id] == nil { answerIndex[answer.id] = index }
        func answer(_ id: Int64) -> IndexedAnswer? { answerIndex[id].map { answers[$0] } }
        let topicFilter = options.topic?.lowercased()
        // Code blocks by the fact they follow: every fact of the answer counts, kept or not, so
        // that a block is never moved to another fact.
        let codeOfFact = code(of: facts, answers: answers)
        let kept: [Int] = facts.indices.filter { index in
            let fact = facts[index]
            if let ids = options.factIDs, !ids.contains(fact.id) { return false }
            if let topicFilter, !fact.topic.lowercased().contains(topicFilter) { return false }
            return keep(fact)
        }

        // Conflicts touching the kept facts, numbered in the checker's order.
        let keptIDs = Set(kept.map { facts[$0].id })
        let shown = options.conflicts ? findings.filter { $0.facts.contains { keptIDs.contains($0.factID) } } : []
        var conflictsOfFact: [Int64: [Int]] = [:]
        for (index, finding) in shown.enumerated() {
            for evidence in finding.facts { conflictsOfFact[evidence.factID, default: []].append(index + 1) }
        }

        // One entry per cluster and code: a statement followed by the same code (mostly none) is
        // one entry; the same words before different code are different entries. Kept facts
        // sorted by (cluster, code, order) put each entry's members side by side, in order.
        var codeKeys: [[String]: Int32] = [[]: 0]
        let codeOfKept: [Int32] = kept.map { index in
            guard let code = codeOfFact[facts[index].id] else { return 0 }
            if let key = codeKeys[code] { return key }
            let key = Int32(codeKeys.count)
            codeKeys[code] = key
            return key
        }
        let byEntry = kept.indices.sorted { a, b in
            (facts[kept[a]].clusterID, codeOfKept[a], a) < (facts[kept[b]].clusterID, codeOfKept[b], b)
        }
        var groups: [Range<Int>] = []
        var groupStart = 0
        for position in byEntry.indices.dropFirst() {
            let a = byEntry[position - 1], b = byEntry[position]
            if facts[kept[a]].clusterID != facts[kept[b]].clusterID || codeOfKept[a] != codeOfKept[b] {
                groups.append(groupStart..<position)
                groupStart = position
            }
        }
        if !byEntry.isEmpty { groups.append(groupStart..<byEntry.count) }

        // Where a fact sits in the corpus: its answer's first place (path, then line), then its
        // offset in the answer.
        func place(_ fact: F) -> SheetPlace {
            let first = answer(fact.answerID)?.locations.first ?? fact.ownLocation
            return SheetPlace(path: first?.path ?? "", line: first?.line ?? 0, start: fact.start)
        }

        var memberIDs: [Int64] = []
        memberIDs.reserveCapacity(kept.count)
        var entries: [SheetPlan.Entry] = []
        entries.reserveCapacity(groups.count)
        var homes: [(section: Int, place: SheetPlace)] = []
        homes.reserveCapacity(groups.count)
        var sectionOfKey: [SheetSectionKey: Int] = [:]
        var sections: [(first: SheetPlace, rank: Int, section: SheetPlan.Section)] = []
        var claimCount = 0
        // The same words before other code: entries of one cluster numbered in the order met.
        func cluster(_ group: Int) -> Int64 { facts[kept[byEntry[groups[group].lowerBound]]].clusterID }
        var variants = [Int](repeating: 0, count: groups.count)
        var runStart = 0
        for group in groups.indices where group == groups.count - 1 || cluster(group + 1) != cluster(group) {
            if group > runStart {
                let run = (runStart...group).sorted { byEntry[groups[$0].lowerBound] < byEntry[groups[$1].lowerBound] }
                for (variant, member) in run.enumerated() { variants[member] = variant }
            }
            runStart = group + 1
        }
        for (groupIndex, group) in groups.enumerated() {
            let members = byEntry[group].map { facts[kept[$0]] }
            guard let representative = clearest(members), let home = members.min(by: { place($0) < place($1) }) else { continue }
            // The order the entry was first met: its first fact's.
            let rank = byEntry[group.lowerBound]
            let cluster = representative.clusterID, variant = variants[groupIndex]
            let first = memberIDs.count
            memberIDs += members.map(\.id)
            entries.append(SheetPlan.Entry(id: variant == 0 ? "f\(cluster)" : "f\(cluster)-\(variant + 1)", code: codeOfFact[representative.id] ?? [],
                                           members: first..<memberIDs.count, representative: representative.id, rank: rank))
            claimCount += representative.claimCount

            // The section of its first place: its question there, else its topic.
            let homePlace = place(home)
            let question = (answer(home.answerID)?.question).flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 }
            let topic = home.topic
            let heading = question ?? (topic.isEmpty ? general : topic)
            let key = SheetSectionKey(path: homePlace.path, heading: heading)
            let section: Int
            if let known = sectionOfKey[key] {
                section = known
                sections[known].first = min(sections[known].first, homePlace)
                // A section is described by the entry met first.
                if rank < sections[known].rank {
                    sections[known].rank = rank
                    sections[known].section.topic = topic.isEmpty ? general : topic
                    sections[known].section.questions = question.map { [$0] } ?? []
                }
            } else {
                section = sections.count
                sectionOfKey[key] = section
                sections.append((homePlace, rank, SheetPlan.Section(source: homePlace.path, heading: heading, topic: topic.isEmpty ? general : topic,
                                                                    questions: question.map { [$0] } ?? [], entries: 0..<0)))
            }
            homes.append((section, homePlace))
        }
        sectionOfKey = [:]
        // Sections by their first place (ties by the statement met first); statements in the order
        // the corpus states them (ties in the order met).
        let sectionOrder = sections.indices.sorted { (sections[$0].first, sections[$0].rank) < (sections[$1].first, sections[$1].rank) }
        var position = [Int](repeating: 0, count: sections.count)
        for (rank, section) in sectionOrder.enumerated() { position[section] = rank }
        let entryOrder = entries.indices.sorted { a, b in
            (position[homes[a].section], homes[a].place, entries[a].rank) < (position[homes[b].section], homes[b].place, entries[b].rank)
        }
        let orderedEntries = entryOrder.map { entries[$0] }
        var ordered: [SheetPlan.Section] = []
        ordered.reserveCapacity(sections.count)
        var next = 0
        for section in sectionOrder {
            var planned = sections[section].section
            var end = next
            while end < entryOrder.count, homes[entryOrder[end]].section == section { end += 1 }
            planned.entries = next..<end
            next = end
            ordered.append(planned)
        }
        let sheetSources = sources(of: ordered.map(\.source), titles: titles)

        // The answers of the kept facts, in the order of their first kept fact.
        var answerIDs: [Int64] = []
        var seenAnswers: Set<Int64> = []
        var allPaths: [String] = []
        var seenPaths: Set<String> = []
        var duplicatesMerged = 0
        for index in kept {
            let id = facts[index].answerID
            guard seenAnswers.insert(id).inserted, let kept = answer(id) else { continue }
            answerIDs.append(id)
            duplicatesMerged += max(0, kept.locations.count - 1)
            for location in kept.locations where seenPaths.insert(location.path).inserted { allPaths.append(location.path) }
        }
        let conflicts = shown.enumerated().map { index, finding in
            FactSheet.Conflict(number: index + 1, id: finding.id, kind: finding.kind.rawValue, severity: finding.severity.rawValue,
                               subject: finding.subject, attribute: finding.attribute, message: finding.message,
                               facts: finding.facts.map { .init(text: $0.text, source: $0.location.description, says: $0.says) },
                               values: finding.values)
        }
        let summary = FactSheet.Summary(sources: allPaths.count, answers: answerIDs.count, duplicatesMerged: duplicatesMerged,
                                        facts: orderedEntries.count, factOccurrences: kept.count, claims: claimCount, conflicts: conflicts.count)
        let title = options.title ?? defaultTitle(paths: allPaths.isEmpty ? answers.flatMap { $0.locations.map(\.path) } : allPaths,
                                                  titles: titles)
        let header = FactSheet(title: title, generated: options.timestamp, summary: summary, sources: sheetSources,
                               sections: [], conflicts: conflicts, answers: [])
        return SheetPlan(header: header, sections: ordered, entries: orderedEntries, memberIDs: memberIDs, answerIDs: answerIDs,
                         paths: allPaths, conflictsOfFact: conflictsOfFact)
    }

    /// The sheet's sources in the order of their sections, each headed by its title. A site's name
    /// that ends every page's title ("FAQ: The admin — Django 3.2.25 documentation") says nothing
    /// about the page: a last part after a separator that two or more titles share is dropped.
    /// Pages sharing one title ("Z-Shell FAQ") are told apart by their file name.
    static func sources(of sectionSources: [String], titles: [String: String]) -> [FactSheet.Source] {
        var sheetSources: [FactSheet.Source] = []
        for source in sectionSources where sheetSources.last?.path != source {
            sheetSources.append(FactSheet.Source(path: source, title: titles[source] ?? source))
        }
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
        return sheetSources
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
    static func code<F: SheetFactRecord>(of facts: [F], answers: [IndexedAnswer]) -> [Int64: [String]] {
        // Only answers holding a fence are read (most hold none).
        var blocksOfAnswer: [Int64: [FencedCode.Block]] = [:]
        for answer in answers where blocksOfAnswer[answer.id] == nil {
            let blocks = FencedCode.blocks(in: answer.text)
            if !blocks.isEmpty { blocksOfAnswer[answer.id] = blocks }
        }
        guard !blocksOfAnswer.isEmpty else { return [:] }
        var factsOfAnswer: [Int64: [(id: Int64, start: Int)]] = [:]
        for fact in facts where blocksOfAnswer[fact.answerID] != nil { factsOfAnswer[fact.answerID, default: []].append((fact.id, fact.start)) }
        var code: [Int64: [String]] = [:]
        for (answerID, members) in factsOfAnswer {
            guard let blocks = blocksOfAnswer[answerID] else { continue }
            let ordered = members.sorted { $0.start < $1.start }
            for block in blocks where !block.code.allSatisfy(\.isWhitespace) {
                guard let owner = ordered.last(where: { $0.start < block.range.lowerBound }) ?? ordered.first else { continue }
                code[owner.id, default: []].append(block.code)
            }
        }
        return code
    }

    /// The wording shown for a cluster: the most repeated text, then the shortest, then the first.
    static func clearest<F: SheetFactRecord>(_ members: [F]) -> F? {
        guard members.count > 1 else { return members.first }
        let wordings = members.map { (wording: $0.wording, length: $0.length) }
        var counts: [Int: Int] = [:]
        for member in wordings { counts[member.wording, default: 0] += 1 }
        return wordings.indices.min { a, b in
            let countA = counts[wordings[a].wording] ?? 0, countB = counts[wordings[b].wording] ?? 0
            if countA != countB { return countA > countB }
            if wordings[a].length != wordings[b].length { return wordings[a].length < wordings[b].length }
            return a < b
        }.map { members[$0] }
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

/// Where a fact sits in the corpus: its answer's first place (path, then line), then its offset
/// in the answer.
private struct SheetPlace: Comparable {
    let path: String
    let line: Int
    let start: Int
    static func < (a: SheetPlace, b: SheetPlace) -> Bool { (a.path, a.line, a.start) < (b.path, b.line, b.start) }
}

/// A section of the sheet: one heading in one source.
private struct SheetSectionKey: Hashable {
    let path: String
    let heading: String
}
