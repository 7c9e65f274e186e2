"""The sentence detector may not code ordinary crime: an arrest, killing or abduction that
only the model found stands only where the report names a political side or motive, as the
lexicon's own rules for those sub-types require (kroniek.codebook.ordinary_crime)."""

from __future__ import annotations

import pytest

import kroniek


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("On Tuesday police in Kano arrested two men suspected of stealing cars.", "en"),
        ("Gisteren heeft de politie in Charleroi twee verdachten van een reeks inbraken opgepakt.", "nl"),
        ("Dinsdag arresteerde de politie in Agadez drie mannen die worden verdacht van diefstal.", "nl"),
    ],
)
def test_suspects_of_theft_held_are_no_event(text: str, lang: str) -> None:
    assert kroniek.extract_text(text, date="2019-05-10", lang=lang) == []


def test_members_of_a_party_held_are_still_arrests() -> None:
    text = "Dinsdag heeft de politie in Charleroi twee leden van een extreemrechtse partij opgepakt."
    (event,) = kroniek.extract_text(text, date="2019-05-10", lang="nl")
    assert (event.sub_event_type, event.location, event.event_date) == ("Arrests", "Charleroi", "2019-05-07")
