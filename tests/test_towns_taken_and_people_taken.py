"""The army taking a named town in a rebellious region takes it back; troops who enter a city
unopposed after the other side handed it over, or a force that pulls out without a shot, hand
territory over. Rebels seizing an air base named in several words take territory; troops
entering a town are no rebels. A unit ambushed is a battle, jets used to bomb a building an
air strike, men in civilian clothes who take someone from home a forced disappearance, and a
peacekeeping force opening a base establishes one.

The shapes come from the development set `events_articles_dev16`; the sentences are our own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Coded = Callable[..., list[tuple[str, str]]]  # the conftest fixture `coded`


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Mali's army took the old trading town of Kidal in the rebellious north on Monday.", "en"),
        (
            "Het Malinese leger heeft maandag de oude handelsstad Kidal in het opstandige noorden ingenomen.",
            "nl",
        ),
        ("On Monday, government troops retook the airfield at Kidal, which rebels had seized in May.", "en"),
        (
            "Maandag heroverden regeringstroepen het vliegveld van Kidal, dat rebellen in mei hadden bezet.",
            "nl",
        ),
        ("The defence minister said on Monday that government troops had taken full control of Kidal.", "en"),
    ],
)
def test_the_army_taking_a_town_of_a_rising_takes_it_back(text: str, lang: str, coded: Coded) -> None:
    assert coded(text, lang) == [("Government regains territory", "2024-01-15")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Government troops entered the town of Kidal unopposed on Monday after the rebels handed it over "
            "to them.",
            "en",
        ),
        ("On Monday, the rebels pulled out of Anefis, a village near Kidal, without firing a shot.", "en"),
        (
            "Maandag trokken de rebellen zich zonder een schot te lossen terug uit het dorp Anefis, "
            "bij Kidal.",
            "nl",
        ),
    ],
)
def test_towns_left_without_a_fight_are_handed_over(text: str, lang: str, coded: Coded) -> None:
    assert coded(text, lang) == [("Non-violent transfer of territory", "2024-01-15")]


def test_rebels_seizing_an_air_base_named_in_words_take_territory(coded: Coded) -> None:
    text = "On Monday, rebels and their allies in the army seized the Amachach air base near Tessalit."
    assert coded(text, "en") == [("Non-state actor overtakes territory", "2024-01-15")]


def test_troops_entering_a_town_are_no_rebels_taking_it(coded: Coded) -> None:
    text = "Maandag trokken de troepen de stad Kidal binnen na zware gevechten met rebellen."
    assert ("Non-state actor overtakes territory", "2024-01-15") not in coded(text, "nl")


@pytest.mark.parametrize(
    ("text", "lang", "sub_type"),
    [
        ("On Monday, a unit of the gendarmerie was ambushed by separatists near Kidal.", "en", "Armed clash"),
        (
            "On Monday, rebel officers used fighter jets to bomb the army barracks in Kidal.",
            "en",
            "Air/drone strike",
        ),
        (
            "On Monday, armed men in civilian clothes took a journalist from his home in Kidal.",
            "en",
            "Abduction/forced disappearance",
        ),
        (
            "Maandag namen gewapende mannen een journalist mee uit zijn huis in Kidal.",
            "nl",
            "Abduction/forced disappearance",
        ),
        (
            "Maandag opende de vredesmacht van de Afrikaanse Unie een nieuwe basis in Kidal.",
            "nl",
            "Headquarters or base established",
        ),
    ],
)
def test_ambushes_jets_abductions_and_bases(text: str, lang: str, sub_type: str, coded: Coded) -> None:
    assert coded(text, lang) == [(sub_type, "2024-01-15")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Overnight from Monday to Tuesday, men in civilian clothes took a trade unionist from his "
            "home in "
            "Kidal and shot him dead.",
            "en",
            [("Attack", "2024-01-16")],
        ),
        (
            "On Monday, rockets hit the airport of Kidal. The rebels said the airport was being used by "
            "government jets to bomb their villages.",
            "en",
            [("Shelling/artillery/missile attack", "2024-01-15")],
        ),
    ],
)
def test_guards_a_killing_is_no_disappearance_and_jets_used_by_others_bomb_nothing(
    text: str, lang: str, expected: list[tuple[str, str]], coded: Coded
) -> None:
    assert coded(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Rebels stormed into the town of Kidal early on Monday. After hours of fighting with the "
            "army, at "
            "least 40 bodies lay in the streets. The government said the attack had been repelled.",
            "en",
        ),
        (
            "Rebellen zijn maandagochtend de stad Kidal binnengevallen. Na urenlange gevechten met het leger "
            "lagen er zeker veertig lichamen op straat. De regering zegt dat de aanval is afgeslagen.",
            "nl",
        ),
    ],
)
def test_a_capture_told_as_held_off_is_a_battle(text: str, lang: str, coded: Coded) -> None:
    assert coded(text, lang) == [("Armed clash", "2024-01-15")]
