"""More of the seed's class, and the edges of a week.

Shapes from the development set `events_articles_dev29`; the sentences are our own. A month-
dated article's day follows from a count of years since a full date ("veertig jaar
onafhankelijkheid ... sinds 30 juni 1984") or from a relative day in the clause after a
counted phrase ("Precies tien jaar nadat ... op 4 maart 2012 ..., herdachten inwoners
vandaag"). "Begin deze week" is the week's Monday (as "begin maart" is its first day), and the
week of publication before its middle is dated to its Monday, not to a Thursday to come. "A
fortnight ago" is two weeks back.
"""

from __future__ import annotations

import pytest

from conftest import Coded, Inferred
from kroniek.dates import PartialDate


@pytest.mark.parametrize(
    ("lang", "text", "dct", "day"),
    [
        # a count of years since a full date, the relative day before it
        (
            "nl",
            "Gisteren, op de dag dat het land veertig jaar onafhankelijkheid vierde (onafhankelijk "
            "sinds 30 juni 1984), liepen duizenden mensen door de hoofdstad.",
            PartialDate(2024, 7),
            PartialDate(2024, 7, 1),
        ),
        (
            "en",
            "Yesterday, on the day the country marked forty years of independence (independent "
            "since June 30, 1984), thousands walked through the capital.",
            PartialDate(2024, 7),
            PartialDate(2024, 7, 1),
        ),
        # a relative day in the clause after the counted phrase
        (
            "nl",
            "Precies tien jaar nadat rebellen op 4 maart 2012 de stad innamen, herdachten inwoners "
            "vandaag de doden.",
            PartialDate(2022, 3),
            PartialDate(2022, 3, 4),
        ),
        (
            "en",
            "Exactly ten years after rebels took the town on March 4, 2012, residents remembered "
            "the dead today.",
            PartialDate(2022, 3),
            PartialDate(2022, 3, 4),
        ),
    ],
)
def test_a_count_of_years_or_a_later_relative_day_fixes_the_day(
    lang: str, text: str, dct: PartialDate, day: PartialDate, inferred: Inferred
) -> None:
    assert inferred(lang, text, dct) == day


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the years do not add up to the DCT's year
        (
            "nl",
            "Gisteren vierde het land veertig jaar onafhankelijkheid (onafhankelijk sinds 30 juni 1980).",
        ),
        # the relative day stands inside the counted phrase, not after its comma
        ("en", "Ten years after rebels took the town on March 4, 2012 and left today, nothing remains."),
    ],
)
def test_no_day_where_the_count_does_not_fit(lang: str, text: str, inferred: Inferred) -> None:
    dct = PartialDate(2024, 7) if lang == "nl" else PartialDate(2022, 3)
    assert inferred(lang, text, dct) is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "DILI - Begin deze week ontmantelde de politie een bom bij het parlement in Dili."),
        ("en", "DILI (Reuters) - Earlier this week police defused a bomb outside parliament in Dili."),
    ],
)
def test_the_start_of_this_week_is_its_monday(coded: Coded, lang: str, text: str) -> None:
    # Wednesday 14 February 2024: the week's Monday is the 12th, its Thursday the 15th
    assert coded(text, lang, date="2024-02-14") == [("Disrupted weapons use", "2024-02-12")]


def test_a_fortnight_ago_is_two_weeks_back(coded: Coded) -> None:
    text = "DILI (Reuters) - A fortnight ago gunmen shot dead a village chief near Baucau."
    assert coded(text, "en", date="2024-02-14") == [("Attack", "2024-01-31")]
