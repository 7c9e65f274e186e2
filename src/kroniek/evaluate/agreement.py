"""How far two people agree when they code the same wire articles blind, and how far kroniek
agrees with each: the ceiling that a Reuters figure should be read against.

``events_reuters_heldout_second.jsonl`` is a second annotation, made blind by another annotator,
of documents that the held-out Reuters sets also code. It is held out like them: only the
aggregate figures below are printed. Events match on sub-type and day, as in
:func:`kroniek.evaluate.events_nl.evaluate`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kroniek.dates import PartialDate
from kroniek.evaluate.events_nl import REUTERS_HELDOUT, REUTERS_HELDOUT2
from kroniek.evaluate.gold import read_gold
from kroniek.extract import Extractor
from kroniek.records import Document

SECOND = REUTERS_HELDOUT.with_name("events_reuters_heldout_second.jsonl")
Key = tuple[str, str]  # sub-type, day


@dataclass(frozen=True)
class Agreement:
    documents: int  # documents both annotations code, from the same sentences
    first_events: int
    second_events: int
    annotators_f1: float  # either against the other: F1 is symmetric
    kroniek_first_f1: float
    kroniek_second_f1: float


def _with_ranges(path: Path, shared: Path | None) -> list[dict[str, Any]]:
    """Gold rows with the sentence range they quote, to pair the two annotations."""
    raw = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = read_gold(path, shared)
    for quoted, row in zip(raw, rows, strict=True):
        row["_range"] = tuple(quoted["quote"]["sentences"])
    return rows


def f1(gold: Sequence[list[Key]], other: Sequence[list[Key]]) -> float:
    """Event F1 of ``other`` against ``gold``, document by document, each event matched once."""
    matched = sum(
        sum(1 for key in set(g) for _ in range(min(g.count(key), o.count(key))))
        for g, o in zip(gold, other, strict=True)
    )
    total_gold, total_other = sum(map(len, gold)), sum(map(len, other))
    p = matched / total_other if total_other else 0.0
    r = matched / total_gold if total_gold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def evaluate(shared: Path | None = None) -> Agreement:
    first = [r for path in (REUTERS_HELDOUT, REUTERS_HELDOUT2) for r in _with_ranges(path, shared)]
    second = {r["_range"]: r for r in _with_ranges(SECOND, shared)}
    pairs = [(a, second[a["_range"]]) for a in first if a["_range"] in second]

    def keys(row: dict[str, Any]) -> list[Key]:
        return [(e["sub_event_type"], e["event_date"]) for e in row["events"]]

    a, b = [keys(x) for x, _ in pairs], [keys(y) for _, y in pairs]
    documents = [
        Document(id=x["id"], text=x["text"], date=PartialDate.parse(x["dct"]), lang="en") for x, _ in pairs
    ]
    k = [
        [(e.sub_event_type, str(e.event_date)) for e in x.events]
        for x in Extractor(lang="en").extract(documents)
    ]
    return Agreement(len(pairs), sum(map(len, a)), sum(map(len, b)), f1(a, b), f1(a, k), f1(b, k))


def report(s: Agreement) -> str:
    return (
        f"Agreement on {s.documents} held-out Reuters articles coded blind by two annotators "
        f"({s.first_events} and {s.second_events} events; sub-type and day):\n"
        f"  annotators with each other F1 {s.annotators_f1:.3f}; kroniek with the first "
        f"{s.kroniek_first_f1:.3f}, with the second {s.kroniek_second_f1:.3f}"
    )
