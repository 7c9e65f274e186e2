"""``make bench``, part 2: the HTTP API on a store of 100,000 events.

Builds a synthetic store (events spread over 60 countries, 1,000 days and 5,000 places,
so that dedup merges few), starts ``kroniek serve`` on loopback and times the requests a
map page makes: /events with filters and pagination, /events/clusters and
/events/histogram, and the page's own files. Reports p50 and p95 latency.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from kroniek.api import serve_process
from kroniek.codebook import event_type_of, sub_event_types
from kroniek.records import Document, Event, Evidence
from kroniek.store import Store


def build_store(path: Path, n: int, seed: int = 7) -> float:
    rng = random.Random(seed)
    countries = [(f"Country {i}", f"C{i:02d}") for i in range(60)]
    places = [(rng.uniform(-50, 60), rng.uniform(-120, 140), f"Town {i}") for i in range(5000)]
    subs = sorted(sub_event_types())
    start = time.perf_counter()
    with Store(path) as store:
        batch: list[tuple[Document, list[Event]]] = []
        for i in range(n):
            lat, lon, town = places[i % len(places)]
            country, iso3 = countries[(i % len(places)) % len(countries)]
            day = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(1000))
            sub = rng.choice(subs)
            text = f"On {day}, an event of type {sub} took place in {town}, {country}."
            doc = Document(id=f"d{i}", text=text, lang="en")
            event = Event(
                event_id=f"e{i}",
                doc_id=doc.id,
                event_date=day.isoformat(),
                time_precision=1,
                event_type=event_type_of(sub),
                sub_event_type=sub,
                actor1=f"Actor {i % 300}",
                country=country,
                iso3=iso3,
                location=town,
                latitude=lat,
                longitude=lon,
                geo_precision=1,
                fatalities=rng.choice([0, 0, 0, 1, 2, 5]),
                notes=text,
                evidence=[Evidence(doc.id, 0, len(text), text)],
            )
            batch.append((doc, [event]))
            if len(batch) == 1000:
                store.write_batch(batch)
                batch = []
        if batch:
            store.write_batch(batch)
    return time.perf_counter() - start


def _get(url: str) -> float:
    start = time.perf_counter()
    with urllib.request.urlopen(url, timeout=30) as response:
        response.read()
    return time.perf_counter() - start


def main(events: int = 100_000) -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "api.db"
        took = build_store(db, events)
        with Store(db) as store:
            stored = store.count()
        print(
            f"API store: {stored:,} events written in {took:.0f} s ({stored / took:,.0f} events/s with dedup)"
        )
        with serve_process(db) as base:
            rng = random.Random(1)
            queries = []
            for _ in range(200):
                west, south = rng.uniform(-120, 100), rng.uniform(-50, 40)
                since = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(900))
                queries += [
                    f"/events?limit=100&offset={rng.randrange(0, 5000)}",
                    f"/events?country=C{rng.randrange(60):02d}&since={since}&limit=100",
                    f"/events?bbox={west:.2f},{south:.2f},{west + 20:.2f},{south + 15:.2f}&limit=1000",
                    f"/events?type=Protests&q=%22Town%20{rng.randrange(5000)}%22&limit=100",  # a phrase
                    f"/events/clusters?cell={rng.choice([10, 5, 2, 1])}",
                    "/events/histogram?by=month",
                ]
            times = [_get(base + q) for q in queries]
            p50, p95 = statistics.median(times), statistics.quantiles(times, n=20)[18]
            events_times = [t for q, t in zip(queries, times, strict=True) if q.startswith("/events?")]
            e95 = statistics.quantiles(events_times, n=20)[18]
            print(
                f"API latency over {len(times)} requests: p50 {p50 * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms; "
                f"/events alone p95 {e95 * 1000:.0f} ms (target < 200 ms)"
            )
            page = [
                "/",
                "/static/app.js",
                "/static/style.css",
                "/static/vendor/leaflet.js",
                "/static/vendor/countries-110m.json",
                "/stats",
                "/events/histogram?by=month",
                "/events/clusters?cell=10",
                "/events?limit=1",
            ]
            start = time.perf_counter()
            for path in page:
                _get(base + path)
            print(
                f"page load (its files and first API calls, one after another): "
                f"{time.perf_counter() - start:.2f} s (target < 2 s)"
            )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
