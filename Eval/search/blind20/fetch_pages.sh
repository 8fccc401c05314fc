#!/usr/bin/env bash
# Fetches the three real FAQ pages the blind20 queries are written against (not kept in the
# repository: they belong to their projects), laid out as the queries name them:
#   OUT/rxvt-unicode/README.FAQ.txt (rxvt-unicode)     OUT/slrn/FAQ.txt (slrn)
#   OUT/python-pexpect-doc/FAQ.html (python-pexpect-doc)
# Usage: bash fetch_pages.sh [OUT]      (default /tmp/kb-faq-pages-20)
# Needs apt-get (Debian 12) and dpkg; downloads and unpacks into a temporary folder inside OUT,
# which it deletes when it is done.
set -euo pipefail
OUT=${1:-/tmp/kb-faq-pages-20}
mkdir -p "$OUT/rxvt-unicode" "$OUT/slrn" "$OUT/python-pexpect-doc"
OUT=$(cd "$OUT" && pwd)
TMP=$(mktemp -d "$OUT/.fetch.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$TMP/debs" "$TMP/x"
cd "$TMP/debs"
for package in rxvt-unicode slrn python-pexpect-doc; do
    apt-get download "$package" >/dev/null 2>"$TMP/apt-get.err" || { cat "$TMP/apt-get.err" >&2; exit 1; }
    dpkg -x "$(ls "${package}"_*.deb | head -n 1)" "$TMP/x"
done
# rxvt-unicode and slrn ship their FAQs gzip-compressed, with no extension of their own:
# stored decompressed, with .txt added
gzip -dc "$TMP/x/usr/share/doc/rxvt-unicode/README.FAQ.gz" > "$OUT/rxvt-unicode/README.FAQ.txt"
gzip -dc "$TMP/x/usr/share/doc/slrn/FAQ.gz" > "$OUT/slrn/FAQ.txt"
cp "$TMP/x/usr/share/doc/python-pexpect-doc/html/FAQ.html" "$OUT/python-pexpect-doc/FAQ.html"
echo "fetch_pages: $(find "$OUT" -type f \( -name '*.txt' -o -name '*.htm' -o -name '*.html' \) -not -path "$TMP/*" | wc -l) pages in $OUT"
