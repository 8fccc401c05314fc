#!/usr/bin/env bash
# Fetches the three real FAQ pages the blind31 search queries are written against (not kept in the
# repository: they belong to their projects), laid out as the queries name them:
#   OUT/vim/FAQ.txt (vim-doc)   OUT/tightvncserver/faq.html (tightvncserver)   OUT/termshark/FAQ.md (termshark)
# Usage: bash fetch_pages.sh [OUT]      (default /tmp/kb-faq-pages-31)
# Needs apt-get (Debian 12) and dpkg; downloads and unpacks into a temporary folder inside OUT,
# which it deletes when it is done.
set -euo pipefail
OUT=${1:-/tmp/kb-faq-pages-31}
mkdir -p "$OUT/vim" "$OUT/tightvncserver" "$OUT/termshark"
OUT=$(cd "$OUT" && pwd)
TMP=$(mktemp -d "$OUT/.fetch.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$TMP/debs" "$TMP/x"
cd "$TMP/debs"
for package in vim-doc tightvncserver termshark; do
    apt-get download "$package" >/dev/null 2>"$TMP/apt-get.err" || { cat "$TMP/apt-get.err" >&2; exit 1; }
    dpkg -x "$(ls "${package}"_*.deb | head -n 1)" "$TMP/x"
done
# vim-doc ships the Vim FAQ (Yegappan Lakshmanan's plain-text FAQ) gzip-compressed as FAQ.gz:
# stored decompressed as FAQ.txt. tightvncserver ships the old AT&T VNC FAQ as a hand-written
# HTML page (edited for Debian): copied unchanged. termshark ships its FAQ as GitHub Markdown,
# gzip-compressed as FAQ.md.gz: stored decompressed as FAQ.md.
gzip -dc "$TMP/x/usr/share/doc/vim/FAQ.gz" > "$OUT/vim/FAQ.txt"
cp "$TMP/x/usr/share/doc/tightvncserver/faq.html" "$OUT/tightvncserver/faq.html"
gzip -dc "$TMP/x/usr/share/doc/termshark/FAQ.md.gz" > "$OUT/termshark/FAQ.md"
echo "fetch_pages: $(find "$OUT" -type f \( -name '*.txt' -o -name '*.md' -o -name '*.htm' -o -name '*.html' \) -not -path "$TMP/*" | wc -l) pages in $OUT"
