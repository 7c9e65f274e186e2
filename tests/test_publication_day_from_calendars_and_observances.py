"""Anchors that fix a month-dated article's day from a calendar rule rather than a written
date: a day of the Julian calendar ("7 januari volgens de juliaanse kalender"), a day fixed
by law (the US Election Day, the Tuesday after the first Monday of November), a Sunday of
Advent, a named observance (Mother's Day, Prinsjesdag in English text), and the solstices
and equinoxes ("de kortste dag van het jaar").

Shapes from the development set `events_articles_dev35`; the sentences are our own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import Inferred, Valued
from kroniek.dates import PartialDate
from kroniek.temporal import tagger_for
from kroniek.temporal.calendars import julian_to_gregorian, orthodox_easter, season_start
from kroniek.temporal.dct import infer_publication_day
from kroniek.temporal.normalise import feast_date


@pytest.mark.parametrize(
    ("julian", "gregorian"),
    [
        ((1917, 10, 25), "1917-11-07"),  # the October Revolution
        ((2011, 12, 25), "2012-01-07"),  # Orthodox Christmas
        ((1582, 10, 5), "1582-10-15"),  # the day after the Julian 4 October 1582
        ((1700, 2, 19), "1700-03-01"),  # Gregorian 1700 has no 29 February: the gap grows to 11
    ],
)
def test_julian_dates_convert_to_gregorian(julian: tuple[int, int, int], gregorian: str) -> None:
    assert julian_to_gregorian(*julian).isoformat() == gregorian


@pytest.mark.parametrize(("year", "day"), [(2024, "2024-05-05"), (2010, "2010-04-04"), (1991, "1991-04-07")])
def test_orthodox_easter(year: int, day: str) -> None:
    assert orthodox_easter(year).isoformat() == day


@pytest.mark.parametrize(
    ("year", "month", "day"),
    [
        (2024, 12, "2024-12-21"),  # 09:20 UTC
        (2023, 6, "2023-06-21"),  # 14:57 UTC
        (2020, 3, "2020-03-20"),  # 03:50 UTC
        (2021, 9, "2021-09-22"),  # 19:21 UTC
        (1981, 12, "1981-12-21"),  # 22:51 UTC: late in the day, still the 21st
    ],
)
def test_solstices_and_equinoxes_fall_on_their_utc_day(year: int, month: int, day: str) -> None:
    assert season_start(year, month).isoformat() == day


@pytest.mark.parametrize(
    ("rule", "year", "day"),
    [
        ("11-mon1+1", 2020, "2020-11-03"),  # US Election Day
        ("11-mon1+1", 2016, "2016-11-08"),  # 1 November 2016 is a Tuesday: not that one
        ("11-27>sun", 2023, "2023-12-03"),  # the first Sunday of Advent
        ("11-27>sun+21", 2022, "2022-12-18"),  # the fourth
        ("J12-25", 2019, "2020-01-07"),
        ("oeaster-2", 2024, "2024-05-03"),  # Orthodox Good Friday
    ],
)
def test_feast_rules_with_shifts_and_other_calendars(rule: str, year: int, day: str) -> None:
    assert feast_date(rule, year) == dt.date.fromisoformat(day)


def test_a_feast_rule_that_is_not_one_says_so() -> None:
    with pytest.raises(ValueError, match="not a feast rule"):
        feast_date("christmas", 2020)


@pytest.mark.parametrize(
    ("lang", "text", "dct", "expected"),
    [
        (
            "nl",
            "De kerk vierde op 7 januari volgens de juliaanse kalender het kerstfeest.",
            "2015-01",
            {"7 januari volgens de juliaanse kalender": "2015-01-20"},
        ),
        (
            "nl",
            "Het gebeurde op 24 oktober (oude stijl).",
            "1917-11",
            {"24 oktober (oude stijl)": "1917-11-06"},
        ),
        (
            "en",
            "The revolt began on October 25, 1917, by the Julian calendar.",
            "1967-11",
            {"October 25, 1917, by the Julian calendar": "1917-11-07"},
        ),
        ("en", "Crowds gathered on Orthodox Christmas.", "2016-01", {"Orthodox Christmas": "2016-01-07"}),
        (
            "nl",
            "Op de langste dag van het jaar bleef het rustig.",
            "2016-06",
            {"langste dag van het jaar": "2016-06-20"},
        ),
        ("en", "On the winter solstice the siege went on.", "1993-12", {"winter solstice": "1993-12-21"}),
        ("nl", "Op de derde adventszondag werd gebeden.", "1999-12", {"derde adventszondag": "1999-12-12"}),
        ("en", "On Mother's Day the shops were shut.", "2009-05", {"Mother's Day": "2009-05-10"}),
    ],
)
def test_calendar_days_are_tagged(
    timex_values: Valued, lang: str, text: str, dct: str, expected: dict[str, str]
) -> None:
    assert timex_values(text, dct, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "dct", "day"),
    [
        (
            "nl",
            "Orthodoxe gelovigen in Belgrado vierden vandaag, 25 december volgens de juliaanse kalender, "
            "het kerstfeest onder zware bewaking.",
            "1994-01",
            "1994-01-07",
        ),
        (
            "en",
            "Orthodox believers in Belgrade celebrated Christmas today, December 25 by the Julian calendar.",
            "1994-01",
            "1994-01-07",
        ),
        (
            "nl",
            "De rebellen namen vandaag, verkiezingsdag in de Verenigde Staten, een haven in.",
            "1964-11",
            "1964-11-03",
        ),
        ("en", "The rebels took a port today, Election Day in the United States.", "1964-11", "1964-11-03"),
        (
            "nl",
            "In de kerken werd vandaag, op de eerste zondag van de advent, gebeden.",
            "1983-11",
            "1983-11-27",
        ),
        ("en", "Churches held prayers today, the first Sunday of Advent.", "1983-11", "1983-11-27"),
        (
            "nl",
            "De gijzelaars kwamen vandaag, op de langste dag van het jaar, vrij.",
            "1977-06",
            "1977-06-21",
        ),
        ("en", "The hostages were freed today, the shortest day of the year.", "1978-12", "1978-12-22"),
        # counted from the solstice of 21 December 1977
        (
            "nl",
            "Vandaag, twee dagen na de kortste dag van het jaar, bleef het rustig.",
            "1977-12",
            "1977-12-23",
        ),
        ("en", "Mourners laid flowers today, Mother's Day, outside the house.", "2004-05", "2004-05-09"),
        ("en", "The queen opened parliament today, on Prinsjesdag, under guard.", "1980-09", "1980-09-16"),
    ],
)
def test_the_publication_day_follows_from_a_calendar_rule(
    inferred: Inferred, lang: str, text: str, dct: str, day: str
) -> None:
    assert inferred(lang, text, PartialDate.parse(dct)) == PartialDate.parse(day)


@pytest.mark.parametrize(
    ("lang", "text", "dct", "day"),
    [
        # another country's election day is not the US one
        ("en", "Voters in Kenya went to the polls today, election day.", "1964-11", "1964-11-03"),
        # a style of dress, not a calendar
        (
            "nl",
            "Vandaag droegen de agenten op 3 november een uniform in oude stijl.",
            "1964-11",
            "1964-11-16",
        ),
        # a plan for the solstice, told today
        (
            "nl",
            "De burgemeester zei vandaag dat de mars op de kortste dag van het jaar verboden is.",
            "1977-12",
            "1977-12-21",
        ),
    ],
)
def test_no_fixed_day_without_a_calendar_rule_of_today(lang: str, text: str, dct: str, day: str) -> None:
    tagger = tagger_for(lang)
    assert tagger is not None
    assert infer_publication_day(tagger, text, PartialDate.parse(dct)) != (PartialDate.parse(day), True)
