"""A bomb or dynamite thrown by hand is a grenade (petrol bombs are a riot's); an arrest "on
rape charges" is no sexual violence; protests called for next week have not happened. The
shapes come from the development set `events_articles_dev24`; the sentences here are our own."""

from __future__ import annotations

import pytest

import kroniek


def _coded(text: str, date: str, lang: str) -> list[tuple[str, str]]:
    return [(e.sub_event_type, e.event_date) for e in kroniek.extract_text(text, date=date, lang=lang)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("On Saturday, unknown attackers threw a bomb through the window of a house in Georgetown.", "en"),
        ("On Saturday, rebels threw sticks of dynamite at a police station in Ayacucho.", "en"),
        ("Zaterdag gooiden onbekenden een bom door het raam van een huis in Georgetown.", "nl"),
        (
            "Zaterdag wierpen strijders van Lichtend Pad staven dynamiet naar een politiebureau in Ayacucho.",
            "nl",
        ),
    ],
)
def test_a_bomb_thrown_by_hand_is_a_grenade(text: str, lang: str) -> None:
    assert _coded(text, "1992-09-14", lang) == [("Grenade", "1992-09-12")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("On Saturday, rioters threw petrol bombs at police in Belfast.", "en"),
        ("Zaterdag gooiden relschoppers brandbommen naar de politie in Belfast.", "nl"),
    ],
)
def test_petrol_bombs_thrown_are_a_riot(text: str, lang: str) -> None:
    assert [sub for sub, _ in _coded(text, "1992-09-14", lang)] == ["Violent demonstration"]


def test_an_arrest_on_rape_charges_is_an_arrest() -> None:
    text = (
        "Police arrested the opposition leader in Dakar on Wednesday as he was on his way to a "
        "hearing on rape charges."
    )
    assert _coded(text, "2021-03-06", "en") == [("Arrests", "2021-03-03")]


def test_protests_called_for_next_week_have_not_happened() -> None:
    text = (
        "DAKAR - The opposition has called for three more days of protests next week. "
        "Police arrested the party's spokesman in Dakar on Wednesday."
    )
    assert _coded(text, "2021-03-06", "en") == [("Arrests", "2021-03-03")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "On Friday, protesters in Derna hanged two policemen whom they accused of firing on the crowd.",
            "en",
        ),
        (
            "Vrijdag hingen betogers in Derna twee politieagenten op die zij ervan beschuldigden "
            "op de menigte te hebben geschoten.",
            "nl",
        ),
    ],
)
def test_protesters_who_hang_policemen_are_a_mob(text: str, lang: str) -> None:
    assert [sub for sub, _ in _coded(text, "2011-02-23", lang)] == ["Mob violence"]


def test_men_hanged_after_a_verdict_are_no_mob() -> None:
    assert (
        _coded("Two men were hanged in Tehran on Monday after a court convicted them.", "2011-02-23", "en")
        == []
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "In de nacht van woensdag op donderdag bekogelden betogers de politie bij het parlement "
            "in Reykjavik met stenen.",
            "nl",
        ),
        (
            "Overnight from Wednesday to Thursday, protesters pelted police outside parliament in "
            "Reykjavik with stones.",
            "en",
        ),
    ],
)
def test_a_riot_of_a_night_between_two_days_is_dated_to_the_second(text: str, lang: str) -> None:
    assert _coded(text, "2009-01-27", lang) == [("Violent demonstration", "2009-01-22")]


def test_youths_pelting_the_police_are_a_riot() -> None:
    text = "On Thursday evening, youths were pelting police with stones and bottles in the centre of Narva."
    assert _coded(text, "2007-04-29", "en") == [("Violent demonstration", "2007-04-26")]


def test_the_handling_of_protests_defended_is_no_protest() -> None:
    text = (
        "COPENHAGEN (Reuters) - Danish police on Monday defended their handling of three days of "
        "protests around the climate summit in Copenhagen, which ended on Saturday."
    )
    assert _coded(text, "2009-12-21", "en") == []


def test_youths_who_burn_cars_and_stone_the_police_riot() -> None:
    text = (
        "LYON (Reuters) - Youths set fire to about 30 cars and threw stones at police and "
        "firefighters overnight in Vaulx-en-Velin, a suburb east of Lyon."
    )
    assert [sub for sub, _ in _coded(text, "2005-11-04", "en")] == ["Violent demonstration"]
