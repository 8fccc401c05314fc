import KBModel
import KBText
/// Renders a fact sheet in one format. Output is deterministic: the same sheet gives the same bytes.
public protocol Exporter: Sendable {
    /// The files to write: one unnamed file (`""`) for single-file formats, named files for CSV.
    func render(_ sheet: FactSheet) -> [(name: String, contents: String)]

    /// The sheet as an index page (`index.html`, `index.md`) and one file per page, each handed to
    /// `write` (name, contents) as soon as it is rendered, so that only one page is held at a time.
    /// Formats without pages write their usual files.
    func render(_ sheet: FactSheet, pages: [SheetPage], write: (String, String) throws -> Void) throws
}

extension Exporter {
    public func render(_ sheet: FactSheet, pages: [SheetPage], write: (String, String) throws -> Void) throws {
        for file in render(sheet) { try write(file.name, file.contents) }
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
