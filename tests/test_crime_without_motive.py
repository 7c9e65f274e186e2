"""The sentence detector may not code police work: an arrest that only the model found, of
suspects of an ordinary crime ("suspected of stealing cars"), stands only where the report
names a political side or motive, as the lexicon's own arrest rules require
(``crime_charges`` and ``political_motive`` in events.json). An arrest with no charge named,
and a gang's abduction, stay: the model is there to find what no trigger reads."""

from __future__ import annotations

import pytest

import kroniek
from kroniek.events.lexicon import lexicon_for
from kroniek.pipeline.components import _arrest_for_crime


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


def test_a_gang_abduction_only_the_model_reads_stays() -> None:
    text = (
        "Gang members stopped a minibus near Cabaret on Tuesday and took its eleven passengers away, "
        "police said."
    )
    (event,) = kroniek.extract_text(text, date="2023-03-09", lang="en")
    assert (event.sub_event_type, event.location, event.event_date) == (
        "Abduction/forced disappearance",
        "Cabaret",
        "2023-03-07",
    )


@pytest.mark.parametrize(
    ("lang", "sub_type", "text", "crime"),
    [
        ("en", "Arrests", "Police held two men suspected of stealing cars.", True),
        ("en", "Arrests", "Police arrested the former president on Wednesday.", False),
        ("en", "Arrests", "Police held two activists suspected of stealing ballot papers.", False),
        ("en", "Abduction/forced disappearance", "Thieves seized a man and his stolen car.", False),
        ("nl", "Arrests", "Drie mensen zijn aangehouden in verband met de dood van een toerist.", True),
        (
            "nl",
            "Arrests",
            "De politie pakte de mediamagnaat op wegens samenwerking met buitenlandse krachten.",
            False,
        ),
    ],
)
def test_which_arrests_are_police_work(lang: str, sub_type: str, text: str, crime: bool) -> None:
    lexicon = lexicon_for(lang)
    assert lexicon is not None
    assert _arrest_for_crime(lexicon, sub_type, text) is crime
