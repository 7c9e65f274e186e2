"""Deduplication: ingest a set of documents whose events are grouped by real event
(``tests/data/dedup.jsonl``), then count how often one real event was stored as several
(duplicate rate) and how often different real events were stored as one (false-merge
rate), as defined in ``tests/data/dedup.README.md``.

Each document reports one gold event. It is attributed to the stored event that holds
its matching extraction (same event type, the nearest date); a document with no matching
extraction is uncovered, and coverage is reported so that a store that drops documents
cannot look good on both rates.
"""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kroniek.dates import PartialDate
from kroniek.evaluate.gold import read_gold
from kroniek.extract import Extractor
from kroniek.records import Document, Event
from kroniek.store import Store

DATASET = Path(__file__).resolve().parents[3] / "tests" / "data" / "dedup.jsonl"
# Built blind as a held-out set; promoted to development once dedup_heldout2 was built.
DEV2 = DATASET.with_name("dedup_dev2.jsonl")
HELDOUT = DATASET.with_name("dedup_heldout2.jsonl")  # never tuned on: only its rates are read
# Built blind as held-out set 3 (blind: duplicate rate 0.200, false merges 0.040), then tuned on.
DEV3 = DATASET.with_name("dedup_dev3.jsonl")
# Built blind as held-out set 4 (duplicate rate 0.120, false merges 0.080), then tuned on.
DEV4 = DATASET.with_name("dedup_dev4.jsonl")
# Built blind as held-out set 5 in the eighth stop (duplicate rate 0.261, false merges 0.087), then tuned on.
DEV5 = DATASET.with_name("dedup_dev5.jsonl")
# Built blind as held-out set 6 in the eighth stop (duplicate rate 0.087, false merges 0.000), then tuned on.
DEV6 = DATASET.with_name("dedup_dev6.jsonl")
# Built blind as held-out set 7 in the eighth stop (duplicate rate 0.192, false merges 0.077), then tuned on.
DEV7 = DATASET.with_name("dedup_dev7.jsonl")
# Built blind as held-out set 8 in the eighth stop (duplicate rate 0.222, false merges 0.000), then tuned on.
DEV8 = DATASET.with_name("dedup_dev8.jsonl")
# Built blind as held-out set 9 in the ninth stop (duplicate rate 0.231, false merges 0.077), then tuned on.
DEV9 = DATASET.with_name("dedup_dev9.jsonl")
# Built blind as held-out set 10 in the ninth stop (duplicate rate 0.179, false merges 0.071), then tuned on.
DEV10 = DATASET.with_name("dedup_dev10.jsonl")
# Built blind as held-out set 11 in the tenth stop (duplicate rate 0.250, false merges 0.036), then tuned on.
DEV11 = DATASET.with_name("dedup_dev11.jsonl")
# Built blind as held-out set 12 at the end of the tenth stop (duplicate rate 0.125, false
# merges 0.042), then tuned on in the eleventh.
DEV12 = DATASET.with_name("dedup_dev12.jsonl")
# Built blind as held-out set 13 at the start of the eleventh stop (duplicate rate 0.074, false
# merges 0.111), then tuned on in the twelfth.
DEV13 = DATASET.with_name("dedup_dev13.jsonl")
# Built blind as held-out set 14 in the twelfth stop (duplicate rate 0.154, false merges 0.115),
# then tuned on in the thirteenth.
DEV14 = DATASET.with_name("dedup_dev14.jsonl")
# Built blind at the start of the thirteenth stop; never tuned on: only its rates are read.
HELDOUT15 = DATASET.with_name("dedup_heldout15.jsonl")
# Built blind in the seventeenth stop (duplicate rate 0.188, false merges 0.031); never tuned on.
HELDOUT16 = DATASET.with_name("dedup_heldout16.jsonl")
# Built blind in the seventeenth stop (duplicate rate 0.138, false merges 0.138), then tuned on.
DEV15 = DATASET.with_name("dedup_dev15.jsonl")
# Built blind in the eighteenth stop (prefix b): 70 documents, 26 events, English and Dutch in every one.
DEV16 = DATASET.with_name("dedup_dev16.jsonl")
# Built blind in the nineteenth stop (prefix h; duplicate rate 0.138, false merges 0.103), then tuned on.
DEV17 = DATASET.with_name("dedup_dev17.jsonl")
# Built blind in the nineteenth stop (prefix e; duplicate rate 0.107 / false merges 0.036 at the stop's start,
# 0.138 / 0.034 with that day's later code), then tuned on.
DEV18 = DATASET.with_name("dedup_dev18.jsonl")
# Built blind in the twentieth stop (prefix a; duplicate rate 0.042, false merges 0.167), then tuned on.
DEV19 = DATASET.with_name("dedup_dev19.jsonl")
# Built blind in the twenty-first stop (prefix d; duplicate rate 0.143, false merges 0.036), then tuned on.
DEV20 = DATASET.with_name("dedup_dev20.jsonl")
# Built blind in the twenty-first stop (prefix o; duplicate rate 0.200, false merges 0.029), then tuned on.
DEV21 = DATASET.with_name("dedup_dev21.jsonl")
# Built blind in the twenty-second stop (prefix l; duplicate rate 0.229, false merges 0.057), then tuned on.
DEV22 = DATASET.with_name("dedup_dev22.jsonl")
# Built blind in the twenty-second stop (prefix i; duplicate rate 0.080, false merges 0.160), then tuned on.
DEV23 = DATASET.with_name("dedup_dev23.jsonl")
# Built blind in the twenty-third stop (prefix A; duplicate rate 0.138, false merges 0.103), then tuned on.
DEV24 = DATASET.with_name("dedup_dev24.jsonl")
# Built blind in the twenty-third stop (prefix D; duplicate rate 0.042, false merges 0.083), then tuned on.
DEV25 = DATASET.with_name("dedup_dev25.jsonl")
# Built blind in the twenty-fourth stop (prefix G; duplicate rate 0.171, false merges 0.057), then tuned on.
DEV26 = DATASET.with_name("dedup_dev26.jsonl")
# Built blind in the twenty-fifth stop (prefix J; duplicate rate 0.171, false merges 0.000), then tuned on.
DEV27 = DATASET.with_name("dedup_dev27.jsonl")
# Built blind in the twenty-sixth stop (prefix Z; duplicate rate 0.129, false merges 0.032), then tuned on.
DEV28 = DATASET.with_name("dedup_dev28.jsonl")
# Built blind in the twenty-seventh stop (prefix Y; duplicate rate 0.229, false merges 0.057), then tuned on.
DEV29 = DATASET.with_name("dedup_dev29.jsonl")
# Built blind in the twenty-seventh stop (prefix X; duplicate rate 0.100, false merges 0.033 with the
# code at both ends of the stop), then tuned on.
DEV30 = DATASET.with_name("dedup_dev30.jsonl")
# Built blind in the twenty-eighth stop (prefix W; duplicate rate 0.147, false merges 0.088 with the
# stop-start code, 0.121 / 0.091 at the end of the stop), then tuned on.
DEV31 = DATASET.with_name("dedup_dev31.jsonl")
# Built blind in the twenty-ninth stop (prefix V; 33 stored, duplicate rate 0.212, false merges 0.061 with
# the code at both ends of the stop), then tuned on.
DEV32 = DATASET.with_name("dedup_dev32.jsonl")
# Built blind in the thirtieth stop (prefix U; 38 stored, duplicate rate 0.237, false merges 0.026 with
# the stop-start code, 37 / 0.216 / 0.027 at the end of the stop), then tuned on.
DEV33 = DATASET.with_name("dedup_dev33.jsonl")
# Built blind in the thirty-first stop (clusters T; 28 stored, duplicate rate 0.071, false merges 0.143
# with the stop-start code and unchanged at the end of the stop), then tuned on.
DEV34 = DATASET.with_name("dedup_dev34.jsonl")
# Built blind in the thirty-second stop (clusters S; 29 stored, duplicate rate 0.138, false merges 0.103
# with the code at both ends of the stop), then tuned on.
DEV35 = DATASET.with_name("dedup_dev35.jsonl")
# Built blind in the thirty-third stop (clusters R; 33 stored, duplicate rate 0.091, false merges 0.000
# with the code at both ends of the stop), then tuned on.
DEV36 = DATASET.with_name("dedup_dev36.jsonl")
# Built blind in the thirty-fourth stop (clusters Q; 30 stored, duplicate rate 0.167, false merges 0.033
# with the code at both ends of the stop), then tuned on.
DEV37 = DATASET.with_name("dedup_dev37.jsonl")
# Built blind in the thirty-fifth stop (clusters L; 26 stored, duplicate rate 0.115, false merges 0.077
# with the code at both ends of the stop), then tuned on.
DEV38 = DATASET.with_name("dedup_dev38.jsonl")
# Built blind in the thirty-sixth stop (clusters M; 29 stored, duplicate rate 0.103, false merges 0.069
# with the code at both ends of the stop), then tuned on.
DEV39 = DATASET.with_name("dedup_dev39.jsonl")
# Built blind in the thirty-seventh stop (clusters P; 29 stored, duplicate rate 0.172, false merges 0.069
# then; 31 stored, 0.161 and 0.032 with the forty-third stop's code, still blind), then tuned on.
DEV40 = DATASET.with_name("dedup_dev40.jsonl")
DEVELOPMENT = (
    DEV2,
    DEV3,
    DEV4,
    DEV5,
    DEV6,
    DEV7,
    DEV8,
    DEV9,
    DEV10,
    DEV11,
    DEV12,
    DEV13,
    DEV14,
    DEV15,
    DEV16,
    DEV17,
    DEV18,
    DEV19,
    DEV20,
    DEV21,
    DEV22,
    DEV23,
    DEV24,
    DEV25,
    DEV26,
    DEV27,
    DEV28,
    DEV29,
    DEV30,
    DEV31,
    DEV32,
    DEV33,
    DEV34,
    DEV35,
    DEV36,
    DEV37,
    DEV38,
    DEV39,
    DEV40,
)
HELD_OUT = (HELDOUT, HELDOUT15, HELDOUT16)


