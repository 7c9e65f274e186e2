"""A name followed by a comma and words for a kind of place ("took Tarhuna, the last
stronghold of ...", "Knin, the stronghold of the rebel Serbs", "Wad Madani ingenomen, de
hoofdstad van de deelstaat Gezira") is a place, even where the NER model tags it as a person
(places.json ``place_apposition``); and a place named inside a trigger's own words is where
the event happened, not a region named later in the sentence.

The shapes come from the development sets `events_articles_dev15`, `dev8`, `dev11` and
`events_parallel_dev12`; the sentences are our own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Placed = Callable[..., list[tuple[str, str]]]  # the conftest fixture `placed`


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        (
            "TUNIS (Reuters) - Forces of Libya's Government of National Accord took Tarhuna, the last "
            "stronghold"
            " of eastern commander Khalifa Haftar in western Libya, on Monday.",
            "en",
            "Tarhuna",
        ),
        (
            "On Monday, the army retook Bor, the capital of Jonglei state, after a day of heavy fighting.",
            "en",
            "Bor",
        ),
        (
            "KHARTOEM - De paramilitaire RSF hebben maandag Wad Madani ingenomen, de hoofdstad van de "
            "deelstaat"
            " Gezira.",
            "nl",
            "Wad Medani",
        ),
    ],
)
def test_a_town_described_as_a_kind_of_place_places_the_event(
    text: str, lang: str, place: str, placed: Placed
) -> None:
    events = placed(text, lang)
    assert len(events) == 1 and events[0][1] == place
