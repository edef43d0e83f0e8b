-- The studio's local truth. Times are ISO-8601 UTC text; hashes are lowercase SHA-256 hex.

-- One row per distinct image content, whatever it was called.
CREATE TABLE assets (
    sha256        TEXT    PRIMARY KEY NOT NULL CHECK (length(sha256) = 64),
    format        TEXT    NOT NULL,
    width         INTEGER NOT NULL,   -- after EXIF orientation
    height        INTEGER NOT NULL,
    orientation   INTEGER NOT NULL DEFAULT 1,
    color_profile TEXT    NOT NULL,
    phash         TEXT    NOT NULL CHECK (length(phash) = 16),
    byte_size     INTEGER NOT NULL,
    first_name    TEXT    NOT NULL,
    ingested_at   TEXT    NOT NULL
);

-- Every path an asset was ingested from.
CREATE TABLE asset_names (
    sha256  TEXT NOT NULL REFERENCES assets (sha256) ON DELETE CASCADE,
    name    TEXT NOT NULL,
    path    TEXT NOT NULL,
    seen_at TEXT NOT NULL,
    PRIMARY KEY (sha256, path)
);
CREATE INDEX asset_names_by_name ON asset_names (name);

-- Images made by a provider, keyed by the hash of everything that went into the request.
CREATE TABLE generations (
    key         TEXT    PRIMARY KEY NOT NULL,
    provider    TEXT    NOT NULL,
    model       TEXT    NOT NULL,
    prompt      TEXT    NOT NULL,
    width       INTEGER NOT NULL,
    height      INTEGER NOT NULL,
    seed        INTEGER NOT NULL,
    blob_sha256 TEXT    NOT NULL CHECK (length(blob_sha256) = 64),
    created_at  TEXT    NOT NULL
);
CREATE INDEX generations_by_blob ON generations (blob_sha256);

CREATE TABLE runs (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    campaign    TEXT    NOT NULL,
    brief_path  TEXT    NOT NULL,
    out_dir     TEXT    NOT NULL,
    started_at  TEXT    NOT NULL,
    finished_at TEXT,
    status      TEXT    NOT NULL,
    creatives   INTEGER NOT NULL DEFAULT 0,
    rendered    INTEGER NOT NULL DEFAULT 0,
    up_to_date  INTEGER NOT NULL DEFAULT 0,
    generated   INTEGER NOT NULL DEFAULT 0,
    cached      INTEGER NOT NULL DEFAULT 0,
    elapsed_ms  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX runs_by_campaign ON runs (campaign, id);
