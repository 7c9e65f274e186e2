"""The record types at kroniek's edges (see shared spec ``records.md``).

Documents come in, events and temporal expressions go out. Keeping them as plain
dataclasses makes them easy to serialise, test and pass between processes.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from kroniek.dates import PartialDate


@dataclass(frozen=True)
class Document:
    """A dated news article as read from disk or stdin.

    ``text`` is exactly the text as given: every evidence offset points into it.
    ``source_name`` and ``line`` say where it was read, for error messages.
    """

    id: str
    text: str
    date: PartialDate | None = None
    title: str = ""
    lang: str = ""
    url: str = ""
    source: str = ""
    source_name: str = ""
    line: int = 0


@dataclass(frozen=True)
class Evidence:
    """A sentence that supports an event, as offsets into its document's text."""

    doc_id: str
    start: int
    end: int
    text: str


@dataclass
class Event:
    """One event: one (type, day, place), in ACLED's columns plus evidence and confidence."""

    event_id: str
    doc_id: str
    event_date: str | None
    time_precision: int
    event_type: str
    sub_event_type: str
    actor1: str = ""
    assoc_actor_1: str = ""
    inter1: int = 0
    actor2: str = ""
    assoc_actor_2: str = ""
    inter2: int = 0
    interaction: int = 0
    country: str = ""
    iso3: str = ""
    admin1: str = ""
    admin2: str = ""
    location: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int = 3
    fatalities: int = 0
    notes: str = ""
    evidence: list[Evidence] = field(default_factory=list)
    confidence: float = 0.5
    language: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        fields = dict(data)
        fields["evidence"] = [Evidence(**e) for e in data.get("evidence", [])]
        return cls(**fields)


@dataclass(frozen=True)
class Timex:
    """A temporal expression with its TIMEX3 type and normalised value."""

    start: int
    end: int
    text: str
    type: str
    value: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


EVENT_COLUMNS: tuple[str, ...] = (
    "event_id",
    "event_date",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "country",
    "iso3",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "notes",
    "fatalities",
    "doc_id",
    "confidence",
    "language",
)
"""Column order for CSV export: ACLED's order for the columns ACLED has, ours after."""
