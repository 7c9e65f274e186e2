"""A crowd that storms or burns the buildings and cars of the state (a police station, a
courthouse, a district office, the ruling party's cars) riots against the state: a violent
demonstration, not looting or property destruction, though no word of a protest is written.
Armed groups who burn the same buildings, and crowds gone before the police came, stay
property destruction. Forces who open fire on people told as marching, even with the dead
told only in the next sentence, use excessive force; a march to the courthouse is no court
report.

The shapes come from the development set `events_articles_dev15`; the sentences are our own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import kroniek

Coded = Callable[..., list[tuple[str, str]]]  # the conftest fixture `coded`


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
def test_crowds_burning_the_buildings_of_the_state_riot(text: str, lang: str, coded: Coded) -> None:
    assert coded(text, lang) == [("Violent demonstration", "2024-01-15")]


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
def test_armed_men_or_a_group_gone_before_the_police_came_destroy_property(
    text: str, lang: str, coded: Coded
) -> None:
    assert ("Violent demonstration", "2024-01-15") not in coded(text, lang)


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
def test_fire_on_a_march_to_the_court_is_excessive_force(text: str, lang: str, coded: Coded) -> None:
    assert coded(text, lang) == [("Excessive force against protesters", "2024-01-15")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "On Monday, police arrested 46 members of the opposition party at its office in Kayes, "
            "accusing them"
            " of organising the riots.",
            "en",
        ),
        (
            "Maandag pakte de politie in Kayes 46 leden van de oppositiepartij op in het partijkantoor, op"
            " verdenking van het organiseren van de rellen.",
            "nl",
        ),
    ],
)
def test_arrests_on_suspicion_of_organising_the_riots_are_arrests(text: str, lang: str, coded: Coded) -> None:
    assert coded(text, lang) == [("Arrests", "2024-01-15")]


@pytest.mark.parametrize(
    "text",
    [
        "Aanhangers van de oppositie hebben maandag in Jinja autobanden in brand gestoken en wegen "
        "geblokkeerd.",
        "Maandag blokkeerden jongeren in Jinja de hoofdweg met brandende banden.",
    ],
)
def test_dutch_burning_tyres_are_a_riot(text: str, coded: Coded) -> None:
    assert coded(text, "nl") == [("Violent demonstration", "2024-01-15")]


def test_dutch_fire_on_a_marching_crowd_is_excessive_force(coded: Coded) -> None:
    text = (
        "Maandag opende de politie in Masaka het vuur op een zingende en marcherende groep aanhangers van"
        " Wine, waarbij drie mensen omkwamen."
    )
    assert coded(text, "nl") == [("Excessive force against protesters", "2024-01-15")]


def test_the_dutch_name_of_a_province_holds_its_capital() -> None:
    """ "West-Papoea" is the province West Papua (regions.json): the riot told on in the next
    sentence, placed there, is the one in its capital Manokwari."""
    text = (
        "Maandag staken duizenden betogers in Manokwari, de hoofdstad van de provincie West-Papoea, het"
        " parlementsgebouw in brand. Ze blokkeerden wegen met brandende autobanden."
    )
    events = kroniek.extract_text(text, date="2024-01-17", lang="nl")
    assert [(e.sub_event_type, e.event_date, e.location) for e in events] == [
        ("Violent demonstration", "2024-01-15", "Manokwari")
    ]


def test_police_firing_on_rioters_who_burn_and_fight_is_part_of_the_riot(coded: Coded) -> None:
    text = (
        "KANDAHAR - At least nine people were killed in Kandahar on Monday as protesters set fire to shops"
        " and cars and fought with police in the city centre."
    )
    assert coded(text, "en") == [("Violent demonstration", "2024-01-15")]
