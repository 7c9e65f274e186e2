"""The server store: PostgreSQL, with the SQLite store's schema and behaviour.

``--db postgresql://user:pass@host/dbname`` selects it everywhere (CLI, API, Python).
Full-text search uses ``tsvector`` columns with GIN indexes and ``websearch_to_tsquery``
(quotes, OR, -word). Writers take a transaction-scoped advisory lock, so several ingests
into one database are serialised per batch, as SQLite's ``BEGIN IMMEDIATE`` does. All the
rest (deduplication, filters, reading) is :mod:`kroniek.store.base`, shared with SQLite.
"""

from __future__ import annotations

from collections.abc import Sequence
from importlib import resources
from typing import Any

from kroniek.store.base import BaseStore, Dialect, Row

_WRITE_LOCK = 7_302_211  # pg_advisory_xact_lock key shared by every kroniek writer

POSTGRES = Dialect(
    country="(lower(e.country) = lower(?) OR lower(e.iso3) = lower(?))",
    actor=(
        "strpos(lower(e.actor1 || ' | ' || e.actor2 || ' | ' || e.assoc_actor_1 || ' | '"
        " || e.assoc_actor_2), lower(?)) > 0"
    ),
    text=(
        "(e.tsv @@ websearch_to_tsquery('simple', ?) OR e.event_id IN (SELECT ev.event_id"
        " FROM evidence ev JOIN documents d ON d.id = ev.doc_id"
        " WHERE d.tsv @@ websearch_to_tsquery('simple', ?)))"
    ),
    mention_order="seq",
    cell="floor((e.latitude + 90) / ?), floor((e.longitude + 180) / ?)",
    upsert_mention=(
        "INSERT INTO mentions (mention_id, event_id, doc_id, data, reason) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (mention_id) DO UPDATE SET event_id = EXCLUDED.event_id, data = EXCLUDED.data,"
        " reason = EXCLUDED.reason"
    ),
    insert_evidence=(
        'INSERT INTO evidence (event_id, doc_id, start, "end", text) VALUES (?, ?, ?, ?, ?)'
        " ON CONFLICT DO NOTHING"
    ),
)


def _migrations() -> list[tuple[int, str]]:
    folder = resources.files("kroniek.store") / "migrations_pg"
    found = [
        (int(i.name[:3]), i.read_text(encoding="utf-8")) for i in folder.iterdir() if i.name.endswith(".sql")
    ]
    return sorted(found)


def _pg(sql: str) -> str:
    """Our SQL's ``?`` placeholders as psycopg's ``%s`` (no literal ? or % is ever used)."""
    return sql.replace("?", "%s")


class PostgresStore(BaseStore):
    """A kroniek database in PostgreSQL; the same methods as :class:`kroniek.store.Store`."""

    dialect = POSTGRES

    def __init__(self, url: str, schema: str | None = None, migrate: bool = True):
        try:
            import psycopg
            from psycopg.rows import dict_row
        except ImportError:
            raise SystemExit(
                "error: a postgresql:// database needs psycopg: pip install 'kroniek[scale]'"
            ) from None
        self.path = url
        self.conn = psycopg.connect(url, autocommit=True, row_factory=dict_row)
        if schema:
            self.conn.execute(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
            self.conn.execute(f'SET search_path TO "{schema}"')
        if migrate:  # a server opens a connection per request: it migrates once, at start
            self.migrate()

    def __enter__(self) -> PostgresStore:
        return self

    def _all(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        return list(self.conn.execute(_pg(sql), params).fetchall())

    def _run(self, sql: str, params: Sequence[Any] = ()) -> None:
        self.conn.execute(_pg(sql), params)

    def _run_many(self, sql: str, rows: list[tuple[Any, ...]]) -> None:
        with self.conn.cursor() as cursor:
            cursor.executemany(_pg(sql), rows)

    def _begin_write(self) -> None:
        self.conn.execute("BEGIN")
        self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (_WRITE_LOCK,))

    def close(self) -> None:
        self.conn.close()

    @property
    def schema_version(self) -> int:
        self.conn.execute("CREATE TABLE IF NOT EXISTS kroniek_schema (version integer NOT NULL)")
        row = self._one("SELECT max(version) AS v FROM kroniek_schema")
        return int(row["v"] or 0) if row else 0

    def migrate(self) -> None:
        """Apply every migration newer than the database's, each in one transaction, under
        the writers' lock (two processes opening a new database apply it once)."""
        for version, script in _migrations():
            self._begin_write()
            try:
                if version > self.schema_version:
                    self.conn.execute(script.encode())
                    self.conn.execute("INSERT INTO kroniek_schema (version) VALUES (%s)", (version,))
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")

    def document(self, doc_id: str) -> dict[str, Any] | None:
        """A stored document's fields and text, and the ids of the events it reports."""
        row = self._one(
            "SELECT id, title, text, date, date_precision, lang, url, source, source_name,"
            " to_char(ingested_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') AS ingested_at"
            " FROM documents WHERE id = ?",
            (doc_id,),
        )
        return {**row, "event_ids": self._document_events(doc_id)} if row else None

    def search(self, query: str, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
        """Documents matching a web-search-style query, best first, with a highlighted snippet."""
        rows = self._all(
            "SELECT d.id, d.title, d.date, d.lang, d.url, ts_headline('simple', d.text, q,"
            " 'StartSel=[, StopSel=], MaxWords=16, MinWords=8') AS snippet"
            " FROM documents d, websearch_to_tsquery('simple', ?) q WHERE d.tsv @@ q"
            " ORDER BY ts_rank(d.tsv, q) DESC LIMIT ? OFFSET ?",
            (query, limit, offset),
        )
        return [dict(r) for r in rows]
