#!/usr/bin/env bash
# Fetches the three real FAQ pages the blind16 search queries are written against (not kept in the
# repository: they belong to their projects), laid out as the queries name them:
#   OUT/nano/faq.html (nano)     OUT/privoxy/trouble.html (privoxy)     OUT/w3m/FAQ.html (w3m)
# Usage: bash fetch_pages.sh [OUT]      (default /tmp/kb-faq-pages-16b)
# Needs apt-get (Debian 12) and dpkg; downloads into CACHE (default OUT.cache/) and reuses it on reruns.
set -euo pipefail
OUT=${1:-/tmp/kb-faq-pages-16b}
CACHE=${CACHE:-"$OUT.cache"}
mkdir -p "$OUT/nano" "$OUT/privoxy" "$OUT/w3m" "$CACHE/debs" "$CACHE/x"
cd "$CACHE/debs"
for package in nano privoxy w3m; do
    ls "${package}"_*.deb >/dev/null 2>&1 || apt-get download "$package" >/dev/null
    dpkg -x "$(ls "${package}"_*.deb | head -n 1)" "$CACHE/x"
done
cp "$CACHE/x/usr/share/doc/nano/faq.html" "$OUT/nano/faq.html"
# privoxy's FAQ is split into one DocBook page per chapter; this is chapter 5, Troubleshooting
cp "$CACHE/x/usr/share/doc/privoxy/faq/trouble.html" "$OUT/privoxy/trouble.html"
cp "$CACHE/x/usr/share/doc/w3m/FAQ.html" "$OUT/w3m/FAQ.html"
echo "fetch_pages: $(find "$OUT" -name '*.html' | wc -l) pages in $OUT"
