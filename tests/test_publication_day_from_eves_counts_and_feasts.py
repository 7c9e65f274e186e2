"""More anchors that fix a month-dated article's day: the eve of an anniversary, day N of a
crisis, a span before a dated event, the first weekday after one, and a feast day beside
"today". And a date after "since" lies in the past, however far.

Shapes from the development set `events_articles_dev31`; the sentences are our own.
"""

from __future__ import annotations

import pytest

from conftest import Coded, Inferred, Valued
from kroniek.dates import PartialDate


@pytest.mark.parametrize(
    ("lang", "text", "dct", "day"),
    [
        # the eve of an anniversary: the day before it
        (
            "nl",
            "Aan de vooravond van de tiende verjaardag van de aardbeving van 12 mei 2008 was het "
            "vandaag stil in Chengdu. Woensdag stortte in Beichuan een school in.",
            "2018-05",
            "2018-05-11",
        ),
        (
            "en",
            "On the eve of the tenth anniversary of the earthquake of May 12, 2008, Chengdu was "
            "quiet today. On Wednesday a school collapsed in Beichuan.",
            "2018-05",
            "2018-05-11",
        ),
        # day N of a crisis whose first day is the date that follows
        (
            "nl",
            "Vandaag, op de achtste dag van de staking die op 3 maart begon, lagen de havens nog stil.",
            "2021-03",
            "2021-03-10",
        ),
        (
            "en",
            "Today, on the eighth day of the strike that began on March 3, the ports were still idle.",
            "2021-03",
            "2021-03-10",
        ),
        # a span before a dated event
        (
            "nl",
            "Vandaag, vier dagen voor het referendum van zondag 14 juni, hielden beide kampen hun "
            "laatste bijeenkomsten.",
            "2020-06",
            "2020-06-10",
        ),
        (
            "en",
            "Today, four days before the referendum on Sunday, June 14, both camps held their final rallies.",
            "2020-06",
            "2020-06-10",
        ),
        # the first weekday after a dated event (6 February 2023 was a Monday)
        (
            "nl",
            "Vandaag, de eerste vrijdag na de aardbeving van 6 februari, werd in alle moskeeën gebeden.",
            "2023-02",
            "2023-02-10",
        ),
        (
            "en",
            "Today, the first Friday after the earthquake of February 6, prayers were said in every mosque.",
            "2023-02",
            "2023-02-10",
        ),
        # a feast day beside "today", with a preposition between: the day said outright, which
        # a weekday told later does not move
        (
            "nl",
            "Vandaag, op eerste pinksterdag, bleef het rustig in de stad. Dinsdag wordt er betoogd.",
            "2019-06",
            "2019-06-09",
        ),
        (
            "en",
            "Today, on Christmas Day, the city stayed calm. Protesters plan to march on Friday.",
            "2019-12",
            "2019-12-25",
        ),
    ],
)
def test_the_publication_day_follows_from_the_anchor(
    inferred: Inferred, lang: str, text: str, dct: str, day: str
) -> None:
    assert inferred(lang, text, PartialDate.parse(dct)) == PartialDate.parse(day)


def test_a_weekday_is_counted_from_the_day_of_the_crisis(coded: Coded) -> None:
    """Day eight of a crisis begun on Wednesday 3 March is Wednesday the 10th, so "dinsdag"
    is the 9th, not the Tuesday before the month's end."""
    text = (
        "ANTWERPEN - Vandaag, op de achtste dag van de crisis die op 3 maart begon, bleef de "
        "regering zwijgen. Dinsdag gooiden betogers in Antwerpen stenen naar de politie."
    )
    assert coded(text, "nl", date="2021-03") == [("Violent demonstration", "2021-03-09")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Het was de zwaarste aanval sinds 5 januari, toen vliegtuigen bommen wierpen.",
            {"5 januari": "1967-01-05"},
        ),
        (
            "en",
            "It was the worst attack since January 5, when planes dropped bombs.",
            {"January 5": "1967-01-05"},
        ),
    ],
)
def test_a_date_since_which_something_holds_is_in_the_past(
    timex_values: Valued, lang: str, text: str, expected: dict[str, str]
) -> None:
    """Eight months back, beyond the reach that tense alone pulls a date without a year."""
    assert timex_values(text, "1967-09-25", lang) == expected
