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
    /// The files of a sheet in memory, each whole: one unnamed file (`""`) for single-file
    /// formats, named files for CSV.
    public func render(_ sheet: FactSheet) -> [(name: String, contents: String)] {
        var files: [(name: String, contents: String)] = []
        // A sheet in memory loads nothing, so writing it cannot fail.
        try? write(FactSheetStream(sheet), pages: nil) { name, text in Self.collect(name, text, into: &files) }
        return files
    }

    /// The sheet as an index page (`index.html`, `index.md`) and one file per page, each handed
    /// whole to `write` (name, contents).
    public func render(_ sheet: FactSheet, pages: [SheetPage], write: (String, String) throws -> Void) throws {
        var files: [(name: String, contents: String)] = []
        try self.write(FactSheetStream(sheet), pages: pages) { name, text in Self.collect(name, text, into: &files) }
        for file in files { try write(file.name, file.contents) }
    }

    private static func collect(_ name: String, _ text: String, into files: inout [(name: String, contents: String)]) {
        if let last = files.indices.last, files[last].name == name {
            files[last].contents += text
        } else {
            files.append((name, text))
        }
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
