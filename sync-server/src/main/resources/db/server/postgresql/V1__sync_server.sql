-- The sync server's metadata (PostgreSQL). Times are epoch milliseconds; ids are text chosen by the server.
-- Keep in step with ../sqlite/V1__sync_server.sql: the two differ only in types.

CREATE TABLE users (
    id          TEXT PRIMARY KEY,
    team        TEXT NOT NULL,
    name        TEXT NOT NULL,
    role        TEXT NOT NULL CHECK (role IN ('designer', 'lead', 'admin')),
    created_at  BIGINT NOT NULL,
    UNIQUE (team, name)
);

-- Only the SHA-256 of a token is kept: a copy of this table lets nobody sign in.
CREATE TABLE api_tokens (
    id          TEXT PRIMARY KEY,
    user_id     TEXT NOT NULL REFERENCES users (id),
    token_hash  TEXT NOT NULL UNIQUE,
    created_at  BIGINT NOT NULL,
    expires_at  BIGINT,
    revoked_at  BIGINT
);

-- One row per team, updated inside every writing transaction: its row lock orders commits, so a
-- sequence number never becomes visible after a higher one.
CREATE TABLE sync_sequences (
    team  TEXT PRIMARY KEY,
    seq   BIGINT NOT NULL
);

-- The latest state of every synced entity, tombstones included; (team, seq) is the change feed.
CREATE TABLE sync_entities (
    team        TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    version     BIGINT NOT NULL,
    deleted     SMALLINT NOT NULL,
    payload     TEXT,
    seq         BIGINT NOT NULL,
    changed_at  BIGINT NOT NULL,
    changed_by  TEXT NOT NULL,
    PRIMARY KEY (team, entity, entity_id)
);
CREATE UNIQUE INDEX sync_entities_feed ON sync_entities (team, seq);

-- Applied mutations by (client, mutation id), so that a retried push applies nothing twice.
CREATE TABLE sync_mutations (
    team         TEXT NOT NULL,
    client_id    TEXT NOT NULL,
    mutation_id  BIGINT NOT NULL,
    entity       TEXT NOT NULL,
    entity_id    TEXT NOT NULL,
    version      BIGINT NOT NULL,
    applied_at   BIGINT NOT NULL,
    PRIMARY KEY (team, client_id, mutation_id)
);

-- Which team holds which blob. The bytes live once in the blob store; a team sees only its own.
CREATE TABLE team_blobs (
    team        TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    size        BIGINT NOT NULL,
    created_at  BIGINT NOT NULL,
    created_by  TEXT NOT NULL,
    PRIMARY KEY (team, sha256)
);

CREATE TABLE audit_log (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at           BIGINT NOT NULL,
    team         TEXT NOT NULL,
    actor        TEXT NOT NULL,
    token_id     TEXT,
    action       TEXT NOT NULL,
    target       TEXT NOT NULL,
    remote_addr  TEXT NOT NULL,
    detail       TEXT
);
CREATE INDEX audit_log_team_at ON audit_log (team, at);
