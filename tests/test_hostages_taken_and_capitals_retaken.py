"""Hostages taken as attackers flee ("taking 27 hostages with them", a hijacked freighter) are
an abduction; troops that have "retaken the capital" regain territory. The shapes come from
the development set `events_articles_dev24`; the sentences here are our own."""

from __future__ import annotations

import kroniek


def _coded(text: str, date: str) -> list[tuple[str, str]]:
    return [(e.sub_event_type, e.event_date) for e in kroniek.extract_text(text, date=date, lang="en")]


def test_hostages_taken_on_a_hijacked_freighter_are_an_abduction() -> None:
    text = (
        "On Friday night, the gunmen fled Port Louis harbour aboard a hijacked freighter, taking "
        "15 hostages with them, among them two ministers."
    )
    assert ("Abduction/forced disappearance", "1990-03-02") in _coded(text, "1990-03-05")


def test_troops_that_have_retaken_the_capital_regain_territory() -> None:
    text = (
        "On Friday, French paratroopers landed at the airport of Moroni, and by dawn on Saturday "
        "they had retaken the capital."
    )
    assert "Government regains territory" in {sub for sub, _ in _coded(text, "1995-10-09")}


def test_dutch_hostages_taken_along_are_an_abduction() -> None:
    text = (
        "Vrijdagnacht vluchtten de schutters uit de haven van Port Louis en namen zij vijftien "
        "gijzelaars mee."
    )
    events = kroniek.extract_text(text, date="1990-03-05", lang="nl")
    assert [(e.sub_event_type, e.event_date) for e in events] == [
        ("Abduction/forced disappearance", "1990-03-02")
    ]