@dataclass(frozen=True)
class DedupScores:
    documents: int
    clusters: int
    stored: int  # stored events that hold at least one attributed document
    duplicate_rate: float
    false_merge_rate: float
    clusters_covered: float
    documents_attributed: float
    merged_wrongly: list[list[str]]  # the clusters of each falsely merged event
    split: dict[str, int]  # clusters stored as more than one event: how many
    # what sets a split cluster's stored events apart: "place", "day", "sub-type", joined by "+"
    split_by: dict[str, str] = field(default_factory=dict)


def _matching(gold: dict[str, Any], events: list[Event]) -> Event | None:
    """The extraction that reports the document's gold event: its type, the nearest day."""
    same_type = [e for e in events if e.event_type == gold["event_type"] and e.event_date]
    if not same_type:
        return None
    target = dt.date.fromisoformat(gold["event_date"])
    return min(same_type, key=lambda e: abs((dt.date.fromisoformat(str(e.event_date)) - target).days))


RULES = ("topic", "placeless")  # merge rules that an ablation can switch off


def _store_without(rules: tuple[str, ...]) -> type[Store]:
    """The SQLite store with some merge rules switched off, for ablations."""

    class Ablated(Store):
        def _most_alike(self, mention: Event, event_ids: list[str], at_least: int = 1) -> str | None:
            return None if "topic" in rules else super()._most_alike(mention, event_ids, at_least)

        def _prominent_event(self, mention: Event) -> tuple[str, str] | None:
            return None if "placeless" in rules else super()._prominent_event(mention)

    return Ablated


