import datetime as dt

import pytest

from kroniek.dates import DAY, MONTH, YEAR, PartialDate, week_midpoint


@pytest.mark.parametrize(
    ("text", "iso", "precision"),
    [
        ("2022", "2022", YEAR),
        ("2022-01", "2022-01", MONTH),
        ("2022-01-04", "2022-01-04", DAY),
        ("2022-01-04T08:30:00Z", "2022-01-04", DAY),
        ("2022-01-04T08:30:00+01:00", "2022-01-04", DAY),
    ],
)
def test_parse_keeps_precision(text: str, iso: str, precision: int) -> None:
    date = PartialDate.parse(text)
    assert date.iso() == iso
    assert date.precision == precision


@pytest.mark.parametrize("text", ["2022-13", "2021-02-30", "yesterday", "22-01-2022", ""])
def test_parse_rejects_impossible_dates(text: str) -> None:
    with pytest.raises(ValueError):
        PartialDate.parse(text)


def test_spans_and_midpoints() -> None:
    month = PartialDate(2022, 1)
    assert month.first_day() == dt.date(2022, 1, 1)
    assert month.last_day() == dt.date(2022, 1, 31)
    assert month.midpoint() == dt.date(2022, 1, 15)
    assert PartialDate(2020).midpoint() == dt.date(2020, 7, 1)
    assert PartialDate(2020).contains(PartialDate(2020, 1, 3))
    assert not PartialDate(2020, 2).contains(PartialDate(2020, 1, 3))
    assert PartialDate(2024, 2).last_day() == dt.date(2024, 2, 29)
    assert week_midpoint(dt.date(2022, 1, 3)) == dt.date(2022, 1, 6)
