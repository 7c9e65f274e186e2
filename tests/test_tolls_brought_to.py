"""A later sentence that brings the toll to a figure gives the event that figure, not the
sum of both ("Four more died, bringing the toll to 80"; "waarmee het dodental op tachtig
komt"), even when it names the day they died; a sentence that only counts the hurt after
such a toll sentence is the same event's. A protest against a massacre is no massacre, and
paratroopers firing on unarmed demonstrators use excessive force; an arrest "over the failed
car bomb attack" is an arrest; an attack "overnight from Sunday to Monday" is dated to the Monday.

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


def test_a_protest_against_a_massacre_is_no_massacre() -> None:
    text = (
        "JOHANNESBURG (Reuters) - Tens of thousands of people took to the streets of Durban on "
        "Tuesday to protest against the massacre."
    )
    kinds = [e.sub_event_type for e in kroniek.extract_text(text, date="1992-09-09", lang="en")]
    assert kinds == ["Peaceful protest"]


def test_paratroopers_firing_on_unarmed_demonstrators() -> None:
    text = (
        "SEOUL (Reuters) - Paratroopers opened fire on thousands of unarmed demonstrators in "
        "Gwangju on Wednesday, killing at least 40 people, doctors said."
    )
    kinds = [e.sub_event_type for e in kroniek.extract_text(text, date="1980-05-22", lang="en")]
    assert kinds == ["Excessive force against protesters"]


def test_an_arrest_over_a_bomb_attack_is_an_arrest() -> None:
    text = (
        "WASHINGTON (Reuters) - Federal agents arrested a Yemeni-born man late on Tuesday over "
        "the failed bomb attack on a Chicago synagogue, officials said."
    )
    kinds = [e.sub_event_type for e in kroniek.extract_text(text, date="2010-11-04", lang="en")]
    assert "Arrests" in kinds


def test_an_attack_overnight_from_one_day_to_the_next_is_dated_to_the_second() -> None:
    text = (
        "BONN (Reuters) - Four people were killed when arsonists set fire to the home of a "
        "Turkish family in Moelln overnight from Sunday to Monday, police said."
    )
    events = kroniek.extract_text(text, date="1992-11-25", lang="en")
    assert [(e.sub_event_type, str(e.event_date)) for e in events] == [("Attack", "1992-11-23")]
