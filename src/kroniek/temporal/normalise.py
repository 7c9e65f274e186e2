"""Turn what a rule captured into a TIMEX3 value, relative to the DCT and its precision.

Without a tense model, weekdays and dates without a year take the reading that lies
on or before the publication date: news mostly reports what has happened. When the DCT
is only known to the month or year, a weekday cannot be placed on a day; it gets an
underspecified value (``XXXX-WXX-2``) and the DCT's span, never an invented day.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from kroniek.dates import DAY, MONTH, PartialDate

Normalised = tuple[str, PartialDate | None, bool]


@dataclass
class Captured:
    """The parts a rule captured, in normalised form."""

    rule: str
    type: str
    extra: dict[str, Any] = field(default_factory=dict)
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    part: str | None = None
    relday: int | None = None
    num: int | None = None
    unit: str | None = None
    shift: int | None = None


def _shift_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _explicit(c: Captured, dct: PartialDate | None) -> Normalised | None:
    year = c.year
    if year is None:
        if dct is None:
            if c.day is not None and c.month is not None:
                return f"XXXX-{c.month:02d}-{c.day:02d}", None, False
            return (f"XXXX-{c.month:02d}", None, False) if c.month else None
        year = dct.year
        # Past bias: a bare "9 december" in January 2022 is 2021-12-09.
        if c.month is not None and dct.month is not None and c.month > dct.month:
            year -= 1
    try:
        date = PartialDate(year, c.month, c.day)
    except ValueError:
        return None
    return date.iso(), date, True


def _weekday(c: Captured, dct: PartialDate | None) -> Normalised:
    assert c.weekday is not None
    suffix = f"T{c.part}" if c.part else ""
    if dct is None or dct.precision != DAY:
        return f"XXXX-WXX-{c.weekday}{suffix}", dct, False
    anchor = dct.first_day()
    back = (anchor.isoweekday() - c.weekday) % 7
    day = anchor - dt.timedelta(days=back)
    return day.isoformat() + suffix, PartialDate.from_date(day), True


def _relative_day(c: Captured, dct: PartialDate | None) -> Normalised:
    assert c.relday is not None
    if dct is None or dct.precision != DAY:
        return ("PRESENT_REF" if c.relday == 0 else "XXXX-XX-XX"), dct, False
    day = dct.first_day() + dt.timedelta(days=c.relday)
    return day.isoformat(), PartialDate.from_date(day), True


def _offset(c: Captured, dct: PartialDate | None, delta: int) -> Normalised | None:
    """A date ``delta`` units away from the DCT, no more precise than the DCT allows."""
    unit = c.unit
    if dct is None:
        return ("PAST_REF" if delta < 0 else "FUTURE_REF"), None, False
    if unit in ("Y", "DE", "CE"):
        years = delta * {"Y": 1, "DE": 10, "CE": 100}[unit]
        date = PartialDate(dct.year + years)
        return date.iso(), date, True
    if unit == "M" or (unit in ("W", "D") and dct.precision == MONTH):
        if dct.month is None:
            date = PartialDate(dct.year)
            return date.iso(), date, False
        months = delta if unit == "M" else 0
        year, month = _shift_months(dct.year, dct.month, months)
        date = PartialDate(year, month)
        return date.iso(), date, unit == "M"
    if dct.precision != DAY or unit not in ("W", "D"):
        return ("PAST_REF" if delta < 0 else "FUTURE_REF"), dct, False
    anchor = dct.first_day()
    if unit == "W":
        day = anchor + dt.timedelta(weeks=delta)
        iso = day.isocalendar()
        return f"{iso.year}-W{iso.week:02d}", PartialDate(day.year, day.month), True
    day = anchor + dt.timedelta(days=delta)
    return day.isoformat(), PartialDate.from_date(day), True


def _duration(c: Captured) -> Normalised | None:
    if c.extra.get("value"):
        return str(c.extra["value"]), None, False
    if c.num is None or c.unit is None:
        return None
    if c.unit in ("H", "MIN"):
        return f"PT{c.num}{'M' if c.unit == 'MIN' else 'H'}", None, True
    if c.unit in ("DE", "CE"):
        return f"P{c.num * (10 if c.unit == 'DE' else 100)}Y", None, True
    return f"P{c.num}{c.unit}", None, True


def normalise(c: Captured, dct: PartialDate | None) -> Normalised | None:
    """(TIMEX3 value, calendar span or None, fully resolved?) or None to drop the match."""
    if c.type == "DURATION":
        return _duration(c)
    if c.weekday is not None:
        return _weekday(c, dct)
    if c.relday is not None:
        return _relative_day(c, dct)
    if c.num is not None and c.unit is not None:
        return _offset(c, dct, c.num * int(c.extra.get("direction", -1)))
    if c.shift is not None and c.unit is not None:
        return _offset(c, dct, c.shift)
    if c.year is not None or c.month is not None:
        return _explicit(c, dct)
    return None
