#!/usr/bin/env bash
# Fetches the three real FAQ pages the blind17 queries are written against (not kept in the
# repository: they belong to their projects), laid out as the queries name them:
#   OUT/fish-common/faq.html (fish-common)
#   OUT/libimage-exiftool-perl/faq.html (libimage-exiftool-perl)
#   OUT/dnsmasq-base/FAQ.txt (dnsmasq-base; the package's FAQ.gz, decompressed)
# Usage: bash fetch_pages.sh [OUT]      (default /tmp/kb-faq-pages-17)
# Needs apt-get (Debian 12) and dpkg; downloads and unpacks into a temporary folder inside OUT,
# which it deletes when it is done.
set -euo pipefail
OUT=${1:-/tmp/kb-faq-pages-17}
mkdir -p "$OUT/fish-common" "$OUT/libimage-exiftool-perl" "$OUT/dnsmasq-base"
OUT=$(cd "$OUT" && pwd)
TMP=$(mktemp -d "$OUT/.fetch.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$TMP/debs" "$TMP/x"
cd "$TMP/debs"
for package in fish-common libimage-exiftool-perl dnsmasq-base; do
    apt-get download "$package" >/dev/null 2>"$TMP/apt-get.err" || { cat "$TMP/apt-get.err" >&2; exit 1; }
    dpkg -x "$(ls "${package}"_*.deb | head -n 1)" "$TMP/x"
done
# fish-common installs its HTML manual under /usr/share/doc/fish/ (without -common)
cp "$TMP/x/usr/share/doc/fish/faq.html" "$OUT/fish-common/faq.html"
cp "$TMP/x/usr/share/doc/libimage-exiftool-perl/html/faq.html" "$OUT/libimage-exiftool-perl/faq.html"
# dnsmasq-base ships its plain-text FAQ gzipped; the page is its content, unchanged
gzip -dc "$TMP/x/usr/share/doc/dnsmasq-base/FAQ.gz" > "$OUT/dnsmasq-base/FAQ.txt"
echo "fetch_pages: $(find "$OUT" -type f \( -name '*.html' -o -name '*.txt' \) -not -path "$TMP/*" | wc -l) pages in $OUT"
