"""The embedded store: SQLite with versioned migrations and FTS5 search.

A document is stored with its content hash, so ingesting it again changes nothing;
a document whose id comes back with new content replaces the old version and its
events. Writes happen in batches, each one transaction: an interrupted ingest keeps
every batch already committed and can simply be run again.

Each extracted event is stored as a *mention* and merged into the stored event it
reports, if any (see :mod:`kroniek.store.dedup`): one real event, however many
documents report it, with all of their evidence.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import Any

from kroniek.records import EVENT_COLUMNS, Document, Event, Evidence
from kroniek.store.dedup import compare, merge

_EVENT_FIELDS = [c for c in Event.__dataclass_fields__ if c != "evidence"]
BUSY_TIMEOUT_MS = 60_000


@dataclass(frozen=True)
class Mention:
    """One document's reading of a stored event, and why it was merged there."""

    mention_id: str
    doc_id: str
    reason: str
    event: Event


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
    type: str | None = None  # an event type or a sub-event type
    text: str | None = None
    limit: int | None = None
    offset: int = 0
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north
    actor: str | None = None  # a word or phrase of actor1, actor2 or their associates


def _where(f: EventFilter) -> tuple[str, list[Any]]:
    """The SQL condition (over events ``e``) and parameters of a filter; always bound,
    never spliced into the SQL."""
    clauses: list[str] = []
    params: list[Any] = []
    if f.country:
        clauses.append("(e.country = ? COLLATE NOCASE OR e.iso3 = ? COLLATE NOCASE)")
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
    if f.bbox:
        west, south, east, north = f.bbox
        clauses.append("e.latitude BETWEEN ? AND ? AND e.longitude BETWEEN ? AND ?")
        params += [south, north, west, east]
    if f.actor:
        clauses.append(
            "(instr(lower(e.actor1 || ' | ' || e.actor2 || ' | ' || e.assoc_actor_1 || ' | ' ||"
            " e.assoc_actor_2), lower(?)) > 0)"
        )
        params.append(f.actor)
    if f.text:
        clauses.append(
            "(e.rowid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)"
            " OR e.event_id IN (SELECT event_id FROM evidence WHERE doc_id IN (SELECT id FROM documents"
            " WHERE rowid IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?))))"
        )
        params += [f.text, f.text]
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


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
        # isolation_level=None: transactions are explicit (BEGIN IMMEDIATE in write_batch).
        # Another process writing waits up to BUSY_TIMEOUT_MS instead of failing.
        self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA foreign_keys = ON")
        if self.path != ":memory:":
            self._use_wal()
        self.migrate()

    def _use_wal(self) -> None:
        """Switch a new file to WAL. Another process creating the same file at this moment
        holds a lock that the busy timeout does not wait for here: retry for a while."""
        for attempt in range(200):
            try:
                if self.conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                    self.conn.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError:
                if attempt == 199:
                    raise
                time.sleep(0.05)

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
        """Apply every migration newer than the file's ``user_version``, each atomically
        (and once, when two processes open a new file together: the version is read again
        under the write lock)."""
        for version, script in _migrations():
            if version <= self.schema_version:
                continue
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                if version <= self.schema_version:
                    self.conn.execute("COMMIT")
                    continue
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
        """Store documents with their events in one transaction. The transaction takes the
        write lock before it reads, so two processes ingesting into one file never store a
        document twice: the second sees the first's documents as unchanged."""
        outcomes: list[IngestOutcome] = []
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            for document, events in items:
                outcome = self.outcome_for(document)
                outcomes.append(outcome)
                if outcome is IngestOutcome.UNCHANGED:
                    continue
                if outcome is IngestOutcome.UPDATED:
                    self._remove_document(document.id)
                self._insert_document(document)
                for event in events:
                    self._add_mention(event)
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")
        return outcomes

    def _remove_document(self, doc_id: str) -> None:
        """Take a document's mentions out of the events they joined, then the document."""
        affected = [
            r[0]
            for r in self.conn.execute("SELECT DISTINCT event_id FROM mentions WHERE doc_id = ?", (doc_id,))
        ]
        self.conn.execute("DELETE FROM mentions WHERE doc_id = ?", (doc_id,))
        self.conn.execute("DELETE FROM evidence WHERE doc_id = ?", (doc_id,))
        for event_id in affected:
            self._rebuild(event_id)
        self.conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))

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

    def _add_mention(self, mention: Event) -> None:
        """Merge one document's event into the stored event it reports, or store it anew."""
        match = self._matching_event(mention)
        event_id = match[0] if match else self._free_event_id(mention.event_id)
        if match is None:
            row = {**mention.to_dict(), "event_id": event_id}
            columns = ", ".join(_EVENT_FIELDS)
            marks = ", ".join("?" for _ in _EVENT_FIELDS)
            self.conn.execute(
                f"INSERT OR IGNORE INTO events ({columns}) VALUES ({marks})",
                [row[c] for c in _EVENT_FIELDS],
            )
        self.conn.execute(
            "INSERT OR REPLACE INTO mentions (mention_id, event_id, doc_id, data, reason)"
            " VALUES (?, ?, ?, ?, ?)",
            (
                mention.event_id,
                event_id,
                mention.doc_id,
                json.dumps(mention.to_dict(), ensure_ascii=False),
                match[1] if match else "first report",
            ),
        )
        self.conn.executemany(
            'INSERT OR IGNORE INTO evidence (event_id, doc_id, start, "end", text) VALUES (?, ?, ?, ?, ?)',
            [(event_id, e.doc_id, e.start, e.end, e.text) for e in mention.evidence],
        )
        if match is not None:
            self._rebuild(event_id)

    def _free_event_id(self, wanted: str) -> str:
        """The mention's own id, unless a merged event kept it after its first report was
        replaced: then the id with a counter."""
        candidate, n = wanted, 1
        while self.conn.execute("SELECT 1 FROM events WHERE event_id = ?", (candidate,)).fetchone():
            n += 1
            candidate = f"{wanted}-{n}"
        return candidate

    def _matching_event(self, mention: Event) -> tuple[str, str] | None:
        """The stored event this mention reports (its id and the reasons), if any. Events
        that already hold a mention of the same document are different events: the
        extractor separated them."""
        day = _parse_day(mention.event_date)
        if day is None or not mention.country:
            return None  # a report that names no place could be any event of its day
        reach = 366 if mention.time_precision >= 4 else 31
        rows = self.conn.execute(
            "SELECT * FROM events WHERE event_type = ? AND country = ?"
            " AND event_date BETWEEN ? AND ?"
            " AND event_id NOT IN (SELECT event_id FROM mentions WHERE doc_id = ?)",
            (
                mention.event_type,
                mention.country,
                (day - dt.timedelta(days=reach)).isoformat(),
                (day + dt.timedelta(days=reach)).isoformat(),
                mention.doc_id,
            ),
        ).fetchall()
        verdicts = [(compare(self._event_fields(row), mention), row["event_id"]) for row in rows]
        same = [(v, event_id) for v, event_id in verdicts if v.same]
        if not same:
            return None
        verdict, event_id = max(same, key=lambda pair: pair[0].score)
        return event_id, verdict.why()

    def _rebuild(self, event_id: str) -> None:
        """Recompute an event from its mentions; delete it when none is left."""
        rows = self.conn.execute(
            "SELECT data FROM mentions WHERE event_id = ? ORDER BY rowid", (event_id,)
        ).fetchall()
        if not rows:
            self.conn.execute("DELETE FROM events WHERE event_id = ?", (event_id,))
            return
        merged = merge([Event.from_dict(json.loads(r["data"])) for r in rows], event_id).to_dict()
        fields = [c for c in _EVENT_FIELDS if c != "event_id"]
        self.conn.execute(
            f"UPDATE events SET {', '.join(f'{c} = ?' for c in fields)} WHERE event_id = ?",
            [merged[c] for c in fields] + [event_id],
        )

    # -- reading -------------------------------------------------------------------------

    def events(self, where: EventFilter | None = None, evidence: bool = True) -> Iterator[Event]:
        """Events in date order, filtered; ``text`` is an FTS5 query over notes and documents.
        Without ``evidence`` the events come without their sentences: one query, for lists."""
        f = where or EventFilter()
        condition, params = _where(f)
        sql = "SELECT e.* FROM events e" + condition
        sql += " ORDER BY e.event_date, e.event_id"  # undated events first; uses events_date_id
        if f.limit is not None or f.offset:
            sql += " LIMIT ? OFFSET ?"
            params = [*params, -1 if f.limit is None else int(f.limit), int(f.offset)]
        for row in self.conn.execute(sql, params).fetchall():
            yield self._event_from_row(row) if evidence else self._event_fields(row)

    def count(self, where: EventFilter | None = None) -> int:
        """How many events a filter selects (its limit and offset aside)."""
        condition, params = _where(where or EventFilter())
        return int(self.conn.execute("SELECT count(*) FROM events e" + condition, params).fetchone()[0])

    def mentions(self, event_id: str) -> list[Mention]:
        """The documents' readings merged into an event, first report first."""
        rows = self.conn.execute(
            "SELECT mention_id, doc_id, reason, data FROM mentions WHERE event_id = ? ORDER BY rowid",
            (event_id,),
        ).fetchall()
        return [
            Mention(r["mention_id"], r["doc_id"], r["reason"], Event.from_dict(json.loads(r["data"])))
            for r in rows
        ]

    def event(self, event_id: str) -> Event | None:
        row = self.conn.execute("SELECT * FROM events WHERE event_id = ?", (event_id,)).fetchone()
        return self._event_from_row(row) if row else None

    @staticmethod
    def _event_fields(row: sqlite3.Row) -> Event:
        return Event(**{k: row[k] for k in _EVENT_FIELDS})

    def _event_from_row(self, row: sqlite3.Row) -> Event:
        data = {k: row[k] for k in _EVENT_FIELDS}
        evidence = self.conn.execute(
            'SELECT doc_id, start, "end", text FROM evidence WHERE event_id = ? ORDER BY doc_id, start',
            (row["event_id"],),
        ).fetchall()
        data["evidence"] = [Evidence(e["doc_id"], e["start"], e["end"], e["text"]) for e in evidence]
        return Event(**data)

    def document(self, doc_id: str) -> dict[str, Any] | None:
        """A stored document's fields and text, and the ids of the events it reports."""
        row = self.conn.execute(
            "SELECT id, title, text, date, date_precision, lang, url, source, source_name, ingested_at"
            " FROM documents WHERE id = ?",
            (doc_id,),
        ).fetchone()
        if row is None:
            return None
        events = self.conn.execute(
            "SELECT DISTINCT event_id FROM evidence WHERE doc_id = ? ORDER BY event_id", (doc_id,)
        ).fetchall()
        return {**dict(row), "event_ids": [r[0] for r in events]}

    def search(self, query: str, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
        """Documents matching an FTS5 query, best first, with a highlighted snippet."""
        rows = self.conn.execute(
            "SELECT d.id, d.title, d.date, d.lang, d.url,"
            " snippet(documents_fts, 1, '[', ']', ' … ', 16) AS snippet"
            " FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid"
            " WHERE documents_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?",
            (query, limit, offset),
        ).fetchall()
        return [dict(r) for r in rows]

    def histogram(self, where: EventFilter | None = None, by: str = "month") -> list[dict[str, Any]]:
        """Event counts and fatalities per day or month, for a timeline."""
        width = {"day": 10, "month": 7, "year": 4}[by]
        condition, params = _where(where or EventFilter())
        extra = " AND " if condition else " WHERE "
        rows = self.conn.execute(
            f"SELECT substr(e.event_date, 1, {width}) AS period, count(*) AS events,"
            f" sum(e.fatalities) AS fatalities FROM events e{condition}{extra}e.event_date IS NOT NULL"
            " GROUP BY period ORDER BY period",
            params,
        ).fetchall()
        return [dict(r) for r in rows]

    def clusters(self, where: EventFilter | None = None, cell: float = 1.0) -> list[dict[str, Any]]:
        """Events aggregated on a grid of ``cell`` degrees: what a map shows when zoomed out,
        so that 100,000 events travel as a few hundred points."""
        condition, params = _where(where or EventFilter())
        extra = " AND " if condition else " WHERE "
        rows = self.conn.execute(
            "SELECT CAST((e.latitude + 90.0) / ? AS INTEGER) AS y,"
            " CAST((e.longitude + 180.0) / ? AS INTEGER) AS x,"
            " count(*) AS events, sum(e.fatalities) AS fatalities, avg(e.latitude) AS latitude,"
            " avg(e.longitude) AS longitude, min(e.event_id) AS example"
            f" FROM events e{condition}{extra}e.latitude IS NOT NULL GROUP BY y, x ORDER BY events DESC",
            [cell, cell, *params],
        ).fetchall()
        return [{k: r[k] for k in ("events", "fatalities", "latitude", "longitude", "example")} for r in rows]

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
            "mentions": one("SELECT count(*) FROM mentions").fetchone()[0],
            "fatalities": one("SELECT coalesce(sum(fatalities), 0) FROM events").fetchone()[0],
            "first_event": span[0],
            "last_event": span[1],
            "languages": by("language"),
            "event_types": by("event_type"),
            "sub_event_types": by("sub_event_type"),
            "countries": by("country"),
            "schema_version": self.schema_version,
        }


def _parse_day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


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


__all__ = ["EVENT_COLUMNS", "EventFilter", "IngestOutcome", "Mention", "Store", "content_hash"]
