#!/usr/bin/env bash
# Fetches the real FAQ page the blind16 search2 queries are written against (not kept in the
# repository: it belongs to its project), laid out as the queries name it:
#   OUT/fetchmail/fetchmail-FAQ.html (fetchmail)
# Usage: bash fetch_pages.sh [OUT]      (default /tmp/kb-faq-pages-16c)
# Needs apt-get (Debian 12) and dpkg; downloads into OUT.cache/ and reuses it on reruns.
set -euo pipefail
OUT=${1:-/tmp/kb-faq-pages-16c}
CACHE="$OUT.cache"
mkdir -p "$OUT/fetchmail" "$CACHE/debs" "$CACHE/x"
cd "$CACHE/debs"
for package in fetchmail; do
    ls "${package}"_*.deb >/dev/null 2>&1 || apt-get download "$package" >/dev/null
    dpkg -x "$(ls "${package}"_*.deb | head -n 1)" "$CACHE/x"
done
# the FAQ ships in the program package itself (there is no fetchmail-doc), uncompressed
cp "$CACHE/x/usr/share/doc/fetchmail/fetchmail-FAQ.html" "$OUT/fetchmail/fetchmail-FAQ.html"
echo "fetch_pages: $(find "$OUT" -name '*.html' | wc -l) pages in $OUT"
