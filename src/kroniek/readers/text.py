"""Plain text with an optional ``date YYYY-MM[-DD]`` header, and HTML pages."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from kroniek.readers.base import ErrorHandler, InvalidRecord, ReadIssue, make_document
from kroniek.records import Document

# White space, the word "date", the date, then the article, possibly on the same line.
_HEADER = re.compile(r"\A\s*date[ \t]+(\S+)[ \t]*\n?")


def split_header(content: str) -> tuple[str, str, int]:
    """Return (date string or "", text, offset of text in content)."""
    match = _HEADER.match(content)
    if not match:
        return "", content, 0
    return match.group(1), content[match.end() :], match.end()


def read_text(content: str, source_name: str, doc_id: str, on_error: ErrorHandler) -> Iterator[Document]:
    """A whole file is one document; its id is the file name without extension."""
    date, text, _ = split_header(content)
    try:
        yield make_document({"text": text, "date": date}, source_name=source_name, line=1, default_id=doc_id)
    except InvalidRecord as exc:
        on_error(ReadIssue(source_name, 1, str(exc)))


def read_html(content: str, source_name: str, doc_id: str, on_error: ErrorHandler) -> Iterator[Document]:
    """The main text, title and publication date of a page, as trafilatura finds them."""
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    result: Any = trafilatura.bare_extraction(content, with_metadata=True, include_comments=False)
    if result is None or not getattr(result, "text", None):
        on_error(ReadIssue(source_name, 0, "no article text found in this HTML page"))
        return
    fields = {
        "text": result.text,
        "date": result.date or "",
        "title": result.title or "",
        "url": result.url or "",
        "source": result.sitename or "",
        "lang": (result.language or "")[:2],
    }
    try:
        yield make_document(fields, source_name=source_name, default_id=doc_id)
    except InvalidRecord as exc:
        on_error(ReadIssue(source_name, 0, str(exc)))
