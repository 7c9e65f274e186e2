"""Shapes that decide whether two reports of one event can be merged in the store: who
stopped a weapon and whose it was, a town retaken in a passive clause, and a span counted
back from the day of writing.

The shapes come from the dedup development sets `dedup_dev9` and `dedup_dev18`; the
sentences here are our own."""

from __future__ import annotations

import pytest

import kroniek


@pytest.mark.parametrize(
    ("text", "lang", "actor1", "actor2"),
    [
        (
            "Iran shot down a U.S. drone over the Strait of Hormuz on Thursday.",
            "en",
            "Military Forces of Iran",
            "Military Forces of the United States",
        ),
        (
            "Saudi air defences intercepted a Houthi drone over Abha on Thursday.",
            "en",
            "Military Forces of Saudi Arabia",
            "Military Forces of Yemen (2017-) Houthi",
        ),
        (
            "De Saudische luchtafweer heeft donderdag boven Abha een drone van de Houthi's onderschept.",
            "nl",
            "Military Forces of Saudi Arabia",
            "Military Forces of Yemen (2017-) Houthi",
        ),
    ],
)
def test_a_stopped_weapon_belongs_to_the_other_side(text: str, lang: str, actor1: str, actor2: str) -> None:
    events = kroniek.extract_text(text, date="2019-06-21", lang=lang)
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Disrupted weapons use", actor1, actor2)
    ]


def test_a_town_retaken_in_a_passive_clause() -> None:
    text = (
        "Na bijna drie maanden in handen van separatisten is Slavjansk zaterdag heroverd "
        "door het Oekraïense leger."
    )
    events = kroniek.extract_text(text, date="2014-07-07", lang="nl")
    assert [(e.sub_event_type, str(e.event_date), e.location, e.actor1) for e in events] == [
        ("Government regains territory", "2014-07-05", "Slovyansk", "Military Forces of Ukraine")
    ]


def test_a_span_counts_back_from_the_day_of_writing() -> None:
    text = (
        "Twee weken nadat de Taliban zonder slag of stoot de Afghaanse hoofdstad innamen, "
        "zijn veel banken in de stad nog altijd dicht."
    )
    events = kroniek.extract_text(text, date="2021-08-30", lang="nl")
    # 30 August less two weeks is Monday 16 August: its ISO week, dated by its Thursday.
    assert [(e.sub_event_type, str(e.event_date), e.time_precision) for e in events] == [
        ("Non-violent transfer of territory", "2021-08-19", 2)
    ]
