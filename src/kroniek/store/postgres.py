"""The server store: PostgreSQL, with the SQLite store's schema and behaviour.

``--db postgresql://user:pass@host/dbname`` selects it everywhere (CLI, API, Python).
Full-text search uses ``tsvector`` columns with GIN indexes and ``websearch_to_tsquery``
(quotes, OR, -word). Writers take a transaction-scoped advisory lock, so several ingests
into one database are serialised per batch, as SQLite's ``BEGIN IMMEDIATE`` does; the
deduplication rules are the same code (:mod:`kroniek.store.dedup`).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from importlib import resources
from typing import Any

from kroniek.records import Document, Event, Evidence
from kroniek.store.dedup import compare, merge
from kroniek.store.sqlite import _EVENT_FIELDS, EventFilter, IngestOutcome, Mention, content_hash

_WRITE_LOCK = 7_302_211  # pg_advisory_xact_lock key shared by every kroniek writer


def _migrations() -> list[tuple[int, str]]:
    folder = resources.files("kroniek.store") / "migrations_pg"
    found = [
        (int(i.name[:3]), i.read_text(encoding="utf-8")) for i in folder.iterdir() if i.name.endswith(".sql")
    ]
    return sorted(found)


def _where(f: EventFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if f.country:
        clauses.append("(lower(e.country) = lower(%s) OR lower(e.iso3) = lower(%s))")
        params += [f.country, f.country]
    if f.since:
        clauses.append("e.event_date >= %s")
        params.append(f.since)
    if f.until:
        clauses.append("e.event_date <= %s")
        params.append(f.until)
    if f.type:
        clauses.append("(lower(e.event_type) = lower(%s) OR lower(e.sub_event_type) = lower(%s))")
        params += [f.type, f.type]
    if f.bbox:
        west, south, east, north = f.bbox
        clauses.append("e.latitude BETWEEN %s AND %s AND e.longitude BETWEEN %s AND %s")
        params += [south, north, west, east]
    if f.actor:
        clauses.append(
            "strpos(lower(e.actor1 || ' | ' || e.actor2 || ' | ' || e.assoc_actor_1 || ' | '"
            " || e.assoc_actor_2), lower(%s)) > 0"
        )
        params.append(f.actor)
    if f.text:
        clauses.append(
            "(e.tsv @@ websearch_to_tsquery('simple', %s) OR e.event_id IN (SELECT ev.event_id"
            " FROM evidence ev JOIN documents d ON d.id = ev.doc_id"
            " WHERE d.tsv @@ websearch_to_tsquery('simple', %s)))"
        )
        params += [f.text, f.text]
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


class PostgresStore:
    """A kroniek database in PostgreSQL; the same methods as :class:`kroniek.store.Store`."""

    def __init__(self, url: str, schema: str | None = None):
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
        self.migrate()

    def __enter__(self) -> PostgresStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    def _all(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        return list(self.conn.execute(sql, params).fetchall())

    def _one(self, sql: str, params: Any = ()) -> dict[str, Any] | None:
        row: dict[str, Any] | None = self.conn.execute(sql, params).fetchone()
        return row

    @property
    def schema_version(self) -> int:
        self.conn.execute("CREATE TABLE IF NOT EXISTS kroniek_schema (version integer NOT NULL)")
        row = self._one("SELECT max(version) AS v FROM kroniek_schema")
        return int(row["v"] or 0) if row else 0

    def migrate(self) -> None:
        for version, script in _migrations():
            with self.conn.transaction():
                self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (_WRITE_LOCK,))
                if version <= self.schema_version:
                    continue
                self.conn.execute(script.encode())
                self.conn.execute("INSERT INTO kroniek_schema (version) VALUES (%s)", (version,))

    # -- writing -------------------------------------------------------------------------

    def outcome_for(self, document: Document) -> IngestOutcome:
        row = self._one("SELECT content_hash FROM documents WHERE id = %s", (document.id,))
        if row is None:
            return IngestOutcome.ADDED
        return (
            IngestOutcome.UNCHANGED
            if row["content_hash"] == content_hash(document)
            else IngestOutcome.UPDATED
        )

    def write_batch(self, items: list[tuple[Document, list[Event]]]) -> list[IngestOutcome]:
        outcomes: list[IngestOutcome] = []
        with self.conn.transaction():
            self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (_WRITE_LOCK,))
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
        return outcomes

    def _insert_document(self, d: Document) -> None:
        self.conn.execute(
            "INSERT INTO documents (id, content_hash, text, date, date_precision, title, lang, url, source,"
            " source_name) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
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

    def _remove_document(self, doc_id: str) -> None:
        affected = [
            r["event_id"]
            for r in self._all("SELECT DISTINCT event_id FROM mentions WHERE doc_id = %s", (doc_id,))
        ]
        self.conn.execute("DELETE FROM mentions WHERE doc_id = %s", (doc_id,))
        self.conn.execute("DELETE FROM evidence WHERE doc_id = %s", (doc_id,))
        for event_id in affected:
            self._rebuild(event_id)
        self.conn.execute("DELETE FROM documents WHERE id = %s", (doc_id,))

    def _free_event_id(self, wanted: str) -> str:
        candidate, n = wanted, 1
        while self._one("SELECT 1 AS x FROM events WHERE event_id = %s", (candidate,)):
            n += 1
            candidate = f"{wanted}-{n}"
        return candidate

    def _add_mention(self, mention: Event) -> None:
        match = self._matching_event(mention)
        event_id = match[0] if match else self._free_event_id(mention.event_id)
        if match is None:
            row = {**mention.to_dict(), "event_id": event_id}
            marks = ", ".join("%s" for _ in _EVENT_FIELDS)
            self.conn.execute(
                f"INSERT INTO events ({', '.join(_EVENT_FIELDS)}) VALUES ({marks})",
                [row[c] for c in _EVENT_FIELDS],
            )
        self.conn.execute(
            "INSERT INTO mentions (mention_id, event_id, doc_id, data, reason) VALUES (%s, %s, %s, %s, %s)"
            " ON CONFLICT (mention_id) DO UPDATE SET event_id = EXCLUDED.event_id, data = EXCLUDED.data,"
            " reason = EXCLUDED.reason",
            (
                mention.event_id,
                event_id,
                mention.doc_id,
                json.dumps(mention.to_dict(), ensure_ascii=False),
                match[1] if match else "first report",
            ),
        )
        with self.conn.cursor() as cursor:
            cursor.executemany(
                'INSERT INTO evidence (event_id, doc_id, start, "end", text) VALUES (%s, %s, %s, %s, %s)'
                " ON CONFLICT DO NOTHING",
                [(event_id, e.doc_id, e.start, e.end, e.text) for e in mention.evidence],
            )
        if match is not None:
            self._rebuild(event_id)

    def _matching_event(self, mention: Event) -> tuple[str, str] | None:
        try:
            day = dt.date.fromisoformat(mention.event_date) if mention.event_date else None
        except ValueError:
            day = None
        if day is None or not mention.country:
            return None
        reach = 366 if mention.time_precision >= 4 else 31
        rows = self._all(
            "SELECT * FROM events WHERE event_type = %s AND country = %s AND event_date BETWEEN %s AND %s"
            " AND event_id NOT IN (SELECT event_id FROM mentions WHERE doc_id = %s)",
            (
                mention.event_type,
                mention.country,
                (day - dt.timedelta(days=reach)).isoformat(),
                (day + dt.timedelta(days=reach)).isoformat(),
                mention.doc_id,
            ),
        )
        same = [(v, r["event_id"]) for r in rows if (v := compare(self._event_fields(r), mention)).same]
        if not same:
            return None
        verdict, event_id = max(same, key=lambda pair: pair[0].score)
        return event_id, verdict.why()

    def _rebuild(self, event_id: str) -> None:
        rows = self._all("SELECT data FROM mentions WHERE event_id = %s ORDER BY seq", (event_id,))
        if not rows:
            self.conn.execute("DELETE FROM events WHERE event_id = %s", (event_id,))
            return
        merged = merge([Event.from_dict(json.loads(r["data"])) for r in rows], event_id).to_dict()
        fields = [c for c in _EVENT_FIELDS if c != "event_id"]
        self.conn.execute(
            f"UPDATE events SET {', '.join(f'{c} = %s' for c in fields)} WHERE event_id = %s",
            [merged[c] for c in fields] + [event_id],
        )

    # -- reading -------------------------------------------------------------------------

    @staticmethod
    def _event_fields(row: dict[str, Any]) -> Event:
        return Event(**{k: row[k] for k in _EVENT_FIELDS})

    def _event_from_row(self, row: dict[str, Any]) -> Event:
        event = self._event_fields(row)
        evidence = self._all(
            'SELECT doc_id, start, "end", text FROM evidence WHERE event_id = %s ORDER BY doc_id, start',
            (row["event_id"],),
        )
        event.evidence = [Evidence(e["doc_id"], e["start"], e["end"], e["text"]) for e in evidence]
        return event

    def events(self, where: EventFilter | None = None, evidence: bool = True) -> Iterator[Event]:
        f = where or EventFilter()
        condition, params = _where(f)
        sql = "SELECT e.* FROM events e" + condition + " ORDER BY e.event_date NULLS FIRST, e.event_id"
        if f.limit is not None or f.offset:
            sql += " LIMIT %s OFFSET %s"
            params = [*params, f.limit, int(f.offset)]
        for row in self._all(sql, params):
            yield self._event_from_row(row) if evidence else self._event_fields(row)

    def count(self, where: EventFilter | None = None) -> int:
        condition, params = _where(where or EventFilter())
        row = self._one("SELECT count(*) AS n FROM events e" + condition, params)
        return int(row["n"]) if row else 0

    def event(self, event_id: str) -> Event | None:
        row = self._one("SELECT * FROM events WHERE event_id = %s", (event_id,))
        return self._event_from_row(row) if row else None

    def mentions(self, event_id: str) -> list[Mention]:
        rows = self._all(
            "SELECT mention_id, doc_id, reason, data FROM mentions WHERE event_id = %s ORDER BY seq",
            (event_id,),
        )
        return [
            Mention(r["mention_id"], r["doc_id"], r["reason"], Event.from_dict(json.loads(r["data"])))
            for r in rows
        ]

    def document(self, doc_id: str) -> dict[str, Any] | None:
        row = self._one(
            "SELECT id, title, text, date, date_precision, lang, url, source, source_name,"
            " to_char(ingested_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') AS ingested_at"
            " FROM documents WHERE id = %s",
            (doc_id,),
        )
        if row is None:
            return None
        ids = self._all(
            "SELECT DISTINCT event_id FROM evidence WHERE doc_id = %s ORDER BY event_id", (doc_id,)
        )
        return {**row, "event_ids": [r["event_id"] for r in ids]}

    def search(self, query: str, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
        return self._all(
            "SELECT d.id, d.title, d.date, d.lang, d.url, ts_headline('simple', d.text, q,"
            " 'StartSel=[, StopSel=], MaxWords=16, MinWords=8') AS snippet"
            " FROM documents d, websearch_to_tsquery('simple', %s) q WHERE d.tsv @@ q"
            " ORDER BY ts_rank(d.tsv, q) DESC LIMIT %s OFFSET %s",
            (query, limit, offset),
        )

    def histogram(self, where: EventFilter | None = None, by: str = "month") -> list[dict[str, Any]]:
        width = {"day": 10, "month": 7, "year": 4}[by]
        condition, params = _where(where or EventFilter())
        extra = " AND " if condition else " WHERE "
        return self._all(
            f"SELECT substr(e.event_date, 1, {width}) AS period, count(*) AS events,"
            f" sum(e.fatalities) AS fatalities FROM events e{condition}{extra}e.event_date IS NOT NULL"
            " GROUP BY period ORDER BY period",
            params,
        )

    def clusters(self, where: EventFilter | None = None, cell: float = 1.0) -> list[dict[str, Any]]:
        condition, params = _where(where or EventFilter())
        extra = " AND " if condition else " WHERE "
        return self._all(
            "SELECT count(*) AS events, sum(e.fatalities) AS fatalities, avg(e.latitude) AS latitude,"
            " avg(e.longitude) AS longitude, min(e.event_id) AS example"
            f" FROM events e{condition}{extra}e.latitude IS NOT NULL"
            " GROUP BY floor((e.latitude + 90) / %s), floor((e.longitude + 180) / %s) ORDER BY events DESC",
            [*params, cell, cell],
        )

    def stats(self) -> dict[str, Any]:
        def one(sql: str) -> Any:
            row = self._one(sql)
            return next(iter(row.values())) if row else None

        def by(column: str) -> dict[str, int]:
            return {
                r["k"]: r["n"]
                for r in self._all(
                    f"SELECT {column} AS k, count(*) AS n FROM events GROUP BY 1 ORDER BY 2 DESC"
                )
            }

        span = self._one("SELECT min(event_date) AS a, max(event_date) AS b FROM events") or {}
        return {
            "documents": one("SELECT count(*) FROM documents"),
            "events": one("SELECT count(*) FROM events"),
            "evidence": one("SELECT count(*) FROM evidence"),
            "mentions": one("SELECT count(*) FROM mentions"),
            "fatalities": one("SELECT coalesce(sum(fatalities), 0) FROM events"),
            "first_event": span.get("a"),
            "last_event": span.get("b"),
            "languages": by("language"),
            "event_types": by("event_type"),
            "sub_event_types": by("sub_event_type"),
            "countries": by("country"),
            "schema_version": self.schema_version,
        }
