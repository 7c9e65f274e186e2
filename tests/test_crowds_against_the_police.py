"""Angry crowds, or people of a trade or a town, who pelt or fight the police, troops or
peacekeepers riot against the state: a violent demonstration, though no word of a protest is
written ("Hundreds of angry farmers pelted police with eggs and stones"). Youths alone who
pelt the police stay mob violence, as ACLED's notes code them about as often; a lynch mob
stays a mob.

The shapes come from the development sets `events_articles_dev`, `dev6`, `dev9`, `dev10`,
`dev13` and `events_parallel_dev7`; the sentences are our own."""

from __future__ import annotations

import pytest

import kroniek


def _coded(text: str) -> list[tuple[str, str]]:
    return [
        (e.sub_event_type, e.event_date) for e in kroniek.extract_text(text, date="2024-01-17", lang="en")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of angry farmers pelted police with eggs and stones in Strasbourg on Monday.",
        "On Monday evening, young Kurds in Hanau threw stones at police and set tyres on fire.",
        "On Monday, several hundred residents of Agadez clashed with police over the price of water.",
        "On Monday, an angry crowd in Goma pelted a convoy of the peacekeepers with stones.",
    ],
)
def test_crowds_pelting_the_forces_of_order_are_a_violent_demonstration(text: str) -> None:
    assert _coded(text) == [("Violent demonstration", "2024-01-15")]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, an angry mob in Goma beat a suspected thief to death and pelted police with stones.",
    ],
)
def test_a_lynch_mob_stays_a_mob(text: str) -> None:
    assert ("Violent demonstration", "2024-01-15") not in _coded(text)
