"""Where an event happened when the report names other places too: the place right after
the trigger's preposition ("the suicide bombing in Riyadh") over towns of the report's own
country; the event's own country over the article's main one; a capital before a kind of
site ("the Ankara city hall") as a place, not a government; "the Red Sea resort of
Hurghada" as the resort; a club's supporters as no place; Dutch "de Weense binnenstad" as
Vienna; "het politiebureau van Bab Ezzouar" as the suburb, not the city it lies east of; and
a small town's name before "street" ("on Pasteur street") as no town of the report.

The shapes come from the development set `dedup_dev29`; the sentences here are our own."""

from __future__ import annotations

import pytest

import kroniek
from test_told_when_and_neighbours import coded_events as _kinds


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "MADRID - Spanish ministers attended a memorial service in Valencia for the nine "
            "engineers killed in last Wednesday's suicide bombing in Riyadh, where they had been "
            "building a power plant.",
            "Riyadh",
        ),
        (
            "ISTANBUL (Reuters) - A bomb exploded in the archives of the Ankara city hall on Monday, "
            "wounding three clerks, a Kurdish group said.",
            "Ankara",
        ),
        (
            "CAIRO (Reuters) - Three bombs exploded in the Egyptian Red Sea resort of Hurghada on "
            "Monday evening, killing at least 20 people, police said.",
            "Hurghada",
        ),
    ],
)
def test_the_place_the_event_is_told_at(text: str, place: str) -> None:
    assert [where for _, _, where in _kinds(text, "2003-05-13", "en")] == [place]


def test_a_clubs_supporters_are_no_place() -> None:
    text = (
        "BRUSSELS (Reuters) - Thirty people were crushed to death and hundreds injured on "
        "Wednesday evening when Liverpool supporters charged a section of Italian fans at a "
        "football stadium, Belgian officials said."
    )
    assert "Liverpool" not in {where for _, _, where in _kinds(text, "2000-04-06", "en")}


def test_a_dutch_town_adjective_that_the_suffix_rules_cannot_undo() -> None:
    text = "Bij een aanslag in de Weense binnenstad zijn maandagavond vier mensen gedood, meldt de politie."
    assert [where for _, _, where in _kinds(text, "2020-11-04", "nl")] == ["Vienna"]


def test_the_police_station_of_a_suburb_is_the_suburb() -> None:
    text = (
        "ALGIERS - Bij een zelfmoordaanslag op het politiebureau van Bab Ezzouar, een voorstad "
        "ten oosten van Algiers, zijn gisteren zeker elf mensen omgekomen."
    )
    assert [where for _, _, where in _kinds(text, "2007-04-12", "nl")] == ["Bab Ezzouar"]


def test_a_small_towns_name_before_street_names_a_street() -> None:
    text = (
        "Rescue workers pulled more bodies from the ruins of the Jewish community centre on "
        "Pasteur street, raising the death toll from Monday's car bomb to at least 50."
    )
    events = kroniek.extract_text(text, date="1994-07-20", lang="en")
    assert [e.country for e in events] == [""]
