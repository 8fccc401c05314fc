#!/usr/bin/env bash
# Fetches the real FAQ pages the search sets are written against (they are not kept in the
# repository: they belong to their projects) and lays them out as the queries name them:
#   OUT/debian/*.html  (debian-faq)        OUT/python/*.html  (python3.11-doc, html/faq)
#   OUT/sqlite/faq.html (sqlite3-doc)      OUT/zsh/FAQ0N.html (zsh-doc)
#   OUT/django/*.html  (python-django-doc, html/faq)
# Usage: bash Eval/search/fetch_pages.sh [OUT]      (default /tmp/kb-faq-pages)
# Needs apt-get (Debian 12) and dpkg; downloads into OUT.cache/ and reuses it on reruns.
set -euo pipefail
OUT=${1:-/tmp/kb-faq-pages}
CACHE="$OUT.cache"
mkdir -p "$OUT" "$CACHE/debs" "$CACHE/x"
cd "$CACHE/debs"
for package in debian-faq python3.11-doc sqlite3-doc zsh-doc python-django-doc; do
    ls "${package}"_*.deb >/dev/null 2>&1 || apt-get download "$package" >/dev/null
    dpkg -x "$(ls "${package}"_*.deb | head -n 1)" "$CACHE/x"
done
X="$CACHE/x/usr/share/doc"
mkdir -p "$OUT/debian" "$OUT/python" "$OUT/sqlite" "$OUT/zsh" "$OUT/django"
# Debian: the English pages, without the language suffix.
for page in "$X"/debian/FAQ/*.en.html; do
    name=$(basename "$page" .en.html)
    [ "$name" = "index" ] || cp "$page" "$OUT/debian/$name.html"
done
for page in "$X"/python3.11/html/faq/*.html; do
    [ "$(basename "$page")" = "index.html" ] || cp "$page" "$OUT/python/"
done
cp "$X"/sqlite3/faq.html "$OUT/sqlite/faq.html"
cp "$X"/zsh-common/html/FAQ0[1-6].html "$OUT/zsh/"
for page in "$X"/python-django-doc/html/faq/*.html; do
    [ "$(basename "$page")" = "index.html" ] || cp "$page" "$OUT/django/"
done
echo "fetch_pages: $(find "$OUT" -name '*.html' | wc -l) pages in $OUT"
