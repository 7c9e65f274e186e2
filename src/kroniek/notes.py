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


def _where(event: Event) -> str:
    """ " near Kabul International Airport (Kabul, Afghanistan)", " in Afghanistan", or ""."""
    if not event.location:
        return ""
    if event.location == event.country:
        return f" in {event.country}"
    context = ", ".join(x for x in (event.admin1, event.country) if x and x != event.location)
    facility = event.location.endswith(("Airport", "Air Base", "Airfield", "Air Field", "Base"))
    preposition = "near" if event.geo_precision == 2 else "at" if facility else "in"
    return f" {preposition} {event.location}" + (f" ({context})" if context else "")


def write_note(event: Event, estimated: bool = False) -> str:
    """E.g. "On 9 May 2020, an air or drone strike was carried out near Kabul
    International Airport (Kabul, Afghanistan); 2 fatalities were reported."."""
    phrase = load_json("codebook.json")["notes_phrases"].get(event.sub_event_type, "an event")
    where = _where(event)
    note = f"{_when(event)}, {phrase}{where}"
    if event.fatalities:
        if estimated:
            note += (
                f"; deaths were reported without a number, coded as {event.fatalities} by ACLED's convention"
            )
        else:
            note += f"; {event.fatalities} fatalit{'y was' if event.fatalities == 1 else 'ies were'} reported"
    return note + "."
