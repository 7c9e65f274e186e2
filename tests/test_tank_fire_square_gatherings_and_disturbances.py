"""Units that ambush a column named after a long place phrase fight a battle; tanks firing
shells on a building shell it (Dutch 'Tanks schoten ... granaten op'); an
opposition leader's supporters gathering on a square protest, with no protest word; fresh
disturbances that broke out 'yesterday' are that day's riot, not the riots of an earlier
day named in an 'after' clause. Our own sentences, written for these rules (2024-01-17 is
a Wednesday)."""

import pytest


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Het leger heeft maandag het verzet in het parlement in Tbilisi gebroken. Tanks schoten urenlang "
            "granaten op het parlementsgebouw, tot de verdedigers zich overgaven.",
            "nl",
            [("Shelling/artillery/missile attack", "2024-01-15")],
        ),
        (
            "Maandag verzamelden zich ruim honderdduizend aanhangers van oppositieleider Zurab Beridze "
            "op het "
            "Vrijheidsplein in Tbilisi.",
            "nl",
            [("Peaceful protest", "2024-01-15")],
        ),
        (
            "Donderdag overvielen eenheden van de territoriale verdediging bij Domzale, net ten noorden van "
            "Ljubljana, een colonne federale tanks.",
            "nl",
            [("Armed clash", "2024-01-11")],
        ),
        (
            "Fresh disturbances broke out in Tbilisi yesterday when crowds of young people returned to the "
            "city centre after the riots on Monday.",
            "en",
            [("Violent demonstration", "2024-01-16")],
        ),
    ],
)
def test_tank_fire_square_gatherings_and_disturbances(coded, text, lang, expected):
    assert coded(text, lang) == expected


def test_a_party_congress_is_no_protest(coded):
    text = (
        "Maandag verzamelden zich duizenden aanhangers van de oppositiepartij in Tbilisi voor het "
        "partijcongres."
    )
    assert coded(text, "nl") == []
