"""Confidence: a shipped calibration, and the reliability table that checks it."""

from __future__ import annotations

from kroniek import confidence
from kroniek.records import Event


def event(**fields: object) -> Event:
    base: dict[str, object] = {
        "event_id": "e",
        "doc_id": "d",
        "event_date": "2020-05-01",
        "time_precision": 1,
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
    }
    base.update(fields)
    return Event(**base)  # type: ignore[arg-type]


def test_firmer_events_are_more_likely_right() -> None:
    calibration = confidence.shipped()
    assert calibration is not None
    firm = event(country="Iraq", location="Baghdad", latitude=33.3, longitude=44.4, geo_precision=1)
    loose = event(time_precision=3)
    assert 0.0 < calibration.probability(loose) < calibration.probability(firm) < 1.0


def test_reliability_table_and_calibration_error() -> None:
    probabilities = [0.1, 0.1, 0.9, 0.9, 0.9, 0.9]
    right = [False, False, True, True, True, False]
    rows = confidence.reliability(probabilities, right)
    assert rows == [("0.0-0.2", 2, 0.1, 0.0), ("0.8-1.0", 4, 0.9, 0.75)]
    assert abs(confidence.expected_calibration_error(rows) - (2 * 0.1 + 4 * 0.15) / 6) < 1e-9
