#!/usr/bin/env bash
# Fetches the three real FAQ pages the blind12 search queries are written against (not kept in the
# repository: they belong to their projects), laid out as the queries name them:
#   OUT/nano/faq.html (nano)     OUT/bogofilter-common/bogofilter-faq.html (bogofilter-common)
#   OUT/dar-docs/FAQ.html (dar-docs)
# Usage: bash fetch_pages.sh [OUT]      (default /tmp/kb-faq-pages-12)
# Needs apt-get (Debian 12) and dpkg; downloads into OUT.cache/ and reuses it on reruns.
set -euo pipefail
OUT=${1:-/tmp/kb-faq-pages-12}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)            # absolute, so the cd below does not break a relative OUT
CACHE="$OUT.cache"
mkdir -p "$OUT/nano" "$OUT/bogofilter-common" "$OUT/dar-docs" "$CACHE/debs" "$CACHE/x"
cd "$CACHE/debs"
for package in nano bogofilter-common dar-docs; do
    ls "${package}"_*.deb >/dev/null 2>&1 || apt-get download "$package" >/dev/null
    dpkg -x "$(ls "${package}"_*.deb | head -n 1)" "$CACHE/x"
done
cp "$CACHE/x/usr/share/doc/nano/faq.html" "$OUT/nano/faq.html"
cp "$CACHE/x/usr/share/doc/bogofilter-common/bogofilter-faq.html" "$OUT/bogofilter-common/bogofilter-faq.html"
cp "$CACHE/x/usr/share/doc/dar-docs/FAQ.html" "$OUT/dar-docs/FAQ.html"
echo "fetch_pages: $(find "$OUT" -name '*.html' | wc -l) pages in $OUT"
