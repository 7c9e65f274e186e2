"""Remove the boilerplate that scraped news carries, without losing offsets.

Cleaning drops whole lines (captions, "Lees ook", share, cookie and subscription lines,
a repeated title). The cleaned text is the concatenation of the kept lines, and
:meth:`CleanText.to_original` maps any offset in it back into the text as it was given,
so evidence always points into the original document.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from kroniek.resources import load_json


@dataclass
class CleanText:
    """Cleaned text plus the map back to the original."""

    text: str
    _clean_starts: list[int] = field(default_factory=list)
    _orig_starts: list[int] = field(default_factory=list)
    dropped: list[tuple[int, int, str]] = field(default_factory=list)

    def to_original(self, offset: int, *, end: bool = False) -> int:
        """Map an offset in the cleaned text to one in the original text.

        With ``end=True`` the offset is an exclusive end, so a span that ends at a piece
        boundary maps to the end of that piece rather than the start of the next.
        """
        if not self._clean_starts:
            return offset
        probe = offset - 1 if end and offset > 0 else offset
        i = max(bisect.bisect_right(self._clean_starts, probe) - 1, 0)
        return self._orig_starts[i] + (offset - self._clean_starts[i])


@dataclass(frozen=True)
class _Rules:
    any_line: list[tuple[str, re.Pattern[str]]]
    short_line: list[tuple[str, re.Pattern[str]]]
    max_words: int


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    data = load_json("cleaning.json")

    def compile_all(groups: dict[str, list[str]]) -> list[tuple[str, re.Pattern[str]]]:
        return [(kind, re.compile(p, re.IGNORECASE)) for kind, ps in groups.items() for p in ps]

    return _Rules(compile_all(data["any_line"]), compile_all(data["short_line_only"]), data["max_words"])


def boilerplate_kind(line: str) -> str | None:
    """The kind of boilerplate a line is ("caption", "share", ...), or None for content."""
    stripped = line.strip()
    if not stripped:
        return None
    rules = _rules()
    for kind, pattern in rules.any_line:
        if pattern.search(stripped):
            return kind
    if len(stripped.split()) <= rules.max_words:
        for kind, pattern in rules.short_line:
            if pattern.search(stripped):
                return kind
    return None


def _norm(line: str) -> str:
    return re.sub(r"\W+", " ", line).strip().lower()


def clean(text: str) -> CleanText:
    """Drop boilerplate lines and a title printed twice; keep a map to the original offsets."""
    result = CleanText(text="")
    pieces: list[str] = []
    clean_pos = 0
    first_content: str | None = None
    content_lines = 0
    for match in re.finditer(r"[^\n]*\n?", text):
        line = match.group(0)
        if not line:
            continue
        kind = boilerplate_kind(line)
        norm = _norm(line)
        if kind is None and norm:
            content_lines += 1
            if content_lines == 1:
                first_content = norm
            elif content_lines == 2 and norm == first_content:
                kind = "repeated title"  # a scraped title printed twice
        if kind is not None:
            result.dropped.append((match.start(), match.end(), kind))
            continue
        result._clean_starts.append(clean_pos)
        result._orig_starts.append(match.start())
        pieces.append(line)
        clean_pos += len(line)
    result.text = "".join(pieces)
    return result
