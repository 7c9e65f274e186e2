"""kroniek: turn dated news articles, in any language, into ACLED-style event data.

The public API is small::

    import kroniek
    for event in kroniek.extract_events("article.txt"):
        print(event.event_date, event.sub_event_type, event.country)

    nlp = kroniek.load("nl")          # the spaCy pipeline of one language
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

__version__ = "0.1.0"

from kroniek.dates import PartialDate  # noqa: E402
from kroniek.extract import Extraction, Extractor  # noqa: E402
from kroniek.pipeline import load  # noqa: E402
from kroniek.readers import ReadIssue, iter_documents  # noqa: E402
from kroniek.records import Document, Event, Evidence, Timex  # noqa: E402
from kroniek.store import EventFilter, Store  # noqa: E402


def extract_events(*paths: str | Path, lang: str | None = None) -> Iterator[Event]:
    """Events of every document in the given files or directories.

    Bad input raises :class:`ValueError` naming the file and line; use
    :func:`kroniek.iter_documents` with your own error handler to skip it instead.
    """

    def fail(issue: ReadIssue) -> None:
        raise ValueError(str(issue))

    extractor = Extractor(lang=lang)
    for extraction in extractor.extract(iter_documents(paths, fail)):
        yield from extraction.events


def extract_text(
    text: str, date: str | None = None, lang: str | None = None, doc_id: str = "text"
) -> list[Event]:
    """Events of one text, with an optional publication date (``YYYY[-MM[-DD]]``)."""
    document = Document(id=doc_id, text=text, date=PartialDate.parse(date) if date else None)
    return Extractor(lang=lang).process(document).events


__all__ = [
    "Document",
    "Event",
    "EventFilter",
    "Evidence",
    "Extraction",
    "Extractor",
    "PartialDate",
    "ReadIssue",
    "Store",
    "Timex",
    "__version__",
    "extract_events",
    "extract_text",
    "iter_documents",
    "load",
]
