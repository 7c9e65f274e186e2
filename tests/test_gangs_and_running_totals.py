"""Crowds without a side, allies of the army, and running totals, in Dutch as in English:

- gangs of youths who burn homes or kill are mob violence (ACLED: rioters against civilians),
  not an attack by an armed group; a Dutch "ruzie" between two groups of youths is no mob;
- vigilantes who back troops against insurgents are a militia in a battle, not a mob;
- "Since December, more than 800 students have been kidnapped" is a running total, no event.

The shapes come from the development set `events_articles_dev14`; the sentences are our own."""

from __future__ import annotations

import pytest

import kroniek

DCT = "2024-01-17"  # a Wednesday


def _coded(text: str, lang: str) -> list[tuple[str, str]]:
    return [(e.sub_event_type, e.event_date) for e in kroniek.extract_text(text, date=DCT, lang=lang)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Gangs of youths set fire to the homes of Kikuyu families in Eldoret on Monday.", "en"),
        ("Bendes jongeren hebben maandag in Eldoret huizen van Kikuyu-families in brand gestoken.", "nl"),
    ],
)
def test_gangs_of_youths_burning_homes_are_mob_violence(text: str, lang: str) -> None:
    assert _coded(text, lang) == [("Mob violence", "2024-01-15")]


def test_a_fight_between_groups_of_youths_is_no_mob_violence() -> None:
    text = "Een jongen is maandag in Rotterdam neergestoken bij een ruzie tussen twee groepen jongeren."
    assert ("Mob violence", "2024-01-15") not in _coded(text, "nl")


def test_vigilantes_backing_troops_fight_a_battle() -> None:
    text = "On Monday, troops backed by local vigilantes clashed with Boko Haram fighters near Gwoza."
    assert _coded(text, "en") == [("Armed clash", "2024-01-15")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Since December, more than 800 students have been kidnapped in northwest Nigeria.", "en"),
        ("Sinds december zijn in het noordwesten van Nigeria ruim achthonderd scholieren ontvoerd.", "nl"),
    ],
)
def test_a_running_total_since_a_month_is_no_event(text: str, lang: str) -> None:
    assert _coded(text, lang) == []
