#!/usr/bin/env bash
# Fetches the three real FAQ pages the blind30 queries are written against (not kept in the
# repository: they belong to their projects), laid out as the queries name them:
#   OUT/sed/sedfaq.txt (sed)     OUT/xboard/FAQ.html (xboard)     OUT/sysstat/FAQ.md (sysstat)
# Usage: bash fetch_pages.sh [OUT]      (default /tmp/kb-faq-pages-30)
# Needs apt-get (Debian 12) and dpkg; downloads and unpacks into a temporary folder inside OUT,
# which it deletes when it is done.
set -euo pipefail
OUT=${1:-/tmp/kb-faq-pages-30}
mkdir -p "$OUT/sed" "$OUT/xboard" "$OUT/sysstat"
OUT=$(cd "$OUT" && pwd)
TMP=$(mktemp -d "$OUT/.fetch.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$TMP/debs" "$TMP/x"
cd "$TMP/debs"
for package in sed xboard sysstat; do
    apt-get download "$package" >/dev/null 2>"$TMP/apt-get.err" || { cat "$TMP/apt-get.err" >&2; exit 1; }
    dpkg -x "$(ls "${package}"_*.deb | head -n 1)" "$TMP/x"
done
# sed ships the sed FAQ (Eric Pement's Usenet FAQ, plain text) gzip-compressed as
# sedfaq.txt.gz: stored decompressed as sedfaq.txt. xboard ships its FAQ as a hand-written
# XHTML 1.0 page (a copy of the gnu.org page): copied unchanged. sysstat ships its FAQ as
# Markdown, gzip-compressed as FAQ.md.gz: stored decompressed as FAQ.md.
gzip -dc "$TMP/x/usr/share/doc/sed/sedfaq.txt.gz" > "$OUT/sed/sedfaq.txt"
cp "$TMP/x/usr/share/doc/xboard/FAQ.html" "$OUT/xboard/FAQ.html"
gzip -dc "$TMP/x/usr/share/doc/sysstat/FAQ.md.gz" > "$OUT/sysstat/FAQ.md"
echo "fetch_pages: $(find "$OUT" -type f \( -name '*.txt' -o -name '*.md' -o -name '*.htm' -o -name '*.html' \) -not -path "$TMP/*" | wc -l) pages in $OUT"
