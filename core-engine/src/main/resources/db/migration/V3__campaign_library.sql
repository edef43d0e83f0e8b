-- The studio's campaign library: one row per campaign a person keeps in this studio home. The brief
-- itself is a file, <home>/campaigns/<folder>/brief.yaml, beside copies of its input assets; these
-- rows hold what the library lists and searches without opening every brief.
CREATE TABLE campaigns (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    folder      TEXT    NOT NULL UNIQUE,          -- under <home>/campaigns
    campaign    TEXT    NOT NULL,                 -- the brief's campaign id as last saved ('' while unset)
    name        TEXT    NOT NULL,                 -- the name shown: the brief's name, else its campaign id
    brand       TEXT    NOT NULL DEFAULT '',
    status      TEXT    NOT NULL DEFAULT 'draft'
                CHECK (status IN ('draft', 'in-review', 'approved', 'changes-requested')),
    created_at  TEXT    NOT NULL,                 -- ISO-8601 UTC
    updated_at  TEXT    NOT NULL,
    opened_at   TEXT                              -- null until first opened
);
CREATE INDEX campaigns_by_opened ON campaigns (opened_at);
