-- Documents, events and the evidence that links them; full-text search over both.
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
    ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX documents_hash ON documents (content_hash);

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
    latitude REAL,
    longitude REAL,
    geo_precision INTEGER NOT NULL DEFAULT 3,
    fatalities INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    confidence REAL NOT NULL DEFAULT 0.5,
    language TEXT NOT NULL DEFAULT ''
);
CREATE INDEX events_date ON events (event_date);
CREATE INDEX events_country ON events (country);
CREATE INDEX events_type ON events (event_type, sub_event_type);
CREATE INDEX events_doc ON events (doc_id);

CREATE TABLE evidence (
    event_id TEXT NOT NULL REFERENCES events (event_id) ON DELETE CASCADE,
    doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (event_id, doc_id, start)
);

CREATE VIRTUAL TABLE documents_fts USING fts5 (
    title, text, content='documents', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, title, text)
    VALUES ('delete', old.rowid, old.title, old.text);
END;

CREATE VIRTUAL TABLE events_fts USING fts5 (
    notes, location, actors, content='events', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER events_ai AFTER INSERT ON events BEGIN
    INSERT INTO events_fts (rowid, notes, location, actors)
    VALUES (new.rowid, new.notes, new.location, new.actor1 || ' ' || new.actor2);
END;
CREATE TRIGGER events_ad AFTER DELETE ON events BEGIN
    INSERT INTO events_fts (events_fts, rowid, notes, location, actors)
    VALUES ('delete', old.rowid, old.notes, old.location, old.actor1 || ' ' || old.actor2);
END;
