"""A Dutch crowd that marches through the streets or gathers to protest is a peaceful protest,
though no word for a demonstration is written ("trokken duizenden boeren vreedzaam door de
hoofdstad", "liepen duizenden studenten in een vreedzame stoet", "kwamen duizenden mensen
bijeen om vreedzaam te protesteren").

The shapes come from the development sets `events_articles_dev7`, `dev8`, `dev9`, `dev11`,
`dev13` and `dev14`; the sentences are our own."""

from __future__ import annotations

import pytest

import kroniek


def _coded(text: str) -> list[tuple[str, str]]:
    return [
        (e.sub_event_type, e.event_date) for e in kroniek.extract_text(text, date="2024-01-17", lang="nl")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Maandag liepen duizenden studenten in Quito in een stille stoet over hun campus ter nagedachtenis "
        "van de doden.",
        "Maandag kwamen in Lima duizenden mensen op het Plaza San Martín bijeen om vreedzaam te protesteren "
        "tegen de regering.",
        "Maandag trokken in Lima, ondanks het uitgaansverbod, tienduizenden mensen door de straten.",
    ],
)
def test_a_crowd_marching_through_the_streets_is_a_peaceful_protest(text: str) -> None:
    assert _coded(text) == [("Peaceful protest", "2024-01-15")]
