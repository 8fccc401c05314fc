#!/usr/bin/env bash
# Fetches the three real FAQ pages the blind4 search queries are written against (not kept in the
# repository: they belong to their projects), laid out as the queries name them:
#   OUT/r-doc-html/R-FAQ.html (r-doc-html)     OUT/graphviz-doc/FAQ.html (graphviz-doc)
#   OUT/apache2-doc/ssl_faq.html (apache2-doc, the English mod_ssl FAQ)
# Usage: bash Eval/search/blind4/fetch_pages.sh [OUT]      (default /tmp/kb-faq-pages-4)
# Needs apt-get (Debian 12) and dpkg; downloads into OUT.cache/ and reuses it on reruns.
set -euo pipefail
OUT=${1:-/tmp/kb-faq-pages-4}
CACHE="$OUT.cache"
mkdir -p "$OUT/r-doc-html" "$OUT/graphviz-doc" "$OUT/apache2-doc" "$CACHE/debs" "$CACHE/x"
cd "$CACHE/debs"
for package in r-doc-html graphviz-doc apache2-doc; do
    ls "${package}"_*.deb >/dev/null 2>&1 || apt-get download "$package" >/dev/null
    dpkg -x "$(ls "${package}"_*.deb | head -n 1)" "$CACHE/x"
done
# /usr/share/doc/r-doc-html/manual/R-FAQ.html is a symlink to this file
cp "$CACHE/x/usr/share/R/doc/manual/R-FAQ.html" "$OUT/r-doc-html/R-FAQ.html"
cp "$CACHE/x/usr/share/doc/graphviz/html/FAQ.html" "$OUT/graphviz-doc/FAQ.html"
cp "$CACHE/x/usr/share/doc/apache2-doc/manual/en/ssl/ssl_faq.html" "$OUT/apache2-doc/ssl_faq.html"
echo "fetch_pages: $(find "$OUT" -name '*.html' | wc -l) pages in $OUT"
