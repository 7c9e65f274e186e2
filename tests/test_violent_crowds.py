"""A crowd told as violent in a sentence of its own makes the police's fire on it part of a
violent demonstration; a crowd told as peaceful keeps it excessive force; one sentence that
tells both is decided by the codebook's ``suppresses`` table as before. And no two events
swallow each other when linking merges them.

The shapes come from the development sets `events_articles_dev`, `dev5`, `dev8`, `dev9` and
`events_parallel_dev7`/`dev12`; the sentences here are our own."""

from __future__ import annotations

import pytest

import kroniek
from test_told_when_and_neighbours import coded_events as _kinds


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "MASERU - Protesters stormed the town hall in Mafeteng on Tuesday and set part of it "
            "on fire. Police opened fire on the crowd, killing three people, a hospital said.",
            "en",
        ),
        (
            "MASERU - Betogers hebben dinsdag het stadhuis van Mafeteng bestormd en deels in brand "
            "gestoken. De politie opende het vuur op de menigte, waarbij drie mensen omkwamen, "
            "meldt een ziekenhuis.",
            "nl",
        ),
    ],
)
def test_fire_on_a_crowd_told_violent_is_a_violent_demonstration(text: str, lang: str) -> None:
    events = kroniek.extract_text(text, date="2025-03-06", lang=lang)
    assert [(e.sub_event_type, str(e.event_date), e.location) for e in events] == [
        ("Violent demonstration", "2025-03-04", "Mafeteng")
    ]
    assert events[0].fatalities == 3


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "MASERU - Rioters torched a police post in Mafeteng on Tuesday, the police said. "
            "Police then opened fire on students who had marched peacefully to the town hall, "
            "killing three of them.",
            "en",
        ),
        (
            "MASERU - Relschoppers hebben dinsdag in Mafeteng een politiepost in brand gestoken, "
            "meldt de politie. Daarna opende de politie het vuur op betogers die vreedzaam naar "
            "het stadhuis waren getrokken, waarbij drie van hen omkwamen.",
            "nl",
        ),
    ],
)
def test_fire_on_a_crowd_told_peaceful_stays_excessive_force(text: str, lang: str) -> None:
    kinds = {kind for kind, _, _ in _kinds(text, "2025-03-06", lang)}
    assert "Excessive force against protesters" in kinds


def test_one_sentence_of_forces_storming_a_camp_is_excessive_force() -> None:
    text = (
        "KHARTOUM - Security forces stormed the protest camp in Omdurman on Monday, firing live "
        "rounds; doctors said at least 30 people were killed."
    )
    assert _kinds(text, "2025-03-06", "en") == [
        ("Excessive force against protesters", "2025-03-03", "Omdurman")
    ]
