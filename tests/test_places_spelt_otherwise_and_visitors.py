"""Places written otherwise than the gazetteer spells them: a Dutch transliteration after
"in" that the NER model took for a person ("In Vinnytsja"), a dateline or name without the
Arabic article ("FALLUJAH, Iraq -", "in Fallujah"); a name that the model tagged with the
semicolon after it ("Jeruzalem;"); "de winkelstraat van X" is in X. A landmark that only says
where another town lies ("35 miles west of Baghdad") is no scene; a country's adjective
before its visitors ("the Sri Lankan cricket team") is no event's country. Forces firing when
a march passed, or "the shooting of protesters by paratroopers", use excessive force, and
paratroopers are the military. A name before "hotel in X" is the hotel's; forces who have
fired "op betogers" use excessive force; petrol bombs thrown at police lines are a riot; an
attack whose hidden bombs the next sentences tell is a bombing (a follow-up).

The shapes come from the development set `dedup_dev33`; the sentences are our own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import kroniek

Placed = Callable[..., list[tuple[str, str]]]  # the conftest fixture `placed`


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "In Vinnytsja werden maandag vier mensen gedood bij een raketaanval.",
            "nl",
            [("Shelling/artillery/missile attack", "Vinnytsya")],
        ),
        (
            "FALLUJAH, Iraq - Soldiers opened fire on a crowd of protesters outside the town hall on Monday, "
            "killing four people.",
            "en",
            [("Excessive force against protesters", "Al Fallujah")],
        ),
        (
            "Maandagavond bliezen twee zelfmoordterroristen zich op in een drukke winkelstraat in Jeruzalem; "
            "vier mensen kwamen om.",
            "nl",
            [("Suicide bomb", "Jerusalem")],
        ),
        (
            "Nederland is geschokt door de aanslag van maandagmiddag in de winkelstraat van Venlo, waarbij "
            "een vrouw omkwam.",
            "nl",
            [("Attack", "Venlo")],
        ),
        (
            "LAHORE - Gunmen attacked a bus carrying the Sri Lankan cricket team near the stadium this "
            "morning, killing at least five policemen. Police escorts fought back.",
            "en",
            [("Armed clash", "Lahore")],
        ),
    ],
)
def test_places_spelt_otherwise(
    text: str, lang: str, expected: list[tuple[str, str]], placed: Placed
) -> None:
    assert placed(text, lang) == expected


def test_a_town_named_with_its_distance_from_a_city_is_not_that_city(placed: Placed) -> None:
    text = (
        "FALLUJA, Iraq - Soldiers opened fire on a crowd of protesters outside a school on Monday, killing "
        "four people. Residents of the town, 35 miles west of Baghdad, said nobody in the crowd was armed."
    )
    assert all(where != "Baghdad" for _, where in placed(text, "en"))


def test_forces_firing_on_a_passing_march_use_excessive_force() -> None:
    text = (
        "Anger is mounting in Fallujah over Monday night's shooting of protesters by US paratroopers outside "
        "a school. On Tuesday soldiers opened fire again when a march against those killings passed their "
        "compound, killing two more people."
    )
    events = kroniek.extract_text(text, date="2024-01-17", lang="en")
    assert [(e.sub_event_type, e.event_date) for e in events] == [
        ("Excessive force against protesters", "2024-01-15"),
        ("Excessive force against protesters", "2024-01-16"),
    ]
    assert events[0].actor1 == "Military Forces of the United States"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Among the worst was the suicide car bombing at the Medina hotel in Kismayo on Monday, which "
            "killed 35 people.",
            "en",
            [("Suicide bomb", "Kismayo")],
        ),
        (
            "In de Iraakse stad Samarra hebben soldaten maandag opnieuw op betogers geschoten. Twee mensen "
            "werden gedood.",
            "nl",
            [("Excessive force against protesters", "Samarra")],
        ),
        (
            "On Monday night the violence returned in Toxteth on a far greater scale, with petrol "
            "bombs thrown "
            "at police lines and shops set on fire.",
            "en",
            [("Violent demonstration", "Toxteth")],
        ),
    ],
)
def test_buildings_named_like_towns_fire_on_protesters_and_bombs_at_police_lines(
    text: str, lang: str, expected: list[tuple[str, str]], placed: Placed
) -> None:
    assert placed(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Het land is geschokt door de aanslag van maandagmiddag in de winkelstraat van Venlo, "
            "waarbij een "
            "jongen omkwam. Een meisje ligt nog in kritieke toestand in het ziekenhuis. De daders verstopten "
            "twee bommen in vuilnisbakken.",
            "nl",
        ),
        (
            "The country is shocked by Monday's attack in the shopping street of Leeds, in which a boy was "
            "killed. A girl is still in a critical condition. The attackers hid two bombs in litter bins.",
            "en",
        ),
    ],
)
def test_an_attack_whose_bombs_are_told_next_is_a_bombing(text: str, lang: str) -> None:
    assert [e.sub_event_type for e in kroniek.extract_text(text, date="2024-01-17", lang=lang)] == [
        "Remote explosive/landmine/IED"
    ]


def test_guard_a_bomb_that_went_off_after_a_massacre_is_a_bombing_of_its_own() -> None:
    text = (
        "Armed men killed at least 40 villagers near Medea overnight from Saturday to Sunday. On Monday, a "
        "bomb hidden in a parked car exploded at a market in Blida, killing three people."
    )
    events = kroniek.extract_text(text, date="2024-01-17", lang="en")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [
        ("Attack", 40),
        ("Remote explosive/landmine/IED", 3),
    ]
