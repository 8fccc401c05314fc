#!/usr/bin/env bash
# Fetches the three real FAQ pages the blind15 search queries are written against (not kept in the
# repository: they belong to their projects), laid out as the queries name them:
#   OUT/awstats/awstats_faq.html (awstats)     OUT/valgrind/faq.html (valgrind)
#   OUT/w3m/FAQ.html (w3m)
# Usage: bash fetch_pages.sh [OUT]      (default /tmp/kb-faq-pages-15)
# Needs apt-get (Debian 12) and dpkg. Downloads and unpacks into a temporary folder, which it
# removes on exit, so it writes nothing outside OUT.
set -euo pipefail
OUT=${1:-/tmp/kb-faq-pages-15}
CACHE=$(mktemp -d)
trap 'rm -rf "$CACHE"' EXIT
mkdir -p "$OUT/awstats" "$OUT/valgrind" "$OUT/w3m" "$CACHE/debs" "$CACHE/x"
cd "$CACHE/debs"
for package in awstats valgrind w3m; do
    apt-get download "$package" >/dev/null
    dpkg -x "$(ls "${package}"_*.deb | head -n 1)" "$CACHE/x"
done
cp "$CACHE/x/usr/share/doc/awstats/html/awstats_faq.html" "$OUT/awstats/awstats_faq.html"
# valgrind's html/ also has FAQ.html (capital letters), a short page that only links to faq.html
cp "$CACHE/x/usr/share/doc/valgrind/html/faq.html" "$OUT/valgrind/faq.html"
cp "$CACHE/x/usr/share/doc/w3m/FAQ.html" "$OUT/w3m/FAQ.html"
echo "fetch_pages: $(find "$OUT" -name '*.html' | wc -l) pages in $OUT"
