"""One-sentence English notes in ACLED's style, written from an event's fields."""

from __future__ import annotations

import datetime as dt

from kroniek.dates import DAY, MONTH, WEEK
from kroniek.records import Event
from kroniek.resources import load_json


def _when(event: Event) -> str:
    if event.event_date is None:
        return "On an unknown date"
    day = dt.date.fromisoformat(event.event_date)
    if event.time_precision == DAY:
        return f"On {day.day} {day:%B %Y}"
    if event.time_precision == WEEK:
        return f"In the week of {day.day} {day:%B %Y}"
    if event.time_precision == MONTH:
        return f"In {day:%B %Y}"
    return f"In {day.year}"


def write_note(event: Event) -> str:
    """E.g. "On 3 January 2020, an air or drone strike was carried out in Iraq; 2 fatalities."."""
    phrase = load_json("codebook.json")["notes_phrases"].get(event.sub_event_type, "an event")
    where = f" in {event.location}" if event.location else ""
    note = f"{_when(event)}, {phrase}{where}"
    if event.fatalities:
        note += f"; {event.fatalities} fatalit{'y was' if event.fatalities == 1 else 'ies were'} reported"
    return note + "."
