"""Anchors that fix a month-dated article's day from a day the reader works out: the full
moon of the month (a phase of the moon, Meeus ch. 49), the middle day of a common year, a
US president's numbered day in office (the term begins on 20 January, not written), and a
tenure some days longer than one told from one date to another, laid onto a start told
elsewhere ("one day longer in office than ..., who governed from ... to ...").

Shapes from the development set `events_articles_dev39`; the sentences are our own.
"""

from __future__ import annotations

import pytest

from conftest import Inferred, Valued
from kroniek.dates import PartialDate
from kroniek.temporal import tagger_for
from kroniek.temporal.calendars import full_moon
from kroniek.temporal.dct import infer_publication_day
from kroniek.temporal.normalise import feast_date


@pytest.mark.parametrize(
    ("year", "month", "day"),
    [
        (2013, 6, "2013-06-23"),  # 11:32 UTC
        (2022, 1, "2022-01-17"),  # 23:48 UTC
        (2000, 1, "2000-01-21"),  # 04:40 UTC, during the total lunar eclipse
        (2024, 8, "2024-08-19"),
        (1969, 7, "1969-07-29"),  # two weeks after the new moon of the 14th
    ],
)
def test_the_full_moon_of_a_month(year: int, month: int, day: str) -> None:
    assert full_moon(year, month).isoformat() == day


@pytest.mark.parametrize(("year", "month"), [(2015, 7), (2018, 1), (2018, 3), (2020, 10)])
def test_a_month_with_a_blue_moon_has_no_single_full_moon(year: int, month: int) -> None:
    with pytest.raises(ValueError):
        full_moon(year, month)


@pytest.mark.parametrize(
    ("rule", "year", "day"),
    [
        ("06-full", 2013, "2013-06-23"),
        ("01-01+182", 2013, "2013-07-02"),  # 182 days before it, 182 after
        ("usinaug+99", 1981, "1981-04-29"),
        ("usinaug+99", 2009, "2009-04-29"),
        ("usinaug+0", 1985, "1985-01-20"),  # the term begins on a Sunday too
    ],
)
def test_feast_rules_of_full_moons_midyear_and_terms(rule: str, year: int, day: str) -> None:
    assert feast_date(rule, year).isoformat() == day


def test_a_year_without_an_inauguration_has_no_day_in_office() -> None:
    with pytest.raises(ValueError):
        feast_date("usinaug+99", 1982)


@pytest.mark.parametrize(
    ("lang", "text", "dct", "expected"),
    [
        ("en", "Obama marks his 100th day in office on Wednesday.", "2009-04-27", "2009-04-29"),
        ("en", "Biden spent his 200th day in office golfing.", "2021-08", "2021-08-07"),
        ("nl", "Trump beleefde zijn honderdste dag in functie in Harrisburg.", "2017-04", "2017-04-29"),
        ("nl", "De vissers bleven aan wal bij volle maan.", "2013-06", "2013-06-23"),
    ],
)
def test_days_in_office_and_full_moons_are_tagged(
    timex_values: Valued, lang: str, text: str, dct: str, expected: str
) -> None:
    assert expected in timex_values(text, dct, lang).values()


@pytest.mark.parametrize(
    ("lang", "text", "dct", "day"),
    [
        (
            "nl",
            "De vissers van Kisumu bleven vandaag, de dag van de volle maan, met hun lampen aan wal.",
            "2016-03",
            "2016-03-23",
        ),
        (
            "en",
            "Lamp fishermen in Kisumu stayed ashore today, the day of the full moon.",
            "2016-03",
            "2016-03-23",
        ),
        (
            "nl",
            "Het parlement in Accra zweeg vandaag, de middelste dag van het jaar, toen de termijn afliep.",
            "2015-07",
            "2015-07-02",
        ),
        (
            "en",
            "Lima held its breath today, the middle day of the year, as a strike entered its third day.",
            "2015-07",
            "2015-07-02",
        ),
        (
            "en",
            "President George Bush today marked his 100th day in office with a speech in Ohio.",
            "1989-04",
            "1989-04-29",
        ),
        (
            "nl",
            "President Bill Clinton beleefde vandaag zijn honderdste dag in functie, met weinig te vieren.",
            "1993-04",
            "1993-04-29",
        ),
        (
            "en",
            "Prime Minister Tan today became the longest-serving leader, one day longer in office than "
            "Lee, who governed from March 3, 1990, to June 30, 1995. Tan began his term on January 2, 2001.",
            "2006-05",
            "2006-05-02",
        ),
        (
            "nl",
            "Premier Tan was vandaag twee dagen langer in functie dan Lee, die van 1 april 1980 tot en met "
            "31 december 1987 regeerde. Tan begon zijn termijn op 15 september 1994.",
            "2002-06",
            "2002-06-17",
        ),
    ],
)
def test_the_publication_day_follows_from_the_moon_the_year_or_the_term(
    inferred: Inferred, lang: str, text: str, dct: str, day: str
) -> None:
    assert inferred(lang, text, PartialDate.parse(dct)) == PartialDate.parse(day)


@pytest.mark.parametrize(
    ("lang", "text", "dct", "day"),
    [
        # July 2015 had two full moons: which one is meant is unsaid
        ("en", "Fishermen stayed ashore today, the day of the full moon.", "2015-07", "2015-07-02"),
        # no president was inaugurated in 1990
        ("en", "The president today marked his 100th day in office.", "1990-04", "1990-04-30"),
    ],
)
def test_no_day_from_an_anchor_that_does_not_hold(lang: str, text: str, dct: str, day: str) -> None:
    tagger = tagger_for(lang)
    assert tagger is not None
    found, outright = infer_publication_day(tagger, text, PartialDate.parse(dct))
    assert not outright or found != PartialDate.parse(day)
