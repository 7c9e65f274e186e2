"""Days that need more than the Gregorian calendar: dates of the Julian calendar (the
Orthodox churches' Christmas, "25 december volgens de juliaanse kalender"), Orthodox Easter,
the solstices and equinoxes ("de kortste dag van het jaar") and the Chinese New Year, a day
fixed by the moon ("vandaag, op het Chinese Nieuwjaar"), the feasts of the Hebrew calendar
("vandaag, op Jom Kipoer"), dates of the Iranian calendar ("28 Esfand 1389"), Roman numerals
("die XVII mensis Maii anno MCMLXXXI") and eclipses of the sun, so that a day named this way
dates an article as a written date does."""

from __future__ import annotations

import datetime as dt
import math

_JD_OF_ORDINAL_ONE = 1721425  # Julian day number of 0001-01-01 (proleptic Gregorian)


def julian_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """The Gregorian date of a day written in the Julian calendar (through its day number)."""
    a = (14 - month) // 12
    y = year + 4800 - a
    m = month + 12 * a - 3
    jdn = day + (153 * m + 2) // 5 + 365 * y + y // 4 - 32083
    return dt.date.fromordinal(jdn - _JD_OF_ORDINAL_ONE)


def orthodox_easter(year: int) -> dt.date:
    """Easter of the Orthodox churches: the Julian computus (Meeus), told in Gregorian days."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    return julian_to_gregorian(year, month, day + 1)


# Meeus, Astronomical Algorithms (2nd ed.), chapter 27: the mean instant of each equinox or
# solstice for the years 1000 to 3000 (table 27.B) and the periodic terms (table 27.C).
_MEAN = {
    3: (2451623.80984, 365242.37404, 0.05169, -0.00411, -0.00057),
    6: (2451716.56767, 365241.62603, 0.00325, 0.00888, -0.00030),
    9: (2451810.21715, 365242.01767, -0.11575, 0.00337, 0.00078),
    12: (2451900.05952, 365242.74049, -0.06223, -0.00823, 0.00032),
}
_TERMS = (
    (485, 324.96, 1934.136), (203, 337.23, 32964.467), (199, 342.08, 20.186),
    (182, 27.85, 445267.112), (156, 73.14, 45036.886), (136, 171.52, 22518.443),
    (77, 222.54, 65928.934), (74, 296.72, 3034.906), (70, 243.58, 9037.513),
    (58, 119.81, 33718.147), (52, 297.17, 150.678), (50, 21.02, 2281.226),
    (45, 247.54, 29929.562), (44, 325.15, 31555.956), (29, 60.93, 4443.417),
    (18, 155.12, 67555.328), (17, 288.79, 4562.452), (16, 198.04, 62894.029),
    (14, 199.76, 31436.921), (12, 95.39, 14577.848), (12, 287.11, 31931.756),
    (12, 320.81, 34777.259), (9, 227.73, 1222.114), (8, 15.45, 16859.074),
)  # fmt: skip


def season_start(year: int, month: int) -> dt.date:
    """The UTC day of the equinox (month 3 or 9) or solstice (6 or 12) of ``year``, from an
    instant within minutes of the true one. Local time can be a day later or earlier: the
    solstice of 21 December 1977, 23:23 UTC, fell on the 22nd in Europe."""
    return _day_at(_season_instant(year, month), 0)


def _season_instant(year: int, month: int) -> float:
    """The Julian Ephemeris Day (TT) of the equinox or solstice (Meeus 27.1)."""
    y = (year - 2000) / 1000
    jde0 = sum(k * y**i for i, k in enumerate(_MEAN[month]))
    t = (jde0 - 2451545.0) / 36525
    w = math.radians(35999.373 * t - 2.47)
    delta = 1 + 0.0334 * math.cos(w) + 0.0007 * math.cos(2 * w)
    s = sum(a * math.cos(math.radians(b + c * t)) for a, b, c in _TERMS)
    return float(jde0 + 0.00001 * s / delta)


def _delta_t(jde: float) -> float:
    """TT minus UT in days, by the long-term parabola of Morrison and Stephenson (within a
    minute or so for the twentieth and twenty-first centuries: enough for a day)."""
    year = 2000 + (jde - 2451545.0) / 365.25
    return (-20 + 32 * ((year - 1820) / 100) ** 2) / 86400


def _day_at(jde: float, utc_offset_hours: float) -> dt.date:
    """The civil day at a UTC offset of an instant given in TT."""
    local = jde - _delta_t(jde) + utc_offset_hours / 24
    return dt.date(2000, 1, 1) + dt.timedelta(days=math.floor(local - 2451544.5))


# Meeus, chapter 49: the true new moon. Periodic terms (coefficient, multiplier of E, and the
# multiples of M, M', F and Omega), then the planetary arguments A1..A14 (constant, rate).
_NEW_MOON_TERMS = (
    (-0.40720, 0, 0, 1, 0, 0), (0.17241, 1, 1, 0, 0, 0), (0.01608, 0, 0, 2, 0, 0),
    (0.01039, 0, 0, 0, 2, 0), (0.00739, 1, -1, 1, 0, 0), (-0.00514, 1, 1, 1, 0, 0),
    (0.00208, 2, 2, 0, 0, 0), (-0.00111, 0, 0, 1, -2, 0), (-0.00057, 0, 0, 1, 2, 0),
    (0.00056, 1, 1, 2, 0, 0), (-0.00042, 0, 0, 3, 0, 0), (0.00042, 1, 1, 0, 2, 0),
    (0.00038, 1, 1, 0, -2, 0), (-0.00024, 1, -1, 2, 0, 0), (-0.00017, 0, 0, 0, 0, 1),
    (-0.00007, 0, 2, 1, 0, 0), (0.00004, 0, 0, 2, -2, 0), (0.00004, 0, 3, 0, 0, 0),
    (0.00003, 0, 1, 1, -2, 0), (0.00003, 0, 0, 2, 2, 0), (-0.00003, 0, 1, 1, 2, 0),
    (0.00003, 0, -1, 1, 2, 0), (-0.00002, 0, -1, 1, -2, 0), (-0.00002, 0, 1, 3, 0, 0),
    (0.00002, 0, 0, 4, 0, 0),
)  # fmt: skip
_PLANETARY = (
    (0.000325, 299.77, 0.107408), (0.000165, 251.88, 0.016321), (0.000164, 251.83, 26.651886),
    (0.000126, 349.42, 36.412478), (0.000110, 84.66, 18.206239), (0.000062, 141.74, 53.303771),
    (0.000060, 207.14, 2.453732), (0.000056, 154.84, 7.306860), (0.000047, 34.52, 27.261239),
    (0.000042, 207.19, 0.121824), (0.000040, 291.34, 1.844379), (0.000037, 161.72, 24.198154),
    (0.000035, 239.56, 25.513099), (0.000023, 331.55, 3.592518),
)  # fmt: skip
SYNODIC_MONTH = 29.530588861


# The full moon's terms differ from the new moon's in their first seven coefficients only.
_FULL_MOON_TERMS = (
    tuple(
        (full, *term[1:])
        for full, term in zip(
            (-0.40614, 0.17302, 0.01614, 0.01043, 0.00734, -0.00515, 0.00209), _NEW_MOON_TERMS, strict=False
        )
    )
    + _NEW_MOON_TERMS[7:]
)


def new_moon(k: float) -> float:
    """The Julian Ephemeris Day (TT) of new moon number ``k`` (0 = 6 January 2000), within a
    minute or so of the true instant (Meeus 49.1 with the new moon's corrections); with a
    ``k`` ending in .5, the full moon that follows it, with the full moon's corrections."""
    terms = _FULL_MOON_TERMS if k % 1 else _NEW_MOON_TERMS
    t = k / 1236.85
    jde = 2451550.09766 + SYNODIC_MONTH * k + 0.00015437 * t**2 - 0.000000150 * t**3 + 0.00000000073 * t**4
    e = 1 - 0.002516 * t - 0.0000074 * t**2
    m = math.radians(2.5534 + 29.10535670 * k - 0.0000014 * t**2 - 0.00000011 * t**3)
    mp = math.radians(201.5643 + 385.81693528 * k + 0.0107582 * t**2 + 0.00001238 * t**3)
    f = math.radians(160.7108 + 390.67050284 * k - 0.0016118 * t**2 - 0.00000227 * t**3)
    om = math.radians(124.7746 - 1.56375588 * k + 0.0020672 * t**2 + 0.00000215 * t**3)
    for coefficient, e_power, cm, cmp, cf, com in terms:
        jde += coefficient * e**e_power * math.sin(cm * m + cmp * mp + cf * f + com * om)
    planetary = [(a, b + c * k) for a, b, c in _PLANETARY]
    planetary[0] = (planetary[0][0], planetary[0][1] - 0.009173 * t**2)
    return jde + sum(a * math.sin(math.radians(angle)) for a, angle in planetary)


CHINA_UTC_OFFSET = 8


def chinese_new_year(year: int) -> dt.date:
    """The first day of the Chinese year that begins in ``year``: the day, in China's time,
    of the second new moon after the day of the December solstice. Not exact in the rare
    years with a leap eleventh or twelfth month (2033 puts the new year of 2034 one moon
    later)."""
    solstice = _season_instant(year - 1, 12)
    solstice_day = _day_at(solstice, CHINA_UTC_OFFSET)
    k = math.floor((solstice - 2451550.09766) / SYNODIC_MONTH) - 1
    after: list[dt.date] = []
    while len(after) < 2:
        day = _day_at(new_moon(k), CHINA_UTC_OFFSET)
        if day > solstice_day:
            after.append(day)
        k += 1
    return after[1]


# Reingold and Dershowitz, Calendrical Calculations, ch. 8: the arithmetic Hebrew calendar.
_HEBREW_EPOCH = -1373427  # the fixed day (R.D., = date.toordinal) of 1 Tishri AM 1
_HEBREW_YEAR_OFFSET = 3761  # the Hebrew year whose 1 Tishri falls in Gregorian year Y is Y + 3761


def _hebrew_elapsed_days(year: int) -> int:
    """Days from the epoch to the molad of Tishri of ``year``, with the first postponement."""
    months = (235 * year - 234) // 19
    parts = 12084 + 13753 * months
    days = 29 * months + parts // 25920
    return days + 1 if (3 * (days + 1)) % 7 < 3 else days


def _hebrew_new_year_fixed(year: int) -> int:
    """The fixed day of 1 Tishri of Hebrew ``year``, after the other postponements."""
    before, this, after = (_hebrew_elapsed_days(year + d) for d in (-1, 0, 1))
    correction = 2 if after - this == 356 else 1 if this - before == 382 else 0
    return _HEBREW_EPOCH + this + correction


def rosh_hashanah(year: int) -> dt.date:
    """1 Tishri, the Jewish New Year, that falls in Gregorian ``year`` (Yom Kippur is 9 days
    later, Sukkot 14). A feast of the Hebrew calendar begins at the sunset before: the day
    returned is its daytime, the day a newspaper calls the feast."""
    return dt.date.fromordinal(_hebrew_new_year_fixed(year + _HEBREW_YEAR_OFFSET))


def passover(year: int) -> dt.date:
    """15 Nisan, the first day of Passover, in Gregorian ``year``: the months from Nisan to
    Elul have fixed lengths, so it lies 163 days before the next 1 Tishri (Shavuot is 50
    days after it, Purim 30 days before it)."""
    return rosh_hashanah(year) - dt.timedelta(days=163)


def hanukkah(year: int) -> dt.date:
    """25 Kislev, the first day of Hanukkah, in Gregorian ``year``: Heshvan has 30 days in a
    complete year (355 or 385 days), else 29."""
    hebrew_year = year + _HEBREW_YEAR_OFFSET
    length = _hebrew_new_year_fixed(hebrew_year + 1) - _hebrew_new_year_fixed(hebrew_year)
    heshvan = 30 if length % 10 == 5 else 29
    return rosh_hashanah(year) + dt.timedelta(days=30 + heshvan + 24)


# Borkowski's arithmetic of the Solar Hijri (Iranian) calendar, as jalaali-js has it: the years
# at which the pattern of 33-year cycles breaks.
_JALALI_BREAKS = (
    -61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324,
    2394, 2456, 3178,
)  # fmt: skip


def nowruz(persian_year: int) -> dt.date:
    """The Gregorian day of 1 Farvardin, the Iranian new year (valid for years -61 to 3177)."""
    if not _JALALI_BREAKS[0] <= persian_year < _JALALI_BREAKS[-1]:
        raise ValueError(f"Iranian year out of range: {persian_year}")
    gregorian_year = persian_year + 621
    leap_j, previous, jump = -14, _JALALI_BREAKS[0], 0
    for current in _JALALI_BREAKS[1:]:
        jump = current - previous
        if persian_year < current:
            break
        leap_j += (jump // 33) * 8 + (jump % 33) // 4
        previous = current
    n = persian_year - previous
    leap_j += (n // 33) * 8 + (n % 33 + 3) // 4
    if jump % 33 == 4 and jump - n == 4:
        leap_j += 1
    leap_g = gregorian_year // 4 - ((gregorian_year // 100 + 1) * 3) // 4 - 150
    return dt.date(gregorian_year, 3, 20 + leap_j - leap_g)


def persian_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """A date of the Iranian calendar ("28 Esfand 1389") as a Gregorian day: Farvardin to
    Shahrivar have 31 days, Mehr to Bahman 30, Esfand 29 or 30."""
    if not (1 <= month <= 12 and 1 <= day <= (31 if month <= 6 else 30)):
        raise ValueError(f"not a day of the Iranian calendar: {year}-{month}-{day}")
    days = (month - 1) * 31 if month <= 7 else 186 + (month - 7) * 30
    return nowruz(year) + dt.timedelta(days=days + day - 1)


_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}


def roman_numeral(text: str) -> int | None:
    """The number a Roman numeral writes ("XVII" 17, "MCMLXXXI" 1981), or None when the letters
    are no numeral in its standard form."""
    letters = text.lower()
    if not letters or any(ch not in _ROMAN for ch in letters):
        return None
    total = 0
    for here, after in zip(letters, letters[1:] + " ", strict=True):
        value = _ROMAN[here]
        total += -value if after != " " and _ROMAN[after] > value else value
    return total if total > 0 and _to_roman(total) == letters else None


_ROMAN_PARTS = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
    (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)  # fmt: skip


def _to_roman(number: int) -> str:
    out = ""
    for value, letters in _ROMAN_PARTS:
        count, number = divmod(number, value)
        out += letters * count
    return out


def _lunation_before(year: int, month: int) -> int:
    """The number of the last new moon (:func:`new_moon`'s ``k``) before the month begins, or
    near it: a month's new and full moons lie within the next three lunations."""
    jd_first = dt.date(year, month, 1).toordinal() + _JD_OF_ORDINAL_ONE - 0.5
    return math.floor((jd_first - 2451550.09766) / SYNODIC_MONTH)


def full_moon(year: int, month: int) -> dt.date:
    """The UTC day of the full moon in ``month`` of ``year`` ("vandaag, de dag van de volle
    maan"); ValueError where the month has two (a blue moon: which one is meant is unsaid)."""
    k = _lunation_before(year, month) - 1
    days = [_day_at(new_moon(step + 0.5), 0) for step in range(k, k + 3)]
    days = [day for day in days if (day.year, day.month) == (year, month)]
    if len(days) != 1:
        raise ValueError(f"{len(days)} full moons in {year}-{month:02d}")
    return days[0]


def solar_eclipse(year: int, month: int) -> dt.date | None:
    """The UTC day of an eclipse of the sun in ``month`` of ``year``, or None: a new moon near a
    node of the moon's orbit (Meeus ch. 54: |sin F| at most 0.36). Total, annular or partial
    alike; the sun is eclipsed somewhere on Earth that day."""
    k = _lunation_before(year, month)
    for step in (k, k + 1, k + 2):
        day = _day_at(new_moon(step), 0)
        if day.month != month or day.year != year:
            continue
        t = step / 1236.85
        f = 160.7108 + 390.67050284 * step - 0.0016118 * t**2 - 0.00000227 * t**3
        omega = 124.7746 - 1.56375588 * step + 0.0020672 * t**2 + 0.00000215 * t**3
        f1 = math.radians(f) - math.radians(0.02665) * math.sin(math.radians(omega))
        if abs(math.sin(f1)) <= 0.36:
            return day
    return None
