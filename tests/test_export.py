import csv
import io
import json
from pathlib import Path

import pytest

from kroniek.export import write_events
from kroniek.records import EVENT_COLUMNS, Event, Evidence


def sample() -> list[Event]:
    return [
        Event(
            event_id="e1",
            doc_id="d",
            event_date="2022-01-04",
            time_precision=1,
            event_type="Protests",
            sub_event_type="Peaceful protest",
            country="Mali",
            iso3="MLI",
            latitude=12.65,
            longitude=-8.0,
            fatalities=0,
            evidence=[Evidence("d", 0, 4, "Line\none")],
        ),
        Event(
            event_id="e2",
            doc_id="d",
            event_date=None,
            time_precision=4,
            event_type="Riots",
            sub_event_type="Mob violence",
        ),
    ]


def test_csv_uses_acled_column_order() -> None:
    out = io.StringIO()
    assert write_events(sample(), out, "csv") == 2
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert rows[0][:5] == [
        "event_id",
        "event_date",
        "time_precision",
        "event_type",
        "sub_event_type",
    ]
    assert rows[0] == [*EVENT_COLUMNS, "evidence"]
    assert rows[1][rows[0].index("evidence")] == "Line one"
    assert rows[2][1] == ""


def test_jsonl_and_geojson() -> None:
    out = io.StringIO()
    write_events(sample(), out, "jsonl")
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert lines[0]["evidence"] == [{"doc_id": "d", "start": 0, "end": 4, "text": "Line\none"}]
    out = io.StringIO()
    write_events(sample(), out, "geojson")
    collection = json.loads(out.getvalue())
    assert collection["type"] == "FeatureCollection"
    assert collection["features"][0]["geometry"] == {"type": "Point", "coordinates": [-8.0, 12.65]}
    assert collection["features"][1]["geometry"] is None


def test_parquet_export_is_partitioned_by_month_and_read_by_duckdb(tmp_path: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    pytest.importorskip("pyarrow")
    from kroniek.export_parquet import write_parquet

    events = [
        Event(
            event_id=f"e{i}",
            doc_id="d",
            event_date=date,
            time_precision=1,
            event_type="Protests",
            sub_event_type="Peaceful protest",
            country="Netherlands",
            fatalities=i,
            evidence=[Evidence("d", 0, 4, "Text")],
        )
        for i, date in enumerate(["2019-03-23", "2019-03-30", "2019-04-02", None])
    ]
    assert write_parquet(events, tmp_path / "out") == 4
    months = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert months == ["month=2019-03", "month=2019-04", "month=unknown"]
    rows = duckdb.sql(
        f"SELECT month, count(*), sum(fatalities) FROM read_parquet('{tmp_path}/out/**/*.parquet',"
        " hive_partitioning = true) GROUP BY month ORDER BY month"
    ).fetchall()
    assert rows == [("2019-03", 2, 1), ("2019-04", 1, 2), ("unknown", 1, 3)]
    evidence = duckdb.sql(
        f"SELECT evidence[1].text FROM read_parquet('{tmp_path}/out/**/*.parquet') WHERE event_id = 'e0'"
    ).fetchall()
    assert evidence == [("Text",)]


def test_parquet_export_needs_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from kroniek.cli import main

    assert main(["export", "--db", str(tmp_path / "k.db"), "--format", "parquet"]) == 2
    assert "--output DIR" in capsys.readouterr().err
