"""Anchors that fix a month-dated article's day: a weekday counted in a month ("de
laatste vrijdag van februari"), a span of two parts after a dated event ("een jaar en een
dag na"), and the day halfway between two dated events; and a night between two dates
"vorig jaar" lies in that year.

Shapes from the development set `events_articles_dev32`; the sentences are our own.
"""

from __future__ import annotations

import pytest

from conftest import Coded, Inferred, Valued
from kroniek.dates import PartialDate


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Zij werden in de nacht van 14 op 15 april vorig jaar ontvoerd.",
            {"de nacht van 14 op 15 april vorig jaar": "2014-04-14TNI"},
        ),
        (
            "en",
            "They were abducted overnight from April 14 to 15 last year.",
            {"overnight from April 14 to 15 last year": "2014-04-14TNI"},
        ),
    ],
)
def test_a_night_between_two_dates_of_last_year(
    timex_values: Valued, lang: str, text: str, expected: dict[str, str]
) -> None:
    """The year the words after the night name, not the April nearest a February article."""
    assert timex_values(text, "2015-02-14", lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "dct", "expected"),
    [
        (
            "nl",
            "Zij komen bijeen op de derde dinsdag van mei.",
            "2023-05",
            {"de derde dinsdag van mei": "2023-05-16"},
        ),
        (
            "nl",
            "Dat gebeurde op de laatste zondag van maart 1999.",
            "2001",
            {"de laatste zondag van maart 1999": "1999-03-28"},
        ),
        (
            "en",
            "They meet on the third Tuesday of May.",
            "2023-05",
            {"the third Tuesday of May": "2023-05-16"},
        ),
        (
            "en",
            "That was on the last Sunday of March, 1999.",
            "2001",
            {"the last Sunday of March, 1999": "1999-03-28"},
        ),
    ],
)
def test_a_weekday_counted_in_a_month_is_a_day(
    timex_values: Valued, lang: str, text: str, dct: str, expected: dict[str, str]
) -> None:
    assert timex_values(text, dct, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "dct", "day"),
    [
        # a weekday counted in a month, beside "vandaag"
        (
            "nl",
            "Duizenden boeren trokken vandaag, de laatste donderdag van maart, naar Warschau. "
            "Dinsdag blokkeerden zij wegen.",
            "2016-03",
            "2016-03-31",
        ),
        (
            "en",
            "Thousands of farmers marched on Warsaw today, the last Thursday of March. On Tuesday "
            "they blocked roads.",
            "2016-03",
            "2016-03-31",
        ),
        (
            "nl",
            "Vandaag, de eerste woensdag van juni, opende het parlement. Maandag was het rustig.",
            "2016-06",
            "2016-06-01",
        ),
        (
            "en",
            "Today, the first Wednesday of June, parliament opened. On Monday all was quiet.",
            "2016-06",
            "2016-06-01",
        ),
        # a span of two parts after a dated event
        (
            "nl",
            "Vandaag, een jaar en twee dagen na de aanslag op de markt van 9 april 2016, "
            "kondigde de regering nieuwe maatregelen aan.",
            "2017-04",
            "2017-04-11",
        ),
        (
            "en",
            "Today, a year and two days after the bombing of the market on April 9, 2016, the "
            "government announced new measures.",
            "2017-04",
            "2017-04-11",
        ),
        # halfway between two dated events
        (
            "nl",
            "Gisteren, precies halverwege tussen het referendum van 2 maart en de verkiezingen "
            "van 30 maart, sloegen de kampen elkaar.",
            "2014-03",
            "2014-03-17",
        ),
        (
            "en",
            "Yesterday, exactly halfway between the referendum on March 2 and the election on "
            "March 30, the two camps came to blows.",
            "2014-03",
            "2014-03-17",
        ),
    ],
)
def test_the_publication_day_follows_from_the_anchor(
    inferred: Inferred, lang: str, text: str, dct: str, day: str
) -> None:
    assert inferred(lang, text, PartialDate.parse(dct)) == PartialDate.parse(day)


def test_no_midpoint_between_dates_an_odd_number_of_days_apart(inferred: Inferred) -> None:
    """Halfway between 2 and 29 March is no day: only the latest date told narrows the DCT."""
    text = (
        "Today, exactly halfway between the referendum on March 2 and the election on March 29, all was calm."
    )
    assert inferred("en", text, PartialDate.parse("2014-03")) == PartialDate.parse("2014-03-29")


def test_a_weekday_is_counted_from_the_last_friday_of_the_month(coded: Coded) -> None:
    """Published on Friday 26 February 2016, so "Dinsdag" is the 23rd."""
    text = (
        "BOEKAREST - Tienduizenden mensen gingen vandaag, de laatste vrijdag van februari, de "
        "straat op in Boekarest. Dinsdag gooiden betogers in Cluj stenen naar de politie."
    )
    assert coded(text, "nl", date="2016-02") == [
        ("Peaceful protest", "2016-02-26"),
        ("Violent demonstration", "2016-02-23"),
    ]
