"""Writing events out: JSON Lines, CSV in ACLED's column order, and GeoJSON."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO, Any

from kroniek.records import EVENT_COLUMNS, Event

FORMATS = ("csv", "jsonl", "geojson")


def write_jsonl(events: Iterable[Event], out: IO[str]) -> int:
    count = 0
    for event in events:
        out.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(events: Iterable[Event], out: IO[str]) -> int:
    """ACLED's columns in ACLED's order, then ours; evidence as its sentences joined."""
    writer = csv.writer(out)
    writer.writerow([*EVENT_COLUMNS, "evidence"])
    count = 0
    for event in events:
        row = event.to_dict()
        evidence = " | ".join(e.text.replace("\n", " ") for e in event.evidence)
        writer.writerow([_cell(row[c]) for c in EVENT_COLUMNS] + [evidence])
        count += 1
    return count


def _cell(value: Any) -> Any:
    return "" if value is None else value


def write_geojson(events: Iterable[Event], out: IO[str]) -> int:
    """A FeatureCollection; events without coordinates get a null geometry."""
    features = []
    for event in events:
        properties = event.to_dict()
        geometry = None
        if event.latitude is not None and event.longitude is not None:
            geometry = {"type": "Point", "coordinates": [event.longitude, event.latitude]}
        features.append(
            {
                "type": "Feature",
                "id": event.event_id,
                "geometry": geometry,
                "properties": properties,
            }
        )
    json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False)
    out.write("\n")
    return len(features)


def write_events(events: Iterable[Event], out: IO[str], fmt: str) -> int:
    writers = {"csv": write_csv, "jsonl": write_jsonl, "geojson": write_geojson}
    if fmt not in writers:
        raise ValueError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    return writers[fmt](events, out)
