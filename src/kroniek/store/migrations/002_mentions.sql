-- Deduplication: each stored event is one real event; its mentions are the readings of
-- it that single documents gave, with the reason each one was merged.
CREATE TABLE mentions (
    mention_id TEXT PRIMARY KEY,
    event_id TEXT NOT NULL REFERENCES events (event_id) ON DELETE CASCADE,
    doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    data TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX mentions_event ON mentions (event_id);
CREATE INDEX mentions_doc ON mentions (doc_id);
CREATE INDEX events_type_date ON events (event_type, event_date);

INSERT INTO mentions (mention_id, event_id, doc_id, data, reason)
SELECT event_id, event_id, doc_id, json_object(
    'event_id', event_id, 'doc_id', doc_id, 'event_date', event_date,
    'time_precision', time_precision, 'event_type', event_type, 'sub_event_type', sub_event_type,
    'actor1', actor1, 'assoc_actor_1', assoc_actor_1, 'inter1', inter1,
    'actor2', actor2, 'assoc_actor_2', assoc_actor_2, 'inter2', inter2,
    'interaction', interaction, 'country', country, 'iso3', iso3, 'admin1', admin1,
    'admin2', admin2, 'location', location, 'latitude', latitude, 'longitude', longitude,
    'geo_precision', geo_precision, 'fatalities', fatalities, 'notes', notes,
    'confidence', confidence, 'language', language
), 'first report'
FROM events;

-- A merge rewrites an event's fields: keep its search index in step.
CREATE TRIGGER events_au AFTER UPDATE ON events BEGIN
    INSERT INTO events_fts (events_fts, rowid, notes, location, actors)
    VALUES ('delete', old.rowid, old.notes, old.location, old.actor1 || ' ' || old.actor2);
    INSERT INTO events_fts (rowid, notes, location, actors)
    VALUES (new.rowid, new.notes, new.location, new.actor1 || ' ' || new.actor2);
END;
