"""Forces who fire on a crowd told as protesting (in a relative clause, as a camp's supporters,
as students with their dead told) use excessive force, also with machine guns; a crowd that
occupies a building in solidarity, or blocks a column of troops, protests. Words that label a
crowd ("called the protesters looters") tell no event, nor do words of the future ("would
continue until", "doorgaan tot", "have been announced for Wednesday", "moet ... worden
ondertekend"), a running total ("in all", "since ..., several bombs have gone off") or people
who fled the fighting. Arrests of people suspected of taking part in riots are arrests; a
bare "worden verdacht" after a killing is no court report.

The shapes come from the development set `events_articles_dev16`; the sentences are our own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import kroniek

Coded = Callable[..., list[tuple[str, str]]]  # the conftest fixture `coded`

EXCESSIVE = [("Excessive force against protesters", "2024-01-15")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "In Kayes openden soldaten maandag het vuur op ongewapende dorpelingen die op het marktplein "
            "tegen de junta demonstreerden.",
            "nl",
        ),
        (
            "Soldaten hebben maandagavond in Kayes met machinegeweren geschoten op duizenden betogers "
            "die het aftreden van de junta eisten.",
            "nl",
        ),
        (
            "Een pantserwagen ramde maandag het hek, waarna soldaten het vuur openden op de studenten op "
            "de campus van Kayes; volgens artsen vielen zeker negen doden.",
            "nl",
        ),
        (
            "Soldaten hebben maandag bij het stadion van Kayes het vuur geopend op aanhangers van de "
            "verbannen oppositieleider.",
            "nl",
        ),
        (
            "Soldiers opened fire on Monday on supporters of the exiled opposition leader outside the "
            "stadium in Kayes.",
            "en",
        ),
        (
            "Soldiers opened fire on Monday on villagers of Kita, a farming town near Kayes, who were "
            "blocking the road to a gold mine.",
            "en",
        ),
        (
            "Soldiers fired machine guns on Monday evening at thousands of protesters in Kayes who were "
            "demanding the junta's resignation.",
            "en",
        ),
    ],
)
def test_forces_firing_on_a_protesting_crowd_use_excessive_force(text: str, lang: str, coded: Coded) -> None:
    assert coded(text, lang) == EXCESSIVE


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "On Monday, hundreds of students occupied the medical faculty in Kayes in solidarity with "
            "striking doctors.",
            "en",
        ),
        ("On Monday, hundreds of Kita residents blocked a column of army trucks in the town centre.", "en"),
        ("Maandag blokkeerden honderden inwoners van Kita in het centrum een colonne legertrucks.", "nl"),
    ],
)
def test_a_crowd_occupying_or_blocking_in_its_cause_protests(text: str, lang: str, coded: Coded) -> None:
    assert coded(text, lang) == [("Peaceful protest", "2024-01-15")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("State television called the protesters looters and vandals.", "en"),
        ("The president calls the marchers terrorists paid from abroad.", "en"),
        ("De regering noemde de betogers maandag 'relschoppers en plunderaars'.", "nl"),
        ("Kayes said the air strikes would continue until the rebels lay down their arms.", "en"),
        ("Kayes zegt dat de luchtaanvallen doorgaan tot de rebellen hun wapens neerleggen.", "nl"),
        ("The rebel commander said his men would keep fighting from the hills.", "en"),
        ("Protests have also been announced in Kita and Nioro for Wednesday.", "en"),
        ("Het bestand dat in december werd gesloten, moet op 2 februari in Kayes worden ondertekend.", "nl"),
        ("More than three hundred people were killed in the uprising in all.", "en"),
    ],
)
def test_labels_futures_totals_and_flight_tell_no_event(text: str, lang: str, coded: Coded) -> None:
    assert coded(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "On Monday, police detained 30 young men suspected of taking part in the riots in raids in Kita.",
            "en",
        ),
        (
            "Maandag hield de politie bij invallen in Kita dertig jongeren aan die ze van de rellen "
            "verdenkt.",
            "nl",
        ),
    ],
)
def test_arrests_of_suspected_rioters_are_arrests(text: str, lang: str, coded: Coded) -> None:
    assert coded(text, lang) == [("Arrests", "2024-01-15")]


def test_a_bare_worden_verdacht_after_a_killing_is_no_court_report(coded: Coded) -> None:
    text = "Maandag werd in Kita een vakbondsleider doodgeschoten; leden van een militie worden verdacht."
    assert coded(text, "nl") == [("Attack", "2024-01-15")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In Kita, opposition youths threw dozens of petrol bombs and stones at police on Monday.", "en"),
        (
            "In Kita gooiden oppositiejongeren maandag tientallen benzinebommen en stenen naar de politie.",
            "nl",
        ),
    ],
)
def test_youths_of_a_camp_pelting_the_police_riot(text: str, lang: str, coded: Coded) -> None:
    assert coded(text, lang) == [("Violent demonstration", "2024-01-15")]


def test_a_run_of_bombs_since_a_month_is_no_event_of_that_month(coded: Coded) -> None:
    text = (
        "Een autobom verwoestte zondag een hotel in Kayes. Sinds het einde van het bestand in februari zijn "
        "in Mali meerdere bommen ontploft."
    )
    assert coded(text, "nl", "2024-07-15") == [("Remote explosive/landmine/IED", "2024-07-14")]


def test_people_who_fled_the_fighting_tell_no_battle() -> None:
    text = (
        "On Monday, fighting near Kidal killed 21 people. On Thursday last week, rebels entered the town "
        "of Anefis without a fight. About 2,000 people have fled the fighting, the UN said."
    )
    clash = next(
        e
        for e in kroniek.extract_text(text, date="2024-01-17", lang="en")
        if e.sub_event_type == "Armed clash"
    )
    assert [v.text for v in clash.evidence] == ["On Monday, fighting near Kidal killed 21 people."]


def test_the_people_shot_at_a_protest_are_its_protesters() -> None:
    text = "Soldiers fired on protesters in Segou on Monday, killing two people, witnesses said."
    events = kroniek.extract_text(text, date="2024-01-17", lang="en")
    assert [(e.sub_event_type, e.actor2) for e in events] == [
        ("Excessive force against protesters", "Protesters (Mali)")
    ]
