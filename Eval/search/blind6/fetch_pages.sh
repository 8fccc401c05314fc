#!/usr/bin/env bash
# Fetches the three real FAQ pages the blind6 search queries are written against (not kept in the
# repository: they belong to their projects), laid out as the queries name them:
#   OUT/python-celery-doc/faq.html (python-celery-doc)     OUT/python-lxml-doc/FAQ.html (python-lxml-doc)
#   OUT/slurm-wlm-doc/faq.html (slurm-wlm-doc)
# Usage: bash Eval/search/blind6/fetch_pages.sh [OUT]      (default /tmp/kb-faq-pages-6)
# Needs apt-get (Debian 12) and dpkg; downloads into OUT.cache/ and reuses it on reruns.
set -euo pipefail
OUT=${1:-/tmp/kb-faq-pages-6}
CACHE="$OUT.cache"
mkdir -p "$OUT/python-celery-doc" "$OUT/python-lxml-doc" "$OUT/slurm-wlm-doc" "$CACHE/debs" "$CACHE/x"
cd "$CACHE/debs"
for package in python-celery-doc python-lxml-doc slurm-wlm-doc; do
    ls "${package}"_*.deb >/dev/null 2>&1 || apt-get download "$package" >/dev/null
    dpkg -x "$(ls "${package}"_*.deb | head -n 1)" "$CACHE/x"
done
cp "$CACHE/x/usr/share/doc/python-celery-doc/html/faq.html" "$OUT/python-celery-doc/faq.html"
# python-lxml-doc installs its HTML under /usr/share/doc/python-lxml/, without the -doc suffix
cp "$CACHE/x/usr/share/doc/python-lxml/html/FAQ.html" "$OUT/python-lxml-doc/FAQ.html"
cp "$CACHE/x/usr/share/doc/slurm-wlm/html/faq.html" "$OUT/slurm-wlm-doc/faq.html"
echo "fetch_pages: $(find "$OUT" -name '*.html' | wc -l) pages in $OUT"
