"""Persistence: SQLite with FTS5 by default, PostgreSQL for a server (``postgresql://`` URLs)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from kroniek.store.base import EventFilter, IngestOutcome, Mention
from kroniek.store.sqlite import Store

if TYPE_CHECKING:
    from kroniek.store.postgres import PostgresStore

AnyStore: TypeAlias = "Store | PostgresStore"


def open_store(db: str | Path, migrate: bool = True) -> AnyStore:
    """The store a ``--db`` value names: a PostgreSQL URL, or an SQLite file path."""
    if str(db).startswith(("postgresql://", "postgres://")):
        from kroniek.store.postgres import PostgresStore

        return PostgresStore(str(db), migrate=migrate)
    return Store(db, migrate=migrate)


__all__ = ["AnyStore", "EventFilter", "IngestOutcome", "Mention", "Store", "open_store"]
