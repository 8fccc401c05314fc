"""Lists the FAQ headings of the three pages as the queries name them: tags removed, entities
decoded, whitespace collapsed, section numbers and "Q." labels left out.
- abcde/FAQ.txt: plain text with "Q."/"A." labels. A line in column 0 underlined by a line of
  "=" (indented by 3 spaces, "0. INTRODUCTION" ... "6. MISC PROBLEMS") or of "-" ("OBSOLETE") is
  a group heading ("group", listed as written, number included: two groups are numbered "4.").
  Each line that starts with "Q. " is a question ("q"): the "Q. " label is dropped and its
  continuation lines (indented by 3 spaces, up to the "A. " line) are joined with one space.
- grace/FAQ.html: LinuxDoc-Tools HTML 3.2 (upper-case tags). Every <H1>-<H6> is listed. Group
  and question headings are both <H2>, told apart only by their number: "N. text" is a group
  ("group", the table of contents repeats the ten of them before the body), "N.M text" is a
  question ("q"); the number is dropped. The <H1> (title) and the <H2> "by the Grace Team" have
  no number and are listed as "h1" / "h2".
- cryptsetup/FAQ.md: Markdown. Each ATX heading ("# ...", all level 1) outside ``` fences is
  listed: "N. text" or "A. text" as "group" (number dropped), the others ("# Frequently Asked
  Questions Cryptsetup/LUKS", "# Sections") as "h1". The questions are not headings but list
  items in bold, "  * **N.M text**" (one "?" stands after the closing "**"): those with a number
  are listed as "q" (number dropped, "**" removed), the unnumbered bold items of section 11
  (reference lists) as "item". Page order."""
import html, re, pathlib

ROOT = pathlib.Path(__file__).resolve().parent / "pages"
PAGES = {"abcde/FAQ.txt": "ascii", "grace/FAQ.html": "ascii", "cryptsetup/FAQ.md": "ascii"}

def squash(s):
    return " ".join(s.split())

def abcde_headings(text):
    lines = text.split("\n")
    out = []
    i = 0
    while i < len(lines):
        line = lines[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if line.startswith("Q. "):
            parts = [line[3:]]
            while i + 1 < len(lines) and lines[i + 1].strip() and not lines[i + 1].startswith("A. "):
                i += 1
                parts.append(lines[i])
            out.append(("q", squash(" ".join(parts))))
        elif re.match(r"^\S", line) and re.match(r"^\s*(=+|-{3,})\s*$", nxt):
            out.append(("group", squash(line)))
        i += 1
    return out

def clean(s):
    return squash(html.unescape(re.sub(r"<[^>]+>", "", s)))

def grace_headings(text):
    out = []
    for m in re.finditer(r"<(h[1-6])\b[^>]*>(.*?)</\1\s*>", text, re.S | re.I):
        h = clean(m.group(2))
        num = re.match(r"^(\d+(?:\.\d+)*)\.?\s+(.*)$", h)
        if num and "." in num.group(1):
            out.append(("q", num.group(2)))
        elif num:
            out.append(("group", num.group(2)))
        else:
            out.append((m.group(1).lower(), h))
    return out

def cryptsetup_headings(text):
    out = []
    fence = False
    for line in text.split("\n"):
        if line.strip().startswith("```"):
            fence = not fence
            continue
        if fence:
            continue
        m = re.match(r"^#+\s+(.*)$", line)
        if m:
            h = squash(m.group(1))
            num = re.match(r"^(?:\d+|[A-Z])\.\s+(.*)$", h)
            out.append(("group", num.group(1)) if num else ("h1", h))
            continue
        m = re.match(r"^\s*\*\s+\*\*(.*)$", line)
        if m:
            h = squash(m.group(1).replace("**", ""))
            num = re.match(r"^\d+\.\d+\s+(.*)$", h)
            out.append(("q", num.group(1)) if num else ("item", h))
    return out

def headings(page):
    text = (ROOT / page).read_text(encoding=PAGES[page])
    if page.startswith("abcde/"):
        return abcde_headings(text)
    if page.startswith("grace/"):
        return grace_headings(text)
    return cryptsetup_headings(text)

if __name__ == "__main__":
    for page in PAGES:
        for level, h in headings(page):
            print(page, level, h)
