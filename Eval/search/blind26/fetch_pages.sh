#!/usr/bin/env bash
# Fetches the three real FAQ pages the blind26 queries are written against (not kept in the
# repository: they belong to their projects), laid out as the queries name them:
#   OUT/wmaker/FAQ.txt (wmaker-common)     OUT/rdiff-backup/FAQ.adoc (rdiff-backup)
#   OUT/sylpheed/sylpheed-faq-2.html (sylpheed-doc)
# Usage: bash fetch_pages.sh [OUT]      (default /tmp/kb-faq-pages-26)
# Needs apt-get (Debian 12) and dpkg; downloads and unpacks into a temporary folder inside OUT,
# which it deletes when it is done.
set -euo pipefail
OUT=${1:-/tmp/kb-faq-pages-26}
mkdir -p "$OUT/wmaker" "$OUT/rdiff-backup" "$OUT/sylpheed"
OUT=$(cd "$OUT" && pwd)
TMP=$(mktemp -d "$OUT/.fetch.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$TMP/debs" "$TMP/x"
cd "$TMP/debs"
for package in wmaker-common rdiff-backup sylpheed-doc; do
    apt-get download "$package" >/dev/null 2>"$TMP/apt-get.err" || { cat "$TMP/apt-get.err" >&2; exit 1; }
    dpkg -x "$(ls "${package}"_*.deb | head -n 1)" "$TMP/x"
done
# wmaker-common ships the Window Maker FAQ (plain text) gzip-compressed with no extension of its
# own: stored decompressed, with .txt added. rdiff-backup ships its FAQ (AsciiDoc source)
# gzip-compressed as FAQ.adoc.gz: stored decompressed, under its own name. The English Sylpheed
# FAQ chapter 2 (HTML made by SGML-Tools 1.0.9) is copied unchanged.
gzip -dc "$TMP/x/usr/share/doc/wmaker-common/FAQ.gz" > "$OUT/wmaker/FAQ.txt"
gzip -dc "$TMP/x/usr/share/doc/rdiff-backup/FAQ.adoc.gz" > "$OUT/rdiff-backup/FAQ.adoc"
cp "$TMP/x/usr/share/doc/sylpheed-doc/FAQ/en/sylpheed-faq-2.html" "$OUT/sylpheed/sylpheed-faq-2.html"
echo "fetch_pages: $(find "$OUT" -type f \( -name '*.txt' -o -name '*.adoc' -o -name '*.htm' -o -name '*.html' \) -not -path "$TMP/*" | wc -l) pages in $OUT"
