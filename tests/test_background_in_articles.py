"""What whole articles say around their events: the day a source spoke in one sentence and
the day an anniversary falls in the next, running tolls since a coup, the size of a force
abroad, bodies found, weapons caches dug up, villagers who were the victims, and Dutch
diminutives of a town before its name.

The shapes come from the development sets `events_articles_dev6`, `events_articles_dev7`
and `dedup_dev17`; the sentences here are our own."""

from __future__ import annotations

import pytest

import kroniek


def test_a_source_that_spoke_in_the_sentence_before_does_not_drop_the_next_sentences_day() -> None:
    text = (
        "ALGIERS - A soldier was wounded on Tuesday when a mine went off near Tebessa, the army said. "
        "Thursday marked ten years since gunmen stormed a gas plant near In Amenas on January 16, 2013, "
        "killing 40 workers."
    )
    events = kroniek.extract_text(text, date="2023-01", lang="en")
    assert ("Attack", "2013-01-16") in [(e.sub_event_type, str(e.event_date)) for e in events]
    assert all(str(e.event_date) != "2003-01-16" for e in events)


@pytest.mark.parametrize(
    ("text", "lang", "sub_type"),
    [
        ("Raiders killed at least 17 villagers in a hamlet near Jos on Sunday night.", "en", "Attack"),
        (
            "Angry residents attacked a police post in Gulu on Sunday and killed two officers.",
            "en",
            "Mob violence",
        ),
        (
            "On Monday, troops had dug up a cache of rifles, mortars and grenades in a field near Mosul.",
            "en",
            "Disrupted weapons use",
        ),
        (
            "Rebels fired mortars at an army base near Goma on Monday.",
            "en",
            "Shelling/artillery/missile attack",
        ),
    ],
)
def test_who_killed_whom_and_what_was_found_decide_the_sub_type(text: str, lang: str, sub_type: str) -> None:
    events = kroniek.extract_text(text, date="2019-03-26", lang=lang)
    assert [e.sub_event_type for e in events] == [sub_type]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Since the coup, more than 12,000 people have been detained and 40,000 officials suspended.", "en"),
        ("In Butembo zijn sinds begin maart al meer dan zestig burgers vermoord.", "nl"),
        ("The UN mission has about 15,000 troops in Mali, working alongside the national army.", "en"),
        ("De VN-missie heeft zo'n 15.000 militairen in Mali, die samen met het leger optrekken.", "nl"),
        ("The militia used machetes, and police said more bodies could still be found in the forest.", "en"),
    ],
)
def test_running_tolls_force_sizes_and_bodies_found_are_no_event(text: str, lang: str) -> None:
    assert kroniek.extract_text(text, date="2019-03-26", lang=lang) == []


def test_a_force_size_beside_a_days_attack_keeps_the_attack() -> None:
    text = (
        "The mission, which has 15,000 troops in Mali, lost four soldiers on Monday when militants "
        "attacked a base."
    )
    assert kroniek.extract_text(text, date="2019-03-26", lang="en") != []


@pytest.mark.parametrize("cue", ["kustplaatsje", "vissersdorpje", "havenstadje"])
def test_a_dutch_diminutive_of_a_town_places_the_name_after_it(cue: str) -> None:
    text = (
        f"NAIROBI - Bij een aanval op het Keniaanse {cue} Mpeketoni zijn zondagavond zeker 48 mensen gedood."
    )
    events = kroniek.extract_text(text, date="2014-06-16", lang="nl")
    assert [(e.location, e.country) for e in events] == [("Mpeketoni", "Kenya")]
