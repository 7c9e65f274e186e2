"""English shapes that had no rule: a protest against a massacre is no massacre;
paratroopers firing on unarmed demonstrators use excessive force; an arrest "over the failed
car bomb attack" is an arrest; an attack "overnight from Sunday to Monday" is dated to the
Monday.

The shapes come from the development sets `events_articles_dev12` and `dev13`; the sentences
here are our own."""

from __future__ import annotations

import pytest

import kroniek


@pytest.mark.parametrize(
    ("text", "date", "kind"),
    [
        (
            "JOHANNESBURG (Reuters) - Tens of thousands of people took to the streets of Durban on "
            "Tuesday to protest against the massacre.",
            "1992-09-09",
            "Peaceful protest",
        ),
        (
            "SEOUL (Reuters) - Paratroopers opened fire on thousands of unarmed demonstrators in "
            "Gwangju on Wednesday, killing at least 40 people, doctors said.",
            "1980-05-22",
            "Excessive force against protesters",
        ),
    ],
)
def test_the_one_event_a_sentence_codes(text: str, date: str, kind: str) -> None:
    kinds = [e.sub_event_type for e in kroniek.extract_text(text, date=date, lang="en")]
    assert kinds == [kind]


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
