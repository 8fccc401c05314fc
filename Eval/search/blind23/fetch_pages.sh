#!/usr/bin/env bash
# Fetches the three real FAQ pages the blind23 search queries are written against (not kept in the
# repository: they belong to their projects), laid out as the queries name them:
#   OUT/libcurl4-doc/FAQ.txt (libcurl4-doc)     OUT/graphicsmagick/FAQ.html (graphicsmagick)
#   OUT/kakoune/faq.asciidoc (kakoune)
# Usage: bash fetch_pages.sh [OUT]      (default /tmp/kb-faq-pages-23)
# Needs apt-get (Debian 12) and dpkg; downloads and unpacks into a temporary folder inside OUT,
# which it deletes when it is done.
set -euo pipefail
OUT=${1:-/tmp/kb-faq-pages-23}
mkdir -p "$OUT/libcurl4-doc" "$OUT/graphicsmagick" "$OUT/kakoune"
OUT=$(cd "$OUT" && pwd)
TMP=$(mktemp -d "$OUT/.fetch.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$TMP/debs" "$TMP/x"
cd "$TMP/debs"
for package in libcurl4-doc graphicsmagick kakoune; do
    apt-get download "$package" >/dev/null 2>"$TMP/apt-get.err" || { cat "$TMP/apt-get.err" >&2; exit 1; }
    dpkg -x "$(ls "${package}"_*.deb | head -n 1)" "$TMP/x"
done
# libcurl4-doc ships curl's FAQ gzip-compressed with no extension of its own: stored
# decompressed, with .txt added. graphicsmagick's FAQ.html (docutils HTML) and kakoune's
# faq.asciidoc (AsciiDoc source, read by the editor's :doc command) are copied unchanged.
gzip -dc "$TMP/x/usr/share/doc/libcurl4/FAQ.gz" > "$OUT/libcurl4-doc/FAQ.txt"
cp "$TMP/x/usr/share/doc/graphicsmagick/www/FAQ.html" "$OUT/graphicsmagick/FAQ.html"
cp "$TMP/x/usr/share/kak/doc/faq.asciidoc" "$OUT/kakoune/faq.asciidoc"
echo "fetch_pages: $(find "$OUT" -type f \( -name '*.txt' -o -name '*.html' -o -name '*.asciidoc' \) -not -path "$TMP/*" | wc -l) pages in $OUT"