def evaluate(path: Path = DATASET, without: tuple[str, ...] = (), shared: Path | None = None) -> DedupScores:
    rows = read_gold(path, shared)
    documents = [
        Document(
            id=r["id"],
            text=r["text"],
            date=PartialDate.parse(r["dct"]),
            lang=r.get("lang", ""),
            title=r["id"],
        )
        for r in rows
    ]
    extractions = {lang: Extractor(lang=lang) for lang in {d.lang for d in documents}}
    cluster_of: dict[str, str] = {}  # stored mention id -> gold cluster
    store_class = _store_without(without) if without else Store
    with tempfile.TemporaryDirectory() as folder, store_class(Path(folder) / "dedup.db") as store:
        for row, document in zip(rows, documents, strict=True):
            events = extractions[document.lang].process(document).events
            store.write_batch([(document, events)])  # one at a time: merging is incremental
            hit = _matching(row, events)
            if hit is not None:
                cluster_of[hit.event_id] = row["cluster"]
        holders: dict[str, list[str]] = defaultdict(list)  # stored event -> clusters of its documents
        for mention_id, cluster in cluster_of.items():
            row = store.conn.execute(
                "SELECT event_id FROM mentions WHERE mention_id = ?", (mention_id,)
            ).fetchone()
            if row is not None:
                holders[row[0]].append(cluster)
        majority = {
            e: min(Counter(cs).most_common(), key=lambda kv: (-kv[1], kv[0]))[0] for e, cs in holders.items()
        }
        stored_as: dict[str, list[Event]] = defaultdict(list)
        for event_id, cluster in majority.items():
            event = store.event(event_id)
            if event is not None:
                stored_as[cluster].append(event)
    split_by = {c: _apart(events) for c, events in sorted(stored_as.items()) if len(events) > 1}
    n = len(holders)
    covered = set(majority.values())
    per_cluster = Counter(majority.values())
    wrong = [sorted(set(cs)) for cs in holders.values() if len(set(cs)) > 1]
    clusters = {r["cluster"] for r in rows}
    return DedupScores(
        documents=len(rows),
        clusters=len(clusters),
        stored=n,
        duplicate_rate=(n - len(covered)) / n if n else 0.0,
        false_merge_rate=len(wrong) / n if n else 0.0,
        clusters_covered=len({c for cs in holders.values() for c in cs}) / len(clusters) if clusters else 0.0,
        documents_attributed=len(cluster_of) / len(rows) if rows else 0.0,
        merged_wrongly=wrong,
        split={c: k for c, k in sorted(per_cluster.items()) if k > 1},
        split_by=split_by,
    )


