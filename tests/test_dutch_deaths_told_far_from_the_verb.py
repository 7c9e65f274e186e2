"""Dutch splits "omkomen" around the words that say where and how: "Op 4 november kwamen bij
de aanval op het dorp twaalf mensen om". The verb and its particle may stand eight words
apart; "kwamen ... bijeen om te praten" tells no deaths. The sentences are our own."""

from __future__ import annotations

import kroniek


def _coded(text: str) -> list[tuple[str, str, int]]:
    return [
        (e.sub_event_type, e.event_date, e.fatalities)
        for e in kroniek.extract_text(text, date="2008-11-20", lang="nl")
    ]


def test_the_dead_of_an_attack_on_a_village_told_around_the_attack() -> None:
    text = "Op 4 november kwamen bij de aanval op het dorp twaalf mensen om."
    assert _coded(text) == [("Attack", "2008-11-04", 12)]


def test_a_meeting_to_talk_is_no_death() -> None:
    text = "Na de aanval op het dorp kwamen de dorpsoudsten gisteren bijeen om te praten over de veiligheid."
    assert all(fatalities == 0 for _, _, fatalities in _coded(text))
