#!/usr/bin/env bash
# Fetches the three real FAQ pages the blind3 search queries are written against (not kept in the
# repository: they belong to their projects), laid out as the queries name them:
#   OUT/ffmpeg-doc/faq.html (ffmpeg-doc)    OUT/xterm/xterm.faq.html (xterm)
#   OUT/privoxy/configuration.html (privoxy, chapter 3 of its FAQ)
# Usage: bash Eval/search/blind3/fetch_pages.sh [OUT]      (default /tmp/kb-faq-pages-3)
# Needs apt-get (Debian 12) and dpkg; downloads into OUT.cache/ and reuses it on reruns.
set -euo pipefail
OUT=${1:-/tmp/kb-faq-pages-3}
CACHE="$OUT.cache"
mkdir -p "$OUT/ffmpeg-doc" "$OUT/xterm" "$OUT/privoxy" "$CACHE/debs" "$CACHE/x"
cd "$CACHE/debs"
for package in ffmpeg-doc xterm privoxy; do
    ls "${package}"_*.deb >/dev/null 2>&1 || apt-get download "$package" >/dev/null
    dpkg -x "$(ls "${package}"_*.deb | head -n 1)" "$CACHE/x"
done
cp "$CACHE/x/usr/share/doc/ffmpeg/manual/faq.html" "$OUT/ffmpeg-doc/faq.html"
cp "$CACHE/x/usr/share/doc/xterm/xterm.faq.html" "$OUT/xterm/xterm.faq.html"
cp "$CACHE/x/usr/share/doc/privoxy/faq/configuration.html" "$OUT/privoxy/configuration.html"
echo "fetch_pages: $(find "$OUT" -name '*.html' | wc -l) pages in $OUT"
