"""Groups that stone each other are mob violence, and a quarrel over a religious procession
is no protest; explosions in a chemicals warehouse and drone attacks in a game are no events;
"er vielen geen gewonden" after a raid on a market tells no attack of its own; positions taken
"without any fighting" are handed over, and villagers who "had fled days earlier" tell no event.

The shapes come from the development set `events_parallel_dev16`; the sentences are our own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Coded = Callable[..., list[tuple[str, str]]]  # the conftest fixture `coded`


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Groepen bekogelden elkaar maandag in Gaya met stenen en staken winkels in brand na een ruzie "
            "over een religieuze optocht.",
            "nl",
        ),
        ("Rival groups pelted each other with stones in Gaya on Monday and set shops on fire.", "en"),
    ],
)
def test_groups_that_stone_each_other(coded: Coded, text: str, lang: str) -> None:
    assert coded(text, lang) == [("Mob violence", "2024-01-15")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Bij twee enorme explosies in een opslagplaats voor chemicaliën in de havenstad Tianjin zijn "
            "maandagavond tientallen mensen omgekomen.",
            "nl",
        ),
        (
            "Dozens of people were killed on Monday night when two huge explosions ripped through a "
            "chemicals warehouse in the port city of Tianjin.",
            "en",
        ),
        (
            "Spelers kunnen droneaanvallen uitvoeren en vijandelijke bases bestormen in een fictief "
            "Midden-Oosten.",
            "nl",
        ),
        ("Players can launch drone strikes and storm enemy bases in a fictional Middle East.", "en"),
    ],
)
def test_industrial_explosions_and_games_are_no_events(coded: Coded, text: str, lang: str) -> None:
    assert coded(text, lang) == []


def test_no_wounded_after_a_raid_is_no_attack(coded: Coded) -> None:
    text = (
        "Jihadisten hebben maandag de weekmarkt van een dorp bij Gao geplunderd en tientallen kramen in "
        "brand gestoken. De marktkooplieden waren gevlucht toen de gewapende mannen op motoren arriveerden; "
        "er vielen geen gewonden."
    )
    assert coded(text, "nl") == [("Looting/property destruction", "2024-01-15")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Iraqi army took over positions in Sinjar from a PKK-linked militia on Monday without any "
            "fighting, Iraqi officers said.",
            [("Non-violent transfer of territory", "2024-01-15")],
        ),
        (
            "Troops burned the village of Kalemyo on Monday. Villagers had fled days earlier as the troops "
            "approached, and no one was hurt.",
            [("Looting/property destruction", "2024-01-15")],
        ),
    ],
)
def test_taken_without_any_fighting_and_fled_before(
    coded: Coded, text: str, expected: list[tuple[str, str]]
) -> None:
    """ "without any fighting" is a handover; villagers who "had fled days earlier" are no event."""
    assert coded(text, "en") == expected


def test_a_refinery_struck_by_drones_is_no_industrial_accident(coded: Coded) -> None:
    text = "Oekraïense drones hebben maandagnacht een olieraffinaderij in de Russische stad Rjazan getroffen."
    assert coded(text, "nl") == [("Air/drone strike", "2024-01-15")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("It is the third mass kidnapping of pupils in the north in a short time.", "en"),
        ("Het is de derde massale ontvoering van scholieren in het noorden in korte tijd.", "nl"),
        ("A day later, Islamic Jihad claimed the kidnapping in a telephone call to a news agency.", "en"),
    ],
)
def test_a_kidnapping_counted_or_claimed_is_no_new_one(coded: Coded, text: str, lang: str) -> None:
    assert coded(text, lang) == []


def test_captives_freed_are_no_new_kidnapping(coded: Coded) -> None:
    text = (
        "Kidnappers freed 27 students they had seized from a college near Kaduna a week earlier, releasing "
        "them on Monday on a road outside the city, police said."
    )
    assert all(sub != "Abduction/forced disappearance" for sub, _ in coded(text, "en"))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Hamas, which rules Gaza, has so far stayed out of the fighting.", "en"),
        ("London said the troops were there to evacuate foreigners and would not join the fighting.", "en"),
        ("Washington offered Quito help in fighting the drug gangs.", "en"),
        ("The spread of automatic weapons has made the fighting deadlier.", "en"),
        (
            "Kenya would not pull its troops out of Somalia, where they have been fighting al Shabaab since "
            "2011.",
            "en",
        ),
        (
            "More than a million people have fled their homes since the fighting began, according to the UN.",
            "en",
        ),
        (
            "Dozens of people have been killed in fighting in the north and west of Macedonia since "
            "February.",
            "en",
        ),
        (
            "Volgens westerse functionarissen zijn sinds de invasie in februari vorig jaar aan beide kanten "
            "tienduizenden soldaten gesneuveld.",
            "nl",
        ),
    ],
)
def test_the_fighting_as_a_topic_or_a_running_total_is_no_clash(coded: Coded, text: str, lang: str) -> None:
    assert coded(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Government supporters plan a march in Khartoum on Saturday against foreign intervention.", "en"),
        ("Refugee organisations have announced a demonstration in The Hague later this month.", "en"),
        ("The Young Patriots movement said it would hold an even bigger march on Tuesday.", "en"),
        ("Separatist leaders have called a general strike until Wednesday.", "en"),
        ("Vakbonden en burgergroepen hebben voor maandag een algemene staking in de stad uitgeroepen.", "nl"),
    ],
)
def test_protests_planned_or_called_are_no_events(coded: Coded, text: str, lang: str) -> None:
    assert coded(text, lang) == []
