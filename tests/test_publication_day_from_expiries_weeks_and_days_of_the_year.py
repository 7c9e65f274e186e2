"""Anchors that fix a month-dated article's day: a span set on a date that runs out today
("het ultimatum van 48 uur ... verstrijkt vandaag"), a weekday of the week of a dated event,
the first day of the n-th week of a period, half a year after a dated event, and a day
counted in the year or a month ("de voorlaatste dag van het jaar").

Shapes from the development set `events_articles_dev33`; the sentences are our own.
"""

from __future__ import annotations

import pytest

from conftest import Coded, Inferred, Valued
from kroniek.dates import PartialDate


@pytest.mark.parametrize(
    ("lang", "text", "dct", "expected"),
    [
        (
            "nl",
            "Dat was op de laatste dag van het jaar.",
            "2003-12",
            {"de laatste dag van het jaar": "2003-12-31"},
        ),
        (
            "nl",
            "De wet geldt vanaf de eerste dag van maart.",
            "2003-02",
            {"de eerste dag van maart": "2003-03-01"},
        ),
        (
            "nl",
            "Op de voorlaatste dag van februari 2004 viel de stad.",
            "2005",
            {"de voorlaatste dag van februari 2004": "2004-02-28"},
        ),
        (
            "en",
            "That was on the last day of the year.",
            "2003-12",
            {"the last day of the year": "2003-12-31"},
        ),
        (
            "en",
            "The city fell on the penultimate day of February 2004.",
            "2005",
            {"the penultimate day of February 2004": "2004-02-28"},
        ),
        ("en", "They waited half an hour.", "2003-12-05", {"half an hour": "PT30M"}),
        ("en", "That lasted about half a year.", "2003-12-05", {"about half a year": "P6M"}),
    ],
)
def test_a_day_counted_in_a_year_or_month_and_half_a_unit(
    timex_values: Valued, lang: str, text: str, dct: str, expected: dict[str, str]
) -> None:
    assert timex_values(text, dct, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "dct", "day"),
    [
        # a span set on a date that runs out on the day told
        (
            "nl",
            "Vandaag verstrijkt het ultimatum van 48 uur dat de kapers op zaterdag 6 juni aan de "
            "regering stelden. Vrijdag werd een gijzelaar vrijgelaten.",
            "1987-06",
            "1987-06-08",
        ),
        (
            "en",
            "The 48-hour ultimatum that the hijackers set the government on Saturday, June 6, "
            "expires today. On Friday a hostage was freed.",
            "1987-06",
            "1987-06-08",
        ),
        (
            "en",
            "The ten-day truce agreed on March 3 ran out yesterday.",
            "1995-03",
            "1995-03-14",
        ),
        # a weekday of the week of a dated event
        (
            "nl",
            "Vandaag, vrijdag, aan het eind van de week waarin op maandag 8 mei de premier "
            "aftrad, bleef het stil.",
            "1995-05",
            "1995-05-12",
        ),
        (
            "en",
            "Today, Friday, at the end of the week in which the prime minister resigned on "
            "Monday, May 8, all stayed calm.",
            "1995-05",
            "1995-05-12",
        ),
        # the first day of the n-th week of a period
        (
            "nl",
            "Vandaag begint de derde week van de staking, die op woensdag 1 maart begon.",
            "2000-03",
            "2000-03-15",
        ),
        (
            "en",
            "Today the strike, which began on Wednesday, March 1, enters its third week.",
            "2000-03",
            "2000-03-15",
        ),
        # half a year after a dated event
        (
            "en",
            "Today, exactly half a year after the flood of March 12 swept away the bridge, the town has "
            "been rebuilt.",
            "2010-09",
            "2010-09-12",
        ),
        # a day counted in the year, beside "today"
        (
            "nl",
            "Vandaag, op de laatste dag van het jaar, bleef het rustig. Dinsdag vielen er doden.",
            "1991-12",
            "1991-12-31",
        ),
        (
            "en",
            "Today, on the second-to-last day of the year, all was calm. On Tuesday people died.",
            "1991-12",
            "1991-12-30",
        ),
    ],
)
def test_the_publication_day_follows_from_the_anchor(
    inferred: Inferred, lang: str, text: str, dct: str, day: str
) -> None:
    assert inferred(lang, text, PartialDate.parse(dct)) == PartialDate.parse(day)


def test_a_span_that_runs_out_without_a_day_told_fixes_nothing(inferred: Inferred) -> None:
    """No relative day names the day the span runs out: only the date told narrows the DCT."""
    text = "The 48-hour ultimatum that the hijackers set on Saturday, June 6, expires soon."
    assert inferred("en", text, PartialDate.parse("1987-06")) == PartialDate.parse("1987-06-06")


def test_a_week_of_a_dated_event_needs_a_weekday(inferred: Inferred) -> None:
    """ "Vandaag, in de week van 8 mei" names no weekday: no day beyond the date told."""
    text = "Vandaag, in de week waarin op maandag 8 mei de premier aftrad, bleef het stil."
    assert inferred("nl", text, PartialDate.parse("1995-05")) == PartialDate.parse("1995-05-08")


def test_a_weekday_is_dated_from_the_end_of_an_ultimatum(coded: Coded) -> None:
    """Published on Monday 8 June 1987, so "Gisteren" is the 7th."""
    text = (
        "BEIROET - Vandaag verstrijkt het ultimatum van 48 uur dat de kapers op zaterdag 6 juni "
        "aan de regering stelden. Gisteren schoten militieleden in Tripoli twee agenten dood."
    )
    assert ("Attack", "1987-06-07") in coded(text, "nl", date="1987-06")