def _apart(events: list[Event]) -> str:
    """What the stored events of one real event differ in."""
    fields = (("place", "location"), ("day", "event_date"), ("sub-type", "sub_event_type"))
    differ = [name for name, attr in fields if len({getattr(e, attr) for e in events}) > 1]
    return "+".join(differ) or "nothing (a merge rule held back)"


def report(s: DedupScores, path: Path = DATASET, held_out: bool = False) -> str:
    """The rates; for a held-out set, only the rates (which clusters split is not shown, so
    that nobody tunes on it by accident)."""
    role = "held out" if held_out else "development"
    lines = [
        f"Deduplication ({path.name}, {role}): {s.documents} documents reporting {s.clusters} real events",
        f"  {s.stored} stored events; duplicate rate {s.duplicate_rate:.3f} (target < 0.05), "
        f"false-merge rate {s.false_merge_rate:.3f} (target < 0.02)",
        f"  coverage: {s.documents_attributed:.3f} of documents gave their event, "
        f"{s.clusters_covered:.3f} of real events stored",
    ]
    if not held_out:
        lines.append(f"  split: {s.split or 'none'}; merged wrongly: {s.merged_wrongly or 'none'}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m kroniek.evaluate.dedup", description=__doc__)
    parser.add_argument(
        "--without", action="append", choices=RULES, default=[], help="switch a merge rule off (ablation)"
    )
    args = parser.parse_args(argv)
    without = tuple(args.without)
    if without:
        print(f"ablation: without the {' and '.join(without)} rule(s)")
    reasons: Counter[str] = Counter()
    sets = [p for p in (DATASET, *DEVELOPMENT) if p.is_file()]
    for dev in sets:
        scores = evaluate(dev, without)
        reasons.update(scores.split_by.values())
        print(report(scores, dev))
    if reasons:
        print(
            f"Why real events of the {len(sets)} development sets were stored twice or more: "
            + ", ".join(f"{why} {n}" for why, n in reasons.most_common())
        )
    for held_out in HELD_OUT:
        if held_out.is_file():
            print(report(evaluate(held_out, without), held_out, held_out=True))


if __name__ == "__main__":
    main()
