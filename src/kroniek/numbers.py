"""Numbers written as digits or words, per language (``resources/<lang>/numbers.json``)."""

from __future__ import annotations

import re
from functools import cache

from kroniek.resources import load_json


@cache
def number_words(lang: str) -> dict[str, int]:
    data = load_json("numbers.json", lang) or {}
    return {k.lower(): int(v) for k, v in data.get("words", {}).items()}


@cache
def number_pattern(lang: str) -> str:
    """A regex alternation for a count: digits (with thousands separators) or a word."""
    words = sorted(number_words(lang), key=len, reverse=True)
    alternatives = [r"\d{1,3}(?:[.,]\d{3})+(?!\d)", r"\d+"] + [re.escape(w) for w in words]
    return "(?:" + "|".join(alternatives) + ")"


def parse_number(text: str, lang: str) -> int | None:
    """``"2.500"`` and ``"2,500"`` are 2500; ``"twee"`` is 2; None if it isn't a count."""
    cleaned = text.strip().lower()
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", cleaned):
        return int(re.sub(r"[.,]", "", cleaned))
    if cleaned.isdigit():
        return int(cleaned)
    return number_words(lang).get(re.sub(r"\s+", " ", cleaned))
