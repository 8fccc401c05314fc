#!/usr/bin/env bash
# Fetches the two real FAQ pages the blind14 search queries are written against (not kept in the
# repository: they belong to their projects), laid out as the queries name them:
#   OUT/allegro4-doc/faq.html (allegro4-doc)     OUT/proftpd-doc/faq.html (proftpd-doc)
# Usage: bash Eval/search/blind14/fetch_pages.sh [OUT]      (default /tmp/kb-faq-pages-14)
# Needs apt-get (Debian 12) and dpkg; downloads into OUT.cache/ and reuses it on reruns.
set -euo pipefail
OUT=${1:-/tmp/kb-faq-pages-14}
# make OUT absolute before the cd below, so a relative OUT still lands where the caller meant
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
CACHE="$OUT.cache"
mkdir -p "$OUT/allegro4-doc" "$OUT/proftpd-doc" "$CACHE/debs" "$CACHE/x"
cd "$CACHE/debs"
for package in allegro4-doc proftpd-doc; do
    ls "${package}"_*.deb >/dev/null 2>&1 || apt-get download "$package" >/dev/null
    dpkg -x "$(ls "${package}"_*.deb | head -n 1)" "$CACHE/x"
done
cp "$CACHE/x/usr/share/doc/allegro4-doc/html/faq.html" "$OUT/allegro4-doc/faq.html"
cp "$CACHE/x/usr/share/doc/proftpd-doc/faq.html" "$OUT/proftpd-doc/faq.html"
echo "fetch_pages: $(find "$OUT" -name '*.html' | wc -l) pages in $OUT"
