"""The publication day told after an anchor, and event days that follow from it.

Shapes from the development set `events_articles_dev30`; the sentences are our own.
"""

from __future__ import annotations

import pytest

from conftest import Coded, Inferred, Valued
from kroniek.dates import PartialDate


@pytest.mark.parametrize(
    ("lang", "text", "dct", "day"),
    [
        # "on" an anniversary, with "today" after the old event's date
        (
            "nl",
            "Op de tiende verjaardag van de aardbeving van 12 mei 2008 werd er vandaag in Chengdu gebeden. "
            "Dinsdag werden in Beichuan nog twee huizen gesloopt.",
            "2018-05",
            "2018-05-12",
        ),
        (
            "en",
            "On the tenth anniversary of the earthquake of May 12, 2008, people prayed in Chengdu today. "
            "On Tuesday two more houses were pulled down in Beichuan.",
            "2018-05",
            "2018-05-12",
        ),
        # a day after the anniversary, "today" told after the anniversary's date
        (
            "nl",
            "Een dag na de twintigste verjaardag van de ramp in Enschede op 13 mei 2000 eisten "
            "bewoners vandaag een nieuw onderzoek. Zaterdag was er een stille tocht.",
            "2020-05",
            "2020-05-14",
        ),
        (
            "en",
            "A day after the twentieth anniversary of the disaster in Enschede on May 13, 2000, "
            "residents demanded a new inquiry today. On Saturday there was a silent march.",
            "2020-05",
            "2020-05-14",
        ),
        # a span opening the sentence, the Dutch verb right after the date, no comma
        (
            "nl",
            "Zeven dagen na de verkiezingen van 9 juni in Den Haag zei de koningin vandaag dat de "
            "formatie begint. Vrijdag werd er in Utrecht gedemonstreerd.",
            "2010-06",
            "2010-06-16",
        ),
        # "Vandaag, twee dagen later": two days after the day the sentence before told
        (
            "nl",
            "Donderdag, twee maanden na de verkiezingen van 4 april, vielen agenten een krant binnen. "
            "Vandaag, drie dagen later, verscheen de krant niet.",
            "2020-06",
            "2020-06-07",
        ),
        (
            "en",
            "On Thursday, two months after the elections of April 4, police raided a newspaper. "
            "Today, three days later, the paper did not appear.",
            "2020-06",
            "2020-06-07",
        ),
    ],
)
def test_the_publication_day_follows_from_the_anchor(
    inferred: Inferred, lang: str, text: str, dct: str, day: str
) -> None:
    assert inferred(lang, text, PartialDate.parse(dct)) == PartialDate.parse(day)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "nl",
            "GENT - De ruïne van het stadhuis rookte vanochtend nog na een nacht van rellen in Gent.",
        ),
        (
            "en",
            "GHENT - The ruins of the town hall were still smoking this morning "
            "after a night of rioting in Ghent.",
        ),
        (
            "nl",
            "GENT - Gent telt vandaag de schade na een nacht waarin relschoppers "
            "het stadhuis in brand staken.",
        ),
    ],
)
def test_a_riot_told_as_the_night_before_is_dated_to_its_evening(coded: Coded, lang: str, text: str) -> None:
    assert coded(text, lang, date="2023-03-15") == [("Violent demonstration", "2023-03-14")]


def test_a_weekday_before_an_inferred_publication_day_stays_in_the_past(coded: Coded) -> None:
    """ "vandaag" after the counted anchor fixes the publication day (Saturday 4 June); the
    "dinsdag" of a report in the present perfect is the Tuesday before it, not after."""
    text = (
        "KIEV - Honderd dagen na het begin van de invasie op 24 februari zei de president vandaag "
        "dat het front standhoudt. Vluchtelingen vertelden dat soldaten dinsdag in het dorp "
        "Bilozerka twee vrouwen hebben verkracht."
    )
    assert coded(text, "nl", date="2022-06") == [("Sexual violence", "2022-05-31")]


def test_the_beginning_of_the_month_is_this_month(timex_values: Valued) -> None:
    found = timex_values("At the beginning of the month thousands gathered in Vientiane.", "1975-08-24", "en")
    assert found == {"the month": "1975-08"}


def test_a_street_named_after_a_day_is_no_date(timex_values: Valued) -> None:
    assert timex_values("Looters emptied shops along Fourth of July Avenue.", "1964-01-11", "en") == {}
