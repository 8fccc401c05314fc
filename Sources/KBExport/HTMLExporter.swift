import KBModel
import KBText
/// The fact sheet as one self-contained HTML page: no external CSS, scripts, fonts or images;
/// readable without JavaScript; with JavaScript a filter box narrows the facts as you type. Print
/// styling drops the filter and keeps facts whole. All corpus text is escaped.
///
/// The page follows the sheet: a table of contents grouped by source, then each source (its title)
/// with its sections (headed by their question, else their topic), each fact with the code that
/// follows it as `<pre>`, its places and its conflict marks. A large sheet is written as pages
/// (``write(_:pages:to:)``): `index.html` holds the contents and the conflicts, each source
/// page its sections.
public struct HTMLExporter: Exporter {
    public init() {}

    public func write(_ sheet: FactSheetStream, pages: [SheetPage]?, to write: (String, String) throws -> Void) throws {
        guard let pages else {
            var out = Self.head(sheet.sheet.title, sheet: sheet.sheet)
            out += Self.filterBox
            out += "</header>\n"
            out += Self.contents(sheet, sheet.outline.indices) { "#section-\($0 + 1)" }
            out += "<main>\n"
            try write("", out)
            var openSource: String?
            for batch in sheet.batches {
                out = ""
                Self.body(sheet, try sheet.sections(batch), first: batch.lowerBound, conflictPage: "", openSource: &openSource, into: &out)
                try write("", out)
            }
            out = openSource == nil ? "" : "</section>\n"
            out += "</main>\n"
            out += Self.conflicts(sheet.sheet)
            out += "<script>\n\(Self.script)\n</script>\n</body>\n</html>\n"
            try write("", out)
            return
        }
        let e = Self.escape
        var pageOfSection: [Int: String] = [:]
        for page in pages {
            for index in page.sections { pageOfSection[index] = page.name + ".html" }
        }
        let outline = sheet.outline
        var index = Self.head(sheet.sheet.title, sheet: sheet.sheet)
        index += "</header>\n"
        if outline.count <= FactSheetPages.maxIndexHeadings {
            index += Self.contents(sheet, outline.indices) { "\(pageOfSection[$0] ?? "")#section-\($0 + 1)" }
        } else {
            // Too many sections to list on one page: the pages, each with the headings it runs between.
            index += "<nav><h2>Contents</h2>\n<p class=\"summary\">\(outline.count) sections on \(pages.count) pages; "
            index += "each page lists its own.</p><ol>\n"
            for page in pages {
                let facts = page.sections.reduce(0) { $0 + outline[$1].facts }
                index += "<li><a href=\"\(e(page.name)).html\">\(e(page.title))</a> <span class=\"n\">(\(facts) facts, "
                index += "\(page.sections.count) sections: \(e(outline[page.sections.lowerBound].heading))"
                if page.sections.count > 1 { index += " … \(e(outline[page.sections.upperBound - 1].heading))" }
                index += ")</span></li>\n"
            }
            index += "</ol></nav>\n"
        }
        index += Self.conflicts(sheet.sheet)
        index += "</body>\n</html>\n"
        try write("index.html", index)
        for page in pages {
            var out = Self.head(page.title, sheet: nil)
            out += "<p class=\"up\"><a href=\"index.html\">\(e(sheet.sheet.title))</a> · <code>\(e(page.source))</code></p>\n"
            out += Self.filterBox
            out += "</header>\n"
            out += Self.contents(sheet, page.sections) { "#section-\($0 + 1)" }
            out += "<main>\n"
            var openSource: String?
            Self.body(sheet, try sheet.sections(page.sections), first: page.sections.lowerBound, conflictPage: "index.html",
                      openSource: &openSource, into: &out)
            if openSource != nil { out += "</section>\n" }
            out += "</main>\n<script>\n\(Self.script)\n</script>\n</body>\n</html>\n"
            try write(page.name + ".html", out)
        }
    }

