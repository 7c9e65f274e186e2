"""Ingest on Dask distributed (a real LocalCluster of worker processes) stores exactly what
a single-process ingest stores."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from kroniek.cli import main

pytest.importorskip("dask.distributed", reason="Dask is not installed (make install)")


def _corpus(path: Path, n: int = 60) -> Path:
    towns = ["Kaduna", "Maiduguri", "Kano", "Jos"]
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            day, dead, town = 1 + i % 28, 2 + i % 4, towns[i % 4]
            text = f"On {day} March 2023, gunmen shot dead {dead} villagers in {town}, Nigeria."
            out.write(
                json.dumps({"id": f"n{i:03d}", "date": "2023-03-30", "lang": "en", "text": text}) + "\n"
            )
    return path


def _counts(db: Path) -> tuple[int, int, list[str], int]:
    with sqlite3.connect(db) as conn:
        ids = [r[0] for r in conn.execute("SELECT mention_id FROM mentions ORDER BY mention_id")]
        events = conn.execute("SELECT count(*) FROM events").fetchone()[0]
        return conn.execute("SELECT count(*) FROM documents").fetchone()[0], len(ids), ids, events


def _worker_joins(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        query = "SELECT count(*) FROM mentions WHERE reason LIKE 'joined on its worker%'"
        return int(conn.execute(query).fetchone()[0])


def test_ingest_with_two_workers_equals_one_process(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "news.jsonl")
    assert main(["ingest", str(corpus), "--db", str(tmp_path / "one.db"), "-q"]) == 0
    assert main(["ingest", str(corpus), "--db", str(tmp_path / "dask.db"), "-q", "--workers", "2"]) == 0
    single, distributed = _counts(tmp_path / "one.db"), _counts(tmp_path / "dask.db")
    assert distributed == single and single[0] == 60
    # 60 reports of 28 (day, town) killings merge into 28 events on either path; on Dask
    # the reports that share a partition were joined by their worker, block by block.
    assert single[3] == distributed[3] == 28
    assert _worker_joins(tmp_path / "dask.db") > 0
    # Run again: everything is stored already, nothing is sent to the workers twice.
    assert main(["ingest", str(corpus), "--db", str(tmp_path / "dask.db"), "-q", "--workers", "2"]) == 0
    assert _counts(tmp_path / "dask.db") == single


def test_workers_must_be_positive(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = _corpus(tmp_path / "news.jsonl", 2)
    assert main(["ingest", str(corpus), "--db", str(tmp_path / "k.db"), "--workers", "0"]) == 2
    assert "--workers must be at least 1" in capsys.readouterr().err


def test_extract_with_two_workers_writes_the_events_of_one_process(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "news.jsonl", 40)
    one, dask = tmp_path / "one.jsonl", tmp_path / "dask.jsonl"
    assert main(["extract", "-i", str(corpus), "-o", str(one)]) == 0
    assert main(["extract", "-i", str(corpus), "-o", str(dask), "--workers", "2"]) == 0
    rows = [sorted(line for line in path.read_text().splitlines()) for path in (one, dask)]
    assert rows[0] == rows[1] and len(rows[0]) == 40  # order may differ, content not
