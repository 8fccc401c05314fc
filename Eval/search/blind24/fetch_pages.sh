#!/usr/bin/env bash
# Fetches the three real FAQ pages the blind24 queries are written against (not kept in the
# repository: they belong to their projects), laid out as the queries name them:
#   OUT/nmh/FAQ.txt (nmh)     OUT/sudo/TROUBLESHOOTING.md (sudo)
#   OUT/mhonarc/envs.html (mhonarc)
# Usage: bash fetch_pages.sh [OUT]      (default /tmp/kb-faq-pages-24)
# Needs apt-get (Debian 12) and dpkg; downloads and unpacks into a temporary folder inside OUT,
# which it deletes when it is done.
set -euo pipefail
OUT=${1:-/tmp/kb-faq-pages-24}
mkdir -p "$OUT/nmh" "$OUT/sudo" "$OUT/mhonarc"
OUT=$(cd "$OUT" && pwd)
TMP=$(mktemp -d "$OUT/.fetch.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$TMP/debs" "$TMP/x"
cd "$TMP/debs"
for package in nmh sudo mhonarc; do
    apt-get download "$package" >/dev/null 2>"$TMP/apt-get.err" || { cat "$TMP/apt-get.err" >&2; exit 1; }
    dpkg -x "$(ls "${package}"_*.deb | head -n 1)" "$TMP/x"
done
# nmh ships the MH FAQ (a Usenet digest) gzip-compressed with no extension of its own: stored
# decompressed, with .txt added. sudo ships its troubleshooting FAQ gzip-compressed as
# TROUBLESHOOTING.md.gz: stored decompressed, under its own name. The MHonArc FAQ chapter is
# copied unchanged.
gzip -dc "$TMP/x/usr/share/doc/nmh/FAQ.gz" > "$OUT/nmh/FAQ.txt"
gzip -dc "$TMP/x/usr/share/doc/sudo/TROUBLESHOOTING.md.gz" > "$OUT/sudo/TROUBLESHOOTING.md"
cp "$TMP/x/usr/share/doc/mhonarc/faq/envs.html" "$OUT/mhonarc/envs.html"
echo "fetch_pages: $(find "$OUT" -type f \( -name '*.txt' -o -name '*.md' -o -name '*.htm' -o -name '*.html' \) -not -path "$TMP/*" | wc -l) pages in $OUT"
