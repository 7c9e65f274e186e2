"""Our gold sets, without copies of research-only text.

Passages taken from DpgMedia2019 (licensed for research only) are not stored in the repo.
A gold row keeps a *quote*, a reference into the corpus in ``../shared``::

    {"id": "10648985-0", "quote": {"article": "10648985", "start": 0, "end": 92,
     "sha1": "3f0c..."}, "places": [{"start": 84, "end": 90, ...}]}

and :func:`read_gold` puts the passage back (``row["text"]``), checks it against the
hash, and fills the ``text`` of every annotated span from its offsets. Passages that we
wrote ourselves keep their ``text``. Without ``../shared`` the quoted rows cannot be read:
:class:`SourceMissing` says so, and the evaluations and tests that need them skip.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

SHARED = Path(os.environ.get("KRONIEK_SHARED", Path(__file__).resolve().parents[3].parent / "shared"))
ARTICLES = Path("data/dpgmedia2019_nl/articles.jsonl")


class SourceMissing(Exception):
    """The corpus that a gold set quotes is not here."""


def passage_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


@cache
def _articles(shared: Path) -> dict[str, str]:
    path = shared / ARTICLES
    if not path.is_file():
        raise SourceMissing(f"{path} is not here: the gold passages quoted from DpgMedia2019 need it")
    texts: dict[str, str] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            texts[str(row["id"])] = str(row.get("text") or "")
    return texts


def read_gold(path: Path, shared: Path | None = None) -> list[dict[str, Any]]:
    """The rows of a gold JSON Lines file, with every quoted passage put back."""
    rows: list[dict[str, Any]] = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            row = json.loads(line)
            quote = row.pop("quote", None)
            if quote is not None:
                articles = _articles(shared or SHARED)
                text = articles.get(str(quote["article"]), "")[quote["start"] : quote["end"]]
                if passage_hash(text) != quote["sha1"]:
                    raise ValueError(
                        f"{path}:{number}: the quoted passage of article {quote['article']} does not "
                        "match its hash: is ../shared the same DpgMedia2019 release?"
                    )
                row["text"] = text
            _fill_spans(row)
            rows.append(row)
    return rows


def _fill_spans(row: dict[str, Any]) -> None:
    """Give every annotated span (``start``/``end`` into the passage) its ``text``, and
    turn a quoted sentence kept as offsets (an event's ``evidence``) back into text."""
    for item in annotation_records(row):
        if "text" not in item and {"start", "end"} <= item.keys():
            item["text"] = row["text"][item["start"] : item["end"]]
        for key, inner in item.items():
            if isinstance(inner, dict) and inner.keys() == {"start", "end"}:
                item[key] = row["text"][inner["start"] : inner["end"]]


def annotation_records(row: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The annotation records of a gold row: the dicts in its lists (places, timexes, events)."""
    for value in row.values():
        if isinstance(value, list):
            yield from (item for item in value if isinstance(item, dict))
