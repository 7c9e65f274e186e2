"""A foreigner at work or held abroad names their nationality, not the event's country:
"MONTEVIDEO - Urban guerrillas kidnapped an American police adviser" happened in Uruguay
(``owner_after`` in resources/<lang>/countries.json). The shape comes from the dedup
development set ``dedup_dev36``; the sentences are our own."""

from __future__ import annotations

import pytest

import kroniek


@pytest.mark.parametrize(
    ("text", "lang", "country"),
    [
        (
            "MONTEVIDEO - Urban guerrillas kidnapped an American police adviser as he left his home "
            "this morning, police said.",
            "en",
            "Uruguay",
        ),
        (
            "MONTEVIDEO - Stadsguerrilla's hebben vanochtend een Amerikaanse politieadviseur ontvoerd "
            "toen hij zijn huis verliet, meldt de politie.",
            "nl",
            "Uruguay",
        ),
        ("LAGOS - Gunmen kidnapped two French engineers on Tuesday, police said.", "en", "Nigeria"),
        ("KABUL - Gunmen abducted a German aid worker on Monday, officials said.", "en", "Afghanistan"),
        ("BAMAKO - Gewapende mannen hebben maandag een Zwitserse missionaris ontvoerd.", "nl", "Mali"),
        (
            "BOGOTA - Rebellen hebben dinsdag twee Spaanse ingenieurs ontvoerd, meldt het leger.",
            "nl",
            "Colombia",
        ),
    ],
)
def test_a_foreigner_taken_abroad_is_taken_where_the_report_was_filed(
    text: str, lang: str, country: str
) -> None:
    (event,) = kroniek.extract_text(text, date="2024-01-17", lang=lang)
    assert (event.sub_event_type, event.country) == ("Abduction/forced disappearance", country)
