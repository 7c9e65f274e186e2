"""An event told in a report's first sentence, after its dateline, with no place of its own
in that sentence, happened in the city the report was filed from ("PARIS - A hand grenade
thrown into a crowded shop killed two people"), not at a place a later sentence names for
something else ("... held the French ambassador in The Hague"). Not when the lead names
another place in any role ("raketbeschietingen van Kabul"), a part of the country ("in Sri
Lanka's northeast"), or where the fight was aimed.

The shape comes from the development set `dedup_dev32`; the sentences are our own."""

from __future__ import annotations

import pytest

import kroniek


def _placed(text: str, lang: str) -> list[str]:
    return [e.location for e in kroniek.extract_text(text, date="2024-01-17", lang=lang)]


def test_a_lead_without_a_place_happened_in_the_dateline_city() -> None:
    text = (
        "PARIS - A hand grenade thrown into a crowded shop on the boulevard killed two people yesterday. "
        "Police are investigating whether the attack was linked to the hostage crisis in the Netherlands,"
        " where gunmen have held the French ambassador in The Hague since Friday."
    )
    assert _placed(text, "en") == ["Paris"]


@pytest.mark.parametrize(
    ("text", "lang", "dateline"),
    [
        (
            "ISLAMABAD - Bij de zwaarste raketbeschietingen van Kabul in maanden zijn maandag zeker 23 "
            "burgers"
            " om het leven gekomen. Het Rode Kruis spreekt van honderden gewonden in de ziekenhuizen "
            "van Kabul.",
            "nl",
            "Islamabad",
        ),
        (
            "COLOMBO - Tamil Tiger rebels overran an isolated police post in Sri Lanka's northeast early on"
            " Monday, killing 24 policemen.",
            "en",
            "Colombo",
        ),
    ],
)
def test_a_lead_that_names_another_place_is_not_placed_at_the_dateline(
    text: str, lang: str, dateline: str
) -> None:
    assert dateline not in _placed(text, lang)


def test_a_treaty_named_after_a_city_places_nothing() -> None:
    """ "the Oslo accords" names a treaty (places.json ``people_after``): the rally it is told
    with happened where the report was filed."""
    text = (
        "TEL AVIV - More than 100,000 Israelis filled the city's main square this evening for a rally for"
        " peace. Organisers said most Israelis back the Oslo accords after weeks of angry protests by "
        "the right."
    )
    assert "Oslo" not in _placed(text, "en")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "BUENOS AIRES - A car bomb destroyed the Israeli embassy on Monday, killing at least 20 people.",
            "en",
        ),
        (
            "BUENOS AIRES - Een autobom heeft maandag de Israëlische ambassade verwoest; er vielen 20 doden.",
            "nl",
        ),
        (
            "BUENOS AIRES - A car bomb destroyed Israel's embassy here on Monday, killing at least 20 "
            "people.",
            "en",
        ),
    ],
)
def test_a_countrys_embassy_abroad_is_not_in_that_country(text: str, lang: str) -> None:
    """countries.json ``owner_after``: the owner of a mission abroad is not the event's country."""
    assert _placed(text, lang) == ["Buenos Aires"]
