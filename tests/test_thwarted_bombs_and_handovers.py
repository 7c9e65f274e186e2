"""Attacks that did not happen as planned, arrests for plotting them, and places handed over
without a fight, in Dutch as in English:

- a bomb that failed to go off, or that the police "made safe", is a disrupted weapons use, not
  a blast; so is a bomber shot "before she could set it off";
- an arrest on suspicion of plotting to blow something up is an arrest (a security matter);
- a place entered that the other side had just left or vacated is a non-violent transfer;
- a sentence with a day of its own that reports an event of another kind does not go on with
  an event told with no day ("The protests have spread ... On 22 December, agents arrested").

The shapes come from the development set `events_articles_dev14`; the sentences are our own."""

from __future__ import annotations

import pytest

import kroniek

DCT = "2024-01-17"  # a Wednesday


def _coded(text: str, lang: str) -> list[tuple[str, str]]:
    return [(e.sub_event_type, e.event_date) for e in kroniek.extract_text(text, date=DCT, lang=lang)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "On Monday a cleaner found a rucksack with gas canisters and a timer in a bus in Lyon. "
            "The bomb did not go off because its detonator was faulty, police said.",
            "en",
        ),
        ("On Monday police found a pipe bomb under a car in Lyon and made it safe.", "en"),
        (
            "Maandag vond een schoonmaker in een bus in Lyon een rugzak met gasflessen en een "
            "tijdschakelaar. De bom ontplofte niet doordat de ontsteking defect was, zegt de politie.",
            "nl",
        ),
        (
            "Maandag vond de politie onder een auto in Lyon een pijpbom, die onschadelijk werd gemaakt.",
            "nl",
        ),
    ],
)
def test_a_bomb_that_did_not_go_off_is_a_disrupted_weapons_use(text: str, lang: str) -> None:
    assert _coded(text, lang) == [("Disrupted weapons use", "2024-01-15")]


def test_a_bomber_shot_before_she_could_set_it_off_is_a_disrupted_weapons_use() -> None:
    text = (
        "On Monday, soldiers at a checkpoint in Maroua shot dead a woman wearing an explosive vest "
        "before she could set it off."
    )
    assert _coded(text, "en") == [("Disrupted weapons use", "2024-01-15")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Police on Monday arrested a 30-year-old man in Lyon on suspicion of planning to blow up "
            "a synagogue.",
            "en",
        ),
        (
            "De politie heeft maandag in Lyon een 30-jarige man aangehouden die ervan wordt verdacht "
            "een synagoge te hebben willen opblazen.",
            "nl",
        ),
    ],
)
def test_an_arrest_for_plotting_a_bombing_is_an_arrest(text: str, lang: str) -> None:
    assert _coded(text, lang) == [("Arrests", "2024-01-15")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("On Monday government troops entered the town of Kidal, which the rebels had vacated.", "en"),
        (
            "Rebel fighters entered the town of Kidal on Monday, a few hours after the army had left.",
            "en",
        ),
        (
            "Regeringstroepen zijn maandag de stad Kidal binnengetrokken, die door de rebellen is ontruimd.",
            "nl",
        ),
        (
            "Rebellen zijn maandag de stad Kidal binnengetrokken, enkele uren nadat het leger er was "
            "vertrokken.",
            "nl",
        ),
    ],
)
def test_a_place_entered_after_the_other_side_left_is_a_non_violent_transfer(text: str, lang: str) -> None:
    assert _coded(text, lang) == [("Non-violent transfer of territory", "2024-01-15")]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels entered the town of Kidal on Monday after the army had left, and killed six soldiers.",
        "The army will enter Kidal once the rebels have vacated it.",
        "Government troops re-entered Kidal on Monday after the rebels had withdrawn.",
    ],
)
def test_a_place_taken_by_fighting_or_in_the_future_is_no_handover(text: str) -> None:
    assert ("Non-violent transfer of territory", "2024-01-15") not in _coded(text, "en")


def test_arrests_with_a_day_of_their_own_do_not_go_on_with_undated_protests() -> None:
    text = (
        "The protests, which began over the price of bread, have spread to a dozen towns. "
        "On January 15, security forces arrested 14 opposition leaders at a meeting in Khartoum."
    )
    assert ("Arrests", "2024-01-15") in _coded(text, "en")


def test_police_arrests_go_on_with_the_protest_told_before() -> None:
    text = (
        "On Monday thousands of people marched through Khartoum against the price of bread. "
        "Police arrested dozens of them."
    )
    assert _coded(text, "en") == [("Protest with intervention", "2024-01-15")]
