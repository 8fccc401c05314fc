#!/usr/bin/env bash
# Fetches the three real FAQ pages the blind22 queries are written against (not kept in the
# repository: they belong to their projects), laid out as the queries name them:
#   OUT/mdadm/FAQ.txt (mdadm)     OUT/perl-doc/perlunifaq.1 (perl-doc)
#   OUT/python-pymongo-doc/faq.html (python-pymongo-doc)
# Usage: bash fetch_pages.sh [OUT]      (default /tmp/kb-faq-pages-22)
# Needs apt-get (Debian 12) and dpkg; downloads and unpacks into a temporary folder inside OUT,
# which it deletes when it is done.
set -euo pipefail
OUT=${1:-/tmp/kb-faq-pages-22}
mkdir -p "$OUT/mdadm" "$OUT/perl-doc" "$OUT/python-pymongo-doc"
OUT=$(cd "$OUT" && pwd)
TMP=$(mktemp -d "$OUT/.fetch.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$TMP/debs" "$TMP/x"
cd "$TMP/debs"
for package in mdadm perl-doc python-pymongo-doc; do
    apt-get download "$package" >/dev/null 2>"$TMP/apt-get.err" || { cat "$TMP/apt-get.err" >&2; exit 1; }
    dpkg -x "$(ls "${package}"_*.deb | head -n 1)" "$TMP/x"
done
# mdadm ships its FAQ gzip-compressed with no extension of its own: stored decompressed, with
# .txt added. perl-doc ships the man page gzip-compressed: stored decompressed, under its own
# name (roff source, section 1).
gzip -dc "$TMP/x/usr/share/doc/mdadm/FAQ.gz" > "$OUT/mdadm/FAQ.txt"
gzip -dc "$TMP/x/usr/share/man/man1/perlunifaq.1.gz" > "$OUT/perl-doc/perlunifaq.1"
cp "$TMP/x/usr/share/doc/python-pymongo-doc/html/faq.html" "$OUT/python-pymongo-doc/faq.html"
echo "fetch_pages: $(find "$OUT" -type f \( -name '*.txt' -o -name '*.1' -o -name '*.htm' -o -name '*.html' \) -not -path "$TMP/*" | wc -l) pages in $OUT"
