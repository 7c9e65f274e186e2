"""A territory named in its everyday short form ("St Helena", "Sint-Helena") is a country for
the place resolver, so its town ("Jamestown") is the territory's, not a namesake abroad and
not the dateline's country (shape from `events_articles_dev37`; the sentences are our own)."""

from __future__ import annotations

import pytest

import kroniek


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "CAPE TOWN (Reuters) - Police on St Helena said on Wednesday that about 300 islanders had "
            "stoned the courthouse in Jamestown on Tuesday evening.",
        ),
        (
            "nl",
            "KAAPSTAD - De gouverneur van Sint-Helena heeft opgeroepen tot kalmte. Dinsdagavond "
            "bekogelden enkele honderden eilanders het gerechtsgebouw in Jamestown met stenen en gooiden "
            "zij een politieauto om.",
        ),
    ],
)
def test_the_town_of_a_territory_named_in_short_form_is_placed_there(lang: str, text: str) -> None:
    events = kroniek.extract_text(text, date="2004-05-12", lang=lang)
    assert events
    assert {(e.location, e.country) for e in events} == {
        ("Jamestown", "St. Helena, Ascension & Tristan da Cunha")
    }
