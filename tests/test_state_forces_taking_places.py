"""Any place that a state's forces take is regained territory to ACLED, whichever side held it:
troops named before the verb that take a place told by its kind ("the town of", "the ...
fortress") or by a name that an apposition or a distance shows to be a place ("X, the
strategic crossing", "X, 200 kilometres to the north"); in Dutch with the troops after the
verb ("namen Ethiopische troepen de stad ... in"); troops that enter a town the other side
held ("entered the town and the rebels fled") or drive that side out of it. A person
captured is an arrest, and troops loyal to a rebel leader are no state's.

The shapes come from the development set `events_articles_dev23` (Shusha, Lhasa, Elephant
Pass, Jowhar); the sentences are our own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Coded = Callable[..., list[tuple[str, str]]]  # the conftest fixture `coded`

REGAINED = ("Government regains territory", "2024-01-15")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Nigerian troops took the town of Baga on Monday after a day of fighting.", "en"),
        ("Sudanese troops took the Jebel Moya fortress on Monday.", "en"),
        ("On Monday the army captured Tiger Pass, the strategic crossing north of the capital.", "en"),
        ("On Monday the allied forces had taken Bulo Burde, 200 kilometres to the north.", "en"),
        ("Maandag namen Ethiopische troepen na zware gevechten de stad Shire in.", "nl"),
        ("Maandag nam het leger Tiger Pass in, de strategische doorgang ten noorden van de hoofdstad.", "nl"),
        # Entering a town that the other side held, with that side in the sentence.
        ("On Monday government troops entered the town of Buta and the rebels fled.", "en"),
        ("Maandag trokken regeringstroepen de stad Buta binnen en vluchtten de rebellen.", "nl"),
        # Driving the other side out of a town: paratroopers are a state's too.
        ("On Monday the paratroopers landed near Buta and drove the rebels out of the town.", "en"),
        ("Maandag landden de parachutisten bij Buta en verdreven zij de rebellen uit die stad.", "nl"),
        # A temple and a palace taken, named before "in".
        ("Maandag namen Chinese troepen na zware gevechten de Sera-tempel en het paleis in.", "nl"),
    ],
)
def test_state_forces_taking_a_place_regain_territory(text: str, lang: str, coded: Coded) -> None:
    assert coded(text, lang) == [REGAINED]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Mexican troops on Monday captured Ovidio Guzman, a son of a jailed drug lord.", "en"),
        ("On Monday, troops loyal to the rebel leader Machar took Bor, the capital of Jonglei state.", "en"),
        ("Maandag namen troepen die trouw zijn aan rebellenleider Machar de stad Bor in.", "nl"),
        ("Rebels entered the town of Buta on Monday after government troops withdrew.", "en"),
    ],
)
def test_a_person_captured_or_troops_of_a_rebel_take_no_territory_back(
    text: str, lang: str, coded: Coded
) -> None:
    assert REGAINED not in coded(text, lang)
