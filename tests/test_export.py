import csv
import io
import json

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
