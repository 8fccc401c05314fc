#!/usr/bin/env bash
# Fetches the two real FAQ pages the blind2 search queries are written against (not kept in the
# repository: they belong to their projects), laid out as the queries name them:
#   OUT/git-doc/gitfaq.html (git-doc)    OUT/fetchmail/fetchmail-FAQ.html (fetchmail)
# Usage: bash Eval/search/blind2/fetch_pages.sh [OUT]      (default /tmp/kb-faq-pages-2)
# Needs apt-get (Debian 12) and dpkg; downloads into OUT.cache/ and reuses it on reruns.
set -euo pipefail
OUT=${1:-/tmp/kb-faq-pages-2}
CACHE="$OUT.cache"
mkdir -p "$OUT/git-doc" "$OUT/fetchmail" "$CACHE/debs" "$CACHE/x"
cd "$CACHE/debs"
for package in git-doc fetchmail; do
    ls "${package}"_*.deb >/dev/null 2>&1 || apt-get download "$package" >/dev/null
    dpkg -x "$(ls "${package}"_*.deb | head -n 1)" "$CACHE/x"
done
cp "$CACHE/x/usr/share/doc/git-doc/gitfaq.html" "$OUT/git-doc/gitfaq.html"
cp "$CACHE/x/usr/share/doc/fetchmail/fetchmail-FAQ.html" "$OUT/fetchmail/fetchmail-FAQ.html"
echo "fetch_pages: $(find "$OUT" -name '*.html' | wc -l) pages in $OUT"
