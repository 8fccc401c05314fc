#!/usr/bin/env bash
# Fetches the three real FAQ pages the blind25 search queries are written against (not kept in
# the repository: they belong to their projects), laid out as the queries name them:
#   OUT/lsof/00FAQ.txt (lsof)     OUT/gettext/FAQ.html (gettext-doc)
#   OUT/lmod/040_FAQ.rst.txt (lmod-doc)
# Usage: bash fetch_pages.sh [OUT]      (default /tmp/kb-faq-pages-25)
# Needs apt-get (Debian 12) and dpkg; downloads and unpacks into a temporary folder inside OUT,
# which it deletes when it is done.
set -euo pipefail
OUT=${1:-/tmp/kb-faq-pages-25}
mkdir -p "$OUT/lsof" "$OUT/gettext" "$OUT/lmod"
OUT=$(cd "$OUT" && pwd)
TMP=$(mktemp -d "$OUT/.fetch.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$TMP/debs" "$TMP/x"
cd "$TMP/debs"
for package in lsof gettext-doc lmod-doc; do
    apt-get download "$package" >/dev/null 2>"$TMP/apt-get.err" || { cat "$TMP/apt-get.err" >&2; exit 1; }
    dpkg -x "$(ls "${package}"_*.deb | head -n 1)" "$TMP/x"
done
# lsof ships its FAQ gzip-compressed as 00FAQ.gz, with no extension of its own: stored
# decompressed, with .txt added. The gettext FAQ (HTML) and the Lmod FAQ (the reStructuredText
# source that lmod-doc ships beside its HTML manual, already named .rst.txt) are copied unchanged.
gzip -dc "$TMP/x/usr/share/doc/lsof/00FAQ.gz" > "$OUT/lsof/00FAQ.txt"
cp "$TMP/x/usr/share/doc/gettext/FAQ.html" "$OUT/gettext/FAQ.html"
cp "$TMP/x/usr/share/doc/lmod/html/_sources/040_FAQ.rst.txt" "$OUT/lmod/040_FAQ.rst.txt"
echo "fetch_pages: $(find "$OUT" -type f \( -name '*.txt' -o -name '*.md' -o -name '*.htm' -o -name '*.html' \) -not -path "$TMP/*" | wc -l) pages in $OUT"
