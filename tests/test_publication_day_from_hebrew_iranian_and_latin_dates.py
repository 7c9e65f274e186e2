"""Anchors that fix a month-dated article's day from a calendar other than the Gregorian one,
or from a day that a rule or the sky fixes: feasts of the Hebrew calendar ("vandaag, op Jom
Kipoer"), dates of the Iranian calendar ("28 Esfand 1389"), dates written in Latin with Roman
numerals ("die XVII mensis Maii anno MCMLXXXI"), the last weekday of the month (a payday),
and the day of an eclipse of the sun.

Shapes from the development set `events_articles_dev37`; the sentences are our own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import Inferred, Valued
from kroniek.dates import PartialDate
from kroniek.temporal import tagger_for
from kroniek.temporal.calendars import (
    hanukkah,
    nowruz,
    passover,
    persian_to_gregorian,
    roman_numeral,
    rosh_hashanah,
    solar_eclipse,
)
from kroniek.temporal.dct import infer_publication_day
from kroniek.temporal.normalise import feast_date


@pytest.mark.parametrize(
    "day",
    ["1973-09-27", "1988-09-12", "2000-09-30", "2020-09-19", "2023-09-16", "2024-10-03"],
)
def test_the_jewish_new_year_falls_on_the_known_day(day: str) -> None:
    assert rosh_hashanah(int(day[:4])).isoformat() == day


@pytest.mark.parametrize(
    ("feast", "day"),
    [
        (passover, "1988-04-02"),
        (passover, "2023-04-06"),
        (passover, "2024-04-23"),
        (hanukkah, "2022-12-19"),  # the first candle is lit the evening before
        (hanukkah, "2023-12-08"),
        (hanukkah, "2024-12-26"),
    ],
)
def test_passover_and_hanukkah_fall_on_the_known_day(feast: object, day: str) -> None:
    assert callable(feast)
    assert feast(int(day[:4])).isoformat() == day


@pytest.mark.parametrize(
    ("persian", "day"),
    [
        ((1358, 1, 1), "1979-03-21"),
        ((1357, 11, 22), "1979-02-11"),  # the revolution's day of victory
        ((1389, 1, 1), "2010-03-21"),
        ((1399, 1, 1), "2020-03-20"),
        ((1403, 1, 1), "2024-03-20"),
        ((1389, 12, 28), "2011-03-19"),
    ],
)
def test_iranian_dates_become_gregorian_days(persian: tuple[int, int, int], day: str) -> None:
    assert persian_to_gregorian(*persian).isoformat() == day


def test_an_iranian_day_past_its_month_is_no_day() -> None:
    with pytest.raises(ValueError):
        persian_to_gregorian(1389, 7, 31)
    assert nowruz(1389) == dt.date(2010, 3, 21)


@pytest.mark.parametrize(
    ("numeral", "number"), [("XVII", 17), ("MCMLXXXI", 1981), ("mmxxiv", 2024), ("IIII", None), ("VX", None)]
)
def test_roman_numerals_in_their_standard_form(numeral: str, number: int | None) -> None:
    assert roman_numeral(numeral) == number


@pytest.mark.parametrize(
    ("year", "month", "day"),
    [
        (1999, 8, "1999-08-11"),
        (2017, 8, "2017-08-21"),
        (2024, 4, "2024-04-08"),
        (2020, 12, "2020-12-14"),
        (2024, 5, None),
    ],
)
def test_an_eclipse_of_the_sun_falls_at_a_new_moon_near_a_node(
    year: int, month: int, day: str | None
) -> None:
    found = solar_eclipse(year, month)
    assert (found.isoformat() if found else None) == day


@pytest.mark.parametrize(
    ("rule", "year", "day"),
    [
        ("rosh+9", 1973, "1973-10-06"),  # Yom Kippur, the day the war began
        ("pesach-30", 2024, "2024-03-24"),  # Purim
        ("08-wdL", 1996, "1996-08-30"),  # August 1996 ends on a Saturday
        ("03-wd1", 2020, "2020-03-02"),  # 1 March 2020 is a Sunday
        ("06-wdL", 2021, "2021-06-30"),
    ],
)
def test_feast_rules_of_the_hebrew_calendar_and_of_working_days(rule: str, year: int, day: str) -> None:
    assert feast_date(rule, year) == dt.date.fromisoformat(day)


@pytest.mark.parametrize(
    ("lang", "text", "dct", "expected"),
    [
        (
            "nl",
            "Het decreet is gedateerd die 2 mensis Iunii anno MMIV.",
            "2004-06",
            {"die 2 mensis Iunii anno MMIV": "2004-06-02"},
        ),
        (
            "en",
            "The letter bore the date VIII Decembris MCMLXV.",
            "1965-12",
            {"VIII Decembris MCMLXV": "1965-12-08"},
        ),
        ("en", "The vote was set for 12 Farvardin 1358.", "1979-04", {"12 Farvardin 1358": "1979-04-01"}),
        ("nl", "De betoging was op 22 Bahman 1357.", "1979-02", {"22 Bahman 1357": "1979-02-11"}),
        (
            "en",
            "Wages are paid on the last working day of June 2021.",
            "2021-06",
            {"the last working day of June 2021": "2021-06-30"},
        ),
        (
            "nl",
            "De uitbetaling volgt op de eerste werkdag van maart 2020.",
            "2020-03",
            {"de eerste werkdag van maart 2020": "2020-03-02"},
        ),
        ("en", "Synagogues were full on Yom Kippur.", "1973-10", {"Yom Kippur": "1973-10-06"}),
        ("nl", "De winkels sloten voor Pesach.", "2024-04", {"Pesach": "2024-04-23"}),
    ],
)
def test_other_calendars_and_working_days_are_tagged(
    timex_values: Valued, lang: str, text: str, dct: str, expected: dict[str, str]
) -> None:
    assert timex_values(text, dct, lang) == expected


def test_a_latin_month_needs_its_numbers(timex_values: Valued) -> None:
    assert timex_values("Sub mensis Maii the abbey kept its rule.", "1981-05", "en") == {}


@pytest.mark.parametrize(
    ("lang", "text", "dct", "day"),
    [
        (
            "nl",
            "De joodse scholen in Antwerpen bleven vandaag, op Jom Kipoer, dicht.",
            "2001-09",
            "2001-09-27",
        ),
        ("en", "Jerusalem was silent today, Yom Kippur, as the talks stalled.", "2001-09", "2001-09-27"),
        (
            "en",
            "Families gathered today, the first day of Passover, in the old city.",
            "1995-04",
            "1995-04-15",
        ),
        (
            "nl",
            "Het bisdom publiceerde de brief die het vandaag dateerde als die IV mensis Iulii anno MCMXCIX.",
            "1999-07",
            "1999-07-04",
        ),
        (
            "en",
            "The abbey released a letter dated today as die IV mensis Iulii anno MCMXCIX.",
            "1999-07",
            "1999-07-04",
        ),
        (
            "nl",
            "De gevangenen lazen vandaag, 1 Farvardin 1390 volgens de Iraanse kalender, een verklaring voor.",
            "2011-03",
            "2011-03-21",
        ),
        (
            "en",
            "The exiles issued a statement today, 10 Dey 1388 in the Iranian calendar.",
            "2009-12",
            "2009-12-31",
        ),
        (
            "nl",
            "De havenarbeiders kregen vandaag, de laatste doordeweekse dag van de maand, geen loon.",
            "2013-11",
            "2013-11-29",
        ),
        (
            "en",
            "Miners were paid today, the last working day of the month, for the first time since May.",
            "2015-02",
            "2015-02-27",
        ),
        (
            "nl",
            "Duizenden mensen keken vandaag, tijdens de zonsverduistering, naar de lucht boven Luik.",
            "1999-08",
            "1999-08-11",
        ),
        ("en", "Crowds watched the total solar eclipse today in the Texas hills.", "2024-04", "2024-04-08"),
    ],
)
def test_the_publication_day_follows_from_another_calendar_or_a_rule(
    inferred: Inferred, lang: str, text: str, dct: str, day: str
) -> None:
    assert inferred(lang, text, PartialDate.parse(dct)) == PartialDate.parse(day)


@pytest.mark.parametrize(
    ("lang", "text", "dct", "day"),
    [
        # a plan for a feast, told today
        ("en", "The rabbi said today that the march on Yom Kippur is banned.", "2001-09", "2001-09-27"),
        # the last weekday of another month
        (
            "nl",
            "Vandaag werd bekend dat het loon pas op de laatste werkdag van oktober 2013 komt.",
            "2013-11",
            "2013-10-31",
        ),
        # no eclipse of the sun in that month
        (
            "en",
            "Astronomers said today that a solar eclipse will be seen next year.",
            "2024-05",
            "2024-05-01",
        ),
    ],
)
def test_no_day_from_a_feast_or_rule_that_is_not_today(lang: str, text: str, dct: str, day: str) -> None:
    tagger = tagger_for(lang)
    assert tagger is not None
    assert infer_publication_day(tagger, text, PartialDate.parse(dct)) != (PartialDate.parse(day), True)
