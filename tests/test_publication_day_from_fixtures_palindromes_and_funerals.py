"""Anchors that fix a month-dated article's day from a day the reader must know or work out:
a holiday moved by a weekend rule (King's Day on a Sunday), a date whose digits read the
same backwards, the day of a World Cup final, an anniversary of a day of history whose date
is not written ("fifty years to the day after the attack on Pearl Harbor"), a count of days
before a year begins ("duizend dagen voor het jaar 2000"), and a count of days after an
event that another sentence dates ("twee dagen na de begrafenis").

Shapes from the development set `events_articles_dev38`; the sentences are our own.
"""

from __future__ import annotations

import pytest

from conftest import Inferred, Valued
from kroniek.dates import PartialDate
from kroniek.temporal import tagger_for
from kroniek.temporal.dct import infer_publication_day
from kroniek.temporal.normalise import feast_date, fixture, palindrome_day


@pytest.mark.parametrize(
    ("rule", "year", "day"),
    [
        ("04-27!sun-1", 2014, "2014-04-26"),  # 27 April 2014 was a Sunday
        ("04-27!sun-1", 2015, "2015-04-27"),
        ("04-27!sun-1", 2025, "2025-04-26"),
        ("04-30!sun-1", 2006, "2006-04-29"),
        ("04-30!sun-1", 2005, "2005-04-30"),
        ("02-pal", 2020, "2020-02-02"),
        ("12-pal", 2021, "2021-12-02"),  # 12-02-2021 in the American order
        ("wcf+0", 1998, "1998-07-12"),
        ("wcf+1", 2014, "2014-07-14"),
        ("D1941-12-07", 1991, "1941-12-07"),  # a day of history, whatever the year
    ],
)
def test_feast_rules_of_weekend_moves_palindromes_fixtures_and_history(
    rule: str, year: int, day: str
) -> None:
    assert feast_date(rule, year).isoformat() == day


@pytest.mark.parametrize(("year", "month"), [(2020, 3), (2019, 2)])
def test_a_month_without_a_palindrome_date_has_none(year: int, month: int) -> None:
    with pytest.raises(ValueError):
        palindrome_day(year, month)


def test_a_year_without_a_world_cup_final_has_none() -> None:
    with pytest.raises(ValueError):
        fixture("wcf", 1997)


@pytest.mark.parametrize(
    ("lang", "text", "dct", "expected"),
    [
        ("nl", "Op Koningsdag was het druk in Breda.", "2014-04", {"Koningsdag": "2014-04-26"}),
        ("en", "Orange crowds filled Utrecht on King's Day.", "2015-04", {"King's Day": "2015-04-27"}),
        ("en", "The World Cup final drew record crowds.", "2010-07", {"World Cup final": "2010-07-11"}),
        ("nl", "Na de WK-finale bleef het onrustig.", "2014-07", {"WK-finale": "2014-07-13"}),
        (
            "en",
            "Veterans recalled the attack on Pearl Harbor.",
            "2001-12",
            {"the attack on Pearl Harbor": "1941-12-07"},
        ),
    ],
)
def test_moved_holidays_fixtures_and_days_of_history_are_tagged(
    timex_values: Valued, lang: str, text: str, dct: str, expected: dict[str, str]
) -> None:
    values = {k.removeprefix("the "): v for k, v in timex_values(text, dct, lang).items()}
    assert values == {k.removeprefix("the "): v for k, v in expected.items()}


@pytest.mark.parametrize(
    ("lang", "text", "dct", "day"),
    [
        (
            "nl",
            "Vandaag, op Koningsdag, trokken duizenden mensen door Den Bosch. "
            "De feesten zijn een dag vervroegd.",
            "2025-04",
            "2025-04-26",
        ),
        ("en", "Amsterdam was orange today, on King's Day.", "2014-04", "2014-04-26"),
        (
            "nl",
            "Het stadhuis van Gent sloot vandaag, op een datum waarvan de acht cijfers "
            "van achteren naar voren hetzelfde luiden, veertig huwelijken.",
            "2021-12",
            "2021-12-02",
        ),
        (
            "en",
            "Registrars in Leeds married sixty couples today, a date that reads the same backwards.",
            "2020-02",
            "2020-02-02",
        ),
        ("nl", "Honderden paren trouwden vandaag, een palindroomdatum, in Brugge.", "2020-02", "2020-02-02"),
        (
            "en",
            "Bars in Madrid stayed open late today, the day of the World Cup final, as fans crowded in.",
            "2010-07",
            "2010-07-11",
        ),
        (
            "nl",
            "In Rotterdam keken vandaag, de dag van de WK-finale, tienduizenden mensen naar grote schermen.",
            "2010-07",
            "2010-07-11",
        ),
        (
            "en",
            "Sailors laid wreaths in Honolulu today, sixty years to the day after "
            "the attack on Pearl Harbor.",
            "2001-12",
            "2001-12-07",
        ),
        (
            "nl",
            "Oud-strijders legden vandaag, precies zestig jaar na de aanval op Pearl Harbor, "
            "kransen in Honolulu.",
            "2001-12",
            "2001-12-07",
        ),
        (
            "nl",
            "Op het marktplein van Leuven werd vandaag, precies honderd dagen voor het jaar 2000, "
            "een klok onthuld.",
            "1999-09",
            "1999-09-23",
        ),
        (
            "en",
            "A clock was unveiled in Perth today, exactly 500 days before the year 2000.",
            "1998-08",
            "1998-08-19",
        ),
        (
            "nl",
            "De gemeenteraad vergaderde vandaag, drie dagen na de begrafenis. De burgemeester overleed op "
            "dinsdag 3 maart en werd vier dagen later in Tielt begraven.",
            "2015-03",
            "2015-03-10",
        ),
        (
            "en",
            "The council met today, two days after the funeral. The mayor died on Tuesday, March 3, and was "
            "buried four days later in his home town.",
            "2015-03",
            "2015-03-09",
        ),
    ],
)
def test_the_publication_day_follows_from_a_day_the_reader_knows_or_works_out(
    inferred: Inferred, lang: str, text: str, dct: str, day: str
) -> None:
    assert inferred(lang, text, PartialDate.parse(dct)) == PartialDate.parse(day)


@pytest.mark.parametrize(
    ("lang", "text", "dct", "day"),
    [
        # King's Day on a Saturday that is not moved: no weekend rule applies to 27 April 2019
        ("en", "Amsterdam was orange today, on King's Day.", "2019-04", "2019-04-26"),
        # no World Cup final in 1997
        ("en", "Fans watched a replay today of the World Cup final.", "1997-07", "1997-07-12"),
        # no palindrome date in March 2020
        ("en", "Couples married today, on a palindrome date.", "2020-03", "2020-03-02"),
        # a count of days after the year 2000, not before it: no first day to count from
        ("nl", "Vandaag, honderd dagen na het jaar 2000, bleef het stil.", "2000-04", "2000-04-10"),
        # the funeral's date is not told anywhere
        ("en", "The council met today, two days after the funeral.", "2015-03", "2015-03-09"),
    ],
)
def test_no_day_from_an_anchor_that_does_not_hold(lang: str, text: str, dct: str, day: str) -> None:
    tagger = tagger_for(lang)
    assert tagger is not None
    found, outright = infer_publication_day(tagger, text, PartialDate.parse(dct))
    assert not outright or found != PartialDate.parse(day)
