"""The PostgreSQL store against a real server: the same behaviour as SQLite (deduplication,
updates, filters, full-text search through tsvector), the CLI and the HTTP API on it.

Set ``KRONIEK_TEST_POSTGRES`` to a database URL (``.ci/run`` installs Debian's PostgreSQL,
starts it and sets it); without it, or without a server, these tests skip and say why.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from kroniek.cli import main
from kroniek.store import EventFilter

URL = os.environ.get("KRONIEK_TEST_POSTGRES", "")
psycopg = pytest.importorskip("psycopg", reason="psycopg is not installed (make install)")
if not URL:
    pytest.skip(
        "KRONIEK_TEST_POSTGRES is not set: no PostgreSQL server to test against", allow_module_level=True
    )
try:
    psycopg.connect(URL, connect_timeout=5).close()
except psycopg.OperationalError as error:  # pragma: no cover - depends on the machine
    pytest.skip(f"PostgreSQL at KRONIEK_TEST_POSTGRES cannot be reached: {error}", allow_module_level=True)

import sys  # noqa: E402

from kroniek.store.postgres import PostgresStore  # noqa: E402

sys.path.insert(0, str(Path(__file__).parent))
from test_dedup import DIEMEN, UTRECHT, doc, event  # noqa: E402


@pytest.fixture
def store() -> Iterator[PostgresStore]:
    schema = "t_" + uuid.uuid4().hex[:12]
    s = PostgresStore(URL, schema=schema)
    yield s
    s.conn.execute(f'DROP SCHEMA "{schema}" CASCADE')
    s.close()


def test_reports_merge_and_updates_rebuild(store: PostgresStore) -> None:
    a, b, c = doc("a"), doc("b"), doc("c")
    store.write_batch([(a, [event(a)])])
    store.write_batch([(b, [event(b, where=DIEMEN, location="Diemen")])])
    store.write_batch([(c, [event(c, date="2019-03-16")])])  # another Saturday: another event
    assert store.count() == 2
    merged = store.event("e-a")
    assert merged is not None and {e.doc_id for e in merged.evidence} == {"a", "b"}
    assert "Amsterdam and Diemen are 6 km apart" in store.mentions("e-a")[1].reason
    assert store.write_batch([(a, [event(a)])])[0].value == "unchanged"
    changed = doc("a", "Een betoging in Utrecht.")
    store.write_batch([(changed, [event(changed, where=UTRECHT, location="Utrecht", admin1="Utrecht")])])
    locations = sorted(e.location for e in store.events())
    assert locations == ["Amsterdam", "Diemen", "Utrecht"]  # the merged event keeps only b, in Diemen
    assert store.stats()["mentions"] == 3


def test_filters_search_and_aggregates(store: PostgresStore) -> None:
    a, b = doc("a", "Duizenden demonstreerden tegen racisme in Amsterdam."), doc("b", "Boeren protesteerden.")
    store.write_batch(
        [(a, [event(a)]), (b, [event(b, date="2019-04-02", where=UTRECHT, location="Utrecht")])]
    )
    assert [e.location for e in store.events(EventFilter(since="2019-04-01"))] == ["Utrecht"]
    assert store.count(EventFilter(country="nld", bbox=(4.0, 52.2, 5.0, 52.5))) == 1
    assert [e.location for e in store.events(EventFilter(text="racisme"))] == ["Amsterdam"]
    assert store.count(EventFilter(text="'; DROP TABLE events; --")) == 0 and store.count() == 2
    (hit,) = store.search("racisme")
    assert hit["id"] == "a" and "[racisme]" in hit["snippet"]
    assert [b["period"] for b in store.histogram(by="month")] == ["2019-03", "2019-04"]
    assert sum(c["events"] for c in store.clusters(cell=10)) == 2
    assert store.document("a")["event_ids"] == ["e-a"]  # type: ignore[index]


def test_cli_ingest_and_events_on_postgres(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    schema = "t_" + uuid.uuid4().hex[:12]
    PostgresStore(URL, schema=schema).close()
    separator = "&" if "?" in URL else "?"
    url = f"{URL}{separator}options=-csearch_path%3D{schema}"
    article = tmp_path / "a.txt"
    article.write_text(
        "date 2023-03-05\n\nOn 3 March 2023, gunmen shot dead five villagers in Kaduna, Nigeria.\n", "utf-8"
    )
    try:
        assert main(["ingest", str(article), "--db", url, "-q"]) == 0
        assert main(["ingest", str(article), "--db", url, "-q"]) == 0  # rerun: unchanged
        assert main(["events", "--db", url, "--json"]) == 0
        lines = [line for line in capsys.readouterr().out.splitlines() if line.strip()]
        assert len(lines) == 1 and '"Attack"' in lines[0] and '"Nigeria"' in lines[0]
    finally:
        with psycopg.connect(URL, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


def test_http_api_over_postgres() -> None:
    from fastapi.testclient import TestClient

    from kroniek.api import create_app

    schema = "t_" + uuid.uuid4().hex[:12]
    with PostgresStore(URL, schema=schema) as store:
        a = doc("a", "Duizenden demonstreerden tegen racisme in Amsterdam.")
        store.write_batch([(a, [event(a)])])
    separator = "&" if "?" in URL else "?"
    try:
        client = TestClient(create_app(f"{URL}{separator}options=-csearch_path%3D{schema}"))
        answer = client.get("/events", params={"q": "racisme", "country": "Netherlands"}).json()
        assert answer["total"] == 1 and answer["events"][0]["location"] == "Amsterdam"
        assert client.get("/events/e-a").json()["documents"][0]["id"] == "a"
        assert client.get("/search", params={"q": '"tegen racisme"'}).json()["documents"][0]["id"] == "a"
        assert client.get("/events", params={"since": "2019-13-01"}).status_code == 400
    finally:
        with psycopg.connect(URL, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')
