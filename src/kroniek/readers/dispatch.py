"""Choose a reader by file extension (or by content for stdin) and walk directories."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from kroniek.readers.base import MAX_FILE_BYTES, ErrorHandler, ReadIssue, decode_bytes, looks_binary
from kroniek.readers.tabular import read_csv, read_jsonl, read_jsonl_file
from kroniek.readers.text import read_html, read_text
from kroniek.records import Document

JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
CSV_SUFFIXES = {".csv", ".tsv"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TEXT_SUFFIXES = {".txt", ".text"}
# Files a directory walk picks up; any other file is still read when named explicitly.
WALKED_SUFFIXES = JSONL_SUFFIXES | CSV_SUFFIXES | HTML_SUFFIXES | TEXT_SUFFIXES


def _sniff(content: str) -> str:
    head = content.lstrip()[:200].lower()
    if head.startswith("{"):
        return ".jsonl"
    if head.startswith("<"):
        return ".html"
    return ".txt"


def read_content(
    content: str, source_name: str, suffix: str, doc_id: str, on_error: ErrorHandler
) -> Iterator[Document]:
    """Read already-decoded content with the reader its suffix calls for."""
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(content, source_name, on_error)
    elif suffix in CSV_SUFFIXES:
        yield from read_csv(content, source_name, on_error)
    elif suffix in HTML_SUFFIXES:
        yield from read_html(content, source_name, doc_id, on_error)
    else:
        yield from read_text(content, source_name, doc_id, on_error)


def read_path(path: str | Path, on_error: ErrorHandler) -> Iterator[Document]:
    """Read one file, a directory (recursively, in sorted order) or ``-`` for stdin."""
    if str(path) == "-":
        content = decode_bytes(sys.stdin.buffer.read())
        yield from read_content(content, "<stdin>", _sniff(content), "stdin", on_error)
        return
    path = Path(path)
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file()):
            relative = child.relative_to(path)
            if any(part.startswith(".") for part in relative.parts):
                continue
            if child.suffix.lower() in WALKED_SUFFIXES:
                yield from read_path(child, on_error)
        return
    suffix = path.suffix.lower()
    try:
        with path.open("rb") as handle:
            head = handle.read(8192)
        size = path.stat().st_size
        if looks_binary(head):
            on_error(ReadIssue(str(path), 0, "binary file (it holds NUL bytes), not text: skipped"))
            return
        if suffix in JSONL_SUFFIXES:
            yield from read_jsonl_file(path, on_error)
            return
        if size > MAX_FILE_BYTES:
            on_error(
                ReadIssue(
                    str(path),
                    0,
                    f"file of {size:,} bytes is over the {MAX_FILE_BYTES:,} limit for {suffix or 'text'} "
                    "files: split it, or give its documents as JSON Lines, which are streamed",
                )
            )
            return
        data = path.read_bytes()
    except OSError as exc:
        on_error(ReadIssue(str(path), 0, f"cannot read file: {exc.strerror or exc}"))
        return
    yield from read_content(decode_bytes(data), str(path), suffix, path.stem, on_error)


def iter_documents(paths: Iterable[str | Path], on_error: ErrorHandler) -> Iterator[Document]:
    """All documents from all paths, in order."""
    for path in paths:
        yield from read_path(path, on_error)
