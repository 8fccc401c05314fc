#!/usr/bin/env bash
# Fetches the three real FAQ pages the blind7 search queries are written against (not kept in the
# repository: they belong to their projects), laid out as the queries name them:
#   OUT/nut-doc/FAQ.html (nut-doc)     OUT/docutils-doc/FAQ.html (docutils-doc)
#   OUT/doxygen-doc/faq.html (doxygen-doc)
# Usage: bash fetch_pages.sh [OUT]      (default /tmp/kb-faq-pages-7)
# Needs apt-get (Debian 12) and dpkg; downloads into OUT.cache/ and reuses it on reruns.
set -euo pipefail
OUT=${1:-/tmp/kb-faq-pages-7}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
CACHE="$OUT.cache"
mkdir -p "$OUT/nut-doc" "$OUT/docutils-doc" "$OUT/doxygen-doc" "$CACHE/debs" "$CACHE/x"
cd "$CACHE/debs"
for package in nut-doc docutils-doc doxygen-doc; do
    ls "${package}"_*.deb >/dev/null 2>&1 || apt-get download "$package" >/dev/null
    dpkg -x "$(ls "${package}"_*.deb | head -n 1)" "$CACHE/x"
done
cp "$CACHE/x/usr/share/doc/nut-doc/html/FAQ.html" "$OUT/nut-doc/FAQ.html"
# docutils-doc keeps FAQ.html at the top of its doc folder (python3-docutils/FAQ.html is a symlink to it)
cp "$CACHE/x/usr/share/doc/docutils-doc/FAQ.html" "$OUT/docutils-doc/FAQ.html"
# doxygen-doc installs its HTML under /usr/share/doc/doxygen/, without the -doc suffix
cp "$CACHE/x/usr/share/doc/doxygen/html/faq.html" "$OUT/doxygen-doc/faq.html"
echo "fetch_pages: $(find "$OUT" -name '*.html' | wc -l) pages in $OUT"
