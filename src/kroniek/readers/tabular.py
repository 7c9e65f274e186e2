"""JSON Lines and CSV: one document per line or row."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

from kroniek.readers.base import ErrorHandler, InvalidRecord, ReadIssue, make_document
from kroniek.records import Document

csv.field_size_limit(2**31 - 1)


def read_jsonl(content: str, source_name: str, on_error: ErrorHandler) -> Iterator[Document]:
    """One JSON object per line; blank lines are skipped, broken ones reported."""
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            fields = json.loads(line)
        except json.JSONDecodeError as exc:
            on_error(ReadIssue(source_name, number, f"broken JSON: {exc.msg} (column {exc.colno})"))
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
