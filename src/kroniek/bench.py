"""``make bench``: throughput and peak memory of kroniek's main paths.

Corpora: the Dutch DpgMedia2019 articles and the ACLED dev notes in ``../shared`` when
they are there, otherwise the bundled ``examples/``. Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from kroniek.dates import PartialDate
from kroniek.extract import Extractor
from kroniek.langid import detect_language
from kroniek.readers import iter_documents
from kroniek.records import Document
from kroniek.store import Store
from kroniek.temporal import TimexTagger, tagger_for


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def dutch_articles(shared: Path, limit: int) -> list[Document]:
    path = shared / "data/dpgmedia2019_nl/articles.jsonl"
    docs = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            date = PartialDate.parse(row["published_at"][:10]) if row.get("published_at") else None
            docs.append(Document(id=str(row["id"]), text=row["text"], date=date, title=row.get("title", "")))
            if len(docs) >= limit:
                break
    return docs


def _tag(tagger: TimexTagger, doc: Document) -> object:
    return tagger.find(doc.text, doc.date)


def _timed(
    label: str,
    docs: list[Document],
    work: Callable[[Document], object] | None,
    work_all: Callable[[list[Document]], object] | None = None,
    passes: int = 1,
) -> None:
    """Time ``work`` on each document, or ``work_all`` on the whole list; with several
    ``passes``, the fastest (as ``timeit`` reports: the others measure the machine's noise)."""
    words = sum(len(d.text.split()) for d in docs)
    elapsed = float("inf")
    for _ in range(passes):
        start = time.perf_counter()
        if work_all is not None:
            work_all(docs)
        else:
            assert work is not None
            for doc in docs:
                work(doc)
        elapsed = min(elapsed, time.perf_counter() - start)
    print(
        f"{label:44} {len(docs):6d} docs {len(docs) / elapsed:9.1f} docs/s "
        f"{words / elapsed:10.0f} words/s  {1000 * elapsed / len(docs):7.2f} ms/doc"
    )


def _gazetteer_load() -> None:
    """Opening the gazetteer and 2,000 lookups, and what they add to the peak memory."""
    from kroniek.geo.gazetteer import Gazetteer, default_path, open_gazetteer

    open_gazetteer()  # builds it, if it is missing: not part of the timing
    before = _peak_mb()
    start = time.perf_counter()
    gazetteer = Gazetteer(default_path())
    opened = time.perf_counter() - start
    names = [
        "Kaboel",
        "Amsterdam",
        "Hengelo",
        "Kandahar",
        "Aleppo",
        "Donetsk",
        "Springfield",
        "Nowhere",
    ] * 250
    start = time.perf_counter()
    for i, name in enumerate(names):
        gazetteer._lookup(name + ("" if i % 2 else " "), bool(i % 3))  # uncached lookups
    looked = time.perf_counter() - start
    print(
        f"{'gazetteer: open':44} {1000 * opened:8.1f} ms; {len(names)} lookups "
        f"{len(names) / looked:9.0f}/s; peak memory +{_peak_mb() - before:.0f} MB"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kroniek.bench", description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--limit", type=int, default=1000, help="documents per corpus")
    args = parser.parse_args(argv)

    corpora: dict[str, list[Document]] = {}
    if (args.shared / "data/dpgmedia2019_nl/articles.jsonl").is_file():
        corpora["nl DpgMedia2019 articles"] = dutch_articles(args.shared, args.limit)
    if (args.shared / "data/acled/acled_2020_dev.csv").is_file():
        from kroniek.evaluate.acled import DATASET, load_documents

        corpora["en ACLED dev notes"] = [d for d, _ in load_documents(args.shared / DATASET, args.limit)]
    if not corpora:
        corpora["bundled examples"] = list(iter_documents([Path("examples")], lambda issue: None))
    _gazetteer_load()
    extractor = Extractor()
    extractor.process(Document(id="warm", text="Warm up. Opwarmen.", lang="nl"))
    print(f"python {sys.version.split()[0]}; peak memory after loading: {_peak_mb():.0f} MB\n")
    for name, docs in corpora.items():
        _timed(f"language id ({name})", docs, lambda d: detect_language(d.text))
        lang = "en" if name.startswith("en") else "nl"
        tagger = tagger_for(lang)
        if tagger is not None:
            _timed(f"time tagging alone, best of 3 ({name})", docs, partial(_tag, tagger), passes=3)
        _timed(f"extract, one by one ({name})", docs, extractor.process)
        _timed(f"extract, batches of 32 ({name})", docs, None, lambda ds: list(extractor.extract(ds)))
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.db") as store:
        docs = next(iter(corpora.values()))
        batch = [(ex.document, ex.events) for ex in extractor.extract(docs)]
        start = time.perf_counter()
        for i in range(0, len(batch), 100):
            store.write_batch(batch[i : i + 100])
        elapsed = time.perf_counter() - start
        print(
            f"{'store write (SQLite + FTS5, batches of 100)':44} {len(batch):6d} docs "
            f"{len(batch) / elapsed:9.1f} docs/s"
        )
    print(f"\npeak memory (max RSS): {_peak_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
