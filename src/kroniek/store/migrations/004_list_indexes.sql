-- Lists are in date order: an index that gives that order lets a page skip the sort.
CREATE INDEX IF NOT EXISTS events_date_id ON events (event_date, event_id);
-- Filters compare names without case: indexes that do the same.
CREATE INDEX IF NOT EXISTS events_country_nocase ON events (country COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS events_iso3_nocase ON events (iso3 COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS events_latitude ON events (latitude);
