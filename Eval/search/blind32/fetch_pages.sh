#!/usr/bin/env bash
# Fetches the three real FAQ pages the blind32 search queries are written against (not kept in the
# repository: they belong to their projects), laid out as the queries name them:
#   OUT/emacs/efaq.txt (emacs-common)   OUT/libsvm/FAQ.html (libsvm-tools)   OUT/aflplusplus/FAQ.md (afl++-doc)
# Usage: bash fetch_pages.sh [OUT]      (default /tmp/kb-faq-pages-32)
# Needs apt-get (Debian 12) and dpkg; downloads and unpacks into a temporary folder inside OUT,
# which it deletes when it is done.
set -euo pipefail
OUT=${1:-/tmp/kb-faq-pages-32}
mkdir -p "$OUT/emacs" "$OUT/libsvm" "$OUT/aflplusplus"
OUT=$(cd "$OUT" && pwd)
TMP=$(mktemp -d "$OUT/.fetch.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$TMP/debs" "$TMP/x"
cd "$TMP/debs"
for package in emacs-common libsvm-tools afl++-doc; do
    apt-get download "$package" >/dev/null 2>"$TMP/apt-get.err" || { cat "$TMP/apt-get.err" >&2; exit 1; }
    dpkg -x "$(ls "${package}"_*.deb | head -n 1)" "$TMP/x"
done
# emacs-common ships the GNU Emacs FAQ as an Info file made by makeinfo from efaq.texi,
# gzip-compressed as efaq.info.gz: stored decompressed as efaq.txt (".txt" so that it is read as
# plain text; the text is byte for byte what gzip -dc gives, with its 0x1F node separators and
# 0x7F tag-table bytes). libsvm-tools ships the LIBSVM FAQ as one script-made HTML page: copied
# unchanged. afl++-doc ships AFL++'s FAQ as GitHub Markdown whose questions are HTML
# <details>/<summary> blocks, gzip-compressed as FAQ.md.gz: stored decompressed as FAQ.md.
gzip -dc "$TMP/x/usr/share/info/emacs/efaq.info.gz" > "$OUT/emacs/efaq.txt"
cp "$TMP/x/usr/share/doc/libsvm-tools/FAQ.html" "$OUT/libsvm/FAQ.html"
gzip -dc "$TMP/x/usr/share/doc/afl++-doc/FAQ.md.gz" > "$OUT/aflplusplus/FAQ.md"
echo "fetch_pages: $(find "$OUT" -type f \( -name '*.txt' -o -name '*.md' -o -name '*.htm' -o -name '*.html' \) -not -path "$TMP/*" | wc -l) pages in $OUT"
