"""Crowds that take to the streets protest, in English as in Dutch ("de straat op"), also
when no cause is told; when they then stone the police and burn a station, it is a violent
demonstration. A sentence after it that only counts the dead among the protesters ("Eleven
protesters were killed.") is that event's toll, not a protest of its own.

The shapes come from the development set `events_articles_dev10`; the sentences here are
our own."""

from __future__ import annotations

import pytest

import kroniek


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "On Sunday, thousands of students took to the streets in Karaj. They threw stones at "
            "the riot police and set fire to a police station, after which the police opened fire. "
            "Six protesters were killed.",
            "en",
        ),
        (
            "Zondag gingen in Karaj duizenden studenten de straat op. Ze bekogelden de oproerpolitie "
            "met stenen en staken een politiebureau in brand, waarna de politie het vuur opende. "
            "Zes betogers kwamen om het leven.",
            "nl",
        ),
    ],
)
def test_a_street_crowd_that_burns_a_station_is_one_violent_demonstration(text: str, lang: str) -> None:
    events = kroniek.extract_text(text, date="2019-11-19", lang=lang)
    assert [(e.sub_event_type, e.event_date, e.fatalities) for e in events] == [
        ("Violent demonstration", "2019-11-17", 6)
    ]


def test_taking_to_the_streets_is_a_protest_but_not_to_celebrate() -> None:
    protest = kroniek.extract_text(
        "Thousands of people took to the streets of Yerevan on Saturday.", date="2019-11-19", lang="en"
    )
    assert [e.sub_event_type for e in protest] == ["Peaceful protest"]
    party = kroniek.extract_text(
        "Thousands of fans took to the streets of Yerevan on Saturday to celebrate the victory.",
        date="2019-11-19",
        lang="en",
    )
    assert party == []
