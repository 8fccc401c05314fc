#!/usr/bin/env bash
# Fetches the three real FAQ pages the blind28 queries are written against (not kept in the
# repository: they belong to their projects), laid out as the queries name them:
#   OUT/mc/FAQ.txt (mc-data)     OUT/pdl/FAQ.pod (pdl)     OUT/mcl/mclfaq.html (mcl-doc)
# Usage: bash fetch_pages.sh [OUT]      (default /tmp/kb-faq-pages-28)
# Needs apt-get (Debian 12) and dpkg; downloads and unpacks into a temporary folder inside OUT,
# which it deletes when it is done.
set -euo pipefail
OUT=${1:-/tmp/kb-faq-pages-28}
mkdir -p "$OUT/mc" "$OUT/pdl" "$OUT/mcl"
OUT=$(cd "$OUT" && pwd)
TMP=$(mktemp -d "$OUT/.fetch.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$TMP/debs" "$TMP/x"
cd "$TMP/debs"
for package in mc-data pdl mcl-doc; do
    apt-get download "$package" >/dev/null 2>"$TMP/apt-get.err" || { cat "$TMP/apt-get.err" >&2; exit 1; }
    dpkg -x "$(ls "${package}"_*.deb | head -n 1)" "$TMP/x"
done
# mc-data ships the Midnight Commander FAQ (plain text) gzip-compressed with no extension of its
# own (/usr/share/doc/mc/FAQ.gz is a symlink to it): stored decompressed, with .txt added.
# pdl ships its FAQ as POD source inside the Perl library tree (the folder names the
# architecture's multiarch triplet): copied unchanged. mcl-doc ships the MCL FAQ as HTML made
# by zoem with the aephea macros (the same file is also at html/mclfaq.html): copied unchanged.
gzip -dc "$TMP/x/usr/share/doc/mc-data/FAQ.gz" > "$OUT/mc/FAQ.txt"
pod=$(find "$TMP/x/usr/lib" -path '*/perl5/*/PDL/FAQ.pod' -type f)
[ "$(printf '%s\n' "$pod" | grep -c .)" = 1 ] || { echo "fetch_pages: want one PDL/FAQ.pod, found: $pod" >&2; exit 1; }
cp "$pod" "$OUT/pdl/FAQ.pod"
cp "$TMP/x/usr/share/doc/mcl/mclfaq.html" "$OUT/mcl/mclfaq.html"
echo "fetch_pages: $(find "$OUT" -type f \( -name '*.txt' -o -name '*.pod' -o -name '*.htm' -o -name '*.html' \) -not -path "$TMP/*" | wc -l) pages in $OUT"
