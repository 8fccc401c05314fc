#!/usr/bin/env bash
# Fetches the three real FAQ pages the blind9 search queries are written against (not kept in the
# repository: they belong to their projects), laid out as the queries name them:
#   OUT/borgbackup-doc/faq.html (borgbackup-doc)     OUT/libxml2-doc/FAQ.html (libxml2-doc)
#   OUT/harden-doc/ch12.html (harden-doc, the FAQ chapter of the Securing Debian Manual)
# Usage: bash fetch_pages.sh [OUT]      (default /tmp/kb-faq-pages-9)
# Needs apt-get (Debian 12) and dpkg; downloads into OUT.cache/ and reuses it on reruns.
set -euo pipefail
OUT=${1:-/tmp/kb-faq-pages-9}
CACHE="$OUT.cache"
mkdir -p "$OUT/borgbackup-doc" "$OUT/libxml2-doc" "$OUT/harden-doc" "$CACHE/debs" "$CACHE/x"
cd "$CACHE/debs"
for package in borgbackup-doc libxml2-doc harden-doc; do
    ls "${package}"_*.deb >/dev/null 2>&1 || apt-get download "$package" >/dev/null
    dpkg -x "$(ls "${package}"_*.deb | head -n 1)" "$CACHE/x"
done
# borgbackup-doc installs its HTML under /usr/share/doc/borgbackup/, without the -doc suffix
cp "$CACHE/x/usr/share/doc/borgbackup/html/faq.html" "$OUT/borgbackup-doc/faq.html"
# /usr/share/doc/libxml2-doc/FAQ.html is a symlink to ../libxml2/html/FAQ.html: copy the real file
cp "$CACHE/x/usr/share/doc/libxml2/html/FAQ.html" "$OUT/libxml2-doc/FAQ.html"
# chapter 12 "Frequently asked Questions (FAQ)" of the Securing Debian Manual (English), sections 12.1.*
cp "$CACHE/x/usr/share/doc/harden-doc/html/en-US/ch12.html" "$OUT/harden-doc/ch12.html"
echo "fetch_pages: $(find "$OUT" -name '*.html' | wc -l) pages in $OUT"
