"""``make bench``, part 3: ``kroniek extract`` and ``kroniek ingest`` end to end on 1,000
Dutch articles from ``../shared`` (DpgMedia2019), in one process and on a local Dask
cluster of 1 and 2 workers: articles per second, the speed-up from 1 to 2 workers, and
the largest resident memory of any process of the run (driver or worker).
"""

from __future__ import annotations

import json
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from kroniek.bench import dutch_articles


def _run(command: list[str]) -> tuple[float, float]:
    start = time.perf_counter()
    subprocess.run(command, check=True, stderr=subprocess.DEVNULL)  # 26 empty articles are reported there
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # largest process so far
    return elapsed, peak


def _merges(db: Path) -> str:
    """How many mentions the run stored, how many events they made, and how many mentions
    a worker joined within its blocks of type × country × day."""
    with sqlite3.connect(db) as conn:
        mentions = conn.execute("SELECT count(*) FROM mentions").fetchone()[0]
        events = conn.execute("SELECT count(*) FROM events").fetchone()[0]
        query = "SELECT count(*) FROM mentions WHERE reason LIKE 'joined on its worker%'"
        joined = conn.execute(query).fetchone()[0]
    return f"{mentions} mentions -> {events} events, {joined} joined within blocks before the writer"


def main(shared: Path = Path("../shared"), limit: int = 1000) -> None:
    if not (shared / "data/dpgmedia2019_nl/articles.jsonl").is_file():
        print("skipped the ingest benchmark: the Dutch articles of ../shared are not here")
        return
    docs = dutch_articles(shared, limit)
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "articles.jsonl"
        with corpus.open("w", encoding="utf-8") as out:
            for d in docs:
                date = d.date.iso() if d.date else None
                row = {"id": d.id, "text": d.text, "title": d.title, "lang": "nl", "date": date}
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        kroniek = [sys.executable, "-m", "kroniek"]
        extract: dict[str, float] = {}
        for workers in ("1", "2"):
            events = Path(folder) / f"events-{workers}.jsonl"
            elapsed, peak = _run(
                [*kroniek, "extract", "-i", str(corpus), "-o", str(events), "--workers", workers]
            )
            extract[workers] = len(docs) / elapsed
            print(
                f"{'extract, Dask, ' + workers + ' worker(s)':44} {len(docs):6d} docs "
                f"{extract[workers]:9.1f} docs/s   peak RSS so far {peak:.0f} MB"
            )
        print(f"extract: scaling from 1 to 2 workers: {extract['2'] / extract['1']:.2f}x")
        rates: dict[str, float] = {}
        for label, extra in (
            ("one process", []),
            ("Dask, 1 worker", ["--workers", "1"]),
            ("Dask, 2 workers", ["--workers", "2"]),
        ):
            db = Path(folder) / f"{len(rates)}.db"
            elapsed, peak = _run([*kroniek, "ingest", str(corpus), "--db", str(db), "-q", *extra])
            rates[label] = len(docs) / elapsed
            print(
                f"{'ingest ' + label:44} {len(docs):6d} docs {rates[label]:9.1f} docs/s"
                f"   peak RSS so far {peak:.0f} MB; {_merges(db)}"
            )
        speedup = rates["Dask, 2 workers"] / rates["Dask, 1 worker"]
        print(
            f"ingest: scaling from 1 to 2 workers: {speedup:.2f}x "
            "(target >= 1.7x; this machine has 2 cores for all)"
        )


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("../shared"))
