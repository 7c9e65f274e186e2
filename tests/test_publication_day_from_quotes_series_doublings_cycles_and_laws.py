"""Publication days that a reader reckons from two or more facts of the text: a quoted "next
Saturday" said on a written day (the quote's own centre), the next term of a series whose
interval two dated terms give, a count that doubles or triples per span, a cycle of days that
meets the same weekday again (a least common multiple), a law in force from the first day of
the n-th calendar month after its publication, and a span "after a bomb" dated in another
sentence.

Shapes from the development set `events_articles_dev40`; the sentences are our own.
"""

from __future__ import annotations

import pytest

from conftest import Inferred
from kroniek.dates import PartialDate


@pytest.mark.parametrize(
    ("lang", "text", "dct", "day"),
    [
        (
            "en",
            "The border crossing at Rafah reopened today after ten days of closure. On Monday, June 6, "
            'a spokesman said the crossing would reopen "next Saturday" if calm held.',
            "2016-06",
            "2016-06-11",
        ),
        (
            "nl",
            "De grensovergang bij Rafah is vandaag weer opengegaan na tien dagen. Een woordvoerder zei "
            'op maandag 6 juni dat de grensovergang "aanstaande zaterdag" weer open zou gaan.',
            "2016-06",
            "2016-06-11",
        ),
        (
            "en",
            "The third session of the commission opened in Geneva today, after the same interval that "
            "separated the first two. The first session opened on Tuesday, March 2, and the second on "
            "Tuesday, March 16.",
            "2021-03",
            "2021-03-30",
        ),
        (
            "nl",
            "De vijfde ronde van de onderhandelingen begon vandaag in Oslo, na dezelfde tussenpoos als "
            "steeds. De eerste ronde begon op 3 mei, de tweede op 8 mei.",
            "2021-05",
            "2021-05-23",
        ),
        (
            "en",
            "The number of cholera cases in the district reached 3,200 today, health officials said. "
            "There were 200 on Monday, August 3, and the number has doubled every three days since.",
            "2020-08",
            "2020-08-15",
        ),
        (
            "nl",
            "Het aantal ontheemden in het kamp is vandaag opgelopen tot 2700, meldt de VN. Op 2 augustus "
            "waren het er 100; sindsdien is het aantal elke twee dagen verdrievoudigd.",
            "2020-08",
            "2020-08-08",
        ),
        (
            "en",
            "The cattle market at Kano, held every fourth day, fell on a Friday again today for the "
            "first time since Friday, May 1.",
            "2015-05",
            "2015-05-29",
        ),
        (
            "nl",
            "De veemarkt van Kano, die om de zes dagen wordt gehouden, viel vandaag voor het eerst "
            "sinds vrijdag 1 mei weer op een vrijdag.",
            "2015-06",
            "2015-06-12",
        ),
        (
            "en",
            "The new media law entered into force today. It was published in the official journal on "
            "Monday, October 14, and takes effect on the first day of the third calendar month after "
            "publication.",
            "2020-01",
            "2020-01-01",
        ),
        (
            "nl",
            "De nieuwe mediawet is vandaag in werking getreden. De wet werd op 14 oktober in het "
            "Staatsblad gepubliceerd en geldt vanaf de eerste dag van de derde kalendermaand na de "
            "publicatie.",
            "2020-01",
            "2020-01-01",
        ),
        (
            "en",
            "Shopkeepers in Yala reopened the night bazaar today, exactly two weeks after a bomb ripped "
            "through it. The bomb, left on a motorbike on Friday, April 4, killed three people.",
            "2014-04",
            "2014-04-18",
        ),
        (
            "nl",
            "Winkeliers in Yala hebben vandaag de avondmarkt heropend, precies twee weken nadat een bom "
            "er ontplofte. De bom, achtergelaten op een motor op vrijdag 4 april, doodde drie mensen.",
            "2014-04",
            "2014-04-18",
        ),
    ],
)
def test_the_publication_day_is_reckoned(
    inferred: Inferred, lang: str, text: str, dct: str, day: str
) -> None:
    assert inferred(lang, text, PartialDate.parse(dct)) == PartialDate.parse(day)


@pytest.mark.parametrize(
    ("lang", "text", "dct", "wrong"),
    [
        # Not quoted: reported speech moves "next Saturday" into the writer's own frame.
        (
            "en",
            "The border crossing at Rafah reopened today. On Monday, June 6, a spokesman said the "
            "crossing would reopen next Saturday.",
            "2016-06",
            "2016-06-11",
        ),
        # Quoted, but nothing links the quote to what happened today.
        (
            "en",
            'The stadium in Gaza was full today. On Monday, June 6, a minister said talks would resume "next '
            'Saturday".',
            "2016-06",
            "2016-06-11",
        ),
        # 3,000 / 200 = 15 is no power of two: no count of doublings reaches it.
        (
            "en",
            "The number of cholera cases reached 3,000 today. There were 200 on Monday, August 3, and "
            "the number has doubled every three days since.",
            "2020-08",
            "2020-08-15",
        ),
        # The law's day is the first of a month, but nothing says it took effect today.
        (
            "en",
            "Parliament met today. The media law was published on Monday, October 14, and takes "
            "effect on the first day of the third calendar month after publication.",
            "2020-01",
            "2020-01-01",
        ),
    ],
)
def test_no_day_is_reckoned_without_every_fact(
    inferred: Inferred, lang: str, text: str, dct: str, wrong: str
) -> None:
    assert inferred(lang, text, PartialDate.parse(dct)) != PartialDate.parse(wrong)
