"""A protest "against Friday's police violence, when a march was broken up" is today's protest
and Friday's intervention, two events; a "police attack on a student march" is excessive force;
a name before "church" or "kerk" is the building's ("outside the Candelaria church in the centre
of Rio" is in Rio, not the town Candelaria). The dead counted "since the first round" of an
election, and arrests counted "since Saturday", are running totals, no event.

The shapes come from the development set `dedup_dev34`; the sentences are our own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Coded = Callable[..., list[tuple[str, str]]]  # the conftest fixtures `coded` and `placed`


def test_a_protest_against_the_violence_of_another_day_is_two_events(coded: Coded) -> None:
    text = (
        "Op het Wenceslasplein in Praag zijn vanmiddag meer dan honderdduizend mensen bijeengekomen om te "
        "protesteren tegen het politiegeweld van vrijdagavond, toen een studentenmars met wapenstokken werd "
        "uiteengeslagen."
    )
    assert coded(text, "nl", date="1989-11-20") == [
        ("Peaceful protest", "1989-11-20"),
        ("Protest with intervention", "1989-11-17"),
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The turning point was last month's police attack on a student march in central Prague, which "
            "brought hundreds of thousands onto the streets.",
            "en",
        ),
        (
            "Het keerpunt was vorige maand de aanval van de oproerpolitie op een studentenmars in het "
            "centrum van Praag.",
            "nl",
        ),
    ],
)
def test_a_police_attack_on_a_march_is_excessive_force(coded: Coded, text: str, lang: str) -> None:
    assert coded(text, lang, date="1989-12") == [("Excessive force against protesters", "1989-11-15")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "RIO DE JANEIRO - Gunmen opened fire on a group of street children sleeping outside the "
            "Candelaria church in the centre of Rio late last night, killing seven, police said.",
            "en",
            [("Attack", "Rio de Janeiro")],
        ),
        (
            "Schutters hebben gisteravond in Rio de Janeiro het vuur geopend op straatkinderen die voor de "
            "Candelaria kerk sliepen; zeven kinderen kwamen om.",
            "nl",
            [("Attack", "Rio de Janeiro")],
        ),
    ],
)
def test_a_name_before_church_is_the_church(
    placed: Coded, text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert placed(text, lang, date="1993-07-24") == expected


def test_a_crowd_that_marches_burns_and_stones_the_gendarmes_riots(coded: Coded) -> None:
    text = (
        "Vrijdagavond trokken honderden kolonisten door Noumea; ze staken kantoren van separatistische "
        "groepen in brand en bekogelden gendarmes met stenen."
    )
    assert coded(text, "nl", date="1985-01-14") == [("Violent demonstration", "1985-01-11")]


@pytest.mark.parametrize(
    "text",
    [
        "The opposition says at least 86 of its supporters have been killed since the first round on March "
        "29.",
        "Royalist officials said dozens of party members had been detained since Saturday.",
    ],
)
def test_counts_since_an_election_or_a_day_are_running_totals(coded: Coded, text: str) -> None:
    assert coded(text, "en", date="2008-06-25") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Two missiles were fired at an Israeli airliner on Thursday as it took off from Mombasa.", "en"),
        (
            "De twee raketten die donderdag op een Israëlisch vakantievliegtuig werden afgevuurd, zijn "
            "gelanceerd vanaf een veld vlak bij de luchthaven Moi International van Mombasa.",
            "nl",
        ),
    ],
)
def test_a_country_adjective_before_a_plane_is_no_scene(placed: Coded, text: str, lang: str) -> None:
    """ "an Israeli airliner" names whose plane it was, not where the missiles flew."""
    assert all(place != "Israel" for _, place in placed(text, lang, date="2002-11-30"))
