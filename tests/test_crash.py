"""Ingest survives a kill -9 and a second ingest running at the same time: no document is
lost and none is stored twice. Real subprocesses, a real signal, a real SQLite file."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

N = 600  # documents: enough that the kill lands while the ingest is running


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "news.jsonl"
    towns = ["Kaduna", "Maiduguri", "Kano", "Jos", "Abuja", "Lagos"]
    with path.open("w", encoding="utf-8") as out:
        for i in range(N):
            day = 1 + i % 28
            text = (
                f"On {day} March 2023, gunmen shot dead {2 + i % 5} villagers in {towns[i % len(towns)]}, "
                f"Nigeria. Report number {i}."
            )
            out.write(
                json.dumps({"id": f"n{i:04d}", "date": "2023-03-30", "lang": "en", "text": text}) + "\n"
            )
    return path


def ingest(corpus: Path, db: Path) -> subprocess.Popen[bytes]:
    command = [
        sys.executable,
        "-m",
        "kroniek",
        "ingest",
        str(corpus),
        "--db",
        str(db),
        "--batch-size",
        "10",
        "-q",
    ]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def counts(db: Path) -> tuple[int, int, int]:
    with sqlite3.connect(db, timeout=60) as conn:
        return (
            conn.execute("SELECT count(*) FROM documents").fetchone()[0],
            conn.execute("SELECT count(*) FROM mentions").fetchone()[0],
            conn.execute("SELECT count(DISTINCT doc_id) FROM mentions").fetchone()[0],
        )


def stored(db: Path) -> int:
    try:
        return counts(db)[0]
    except sqlite3.Error:
        return 0


@pytest.fixture(scope="module")
def reference(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[int, int, int]:
    db = tmp_path_factory.mktemp("ref") / "ref.db"
    assert ingest(corpus, db).wait(timeout=600) == 0
    return counts(db)


def test_kill_9_halfway_then_resume_loses_and_duplicates_nothing(
    corpus: Path, reference: tuple[int, int, int], tmp_path: Path
) -> None:
    db = tmp_path / "k.db"
    process = ingest(corpus, db)
    deadline = time.time() + 300
    while stored(db) < N // 3 and time.time() < deadline:
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    halfway = stored(db)
    assert 0 < halfway < N, "the kill should land in the middle of the ingest"
    assert ingest(corpus, db).wait(timeout=600) == 0  # resume: run the same command again
    assert counts(db) == reference
    assert reference[0] == N


def test_two_ingests_into_one_store_at_once(
    corpus: Path, reference: tuple[int, int, int], tmp_path: Path
) -> None:
    db = tmp_path / "k.db"
    first, second = ingest(corpus, db), ingest(corpus, db)
    assert first.wait(timeout=600) == 0, first.stderr.read().decode() if first.stderr else ""
    assert second.wait(timeout=600) == 0, second.stderr.read().decode() if second.stderr else ""
    assert counts(db) == reference
