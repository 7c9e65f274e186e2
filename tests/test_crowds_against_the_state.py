"""A crowd that storms or burns the buildings and cars of the state (a police station, a
courthouse, a district office, the ruling party's cars) riots against the state: a violent
demonstration, not looting or property destruction, though no word of a protest is written.
Armed groups who burn the same buildings, and crowds gone before the police came, stay
property destruction. Forces who open fire on people told as marching, even with the dead
told only in the next sentence, use excessive force; a march to the courthouse is no court
report.

The shapes come from the development set `events_articles_dev15`; the sentences are our own."""

from __future__ import annotations

import pytest

import kroniek


def _coded(text: str, lang: str) -> list[tuple[str, str]]:
    return [
        (e.sub_event_type, e.event_date) for e in kroniek.extract_text(text, date="2024-01-17", lang=lang)
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "On Monday, a crowd of about two thousand stormed the town hall in Bouake and set fire to "
            "three police cars.",
            "en",
        ),
        ("Hundreds of villagers burned down the police station in Kisii on Monday.", "en"),
        ("On Monday, youths in Kayes set fire to a police post and a car of the ruling party.", "en"),
        (
            "Maandag bestormde een menigte van zo'n tweeduizend mensen het gemeentehuis van Bouaké en "
            "stak drie politieauto's in brand.",
            "nl",
        ),
        ("Honderden dorpelingen hebben maandag het politiebureau van Kisii platgebrand.", "nl"),
        (
            "Maandag staken jongeren in Kayes een politiepost en een auto van de regeringspartij in brand.",
            "nl",
        ),
    ],
)
def test_crowds_burning_the_buildings_of_the_state_riot(text: str, lang: str) -> None:
    assert _coded(text, lang) == [("Violent demonstration", "2024-01-15")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("On Monday, gunmen set fire to the police station in Kisii after the officers had fled.", "en"),
        (
            "Maandag staken gewapende mannen het politiebureau van Kisii in brand nadat de agenten "
            "waren gevlucht.",
            "nl",
        ),
        (
            "On Monday night, a group of youths set fire to the town hall in Kayes; by the time police "
            "arrived,"
            " the group had gone.",
            "en",
        ),
        (
            "On Monday, guerrillas set fire to the town hall in a village near Kayes after herding the "
            "residents into the square.",
            "en",
        ),
        (
            "Dorpelingen haalden maandag twee mannen uit het politiebureau van Kayes, sloegen hen en "
            "staken hen in brand.",
            "nl",
        ),
        (
            "Twee dagen na de bestorming van het parlement trokken maandag in Kayes duizenden "
            "studenten vreedzaam door de straten.",
            "nl",
        ),
    ],
)
def test_armed_men_or_a_group_gone_before_the_police_came_destroy_property(text: str, lang: str) -> None:
    assert ("Violent demonstration", "2024-01-15") not in _coded(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Police opened fire on Monday on hundreds of farmers who were marching to the court in "
            "Osh. Four people were killed.",
            "en",
        ),
        (
            "De politie heeft maandag het vuur geopend op honderden boeren die in Osh naar de "
            "rechtbank trokken. Daarbij kwamen vier mensen om.",
            "nl",
        ),
    ],
)
def test_fire_on_a_march_to_the_court_is_excessive_force(text: str, lang: str) -> None:
    assert _coded(text, lang) == [("Excessive force against protesters", "2024-01-15")]
