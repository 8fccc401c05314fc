#!/usr/bin/env bash
# Fetches the three real FAQ pages the blind29 queries are written against (not kept in the
# repository: they belong to their projects), laid out as the queries name them:
#   OUT/expect/FAQ.txt (expect)     OUT/httrack/faq.html (httrack-doc)     OUT/javacc/faq.md (javacc-doc)
# Usage: bash fetch_pages.sh [OUT]      (default /tmp/kb-faq-pages-29)
# Needs apt-get (Debian 12) and dpkg; downloads and unpacks into a temporary folder inside OUT,
# which it deletes when it is done.
set -euo pipefail
OUT=${1:-/tmp/kb-faq-pages-29}
mkdir -p "$OUT/expect" "$OUT/httrack" "$OUT/javacc"
OUT=$(cd "$OUT" && pwd)
TMP=$(mktemp -d "$OUT/.fetch.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$TMP/debs" "$TMP/x"
cd "$TMP/debs"
for package in expect httrack-doc javacc-doc; do
    apt-get download "$package" >/dev/null 2>"$TMP/apt-get.err" || { cat "$TMP/apt-get.err" >&2; exit 1; }
    dpkg -x "$(ls "${package}"_*.deb | head -n 1)" "$TMP/x"
done
# expect ships the Expect FAQ (plain text) gzip-compressed with no extension of its own:
# stored decompressed, with .txt added. httrack-doc ships the HTTrack FAQ as a hand-written
# HTML page (/usr/share/doc/httrack/html is a symlink to its folder): copied unchanged.
# javacc-doc ships the JavaCC FAQ as Markdown source, gzip-compressed: stored decompressed.
gzip -dc "$TMP/x/usr/share/doc/expect/FAQ.gz" > "$OUT/expect/FAQ.txt"
cp "$TMP/x/usr/share/httrack/html/faq.html" "$OUT/httrack/faq.html"
gzip -dc "$TMP/x/usr/share/doc/javacc/faq.md.gz" > "$OUT/javacc/faq.md"
echo "fetch_pages: $(find "$OUT" -type f \( -name '*.txt' -o -name '*.md' -o -name '*.htm' -o -name '*.html' \) -not -path "$TMP/*" | wc -l) pages in $OUT"
