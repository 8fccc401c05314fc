#!/usr/bin/env bash
# Fetches the three real FAQ pages the blind10 search queries are written against (not kept in the
# repository: they belong to their projects), laid out as the queries name them:
#   OUT/putty-doc/AppendixA.html (putty-doc)     OUT/shorewall-doc/FAQ.htm (shorewall-doc)
#   OUT/python-psycopg2-doc/faq.html (python-psycopg2-doc)
# Usage: bash fetch_pages.sh [OUT]      (default /tmp/kb-faq-pages-10)
# Needs apt-get (Debian 12) and dpkg; downloads into OUT.cache/ and reuses it on reruns.
set -euo pipefail
OUT=$(realpath -m "${1:-/tmp/kb-faq-pages-10}")   # absolute: the script cds into the cache
CACHE="$OUT.cache"
mkdir -p "$OUT/putty-doc" "$OUT/shorewall-doc" "$OUT/python-psycopg2-doc" "$CACHE/debs" "$CACHE/x"
cd "$CACHE/debs"
for package in putty-doc shorewall-doc python-psycopg2-doc; do
    ls "${package}"_*.deb >/dev/null 2>&1 || apt-get download "$package" >/dev/null
    dpkg -x "$(ls "${package}"_*.deb | head -n 1)" "$CACHE/x"
done
# putty-doc's FAQ is Appendix A of the PuTTY manual (one HTML file per chapter, no html/ folder)
cp "$CACHE/x/usr/share/doc/putty-doc/AppendixA.html" "$OUT/putty-doc/AppendixA.html"
# shorewall-doc's pages end in .htm, not .html
cp "$CACHE/x/usr/share/doc/shorewall-doc/html/FAQ.htm" "$OUT/shorewall-doc/FAQ.htm"
cp "$CACHE/x/usr/share/doc/python-psycopg2-doc/html/faq.html" "$OUT/python-psycopg2-doc/faq.html"
echo "fetch_pages: $(find "$OUT" -name '*.htm*' | wc -l) pages in $OUT"
