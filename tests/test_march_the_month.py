""" "March" that names the month ("on Wednesday, March 28", "in early March", "March 2019") is
no march: police who raid a party's office and detain its activists that day make arrests, not a
protest broken up; a march named as such still is one.

The shape comes from the development sets `events_articles_dev5` and `dev13`; the sentences are
our own."""

from __future__ import annotations

import pytest

import kroniek


def _coded(text: str) -> list[tuple[str, str]]:
    return [
        (e.sub_event_type, e.event_date) for e in kroniek.extract_text(text, date="2024-03-28", lang="en")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Riot police raided the headquarters of the opposition in Harare on Monday, March 25, and "
        "detained dozens of activists.",
        "On Monday, March 25, police in Harare arrested more than 80 activists of the opposition.",
    ],
)
def test_the_month_march_is_no_march(text: str) -> None:
    assert _coded(text) == [("Arrests", "2024-03-25")]


def test_a_march_broken_up_in_march_is_still_a_protest_with_intervention() -> None:
    text = "Police dispersed a march in Harare on Monday, March 25, and detained dozens of activists."
    assert _coded(text) == [("Protest with intervention", "2024-03-25")]
