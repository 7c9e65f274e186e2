"""The embedded store: SQLite with versioned migrations and FTS5 search.

A document is stored with its content hash, so ingesting it again changes nothing;
a document whose id comes back with new content replaces the old version and its
events. Writes happen in batches, each one transaction: an interrupted ingest keeps
every batch already committed and can simply be run again.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import Any

from kroniek.records import EVENT_COLUMNS, Document, Event, Evidence

_EVENT_FIELDS = [c for c in Event.__dataclass_fields__ if c != "evidence"]


class IngestOutcome(StrEnum):
    ADDED = "added"
    UPDATED = "updated"
    UNCHANGED = "unchanged"


@dataclass
class EventFilter:
    """Which events to list: all fields are optional and combine with AND."""

    country: str | None = None
    since: str | None = None
    until: str | None = None
    type: str | None = None
    text: str | None = None
    limit: int | None = None


def content_hash(document: Document) -> str:
    return hashlib.sha256(document.text.encode("utf-8")).hexdigest()


def _migrations() -> list[tuple[int, str]]:
    folder = resources.files("kroniek.store") / "migrations"
    found = []
    for item in folder.iterdir():
        name = item.name
        if name.endswith(".sql") and name[:3].isdigit():
            found.append((int(name[:3]), item.read_text(encoding="utf-8")))
    return sorted(found)


class Store:
    """A kroniek database in one SQLite file."""

    def __init__(self, path: str | Path = "kroniek.db"):
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self.conn = sqlite3.connect(self.path)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA foreign_keys = ON")
        if self.path != ":memory:":
            self.conn.execute("PRAGMA journal_mode = WAL")
        self.migrate()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def migrate(self) -> None:
        """Apply every migration newer than the file's ``user_version``, each atomically."""
        for version, script in _migrations():
            if version <= self.schema_version:
                continue
            try:
                self.conn.execute("BEGIN")
                for statement in _statements(script):
                    self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {version}")
                self.conn.execute("COMMIT")
            except sqlite3.Error:
                self.conn.execute("ROLLBACK")
                raise

    # -- writing -------------------------------------------------------------------------

    def outcome_for(self, document: Document) -> IngestOutcome:
        """What storing this document would do, without doing it."""
        row = self.conn.execute("SELECT content_hash FROM documents WHERE id = ?", (document.id,)).fetchone()
        if row is None:
            return IngestOutcome.ADDED
        if row["content_hash"] == content_hash(document):
            return IngestOutcome.UNCHANGED
        return IngestOutcome.UPDATED

    def write_batch(self, items: list[tuple[Document, list[Event]]]) -> list[IngestOutcome]:
        """Store documents with their events in one transaction."""
        outcomes: list[IngestOutcome] = []
        with self.conn:
            for document, events in items:
                outcome = self.outcome_for(document)
                outcomes.append(outcome)
                if outcome is IngestOutcome.UNCHANGED:
                    continue
                if outcome is IngestOutcome.UPDATED:
                    self.conn.execute("DELETE FROM events WHERE doc_id = ?", (document.id,))
                    self.conn.execute("DELETE FROM documents WHERE id = ?", (document.id,))
                self._insert_document(document)
                for event in events:
                    self._insert_event(event)
        return outcomes

    def _insert_document(self, d: Document) -> None:
        self.conn.execute(
            "INSERT INTO documents (id, content_hash, text, date, date_precision, title, lang,"
            " url, source, source_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                d.id,
                content_hash(d),
                d.text,
                d.date.iso() if d.date else None,
                d.date.precision if d.date else None,
                d.title,
                d.lang,
                d.url,
                d.source,
                d.source_name,
            ),
        )

    def _insert_event(self, event: Event) -> None:
        row = event.to_dict()
        columns = ", ".join(_EVENT_FIELDS)
        marks = ", ".join("?" for _ in _EVENT_FIELDS)
        self.conn.execute(
            f"INSERT OR IGNORE INTO events ({columns}) VALUES ({marks})",
            [row[c] for c in _EVENT_FIELDS],
        )
        self.conn.executemany(
            'INSERT OR IGNORE INTO evidence (event_id, doc_id, start, "end", text) VALUES (?, ?, ?, ?, ?)',
            [(event.event_id, e.doc_id, e.start, e.end, e.text) for e in event.evidence],
        )

    # -- reading -------------------------------------------------------------------------

    def events(self, where: EventFilter | None = None) -> Iterator[Event]:
        """Events in date order, filtered; ``text`` is an FTS5 query over notes and documents."""
        f = where or EventFilter()
        clauses: list[str] = []
        params: list[Any] = []
        if f.country:
            clauses.append("(lower(e.country) = lower(?) OR lower(e.iso3) = lower(?))")
            params += [f.country, f.country]
        if f.since:
            clauses.append("e.event_date >= ?")
            params.append(f.since)
        if f.until:
            clauses.append("e.event_date <= ?")
            params.append(f.until)
        if f.type:
            clauses.append("(lower(e.event_type) = lower(?) OR lower(e.sub_event_type) = lower(?))")
            params += [f.type, f.type]
        if f.text:
            clauses.append(
                "(e.rowid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)"
                " OR e.doc_id IN (SELECT d.id FROM documents d JOIN documents_fts"
                " ON documents_fts.rowid = d.rowid WHERE documents_fts MATCH ?))"
            )
            params += [f.text, f.text]
        sql = "SELECT e.* FROM events e"
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        sql += " ORDER BY e.event_date IS NULL, e.event_date, e.doc_id, e.event_id"
        if f.limit:
            sql += f" LIMIT {int(f.limit)}"
        for row in self.conn.execute(sql, params).fetchall():
            yield self._event_from_row(row)

    def _event_from_row(self, row: sqlite3.Row) -> Event:
        data = {k: row[k] for k in _EVENT_FIELDS}
        evidence = self.conn.execute(
            'SELECT doc_id, start, "end", text FROM evidence WHERE event_id = ? ORDER BY doc_id, start',
            (row["event_id"],),
        ).fetchall()
        data["evidence"] = [Evidence(e["doc_id"], e["start"], e["end"], e["text"]) for e in evidence]
        return Event(**data)

    def stats(self) -> dict[str, Any]:
        """Counts for ``kroniek stats``."""
        one = self.conn.execute

        def by(column: str) -> dict[str, int]:
            sql = f"SELECT {column}, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC"
            return {r[0]: r[1] for r in one(sql)}

        span = one("SELECT min(event_date), max(event_date) FROM events").fetchone()
        return {
            "documents": one("SELECT count(*) FROM documents").fetchone()[0],
            "events": one("SELECT count(*) FROM events").fetchone()[0],
            "evidence": one("SELECT count(*) FROM evidence").fetchone()[0],
            "fatalities": one("SELECT coalesce(sum(fatalities), 0) FROM events").fetchone()[0],
            "first_event": span[0],
            "last_event": span[1],
            "languages": by("language"),
            "event_types": by("event_type"),
            "sub_event_types": by("sub_event_type"),
            "countries": by("country"),
            "schema_version": self.schema_version,
        }


def _statements(script: str) -> list[str]:
    """Split a migration into statements, keeping trigger bodies whole."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        if line.strip().startswith("--") and not buffer:
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements


__all__ = ["EVENT_COLUMNS", "EventFilter", "IngestOutcome", "Store", "content_hash"]
