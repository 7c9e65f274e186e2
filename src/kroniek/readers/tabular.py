"""JSON Lines and CSV: one document per line or row."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from kroniek.readers.base import (
    MAX_LINE_BYTES,
    ErrorHandler,
    InvalidRecord,
    ReadIssue,
    decode_bytes,
    make_document,
)
from kroniek.records import Document

csv.field_size_limit(2**31 - 1)


def read_jsonl(content: str, source_name: str, on_error: ErrorHandler) -> Iterator[Document]:
    """One JSON object per line; blank lines are skipped, broken ones reported."""
    yield from read_jsonl_lines(enumerate(content.splitlines(), start=1), source_name, on_error)


def read_jsonl_file(path: Path, on_error: ErrorHandler) -> Iterator[Document]:
    """A JSON Lines file streamed line by line, so that its size does not matter; a line
    longer than MAX_LINE_BYTES is reported and skipped without being held in memory."""
    with path.open("rb") as handle:
        yield from read_jsonl_lines(_decoded_lines(handle, str(path), on_error), str(path), on_error)


def _decoded_lines(handle: BinaryIO, source_name: str, on_error: ErrorHandler) -> Iterator[tuple[int, str]]:
    number = 0
    while True:
        raw = handle.readline(MAX_LINE_BYTES + 1)
        if not raw:
            return
        number += 1
        if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
            on_error(ReadIssue(source_name, number, f"line longer than {MAX_LINE_BYTES:,} bytes: skipped"))
            while raw and not raw.endswith(b"\n"):  # skip the rest of it, chunk by chunk
                raw = handle.readline(MAX_LINE_BYTES)
            continue
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        yield number, decode_bytes(raw).rstrip("\r\n")


def read_jsonl_lines(
    lines: Iterable[tuple[int, str]], source_name: str, on_error: ErrorHandler
) -> Iterator[Document]:
    for number, line in lines:
        if not line.strip():
            continue
        try:
            fields = json.loads(line)
        except json.JSONDecodeError as exc:
            on_error(ReadIssue(source_name, number, f"broken JSON: {exc.msg} (column {exc.colno})"))
            continue
        except RecursionError:
            on_error(ReadIssue(source_name, number, "JSON nested too deeply"))
            continue
        if not isinstance(fields, dict):
            on_error(ReadIssue(source_name, number, "expected a JSON object with a 'text' field"))
            continue
        try:
            yield make_document(fields, source_name=source_name, line=number)
        except InvalidRecord as exc:
            on_error(ReadIssue(source_name, number, str(exc)))


def read_csv(content: str, source_name: str, on_error: ErrorHandler) -> Iterator[Document]:
    """A header row with a ``text`` column; line numbers count the header as line 1."""
    dialect: type[csv.Dialect] = csv.excel_tab if source_name.endswith(".tsv") else csv.excel
    reader = csv.DictReader(io.StringIO(content, newline=""), dialect=dialect)
    if reader.fieldnames is None or "text" not in reader.fieldnames:
        on_error(ReadIssue(source_name, 1, "CSV has no 'text' column in its header"))
        return
    for row in reader:
        number = reader.line_num
        try:
            yield make_document(row, source_name=source_name, line=number)
        except InvalidRecord as exc:
            on_error(ReadIssue(source_name, number, str(exc)))
