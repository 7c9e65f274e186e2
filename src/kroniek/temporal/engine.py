"""A HeidelTime-style rule engine: per-language resource files, one engine.

Each language ships ``resources/<lang>/timex.json``: vocabularies (month names,
weekdays, units ...) and ordered rules whose regexes name what they capture
(``year``, ``month``, ``weekday``, ``num``, ``unit`` ...). The engine finds matches,
keeps the longest of overlapping ones, and :mod:`kroniek.temporal.normalise` turns the
captured groups into TIMEX3 values relative to the publication date (DCT).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from kroniek.dates import PartialDate
from kroniek.numbers import number_pattern, parse_number
from kroniek.resources import load_json
from kroniek.temporal.normalise import Captured, normalise


@dataclass(frozen=True)
class TimexMention:
    """A temporal expression found in a text, with its TIMEX3 type and value.

    ``date`` is the calendar span the value denotes where one is known (for an
    unresolvable weekday it is the DCT's span), and ``resolved`` says whether the value
    is fully specified, so that two mentions can be compared.
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    date: PartialDate | None
    resolved: bool
    rule: str


@dataclass(frozen=True)
class _Rule:
    name: str
    type: str
    regex: re.Pattern[str]
    extra: dict[str, Any]


class TimexTagger:
    """Finds and normalises temporal expressions of one language."""

    def __init__(self, lang: str, config: dict[str, Any]):
        self.lang = lang
        self.vocabulary: dict[str, dict[str, Any]] = {
            name: {k.lower(): v for k, v in words.items()} for name, words in config["vocabulary"].items()
        }
        self.numeric_order: str = config.get("numeric_date_order", "dmy")
        self.rules = [self._compile(rule) for rule in config["rules"]]

    def _compile(self, rule: dict[str, Any]) -> _Rule:
        pattern: str = rule["pattern"]

        def expand(match: re.Match[str]) -> str:
            name = match.group(1)
            if name == "NUMBER":
                return number_pattern(self.lang)
            words = sorted(self.vocabulary[name], key=len, reverse=True)
            return "(?:" + "|".join(re.escape(w) for w in words) + ")"

        expanded = re.sub(r"%([A-Z]+)", expand, pattern)
        extra = {k: v for k, v in rule.items() if k not in {"name", "type", "pattern"}}
        return _Rule(rule["name"], rule["type"], re.compile(expanded, re.IGNORECASE), extra)

    def find(self, text: str, dct: PartialDate | None) -> list[TimexMention]:
        """All temporal expressions in ``text``, normalised relative to ``dct``."""
        candidates: list[tuple[int, int, int, _Rule, re.Match[str]]] = []
        for order, rule in enumerate(self.rules):
            for match in rule.regex.finditer(text):
                if match.end() > match.start():
                    candidates.append((match.start(), match.end(), order, rule, match))
        # Longest first, then the earlier rule; drop anything overlapping a kept match.
        candidates.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
        taken: list[tuple[int, int]] = []
        mentions: list[TimexMention] = []
        for start, end, _, rule, match in candidates:
            if any(start < e and s < end for s, e in taken):
                continue
            mention = self._normalise(rule, match, dct)
            if mention is not None:
                taken.append((start, end))
                mentions.append(mention)
        mentions.sort(key=lambda m: m.start)
        return mentions

    def _normalise(self, rule: _Rule, match: re.Match[str], dct: PartialDate | None) -> TimexMention | None:
        groups = {k: v for k, v in match.groupdict().items() if v is not None}
        captured = Captured(rule=rule.name, type=rule.type, extra=rule.extra)
        vocab = self.vocabulary
        if "year" in groups:
            captured.year = int(groups["year"])
        if "month" in groups:
            month = groups["month"].lower().rstrip(".")
            captured.month = int(month) if month.isdigit() else vocab["MONTH"][month]
        if "day" in groups:
            captured.day = int(groups["day"])
        if "a" in groups and "b" in groups:
            first, second = int(groups["a"]), int(groups["b"])
            captured.day, captured.month = (first, second) if self.numeric_order == "dmy" else (second, first)
        if "weekday" in groups:
            captured.weekday = vocab["WEEKDAY"][groups["weekday"].lower()]
        if "part" in groups:
            captured.part = vocab["DAYPART"][groups["part"].lower()]
        if "relday" in groups:
            captured.relday = vocab["RELDAY"][re.sub(r"\s+", " ", groups["relday"].lower())]
        if "num" in groups:
            captured.num = parse_number(groups["num"], self.lang)
        if "unit" in groups:
            captured.unit = vocab["UNIT"][groups["unit"].lower()]
        if "relunit" in groups:
            captured.unit = vocab["RELUNIT"][groups["relunit"].lower()]
        if "shift" in groups:
            captured.shift = vocab["SHIFT"][groups["shift"].lower()]
        result = normalise(captured, dct)
        if result is None:
            return None
        value, date, resolved = result
        timex_type = "TIME" if "T" in value[4:] and rule.type != "DURATION" else rule.type
        span = str(rule.extra.get("span", 0))  # a rule may report one group as the mention
        group: int | str = int(span) if span.isdigit() else span
        return TimexMention(
            start=match.start(group),
            end=match.end(group),
            text=match.group(group),
            type=timex_type,
            value=value,
            date=date,
            resolved=resolved,
            rule=rule.name,
        )


@cache
def tagger_for(lang: str) -> TimexTagger | None:
    """The tagger for a language, or None when it ships no ``timex.json``."""
    config = load_json("timex.json", lang)
    return TimexTagger(lang, config) if config else None
