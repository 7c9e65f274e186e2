"""What every reader shares: error reports, decoding, and turning fields into a Document."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from kroniek.dates import PartialDate
from kroniek.records import Document


@dataclass(frozen=True)
class ReadIssue:
    """Bad input: where it is and what is wrong, printed as ``file:line: message``."""

    source: str
    line: int
    message: str

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.message}"


ErrorHandler = Callable[[ReadIssue], None]


# Limits against hostile or broken input; each overrun is reported and skipped.
MAX_TEXT_CHARS = 2_000_000  # one document's text: a long book, far beyond any article
MAX_LINE_BYTES = 8_000_000  # one JSON Lines record
MAX_FILE_BYTES = 64_000_000  # a whole text, HTML or CSV file (JSON Lines is streamed instead)

DATE_FIELDS = ("date", "published_at", "published", "publication_date", "pub_date")
"""The spec's ``date``, then names that scraped corpora often use for it."""


class InvalidRecord(ValueError):
    """A record that cannot become a Document; the message says which field and why."""


def decode_bytes(data: bytes) -> str:
    """Decode UTF-8 first; otherwise tell cp1252 from latin-1 by the bytes 0x80-0x9F.

    Both are single-byte Western encodings. cp1252 puts curly quotes and the euro sign
    in 0x80-0x9F where latin-1 has invisible control characters, so text that uses
    those bytes as characters is cp1252.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90, 0x9D are undefined in cp1252
        return data.decode("latin-1")


def looks_binary(head: bytes) -> bool:
    """A NUL byte in the first kilobytes: an image, an archive, a PDF, not text."""
    return b"\x00" in head[:8192]


def content_id(text: str) -> str:
    """A stable id for a document without one: a hash of its content."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def _text_field(fields: Mapping[str, Any], name: str) -> str:
    value = fields.get(name)
    if value is None:
        return ""
    if not isinstance(value, str | int | float):
        raise InvalidRecord(f"field '{name}' must be a string, got {type(value).__name__}")
    return str(value).strip()


def make_document(
    fields: Mapping[str, Any], *, source_name: str, line: int = 0, default_id: str = ""
) -> Document:
    """Validate the record fields of the spec and build a Document.

    Raises :class:`InvalidRecord` naming the field that is wrong.
    """
    text = fields.get("text")
    if not isinstance(text, str):
        if text is None:
            raise InvalidRecord("field 'text' is missing")
        raise InvalidRecord(f"field 'text' must be a string, got {type(text).__name__}")
    if not text.strip():
        raise InvalidRecord("document has no text")
    if len(text) > MAX_TEXT_CHARS:
        raise InvalidRecord(
            f"field 'text' has {len(text):,} characters, more than the {MAX_TEXT_CHARS:,} allowed"
        )
    raw_date = next((_text_field(fields, k) for k in DATE_FIELDS if _text_field(fields, k)), "")
    date = None
    if raw_date:
        try:
            date = PartialDate.parse(raw_date)
        except ValueError as exc:
            raise InvalidRecord(f"field 'date': {exc}") from None
    doc_id = _text_field(fields, "id") or default_id or content_id(text)
    return Document(
        id=doc_id,
        text=text,
        date=date,
        title=_text_field(fields, "title"),
        lang=_text_field(fields, "lang").lower(),
        url=_text_field(fields, "url"),
        source=_text_field(fields, "source"),
        source_name=source_name,
        line=line,
    )
