"""The gazetteer: places by name, read from one SQLite file.

The file is built from PyPI packages by :mod:`kroniek.geo.build` (``make install`` does
it; so does the first use, if it is missing) and can be extended with a GeoNames dump
(:mod:`kroniek.geo.geonames_import`). Its path is ``$KRONIEK_GAZETTEER``, else
``kroniek/data/gazetteer.sqlite`` inside the package, else ``~/.cache/kroniek/``.
Opening it costs milliseconds and little memory: names are looked up through SQLite's
index, not loaded.
"""

from __future__ import annotations

import logging
import math
import os
import re
import sqlite3
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kroniek.geo.names import loose_key

log = logging.getLogger(__name__)

ENV_VAR = "KRONIEK_GAZETTEER"


class GazetteerError(RuntimeError):
    """The gazetteer file is missing, unreadable or of another schema."""


@dataclass(frozen=True)
class Place:
    id: int
    name: str
    kind: str  # city, admin1, admin2, country, airport, base, other
    cc: str
    admin1: str
    admin2: str
    lat: float
    lon: float
    population: int
    geonameid: int | None = None
    code: str = ""

    @property
    def facility(self) -> bool:
        return self.kind in ("airport", "base")


_COLUMNS = "id, name, kind, cc, admin1, admin2, lat, lon, population, geonameid, code"


def default_path() -> Path:
    """Where the gazetteer lives (see the module docstring)."""
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR])
    packaged = Path(__file__).resolve().parent.parent / "data" / "gazetteer.sqlite"
    if packaged.exists() or os.access(packaged.parent.parent, os.W_OK):
        return packaged
    return Path.home() / ".cache" / "kroniek" / "gazetteer.sqlite"


class Gazetteer:
    """Read-only access to the places of one gazetteer file."""

    def __init__(self, path: Path):
        if not path.exists():
            raise GazetteerError(f"{path}: no gazetteer here; build it with `kroniek gazetteer build`")
        self.path = path
        self._conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        try:
            row = self._conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        except sqlite3.DatabaseError as exc:
            raise GazetteerError(f"{path}: not a kroniek gazetteer ({exc})") from exc
        from kroniek.geo.build import SCHEMA_VERSION

        if row is None or row[0] != SCHEMA_VERSION:
            raise GazetteerError(
                f"{path}: gazetteer schema {row and row[0]}, expected {SCHEMA_VERSION}; rebuild it"
            )
        self.lookup = lru_cache(maxsize=50_000)(self._lookup)
        self.country = lru_cache(maxsize=512)(self._country)
        self.facilities_named = lru_cache(maxsize=4096)(self._facilities_named)

    def _lookup(self, name: str, cue: bool = False) -> tuple[Place, ...]:
        """Places called ``name`` (any spelling); bare facility names only with ``cue``."""
        key = loose_key(name)
        if not key:
            return ()
        sql = f"SELECT {_COLUMNS} FROM places WHERE id IN (SELECT place FROM names WHERE key = ?"
        sql += ")" if cue else " AND cue = 0)"
        return tuple(Place(*row) for row in self._conn.execute(sql, (key,)))

    def by_code(self, code: str) -> Place | None:
        row = self._conn.execute(f"SELECT {_COLUMNS} FROM places WHERE code = ?", (code,)).fetchone()
        return Place(*row) if row else None

    def by_geonameid(self, geonameid: int) -> Place | None:
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM places WHERE geonameid = ?", (geonameid,)
        ).fetchone()
        return Place(*row) if row else None

    def _country(self, cc: str) -> Place | None:
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM places WHERE kind = 'country' AND cc = ?", (cc,)
        ).fetchone()
        return Place(*row) if row else None

    def facilities_of(self, city: str) -> tuple[Place, ...]:
        """Airports and bases that serve a city ("de luchthaven van Kaboel")."""
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM places WHERE city_key = ? AND city_key != ''", (loose_key(city),)
        )
        return tuple(Place(*row) for row in rows)

    def _facilities_named(self, name: str) -> tuple[Place, ...]:
        """Airports and bases whose own name holds ``name`` as a word ("London Stansted
        Airport" for "Stansted airport"), when no town of that name is the one they serve."""
        if len(name) < 4:
            return ()
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM places WHERE kind IN ('airport', 'base') AND name LIKE ?", (f"%{name}%",)
        )
        word = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.IGNORECASE)
        return tuple(Place(*row) for row in rows if word.search(row[1]))

    def counts(self) -> dict[str, int]:
        return dict(self._conn.execute("SELECT kind, COUNT(*) FROM places GROUP BY kind").fetchall())


def distance_km(a: Place | tuple[float, float], b: Place | tuple[float, float]) -> float:
    """Great-circle distance."""
    lat1, lon1 = (a.lat, a.lon) if isinstance(a, Place) else a
    lat2, lon2 = (b.lat, b.lon) if isinstance(b, Place) else b
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


_opened: dict[Path, Gazetteer] = {}


def open_gazetteer(path: Path | None = None, build_if_missing: bool = True) -> Gazetteer:
    """The gazetteer at ``path`` (default: :func:`default_path`), built first if it is
    missing or of an older schema."""
    target = path or default_path()
    if target not in _opened:
        if build_if_missing and (not target.exists() or _stale(target)):
            from kroniek.geo.build import build

            print(f"kroniek: building the gazetteer at {target} (about 20 s, once)", file=sys.stderr)
            build(target)
        _opened[target] = Gazetteer(target)
    return _opened[target]


def _stale(path: Path) -> bool:
    """Is the file a gazetteer of an older schema (derived data: rebuild it)?"""
    from kroniek.geo.build import SCHEMA_VERSION

    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
    except sqlite3.DatabaseError:
        return False  # not ours: let Gazetteer() say so
    return row is None or row[0] != SCHEMA_VERSION
