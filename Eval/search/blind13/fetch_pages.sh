#!/usr/bin/env bash
# Fetches the real FAQ pages the blind13 search queries are written against (not kept in the
# repository: they belong to their projects), laid out as the queries name them:
#   OUT/python-scrapy-doc/faq.html                 (python-scrapy-doc)
#   OUT/python-cryptography-doc/faq.html           (python-cryptography-doc)
#   OUT/python-sqlalchemy-doc/faq/<topic>.html     (python-sqlalchemy-doc, 8 topic pages)
# Usage: bash fetch_pages.sh [OUT]      (default /tmp/kb-faq-pages-13)
# Needs apt-get (Debian 12) and dpkg; downloads into OUT.cache/ and reuses it on reruns.
set -euo pipefail
OUT=${1:-/tmp/kb-faq-pages-13}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)          # absolute, since we cd below
CACHE="$OUT.cache"
SA_TOPICS="installation connections metadata_schema sqlexpressions ormconfiguration performance sessions thirdparty"
mkdir -p "$OUT/python-scrapy-doc" "$OUT/python-cryptography-doc" "$OUT/python-sqlalchemy-doc/faq" \
         "$CACHE/debs" "$CACHE/x"
cd "$CACHE/debs"
for package in python-scrapy-doc python-cryptography-doc python-sqlalchemy-doc; do
    ls "${package}"_*.deb >/dev/null 2>&1 || apt-get download "$package" >/dev/null
    dpkg -x "$(ls "${package}"_*.deb | head -n 1)" "$CACHE/x"
done
DOC="$CACHE/x/usr/share/doc"
cp "$DOC/python-scrapy-doc/html/faq.html" "$OUT/python-scrapy-doc/faq.html"
cp "$DOC/python-cryptography-doc/html/faq.html" "$OUT/python-cryptography-doc/faq.html"
# SQLAlchemy's FAQ is one page per topic; faq/index.html (only a list of links) is left out
for topic in $SA_TOPICS; do
    cp "$DOC/python-sqlalchemy-doc/html/faq/$topic.html" "$OUT/python-sqlalchemy-doc/faq/$topic.html"
done
echo "fetch_pages: $(find "$OUT" -name '*.html' | wc -l) pages in $OUT"
