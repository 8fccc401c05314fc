#!/usr/bin/env bash
# Fetches the three real FAQ pages the blind33 search queries are written against (not kept in the
# repository: they belong to their projects), laid out as the queries name them:
#   OUT/asymptote/asy-faq.txt (asymptote-doc)   OUT/mesa/faq.rst.txt (mesa-common-dev)
#   OUT/sqlledger/faq.html (sql-ledger)
# Usage: bash fetch_pages.sh [OUT]      (default /tmp/kb-faq-pages-33)
# Needs apt-get (Debian 12) and dpkg; downloads and unpacks into a temporary folder inside OUT,
# which it deletes when it is done.
set -euo pipefail
OUT=${1:-/tmp/kb-faq-pages-33}
mkdir -p "$OUT/asymptote" "$OUT/mesa" "$OUT/sqlledger"
OUT=$(cd "$OUT" && pwd)
TMP=$(mktemp -d "$OUT/.fetch.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$TMP/debs" "$TMP/x"
cd "$TMP/debs"
for package in asymptote-doc mesa-common-dev sql-ledger; do
    apt-get download "$package" >/dev/null 2>"$TMP/apt-get.err" || { cat "$TMP/apt-get.err" >&2; exit 1; }
    dpkg -x "$(ls "${package}"_*.deb | head -n 1)" "$TMP/x"
done
# asymptote-doc ships the Asymptote FAQ as plain ASCII text made by bfnn (the same source also
# gives its Info and HTML versions), gzip-compressed as asy-faq.ascii.gz: stored decompressed as
# asy-faq.txt (".txt" so that it is read as plain text; the text is byte for byte what gzip -dc
# gives). mesa-common-dev ships Mesa's FAQ as reStructuredText source, gzip-compressed as
# faq.rst.gz: stored decompressed as faq.rst.txt (the name Sphinx gives a page's source; ".txt"
# so that it is read as plain text). sql-ledger ships its FAQ as a hand-written HTML fragment
# (no <html>, <head> or <body> start tags): copied unchanged.
gzip -dc "$TMP/x/usr/share/doc/asymptote/asy-faq.ascii.gz" > "$OUT/asymptote/asy-faq.txt"
gzip -dc "$TMP/x/usr/share/doc/mesa-common-dev/faq.rst.gz" > "$OUT/mesa/faq.rst.txt"
cp "$TMP/x/usr/share/doc/sql-ledger/faq.html" "$OUT/sqlledger/faq.html"
echo "fetch_pages: $(find "$OUT" -type f \( -name '*.txt' -o -name '*.md' -o -name '*.htm' -o -name '*.html' \) -not -path "$TMP/*" | wc -l) pages in $OUT"
