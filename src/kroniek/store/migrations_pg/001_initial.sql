-- The SQLite schema (migrations/001-004) in PostgreSQL, with tsvector search.
CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL,
    text TEXT NOT NULL,
    date TEXT,
    date_precision INTEGER,
    title TEXT NOT NULL DEFAULT '',
    lang TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    source_name TEXT NOT NULL DEFAULT '',
    ingested_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    tsv TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', title || ' ' || text)) STORED
);
CREATE INDEX documents_tsv ON documents USING gin (tsv);

CREATE TABLE events (
    event_id TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    event_date TEXT,
    time_precision INTEGER NOT NULL,
    event_type TEXT NOT NULL,
    sub_event_type TEXT NOT NULL,
    actor1 TEXT NOT NULL DEFAULT '',
    assoc_actor_1 TEXT NOT NULL DEFAULT '',
    inter1 INTEGER NOT NULL DEFAULT 0,
    actor2 TEXT NOT NULL DEFAULT '',
    assoc_actor_2 TEXT NOT NULL DEFAULT '',
    inter2 INTEGER NOT NULL DEFAULT 0,
    interaction INTEGER NOT NULL DEFAULT 0,
    country TEXT NOT NULL DEFAULT '',
    iso3 TEXT NOT NULL DEFAULT '',
    admin1 TEXT NOT NULL DEFAULT '',
    admin2 TEXT NOT NULL DEFAULT '',
    location TEXT NOT NULL DEFAULT '',
    latitude DOUBLE PRECISION,
    longitude DOUBLE PRECISION,
    geo_precision INTEGER NOT NULL DEFAULT 3,
    fatalities INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    confidence DOUBLE PRECISION NOT NULL DEFAULT 0.5,
    language TEXT NOT NULL DEFAULT '',
    tsv TSVECTOR GENERATED ALWAYS AS (
        to_tsvector('simple', notes || ' ' || location || ' ' || actor1 || ' ' || actor2)
    ) STORED
);
CREATE INDEX events_date_id ON events (event_date, event_id);
CREATE INDEX events_type_date ON events (event_type, event_date);
CREATE INDEX events_country ON events (lower(country));
CREATE INDEX events_iso3 ON events (lower(iso3));
CREATE INDEX events_latitude ON events (latitude);
CREATE INDEX events_doc ON events (doc_id);
CREATE INDEX events_tsv ON events USING gin (tsv);

CREATE TABLE evidence (
    event_id TEXT NOT NULL REFERENCES events (event_id) ON DELETE CASCADE,
    doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (event_id, doc_id, start)
);
CREATE INDEX evidence_doc ON evidence (doc_id);

CREATE TABLE mentions (
    seq BIGSERIAL,
    mention_id TEXT PRIMARY KEY,
    event_id TEXT NOT NULL REFERENCES events (event_id) ON DELETE CASCADE,
    doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    data TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX mentions_event ON mentions (event_id, seq);
CREATE INDEX mentions_doc ON mentions (doc_id);
