"""Named actors: armed groups and state forces that news names ("Houthi forces", "Boko
Haram", "de Taliban"), from ``resources/<lang>/actors.json``.

Each known actor carries the country where it mainly operates. An actor is weak evidence
of an event's country, as a demonym is: it counts when the text names no place
("Houthi forces shelled residential areas ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from kroniek.geo.countries import CountryMention
from kroniek.resources import load_json


@dataclass(frozen=True)
class Actor:
    acled: str  # ACLED's name for the actor
    cc: str  # alpha-2 of the country it mainly operates in; "" for many
    inter: int  # ACLED's interaction code


@dataclass(frozen=True)
class ActorMention:
    start: int
    end: int
    text: str
    actor: Actor


class ActorFinder:
    """Matches actor names case-sensitively on word boundaries, longest name first."""

    def __init__(self, lang: str):
        data: dict[str, Any] = load_json("actors.json", lang) or {}
        self._actors: dict[str, Actor] = {}
        for row in data.get("actors", []):
            actor = Actor(row["acled"], row.get("cc", ""), int(row.get("inter", 0)))
            for name in row["names"]:
                self._actors.setdefault(name, actor)
        names = sorted(self._actors, key=len, reverse=True)
        self._folded = {n.lower(): n for n in names if not _acronym(n)}
        # Acronyms match as written ("IS", "SDF"); other names in any case ("Al shabaab").
        # "pro-Houthi forces" are the Houthis' side; "anti-Houthi" ones are not.
        start = r"(?:(?<=\bpro-)|(?<![\w-]))"
        acronyms = [re.escape(n) for n in names if _acronym(n)]
        words = [re.escape(n) for n in names if not _acronym(n)]
        parts = []
        if acronyms:
            parts.append("(?-i:" + "|".join(acronyms) + ")")
        if words:
            parts.append("|".join(words))
        self._regex = (
            re.compile(start + "(" + "|".join(parts) + r")(?![\w])", re.IGNORECASE) if parts else None
        )

    def find(self, text: str) -> list[ActorMention]:
        if self._regex is None:
            return []
        found = []
        for m in self._regex.finditer(text):
            name = m.group(1)
            actor = self._actors.get(name) or self._actors.get(self._folded.get(name.lower(), ""))
            if actor is not None:
                found.append(ActorMention(m.start(), m.end(), name, actor))
        return found

    def country_mentions(self, text: str) -> list[CountryMention]:
        """Weak country evidence from the actors named (those of one country only)."""
        return [
            CountryMention(a.start, a.end, a.text, a.actor.cc, False) for a in self.find(text) if a.actor.cc
        ]


def _acronym(name: str) -> bool:
    return name.isupper() and len(name) <= 6


@cache
def actor_finder_for(lang: str) -> ActorFinder:
    return ActorFinder(lang)
