"""The HTTP API, against a real ``kroniek serve`` process on loopback over a real SQLite store."""

from __future__ import annotations

import http.client
import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kroniek.api import serve_process
from kroniek.codebook import event_type_of
from kroniek.dates import PartialDate
from kroniek.records import Document, Event, Evidence
from kroniek.store import Store

PLACES = {
    "Baghdad": ("Iraq", "IRQ", 33.3406, 44.4009),
    "Amsterdam": ("Netherlands", "NLD", 52.374, 4.8897),
    "Bamako": ("Mali", "MLI", 12.65, -8.0),
}


def _seed(path: Path) -> None:
    rows = [
        ("a1", "Drones werden boven Bagdad onderschept.", "2022-01-03", "Disrupted weapons use", "Baghdad"),
        ("a2", "Duizenden demonstreerden in Amsterdam.", "2019-03-23", "Peaceful protest", "Amsterdam"),
        ("a3", "In Amsterdam gingen ze de straat op.", "2019-03-23", "Peaceful protest", "Amsterdam"),
        ("a4", "Soldiers clashed with militants near Bamako.", "2020-05-02", "Armed clash", "Bamako"),
    ]
    with Store(path) as store:
        for doc_id, text, date, sub, place in rows:
            country, iso3, lat, lon = PLACES[place]
            doc = Document(
                id=doc_id, text=text, date=PartialDate.parse(date), title=f"Title {doc_id}", lang="nl"
            )
            event = Event(
                event_id=f"e-{doc_id}",
                doc_id=doc_id,
                event_date=date,
                time_precision=1,
                event_type=event_type_of(sub),
                sub_event_type=sub,
                actor1="Military Forces of Mali" if place == "Bamako" else "",
                country=country,
                iso3=iso3,
                location=place,
                latitude=lat,
                longitude=lon,
                geo_precision=1,
                notes=f"{sub} in {place}",
                evidence=[Evidence(doc_id, 0, len(text), text)],
            )
            store.write_batch([(doc, [event])])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = tmp_path_factory.mktemp("api") / "k.db"
    _seed(db)
    with serve_process(db) as base:
        yield base


def call(base: str, path: str, body: Any = None, raw: bytes | None = None) -> tuple[int, dict[str, Any], str]:
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    request = urllib.request.Request(base + path, data=data, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, json.loads(response.read()), response.headers.get("content-type", "")
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"{}"), error.headers.get("content-type", "")


def ids(answer: dict[str, Any]) -> list[str]:
    return [e["event_id"] for e in answer["events"]]


def test_events_are_deduplicated_listed_and_filtered(server: str) -> None:
    status, answer, _ = call(server, "/events")
    assert status == 200 and answer["total"] == 3  # the two Amsterdam reports are one event
    assert ids(call(server, "/events?country=IRQ")[1]) == ["e-a1"]
    assert ids(call(server, "/events?since=2020-01-01&until=2020-12-31")[1]) == ["e-a4"]
    assert ids(call(server, "/events?type=Protests")[1]) == ["e-a2"]
    assert ids(call(server, "/events?bbox=0,40,10,60")[1]) == ["e-a2"]
    assert ids(call(server, "/events?actor=mali")[1]) == ["e-a4"]
    assert ids(call(server, "/events?q=onderschept")[1]) == ["e-a1"]
    page = call(server, "/events?limit=2&offset=2")[1]
    assert page["total"] == 3 and len(page["events"]) == 1


def test_an_event_carries_its_evidence_documents_and_merges(server: str) -> None:
    status, event, _ = call(server, "/events/e-a2")
    assert status == 200 and event["sub_event_type"] == "Peaceful protest"
    assert {d["id"] for d in event["documents"]} == {"a2", "a3"}
    assert all(d["text"] for d in event["documents"])
    assert [m["doc_id"] for m in event["mentions"]] == ["a2", "a3"]
    assert "same day" in event["mentions"][1]["reason"]


