"""Dates with a precision: publication dates (DCT) and event dates.

A publication date such as ``2022-01`` is only known to the month. kroniek keeps that
precision and never silently widens it to a day. Precision codes follow ACLED's
``time_precision``: 1 day, 2 week, 3 month, plus our 4 for a year.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

DAY, WEEK, MONTH, YEAR = 1, 2, 3, 4

_DATE_RE = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ][0-9:.]+(?:Z|[+-][0-9:]+)?)?\s*$")


@dataclass(frozen=True, order=True)
class PartialDate:
    """A calendar date known to the day, the month or the year."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.year <= 9999:
            raise ValueError(f"impossible year {self.year}")
        if self.month is None and self.day is not None:
            raise ValueError("a day needs a month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"impossible month {self.month} in {self.year}")
        if self.day is not None:
            assert self.month is not None
            dt.date(self.year, self.month, self.day)  # raises ValueError for 2021-02-30

    @property
    def precision(self) -> int:
        if self.day is not None:
            return DAY
        return MONTH if self.month is not None else YEAR

    @classmethod
    def parse(cls, value: str) -> PartialDate:
        """Parse ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or an ISO datetime.

        Raises ``ValueError`` with a message that says what is wrong.
        """
        match = _DATE_RE.match(value)
        if not match:
            raise ValueError(f"not a date: {value!r} (expected YYYY, YYYY-MM or YYYY-MM-DD)")
        year, month, day = (int(g) if g else None for g in match.groups())
        assert year is not None
        try:
            return cls(year, month, day)
        except ValueError as exc:
            raise ValueError(f"impossible date {value!r}: {exc}") from None

    @classmethod
    def from_date(cls, date: dt.date) -> PartialDate:
        return cls(date.year, date.month, date.day)

    def iso(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date:
        if self.day is not None:
            return self.first_day()
        if self.month is None:
            return dt.date(self.year, 12, 31)
        nxt = dt.date(self.year + self.month // 12, self.month % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)

    def contains(self, other: PartialDate) -> bool:
        """True when ``other`` lies within this date's span."""
        return self.first_day() <= other.first_day() and other.last_day() <= self.last_day()

    def midpoint(self) -> dt.date:
        """ACLED's convention: the middle of the month (15th) or of the year (1 July)."""
        if self.day is not None:
            return self.first_day()
        if self.month is None:
            return dt.date(self.year, 7, 1)
        return dt.date(self.year, self.month, 15)

    def __str__(self) -> str:
        return self.iso()


def week_midpoint(day_in_week: dt.date) -> dt.date:
    """The Thursday of the ISO week (Monday to Sunday) that holds ``day_in_week``."""
    return day_in_week + dt.timedelta(days=3 - day_in_week.weekday())
