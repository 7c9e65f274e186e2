"""The publication day of a month-dated article, inferred from anchors that say it outright.

The seed's class: an article dated only "2022-01" whose day follows from the text. These
shapes come from the development set `events_articles_dev28`; the sentences here are our own.
A relative day ("vandaag", "gisteren", "yesterday") told with a day counted from a dated
event fixes the publication day; a weekday must fall on that day; half a year counts as six
months; "twee dagen na de herdenking" counts from the anniversary told before.
"""

from __future__ import annotations

import pytest

from conftest import Coded, Inferred
from kroniek.dates import PartialDate
from kroniek.temporal import tagger_for


@pytest.mark.parametrize(
    ("lang", "text", "dct", "day"),
    [
        # today is the anniversary itself
        (
            "nl",
            "Vandaag is het precies tien jaar geleden dat de mijn bij Soma op 13 mei 2014 instortte. "
            "Gisteren betoogden mijnwerkers in Ankara.",
            PartialDate(2024, 5),
            PartialDate(2024, 5, 13),
        ),
        (
            "en",
            "It is exactly ten years today since the mine near Soma collapsed on May 13, 2014. "
            "Yesterday miners marched in Ankara.",
            PartialDate(2024, 5),
            PartialDate(2024, 5, 13),
        ),
        # yesterday was a week after a dated event: the day after
        (
            "nl",
            "Gisteren was het precies een week geleden dat soldaten op 3 juni het kamp bestormden. "
            "Zaterdag werden drie leiders opgepakt.",
            PartialDate(2019, 6),
            PartialDate(2019, 6, 11),
        ),
        (
            "en",
            "Yesterday marked exactly a week since soldiers stormed the camp on June 3. "
            "On Saturday three leaders were arrested.",
            PartialDate(2019, 6),
            PartialDate(2019, 6, 11),
        ),
        (
            "en",
            "Yesterday, exactly a week after the 'Day of Rage' of January 28, crowds filled the square.",
            PartialDate(2011, 2),
            PartialDate(2011, 2, 5),
        ),
        # yesterday was the first anniversary of a dated event
        (
            "nl",
            "Gisteren, op de eerste verjaardag van de rellen van 1 maart 2008, liepen duizenden mensen "
            "door de stad. Op 20 maart volgt een nieuwe mars.",
            PartialDate(2009, 3),
            PartialDate(2009, 3, 2),
        ),
        # a relative day set beside a full date: a later future date does not move it
        (
            "nl",
            "Het land houdt vandaag, maandag 10 januari, een dag van rouw. Woensdag bestormden relschoppers "
            "het stadhuis. Op 20 januari komt het parlement bijeen.",
            PartialDate(2022, 1),
            PartialDate(2022, 1, 10),
        ),
        (
            "en",
            "The country is holding a day of mourning today, Monday, January 10. On Wednesday rioters "
            "stormed the city hall.",
            PartialDate(2022, 1),
            PartialDate(2022, 1, 10),
        ),
        # half a year after a dated event falls on the weekday told, and a span counted
        # from "the commemoration" fixes the day
        (
            "nl",
            "Zondag was het precies een half jaar geleden dat strijders op 7 oktober 2023 het dorp "
            "binnendrongen. De doden werden zondag herdacht. Gisteren, twee dagen na de herdenking, "
            "werden raketten onderschept.",
            PartialDate(2024, 4),
            PartialDate(2024, 4, 10),
        ),
        (
            "en",
            "Sunday marked exactly six months since fighters broke into the village on October 7, 2023. "
            "Yesterday, two days after the commemoration, rockets were intercepted.",
            PartialDate(2024, 4),
            PartialDate(2024, 4, 10),
        ),
    ],
)
def test_a_relative_day_told_with_a_counted_day_fixes_the_publication_day(
    lang: str, text: str, dct: PartialDate, day: PartialDate, inferred: Inferred
) -> None:
    assert inferred(lang, text, dct) == day


def test_half_a_year_ago_on_a_weekday_is_an_anchor(inferred: Inferred) -> None:
    text = "Zondag was het een half jaar geleden dat strijders op 7 oktober 2023 het dorp binnendrongen."
    assert inferred("nl", text, PartialDate(2024, 4)) == PartialDate(2024, 4, 7)  # a Sunday


def test_a_weekday_that_does_not_fall_on_the_counted_day_is_no_anchor(inferred: Inferred) -> None:
    # 7 April 2024 was a Sunday, not a Monday.
    text = "Maandag was het een half jaar geleden dat strijders op 7 oktober 2023 het dorp binnendrongen."
    assert inferred("nl", text, PartialDate(2024, 4)) is None


def test_a_relative_day_after_the_dated_event_does_not_fix_the_day(inferred: Inferred) -> None:
    """ "..., officials said today": the day counted is the event's, not today."""
    text = "The strike came twelve days after the bombing of February 14, officials said today."
    assert inferred("en", text, PartialDate(2019, 2)) == PartialDate(2019, 2, 26)


