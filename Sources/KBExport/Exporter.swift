import KBModel
import KBText
/// Renders a fact sheet in one format. Output is deterministic: the same sheet gives the same bytes.
public protocol Exporter: Sendable {
    /// Writes the sheet: the format's files (one unnamed file `""` for single-file formats, named
    /// files for CSV), or, given `pages` (HTML and Markdown), an index page and one file per page.
    /// `write(name, text)` receives each file's text in pieces, in order; a new name starts the
    /// next file. Sections are read from `sheet` a batch (or a page) at a time, so that only one
    /// batch is held.
    func write(_ sheet: FactSheetStream, pages: [SheetPage]?, to write: (_ name: String, _ text: String) throws -> Void) throws
}

extension Exporter {
    /// The files of a sheet, each whole: one unnamed file (`""`) for single-file formats, named
    /// files for CSV; given `pages`, an index and one file per page.
    public func files(_ sheet: FactSheetStream, pages: [SheetPage]? = nil) throws -> [(name: String, contents: String)] {
        var files: [(name: String, contents: String)] = []
        try write(sheet, pages: pages) { name, text in
            if let last = files.indices.last, files[last].name == name {
                files[last].contents += text
            } else {
                files.append((name, text))
            }
        }
        return files
    }

    /// The files of a sheet in memory, each whole (see ``files(_:pages:)``).
    public func render(_ sheet: FactSheet) -> [(name: String, contents: String)] {
        // A sheet in memory loads nothing, so writing it cannot fail.
        (try? files(FactSheetStream(sheet))) ?? []
    }
}

/// The formats `kb export` writes.
public enum ExportFormat: String, Sendable, CaseIterable {
    case markdown, json, csv, html

    public var exporter: any Exporter {
        switch self {
        case .markdown: MarkdownExporter()
        case .json: JSONExporter()
        case .csv: CSVExporter()
        case .html: HTMLExporter()
        }
    }

    /// Whether the format writes several files into a folder.
    public var writesFolder: Bool { self == .csv }

    /// Whether a large sheet in this format can be written as an index and one page per source.
    public var hasPages: Bool { self == .html || self == .markdown }

    /// The name a single-file format's sheet takes when the destination is a folder.
    public var fileName: String {
        switch self {
        case .markdown: "facts.md"
        case .json: "facts.json"
        case .csv: "facts.csv"
        case .html: "facts.html"
        }
    }
}
