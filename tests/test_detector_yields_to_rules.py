"""The sentence detector, retrained on more development sets, finds events no trigger reads;
where a trigger of the same sub-type read the words and an exclusion of it set them aside (a
decoy the rules know), the model finds nothing either. A short sentence that only counts the
dead keeps its toll for the event before it. A place where an earlier game was played does
not place the event when the sentence names another scene.
"""

from __future__ import annotations

import pytest

from conftest import Coded
from kroniek.events.lexicon import lexicon_for


@pytest.mark.parametrize(
    ("lang", "sentence", "sub_type", "vetoed"),
    [
        (
            "nl",
            "Maandag stuurde het leger tweehonderd militairen naar Beira om te helpen na de overstromingen.",
            "Change to group/activity",
            True,
        ),
        (
            "nl",
            "Maandag stuurde het leger tweehonderd militairen naar Beira om te helpen na de overstromingen.",
            "Attack",
            False,
        ),
        (
            "en",
            "On Monday the army sent 200 soldiers to Beira to help after the floods.",
            "Change to group/activity",
            True,
        ),
        ("en", "On Monday the army sent 200 soldiers to Beira.", "Change to group/activity", False),
    ],
)
def test_a_decoy_the_rules_set_aside_is_vetoed_for_its_own_sub_type(
    lang: str, sentence: str, sub_type: str, vetoed: bool
) -> None:
    assert lexicon_for(lang).vetoed(sentence, sub_type) is vetoed


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "nl",
            "In Veenendaal zijn supporters van GVVV zaterdagavond na een uitwedstrijd in Spakenburg slaags "
            "geraakt met de politie.",
        ),
        (
            "en",
            "Supporters clashed with police in Veenendaal on Saturday after an away game in Spakenburg.",
        ),
    ],
)
def test_the_place_of_an_earlier_game_does_not_place_the_event(placed: Coded, lang: str, text: str) -> None:
    assert {place for _, place in placed(text, lang, date="2019-03-25")} == {"Veenendaal"}


@pytest.mark.parametrize(
    ("lang", "text", "sub_type"),
    [
        (
            "nl",
            "Zondag vonden agenten in een vuilnisbak bij het station van Bergamo een zelfgemaakte bom.",
            "Disrupted weapons use",
        ),
        (
            "en",
            "On Sunday police found a home-made bomb in a bin near Bergamo station.",
            "Disrupted weapons use",
        ),
        ("en", "On Monday police stopped the opposition leader's car in Lome and took him away.", "Arrests"),
    ],
)
def test_finds_and_takings_away_are_read_by_rules(coded: Coded, lang: str, text: str, sub_type: str) -> None:
    assert sub_type in {s for s, _ in coded(text, lang, date="2003-06-18")}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Brandweerlieden vochten zondag bij Leiria tegen een bosbrand."),
        ("en", "Firefighters battled a forest fire near Leiria on Sunday."),
        ("nl", "Zondag vonden bouwvakkers in Arnhem een bom uit de Tweede Wereldoorlog."),
        ("en", "On Sunday builders in Arnhem found a bomb from the Second World War."),
    ],
)
def test_no_event_in_fires_fought_or_old_bombs_found(coded: Coded, lang: str, text: str) -> None:
    assert coded(text, lang, date="2003-06-18") == []
