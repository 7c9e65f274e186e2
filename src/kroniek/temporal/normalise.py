"""Turn what a rule captured into a TIMEX3 value, relative to the DCT and its precision.

The tense of the sentence decides whether a weekday or a date without a year lies
before the publication date (past), after it (future) or, when the tense is unknown,
whichever is nearer (weekdays then default to the past: news reports what happened).
When the DCT is only known to the month or year, a weekday cannot be placed on a day;
it gets an underspecified value (``XXXX-WXX-2``) and the DCT's span, never an invented
day.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from kroniek.dates import DAY, MONTH, PartialDate
from kroniek.resources import load_json
from kroniek.temporal.calendars import (
    chinese_new_year,
    full_moon,
    hanukkah,
    julian_to_gregorian,
    orthodox_easter,
    passover,
    rosh_hashanah,
    season_start,
    solar_eclipse,
)

Normalised = tuple[str, PartialDate | None, bool]


@dataclass
class Captured:
    """The parts a rule captured, in normalised form."""

    rule: str
    type: str
    extra: dict[str, Any] = field(default_factory=dict)
    tense: str | None = None  # "past", "future" or None
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    part: str | None = None
    relday: int | None = None
    num: int | None = None
    vague: bool = False
    unit: str | None = None
    shift: int | None = None
    ref: str | None = None
    season: str | None = None
    quarter: int | None = None
    decade: int | None = None  # e.g. 198 for the 1980s
    feast: str | None = None
    hour: int | None = None
    minute: int | None = None
    set_value: str | None = None
    frac: float | None = None  # "anderhalf jaar"
    second: tuple[int, str] | None = None  # "drie jaar en negen maanden": (9, "M")
    week_shift: int | None = None  # "vorige week maandag"
    century: int | None = None  # "de 21ste eeuw": 20


def easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month, day = divmod(h + m - 7 * n + 114, 31)
    return dt.date(year, month, day + 1)


_MOVABLE = {
    "easter": easter,
    "oeaster": orthodox_easter,
    "cny": chinese_new_year,
    "rosh": rosh_hashanah,
    "pesach": passover,
    "hanukkah": hanukkah,
}
WEEKDAY_CODES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # of a feast rule ("11-thu4"), ISO order
_WEEKEND_MOVE = re.compile(rf"({'|'.join(WEEKDAY_CODES)})([+-]\d+)")  # "04-27!sun-1"


def fixture(name: str, year: int) -> dt.date:
    """The day of a one-off fixture of ``year`` that ``fixed_days.json`` knows ("wcf": the
    World Cup final); ValueError where that year had none."""
    days = (load_json("fixed_days.json") or {}).get("fixtures", {}).get(name, {})
    if str(year) not in days:
        raise ValueError(f"no {name} in {year}")
    month, day = days[str(year)].split("-")
    return dt.date(year, int(month), int(day))


def palindrome_day(year: int, month: int) -> dt.date:
    """The day of ``month`` whose eight digits read the same backwards ("vandaag, op een
    palindroomdatum": 02-02-2020): the year's digits reversed give day and month, or month
    and day (the American and ISO orders); ValueError where neither falls in ``month``."""
    mirror = f"{year:04d}"[::-1]
    for day_text, month_text in ((mirror[:2], mirror[2:]), (mirror[2:], mirror[:2])):
        if int(month_text) == month:
            return dt.date(year, month, int(day_text))
    raise ValueError(f"no palindrome date in {year}-{month:02d}")


def _month_end(year: int, month: int) -> dt.date:
    """The last day of the month (feast codes ``05-monL`` and ``02-E1`` count back from it)."""
    return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)


def feast_date(rule: str, year: int) -> dt.date:
    """``12-25``, ``easter+39`` or ``11-thu4`` (4th Thursday), ``05-monL`` (last Monday), ``02-E1``
    (the day before February's last), ``11-27>sun`` (the first Sunday on or after 27 November),
    ``12-sol`` (the December solstice), ``J12-25`` (25 December of the Julian calendar),
    ``oeaster+0`` (Orthodox Easter), ``cny+0`` (the Chinese New Year), ``rosh+9`` (Yom Kippur),
    ``pesach+0``, ``hanukkah+0`` (the Hebrew calendar), ``W45-5`` (Friday of ISO week 45),
    ``08-wdL`` (August's last weekday, Monday to Friday), ``02-ecl`` (February's eclipse of the
    sun), ``02-pal`` (February's palindrome date), ``02-full`` (its full moon), ``wcf+0`` (a
    fixture of ``fixed_days.json``), ``D1941-12-07`` (a one-off day of history, whatever the
    year); a shift of days may follow (``11-mon1+1``, ``01-01+204``), and after ``!`` a move
    where the day falls on a weekday (``04-27!sun-1``: King's Day, a day early on a Sunday).
    ValueError where the year has no such day."""
    rule, _, move = rule.partition("!")
    day = _feast_date(rule, year)
    moved = _WEEKEND_MOVE.fullmatch(move)
    if moved and day.weekday() == WEEKDAY_CODES.index(moved.group(1)):
        return day + dt.timedelta(days=int(moved.group(2)))
    return day


def _feast_date(rule: str, year: int) -> dt.date:
    if rule.startswith("D"):
        return dt.date.fromisoformat(rule[1:])
    found = re.fullmatch(r"(o?easter|cny|rosh|pesach|hanukkah)([+-]\d+)", rule)
    if found:
        base = _MOVABLE[found.group(1)](year)
        return base + dt.timedelta(days=int(found.group(2)))
    found = re.fullmatch(r"([a-z]+)([+-]\d+)", rule)
    if found:
        return fixture(found.group(1), year) + dt.timedelta(days=int(found.group(2)))
    found = re.fullmatch(r"W(\d\d)-([1-7])", rule)
    if found:  # counted from week 1, so that a week 53 the year lacks is next year's first
        first = dt.date.fromisocalendar(year, 1, int(found.group(2)))
        return first + dt.timedelta(weeks=int(found.group(1)) - 1)
    found = re.fullmatch(r"(J?)(\d\d)-([^+-]+)([+-]\d+)?", rule)
    if not found:
        raise ValueError(f"not a feast rule: {rule!r}")
    julian, month, day_text = bool(found.group(1)), int(found.group(2)), found.group(3)
    return _feast_day(year, month, day_text, julian) + dt.timedelta(days=int(found.group(4) or 0))


def _feast_day(year: int, month: int, day_text: str, julian: bool) -> dt.date:
    """The day a feast rule's day part names in ``month`` of ``year``, before any shift."""
    if julian:
        return julian_to_gregorian(year, month, int(day_text))
    if day_text.isdigit():
        return dt.date(year, month, int(day_text))
    if day_text.startswith("E"):
        return _month_end(year, month) - dt.timedelta(days=int(day_text[1:]))
    if day_text in ("sol", "equ"):
        return season_start(year, month)
    if day_text == "ecl":
        eclipse = solar_eclipse(year, month)
        if eclipse is None:
            raise ValueError(f"no eclipse of the sun in {year}-{month:02d}")
        return eclipse
    if day_text == "pal":
        return palindrome_day(year, month)
    if day_text == "full":
        return full_moon(year, month)
    if day_text.startswith("wd"):  # a weekday, Monday to Friday: the n-th or the last
        return _working_day(year, month, day_text[2:])
    if ">" in day_text:  # the first such weekday on or after a day
        first_day, code = day_text.split(">")
        start = dt.date(year, month, int(first_day))
        return start + dt.timedelta(days=(WEEKDAY_CODES.index(code) - start.weekday()) % 7)
    weekday = WEEKDAY_CODES.index(day_text[:3])
    if day_text[3] == "L":
        last = _month_end(year, month)
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (int(day_text[3]) - 1))


def _working_day(year: int, month: int, which: str) -> dt.date:
    """ "de laatste doordeweekse dag van de maand", "the first weekday of March"."""
    if which == "L":
        day = _month_end(year, month)
        return day - dt.timedelta(days=max(0, day.weekday() - 4))
    day = dt.date(year, month, 1)
    for _ in range(int(which)):
        day += dt.timedelta(days=0 if day.weekday() < 5 else 7 - day.weekday())
        found, day = day, day + dt.timedelta(days=1)
    if found.month != month:
        raise ValueError(f"{month:02d}-wd{which} falls past the month")
    return found


def _shift_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def shift_date(anchor: PartialDate, amount: int, unit: str) -> PartialDate | None:
    """``anchor`` moved ``amount`` units later, at no more precision than it had."""
    if unit == "Y":
        return _replace_year(anchor, anchor.year + amount)
    if unit == "M" and anchor.month is not None:
        year, month = _shift_months(anchor.year, anchor.month, amount)
        day = min(anchor.day, 28) if anchor.day else None
        return PartialDate(year, month, day)
    if unit in ("W", "D") and anchor.day is not None:
        later = anchor.first_day() + dt.timedelta(days=amount * (7 if unit == "W" else 1))
        return PartialDate.from_date(later)
    return None


def at_unit(date: PartialDate | None, unit: str) -> PartialDate | None:
    """A date counted in years or months is known to that unit: "vier jaar later" and
    "dat jaar" name a year, whatever day they count from."""
    if date is None or unit not in ("Y", "M"):
        return date
    return PartialDate(date.year) if unit == "Y" else PartialDate(date.year, date.month)


def _replace_year(date: PartialDate, year: int) -> PartialDate:
    try:
        return PartialDate(year, date.month, date.day)
    except ValueError:  # 29 February
        return PartialDate(year, date.month, 28)


OPENING_AHEAD_DAYS = 31  # a month: an article of a month may tell a day late in it as past


def _choose_year(
    candidate: dt.date, anchor: dt.date, tense: str | None, reach: int = 366, opening: bool = False
) -> int:
    """The year that puts a month/day on the tense's side of the anchor, or nearest to it.

    ``reach`` (days) bounds how far the tense may pull a date from the nearer reading; not
    for a past sentence that opens with the day (``opening``) where the nearer reading lies
    more than a month ahead ("On March 18 two gunmen killed ...", published in November).
    """
    options = [candidate.replace(year=candidate.year + d) for d in (-1, 0, 1) if _valid(candidate, d)]
    nearest = min(options, key=lambda o: abs((o - anchor).days))
    if tense == "past":
        options = [o for o in options if o <= anchor] or options
        chosen = max(options)
    elif tense == "future":
        options = [o for o in options if o >= anchor] or options
        chosen = min(options)
    else:
        return nearest.year
    far_ahead = opening and tense == "past" and (nearest - anchor).days > OPENING_AHEAD_DAYS
    return chosen.year if far_ahead or abs((chosen - anchor).days) <= reach else nearest.year


def _weekday_year(c: Captured, anchor: dt.date) -> int | None:
    """The year, of the one before the anchor's, its own and the next, in which a date told
    with its weekday falls on it ("Thursday, March 9" in a report of November 2023 is 9 March
    2023, a Thursday, not 9 March 2024, nearer but a Saturday); the nearest if two agree,
    None if none does (a slip of the writer: the tense decides)."""
    if c.weekday is None or c.day is None or c.month is None:
        return None
    agreeing = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            day = dt.date(year, c.month, c.day)
        except ValueError:  # 29 February
            continue
        if day.isoweekday() == c.weekday:
            agreeing.append(day)
    if not agreeing:
        return None
    return min(agreeing, key=lambda d: abs((d - anchor).days)).year


REACH_DAYS = 240  # about eight months: tuned on TBAQ (0.774 → 0.778), neutral on the Dutch dev sets


def _valid(date: dt.date, years: int) -> bool:
    try:
        date.replace(year=date.year + years)
    except ValueError:  # 29 February
        return False
    return True


WEEKDAY_DAY_REACH = 200  # days around the DCT searched for "zaterdag 25"


def _weekday_and_day_of_month(c: Captured, dct: PartialDate) -> Normalised:
    """ "Vandaag, woensdag de achttiende" in an article of May 2005: the DCT's month where
    that day falls on that weekday (18 May 2005, a Wednesday), else the month before (an
    article early in a month tells of the last); unresolved where neither agrees."""
    assert c.weekday is not None and c.day is not None and dct.month is not None
    for year, month in ((dct.year, dct.month), _shift_months(dct.year, dct.month, -1)):
        try:
            day = dt.date(year, month, c.day)
        except ValueError:  # the 31st of a month of 30 days
            continue
        if day.isoweekday() == c.weekday and (c.tense != "future" or month == dct.month):
            date = PartialDate(day.year, day.month, day.day)
            return date.iso() + (f"T{c.part}" if c.part else ""), date, True
    return _weekday(c, dct)


def _weekday_and_day(c: Captured, dct: PartialDate | None) -> Normalised | None:
    """ "zaterdag 25", "Saturday the 25th": the month around the DCT in which that day
    falls on that weekday; the tense picks the side, else the nearer one."""
    assert c.weekday is not None and c.day is not None
    if dct is not None and dct.day is None and dct.month is not None:
        return _weekday_and_day_of_month(c, dct)
    if dct is None or dct.day is None or dct.month is None:
        return _weekday(c, dct)
    anchor = dt.date(dct.year, dct.month, dct.day)
    found = []
    for delta in range(-WEEKDAY_DAY_REACH, WEEKDAY_DAY_REACH + 1):
        day = anchor + dt.timedelta(days=delta)
        if day.day == c.day and day.isoweekday() == c.weekday:
            found.append(day)
    if not found:
        return None
    side = [d for d in found if (d <= anchor if c.tense == "past" else d >= anchor)] if c.tense else []
    day = min(side or found, key=lambda d: abs((d - anchor).days))
    date = PartialDate(day.year, day.month, day.day)
    suffix = f"T{c.part}" if c.part else ""
    return date.iso() + suffix, date, True


def _explicit(c: Captured, dct: PartialDate | None) -> Normalised | None:
    year = c.year
    if year is None and c.shift is not None and dct is not None:
        if c.extra.get("shift_unit") == "year":  # "January this year", "maart vorig jaar"
            year = dct.year + c.shift
        elif c.shift == 0:  # "this September": that month of the publication's year
            year = dct.year
        else:  # "last November", "volgende maand maart": the tense follows the shift
            c.tense = {-1: "past", 1: "future"}.get(c.shift, c.tense)
    if year is None:
        if dct is None or dct.month is None:
            if c.day is not None and c.month is not None:
                return f"XXXX-{c.month:02d}-{c.day:02d}", None, False
            return (f"XXXX-{c.month:02d}", None, False) if c.month else None
        month_anchor = dt.date(dct.year, dct.month, 15 if dct.day is None else dct.day)
        probe = dt.date(dct.year, c.month or 1, min(c.day or 15, 28))
        # A shift ("last November") or "since" fixes the side. Otherwise news dates without a year lie
        # close to the publication date: the tense picks the side within REACH_DAYS, else
        # the nearer reading wins (tense cues are guesses; "in March" of a year ago is rare).
        year = _weekday_year(c, month_anchor) or _choose_year(
            probe,
            month_anchor,
            c.tense,
            366 if c.shift or c.extra.get("since") else REACH_DAYS,
            bool(c.extra.get("opening")),
        )
    try:
        date = PartialDate(year, c.month, c.day)
    except ValueError:
        return None
    suffix = f"T{c.part}" if c.part and c.day is not None else ""  # "dinsdagavond 12 februari"
    return date.iso() + suffix, date, True


def _weekday(c: Captured, dct: PartialDate | None) -> Normalised:
    assert c.weekday is not None
    suffix = f"T{c.part}" if c.part else ""
    if c.type == "SET":
        return f"XXXX-WXX-{c.weekday}{suffix}", None, False
    if dct is None or dct.precision != DAY:
        return f"XXXX-WXX-{c.weekday}{suffix}", dct, False
    anchor = dct.first_day()
    if c.week_shift is not None:  # "vorige week maandag": that weekday of the shifted week
        monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=c.week_shift)
        day = monday + dt.timedelta(days=c.weekday - 1)
        return day.isoformat() + suffix, PartialDate.from_date(day), True
    if c.shift:  # "afgelopen vrijdag" is before today; "komende zaterdag" after it
        step = -1 if c.shift < 0 else 1
        day = anchor + dt.timedelta(days=step)
        while day.isoweekday() != c.weekday:
            day += dt.timedelta(days=step)
        if c.extra.get("past_yesterday") and day == anchor - dt.timedelta(days=1):
            day -= dt.timedelta(weeks=1)  # "last Monday", written on a Tuesday: not yesterday
        return day.isoformat() + suffix, PartialDate.from_date(day), True
    ahead = (c.weekday - anchor.isoweekday()) % 7
    back = (anchor.isoweekday() - c.weekday) % 7
    if c.tense == "future" or (c.tense == "nearest" and ahead < back):
        day = anchor + dt.timedelta(days=ahead)
    else:  # past, or the nearer of the two ("zaterdag" on a Monday is two days ago)
        day = anchor - dt.timedelta(days=back)
    return day.isoformat() + suffix, PartialDate.from_date(day), True


def _relative_day(c: Captured, dct: PartialDate | None) -> Normalised:
    assert c.relday is not None
    suffix = f"T{c.part}" if c.part else ""
    if dct is None or dct.precision != DAY:
        return ("PRESENT_REF" if c.relday == 0 and not suffix else "XXXX-XX-XX" + suffix), dct, False
    day = dct.first_day() + dt.timedelta(days=c.relday)
    return day.isoformat() + suffix, PartialDate.from_date(day), True


def _offset(c: Captured, dct: PartialDate | None, delta: int) -> Normalised | None:
    """A date ``delta`` units away from the DCT, no more precise than the DCT allows; a
    distance beyond the calendar ("4,500 years ago") is only the past or the future."""
    if dct is None:
        return ("PAST_REF" if delta < 0 else "FUTURE_REF"), None, False
    try:
        return _offset_from(c, dct, delta)
    except (ValueError, OverflowError):
        return ("PAST_REF" if delta < 0 else "FUTURE_REF"), dct, False


def _offset_from(c: Captured, dct: PartialDate, delta: int) -> Normalised | None:
    """The date of :func:`_offset`; raises ValueError where it leaves the calendar."""
    unit = c.unit
    if unit == "Y" and delta == -1 and c.extra.get("quarterly") and dct.month is not None:
        last_completed = (dct.month - 1) // 3 or 4  # the quarter being reported on
        year = dct.year - (2 if last_completed == 4 else 1)
        return f"{year}-Q{last_completed}", PartialDate(year), True
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
    if unit == "Q" and dct.month is not None:
        index = dct.year * 4 + (dct.month - 1) // 3 + delta
        year, quarter = divmod(index, 4)
        return f"{year}-Q{quarter + 1}", PartialDate(year), True
    if dct.precision != DAY or unit not in ("W", "D"):
        return ("PAST_REF" if delta < 0 else "FUTURE_REF"), dct, False
    anchor = dct.first_day()
    if unit == "W":
        day = anchor + dt.timedelta(weeks=delta)
        iso = day.isocalendar()
        suffix = "-WE" if c.extra.get("weekend") else ""
        return f"{iso.year}-W{iso.week:02d}{suffix}", PartialDate(day.year, day.month), True
    day = anchor + dt.timedelta(days=delta)
    return day.isoformat(), PartialDate.from_date(day), True


_SMALLER = {"Y": (12, "P{}M"), "M": (30, "P{}D"), "W": (7, "P{}D"), "D": (24, "PT{}H"), "H": (60, "PT{}M")}


def _duration(c: Captured) -> Normalised | None:
    if c.extra.get("value"):
        return str(c.extra["value"]), None, False
    if c.unit is None:
        return None
    if c.extra.get("value_template"):
        return str(c.extra["value_template"]).format(unit=c.unit), None, True
    amount: str
    if c.vague:
        amount = "X"
    elif c.frac is not None:
        # "een half jaar" is P6M, "een halve dag" PT12H, "anderhalf jaar" P18M (TimeBank's way)
        factor, smaller = _SMALLER.get(c.unit, (0, ""))
        if factor and (c.frac < 1 or (c.unit != "M" and (c.frac * factor).is_integer())):
            return smaller.format(round(c.frac * factor)), None, True
        amount = f"{c.frac:g}"
    elif c.num is not None:
        amount = str(c.num)
    else:
        amount = "1"
    if c.second is not None:  # "drie jaar en negen maanden" -> P3Y9M; "2 uur en 30 minuten" -> PT2H30M
        parts = [(amount, c.unit), (str(c.second[0]), c.second[1])]
        clock = {"H": "H", "MIN": "M", "S": "S"}
        date_part = "".join(f"{n}{u}" for n, u in parts if u not in clock)
        time_part = "".join(f"{n}{clock[u]}" for n, u in parts if u in clock)
        return "P" + date_part + (f"T{time_part}" if time_part else ""), None, True
    if c.unit in ("H", "MIN", "S"):
        return f"PT{amount}{'M' if c.unit == 'MIN' else c.unit}", None, True
    if c.unit in ("DE", "CE"):  # TimeBank writes counted decades and centuries in years
        if c.vague:
            return f"PX{c.unit}", None, True
        factor = 10 if c.unit == "DE" else 100
        return f"P{int(float(amount) * factor)}Y", None, True
    return f"P{amount}{c.unit}", None, True


_SEASON_START = {"SP": (3, 20), "SU": (6, 21), "FA": (9, 22), "WI": (12, 21)}  # astronomical


def _season(c: Captured, dct: PartialDate | None) -> Normalised | None:
    """ "vorige zomer" in February 2019 is 2018-SU; "deze zomer" is 2019-SU."""
    assert c.season is not None
    if c.year is not None:
        return f"{c.year}-{c.season}", PartialDate(c.year), True
    if dct is None:
        return f"XXXX-{c.season}", None, False
    today = dct.first_day() if dct.day else dt.date(dct.year, dct.month or 7, 15)
    # The start of the season the DCT lies in ("komend voorjaar" on 6 March is this spring).
    current_start = max(
        dt.date(y, *_SEASON_START[name])
        for y in (today.year - 1, today.year)
        for name in _SEASON_START
        if dt.date(y, *_SEASON_START[name]) <= today
    )
    starts = [dt.date(y, *_SEASON_START[c.season]) for y in range(dct.year - 2, dct.year + 2)]
    if c.shift == 0:  # "deze zomer", "dit najaar": this year's (this winter: the one around New Year)
        year = dct.year - (1 if c.season == "WI" and today.month < 9 else 0)
        return f"{year}-{c.season}", PartialDate(year), True
    if c.shift == -1:
        start = max(d for d in starts if d < current_start)
    elif c.shift == 1:
        start = min(d for d in starts if d > current_start)
    elif c.tense == "past":  # "de hete zomer" in April 2019: the last one that began
        start = max(d for d in starts if d <= today)
    elif c.tense == "future":  # "vanaf de herfst": this one, or the next to begin
        start = min(d for d in starts if d >= current_start)
    else:
        start = min(starts, key=lambda d: abs((d - current_start).days))
    year = start.year  # a winter is named by the year it begins in: 2018/19 is 2018-WI
    return f"{year}-{c.season}", PartialDate(year), True


def _quarter(c: Captured, dct: PartialDate | None) -> Normalised | None:
    if c.quarter is not None:
        if c.year is not None:
            return f"{c.year}-Q{c.quarter}", PartialDate(c.year), True
        if dct is None or dct.month is None:
            return f"XXXX-Q{c.quarter}", None, False
        current = (dct.month - 1) // 3 + 1
        year = dct.year if c.quarter <= current or c.tense == "future" else dct.year - 1
        return f"{year}-Q{c.quarter}", PartialDate(year), True
    c.unit = "Q"
    return _offset(c, dct, c.shift if c.shift is not None else int(c.extra.get("quarter_shift", 0)))


def _feast(c: Captured, dct: PartialDate | None) -> Normalised | None:
    assert c.feast is not None
    if c.feast.startswith("D"):  # a one-off day of history, whatever the DCT: "de aanval op Pearl Harbor"
        date = dt.date.fromisoformat(c.feast[1:])
        return date.isoformat(), PartialDate.from_date(date), True
    if c.year is None and dct is None:
        return None
    if c.feast.startswith("00-"):  # "van de maand", "of the month": the DCT's own month
        if dct is None or dct.month is None:
            return None
        c.feast, c.year = f"{dct.month:02d}{c.feast[2:]}", c.year or dct.year
    try:
        return _feast_in_year(c, dct)
    except ValueError:  # no such day that year: no eclipse that month, no fifth weekday
        return None


def _feast_in_year(c: Captured, dct: PartialDate | None) -> Normalised | None:
    assert c.feast is not None
    year = c.year
    if year is None:
        assert dct is not None
        # Told as past in an article of a month, it may be published on the month's last day
        # ("Op Tweede Kerstdag" in a December article is that December's).
        if dct.precision == DAY:
            anchor = dct.first_day()
        else:
            anchor = dct.last_day() if c.tense == "past" else dct.midpoint()
        options = _feast_options(c.feast, dct.year)
        past = [o for o in options if o <= anchor]
        if c.tense == "past" and past:
            chosen = max(past)
        elif c.tense == "future" and any(o >= anchor for o in options):
            chosen = min(o for o in options if o >= anchor)
        else:
            chosen = min(options, key=lambda o: abs((o - anchor).days))
        # Known to the day when the DCT is, or when the feast falls in the DCT's own month
        # ("op Pinksterzondag" in an article of June 2022 is 5 June 2022).
        day = PartialDate.from_date(chosen)
        return chosen.isoformat(), day, dct.precision == DAY or (dct.month is not None and dct.contains(day))
    date = feast_date(c.feast, year)
    return date.isoformat(), PartialDate.from_date(date), True


def _feast_options(rule: str, year: int) -> list[dt.date]:
    """The feast's days in the years around ``year`` that have one (a World Cup final falls
    once in four years); ValueError where none has."""
    options = []
    for near in (year - 1, year, year + 1):
        try:
            options.append(feast_date(rule, near))
        except ValueError:
            continue
    if not options:
        raise ValueError(f"no {rule} near {year}")
    return options


def _clock(c: Captured, dct: PartialDate | None) -> Normalised | None:
    assert c.hour is not None
    hour = c.hour
    ampm = c.extra.get("ampm")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23 or (c.minute or 0) > 59:
        return None
    clock = f"T{hour:02d}:{c.minute or 0:02d}"
    if dct is None or dct.precision != DAY:
        return "XXXX-XX-XX" + clock, dct, False
    return dct.iso() + clock, dct, True


def _clock_on_weekday(c: Captured, dct: PartialDate | None) -> Normalised | None:
    """ "10 p.m. Wednesday": the weekday's date at that hour."""
    day, clock = _weekday(c, dct), _clock(c, None)
    if day is None or clock is None:
        return clock
    return day[0] + clock[0][len("XXXX-XX-XX") :], day[1], day[2]


def normalise(c: Captured, dct: PartialDate | None) -> Normalised | None:
    """(TIMEX3 value, calendar span or None, fully resolved?) or None to drop the match."""
    if c.type == "SET":
        if c.weekday is not None:  # "elke zaterdag": XXXX-WXX-6
            return _weekday(c, dct)
        if c.set_value:
            return c.set_value, None, True
        # "om de twee weken": every such span, written as its duration (P2W)
        return _duration(c) if c.unit is not None else None
    if c.type == "DURATION":
        return _duration(c)
    if c.extra.get("value"):
        return str(c.extra["value"]), dct, False
    if c.ref is not None:
        return c.ref, dct, False
    if c.hour is not None:
        return _clock_on_weekday(c, dct) if c.weekday is not None else _clock(c, dct)
    if c.feast is not None:
        return _feast(c, dct)
    if c.season is not None:
        return _season(c, dct)
    if c.quarter is not None or c.rule.endswith("quarter"):
        return _quarter(c, dct)
    if c.decade is not None:
        decade = c.decade if c.decade >= 100 else 190 + c.decade  # "jaren '80", "jaren 60"
        return str(decade), PartialDate(decade * 10), True
    if c.century is not None:
        return f"{c.century:02d}", PartialDate(c.century * 100 + 1), True
    if c.extra.get("this_century") and dct is not None:
        return f"{dct.year // 100:02d}", dct, True
    if c.weekday is not None and c.day is not None and c.month is None and c.year is None:
        return _weekday_and_day(c, dct)
    if c.month is not None or (c.year is not None and c.shift is None):
        return _explicit(c, dct)
    if c.weekday is not None:
        return _weekday(c, dct)
    if c.relday is not None:
        return _relative_day(c, dct)
    if c.extra.get("weekend"):
        c.unit = "W"
        shift = c.shift or 0
        # Told in the past on a weekday, "weekend" and "dit weekend" are the weekend before.
        if c.shift in (None, 0) and c.tense == "past" and dct is not None and dct.precision == DAY:
            shift = -1 if dct.first_day().weekday() < 5 else 0
        return _offset(c, dct, shift)
    if c.frac is not None and c.unit in ("Y", "M") and dct is not None and dct.month is not None:
        months = round(c.frac * (12 if c.unit == "Y" else 1)) * int(c.extra.get("direction", -1))
        year, month = _shift_months(dct.year, dct.month, months)  # "anderhalf jaar geleden"
        return PartialDate(year, month).iso(), PartialDate(year, month), True
    if c.vague and c.unit is not None and "direction" in c.extra:  # "tientallen jaren geleden"
        return ("PAST_REF" if int(c.extra["direction"]) < 0 else "FUTURE_REF"), dct, False
    if c.num is not None and c.unit is not None:
        return _offset(c, dct, c.num * int(c.extra.get("direction", -1)))
    if c.shift is not None and c.unit is not None:
        return _offset(c, dct, c.shift)
    return None
