"""A sentence that opens with an earlier event of the same kind ("After Tuesday's riots, ...",
"Na de rellen van dinsdag ...") and goes on to tell a new one tells two events, each of its
own day: the earlier one as background, the new one on the day its clause names. The shape
comes from the development set `dedup_dev37`; the sentences here are our own."""

from __future__ import annotations

import pytest

import kroniek


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "After Tuesday's riots, fresh riots broke out in Lyon last night between strikers and police.",
            "en",
        ),
        (
            "Na de rellen van dinsdag braken gisteravond in Lyon opnieuw rellen uit tussen stakers "
            "en de politie.",
            "nl",
        ),
    ],
)
def test_the_riots_before_and_the_riots_of_last_night(text: str, lang: str) -> None:
    events = kroniek.extract_text(text, date="1934-02-10", lang=lang)
    assert [(e.sub_event_type, e.event_date, e.location) for e in events] == [
        ("Violent demonstration", "1934-02-06", "Lyon"),
        ("Violent demonstration", "1934-02-09", "Lyon"),
    ]


def test_one_event_told_after_a_day_stays_one() -> None:
    text = "After Tuesday's meeting, rioters burnt cars in Lyon last night."
    events = kroniek.extract_text(text, date="1934-02-10", lang="en")
    assert [(e.sub_event_type, e.event_date) for e in events] == [("Violent demonstration", "1934-02-09")]
