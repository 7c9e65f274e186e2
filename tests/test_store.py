import sqlite3
from pathlib import Path

import pytest

from kroniek.codebook import event_type_of
from kroniek.dates import PartialDate
from kroniek.records import Document, Event, Evidence
from kroniek.store import EventFilter, IngestOutcome, Store


def make_doc(doc_id: str, text: str) -> Document:
    return Document(id=doc_id, text=text, date=PartialDate(2022, 1, 4), title="Titel")


def make_event(
    doc: Document,
    event_id: str,
    country: str = "Iraq",
    date: str = "2022-01-04",
    sub: str = "Disrupted weapons use",
    notes: str = "drones intercepted",
) -> Event:
    return Event(
        event_id=event_id,
        doc_id=doc.id,
        event_date=date,
        time_precision=1,
        event_type=event_type_of(sub),
        sub_event_type=sub,
        country=country,
        iso3="IRQ" if country == "Iraq" else "MLI",
        notes=notes,
        evidence=[Evidence(doc.id, 0, 5, doc.text[:5])],
    )


def test_migrations_set_the_schema_version(tmp_path: Path) -> None:
    with Store(tmp_path / "k.db") as store:
        assert store.schema_version >= 1
    with Store(tmp_path / "k.db") as store:  # reopening applies nothing twice
        assert store.schema_version >= 1


def test_same_document_twice_changes_nothing(tmp_path: Path) -> None:
    doc = make_doc("d1", "Twee drones werden onderschept.")
    with Store(tmp_path / "k.db") as store:
        assert store.write_batch([(doc, [make_event(doc, "e1")])]) == [IngestOutcome.ADDED]
        assert store.write_batch([(doc, [make_event(doc, "e1")])]) == [IngestOutcome.UNCHANGED]
        stats = store.stats()
        assert (stats["documents"], stats["events"], stats["evidence"]) == (1, 1, 1)


def test_changed_document_replaces_its_events(tmp_path: Path) -> None:
    old = make_doc("d1", "Oude tekst.")
    new = make_doc("d1", "Nieuwe tekst over Mali.")
    with Store(tmp_path / "k.db") as store:
        store.write_batch([(old, [make_event(old, "e-old")])])
        assert store.write_batch([(new, [make_event(new, "e-new", "Mali")])]) == [IngestOutcome.UPDATED]
        assert [e.event_id for e in store.events()] == ["e-new"]
        assert store.stats()["evidence"] == 1


def test_filters_and_full_text_search(tmp_path: Path) -> None:
    a = make_doc("a", "Drones werden boven de basis onderschept.")
    b = make_doc("b", "Betoging in Bamako tegen de junta.")
    with Store(tmp_path / "k.db") as store:
        store.write_batch(
            [
                (a, [make_event(a, "ea")]),
                (
                    b,
                    [make_event(b, "eb", "Mali", "2022-02-01", "Peaceful protest", "people demonstrated")],
                ),
            ]
        )
        ids = lambda **kw: [e.event_id for e in store.events(EventFilter(**kw))]  # noqa: E731
        assert ids() == ["ea", "eb"]
        assert ids(country="mali") == ["eb"]
        assert ids(country="IRQ") == ["ea"]
        assert ids(since="2022-01-10") == ["eb"]
        assert ids(until="2022-01-10") == ["ea"]
        assert ids(type="Peaceful protest") == ["eb"]
        assert ids(type="strategic developments") == ["ea"]
        assert ids(text="junta") == ["eb"]  # document text
        assert ids(text="intercepted") == ["ea"]  # event notes
        assert ids(text="onderschept") == ["ea"]
        event = next(iter(store.events(EventFilter(country="Iraq"))))
        assert event.evidence == [Evidence("a", 0, 5, "Drone")]


def test_a_failed_batch_is_rolled_back_and_earlier_batches_are_kept(tmp_path: Path) -> None:
    first = make_doc("d1", "Eerste.")
    second = make_doc("d2", "Tweede.")
    broken = make_event(second, "e2", date="2022-01-05")  # another day: another event
    broken.doc_id = "does-not-exist"  # violates the foreign key
    with Store(tmp_path / "k.db") as store:
        store.write_batch([(first, [make_event(first, "e1")])])
        with pytest.raises(sqlite3.IntegrityError):
            store.write_batch([(second, [broken])])
        assert store.stats()["documents"] == 1
        assert store.write_batch([(second, [make_event(second, "e2", date="2022-01-05")])]) == [
            IngestOutcome.ADDED
        ]
        assert store.stats()["events"] == 2
