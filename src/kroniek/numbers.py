"""Numbers written as digits or words, per language (``resources/<lang>/numbers.json``).

Words are listed up to 99 ("tweeënveertig", "forty-two"); larger counts are built from them
and the language's multipliers ("vijfhonderd", "tweeduizend", "honderdvijftig", "two hundred
and fifty", "thirty thousand")."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from kroniek.resources import load_json


@cache
def _config(lang: str) -> dict[str, Any]:
    return load_json("numbers.json", lang) or {}


@cache
def number_words(lang: str) -> dict[str, int]:
    return {k.lower(): int(v) for k, v in _config(lang).get("words", {}).items()}


@cache
def _multipliers(lang: str) -> dict[str, int]:
    return {k.lower(): int(v) for k, v in _config(lang).get("multipliers", {}).items()}


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _compound_pattern(lang: str) -> str:
    """A regex for a count built with multipliers, or "" where the language has none: around
    each multiplier, a smaller count before it and one after it ("tweeduizend vijfhonderd",
    "two hundred and fifty")."""
    config, multipliers = _config(lang), _multipliers(lang)
    if not multipliers:
        return ""
    vague = {w.lower() for w in config.get("vague", [])}
    exact = [w for w, n in number_words(lang).items() if n < 100 and w not in vague]
    articles = {w.lower() for w in config.get("articles", [])}  # "a hundred", not "hundred a day"
    units = "(?:" + _alternation(exact) + ")"
    tail = "(?:" + _alternation([w for w in exact if w not in articles]) + ")"
    before, after = config.get("multiplier_before", r"\s*"), config.get("multiplier_after", r"\s*")
    levels, smaller, following = [], units, tail
    for word in sorted(multipliers, key=multipliers.__getitem__):
        level = f"(?:{smaller}{before})?{re.escape(word)}(?:{after}{following})?"
        levels.append(level)
        smaller, following = f"(?:{level}|{units})", f"(?:{level}|{tail})"
    return "|".join(f"(?:{level})(?!\\w)" for level in reversed(levels))  # not "honderd" of "honderden"


@cache
def number_pattern(lang: str) -> str:
    """A regex alternation for a count: digits (with thousands separators) or words."""
    words = sorted(number_words(lang), key=len, reverse=True)
    compound = _compound_pattern(lang)
    alternatives = [r"\d{1,3}(?:[.,]\d{3})+(?!\d)", r"\d+"] + ([compound] if compound else [])
    alternatives += [re.escape(w) for w in words]
    return "(?:" + "|".join(alternatives) + ")"


def parse_number(text: str, lang: str) -> int | None:
    """``"2.500"`` and ``"2,500"`` are 2500; ``"twee"`` is 2; ``"vijfhonderd"`` 500; None if
    it isn't a count."""
    cleaned = re.sub(r"\s+", " ", text.strip().lower())
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", cleaned):
        return int(re.sub(r"[.,]", "", cleaned))
    if cleaned.isdigit():
        return int(cleaned)
    found = number_words(lang).get(cleaned)
    return found if found is not None else _compound(cleaned, lang)


def _compound(text: str, lang: str) -> int | None:
    """ "tweeduizend vijfhonderd": the largest multiplier in it, times the count before it,
    plus the count after it."""
    multipliers = _multipliers(lang)
    joints = _config(lang).get("multiplier_joints", [])
    for word in sorted(multipliers, key=multipliers.__getitem__, reverse=True):
        at = text.find(word)
        if at < 0:
            continue
        left, right = text[:at].strip(" -"), text[at + len(word) :].strip(" -")
        if joints:
            right = re.sub(rf"^(?:{_alternation(joints)})\b\s*", "", right)
        factor = _count_below(left, lang, multipliers[word]) if left else 1
        rest = _count_below(right, lang, multipliers[word]) if right else 0
        if factor is None or rest is None:
            return None
        return factor * multipliers[word] + rest
    return None


def _count_below(text: str, lang: str, limit: int) -> int | None:
    """A count smaller than ``limit`` (the part around a multiplier), or None."""
    vague = {w.lower() for w in _config(lang).get("vague", [])}
    if text in vague:
        return None
    value = number_words(lang).get(text)
    if value is None:
        value = _compound(text, lang)
    return value if value is not None and 0 < value < limit else None
