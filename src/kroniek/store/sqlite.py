"""The embedded store: SQLite with versioned migrations and FTS5 search.

A document is stored with its content hash, so ingesting it again changes nothing;
a document whose id comes back with new content replaces the old version and its
events. Writes happen in batches, each one transaction: an interrupted ingest keeps
every batch already committed and can simply be run again. What it shares with the
PostgreSQL store (deduplication, filters, reading) is in :mod:`kroniek.store.base`.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from kroniek.records import EVENT_COLUMNS
from kroniek.store.base import (
    BaseStore,
    Dialect,
    EventFilter,
    IngestOutcome,
    Mention,
    Row,
    content_hash,
)

BUSY_TIMEOUT_MS = 60_000

SQLITE = Dialect(
    country="(e.country = ? COLLATE NOCASE OR e.iso3 = ? COLLATE NOCASE)",
    actor=(
        "(instr(lower(e.actor1 || ' | ' || e.actor2 || ' | ' || e.assoc_actor_1 || ' | ' ||"
        " e.assoc_actor_2), lower(?)) > 0)"
    ),
    text=(
        "(e.rowid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)"
        " OR e.event_id IN (SELECT event_id FROM evidence WHERE doc_id IN (SELECT id FROM documents"
        " WHERE rowid IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?))))"
    ),
    mention_order="rowid",
    cell="CAST((e.latitude + 90.0) / ? AS INTEGER), CAST((e.longitude + 180.0) / ? AS INTEGER)",
    upsert_mention=(
        "INSERT OR REPLACE INTO mentions (mention_id, event_id, doc_id, data, reason) VALUES (?, ?, ?, ?, ?)"
    ),
    insert_evidence=(
        'INSERT OR IGNORE INTO evidence (event_id, doc_id, start, "end", text) VALUES (?, ?, ?, ?, ?)'
    ),
)


def _migrations() -> list[tuple[int, str]]:
    folder = resources.files("kroniek.store") / "migrations"
    found = []
    for item in folder.iterdir():
        name = item.name
        if name.endswith(".sql") and name[:3].isdigit():
            found.append((int(name[:3]), item.read_text(encoding="utf-8")))
    return sorted(found)


class Store(BaseStore):
    """A kroniek database in one SQLite file."""

    dialect = SQLITE

    def __init__(self, path: str | Path = "kroniek.db", migrate: bool = True):
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        # isolation_level=None: transactions are explicit (BEGIN IMMEDIATE in write_batch).
        # Another process writing waits up to BUSY_TIMEOUT_MS instead of failing.
        self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA foreign_keys = ON")
        if self.path != ":memory:" and migrate:
            self._use_wal()
        if migrate:  # a server opens the file per request: it migrates once, at start
            self.migrate()

    def __enter__(self) -> Store:
        return self

    def _all(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        return self.conn.execute(sql, params).fetchall()

    def _run(self, sql: str, params: Sequence[Any] = ()) -> None:
        self.conn.execute(sql, params)

    def _run_many(self, sql: str, rows: list[tuple[Any, ...]]) -> None:
        self.conn.executemany(sql, rows)

    def _begin_write(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")

    def close(self) -> None:
        self.conn.close()

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

    def document(self, doc_id: str) -> dict[str, Any] | None:
        """A stored document's fields and text, and the ids of the events it reports."""
        row = self._one(
            "SELECT id, title, text, date, date_precision, lang, url, source, source_name, ingested_at"
            " FROM documents WHERE id = ?",
            (doc_id,),
        )
        return {**dict(row), "event_ids": self._document_events(doc_id)} if row else None

    def search(self, query: str, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
        """Documents matching an FTS5 query, best first, with a highlighted snippet."""
        rows = self._all(
            "SELECT d.id, d.title, d.date, d.lang, d.url,"
            " snippet(documents_fts, 1, '[', ']', ' … ', 16) AS snippet"
            " FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid"
            " WHERE documents_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?",
            (query, limit, offset),
        )
        return [dict(r) for r in rows]


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
