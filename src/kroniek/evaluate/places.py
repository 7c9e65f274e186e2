"""Evaluate toponym recognition and resolution on the Dutch gold set
(``tests/data/places_nl.jsonl``: short passages from DpgMedia2019 with every place name
annotated with its coordinates; see its README).

For each gold name kroniek must find a toponym that overlaps it and resolve it to the
right place: a town, village, airport or base within 25 km of the gold point; a country
to that country; a province or region to a division of the same country within 250 km
(their gold points are rough centroids, and kroniek puts a division at its largest town),
or to a division of that name. Adjectives ("Iraakse") and streets or landmarks
are scored apart, since kroniek does not aim to place streets. Precision counts the
toponyms kroniek finds that overlap no gold name. Event places: for passages where the
extractor reports an event and the gold names where it happened, is the first event
within 25 km (or in the right country, for a country)?
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kroniek.dates import PartialDate
from kroniek.evaluate.gold import read_gold
from kroniek.extract import Extractor
from kroniek.geo.gazetteer import distance_km
from kroniek.geo.names import name_key
from kroniek.geo.toponyms import Toponym
from kroniek.records import Document

DATASET = Path(__file__).resolve().parents[3] / "tests" / "data" / "places_nl.jsonl"
POINT_KINDS = frozenset({"city", "town", "village", "airport", "base"})
AREA_KINDS = frozenset({"admin1", "admin2", "region"})


@dataclass(frozen=True)
class PlaceScores:
    passages: int
    names: int  # gold names scored (no adjectives, streets or landmarks)
    found: float  # share of those that kroniek finds
    correct: float  # share found and resolved right (the "within 25 km")
    points_within_25km: float
    countries_right: float
    areas_right: float
    adjectives_right: float
    precision: float  # share of kroniek's toponyms that overlap a gold name
    event_places: int
    event_places_right: float
    misses: list[str]


def _right(gold: dict[str, Any], found: Toponym | None) -> bool:
    if found is None or found.place is None:
        return False
    place = found.place
    if gold["kind"] == "country":
        return place.kind == "country" and place.cc == gold["country"]
    km = distance_km(place, (gold["lat"], gold["lon"]))
    if gold["kind"] in AREA_KINDS:
        # Gold points of provinces are rough centroids, and kroniek puts a province at its
        # largest town (as ACLED uses the capital): a division of the same country within
        # 250 km is the same area, as near as points can tell.
        named = name_key(place.name) in (name_key(gold["name"]), name_key(gold["text"]))
        division = place.kind in AREA_KINDS and place.cc == gold["country"] and (km <= 250 or named)
        return km <= 25 or division
    return km <= 25


def _overlapping(gold: dict[str, Any], toponyms: list[Toponym]) -> Toponym | None:
    return next((t for t in toponyms if t.start < gold["end"] and gold["start"] < t.end), None)


def evaluate(path: Path = DATASET, shared: Path | None = None) -> PlaceScores:
    rows = read_gold(path, shared)
    extractor = Extractor(lang="nl")
    documents = [
        Document(
            id=r["id"], text=r["text"], date=PartialDate.parse(r["dct"]) if r.get("dct") else None, lang="nl"
        )
        for r in rows
    ]
    tallies: dict[str, list[bool]] = {
        k: [] for k in ("name", "found", "point", "country", "area", "adjective")
    }
    predicted = matched = 0
    events: list[bool] = []
    misses: list[str] = []
    for row, extraction in zip(rows, extractor.extract(documents), strict=True):
        # The set marks names; a bare "de hoofdstad" is no name, though kroniek places by it.
        toponyms: list[Toponym] = [t for t in extraction.doc._.places or [] if t.source != "capital"]
        predicted += len(toponyms)
        matched += sum(
            1 for t in toponyms if any(t.start < g["end"] and g["start"] < t.end for g in row["places"])
        )
        for gold in row["places"]:
            found = _overlapping(gold, toponyms)
            right = _right(gold, found)
            if gold.get("adjective"):
                tallies["adjective"].append(right)
                continue
            kind = gold["kind"]
            if kind not in POINT_KINDS | AREA_KINDS | {"country"}:
                continue
            tallies["name"].append(right)
            tallies["found"].append(found is not None)
            tallies["point" if kind in POINT_KINDS else "country" if kind == "country" else "area"].append(
                right
            )
            if not right:
                got = f"{found.place.name} ({found.place.cc})" if found and found.place else "nothing"
                misses.append(
                    f"{row['id']}: {gold['text']!r} = {gold['name']} ({gold['country']}); got {got}"
                )
        target = row.get("event_place")
        if target is not None and extraction.events:
            gold = row["places"][target]
            event = extraction.events[0]
            if gold["kind"] == "country":
                events.append(event.iso3 != "" and event.country != "" and event.geo_precision == 3
                              and _same_country(event.iso3, gold["country"]))  # fmt: skip
            elif event.latitude is not None and event.longitude is not None:
                events.append(
                    distance_km((event.latitude, event.longitude), (gold["lat"], gold["lon"])) <= 25
                )
            else:
                events.append(False)

    def share(values: list[bool]) -> float:
        return sum(values) / len(values) if values else 0.0

    return PlaceScores(
        passages=len(rows),
        names=len(tallies["name"]),
        found=share(tallies["found"]),
        correct=share(tallies["name"]),
        points_within_25km=share(tallies["point"]),
        countries_right=share(tallies["country"]),
        areas_right=share(tallies["area"]),
        adjectives_right=share(tallies["adjective"]),
        precision=matched / predicted if predicted else 0.0,
        event_places=len(events),
        event_places_right=share(events),
        misses=misses,
    )


def _same_country(iso3: str, alpha2: str) -> bool:
    from kroniek.geo.countries import country

    try:
        return country(alpha2).iso3 == iso3
    except KeyError:
        return False


def report(scores: PlaceScores, show_misses: int = 0) -> str:
    lines = [
        f"Dutch places ({DATASET.name}): {scores.passages} passages, {scores.names} gold place names "
        "(no adjectives, streets or landmarks)",
        f"  found {scores.found:.3f}; resolved right {scores.correct:.3f} "
        f"(towns/airports within 25 km {scores.points_within_25km:.3f}, "
        f"countries {scores.countries_right:.3f}, provinces/regions {scores.areas_right:.3f})",
        f"  adjectives right {scores.adjectives_right:.3f}; "
        f"precision of kroniek's toponyms {scores.precision:.3f}",
        f"  event places: {scores.event_places} passages with a gold event place and an event found, "
        f"{scores.event_places_right:.3f} placed right",
    ]
    lines += [f"    miss: {m}" for m in scores.misses[:show_misses]]
    return "\n".join(lines)


if __name__ == "__main__":
    print(report(evaluate(), show_misses=60))
