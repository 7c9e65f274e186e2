"""Persistence: SQLite with FTS5 by default."""

from kroniek.store.sqlite import EventFilter, IngestOutcome, Mention, Store

__all__ = ["EventFilter", "IngestOutcome", "Mention", "Store"]
