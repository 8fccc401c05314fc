#!/usr/bin/env bash
# Fetches the three real FAQ pages the blind8 search queries are written against (not kept in the
# repository: they belong to their projects), laid out as the queries name them:
#   OUT/weechat-doc/weechat_faq.en.html (weechat-doc)     OUT/mplayer-doc/faq.html (mplayer-doc)
#   OUT/avr-libc/FAQ.html (avr-libc)
# Usage: bash fetch_pages.sh [OUT]      (default /tmp/kb-faq-pages-8)
# Needs apt-get (Debian 12) and dpkg; downloads into OUT.cache/ and reuses it on reruns.
set -euo pipefail
OUT=${1:-/tmp/kb-faq-pages-8}
CACHE="$OUT.cache"
mkdir -p "$OUT/weechat-doc" "$OUT/mplayer-doc" "$OUT/avr-libc" "$CACHE/debs" "$CACHE/x"
cd "$CACHE/debs"
for package in weechat-doc mplayer-doc avr-libc; do
    ls "${package}"_*.deb >/dev/null 2>&1 || apt-get download "$package" >/dev/null
    dpkg -x "$(ls "${package}"_*.deb | head -n 1)" "$CACHE/x"
done
cp "$CACHE/x/usr/share/doc/weechat-doc/html/weechat_faq.en.html" "$OUT/weechat-doc/weechat_faq.en.html"
# mplayer-doc installs its HTML under /usr/share/doc/mplayer/ (no -doc), one folder per language
cp "$CACHE/x/usr/share/doc/mplayer/HTML/en/faq.html" "$OUT/mplayer-doc/faq.html"
cp "$CACHE/x/usr/share/doc/avr-libc/avr-libc-user-manual/FAQ.html" "$OUT/avr-libc/FAQ.html"
echo "fetch_pages: $(find "$OUT" -name '*.html' | wc -l) pages in $OUT"
