"""The HTTP API (``kroniek serve``): a thin FastAPI layer over the store and the extractor.

Every parameter is validated; a bad one answers 400 or 422 with an RFC 9457 problem
detail (``application/problem+json``), never 500. The web page at ``/`` uses the same
endpoints. The OpenAPI schema is at ``/openapi.json`` and browsable at ``/docs``.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field

from kroniek import __version__
from kroniek.dates import PartialDate
from kroniek.extract import Extractor
from kroniek.records import Document, Event
from kroniek.store import AnyStore, EventFilter, open_store

MAX_EXTRACT_CHARS = 100_000  # POST /extract: about 15,000 words, a long article
MAX_BODY_BYTES = 512_000  # any request body
_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


class ExtractRequest(BaseModel):
    text: str = Field(min_length=1, max_length=MAX_EXTRACT_CHARS, description="the article text")
    date: str | None = Field(None, description="publication date, YYYY, YYYY-MM or YYYY-MM-DD")
    lang: str | None = Field(None, description="ISO 639-1 code; detected when left out")
    title: str = ""


def _problem(status: int, title: str, detail: Any) -> JSONResponse:
    return JSONResponse(
        {"type": "about:blank", "title": title, "status": status, "detail": detail},
        status_code=status,
        media_type="application/problem+json",
    )


class BodyLimit:
    """Refuse request bodies over ``limit`` bytes with 413: at once when Content-Length says
    so, and while reading when the body comes in chunks without one (the app then sees the
    client go away, and whatever it answers is dropped)."""

    def __init__(self, app: Any, limit: int):
        self.app, self.limit = app, limit

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.limit):
            await self._refuse(scope, receive, send)
            return
        received, refused = 0, False

        async def limited_receive() -> Any:
            nonlocal received, refused
            if refused:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    refused = True
                    await self._refuse(scope, receive, send)
                    return {"type": "http.disconnect"}
            return message

        async def guarded_send(message: Any) -> None:
            if not refused:
                await send(message)

        await self.app(scope, limited_receive, guarded_send)

    async def _refuse(self, scope: Any, receive: Any, send: Any) -> None:
        response = _problem(413, "Request too large", f"bodies are limited to {self.limit} bytes")
        await response(scope, receive, send)


def _check_date(name: str, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        if not _DATE.match(value):
            raise ValueError
        PartialDate.parse(value)
    except ValueError:
        raise HTTPException(
            400, f"{name} must be a date as YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}"
        ) from None
    return value


def _bbox(value: str | None) -> tuple[float, float, float, float] | None:
    if value is None:
        return None
    try:
        west, south, east, north = (float(v) for v in value.split(","))
    except ValueError:
        raise HTTPException(400, f"bbox must be west,south,east,north in degrees, not {value!r}") from None
    if not (-180 <= west <= east <= 180 and -90 <= south <= north <= 90):
        raise HTTPException(
            400, "bbox must satisfy -180 <= west <= east <= 180 and -90 <= south <= north <= 90"
        )
    return west, south, east, north


def _event_filter(
    country: Annotated[str | None, Query(max_length=100, description="country name or ISO3 code")] = None,
    since: Annotated[str | None, Query(max_length=10, description="YYYY[-MM[-DD]], inclusive")] = None,
    until: Annotated[str | None, Query(max_length=10, description="YYYY[-MM[-DD]], inclusive")] = None,
    type: Annotated[str | None, Query(max_length=100, description="event type or sub-event type")] = None,
    actor: Annotated[str | None, Query(max_length=200, description="part of an actor's name")] = None,
    q: Annotated[str | None, Query(max_length=200, description="full-text query (FTS5)")] = None,
    bbox: Annotated[str | None, Query(max_length=100, description="west,south,east,north")] = None,
) -> EventFilter:
    """The filter that /events, /events/histogram and /events/clusters share."""
    return EventFilter(
        country=country,
        since=_check_date("since", since),
        until=_check_date("until", until),
        type=type,
        text=q,
        actor=actor,
        bbox=_bbox(bbox),
    )


def _web_folder() -> Path:
    return Path(str(resources.files("kroniek") / "web"))


def create_app(db: str | Path, tiles: str | None = None, attribution: str = "") -> FastAPI:
    """The API over one database file (created, empty, if it does not exist). ``tiles`` is
    a map tile URL template for the web page; without one it draws country outlines."""
    app = FastAPI(
        title="kroniek",
        version=__version__,
        description="Events from news, in ACLED's columns, with the sentences that report them.",
    )
    db_path = str(db)
    open_store(db_path).close()  # create and migrate once, before serving

    @contextmanager
    def store() -> Iterator[AnyStore]:
        s = open_store(db_path, migrate=False)  # migrated once, above
        try:
            yield s
        except sqlite3.OperationalError as error:  # a malformed FTS5 query, for one
            raise HTTPException(400, f"the query could not be run: {error}") from None
        finally:
            s.close()

    @app.exception_handler(HTTPException)
    async def http_problem(_: Request, exc: HTTPException) -> JSONResponse:
        return _problem(exc.status_code, "Bad request" if exc.status_code == 400 else "Error", exc.detail)

    @app.exception_handler(RequestValidationError)
    async def validation_problem(_: Request, exc: RequestValidationError) -> JSONResponse:
        detail = [
            {"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")}
            for e in exc.errors()
        ]
        return _problem(422, "Invalid parameters", detail)

    app.add_middleware(BodyLimit, limit=MAX_BODY_BYTES)

    @app.get("/events", summary="Events, filtered and paginated")
    def list_events(
        f: Annotated[EventFilter, Depends(_event_filter)],
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
        offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    ) -> dict[str, Any]:
        f.limit, f.offset = limit, offset
        with store() as s:
            total = s.count(f)
            events = [_summary(e) for e in s.events(f, evidence=False)]
        return {"total": total, "limit": limit, "offset": offset, "events": events}

    @app.get("/events/histogram", summary="Event counts per day, month or year")
    def histogram(
        f: Annotated[EventFilter, Depends(_event_filter)],
        by: Annotated[str, Query(pattern="^(day|month|year)$")] = "month",
    ) -> dict[str, Any]:
        with store() as s:
            return {"by": by, "bins": s.histogram(f, by)}

    @app.get("/events/clusters", summary="Events aggregated on a grid, for maps")
    def clusters(
        f: Annotated[EventFilter, Depends(_event_filter)],
        cell: Annotated[float, Query(gt=0.001, le=45, description="grid cell in degrees")] = 1.0,
    ) -> dict[str, Any]:
        with store() as s:
            return {"cell": cell, "clusters": s.clusters(f, cell)}

    @app.get("/events/{event_id}", summary="One event, its evidence and the reports merged into it")
    def get_event(event_id: Annotated[str, PathParam(max_length=200)]) -> dict[str, Any]:
        with store() as s:
            event = s.event(event_id)
            if event is None:
                raise HTTPException(404, f"no event {event_id!r}")
            documents: dict[str, Any] = {}
            for e in event.evidence:
                if e.doc_id not in documents:
                    doc = s.document(e.doc_id) or {}
                    documents[e.doc_id] = {
                        k: doc.get(k) for k in ("id", "title", "date", "lang", "url", "text")
                    }
            mentions = [
                {"doc_id": m.doc_id, "reason": m.reason, "event": _summary(m.event)}
                for m in s.mentions(event_id)
            ]
        return {**event.to_dict(), "documents": list(documents.values()), "mentions": mentions}

    @app.get("/documents/{doc_id}", summary="One stored document and the events it reports")
    def get_document(doc_id: Annotated[str, PathParam(max_length=500)]) -> dict[str, Any]:
        with store() as s:
            document = s.document(doc_id)
        if document is None:
            raise HTTPException(404, f"no document {doc_id!r}")
        return document

    @app.get("/search", summary="Full-text search over the stored documents")
    def search(
        q: Annotated[str, Query(min_length=1, max_length=200, description="FTS5 query")],
        limit: Annotated[int, Query(ge=1, le=200)] = 20,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> dict[str, Any]:
        with store() as s:
            return {"q": q, "documents": s.search(q, limit, offset)}

    @app.get("/config", summary="Settings of the web page: the map tile URL, if any")
    def config() -> dict[str, Any]:
        return {"tiles": tiles, "attribution": attribution}

    @app.get("/stats", summary="Counts: documents, events by type, country and language")
    def stats() -> dict[str, Any]:
        with store() as s:
            return s.stats()

    @app.post("/extract", summary="Text in, events out (nothing is stored)")
    def extract(body: ExtractRequest) -> dict[str, Any]:
        date = _check_date("date", body.date)
        document = Document(
            id="request",
            text=body.text,
            date=PartialDate.parse(date) if date else None,
            lang=body.lang or "",
            title=body.title,
        )
        extraction = _extractor(body.lang).process(document)
        return {"language": extraction.language, "events": [e.to_dict() for e in extraction.events]}

    web = _web_folder()
    app.mount("/static", StaticFiles(directory=web), name="static")

    @app.get("/", include_in_schema=False, response_model=None)
    def index() -> Response:
        if (web / "vendor" / "leaflet.js").is_file():
            return FileResponse(web / "index.html")
        return HTMLResponse(_NO_VENDOR, status_code=503)

    return app


_NO_VENDOR = """<!doctype html><title>kroniek</title><h1>kroniek</h1>
<p>The map page's libraries are not installed: run <code>make install</code> on a machine with
npm (they come from the npm registry and are then served from here). The HTTP API works
without them: see <a href="/docs">/docs</a>.</p>"""


@cache
def _extractor(lang: str | None) -> Extractor:
    return Extractor(lang=lang)


def _summary(event: Event) -> dict[str, Any]:
    """An event without its evidence: what lists and maps need."""
    data = event.to_dict()
    data.pop("evidence", None)
    return data


@contextmanager
def serve_process(db: str | Path, wait_s: float = 30.0) -> Iterator[str]:
    """``kroniek serve`` in a child process on a free loopback port, for tests and benchmarks:
    yields its base URL once it answers, and stops it afterwards."""
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    command = [sys.executable, "-m", "kroniek", "serve", "--db", str(db), "--port", str(port)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + wait_s
        while True:
            try:
                urllib.request.urlopen(base + "/config", timeout=1).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    error = (
                        process.stderr.read().decode()
                        if process.stderr and process.poll() is not None
                        else ""
                    )
                    raise RuntimeError(f"kroniek serve did not start: {error or 'timeout'}") from None
                time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


def serve(db: str | Path, host: str = "127.0.0.1", port: int = 8000, tiles: str | None = None) -> None:
    import uvicorn

    uvicorn.run(create_app(db, tiles), host=host, port=port, log_level="info")


__all__ = ["MAX_EXTRACT_CHARS", "create_app", "serve", "serve_process"]
