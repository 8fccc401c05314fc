#!/usr/bin/env bash
# Prints one SHA-256 digest of what an index holds: its answers (text, topic, question, places,
# near-duplicates merged), facts (text, position, search terms, cluster membership), claims and support
# statements, each in a stable order and without row ids or timings. Two indexes built from the
# same text by different code give the same digest when nothing found or indexed changed.
# Usage: bash Scripts/index_digest.sh INDEX.sqlite     (needs the sqlite3 shell)
set -euo pipefail
DB=${1:?usage: index_digest.sh INDEX.sqlite}
[ -f "$DB" ] || { echo "index_digest: $DB: no such index" >&2; exit 2; }
sqlite3 -readonly "$DB" <<'SQL' | sha256sum | cut -c1-64
.mode list
SELECT 'A', a.text, a.topic, ifnull(a.question, ''), a.near_duplicates,
       (SELECT group_concat(place, ',') FROM (SELECT s.path || ':' || o.line || ':' || ifnull(o.anchor, '') AS place
          FROM occurrences o JOIN sources s ON s.id = o.source_id WHERE o.answer_id = a.id ORDER BY place))
  FROM answers a ORDER BY a.key_hash, a.text;
SELECT 'F', a.key_hash, f.position, f.text, f.year, f.terms,
       (SELECT a2.key_hash || '/' || f2.position FROM facts f2 JOIN answers a2 ON a2.id = f2.answer_id
         WHERE f2.cluster_id = f.cluster_id ORDER BY a2.key_hash, f2.position LIMIT 1)
  FROM facts f JOIN answers a ON a.id = f.answer_id ORDER BY a.key_hash, f.position;
SELECT 'C', a.key_hash, f.position, c.surface, c.start, c.low, c.high, c.unit, c.comparator, c.subject, c.metric, c.conditions, c.hedged
  FROM claims c JOIN facts f ON f.id = c.fact_id JOIN answers a ON a.id = f.answer_id ORDER BY a.key_hash, f.position, c.start, c.surface;
SELECT 'S', a.key_hash, f.position, s.subject, s.item, s.item_key, s.versions, s.polarity, s.closed, s.list, s.list_size,
       s.phrase, s.start, s."end", s.qualifiers, s.hedge, s.subject_weight
  FROM supports s JOIN facts f ON f.id = s.fact_id JOIN answers a ON a.id = f.answer_id ORDER BY a.key_hash, f.position, s.start, s.item;
SQL
