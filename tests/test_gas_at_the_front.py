"""Tear gas or a choking agent dropped or fired on troops at the front is a chemical weapon (a
riot-control agent used as a method of warfare, which the Chemical Weapons Convention bans),
not an air strike, in English as in Dutch; tear gas on a crowd stays the police's.

The shapes come from the development sets `events_parallel_dev5`, `dev7`, `dev8`, `dev10`,
`dev11` and `dev12`; the sentences are our own."""

from __future__ import annotations

import pytest

import kroniek


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("On Monday, Russian drones dropped tear-gas grenades on Ukrainian trenches near Bakhmut.", "en"),
        (
            "Maandag wierpen Russische drones granaten met traangas af op Oekraïense loopgraven bij "
            "Bachmoet.",
            "nl",
        ),
    ],
)
def test_tear_gas_dropped_on_trenches_is_a_chemical_weapon(text: str, lang: str) -> None:
    events = kroniek.extract_text(text, date="2024-01-17", lang=lang)
    assert [(e.sub_event_type, e.event_date) for e in events] == [("Chemical weapon", "2024-01-15")]


def test_tear_gas_on_a_crowd_is_no_chemical_weapon() -> None:
    text = "On Monday, police fired tear gas at thousands of protesters in Kyiv."
    events = kroniek.extract_text(text, date="2024-01-17", lang="en")
    assert "Chemical weapon" not in [e.sub_event_type for e in events]
