import KBModel
import KBText
/// One file of a sheet written as several: a run of sections of one source.
///
/// A sheet too large for one page (more than ``FactSheetPages/defaultFactsPerPage`` facts) is
/// written as an index page and one page per source; a source with more facts than a page holds
/// is cut into parts between its sections.
public struct SheetPage: Sendable, Hashable {
    /// The file's name without its extension ("debian-basic-defs", "serverless-faq-2").
    public var name: String
    /// The source's title, with the part number when the source takes several pages.
    public var title: String
    /// The source's path.
    public var source: String
    /// The sheet's sections on this page (indexes into ``FactSheet/sections``).
    public var sections: Range<Int>
}

/// Cuts a sheet into pages: one per source, in the sheet's order, and a source with more than
/// `factsPerPage` facts into parts of at most that many (a single larger section stays whole).
///
/// For example:
///
/// ```swift
/// let pages = FactSheetPages.pages(sheet, factsPerPage: 2_000)
/// pages.map(\.name)  // ["debian-basic-defs", "debian-choosing", ..., "zsh-faq06"]
/// ```
public enum FactSheetPages {
    /// The most facts a sheet shows on one page before it is written as several.
    public static let defaultFactsPerPage = 2_000
    /// The most section headings an index page lists; past that it lists the pages, each with the
    /// headings it runs between, so that the index stays small.
    public static let maxIndexHeadings = 5_000

    public static func pages(_ sheet: FactSheet, factsPerPage: Int) -> [SheetPage] {
        pages(FactSheetStream(sheet), factsPerPage: factsPerPage)
    }

    public static func pages(_ sheet: FactSheetStream, factsPerPage: Int) -> [SheetPage] {
        let limit = max(1, factsPerPage)
        var runs: [(source: String, title: String, sections: Range<Int>)] = []
        let titleOf = sheet.sourceTitles()
        let outline = sheet.outline
        var index = 0
        while index < outline.count {
            let source = outline[index].source
            var end = index
            var facts = 0
            while end < outline.count, outline[end].source == source {
                let count = outline[end].facts
                if end > index, facts + count > limit { break }
                facts += count
                end += 1
            }
            runs.append((source, titleOf(source), index..<end))
            index = end
        }
        // Names: the paths without the folder they share, as slugs; parts numbered.
        let stems = slugs(runs.map(\.source))
        var partsOfSource: [String: Int] = [:]
        for run in runs { partsOfSource[run.source, default: 0] += 1 }
        var part: [String: Int] = [:]
        var used: Set<String> = ["index"]
        return runs.enumerated().map { offset, run in
            let number = part[run.source, default: 0] + 1
            part[run.source] = number
            let several = (partsOfSource[run.source] ?? 1) > 1
            var name = stems[offset] + (several && number > 1 ? "-\(number)" : "")
            var suffix = 2
            let base = name
            while !used.insert(name).inserted {
                name = base + "-x\(suffix)"
                suffix += 1
            }
            let title = several ? "\(run.title) (part \(number) of \(partsOfSource[run.source] ?? 1))" : run.title
            return SheetPage(name: name, title: title, source: run.source, sections: run.sections)
        }
    }

    /// File-name stems for paths: the folders every path shares dropped, the extension dropped,
    /// letters and digits kept (lowercased), every other run of characters a hyphen.
    static func slugs(_ paths: [String]) -> [String] {
        let parts = paths.map { $0.split(separator: "/").map(String.init) }
        var shared = parts.first.map { Array($0.dropLast()) } ?? []
        for path in parts.dropFirst() {
            shared = Array(zip(shared, path.dropLast()).prefix { $0 == $1 }.map(\.0))
        }
        return parts.map { path in
            var rest = Array(path.dropFirst(shared.count))
            if let last = rest.last, let dot = last.lastIndex(of: "."), dot > last.startIndex {
                rest[rest.count - 1] = String(last[..<dot])
            }
            var slug = ""
            for character in rest.joined(separator: "-").lowercased() {
                if character.isASCII, character.isLetter || character.isNumber {
                    slug.append(character)
                } else if !slug.isEmpty, slug.last != "-" {
                    slug.append("-")
                }
            }
            while slug.hasSuffix("-") { slug.removeLast() }
            return slug.isEmpty ? "source" : String(slug.prefix(80))
        }
    }
}
