"""Armed men who take someone away ("taken him away", "hem meegenomen", "carried the wounded
president off", "seized X, a councillor") abduct; the police who take someone away arrest.
Barrel bombs that release a yellowish gas ("waarbij een gelig gas vrijkwam") are a chemical
weapon, not a plain air strike. A crowd that besieges or attacks a party's office riots.

The shapes come from the development set `events_articles_dev23` (Guatemala City, Monrovia,
Ermua, Idlib); the sentences are our own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Coded = Callable[..., list[tuple[str, str]]]  # the conftest fixture `coded`

ABDUCTED, GAS, RIOT = "Abduction/forced disappearance", "Chemical weapon", "Violent demonstration"


@pytest.mark.parametrize(
    ("text", "lang", "sub_type"),
    [
        ("On Monday gunmen stopped the consul's car in the capital and took him away.", "en", ABDUCTED),
        (
            "Maandag hielden gewapende mannen de auto van de consul in de hoofdstad aan en hebben hem "
            "meegenomen.",
            "nl",
            ABDUCTED,
        ),
        (
            "On Monday the militiamen carried the wounded minister off to their camp outside Monrovia.",
            "en",
            ABDUCTED,
        ),
        (
            "Maandag voerden de mannen van de krijgsheer de gewonde minister af naar hun kamp bij Monrovia.",
            "nl",
            ABDUCTED,
        ),
        (
            "On Monday gunmen seized Jon Arriaga, a local councillor, as he left the town hall in Ermua.",
            "en",
            ABDUCTED,
        ),
        ("On Monday helicopters dropped barrel bombs that released a yellowish gas on Kafr Zita.", "en", GAS),
        ("Maandag wierpen helikopters vatbommen af op Kafr Zita, waarbij een gelig gas vrijkwam.", "nl", GAS),
        (
            "On Monday an angry crowd besieged the offices of Batzarre, the nationalist party, in Ermua.",
            "en",
            RIOT,
        ),
        (
            "Maandag belegerde een woedende menigte in Ermua het kantoor van de nationalistische partij "
            "Batzarre.",
            "nl",
            RIOT,
        ),
        ("On Monday a crowd attacked the office of the Hungarian party in Targu Mures.", "en", RIOT),
    ],
)
def test_the_event_of_the_sentence(text: str, lang: str, sub_type: str, coded: Coded) -> None:
    assert coded(text, lang) == [(sub_type, "2024-01-15")]


def test_the_police_taking_someone_away_abduct_no_one(coded: Coded) -> None:
    text = "On Monday police stopped the consul's car in the capital and took him away."
    assert (ABDUCTED, "2024-01-15") not in coded(text, "en")
