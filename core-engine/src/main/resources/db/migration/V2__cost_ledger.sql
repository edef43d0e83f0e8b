-- What image generation cost: one row per provider call, and one per generation-cache hit (the
-- call it saved). Amounts are whole micro-dollars (USD x 1,000,000) so that sums are exact.
CREATE TABLE generation_costs (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    at              TEXT    NOT NULL,                       -- ISO-8601 UTC
    campaign        TEXT    NOT NULL,
    product         TEXT    NOT NULL,
    provider        TEXT    NOT NULL,
    model           TEXT    NOT NULL,
    width           INTEGER NOT NULL CHECK (width > 0),     -- the size priced (what the provider renders)
    height          INTEGER NOT NULL CHECK (height > 0),
    quality         TEXT,                                   -- null when the price does not depend on one
    outcome         TEXT    NOT NULL,                       -- succeeded, retried, refused, failed-over, cancelled, cache-hit
    cache_hit       INTEGER NOT NULL DEFAULT 0 CHECK (cache_hit IN (0, 1)),
    cost_micros     INTEGER NOT NULL DEFAULT 0 CHECK (cost_micros >= 0),
    estimate_micros INTEGER CHECK (estimate_micros >= 0),   -- the price table's estimate (for a cache hit: what it saved); null when unknown
    latency_ms      INTEGER NOT NULL DEFAULT 0 CHECK (latency_ms >= 0),
    CHECK (cache_hit = 0 OR cost_micros = 0)
);
CREATE INDEX generation_costs_by_campaign ON generation_costs (campaign, id);
