"""Armed men who take someone away ("taken him away", "hem meegenomen", "carried the wounded
president off", "seized X, a councillor") abduct; the police who take someone away arrest.
Barrel bombs that release a yellowish gas ("waarbij een gelig gas vrijkwam") are a chemical
weapon, not a plain air strike.

The shapes come from the development set `events_articles_dev23` (Guatemala City, Monrovia,
Ermua, Idlib); the sentences are our own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Coded = Callable[..., list[tuple[str, str]]]  # the conftest fixture `coded`

ABDUCTED = [("Abduction/forced disappearance", "2024-01-15")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("On Monday gunmen stopped the consul's car in the capital and took him away.", "en"),
        (
            "Maandag hielden gewapende mannen de auto van de consul in de hoofdstad aan en hebben hem "
            "meegenomen.",
            "nl",
        ),
        ("On Monday the militiamen carried the wounded minister off to their camp outside Monrovia.", "en"),
        (
            "Maandag voerden de mannen van de krijgsheer de gewonde minister af naar hun kamp bij Monrovia.",
            "nl",
        ),
        ("On Monday gunmen seized Jon Arriaga, a local councillor, as he left the town hall in Ermua.", "en"),
    ],
)
def test_armed_men_taking_someone_away_abduct(text: str, lang: str, coded: Coded) -> None:
    assert coded(text, lang) == ABDUCTED


def test_the_police_taking_someone_away_abduct_no_one(coded: Coded) -> None:
    assert (
        coded("On Monday police stopped the consul's car in the capital and took him away.", "en") != ABDUCTED
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("On Monday helicopters dropped barrel bombs that released a yellowish gas on Kafr Zita.", "en"),
        ("Maandag wierpen helikopters vatbommen af op Kafr Zita, waarbij een gelig gas vrijkwam.", "nl"),
    ],
)
def test_barrel_bombs_releasing_a_yellowish_gas_are_a_chemical_weapon(
    text: str, lang: str, coded: Coded
) -> None:
    assert coded(text, lang) == [("Chemical weapon", "2024-01-15")]
