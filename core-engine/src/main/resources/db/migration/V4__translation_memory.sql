-- Translation memory: translations a person approved (with `studio l10n approve`, or imported
-- from a translator's XLIFF) and machine translations awaiting approval. A locale a brief gives no
-- text for is looked up here before any translator is asked. Locale tags are in BCP 47's
-- canonical case (en-US); times are ISO-8601 UTC text.
CREATE TABLE translation_memory (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    source_locale TEXT NOT NULL,
    target_locale TEXT NOT NULL,
    source_key    TEXT NOT NULL,   -- the source text in Unicode NFC with its whitespace collapsed: what exact matches compare
    source_text   TEXT NOT NULL,   -- as the brief wrote it
    target_text   TEXT NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('machine', 'approved')),
    origin        TEXT NOT NULL,   -- who made it: machine:<provider>, xliff:<file>, approved:<what was approved>
    campaign      TEXT,            -- the campaign it was made for (memory serves every campaign)
    created_at    TEXT NOT NULL,
    approved_at   TEXT,
    CHECK (status = 'machine' OR approved_at IS NOT NULL),
    UNIQUE (source_locale, target_locale, source_key, status)
);
CREATE INDEX translation_memory_by_pair ON translation_memory (source_locale, target_locale, status);
