"""Anchors that fix a month-dated article's day: a count of nights since a dated event
("na een vierde nacht van rellen sinds ... op vrijdag 3 mei"), a feast told with a relative
day (a national festival, a leap day, the first day of winter time), an ordinal day of the
month named with its weekday ("Vandaag, vrijdag de twaalfde") and a count of working days
after a dated event.

Shapes from the development set `events_articles_dev34`; the sentences are our own.
"""

from __future__ import annotations

import pytest

from conftest import Coded, Inferred, Valued
from kroniek.dates import PartialDate
from kroniek.temporal import tagger_for
from kroniek.temporal.dct import infer_publication_day


@pytest.mark.parametrize(
    ("lang", "text", "dct", "expected"),
    [
        (
            "nl",
            "Vandaag, vrijdag de twaalfde, bleef het rustig.",
            "2003-12",
            {"Vandaag": "PRESENT_REF", "vrijdag de twaalfde": "2003-12-12"},
        ),
        ("nl", "Het gebeurde op zaterdag de 25e.", "2004-12", {"zaterdag de 25e": "2004-12-25"}),
        (
            "en",
            "Today, Friday the twelfth, all was calm.",
            "2003-12",
            {"Today": "PRESENT_REF", "Friday the twelfth": "2003-12-12"},
        ),
        ("en", "On Friday the 12th all was calm.", "2003-12", {"Friday the 12th": "2003-12-12"}),
        # the 30th of the DCT's month is a Monday, the month before's a Friday
        ("nl", "Het gebeurde op vrijdag de dertigste.", "2003-06", {"vrijdag de dertigste": "2003-05-30"}),
        ("nl", "De markt opende op deze schrikkeldag.", "1996-02", {"schrikkeldag": "1996-02-29"}),
        ("en", "Bastille Day passed quietly.", "1989-07", {"Bastille Day": "1989-07-14"}),
        ("nl", "De sluiting duurde drie werkdagen.", "2002-04-04", {"drie werkdagen": "P3D"}),
        ("en", "The closure lasted three business days.", "2002-04-04", {"three business days": "P3D"}),
    ],
)
def test_ordinal_days_feasts_and_working_days_are_tagged(
    timex_values: Valued, lang: str, text: str, dct: str, expected: dict[str, str]
) -> None:
    assert timex_values(text, dct, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "dct"),
    [
        # 18 May 2005 is a Wednesday and 18 April a Monday: no Saturday the 18th near the DCT
        ("nl", "Zaterdag de achttiende bleef het rustig.", "2005-05"),
        # not before a punctuation mark: a match day, not a date
        ("nl", "Zaterdag de eerste wedstrijd speelden ze thuis.", "2005-05"),
    ],
)
def test_a_weekday_and_ordinal_that_do_not_agree_give_no_day(lang: str, text: str, dct: str) -> None:
    tagger = tagger_for(lang)
    assert tagger is not None
    assert not any(m.date and m.date.day for m in tagger.find(text, PartialDate.parse(dct)) if m.resolved)


@pytest.mark.parametrize(
    ("lang", "text", "dct", "day"),
    [
        # a count of nights since a dated event: the morning after the n-th night
        (
            "nl",
            "Nantes ontwaakte vandaag na een vierde nacht van rellen sinds de dood van een jongen op "
            "vrijdag 3 mei. Gisteren bleef het rustig.",
            "1991-05",
            "1991-05-07",
        ),
        (
            "en",
            "Nantes woke up today after a fourth night of rioting since a youth died on Friday, May 3.",
            "1991-05",
            "1991-05-07",
        ),
        # a feast told with a relative day
        (
            "nl",
            "Frankrijk vierde vandaag de Quatorze Juillet met een parade op de Champs-Élysées.",
            "1989-07",
            "1989-07-14",
        ),
        ("en", "France celebrated Bastille Day today with a parade.", "1989-07", "1989-07-14"),
        ("nl", "De stad bleef vandaag, op deze schrikkeldag, rustig.", "1996-02", "1996-02-29"),
        ("en", "The city stayed quiet today, on this leap day.", "1996-02", "1996-02-29"),
        (
            "nl",
            "Vandaag, de eerste dag van de zomertijd nu de klok vannacht een uur vooruit is gezet, "
            "bleef het stil.",
            "2001-03",
            "2001-03-25",
        ),
        (
            "en",
            "Today, the first day of summer time after the clocks went forward an hour, all was quiet.",
            "2001-03",
            "2001-03-25",
        ),
        # an ordinal day of the month named with its weekday, beside a relative day
        (
            "nl",
            "Vandaag, vrijdag de twaalfde, bleef het rustig. Woensdag vielen doden.",
            "2003-12",
            "2003-12-12",
        ),
        ("en", "Today, Friday the 12th, all was calm. On Wednesday people died.", "2003-12", "2003-12-12"),
        # working days after a dated event: the weekend is skipped
        (
            "nl",
            "De winkels gingen vandaag weer open, drie werkdagen nadat het leger op donderdag 4 april "
            "een avondklok had ingesteld.",
            "2002-04",
            "2002-04-09",
        ),
        (
            "en",
            "Shops reopened today, three working days after the army imposed a curfew on Thursday, April 4.",
            "2002-04",
            "2002-04-09",
        ),
    ],
)
def test_the_publication_day_follows_from_the_anchor(
    inferred: Inferred, lang: str, text: str, dct: str, day: str
) -> None:
    assert inferred(lang, text, PartialDate.parse(dct)) == PartialDate.parse(day)


@pytest.mark.parametrize(
    ("lang", "text", "dct", "feast"),
    [
        ("nl", "Vandaag, twee dagen na Koningsdag, bleef het rustig.", "2014-04", "2014-04-27"),
        ("nl", "De minister zei vandaag dat de mars op Koningsdag verboden is.", "2014-04", "2014-04-27"),
        ("en", "Today, on the eve of May Day, all was calm.", "2014-05", "2014-05-01"),
        ("en", "The minister said today that the march on May Day is banned.", "2014-05", "2014-05-01"),
    ],
)
def test_a_feast_apart_from_the_relative_day_is_not_the_publication_day(
    lang: str, text: str, dct: str, feast: str
) -> None:
    """A word between the relative day and the feast makes them two days: the feast may
    still narrow the DCT, or a span count from it fix the day, but it is not today."""
    tagger = tagger_for(lang)
    assert tagger is not None
    assert infer_publication_day(tagger, text, PartialDate.parse(dct)) != (PartialDate.parse(feast), True)


def test_calendar_days_are_counted_where_no_working_days_are_told(inferred: Inferred) -> None:
    text = "Shops reopened today, three days after the army imposed a curfew on Thursday, April 4."
    assert inferred("en", text, PartialDate.parse("2002-04")) == PartialDate.parse("2002-04-07")


def test_a_weekday_is_dated_from_a_working_day_count(coded: Coded) -> None:
    """Published on Tuesday 9 April 2002, so "Yesterday" is the 8th."""
    text = (
        "BEIRUT - Shops reopened today, three working days after the army imposed a curfew on "
        "Thursday, April 4. Yesterday gunmen shot dead a shopkeeper in Tripoli."
    )
    assert ("Attack", "2002-04-08") in coded(text, "en", date="2002-04")
