"""A wire report's dateline and sign-off: where and when it was filed, not where or when
the events it tells happened.

"ANKARA 1996-08-26 Heavy fighting broke out ... in northern Iraq" was filed in Ankara on
the 26th; the fighting was in Iraq at midnight on Sunday. A newsroom's sign-off ("--
Wellington newsroom 64 4 473-4746") names a city that no event of the report is in. The
patterns are in ``resources/cleaning.json`` (``report_marks``), for every language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kroniek.resources import load_json


@dataclass(frozen=True)
class _Marks:
    dateline: re.Pattern[str] | None
    sign_off: re.Pattern[str] | None


@cache
def _marks() -> _Marks:
    config = (load_json("cleaning.json") or {}).get("report_marks", {})
    agencies = "|".join(re.escape(a) for a in config.get("agencies", [])) or "(?!)"
    dateline = config.get("dateline")
    sign_off = config.get("sign_off")
    return _Marks(
        re.compile(dateline.replace("%AGENCIES", agencies)) if dateline else None,
        re.compile(sign_off) if sign_off else None,
    )


def report_marks(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` that tell where and when the report was filed: its dateline
    (a place in capitals with a date, an agency or a dash after it) and its sign-off."""
    marks = _marks()
    spans = []
    if marks.dateline is not None:
        head = marks.dateline.match(text)
        if head:
            spans.append((head.start("place"), head.end()))
    if marks.sign_off is not None:
        tail = marks.sign_off.search(text, max(0, len(text) - 200))
        if tail:
            spans.append((tail.start(), tail.end()))
    return spans


def filed_from(text: str) -> tuple[int, int] | None:
    """The span of the place a report was filed from ("ISTANBUL - De autobom ..."), if its
    text opens with a dateline."""
    marks = _marks()
    head = marks.dateline.match(text) if marks.dateline is not None else None
    return (head.start("place"), head.end("place")) if head else None


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Does ``[start, end)`` lie within one of ``spans``?"""
    return any(a <= start and end <= b for a, b in spans)
