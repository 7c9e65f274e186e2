"""A later sentence that brings the toll to a figure gives the event that figure, not the
sum of both ("Four more died, bringing the toll to 80"; "waarmee het dodental op tachtig
komt"), even when it names the day they died; a sentence that only counts the hurt after
such a toll sentence is the same event's.

The shapes come from the development sets `events_articles_dev11` and `dev12`; the
sentences here are our own."""

from __future__ import annotations

import pytest

import kroniek


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "MADRID (Reuters) - At least 40 people were killed when a bomb exploded at the bus "
            "station in Zaragoza on Saturday morning. Three more of the wounded died in hospital "
            "on Monday, bringing the toll to 43.",
            "en",
        ),
        (
            "MADRID - Bij een bomaanslag op het busstation van Zaragoza zijn zaterdagochtend zeker "
            "veertig mensen omgekomen. Maandag overleden nog drie gewonden in het ziekenhuis, "
            "waarmee het dodental op 43 komt.",
            "nl",
        ),
    ],
)
def test_a_toll_brought_to_a_figure_is_that_figure(text: str, lang: str) -> None:
    events = kroniek.extract_text(text, date="1987-06-16", lang=lang)
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Remote explosive/landmine/IED", 43)]


def test_the_hurt_counted_after_a_toll_sentence_are_the_same_events() -> None:
    text = (
        "MADRID (Reuters) - At least 40 people were killed when a bomb exploded at the bus "
        "station in Zaragoza on Saturday morning. Three more of the wounded died in hospital "
        "on Monday, bringing the toll to 43. More than 150 people were injured, many of them "
        "students."
    )
    events = kroniek.extract_text(text, date="1987-06-16", lang="en")
    assert [(e.sub_event_type, str(e.event_date)) for e in events] == [
        ("Remote explosive/landmine/IED", "1987-06-13")
    ]


def test_a_toll_brought_up_on_a_later_day_is_the_events_not_a_new_event() -> None:
    text = (
        "NEW DELHI (Reuters) - At least 15 people were killed on Saturday afternoon when "
        "grenades were thrown into a party office in Khulna. Two more of the wounded died on Sunday, "
        "among them a local party leader, bringing the toll to 17."
    )
    events = kroniek.extract_text(text, date="2004-08-23", lang="en")
    assert [(e.sub_event_type, str(e.event_date), e.fatalities) for e in events] == [
        ("Grenade", "2004-08-21", 17)
    ]
