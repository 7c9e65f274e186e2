"""Why do two reports of one real event stay apart? A diagnosis for issue 7.

python scripts/dedup/why_apart.py [--shared ../shared] [--examples N]

For every registered dedup development set (``kroniek.evaluate.dedup.DEVELOPMENT``) it codes
each document, takes the event that matches the document's gold event (as the dedup
evaluation does), and for every pair of reports of one gold cluster that
``kroniek.store.dedup.compare`` does not call the same event, counts the first reason it
gives: countries (and whether one report has none), days, towns, actors, weapons, types.
It changes nothing; it says where the duplicate rate comes from.
"""

from __future__ import annotations

import argparse
import itertools
import re
from collections import Counter, defaultdict
from pathlib import Path

from kroniek.dates import PartialDate
from kroniek.evaluate import dedup as dedup_eval
from kroniek.evaluate.gold import read_gold
from kroniek.extract import Extractor
from kroniek.records import Document, Event
from kroniek.store import dedup

_KINDS = (
    ("country", r"countries differ"),
    ("day", r"days apart|different days"),
    ("town", r"km apart"),
    ("actors", r"actors differ"),
    ("weapons", r"weapons differ"),
    ("type", r"types differ"),
)


def kind_of(reasons: tuple[str, ...]) -> tuple[str, str]:
    """The kind of the first reason that sets two reports apart, and that reason."""
    for reason in reasons:
        for kind, pattern in _KINDS:
            if re.search(pattern, reason):
                if kind == "country" and "?" in reason:
                    return "country (one report has none)", reason
                return kind, reason
    return "other", "; ".join(reasons)


def matched_reports(path: Path, shared: Path, extractors: dict[str, Extractor]) -> dict[str, list[Event]]:
    """Each gold cluster's reports: the event of each document that matches its gold event."""
    clusters: dict[str, list[Event]] = defaultdict(list)
    for row in read_gold(path, shared):
        lang = row.get("lang", "")
        document = Document(id=row["id"], text=row["text"], date=PartialDate.parse(row["dct"]), lang=lang)
        extractor = extractors.setdefault(lang, Extractor(lang=lang))
        hit = dedup_eval._matching(row, extractor.process(document).events)
        if hit is not None:
            clusters[row["cluster"]].append(hit)
    return clusters


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--examples", type=int, default=3, help="examples printed per kind")
    args = parser.parse_args(argv)
    kinds: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    extractors: dict[str, Extractor] = {}
    for path in dedup_eval.DEVELOPMENT:
        if not path.is_file():
            continue
        for cluster, reports in matched_reports(path, args.shared, extractors).items():
            for a, b in itertools.combinations(reports, 2):
                verdict = dedup.compare(a, b)
                if verdict.same:
                    continue
                kind, reason = kind_of(verdict.reasons)
                kinds[kind] += 1
                examples[kind].append(f"{path.stem} {cluster} {a.doc_id}/{b.doc_id}: {reason}")
    print(f"{sum(kinds.values())} pairs of reports of one event kept apart, by the first reason:")
    for kind, n in kinds.most_common():
        print(f"  {n:4d}  {kind}")
        for line in examples[kind][: args.examples]:
            print(f"          {line[:150]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
