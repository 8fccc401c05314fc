#!/usr/bin/env bash
# Fetches the three real FAQ pages the search3 queries are written against (not kept in the
# repository: they belong to their projects), laid out as the queries name them:
#   OUT/xfig-doc/faq.html (xfig-doc)     OUT/getmail6/faq.html (getmail6)
#   OUT/swish-e/swish-faq.html (swish-e)
# Usage: bash fetch_pages.sh [OUT]      (default /tmp/kb-faq-pages-16)
# Needs apt-get (Debian 12) and dpkg; downloads and unpacks into a temporary folder inside OUT,
# which it deletes when it is done.
set -euo pipefail
OUT=${1:-/tmp/kb-faq-pages-16}
mkdir -p "$OUT/xfig-doc" "$OUT/getmail6" "$OUT/swish-e"
OUT=$(cd "$OUT" && pwd)
TMP=$(mktemp -d "$OUT/.fetch.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$TMP/debs" "$TMP/x"
cd "$TMP/debs"
for package in xfig-doc getmail6 swish-e; do
    apt-get download "$package" >/dev/null 2>"$TMP/apt-get.err" || { cat "$TMP/apt-get.err" >&2; exit 1; }
    dpkg -x "$(ls "${package}"_*.deb | head -n 1)" "$TMP/x"
done
# xfig-doc installs its HTML manual under /usr/share/doc/xfig/ (without -doc)
cp "$TMP/x/usr/share/doc/xfig/html/faq.html" "$OUT/xfig-doc/faq.html"
cp "$TMP/x/usr/share/doc/getmail6/faq.html" "$OUT/getmail6/faq.html"
cp "$TMP/x/usr/share/doc/swish-e/html/swish-faq.html" "$OUT/swish-e/swish-faq.html"
echo "fetch_pages: $(find "$OUT" -name '*.html' -not -path "$TMP/*" | wc -l) pages in $OUT"
