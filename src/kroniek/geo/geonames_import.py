"""Add a full GeoNames dump to the gazetteer, for users who need every village.

Reads ``allCountries.txt`` or a country file (``IQ.txt``; tab-separated, 19 columns,
https://download.geonames.org/export/dump/readme.txt) and, optionally, ``alternateNames.txt``
(or ``alternateNamesV2.txt``). Populated places, first- and second-order divisions,
airports and military air bases are imported; other features (rivers, hills, hotels)
only with ``features="all"``. Places already in the gazetteer (same geonameid) gain the
new names instead of being duplicated, so an import can be run again. Files are streamed:
memory stays small whatever their size. A malformed line is reported with its number
and skipped.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kroniek.geo.names import loose_key, name_keys, usable_alternate

_KINDS = {
    ("A", "ADM1"): "admin1",
    ("A", "ADM2"): "admin2",
    ("S", "AIRP"): "airport",
    ("S", "AIRF"): "airport",
    ("S", "AIRH"): "airport",
    ("S", "AIRB"): "base",
    ("S", "MILB"): "base",
    ("S", "INSM"): "base",
}
# alternateNames "languages" that are codes or links, not names
_NOT_NAMES = frozenset({"link", "post", "iata", "icao", "faac", "abbr", "wkdt", "unlc", "tcid", "fr_1793"})


@dataclass
class ImportReport:
    places_added: int = 0
    places_updated: int = 0
    names_added: int = 0
    skipped: int = 0
    problems: list[str] = field(default_factory=list)


def _kind(feature_class: str, feature_code: str, features: str) -> str | None:
    if feature_class == "P":
        return "city"
    kind = _KINDS.get((feature_class, feature_code))
    if kind:
        return kind
    return "other" if features == "all" and feature_class in "AHLSTUV" and feature_code[:3] != "PCL" else None


def _rows(path: Path, columns: int, report: ImportReport) -> Iterator[tuple[int, list[str]]]:
    with path.open(encoding="utf-8", errors="replace") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.rstrip("\n").split("\t")
            if len(parts) < columns:
                report.problems.append(
                    f"{path}:{number}: expected {columns} tab-separated fields, got {len(parts)}"
                )
                report.skipped += 1
                continue
            yield number, parts


def import_geonames(
    gazetteer: Path,
    dump: Path,
    alternate_names: Path | None = None,
    features: str = "default",
    tick: Callable[[int], None] | None = None,
) -> ImportReport:
    """Import ``dump`` (and ``alternate_names``) into the gazetteer file at ``gazetteer``."""
    for path in (dump, alternate_names):
        if path is not None and not path.is_file():
            raise FileNotFoundError(f"{path}: no such file")
    report = ImportReport()
    conn = sqlite3.connect(gazetteer)
    try:
        with conn:
            admin_names = _import_places(conn, dump, features, report, tick)
            _fill_admin_names(conn, admin_names)
            if alternate_names is not None:
                _import_alternate_names(conn, alternate_names, report, tick)
        conn.execute("ANALYZE")
    finally:
        conn.close()
    return report


def _import_places(
    conn: sqlite3.Connection,
    dump: Path,
    features: str,
    report: ImportReport,
    tick: Callable[[int], None] | None,
) -> dict[tuple[str, ...], str]:
    admin_names: dict[tuple[str, ...], str] = {}
    conn.execute("CREATE TEMP TABLE pending_admin (place INTEGER, cc TEXT, a1 TEXT, a2 TEXT)")
    (next_id,) = conn.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM places").fetchone()
    for number, parts in _rows(dump, 19, report):
        if tick:
            tick(1)
        try:
            geonameid, lat, lon = int(parts[0]), float(parts[4]), float(parts[5])
            population = int(parts[14] or 0)
        except ValueError:
            report.problems.append(
                f"{dump}:{number}: geonameid, latitude, longitude or population is not a number"
            )
            report.skipped += 1
            continue
        name, ascii_name, alternates = parts[1], parts[2], parts[3].split(",") if parts[3] else []
        feature_class, feature_code, cc, a1, a2 = parts[6], parts[7], parts[8], parts[10], parts[11]
        if feature_code == "ADM1":
            admin_names[(cc, a1)] = name
        elif feature_code == "ADM2":
            admin_names[(cc, a1, a2)] = name
        kind = _kind(feature_class, feature_code, features)
        if kind is None or not name or not cc:
            continue
        keys = name_keys(name, [ascii_name, *alternates])
        row = conn.execute("SELECT id FROM places WHERE geonameid = ?", (geonameid,)).fetchone()
        if row:
            place = row[0]
            report.places_updated += 1
        else:
            place, next_id = next_id, next_id + 1
            conn.execute(
                "INSERT INTO places (id, name, kind, cc, lat, lon, population, geonameid)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (place, name, kind, cc, lat, lon, population, geonameid),
            )
            conn.execute("INSERT INTO pending_admin VALUES (?, ?, ?, ?)", (place, cc, a1, a2))
            report.places_added += 1
        before = conn.total_changes
        conn.executemany(
            "INSERT OR IGNORE INTO names (key, place, cue) VALUES (?, ?, 0)", [(k, place) for k in keys]
        )
        report.names_added += conn.total_changes - before
    return admin_names


def _fill_admin_names(conn: sqlite3.Connection, admin_names: dict[tuple[str, ...], str]) -> None:
    """Give new places their admin1 and admin2 names: from the dump's own ADM1/ADM2 rows,
    else from reverse_geocoder by coordinates."""
    pending = conn.execute(
        "SELECT pending_admin.place, pending_admin.cc, a1, a2, lat, lon, kind, name"
        " FROM pending_admin JOIN places ON places.id = pending_admin.place"
    ).fetchall()
    missing = [row for row in pending if (row[1], row[2]) not in admin_names]
    reverse: dict[int, tuple[str, str]] = {}
    if missing:
        from kroniek.geo.build import _reverse_admin

        names = _reverse_admin([(row[4], row[5]) for row in missing], [row[1] for row in missing])
        reverse = {row[0]: pair for row, pair in zip(missing, names, strict=True)}
    for place, cc, a1, a2, _lat, _lon, kind, name in pending:
        admin1 = admin_names.get((cc, a1)) or reverse.get(place, ("", ""))[0]
        admin2 = admin_names.get((cc, a1, a2)) or reverse.get(place, ("", ""))[1]
        if kind == "admin1":
            admin1, admin2 = name, ""
        conn.execute("UPDATE places SET admin1 = ?, admin2 = ? WHERE id = ?", (admin1, admin2, place))
    conn.execute("DROP TABLE pending_admin")


def _import_alternate_names(
    conn: sqlite3.Connection, path: Path, report: ImportReport, tick: Callable[[int], None] | None
) -> None:
    for number, parts in _rows(path, 4, report):
        if tick:
            tick(1)
        language, name = parts[2], parts[3]
        if language in _NOT_NAMES or not usable_alternate(name):
            continue
        try:
            geonameid = int(parts[1])
        except ValueError:
            report.problems.append(f"{path}:{number}: geonameid {parts[1]!r} is not a number")
            report.skipped += 1
            continue
        row = conn.execute("SELECT id FROM places WHERE geonameid = ?", (geonameid,)).fetchone()
        if row is None or not loose_key(name):
            continue
        before = conn.total_changes
        conn.execute(
            "INSERT OR IGNORE INTO names (key, place, cue) VALUES (?, ?, 0)", (loose_key(name), row[0])
        )
        report.names_added += conn.total_changes - before
