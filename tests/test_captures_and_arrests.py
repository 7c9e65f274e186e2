"""Towns taken and retaken, arrests of terror suspects, and the places and actors they
carry.

The shapes come from the dedup development set `dedup_dev17`; the sentences here are our own."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

import kroniek
from kroniek.dates import PartialDate
from kroniek.records import Document
from kroniek.store import Store


@pytest.mark.parametrize(
    ("text", "lang", "sub_type", "location", "actor1"),
    [
        (
            "De Taliban hebben gisteren Kunduz ingenomen.",
            "nl",
            "Non-state actor overtakes territory",
            "Kunduz",
            "Taliban",
        ),
        (
            "Taliban fighters captured the centre of the northern Afghan city of Kunduz on Sunday after "
            "days of fighting.",
            "en",
            "Non-state actor overtakes territory",
            "Kunduz",
            "Taliban",
        ),
        (
            "The Taliban captured Kunduz, the capital of the northern province, on Sunday.",
            "en",
            "Non-state actor overtakes territory",
            "Kunduz",
            "Taliban",
        ),
        # The army's withdrawal after the capture is the capture's course, not a handover.
        (
            "Strijders van Islamitische Staat hebben gisteren de Iraakse stad Ramadi ingenomen. Het Iraakse "
            "leger trok zich terug uit zijn hoofdkwartier in de stad.",
            "nl",
            "Non-state actor overtakes territory",
            "Ramadi",
            "Islamic State",
        ),
        (
            "Iraq's army declared victory over Islamic State in Ramadi on Monday and raised the national "
            "flag "
            "over the government complex.",
            "en",
            "Government regains territory",
            "Ramadi",
            "Military Forces of Iraq",
        ),
        # A terror suspect's arrest, with ACLED's "the" before the country.
        (
            "US authorities arrested a man in New York on Monday in connection with the failed Times Square "
            "car bombing.",
            "en",
            "Arrests",
            "New York",
            "Police Forces of the United States",
        ),
    ],
)
def test_captures_and_arrests(text: str, lang: str, sub_type: str, location: str, actor1: str) -> None:
    events = kroniek.extract_text(text, date="2021-08-09", lang=lang)
    assert [(e.sub_event_type, e.location, e.actor1) for e in events][:1] == [(sub_type, location, actor1)]


def test_explosions_with_their_dead_are_a_bombing_but_a_gas_explosion_is_not() -> None:
    bombs = "Bij twee explosies vlak bij de finish van de marathon zijn gistermiddag drie doden gevallen."
    assert [
        (e.sub_event_type, e.fatalities) for e in kroniek.extract_text(bombs, date="2013-04-16", lang="nl")
    ] == [("Remote explosive/landmine/IED", 3)]
    gas = "Bij een gasexplosie in een flat zijn gistermiddag drie doden gevallen."
    assert kroniek.extract_text(gas, date="2013-04-16", lang="nl") == []


def test_an_airport_and_the_city_it_serves_are_one_place() -> None:
    reports = [
        ("a", "Police arrested a terror suspect at John F. Kennedy International Airport on Monday."),
        ("b", "Police arrested a terror suspect in New York on Monday."),
    ]
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "k.db") as store:
        extractor = kroniek.Extractor(lang="en")
        for doc_id, text in reports:
            document = Document(
                id=doc_id, text=text, date=PartialDate.parse("2010-05-04"), lang="en", title=doc_id
            )
            events = extractor.process(document).events
            assert [e.sub_event_type for e in events] == ["Arrests"]
            store.write_batch([(document, events)])
        assert store.count() == 1
