"""Government forces named by their government ("Forces of the Government of National Accord")
who take a town told as the other side's stronghold, and troops who move into districts and
end the other side's control of them, regain territory. A group that sets off bombs ("set off
22 bombs", "22 bommen had laten ontploffen") bombs remotely.

The shapes come from the development set `events_articles_dev15`; the sentences are our own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Coded = Callable[..., list[tuple[str, str]]]  # the conftest fixture `coded`


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "MISRATA (Reuters) - Forces of Libya's Government of National Accord took Bani Walid, the "
            "last stronghold"
            " of the rebels in the west, on Monday.",
            "en",
        ),
        (
            "MISRATA - Troepen van de Libische regering van nationaal akkoord hebben maandag Bani "
            "Walid ingenomen,"
            " het laatste bolwerk van de rebellen in het westen.",
            "nl",
        ),
        (
            "Thousands of troops moved into the rebel districts of Sadr City on Monday, ending months "
            "of control"
            " by the militia.",
            "en",
        ),
        (
            "Duizenden militairen zijn maandag de wijken van Sadr-Stad binnengetrokken, waarmee een "
            "einde kwam aan"
            " maanden van controle door de militie.",
            "nl",
        ),
    ],
)
def test_government_forces_taking_a_stronghold_regain_territory(text: str, lang: str, coded: Coded) -> None:
    assert coded(text, lang) == [("Government regains territory", "2024-01-15")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "MEKELLE (Reuters) - Forces of the TPLF took Alamata, the last stronghold of the federal "
            "army in the"
            " south, on Monday.",
            "en",
        ),
    ],
)
def test_rebel_forces_taking_a_stronghold_do_not_regain_it(text: str, lang: str, coded: Coded) -> None:
    assert ("Government regains territory", "2024-01-15") not in coded(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The curfew was imposed after the rebels set off 12 bombs in Jaffna on Monday, killing "
            "nine people.",
            "en",
        ),
        (
            "De avondklok kwam er nadat de rebellen maandag in Jaffna twaalf bommen hadden laten ontploffen.",
            "nl",
        ),
    ],
)
def test_bombs_set_off_are_remote_explosives(text: str, lang: str, coded: Coded) -> None:
    assert ("Remote explosive/landmine/IED", "2024-01-15") in coded(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "He admitted trying to set off the bomb, according to charges filed in a Jaffna court on Monday.",
            "en",
        ),
        (
            "Hij heeft bekend de bom te hebben willen laten ontploffen, staat in de aanklacht van maandag.",
            "nl",
        ),
    ],
)
def test_a_bomb_someone_tried_to_set_off_is_no_bombing(text: str, lang: str, coded: Coded) -> None:
    assert ("Remote explosive/landmine/IED", "2024-01-15") not in coded(text, lang)


def test_gunmen_who_set_off_explosives_and_open_fire_attack(coded: Coded) -> None:
    text = (
        "Gunmen killed at least 40 people at a church in Owo on Monday. The attackers set off explosives and"
        " opened fire on the worshippers."
    )
    assert ("Remote explosive/landmine/IED", "2024-01-15") not in coded(text, "en")


def test_men_wanted_for_a_bombing_do_not_bomb_again(coded: Coded) -> None:
    text = (
        "A police officer was shot dead in his patrol car in Cambridge late on Monday, apparently by the two"
        " brothers wanted for the marathon bombing."
    )
    assert ("Remote explosive/landmine/IED", "2024-01-15") not in coded(text, "en")


def test_a_dutch_uitgaansverbod_is_a_curfew(coded: Coded) -> None:
    text = (
        "De autoriteiten stelden maandag in Pokhara een uitgaansverbod overdag in, nadat betogers een verbod"
        " op bijeenkomsten hadden genegeerd."
    )
    assert coded(text, "nl") == [("Change to group/activity", "2024-01-15")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("On Monday, police detained about 150 Tamils in search operations across Colombo.", "en"),
        (
            "Maandag nam de politie bij zoekacties in pensions en logementen in Colombo zo'n 150 Tamils mee.",
            "nl",
        ),
    ],
)
def test_a_people_taken_in_by_the_hundred_are_arrests(text: str, lang: str, coded: Coded) -> None:
    assert coded(text, lang) == [("Arrests", "2024-01-15")]
