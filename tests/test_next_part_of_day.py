"""The expressions "the next morning", "the following evening", "de volgende ochtend", "de avond erna" count a
day on from the date told before them, as "the next day" does: a curfew imposed the next
morning is dated to the day after the riot, not to the riot's day.

The shape comes from the development set `events_parallel_dev11`; the sentences are our own."""

from __future__ import annotations

import pytest

import kroniek
from kroniek.dates import PartialDate
from kroniek.temporal import tagger_for


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Rioters burned the bus depot in Kisumu on Friday. The next morning the governor "
            "imposed a curfew.",
            "en",
        ),
        (
            "Rioters burned the bus depot in Kisumu on Friday. The following evening the governor "
            "imposed a curfew.",
            "en",
        ),
        (
            "Relschoppers staken vrijdag het busstation van Kisumu in brand. De volgende ochtend kondigde de "
            "gouverneur een avondklok af.",
            "nl",
        ),
        (
            "Relschoppers staken vrijdag het busstation van Kisumu in brand. De avond erna kondigde de "
            "gouverneur een avondklok af.",
            "nl",
        ),
    ],
)
def test_the_next_morning_is_the_day_after_the_date_told(text: str, lang: str) -> None:
    events = kroniek.extract_text(text, date="2023-03-21", lang=lang)
    assert ("Change to group/activity", "2023-03-18") in [(e.sub_event_type, e.event_date) for e in events]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The depot burned on Friday. The next morning a curfew was imposed.", "en"),
        ("Het depot brandde vrijdag af. De volgende ochtend werd een avondklok ingesteld.", "nl"),
        ("Het depot brandde vrijdag af. De ochtend erna werd een avondklok ingesteld.", "nl"),
    ],
)
def test_the_tagger_counts_the_next_morning_from_the_day_told(text: str, lang: str) -> None:
    tagger = tagger_for(lang)
    assert tagger is not None
    values = [m.value for m in tagger.find(text, PartialDate.parse("2023-03-21"))]
    assert values == ["2023-03-17", "2023-03-18"]


def test_a_day_counted_from_a_weekday_put_back_a_week_is_put_back_too() -> None:
    """The Dutch "staken" is also the present of "staken" (to strike): the tense cue sends "vrijdag" to
    next week, which the linker puts back, as it is after the publication day; "de volgende
    dag", counted from that Friday, goes back with it instead of being dropped as announced."""
    text = (
        "Relschoppers staken vrijdag het busstation van Kisumu in brand. De volgende dag kondigde de "
        "gouverneur een avondklok af."
    )
    events = kroniek.extract_text(text, date="2023-03-21", lang="nl")
    assert [(e.sub_event_type, e.event_date) for e in events] == [
        ("Violent demonstration", "2023-03-17"),
        ("Change to group/activity", "2023-03-18"),
    ]
