import KBModel
import KBText
import GRDB
import KBSearch

/// The index schema, as GRDB migrations. Each migration is applied once, in order, in a transaction.
///
/// The schema version (the number of migrations) is also written to `kb_meta`, so that an older kb
/// can refuse an index written by a newer one instead of misreading it.
enum Schema {
    /// The schema version this build writes and reads.
    static let version = 5

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: sources, answers, facts, FTS5") { db in
            try db.execute(sql: """
                CREATE TABLE kb_meta (
                    key TEXT PRIMARY KEY NOT NULL,
                    value TEXT NOT NULL
                );
                CREATE TABLE sources (
                    id INTEGER PRIMARY KEY,
                    path TEXT NOT NULL UNIQUE,
                    content_hash TEXT NOT NULL,
                    size INTEGER NOT NULL,
                    modified REAL NOT NULL,
                    format TEXT NOT NULL,
                    records INTEGER NOT NULL,
                    boilerplate_lines INTEGER NOT NULL,
                    boilerplate_prefixes INTEGER NOT NULL
                );
                CREATE TABLE answers (
                    id INTEGER PRIMARY KEY,
                    key_hash INTEGER NOT NULL UNIQUE,
                    text TEXT NOT NULL,
                    topic TEXT NOT NULL,
                    question TEXT
                );
                CREATE TABLE occurrences (
                    id INTEGER PRIMARY KEY,
                    answer_id INTEGER NOT NULL REFERENCES answers(id) ON DELETE CASCADE,
                    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
                    line INTEGER NOT NULL,
                    "column" INTEGER NOT NULL,
                    anchor TEXT
                );
                CREATE INDEX occurrences_by_answer ON occurrences(answer_id);
                CREATE INDEX occurrences_by_source ON occurrences(source_id);
                CREATE TABLE fact_clusters (
                    id INTEGER PRIMARY KEY,
                    key_hash INTEGER NOT NULL UNIQUE
                );
                CREATE TABLE facts (
                    id INTEGER PRIMARY KEY,
                    answer_id INTEGER NOT NULL REFERENCES answers(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    text TEXT NOT NULL,
                    lead TEXT NOT NULL,
                    start INTEGER NOT NULL,
                    "end" INTEGER NOT NULL,
                    line_offset INTEGER NOT NULL,
                    year INTEGER,
                    cluster_id INTEGER NOT NULL REFERENCES fact_clusters(id),
                    terms TEXT NOT NULL
                );
                CREATE INDEX facts_by_answer ON facts(answer_id);
                CREATE INDEX facts_by_cluster ON facts(cluster_id);
                CREATE TABLE claims (
                    id INTEGER PRIMARY KEY,
                    fact_id INTEGER NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
                    surface TEXT NOT NULL,
                    start INTEGER NOT NULL,
                    "end" INTEGER NOT NULL,
                    low REAL,
                    high REAL,
                    unit TEXT,
                    comparator TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    norm_low REAL,
                    norm_high REAL,
                    norm_unit TEXT,
                    subject TEXT,
                    metric TEXT,
                    conditions TEXT,
                    hedged INTEGER NOT NULL DEFAULT 0
                );
                CREATE INDEX claims_by_fact ON claims(fact_id);
                CREATE INDEX claims_by_subject_metric ON claims(subject, metric);
                CREATE VIEW fact_search_content AS
                    SELECT facts.id AS id,
                           answers.topic AS topic,
                           COALESCE(answers.question, '') AS question,
                           facts.text AS body,
                           facts.terms AS terms
                    FROM facts JOIN answers ON answers.id = facts.answer_id;
                CREATE VIRTUAL TABLE facts_fts USING fts5(
                    topic, question, body, terms,
                    content = 'fact_search_content',
                    content_rowid = 'id',
                    tokenize = 'porter unicode61 remove_diacritics 2'
                );
                INSERT INTO facts_fts(facts_fts, rank) VALUES ('rank', 'bm25(4.0, 4.0, 1.0, 2.0)');
                """)
        }
        migrator.registerMigration("v2: claim dimension and role") { db in
            try db.execute(sql: """
                ALTER TABLE claims ADD COLUMN dimension TEXT NOT NULL DEFAULT '';
                ALTER TABLE claims ADD COLUMN role TEXT;
                CREATE INDEX claims_by_metric ON claims(metric);
                -- Claims are extracted at ingest: mark every source changed so the next ingest re-reads it.
                UPDATE sources SET content_hash = '', size = -1;
                UPDATE kb_meta SET value = '2' WHERE key = 'schema_version';
                """)
        }
        migrator.registerMigration("v3: claim frames and support statements") { db in
            try db.execute(sql: """
                ALTER TABLE claims ADD COLUMN qualifiers TEXT NOT NULL DEFAULT '[]';
                ALTER TABLE claims ADD COLUMN hedge TEXT;
                ALTER TABLE claims ADD COLUMN year INTEGER;
                ALTER TABLE claims ADD COLUMN subject_evidence TEXT NOT NULL DEFAULT '[]';
                ALTER TABLE claims ADD COLUMN subject_weight REAL NOT NULL DEFAULT 1;
                CREATE TABLE supports (
                    id INTEGER PRIMARY KEY,
                    fact_id INTEGER NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
                    subject TEXT,
                    item TEXT NOT NULL,
                    item_key TEXT NOT NULL,
                    versions TEXT NOT NULL,
                    polarity TEXT NOT NULL,
                    closed INTEGER NOT NULL,
                    list INTEGER NOT NULL,
                    list_size INTEGER NOT NULL,
                    phrase TEXT NOT NULL,
                    start INTEGER NOT NULL,
                    "end" INTEGER NOT NULL,
                    qualifiers TEXT NOT NULL,
                    hedge TEXT,
                    subject_weight REAL NOT NULL DEFAULT 1
                );
                CREATE INDEX supports_by_fact ON supports(fact_id);
                CREATE INDEX supports_by_item ON supports(item_key);
                -- Frames are extracted at ingest: mark every source changed so the next ingest re-reads it.
                UPDATE sources SET content_hash = '', size = -1;
                UPDATE kb_meta SET value = '3' WHERE key = 'schema_version';
                """)
        }
        migrator.registerMigration("v4: answer search") { db in
            // Search ranks answers: one FTS5 row per answer (topic, question, the whole answer text
            // and its spelled technical terms), so that a query's words may fall in different
            // sentences of one answer; `answer_words` indexes the same text without stemming, for
            // its vocabulary (`answer_vocab`), which typo correction reads.
            try db.execute(sql: """
                ALTER TABLE answers ADD COLUMN terms TEXT NOT NULL DEFAULT '';
                ALTER TABLE answers ADD COLUMN context TEXT NOT NULL DEFAULT '';
                ALTER TABLE answers ADD COLUMN near_duplicates INTEGER NOT NULL DEFAULT 0;
                UPDATE answers SET terms = COALESCE((SELECT group_concat(facts.terms, ' ') FROM facts
                                                     WHERE facts.answer_id = answers.id AND facts.terms != ''), '');
                UPDATE answers SET context = COALESCE((SELECT sources.path FROM occurrences JOIN sources ON sources.id = occurrences.source_id
                                                       WHERE occurrences.answer_id = answers.id ORDER BY sources.path LIMIT 1), '');
                CREATE VIEW answer_search_content AS
                    SELECT id, topic, COALESCE(question, '') AS question, text AS body, terms, context FROM answers;
                CREATE VIRTUAL TABLE answers_fts USING fts5(
                    topic, question, body, terms, context,
                    content = 'answer_search_content',
                    content_rowid = 'id',
                    tokenize = 'porter unicode61 remove_diacritics 2'
                );
                INSERT INTO answers_fts(answers_fts, rank) VALUES ('rank', 'bm25(2.0, 4.0, 1.0, 2.0, 0.5)');
                INSERT INTO answers_fts(answers_fts) VALUES ('rebuild');
                CREATE VIRTUAL TABLE answer_words USING fts5(
                    topic, question, body,
                    content = 'answer_search_content',
                    content_rowid = 'id',
                    tokenize = 'unicode61 remove_diacritics 2'
                );
                INSERT INTO answer_words(answer_words) VALUES ('rebuild');
                CREATE VIRTUAL TABLE answer_vocab USING fts5vocab(answer_words, 'row');
                UPDATE kb_meta SET value = '4' WHERE key = 'schema_version';
                """)
        }
        migrator.registerMigration("v5: source titles") { db in
            // A page's own title heads it in fact sheets. Readers find it: mark the formats that have
            // titles changed, so the next ingest re-reads them and fills it in.
            try db.execute(sql: """
                ALTER TABLE sources ADD COLUMN title TEXT;
                UPDATE sources SET content_hash = '', size = -1 WHERE format IN ('html', 'md');
                UPDATE kb_meta SET value = '5' WHERE key = 'schema_version';
                """)
        }
        return migrator
    }
}
