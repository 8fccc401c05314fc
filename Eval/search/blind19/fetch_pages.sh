#!/usr/bin/env bash
# Fetches the three real FAQ pages the blind19 queries are written against (not kept in the
# repository: they belong to their projects), laid out as the queries name them:
#   OUT/chrony/FAQ.txt (chrony)     OUT/ksh93u+m/faq.html (ksh93u+m)
#   OUT/irssi/faq.html (irssi)
# Usage: bash fetch_pages.sh [OUT]      (default /tmp/kb-faq-pages-19)
# Needs apt-get (Debian 12) and dpkg; downloads and unpacks into a temporary folder inside OUT,
# which it deletes when it is done.
set -euo pipefail
OUT=${1:-/tmp/kb-faq-pages-19}
mkdir -p "$OUT/chrony" "$OUT/ksh93u+m" "$OUT/irssi"
OUT=$(cd "$OUT" && pwd)
TMP=$(mktemp -d "$OUT/.fetch.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$TMP/debs" "$TMP/x"
cd "$TMP/debs"
for package in chrony ksh93u+m irssi; do
    apt-get download "$package" >/dev/null 2>"$TMP/apt-get.err" || { cat "$TMP/apt-get.err" >&2; exit 1; }
    dpkg -x "$(ls "${package}"_*.deb | head -n 1)" "$TMP/x"
done
# chrony ships its FAQ gzip-compressed, with no extension: stored decompressed, as FAQ.txt
gzip -dc "$TMP/x/usr/share/doc/chrony/FAQ.gz" > "$OUT/chrony/FAQ.txt"
# ksh93u+m keeps its HTML pages in a ksh/ subfolder of its doc folder
cp "$TMP/x/usr/share/doc/ksh93u+m/ksh/faq.html" "$OUT/ksh93u+m/faq.html"
cp "$TMP/x/usr/share/doc/irssi/faq.html" "$OUT/irssi/faq.html"
echo "fetch_pages: $(find "$OUT" -type f \( -name '*.txt' -o -name '*.htm' -o -name '*.html' \) -not -path "$TMP/*" | wc -l) pages in $OUT"
