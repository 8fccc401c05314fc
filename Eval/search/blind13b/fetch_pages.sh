#!/usr/bin/env bash
# Fetches the real FAQ pages the blind14 search queries are written against (not kept in the
# repository: they belong to their projects), laid out as the queries name them:
#   OUT/python-scrapy-doc/faq.html (python-scrapy-doc)      OUT/python-dask-doc/faq.html (python-dask-doc)
#   OUT/python-sqlalchemy-doc/faq/{sessions,connections,ormconfiguration,metadata_schema}.html (python-sqlalchemy-doc)
# Usage: bash fetch_pages.sh [OUT]      (default /tmp/kb-faq-pages-13b)
# Needs apt-get (Debian 12) and dpkg; downloads into OUT.cache/ and reuses it on reruns.
set -euo pipefail
OUT=${1:-/tmp/kb-faq-pages-13b}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)   # absolute, before the cd below
CACHE="$OUT.cache"
mkdir -p "$OUT/python-scrapy-doc" "$OUT/python-dask-doc" "$OUT/python-sqlalchemy-doc/faq" "$CACHE/debs" "$CACHE/x"
cd "$CACHE/debs"
for package in python-scrapy-doc python-dask-doc python-sqlalchemy-doc; do
    ls "${package}"_*.deb >/dev/null 2>&1 || apt-get download "$package" >/dev/null
    dpkg -x "$(ls "${package}"_*.deb | head -n 1)" "$CACHE/x"
done
cp "$CACHE/x/usr/share/doc/python-scrapy-doc/html/faq.html" "$OUT/python-scrapy-doc/faq.html"
cp "$CACHE/x/usr/share/doc/python-dask-doc/html/faq.html" "$OUT/python-dask-doc/faq.html"
# SQLAlchemy splits its FAQ into one page per topic; four of them are used
for name in sessions connections ormconfiguration metadata_schema; do
    cp "$CACHE/x/usr/share/doc/python-sqlalchemy-doc/html/faq/$name.html" "$OUT/python-sqlalchemy-doc/faq/$name.html"
done
echo "fetch_pages: $(find "$OUT" -name '*.html' | wc -l) pages in $OUT"
