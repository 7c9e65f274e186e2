"""An arrest at someone's office or home, told beside a crowd that the police broke up that day
in that town, is an event of its own: ACLED codes the arrests made at a protest as part of
the intervention, not the arrest of a named activist at his office.

The shape comes from the development set `events_articles_dev23` (Bujumbura); the sentences
are our own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Coded = Callable[..., list[tuple[str, str]]]  # the conftest fixture `coded`


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "On Monday, riot police used tear gas to disperse protesters in Harare and detained dozens "
            "of them. On Monday evening, police arrested the opposition spokesman Tendai Moyo at his "
            "home in Harare.",
            "en",
        ),
        (
            "Maandag verdreef de oproerpolitie in Harare betogers met traangas en hield zij tientallen "
            "van hen aan. Maandagavond arresteerde de politie in Harare op zijn kantoor de "
            "oppositiewoordvoerder Tendai Moyo.",
            "nl",
        ),
    ],
)
def test_an_arrest_at_home_is_no_part_of_the_crowd_of_that_day(text: str, lang: str, coded: Coded) -> None:
    assert sorted(coded(text, lang)) == [
        ("Arrests", "2024-01-15"),
        ("Protest with intervention", "2024-01-15"),
    ]


def test_arrests_among_the_crowd_stay_part_of_its_breakup(coded: Coded) -> None:
    text = (
        "On Monday, riot police used tear gas to disperse protesters in Harare. "
        "Police arrested dozens of protesters."
    )
    assert coded(text, "en") == [("Protest with intervention", "2024-01-15")]
