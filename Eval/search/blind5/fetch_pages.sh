#!/usr/bin/env bash
# Fetches the three real FAQ pages the blind5 search queries are written against (not kept in the
# repository: they belong to their projects), laid out as the queries name them:
#   OUT/awstats/awstats_faq.html (awstats)     OUT/icewm-common/IceWM-FAQ.html (icewm-common)
#   OUT/courier-doc/FAQ.html (courier-doc, the Courier mail server FAQ)
# Usage: bash Eval/search/blind5/fetch_pages.sh [OUT]      (default /tmp/kb-faq-pages-5)
# Needs apt-get (Debian 12) and dpkg; downloads into OUT.cache/ and reuses it on reruns.
set -euo pipefail
OUT=${1:-/tmp/kb-faq-pages-5}
CACHE="$OUT.cache"
mkdir -p "$OUT/awstats" "$OUT/icewm-common" "$OUT/courier-doc" "$CACHE/debs" "$CACHE/x"
cd "$CACHE/debs"
for package in awstats icewm-common courier-doc; do
    ls "${package}"_*.deb >/dev/null 2>&1 || apt-get download "$package" >/dev/null
    dpkg -x "$(ls "${package}"_*.deb | head -n 1)" "$CACHE/x"
done
cp "$CACHE/x/usr/share/doc/awstats/html/awstats_faq.html" "$OUT/awstats/awstats_faq.html"
# /usr/share/doc/icewm-common/FAQ/index.html is a symlink to this file
cp "$CACHE/x/usr/share/doc/icewm-common/FAQ/IceWM-FAQ.html" "$OUT/icewm-common/IceWM-FAQ.html"
cp "$CACHE/x/usr/share/doc/courier-doc/html/FAQ.html" "$OUT/courier-doc/FAQ.html"
echo "fetch_pages: $(find "$OUT" -name '*.html' | wc -l) pages in $OUT"
