"""A town that an armed group takes after fighting is the group's taking of territory, not
only a battle (ACLED: the territory sub-type covers the fighting that won it), in English as in
Dutch: "The rebels took the city after heavy fighting", "forces of the TPLF seized Kombolcha",
"rebels seized most of the capital N'Djamena", "het Bevrijdingsleger (TNLA) had de stad
ingenomen", "de controle over de kustplaats Palma overgenomen".

The shapes come from the development sets `events_articles_dev6`, `dev11`, `dev12`, `dev14`
and `events_parallel_dev2`, `dev4`, `dev11`, `dev15`; the sentences are our own."""

from __future__ import annotations

import pytest

import kroniek

TAKEN = [("Non-state actor overtakes territory", "2024-01-15")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # The attack the day before is a battle of its own day.
        (
            "Rebels attacked Goma on Sunday. The rebels took the city on Monday after heavy fighting "
            "with the army.",
            "en",
            [("Armed clash", "2024-01-14"), *TAKEN],
        ),
        (
            "Fighters of the ADF seized Beni on Monday after two days of heavy fighting with troops.",
            "en",
            TAKEN,
        ),
        (
            "Rebels seized most of the capital Bangui on Monday after heavy fighting with government troops.",
            "en",
            TAKEN,
        ),
        (
            "Het Arakan Bevrijdingsleger (ALA) heeft maandag na drie dagen van gevechten met het leger "
            "de stad Paletwa ingenomen.",
            "nl",
            TAKEN,
        ),
        (
            "Opstandelingen hebben maandag de controle over de kustplaats Mocimboa overgenomen, na "
            "dagenlange gevechten met het leger.",
            "nl",
            TAKEN,
        ),
        (
            "De opstandelingen hadden Mocimboa maandag bestormd en na een vuurgevecht de legerpost "
            "ingenomen.",
            "nl",
            TAKEN,
        ),
    ],
)
def test_a_town_taken_after_fighting_is_a_taking_of_territory(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    events = kroniek.extract_text(text, date="2024-01-17", lang=lang)
    assert [(e.sub_event_type, e.event_date) for e in events] == expected


def test_a_town_taken_without_a_fight_is_a_non_violent_transfer() -> None:
    text = "The Taliban took the city of Ghazni without a fight on Monday after the governor surrendered."
    events = kroniek.extract_text(text, date="2024-01-17", lang="en")
    assert [(e.sub_event_type, e.event_date) for e in events] == [
        ("Non-violent transfer of territory", "2024-01-15")
    ]
