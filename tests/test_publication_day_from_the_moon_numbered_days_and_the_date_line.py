"""Anchors that fix a month-dated article's day from a count or a calendar that no written
date gives: the Chinese New Year (the second new moon after the December solstice, in
China's time), a weekday of a numbered ISO week ("vrijdag van week 45"), a day told by its
number in the year ("dag 205 van het jaar"), the last or first day of a quarter, the Ides of
the Roman calendar, and a date told across the international date line ("toen het in
Tonga al vrijdag 23 juli was").

Shapes from the development set `events_articles_dev36`; the sentences are our own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import Inferred, Valued
from kroniek.dates import PartialDate
from kroniek.temporal import tagger_for
from kroniek.temporal.calendars import chinese_new_year, new_moon
from kroniek.temporal.dct import infer_publication_day
from kroniek.temporal.normalise import feast_date


def test_a_new_moon_falls_where_meeus_puts_it() -> None:
    # Meeus, example 49.a: the new moon of February 1977 (k = -283), JDE 2443192.65118
    assert new_moon(-283) == pytest.approx(2443192.65118, abs=0.0001)


@pytest.mark.parametrize(
    "day",
    [
        "1955-01-24",
        "1968-01-30",  # the new moon lies half an hour after midnight in China
        "1985-02-20",
        "1996-02-19",
        "2004-01-22",
        "2007-02-18",
        "2012-01-23",
        "2015-02-19",
        "2020-01-25",
        "2023-01-22",
        "2025-01-29",
    ],
)
def test_the_chinese_new_year_is_the_second_new_moon_after_the_solstice(day: str) -> None:
    assert chinese_new_year(int(day[:4])).isoformat() == day


@pytest.mark.parametrize(
    ("rule", "year", "day"),
    [
        ("W45-5", 2007, "2007-11-09"),
        ("W01-1", 2008, "2007-12-31"),  # ISO week 1 of 2008 begins in December 2007
        ("W53-1", 2015, "2015-12-28"),  # 2015 has 53 weeks
        ("W53-1", 2014, "2014-12-29"),  # 2014 has 52: its "week 53" is 2015's week 1
        ("01-01+59", 2024, "2024-02-29"),  # day 60 of a leap year
        ("01-01+59", 2023, "2023-03-01"),
        ("cny+0", 1994, "1994-02-10"),
        ("cny+1", 2024, "2024-02-11"),
    ],
)
def test_feast_rules_for_weeks_counted_days_and_the_moon(rule: str, year: int, day: str) -> None:
    assert feast_date(rule, year) == dt.date.fromisoformat(day)


@pytest.mark.parametrize(
    ("lang", "text", "dct", "expected"),
    [
        ("en", "The strike ended on Friday of week 45.", "2007-11", {"Friday of week 45": "2007-11-09"}),
        (
            "nl",
            "De staking begon op maandag van week 2 van 2024.",
            "2024-03",
            {"maandag van week 2 van 2024": "2024-01-08"},
        ),
        ("en", "It was day 60 of the year.", "2024-02", {"day 60 of the year": "2024-02-29"}),
        ("nl", "Het was de 100e dag van het jaar.", "2021-04", {"de 100e dag van het jaar": "2021-04-10"}),
        (
            "en",
            "The books close on the last day of the third quarter.",
            "2019-09",
            {"the last day of the third quarter": "2019-09-30"},
        ),
        (
            "nl",
            "De wet gaat in op de eerste dag van het tweede kwartaal.",
            "2019-04",
            {"de eerste dag van het tweede kwartaal": "2019-04-01"},
        ),
        ("en", "They met on the Ides of May.", "1990-05", {"Ides of May": "1990-05-15"}),
        ("nl", "Ze spraken af op de Iden van januari.", "1990-01", {"Iden van januari": "1990-01-13"}),
        ("en", "Shops shut for Lunar New Year.", "1994-02", {"Lunar New Year": "1994-02-10"}),
        ("nl", "Op het Chinees Nieuwjaar bleef het stil.", "2010-02", {"Chinees Nieuwjaar": "2010-02-14"}),
    ],
)
def test_numbered_and_roman_days_are_tagged(
    timex_values: Valued, lang: str, text: str, dct: str, expected: dict[str, str]
) -> None:
    assert timex_values(text, dct, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "dct", "day"),
    [
        (
            "nl",
            "De Chinese gemeenschap van Manilla vierde vandaag, op het Chinese Nieuwjaar, feest onder "
            "strenge bewaking. Zaterdag ontplofte een bom bij een tempel.",
            "1994-02",
            "1994-02-10",
        ),
        (
            "en",
            "Singapore's Chinese families gathered today, Chinese New Year, as police patrolled the port.",
            "1985-02",
            "1985-02-20",
        ),
        (
            "nl",
            "De vakbonden legden het werk vandaag, donderdag van week 12, opnieuw neer.",
            "2015-03",
            "2015-03-19",
        ),
        ("en", "The unions walked out again today, Thursday of week 12.", "2015-03", "2015-03-19"),
        (
            "nl",
            "Het parlement kwam vandaag, dag 100 van het jaar, voor het eerst sinds de staatsgreep bijeen.",
            "1996-04",
            "1996-04-09",
        ),
        ("en", "Parliament sat today, the 100th day of the year.", "1996-04", "1996-04-09"),
        (
            "nl",
            "De haven sloot vandaag, de laatste dag van het tweede kwartaal, voor alle schepen.",
            "2011-06",
            "2011-06-30",
        ),
        ("en", "The port closed today, the last day of the second quarter.", "2011-06", "2011-06-30"),
        ("nl", "Het proces begon vandaag, op de Iden van juli, in de hoofdstad.", "1982-07", "1982-07-15"),
        ("en", "The trial opened today, on the Ides of October.", "1982-10", "1982-10-15"),
        (
            "nl",
            "Amerikaans-Samoa herdacht vandaag de doden van de storm, op een uur dat het in Nieuw-Zeeland, "
            "aan de andere kant van de datumgrens, al dinsdag 12 mei was.",
            "2015-05",
            "2015-05-11",
        ),
        (
            "en",
            "Kiribati buried its president today, at an hour when it was still Sunday, March 3 in Hawaii, "
            "across the date line.",
            "2019-03",
            "2019-03-04",
        ),
    ],
)
def test_the_publication_day_follows_from_a_count_or_a_calendar(
    inferred: Inferred, lang: str, text: str, dct: str, day: str
) -> None:
    assert inferred(lang, text, PartialDate.parse(dct)) == PartialDate.parse(day)


@pytest.mark.parametrize(
    ("lang", "text", "dct", "day"),
    [
        # the newspaper's dateline is not the date line
        ("en", "The dateline read Apia, and today it was already Tuesday, May 12.", "2015-05", "2015-05-11"),
        # without the date line, "al" is only "already"
        ("nl", "Vandaag, toen het al dinsdag 12 mei was, bleef het stil.", "2015-05", "2015-05-11"),
        # a week number with no weekday is no day
        ("nl", "De staking begon vandaag, in week 12.", "2015-03", "2015-03-16"),
        # a plan for the Chinese New Year, told today
        ("en", "The mayor said today that the march on Chinese New Year is banned.", "1985-02", "1985-02-20"),
    ],
)
def test_no_day_from_words_that_only_look_like_such_anchors(lang: str, text: str, dct: str, day: str) -> None:
    tagger = tagger_for(lang)
    assert tagger is not None
    assert infer_publication_day(tagger, text, PartialDate.parse(dct)) != (PartialDate.parse(day), True)


def test_a_day_past_the_year_is_no_date(timex_values: Valued) -> None:
    assert "2019" not in "".join(timex_values("It was day 400 of the year.", "2019-04", "en").values())