def test_years_ago_with_a_date_and_no_day_named_is_no_anchor(inferred: Inferred) -> None:
    """ "Twee jaar geleden, op 3 januari 2020": two years ago is only roughly today."""
    text = "Twee jaar geleden, op 3 januari 2020, werd de generaal gedood."
    assert inferred("nl", text, PartialDate(2022, 1)) is None


def test_the_events_of_an_anchored_article_take_their_days(coded: Coded, inferred: Inferred) -> None:
    text = (
        "JERUZALEM - Het leger is in hoogste staat van paraatheid. Zondag was het precies een half jaar "
        "geleden dat strijders op 7 oktober 2023 het dorp binnendrongen. Maandag sloegen raketten uit "
        "Libanon in Kiryat Shmona in. Gisteren, twee dagen na de herdenking, onderschepte het "
        "afweersysteem bij Nahariya vijf raketten."
    )
    assert inferred("nl", text, PartialDate(2024, 4)) == PartialDate(2024, 4, 10)
    dates = dict(coded(text, "nl", date="2024-04"))
    assert dates.get("Shelling/artillery/missile attack") == "2024-04-08"
    assert dates.get("Disrupted weapons use") == "2024-04-09"


def test_a_commemoration_named_as_a_time_is_no_history() -> None:
    """ "twee dagen na de herdenking" dates the sentence; it does not tell of history."""
    from kroniek.events.lexicon import lexicon_for

    found = lexicon_for("nl").match(
        "Gisteren, twee dagen na de herdenking, onderschepte het afweersysteem bij Nahariya vijf raketten."
    )
    assert [m.sub_event_type for m in found] == ["Disrupted weapons use"]
    # a sentence about the commemoration itself still tells of it, not of a new event
    assert not lexicon_for("nl").match("Bij de herdenking van de aanslag werden kransen gelegd.")


def test_a_day_said_outright_is_the_day_of_publication_for_weekdays_before_its_month(coded: Coded) -> None:
    """Yesterday was 1 March, so the article is of 2 March; "On Saturday" is 28 February,
    not the Saturday 1 March 2008 told just before."""
    text = (
        "YEREVAN (Reuters) - The opposition is demanding new elections. Yesterday, on the first anniversary "
        "of the bloody night of March 1, 2008, some ten thousand people walked in a silent march through "
        "Yerevan. On March 1, 2008 hours of fighting broke out in Yerevan between police and supporters of "
        "the opposition. On Saturday police in Gyumri detained a dozen activists who were demonstrating "
        "with banners on the central square."
    )
    assert ("Protest with intervention", "2009-02-28") in coded(text, "en", date="2009-03")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "CAIRO (Reuters) - Yesterday, exactly a week after the 'Day of Rage' of January 28, hundreds "
            "of thousands of protesters again gathered on the square. The demonstration was peaceful.",
        ),
        (
            "nl",
            "CAÏRO - Gisteren, precies een week na de 'Dag van Woede' van 28 januari, verzamelden "
            "honderdduizenden betogers zich opnieuw op het plein. De betoging verliep vreedzaam.",
        ),
    ],
)
def test_the_date_of_the_event_a_span_counts_from_is_not_the_sentences(
    lang: str, text: str, coded: Coded
) -> None:
    assert coded(text, lang, date="2011-02-05") == [("Peaceful protest", "2011-02-04")]


def test_a_capitalised_dutch_day_after_a_dateline_starts_the_sentence() -> None:
    tagger = tagger_for("nl")
    assert tagger is not None
    found = [
        (m.text, m.value) for m in tagger.find("CAÏRO - Gisteren werd gestaakt.", PartialDate(2011, 2, 5))
    ]
    assert found == [("Gisteren", "2011-02-04")]
    assert tagger.find("Zij zei - Zondag niet.", PartialDate(2011, 2, 5)) == []  # a name mid-sentence


def test_the_event_of_a_counted_date_told_next_is_another_event(coded: Coded) -> None:
    """The riot of January 28 that the gathering's sentence counts from, told next, is its
    own event, not how the gathering went on."""
    text = (
        "CAIRO (Reuters) - Yesterday, exactly a week after the 'Day of Rage' of January 28, hundreds of "
        "thousands of protesters again gathered on the square. The demonstration was peaceful. On January 28 "
        "protesters set fire to the party headquarters in Cairo and fought riot police for hours."
    )
    assert coded(text, "en", date="2011-02-05") == [
        ("Peaceful protest", "2011-02-04"),
        ("Violent demonstration", "2011-01-28"),
    ]


def test_a_date_told_in_the_phrase_of_the_event_itself_dates_it(coded: Coded) -> None:
    text = (
        "NAIROBI (Reuters) - Monday marked exactly one year since fighters stormed the coastal town of "
        "Mpeketoni on June 15, 2014, and shot dead at least 48 men."
    )
    assert coded(text, "en", date="2015-06-17") == [("Attack", "2014-06-15")]