def test_documents_search_and_stats(server: str) -> None:
    status, document, _ = call(server, "/documents/a3")
    assert status == 200 and document["event_ids"] == ["e-a2"] and "straat" in document["text"]
    hits = call(server, "/search?q=demonstreerden")[1]["documents"]
    assert [h["id"] for h in hits] == ["a2"] and "[demonstreerden]" in hits[0]["snippet"]
    stats = call(server, "/stats")[1]
    assert (stats["documents"], stats["events"], stats["mentions"]) == (4, 3, 4)
    histogram = call(server, "/events/histogram?by=year")[1]["bins"]
    assert [(b["period"], b["events"]) for b in histogram] == [("2019", 1), ("2020", 1), ("2022", 1)]
    clusters = call(server, "/events/clusters?cell=10")[1]["clusters"]
    assert sum(c["events"] for c in clusters) == 3


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/events?since=2020-13-45", 400),
        ("/events?since=yesterday", 400),
        ("/events?bbox=1,2,3", 400),
        ("/events?bbox=10,0,0,10", 400),
        ("/events?limit=0", 422),
        ("/events?limit=abc", 422),
        ("/events?offset=-1", 422),
        ("/events?q=%22unbalanced", 400),
        ("/events/histogram?by=week", 422),
        ("/events/clusters?cell=0", 422),
        ("/search?q=", 422),
        ("/events/nope", 404),
        ("/documents/nope", 404),
    ],
)
def test_bad_parameters_get_a_problem_detail_never_500(server: str, path: str, status: int) -> None:
    got, problem, content_type = call(server, path)
    assert got == status
    assert content_type.startswith("application/problem+json")
    assert problem["status"] == status and problem["detail"]


def test_sql_injection_is_only_a_string(server: str) -> None:
    for value in ("x' OR '1'='1", "IRQ'; DROP TABLE events; --"):
        answer = call(server, "/events?country=" + urllib.parse.quote(value))[1]
        assert answer["total"] == 0
    assert call(server, "/stats")[1]["events"] == 3


def test_extract_returns_events_and_limits_size(server: str) -> None:
    text = "On 3 March 2023, gunmen shot dead five villagers in Kaduna, Nigeria."
    status, answer, _ = call(server, "/extract", {"text": text, "date": "2023-03-05", "lang": "en"})
    assert status == 200 and answer["language"] == "en"
    assert [(e["sub_event_type"], e["fatalities"]) for e in answer["events"]] == [("Attack", 5)]
    assert call(server, "/extract", {"text": ""})[0] == 422
    assert call(server, "/extract", {"text": "x", "date": "March"})[0] == 400
    assert call(server, "/extract", raw=b"{not json")[0] == 422
    # The size is refused from the header, before a byte of the body is read.
    host, port = server.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=30)
    connection.putrequest("POST", "/extract")
    connection.putheader("Content-Type", "application/json")
    connection.putheader("Content-Length", "600000")
    connection.endheaders()
    response = connection.getresponse()
    assert response.status == 413 and json.loads(response.read())["title"] == "Request too large"
    connection.close()
    # Without a Content-Length (chunked), the limit holds while the body is read.
    connection = http.client.HTTPConnection(host, int(port), timeout=30)
    chunk = b'{"text": "' + b"a" * 100_000
    chunks = iter([chunk] + [b"a" * 100_000] * 6 + [b'"}'])
    connection.request(
        "POST", "/extract", body=chunks, headers={"Content-Type": "application/json"}, encode_chunked=True
    )
    response = connection.getresponse()
    assert response.status == 413
    connection.close()
    assert call(server, "/stats")[1]["events"] == 3  # nothing was stored


def test_openapi_schema_documents_the_endpoints(server: str) -> None:
    schema = call(server, "/openapi.json")[1]
    assert {"/events", "/events/{event_id}", "/documents/{doc_id}", "/search", "/stats", "/extract"} <= set(
        schema["paths"]
    )


def test_page_without_its_libraries_says_how_to_install_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fastapi.testclient import TestClient

    import kroniek.api

    web = tmp_path / "web"
    web.mkdir()
    (web / "index.html").write_text("<html></html>", encoding="utf-8")
    monkeypatch.setattr(kroniek.api, "_web_folder", lambda: web)
    client = TestClient(kroniek.api.create_app(tmp_path / "k.db"))
    page = client.get("/")
    assert page.status_code == 503 and "make install" in page.text
    assert client.get("/stats").status_code == 200
