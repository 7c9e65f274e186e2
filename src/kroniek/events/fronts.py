"""Front lines with two known sides (``resources/fronts.json``).

An exchange of fire reported along such a front ("the OSCE SMM observed 60 explosions in
both directions of the contact line near Holubivske"), in its country and period, names no
actor; a coder who knows the front knows who fires across it. This module says which
front, if any, such an unattributed event lies on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from kroniek.resources import load_json


@dataclass(frozen=True)
class Front:
    name: str
    cc: str
    start: str  # ISO dates: the period in which the two sides faced each other
    end: str
    sub_event_types: frozenset[str]
    actor1: tuple[str, int]
    actor2: tuple[str, int]
    cues: dict[str, re.Pattern[str]]
    actor2_holds: re.Pattern[str] | None = None  # settlements on actor2's side of the front

    def holds(self, cc: str, sub_event_type: str, date: str | None, evidence: str, lang: str) -> bool:
        cue = self.cues.get(lang)
        return (
            cc == self.cc
            and sub_event_type in self.sub_event_types
            and date is not None
            and self.start <= date <= self.end
            and cue is not None
            and cue.search(evidence) is not None
        )


@cache
def fronts() -> tuple[Front, ...]:
    data: dict[str, Any] = load_json("fronts.json") or {}
    return tuple(
        Front(
            name=f["name"],
            cc=f["cc"],
            start=f["from"],
            end=f["until"],
            sub_event_types=frozenset(f["sub_event_types"]),
            actor1=(f["actor1"][0], int(f["actor1"][1])),
            actor2=(f["actor2"][0], int(f["actor2"][1])),
            cues={
                lang: re.compile(r"\b(?:" + "|".join(re.escape(c) for c in words) + r")\b", re.IGNORECASE)
                for lang, words in f.get("cues", {}).items()
                if words
            },
            actor2_holds=_names(f.get("actor2_holds", [])),
        )
        for f in data.get("fronts", [])
    )


def _names(names: list[str]) -> re.Pattern[str] | None:
    if not names:
        return None
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b(?!-)")


def sides_of(front: Front, evidence: str, named_place: bool) -> tuple[tuple[str, int], tuple[str, int]]:
    """(actor1, actor2) of fire observed along ``front``: shells land where the other side
    is, so fire near a settlement that actor2 held came from actor1, and fire near any
    other named place from actor2. Without a place, the front's own order."""
    if front.actor2_holds is None or not named_place or front.actor2_holds.search(evidence):
        return front.actor1, front.actor2
    return front.actor2, front.actor1


def front_of(cc: str, sub_event_type: str, date: str | None, evidence: str, lang: str) -> Front | None:
    """The front an unattributed exchange of fire lies on, if any."""
    return next((f for f in fronts() if f.holds(cc, sub_event_type, date, evidence, lang)), None)
