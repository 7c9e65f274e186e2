"""A HeidelTime-style rule engine: per-language resource files, one engine.

Each language ships ``resources/<lang>/timex.json``: vocabularies (month names,
weekdays, units ...), tense cues, and ordered rules whose regexes name what they
capture (``year``, ``month``, ``weekday``, ``num``, ``unit`` ...). ``%NAME`` in a
pattern stands for the alternation of vocabulary NAME (``%NUMBER``: any count). The
engine finds matches, keeps the longest of overlapping ones, and
:mod:`kroniek.temporal.normalise` turns the captured groups into TIMEX3 values
relative to the publication date (DCT) and the tense of the sentence.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from kroniek.dates import PartialDate
from kroniek.numbers import number_pattern, parse_number
from kroniek.pipeline.sentences import sentence_starts
from kroniek.resources import load_json
from kroniek.temporal.normalise import Captured, normalise

# Captured group → (vocabulary, attribute of Captured) for the plain look-ups.
_LOOKUPS = {
    "weekday": ("WEEKDAY", "weekday"),
    "part": ("DAYPART", "part"),
    "relday": ("RELDAY", "relday"),
    "unit": ("UNIT", "unit"),
    "relunit": ("RELUNIT", "unit"),
    "ref": ("REF", "ref"),
    "season": ("SEASON", "season"),
    "ordinal": ("ORDINAL", "quarter"),
    "feast": ("FEAST", "feast"),
    "setword": ("SETWORD", "set_value"),
}
_EXTRA_SHIFTS = {"latest": -1, "recent": -1, "current": 0}


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
        self.capitalized: list[str] = config.get("capitalized_groups", [])
        # Dutch writes weekdays and months in lower case: "Zondag" mid-sentence is a name.
        self.lowercase: list[str] = config.get("lowercase_groups", [])
        # Without a tense cue, is "Donderdag" the coming Thursday (nl) or the last (en)?
        self.weekday_default_tense: str = config.get("weekday_default_tense", "past")
        # "de afgelopen maanden": a plural unit without a number is a vague amount (PXM).
        self.plural_units = {u.lower() for u in config.get("plural_units", [])}
        # TIMEX3 allows "2022-01-04TMO"; TimeBank's English annotations mostly leave it out.
        self.daypart_suffix: bool = config.get("daypart_suffix", True)
        tense = config.get("tense", {})
        self.future_cues = [re.compile(p, re.IGNORECASE) for p in tense.get("future", [])]
        self.past_cues = [re.compile(p, re.IGNORECASE) for p in tense.get("past", [])]
        # In a sentence about quarterly results, "a year ago" means that quarter a year ago.
        context = config.get("quarter_context")
        self.quarter_context = re.compile(context, re.IGNORECASE) if context else None
        self.rules = [self._compile(rule) for rule in config["rules"]]

    def _compile(self, rule: dict[str, Any]) -> _Rule:
        def expand(match: re.Match[str]) -> str:
            name = match.group(1)
            if name == "NUMBER":
                return number_pattern(self.lang)
            words = sorted(self.vocabulary[name], key=len, reverse=True)
            return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + ")"

        expanded = re.sub(r"%([A-Z]+)", expand, rule["pattern"])
        extra = {k: v for k, v in rule.items() if k not in {"name", "type", "pattern"}}
        return _Rule(rule["name"], rule["type"], re.compile(expanded, re.IGNORECASE), extra)

    def tense_of(self, sentence: str) -> str | None:
        """ "future" if the sentence has a future cue, else "past" if it has a past one."""
        if any(p.search(sentence) for p in self.future_cues):
            return "future"
        if any(p.search(sentence) for p in self.past_cues):
            return "past"
        return None

    def find(self, text: str, dct: PartialDate | None) -> list[TimexMention]:
        """All temporal expressions in ``text``, normalised relative to ``dct``."""
        candidates: list[tuple[int, int, int, _Rule, re.Match[str]]] = []
        for order, rule in enumerate(self.rules):
            for match in rule.regex.finditer(text):
                if match.end() > match.start():
                    candidates.append((match.start(), match.end(), order, rule, match))
        # Longest first, then the earlier rule; drop anything overlapping a kept match.
        candidates.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
        bounds = sentence_starts(text, self.lang) or [0]
        tenses: dict[int, str | None] = {}
        quarterly: dict[int, bool] = {}
        taken: list[tuple[int, int]] = []
        mentions: list[TimexMention] = []
        for start, end, _, rule, match in candidates:
            if any(start < e and s < end for s, e in taken):
                continue
            index = max(bisect.bisect_right(bounds, start) - 1, 0)
            if index not in tenses:
                stop = bounds[index + 1] if index + 1 < len(bounds) else len(text)
                sentence = text[bounds[index] : stop]
                tenses[index] = self.tense_of(sentence)
                quarterly[index] = bool(self.quarter_context and self.quarter_context.search(sentence))
            tense = self.tense_of(_clause(text, start, end)) or tenses[index]
            mention = self._normalise(rule, match, dct, tense, quarterly[index])
            if mention is not None:
                taken.append((start, end))
                mentions.append(mention)
        mentions.sort(key=lambda m: m.start)
        return self._clock_days(mentions, bounds)

    def _clock_days(self, mentions: list[TimexMention], bounds: list[int]) -> list[TimexMention]:
        """A clock time takes the day named in its sentence: "morgen ... om 20.00 uur"."""
        rules = {r.name for r in self.rules if r.extra.get("day_from_sentence")}
        result = []
        for mention in mentions:
            if mention.rule in rules and "T" in mention.value:
                index = bisect.bisect_right(bounds, mention.start) - 1
                lo = bounds[index] if index >= 0 else 0
                hi = bounds[index + 1] if index + 1 < len(bounds) else 1 << 60
                days = [
                    m
                    for m in mentions
                    if lo <= m.start < hi
                    and m.resolved
                    and m.date
                    and m.date.precision == 1
                    and m is not mention
                ]
                if days:
                    day = min(days, key=lambda m: abs(m.start - mention.start))
                    assert day.date is not None
                    value = day.date.iso() + mention.value[mention.value.index("T") :]
                    mention = replace(mention, value=value, date=day.date, resolved=True)
            result.append(mention)
        return result

    def _word(self, vocabulary: str, text: str) -> Any:
        key = re.sub(r"\s+", " ", text.lower())
        words = self.vocabulary[vocabulary]
        return words[key] if key in words else words[key.rstrip(".")]

    def _capture(self, rule: _Rule, groups: dict[str, str], tense: str | None) -> Captured | None:
        c = Captured(rule=rule.name, type=rule.type, extra=dict(rule.extra), tense=tense)
        for group, (vocabulary, attribute) in _LOOKUPS.items():
            if group in groups:
                setattr(c, attribute, self._word(vocabulary, groups[group]))
        if "year" in groups:
            c.year = int(groups["year"])
        if "month" in groups:
            month = groups["month"].lower().rstrip(".")
            c.month = int(month) if month.isdigit() else self.vocabulary["MONTH"][month]
        if "day" in groups:
            c.day = int(groups["day"])
        if "a" in groups and "b" in groups:
            first, second = int(groups["a"]), int(groups["b"])
            c.day, c.month = (first, second) if self.numeric_order == "dmy" else (second, first)
        if "relpart" in groups:
            c.relday, c.part = self._word("RELPART", groups["relpart"])
        if "num" in groups:
            c.num = parse_number(groups["num"], self.lang)
            if c.num is None:
                return None
        if "frac" in groups:
            c.frac = float(self._word("FRACTION", groups["frac"]))
        if "num2" in groups and "unit2" in groups:
            c.second = (parse_number(groups["num2"], self.lang) or 0, self._word("UNIT", groups["unit2"]))
        if "weekshift" in groups:
            c.week_shift = self.vocabulary["SHIFT"].get(groups["weekshift"].lower(), 0)
        if "century" in groups:
            c.century = int(groups["century"]) - 1
        if c.weekday is not None and c.tense is None:
            c.tense = self.weekday_default_tense
        vague_words = self.vocabulary.get("VAGUE", {})
        c.vague = "vague" in groups or bool(rule.extra.get("vague_amount"))
        c.vague = c.vague or re.sub(r"\s+", " ", groups.get("num", "").lower()) in vague_words
        c.vague = c.vague or ("num" not in groups and groups.get("unit", "").lower() in self.plural_units)
        if "shift" in groups:
            shift = re.sub(r"\s+", " ", groups["shift"].lower())
            c.shift = self.vocabulary["SHIFT"].get(shift, _EXTRA_SHIFTS.get(shift, 0))
        if "decade_year" in groups:
            c.decade = int(groups["decade_year"])
        if "decade" in groups:
            c.decade = 190 + int(self._word("DECADE", groups["decade"]))
        if "hour" in groups:
            c.hour = int(groups["hour"])
            c.minute = int(groups["minute"]) if "minute" in groups else None
            if "ampm" in groups:
                c.extra["ampm"] = self._word("AMPM", groups["ampm"])
        if not self.daypart_suffix:
            c.part = None
        return c

    def _normalise(
        self,
        rule: _Rule,
        match: re.Match[str],
        dct: PartialDate | None,
        tense: str | None,
        quarterly: bool = False,
    ) -> TimexMention | None:
        groups: dict[str, str] = {}
        for key, value in match.groupdict().items():  # "month2" is a second way to write "month"
            if value is not None:
                groups[key] = value
                if key.endswith("2") and key[:-1] not in groups:
                    groups[key[:-1]] = value
        if any(g in groups and groups[g][:1].islower() for g in self.capitalized):
            return None  # "may" the verb, not "May" the month
        capitalized = any(g in groups and groups[g][:1].isupper() for g in self.lowercase)
        if capitalized and not _sentence_start(match.string, match.start()):
            return None  # "Jolanda Zondag", "Werken van Morgen"
        captured = self._capture(rule, groups, tense)
        if captured is not None and quarterly:
            captured.extra["quarterly"] = True
        result = normalise(captured, dct) if captured else None
        if result is None:
            return None
        value, date, resolved = result
        timex_type = "TIME" if "T" in value[4:] and rule.type == "DATE" else rule.type
        span = str(rule.extra.get("span", 0))  # a rule may report one group as the mention
        group: int | str = int(span) if span.isdigit() else span
        if isinstance(group, str) and match.group(group) is None:
            group = group + "2"
        start = match.start(str(rule.extra["span_from"])) if "span_from" in rule.extra else match.start(group)
        end = match.end(group)
        if match.string[end - 1 : end] == "." and re.search(r"[^\W\d]{5,}\.$", match.string[start:end]):
            end -= 1  # "1 april." ends a sentence; "1 sept." is an abbreviation
        return TimexMention(start, end, match.string[start:end], timex_type, value, date, resolved, rule.name)


_CLAUSE_BREAK = re.compile(
    r"[,;:()\"“”\n]|\s[-–]\s|\b(?:and|but|while|when|after|before|en|maar|terwijl|toen|nadat|voordat)\b"
)


def _clause(text: str, start: int, end: int, reach: int = 120) -> str:
    """The clause around a match: up to the nearest punctuation or conjunction each side."""
    left = text[max(0, start - reach) : start]
    breaks = list(_CLAUSE_BREAK.finditer(left))
    lo = start - len(left) + (breaks[-1].end() if breaks else 0)
    right = text[end : end + reach]
    found = _CLAUSE_BREAK.search(right)
    hi = end + (found.start() if found else len(right))
    return text[lo:hi]


def _sentence_start(text: str, position: int) -> bool:
    """Is ``position`` the first word of a sentence (after quotes or a line break)?"""
    before = text[max(0, position - 20) : position].rstrip(" \t\"'“‘„,")
    return not before or before[-1] in ".!?:\n"


@cache
def tagger_for(lang: str) -> TimexTagger | None:
    """The tagger for a language, or None when it ships no ``timex.json``."""
    config = load_json("timex.json", lang)
    return TimexTagger(lang, config) if config else None
