"""Days that need more than the Gregorian calendar: dates of the Julian calendar (the
Orthodox churches' Christmas, "25 december volgens de juliaanse kalender"), Orthodox Easter,
and the solstices and equinoxes ("de kortste dag van het jaar"), so that a feast named
this way dates an article as a written date does."""

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
    y = (year - 2000) / 1000
    jde0 = sum(k * y**i for i, k in enumerate(_MEAN[month]))
    t = (jde0 - 2451545.0) / 36525
    w = math.radians(35999.373 * t - 2.47)
    delta = 1 + 0.0334 * math.cos(w) + 0.0007 * math.cos(2 * w)
    s = sum(a * math.cos(math.radians(b + c * t)) for a, b, c in _TERMS)
    jde = jde0 + 0.00001 * s / delta
    return dt.date(2000, 1, 1) + dt.timedelta(days=math.floor(jde - 2451544.5))
