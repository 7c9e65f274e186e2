"""The command line, run as a user runs it: a real process, real files, real exit codes."""

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from kroniek.cli import main


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kroniek", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_extract_on_the_seed_end_to_end(seed_path: Path) -> None:
    result = run("extract", "--input", str(seed_path))
    assert result.returncode == 0, result.stderr
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert sorted(e["sub_event_type"] for e in events) == [
        "Air/drone strike",
        "Disrupted weapons use",
        "Disrupted weapons use",
    ]
    assert {e["country"] for e in events} == {"Iraq"}
    for event in events:
        assert set(event) >= {
            "event_id",
            "doc_id",
            "event_date",
            "time_precision",
            "event_type",
            "actor1",
            "inter1",
            "interaction",
            "iso3",
            "admin1",
            "latitude",
            "geo_precision",
            "fatalities",
            "notes",
            "evidence",
            "confidence",
            "language",
        }
        assert 0 <= event["confidence"] <= 1


def test_extract_reads_stdin_and_writes_a_file(tmp_path: Path) -> None:
    line = json.dumps(
        {
            "id": "s",
            "date": "2023-03-05",
            "text": "On 3 March 2023, gunmen shot dead five villagers in Kaduna, Nigeria.",
        }
    )
    out = tmp_path / "events.jsonl"
    result = run("extract", "--lang", "en", "--output", str(out), stdin=line + "\n")
    assert result.returncode == 0, result.stderr
    assert json.loads(out.read_text().splitlines()[0])["country"] == "Nigeria"


def test_bad_input_exit_codes(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_text('{"id": "ok", "text": "Protesters marched in Bamako, Mali."}\n{broken\n')
    result = run("extract", "--input", str(path))
    assert result.returncode == 0  # something was processed
    assert f"{path}:2: broken JSON" in result.stderr
    assert run("extract", "--strict", "--input", str(path)).returncode == 1
    only_bad = tmp_path / "bad.jsonl"
    only_bad.write_text("{broken\n")
    result = run("extract", "--input", str(only_bad))
    assert result.returncode == 1
    assert "no document could be processed" in result.stderr
    assert run("extract", "--input", str(tmp_path / "missing.txt")).returncode == 1
    assert run("frobnicate").returncode == 2


def test_timex_output_format(seed_path: Path) -> None:
    result = run("timex", "--input", str(seed_path))
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["doc_id"] == "000_f114f30efc7a80b0"
    assert record["dct"] == {"value": "2022-01-04", "precision": 1, "inferred": True}
    text = seed_path.read_text(encoding="utf-8").split("2022-01 ", 1)[1]
    for timex in record["timexes"]:
        assert set(timex) == {"start", "end", "text", "type", "value"}
        assert text[timex["start"] : timex["end"]] == timex["text"]
        assert timex["type"] in {"DATE", "TIME", "DURATION", "SET"}
    values = {t["text"]: t["value"] for t in record["timexes"]}
    assert values["3 januari 2020"] == "2020-01-03"
    assert values["dinsdag"] == "2022-01-04"
    assert values["Maandag"] == "2022-01-03"
    assert values["9 december"] == "2021-12-09"


def test_ingest_events_export_stats(
    tmp_path: Path, seed_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "k.db")
    assert main(["ingest", "--quiet", "--db", db, str(seed_path)]) == 0
    assert main(["ingest", "--db", db, str(seed_path)]) == 0  # again: nothing changes
    assert "0 added, 0 updated, 1 unchanged" in capsys.readouterr().err

    assert main(["events", "--db", db]) == 0
    table = capsys.readouterr().out
    assert "Disrupted weapons use" in table and table.rstrip().endswith("3 events")

    assert main(["events", "--db", db, "--json", "--type", "Air/drone strike"]) == 0
    (strike,) = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert strike["event_date"] == "2020-01-03"

    assert main(["events", "--db", db, "--json", "--text", "luchthaven", "--since", "2021-01-01"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2  # full-text over the article

    assert main(["export", "--db", db, "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 3 and list(rows[0])[:2] == ["event_id", "event_date"]

    assert main(["export", "--db", db, "--format", "geojson", "--country", "IRQ"]) == 0
    assert len(json.loads(capsys.readouterr().out)["features"]) == 3

    assert main(["stats", "--db", db, "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["documents"] == 1 and stats["events"] == 3
    assert stats["countries"] == {"Iraq": 3}


def test_ingest_keeps_going_past_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(" date 2023-03-05 Police arrested 40 protesters in Paris, France.")
    (corpus / "bad.txt").write_text(" date 2023-02-30 Een artikel.")
    (corpus / "empty.txt").write_text("   ")
    db = str(tmp_path / "k.db")
    assert main(["ingest", "--quiet", "--db", db, str(corpus)]) == 0
    err = capsys.readouterr().err
    assert f"{corpus / 'bad.txt'}:1: field 'date': impossible date" in err
    assert f"{corpus / 'empty.txt'}:1: document has no text" in err
    assert main(["ingest", "--quiet", "--strict", "--db", db, str(corpus)]) == 1
    assert main(["stats", "--db", db, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["documents"] == 1


def test_every_command_has_help_with_examples() -> None:
    for command in ("extract", "timex", "ingest", "events", "export", "stats"):
        result = run(command, "--help")
        assert result.returncode == 0
        assert "examples:" in result.stdout and "--db" in result.stdout


def test_languages_option(tmp_path: Path) -> None:
    line = json.dumps({"id": "a", "text": "Hundreds of protesters marched through Bamako, Mali, on Friday."})
    result = run("extract", "--languages", "en,fr", stdin=line + "\n")
    assert result.returncode == 0 and json.loads(result.stdout.splitlines()[0])["language"] == "en"
    result = run("extract", "--languages", "qq,fr", stdin=line + "\n")
    assert result.returncode == 2
    assert "--languages: unknown language code 'qq'" in result.stderr


def test_a_document_that_fails_is_reported_and_its_batch_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from kroniek.extract import Extractor

    original = Extractor._finish

    def finish(self: Extractor, document, *rest):  # type: ignore[no-untyped-def]
        if document.id == "bad":
            raise RuntimeError("simulated failure")
        return original(self, document, *rest)

    monkeypatch.setattr(Extractor, "_finish", finish)
    path = tmp_path / "docs.jsonl"
    rows = [{"id": i, "text": "Protesters marched through Bamako, Mali."} for i in ("a", "bad", "c")]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    assert main(["extract", "--input", str(path)]) == 0
    captured = capsys.readouterr()
    assert {json.loads(line)["doc_id"] for line in captured.out.splitlines()} == {"a", "c"}
    assert f"{path}:2: could not process document 'bad': simulated failure" in captured.err
