import KBModel
import KBText
/// The fact sheet as one self-contained HTML page: no external CSS, scripts, fonts or images;
/// readable without JavaScript; with JavaScript a filter box narrows the facts as you type. Print
/// styling drops the filter and keeps facts whole. All corpus text is escaped.
public struct HTMLExporter: Exporter {
    public init() {}

    public func render(_ sheet: FactSheet) -> [(name: String, contents: String)] {
        let e = Self.escape
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(e(sheet.title))</title>
            <style>
            \(Self.style)
            </style>
            </head>
            <body>
            <header>
            <h1>\(e(sheet.title))</h1>

            """
        let summary = sheet.summary
        out += "<p class=\"summary\">\(summary.facts) facts from \(summary.answers) answers in \(summary.sources) source(s) "
        out += "(\(summary.duplicatesMerged) duplicate answers merged), \(summary.claims) numeric claims, "
        out += "<a href=\"#conflicts\">\(summary.conflicts) conflict(s)</a>.</p>\n"
        if let generated = sheet.generated { out += "<p class=\"generated\">Generated \(e(generated)).</p>\n" }
        out += """
            <div id="filter-box" hidden><label for="filter">Filter facts</label> \
            <input type="search" id="filter" placeholder="words that must all appear" autocomplete="off"> \
            <span id="filter-count" aria-live="polite"></span></div>
            </header>
            <nav><h2>Topics</h2><ol>

            """
        for (index, section) in sheet.sections.enumerated() {
            out += "<li><a href=\"#topic-\(index + 1)\">\(e(section.topic))</a> <span class=\"n\">(\(section.facts.count))</span></li>\n"
        }
        out += "</ol></nav>\n<main>\n"
        for (index, section) in sheet.sections.enumerated() {
            out += "<section class=\"topic\" id=\"topic-\(index + 1)\">\n<h2>\(e(section.topic))</h2>\n"
            for question in section.questions { out += "<p class=\"question\">Q: \(e(question))</p>\n" }
            out += "<ul class=\"facts\">\n"
            for fact in section.facts {
                let marked = fact.conflicts.isEmpty ? "" : " conflicted"
                out += "<li class=\"fact\(marked)\" id=\"\(e(fact.id))\">\(e(fact.text))"
                for number in fact.conflicts {
                    out += " <a class=\"mark\" href=\"#conflict-\(number)\" title=\"conflict \(number)\">⚠ conflict \(number)</a>"
                }
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
        out += "</main>\n<section id=\"conflicts\">\n<h2>Conflicts</h2>\n"
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
        out += "</section>\n<script>\n\(Self.script)\n</script>\n</body>\n</html>\n"
        return [("", out)]
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
        nav ol { columns: 2; column-gap: 2.5rem; font-size: .9rem; }
        nav li { break-inside: avoid; }
        .question { font-style: italic; margin: .25rem 0; }
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
          details.claims > summary { display: none; }
          a { color: inherit; text-decoration: none; }
        }
        """

    static let script = """
        (function () {
          var box = document.getElementById("filter-box"), input = document.getElementById("filter");
          var count = document.getElementById("filter-count");
          var facts = Array.prototype.slice.call(document.querySelectorAll("li.fact"));
          var sections = Array.prototype.slice.call(document.querySelectorAll("section.topic"));
          var texts = facts.map(function (li) { return li.textContent.toLowerCase(); });
          box.hidden = false;
          function apply() {
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
          }
          input.addEventListener("input", apply);
          // A filter in the address (page.html?filter=snapstart) is applied on load.
          var initial = new URLSearchParams(window.location.search).get("filter");
          if (initial) { input.value = initial; apply(); }
        })();
        """
}
