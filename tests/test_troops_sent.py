"""Troops or police sent, flown or arriving in a named place are a change to the group's
activity (ACLED: "troops are deployed"), in Dutch as in English; not when they are only
promised or are sent to help after a disaster.

The shapes come from the development sets `events_articles_dev8`, `dev9` and
`events_parallel_dev11`, `dev18`; the sentences are our own."""

from __future__ import annotations

import pytest

import kroniek


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("On Monday the government sent 500 extra soldiers to Kandahar to restore order.", "en"),
        (
            "On Monday, 300 soldiers and federal police arrived in Tijuana on the orders of the president.",
            "en",
        ),
        (
            "Maandag stuurde de regering zo'n vijfhonderd extra militairen naar Kandahar om de orde "
            "te herstellen.",
            "nl",
        ),
        ("Maandag landden de eerste driehonderd Franse militairen en agenten in Bamako.", "nl"),
    ],
)
def test_troops_sent_to_a_place_change_the_groups_activity(text: str, lang: str) -> None:
    events = kroniek.extract_text(text, date="2024-01-17", lang=lang)
    assert [(e.sub_event_type, e.event_date) for e in events] == [("Change to group/activity", "2024-01-15")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The government will send 500 soldiers to Kandahar next week.", "en"),
        ("On Monday the army sent 200 soldiers to Beira to help with the rescue after the floods.", "en"),
        (
            "Maandag stuurde het leger tweehonderd militairen naar Beira om te helpen na de overstromingen.",
            "nl",
        ),
    ],
)
def test_troops_promised_or_sent_to_a_disaster_are_no_event(text: str, lang: str) -> None:
    assert kroniek.extract_text(text, date="2024-01-17", lang=lang) == []
