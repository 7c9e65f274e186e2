"""Shapes that decide whether two reports of one event can be merged in the store: who
stopped a weapon and whose it was, a town retaken in a passive clause, and a span counted
back from the day of writing.

The shapes come from the dedup development sets `dedup_dev9` and `dedup_dev18`; the
sentences here are our own."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

import kroniek
from kroniek.dates import PartialDate
from kroniek.records import Document
from kroniek.store import Store


@pytest.mark.parametrize(
    ("text", "lang", "actor1", "actor2"),
    [
        (
            "Iran shot down a U.S. drone over the Strait of Hormuz on Thursday.",
            "en",
            "Military Forces of Iran",
            "Military Forces of the United States",
        ),
        (
            "Saudi air defences intercepted a Houthi drone over Abha on Thursday.",
            "en",
            "Military Forces of Saudi Arabia",
            "Military Forces of Yemen (2017-) Houthi",
        ),
        (
            "De Saudische luchtafweer heeft donderdag boven Abha een drone van de Houthi's onderschept.",
            "nl",
            "Military Forces of Saudi Arabia",
            "Military Forces of Yemen (2017-) Houthi",
        ),
    ],
)
def test_a_stopped_weapon_belongs_to_the_other_side(text: str, lang: str, actor1: str, actor2: str) -> None:
    events = kroniek.extract_text(text, date="2019-06-21", lang=lang)
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Disrupted weapons use", actor1, actor2)
    ]


@pytest.mark.parametrize(
    ("text", "dct", "event"),
    [
        (
            "Na bijna drie maanden in handen van separatisten is Slavjansk zaterdag heroverd "
            "door het Oekraïense leger.",
            "2014-07-07",
            ("Government regains territory", "2014-07-05", "Slovyansk", "Military Forces of Ukraine", 0),
        ),
        (
            "Bij een nieuwe aanval in de buurt van Mpeketoni zijn "
            "maandagavond vijftien mensen om het leven gekomen.",
            "2014-06-18",
            ("Attack", "2014-06-16", "Mpeketoni", "Unidentified Armed Group (Kenya)", 15),
        ),
    ],
)
def test_a_town_retaken_in_a_passive_clause_and_deaths_in_an_attack_on_no_one_named(
    text: str, dct: str, event: tuple[str, str, str, str, int]
) -> None:
    """ "is Slavjansk zaterdag heroverd door het leger"; "Bij een aanval ... zijn vijftien
    mensen om het leven gekomen", with no target named."""
    events = kroniek.extract_text(text, date=dct, lang="nl")
    assert [(e.sub_event_type, str(e.event_date), e.location, e.actor1, e.fatalities) for e in events] == [
        event
    ]


def test_a_span_counts_back_from_the_day_of_writing() -> None:
    text = (
        "Twee weken nadat de Taliban zonder slag of stoot de Afghaanse hoofdstad innamen, "
        "zijn veel banken in de stad nog altijd dicht."
    )
    events = kroniek.extract_text(text, date="2021-08-30", lang="nl")
    # 30 August less two weeks is Monday 16 August: its ISO week, dated by its Thursday.
    assert [(e.sub_event_type, str(e.event_date), e.time_precision) for e in events] == [
        ("Non-violent transfer of territory", "2021-08-19", 2)
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "BOGOTA - De Colombianen hebben gisteren in een referendum 'nee' gezegd tegen het vredesakkoord "
            "dat president Santos en de FARC vorige week maandag in Cartagena ondertekenden.",
            "nl",
        ),
        (
            "Colombians on Sunday rejected the peace deal that Santos and "
            "the FARC signed last Monday in Cartagena.",
            "en",
        ),
    ],
)
def test_a_date_in_the_relative_clause_of_the_event_is_its_date(text: str, lang: str) -> None:
    events = kroniek.extract_text(text, date="2016-10-03", lang=lang)
    assert [(e.sub_event_type, str(e.event_date), e.location) for e in events] == [
        ("Agreement", "2016-09-26", "Cartagena")
    ]


def test_a_heart_attack_or_a_shark_is_no_attack() -> None:
    for text in (
        "Bij een hartaanval op het strand is zondag een man om het leven gekomen.",
        "Bij een aanval van een haai zijn zondag twee mensen om het leven gekomen.",
    ):
        assert kroniek.extract_text(text, date="2014-06-18", lang="nl") == []


def test_a_report_counted_from_the_night_before_is_another_event() -> None:
    reports = [
        (
            "a",
            "2023-01-28",
            "A gunman opened fire outside a synagogue in Jerusalem on Friday night, killing seven people.",
        ),
        (
            "b",
            "2023-01-29",
            "A gunman shot and wounded two men near the Old City of Jerusalem on Saturday, "
            "less than a day after a gunman killed seven people at a synagogue in the city.",
        ),
    ]
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "k.db") as store:
        extractor = kroniek.Extractor(lang="en")
        for doc_id, dct, text in reports:
            document = Document(id=doc_id, text=text, date=PartialDate.parse(dct), lang="en", title=doc_id)
            store.write_batch([(document, extractor.process(document).events)])
        assert store.count() == 2


def test_a_strike_in_response_to_an_attack_is_an_event_of_its_own() -> None:
    text = (
        "The United States fired 59 cruise missiles at the Shayrat air base in Syria early on Friday, "
        "in response to Tuesday's chemical attack on Khan Sheikhoun."
    )
    events = kroniek.extract_text(text, date="2017-04-07", lang="en")
    assert sorted((e.sub_event_type, str(e.event_date)) for e in events) == [
        ("Chemical weapon", "2017-04-04"),
        ("Shelling/artillery/missile attack", "2017-04-07"),
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The United States fired 59 cruise missiles at the Shayrat air base in Syria on Friday.", "en"),
        (
            "De Verenigde Staten hebben vrijdag 59 kruisraketten afgevuurd op de luchtmachtbasis "
            "Shayrat in Syrië.",
            "nl",
        ),
    ],
)
def test_a_country_that_fires_is_its_armed_forces(text: str, lang: str) -> None:
    events = kroniek.extract_text(text, date="2017-04-07", lang=lang)
    assert [(e.sub_event_type, e.actor1) for e in events] == [
        ("Shelling/artillery/missile attack", "Military Forces of the United States")
    ]


def test_a_country_that_condemns_is_no_actor() -> None:
    assert (
        kroniek.extract_text("Washington condemned the attack on Friday.", date="2017-04-07", lang="en") == []
    )
