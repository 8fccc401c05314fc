#!/usr/bin/env bash
# Fetches the three real FAQ pages the blind18 queries are written against (not kept in the
# repository: they belong to their projects), laid out as the queries name them:
#   OUT/zlib1g-dev/FAQ.txt (zlib1g-dev)     OUT/mksh/FAQ.htm (mksh)
#   OUT/snakemake-doc/faq.html (snakemake-doc)
# Usage: bash fetch_pages.sh [OUT]      (default /tmp/kb-faq-pages-18)
# Needs apt-get (Debian 12) and dpkg; downloads and unpacks into a temporary folder inside OUT,
# which it deletes when it is done.
set -euo pipefail
OUT=${1:-/tmp/kb-faq-pages-18}
mkdir -p "$OUT/zlib1g-dev" "$OUT/mksh" "$OUT/snakemake-doc"
OUT=$(cd "$OUT" && pwd)
TMP=$(mktemp -d "$OUT/.fetch.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$TMP/debs" "$TMP/x"
cd "$TMP/debs"
for package in zlib1g-dev mksh snakemake-doc; do
    apt-get download "$package" >/dev/null 2>"$TMP/apt-get.err" || { cat "$TMP/apt-get.err" >&2; exit 1; }
    dpkg -x "$(ls "${package}"_*.deb | head -n 1)" "$TMP/x"
done
# zlib1g-dev ships its FAQ gzip-compressed, with no extension: stored decompressed, as FAQ.txt
gzip -dc "$TMP/x/usr/share/doc/zlib1g-dev/FAQ.gz" > "$OUT/zlib1g-dev/FAQ.txt"
cp "$TMP/x/usr/share/doc/mksh/FAQ.htm" "$OUT/mksh/FAQ.htm"
# snakemake-doc installs its HTML manual under /usr/share/doc/snakemake/ (without -doc)
cp "$TMP/x/usr/share/doc/snakemake/html/project_info/faq.html" "$OUT/snakemake-doc/faq.html"
echo "fetch_pages: $(find "$OUT" -type f \( -name '*.txt' -o -name '*.htm' -o -name '*.html' \) -not -path "$TMP/*" | wc -l) pages in $OUT"
