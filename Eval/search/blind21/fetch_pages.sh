#!/usr/bin/env bash
# Fetches the three real FAQ pages the blind21 queries are written against (not kept in the
# repository: they belong to their projects), laid out as the queries name them:
#   OUT/abcde/FAQ.txt (abcde)     OUT/grace/FAQ.html (grace)     OUT/cryptsetup/FAQ.md (cryptsetup)
# Usage: bash fetch_pages.sh [OUT]      (default /tmp/kb-faq-pages-21)
# Needs apt-get (Debian 12) and dpkg; downloads and unpacks into a temporary folder inside OUT,
# which it deletes when it is done.
set -euo pipefail
OUT=${1:-/tmp/kb-faq-pages-21}
mkdir -p "$OUT/abcde" "$OUT/grace" "$OUT/cryptsetup"
OUT=$(cd "$OUT" && pwd)
TMP=$(mktemp -d "$OUT/.fetch.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$TMP/debs" "$TMP/x"
cd "$TMP/debs"
for package in abcde grace cryptsetup; do
    apt-get download "$package" >/dev/null 2>"$TMP/apt-get.err" || { cat "$TMP/apt-get.err" >&2; exit 1; }
    dpkg -x "$(ls "${package}"_*.deb | head -n 1)" "$TMP/x"
done
# abcde ships its FAQ gzip-compressed with no extension of its own: stored decompressed, with
# .txt added. cryptsetup ships FAQ.md.gz: stored decompressed as FAQ.md. grace's FAQ.html is
# copied unchanged.
gzip -dc "$TMP/x/usr/share/doc/abcde/FAQ.gz" > "$OUT/abcde/FAQ.txt"
cp "$TMP/x/usr/share/doc/grace/FAQ.html" "$OUT/grace/FAQ.html"
gzip -dc "$TMP/x/usr/share/doc/cryptsetup/FAQ.md.gz" > "$OUT/cryptsetup/FAQ.md"
echo "fetch_pages: $(find "$OUT" -type f \( -name '*.txt' -o -name '*.md' -o -name '*.htm' -o -name '*.html' \) -not -path "$TMP/*" | wc -l) pages in $OUT"
