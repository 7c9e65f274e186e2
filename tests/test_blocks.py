"""Deduplication by blocks of type × country × day, as Dask workers do it within their
partition before the writer stores the partition."""

from dataclasses import replace
from pathlib import Path

from kroniek.store import Store
from kroniek.store.blocks import block_key, join_within_blocks
from test_dedup import DIEMEN, UTRECHT, doc, event


def test_reports_of_one_day_and_place_join_their_block() -> None:
    a, b, c = doc("a"), doc("b"), doc("c")
    pairs = [(a, [event(a)]), (b, [event(b, where=DIEMEN, location="Diemen")]), (c, [event(c)])]
    joins = join_within_blocks(pairs)
    assert set(joins) == {"e-b", "e-c"}
    assert {head for head, _ in joins.values()} == {"e-a"}
    assert "same type Protests" in joins["e-b"][1]


def test_what_the_store_would_keep_apart_stays_apart() -> None:
    a, b, c, d = doc("a"), doc("b"), doc("c"), doc("d")
    pairs = [
        (a, [event(a)]),
        (b, [event(b, date="2019-03-24")]),  # another day: another block
        (c, [event(c, where=UTRECHT, location="Utrecht", admin1="Utrecht")]),  # 36 km away
        (d, [event(d, sub="Violent demonstration")]),  # Riots, not Protests
    ]
    assert join_within_blocks(pairs) == {}


def test_one_documents_events_never_join_each_other() -> None:
    a = doc("a")
    second = replace(event(a), event_id="e-a2")
    assert join_within_blocks([(a, [event(a), second])]) == {}


def test_vague_dates_and_places_are_left_to_the_writer() -> None:
    a = doc("a")
    assert block_key(event(a, precision=3)) is None  # March 2019: which day's event?
    assert block_key(event(a, geo_precision=3)) is None  # only the province is known
    assert block_key(event(a)) == ("Protests", "Netherlands", "2019-03-23")


def test_the_writer_stores_a_workers_join_once_with_its_reason(tmp_path: Path) -> None:
    a, b, c = doc("a"), doc("b"), doc("c")
    batch = [
        (a, [event(a)]),
        (b, [event(b, where=DIEMEN, location="Diemen")]),
        (c, [event(c, date="2019-03-24")]),
    ]
    joined, alone = Store(tmp_path / "joined.db"), Store(tmp_path / "alone.db")
    with joined, alone:
        joined.write_batch(batch, join_within_blocks(batch))
        alone.write_batch(batch)  # the same batch matched mention by mention in the store
        events = sorted(joined.events(), key=lambda e: e.event_date)
        expected = [("2019-03-23", 2), ("2019-03-24", 1)]
        assert [(e.event_date, len(e.evidence)) for e in events] == expected
        others = sorted(alone.events(), key=lambda e: e.event_date)
        assert [(e.event_date, len(e.evidence)) for e in others] == expected
        reasons = [m.reason for m in joined.mentions(events[0].event_id)]
        assert reasons[0] == "first report"
        assert reasons[1].startswith("joined on its worker, in block Protests × Netherlands × 2019-03-23")


def test_a_join_into_an_event_of_the_same_document_falls_back_to_the_store(tmp_path: Path) -> None:
    """Worker joins never put two events of one document into one stored event."""
    a, b = doc("a"), doc("b")
    b_own = replace(event(b), event_id="e-b2")  # b's own report of a's event, kept apart by b's extractor
    batch = [(a, [event(a)]), (b, [b_own, event(b, where=DIEMEN, location="Diemen")])]
    with Store(tmp_path / "k.db") as store:
        store.write_batch(batch, {"e-b": ("e-a", "told so")})
        assert sorted(len(e.evidence) for e in store.events()) == [1, 2]


def test_a_join_into_an_event_that_left_the_batch_falls_back_to_the_store(tmp_path: Path) -> None:
    """The same document twice in one batch, changed: its first event is gone when a
    later mention was to join it."""
    a, c = doc("a"), doc("c")
    changed = doc("a", "Duizenden mensen demonstreerden opnieuw.")
    batch = [(a, [event(a)]), (changed, [replace(event(changed), event_id="e-a2")]), (c, [event(c)])]
    with Store(tmp_path / "k.db") as store:
        store.write_batch(batch, {"e-c": ("e-a", "told so")})
        (kept,) = store.events()
        assert sorted(m.doc_id for m in store.mentions(kept.event_id)) == ["a", "c"]
