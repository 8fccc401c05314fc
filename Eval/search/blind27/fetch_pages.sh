#!/usr/bin/env bash
# Fetches the three real FAQ pages the blind27 queries are written against (not kept in the
# repository: they belong to their projects), laid out as the queries name them:
#   OUT/cvs/FAQ.txt (cvs)     OUT/mojolicious/FAQ.pod (libmojolicious-perl)
#   OUT/fontforge/faq.html (fontforge-doc)
# Usage: bash fetch_pages.sh [OUT]      (default /tmp/kb-faq-pages-27)
# Needs apt-get (Debian 12) and dpkg; downloads and unpacks into a temporary folder inside OUT,
# which it deletes when it is done.
set -euo pipefail
OUT=${1:-/tmp/kb-faq-pages-27}
mkdir -p "$OUT/cvs" "$OUT/mojolicious" "$OUT/fontforge"
OUT=$(cd "$OUT" && pwd)
TMP=$(mktemp -d "$OUT/.fetch.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$TMP/debs" "$TMP/x"
cd "$TMP/debs"
for package in cvs libmojolicious-perl fontforge-doc; do
    apt-get download "$package" >/dev/null 2>"$TMP/apt-get.err" || { cat "$TMP/apt-get.err" >&2; exit 1; }
    dpkg -x "$(ls "${package}"_*.deb | head -n 1)" "$TMP/x"
done
# cvs ships its FAQ (plain text, extracted from the old FAQ-O-Matic) gzip-compressed with no
# extension of its own: stored decompressed, with .txt added. libmojolicious-perl ships the
# Mojolicious::Guides::FAQ POD source uncompressed: copied unchanged. fontforge-doc ships the
# FontForge FAQ as HTML made by Sphinx (alabaster theme): copied unchanged.
gzip -dc "$TMP/x/usr/share/doc/cvs/FAQ.gz" > "$OUT/cvs/FAQ.txt"
cp "$TMP/x/usr/share/doc/libmojolicious-perl/Guides/FAQ.pod" "$OUT/mojolicious/FAQ.pod"
cp "$TMP/x/usr/share/doc/fontforge/faq.html" "$OUT/fontforge/faq.html"
echo "fetch_pages: $(find "$OUT" -type f \( -name '*.txt' -o -name '*.pod' -o -name '*.htm' -o -name '*.html' \) -not -path "$TMP/*" | wc -l) pages in $OUT"