    /// The page up to its title, and the sheet's summary when given.
    static func head(_ title: String, sheet: FactSheet?) -> String {
        let e = escape
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(e(title))</title>
            <style>
            \(style)
            </style>
            </head>
            <body>
            <header>
            <h1>\(e(title))</h1>

            """
        guard let sheet else { return out }
        let summary = sheet.summary
        out += "<p class=\"summary\">\(summary.facts) facts from \(summary.answers) answers in \(summary.sources) source(s) "
        out += "(\(summary.duplicatesMerged) duplicate answers merged), \(summary.claims) numeric claims, "
        out += "<a href=\"#conflicts\">\(summary.conflicts) conflict(s)</a>.</p>\n"
        if let generated = sheet.generated { out += "<p class=\"generated\">Generated \(e(generated)).</p>\n" }
        return out
    }

    static let filterBox = """
        <div id="filter-box" hidden><label for="filter">Filter facts</label> \
        <input type="search" id="filter" placeholder="words that must all appear" autocomplete="off"> \
        <span id="filter-count" aria-live="polite"></span></div>

        """

    /// The table of contents of some sections, grouped by source; `link` gives a section's address.
    static func contents(_ sheet: FactSheetStream, _ range: Range<Int>, link: (Int) -> String) -> String {
        let e = escape
        let titleOf = sheet.sourceTitles()
        var out = "<nav><h2>Contents</h2>\n"
        var openSource: String?
        for index in range {
            let section = sheet.outline[index]
            if section.source != openSource {
                if openSource != nil { out += "</ol></details>\n" }
                openSource = section.source
                let title = titleOf(section.source)
                out += "<details open><summary><a href=\"\(e(link(index)))\">\(e(title))</a></summary><ol>\n"
            }
            out += "<li><a href=\"\(e(link(index)))\">\(e(section.heading))</a> <span class=\"n\">(\(section.facts))</span></li>\n"
        }
        if openSource != nil { out += "</ol></details>\n" }
        return out + "</nav>\n"
    }

    /// Some sections (the first numbered `first`), each source's under its title; conflict marks
    /// link to `conflictPage`. A source's section element is left open for the next batch
    /// (`openSource`); the caller closes the last one.
    static func body(_ sheet: FactSheetStream, _ sections: [FactSheet.Section], first: Int, conflictPage: String, openSource: inout String?,
                     into out: inout String) {
        let e = escape
        let titleOf = sheet.sourceTitles()
        for (offset, section) in sections.enumerated() {
            let index = first + offset
            if section.source != openSource {
                if openSource != nil { out += "</section>\n" }
                openSource = section.source
                let title = titleOf(section.source)
                out += "<section class=\"source\">\n<h2>\(e(title))</h2>\n"
                if title != section.source { out += "<p class=\"path\"><code>\(e(section.source))</code></p>\n" }
            }
            out += "<section class=\"section\" id=\"section-\(index + 1)\">\n<h3>\(e(section.heading))</h3>\n"
            out += "<ul class=\"facts\">\n"
            for fact in section.facts {
                let marked = fact.conflicts.isEmpty ? "" : " conflicted"
                out += "<li class=\"fact\(marked)\" id=\"\(e(fact.id))\">\(e(fact.text))"
                for number in fact.conflicts {
                    out += " <a class=\"mark\" href=\"\(conflictPage)#conflict-\(number)\" title=\"conflict \(number)\">⚠ conflict \(number)</a>"
                }
                for code in fact.code { out += "<pre><code>\(e(code))</code></pre>" }
                out += "<div class=\"sources\">" + fact.sources.map { "<code>\(e($0))</code>" }.joined(separator: " ") + "</div></li>\n"
            }
            out += "</ul>\n"
            if !section.claims.isEmpty {
                // Open: a closed <details> prints nothing of its table.
                out += """
                    <details class="claims" open><summary>Numbers (\(section.claims.count))</summary>
                    <table><thead><tr><th>subject</th><th>metric</th><th>value</th><th>normalised</th><th>conditions</th>\
                    <th>source</th></tr></thead><tbody>

                    """
                for claim in section.claims {
                    let value = (claim.comparator == "=" ? "" : claim.comparator + " ") + claim.value + (claim.hedged ? " (hedged)" : "")
                    out += "<tr><td>\(e(claim.subject))</td><td>\(e(claim.metric))</td><td>\(e(value))</td>"
                    out += "<td>\(e(claim.normalized))</td><td>\(e(claim.conditions.joined(separator: "; ")))</td>"
                    out += "<td><code>\(e(claim.source))</code></td></tr>\n"
                }
                out += "</tbody></table></details>\n"
            }
            out += "</section>\n"
        }
    }

    /// The list of conflicts, each side quoted.
    static func conflicts(_ sheet: FactSheet) -> String {
        let e = escape
        var out = "<section id=\"conflicts\">\n<h2>Conflicts</h2>\n"
        if sheet.conflicts.isEmpty {
            out += "<p>None found.</p>\n"
        } else {
            out += "<ol class=\"conflicts\">\n"
            for conflict in sheet.conflicts {
                out += "<li id=\"conflict-\(conflict.number)\" class=\"\(e(conflict.severity))\">"
                out += "<p><strong>\(e(conflict.severity)) · \(e(conflict.kind)) · \(e(conflict.subject))</strong></p>"
                out += "<p>\(e(conflict.message))</p><ul>"
                for side in conflict.facts {
                    out += "<li><code>\(e(side.source))</code> \(e(side.says)): <q>\(e(side.text))</q></li>"
                }
                out += "</ul></li>\n"
            }
            out += "</ol>\n"
        }
        return out + "</section>\n"
    }

    /// Text as HTML text or attribute value.
    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    static let style = """
        :root { color-scheme: light dark; --accent: #b45309; --muted: #6b7280; --line: #d1d5db; }
        body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
        h1 { font-size: 1.6rem; margin-bottom: .25rem; }
        h2 { font-size: 1.2rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; margin-top: 2rem; }
        .summary, .generated, .n, .sources { color: var(--muted); }
        #filter-box { position: sticky; top: 0; padding: .5rem 0; background: Canvas; }
        #filter { width: 20rem; max-width: 70%; font: inherit; padding: .25rem .5rem; }
        h3 { font-size: 1.05rem; margin: 1.5rem 0 .25rem; }
        nav summary { font-weight: 600; }
        nav ol { columns: 2; column-gap: 2.5rem; font-size: .9rem; margin-top: .25rem; }
        nav li { break-inside: avoid; }
        .up, .path { color: var(--muted); margin: .25rem 0; }
        pre { font-size: .85em; overflow-x: auto; padding: .4rem .6rem; margin: .3rem 0; border-left: 3px solid var(--line); }
        .facts { padding-left: 1.2rem; }
        .fact { margin: .35rem 0; }
        .fact.conflicted { border-left: 3px solid var(--accent); padding-left: .5rem; }
        .mark { color: var(--accent); font-weight: 600; white-space: nowrap; text-decoration: none; }
        .sources { font-size: .8rem; }
        code { font-size: .85em; overflow-wrap: anywhere; }
        table { border-collapse: collapse; font-size: .85rem; width: 100%; }
        th, td { border: 1px solid var(--line); padding: .2rem .4rem; text-align: left; vertical-align: top; }
        .conflicts > li { margin: 1rem 0; }
        .conflicts .error strong { color: #b91c1c; }
        .conflicts .warning strong { color: var(--accent); }
        .hidden { display: none; }
        @media print {
          #filter-box, nav { display: none; }
          body { margin: 0; max-width: none; font-size: 11pt; }
          .fact, tr, .conflicts > li { break-inside: avoid; }
          pre { white-space: pre-wrap; }
          details.claims > summary { display: none; }
          a { color: inherit; text-decoration: none; }
        }
        """

    static let script = """
        (function () {
          var box = document.getElementById("filter-box"), input = document.getElementById("filter");
          var count = document.getElementById("filter-count");
          var facts = Array.prototype.slice.call(document.querySelectorAll("li.fact"));
          var sections = Array.prototype.slice.call(document.querySelectorAll("section.section, section.source"));
          var texts = facts.map(function (li) { return li.textContent.toLowerCase(); });
          box.hidden = false;
          function apply() {
            var started = performance.now();
            var words = input.value.toLowerCase().split(/\\s+/).filter(Boolean), shown = 0;
            facts.forEach(function (li, i) {
              var match = words.every(function (w) { return texts[i].indexOf(w) >= 0; });
              li.classList.toggle("hidden", !match);
              if (match) { shown += 1; }
            });
            sections.forEach(function (section) {
              section.classList.toggle("hidden", !section.querySelector("li.fact:not(.hidden)"));
            });
            count.textContent = words.length ? shown + " of " + facts.length + " facts" : "";
            // How long the filter took, for Scripts/check_html.sh.
            document.body.setAttribute("data-filter-ms", (performance.now() - started).toFixed(1));
          }
          input.addEventListener("input", apply);
          // A filter in the address (page.html?filter=snapstart) is applied on load.
          var initial = new URLSearchParams(window.location.search).get("filter");
          if (initial) { input.value = initial; apply(); }
          document.body.setAttribute("data-ready-ms", performance.now().toFixed(1));
        })();
        """
}
