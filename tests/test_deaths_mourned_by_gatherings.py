"""A death that a gathering mourns or demands justice for, told with no day of its own
('to demand justice for a classmate who was killed in a hit-and-run', 'in anger at the
death of a boy shot by a police officer'), is the gathering's reason, not an attack of the
gathering's day; a death told with its own day stays an event. Our own
sentences, written for these rules (2024-01-17 is a Wednesday)."""

import pytest


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Students held a candlelight vigil on the Chittagong University campus on Tuesday evening to "
            "demand justice for a classmate who was killed in a hit-and-run.",
            "en",
            [("Peaceful protest", "2024-01-16")],
        ),
    ],
)
def test_a_mourned_death_is_the_gatherings_reason(coded, text, lang, expected):
    assert coded(text, lang) == expected


def test_a_mourned_death_with_its_own_day_stays_an_event(coded):
    text = (
        "On Tuesday students held a vigil in Dhaka to demand justice for a classmate who was shot dead "
        "by a gunman on Monday."
    )
    assert "Attack" in {sub for sub, _ in coded(text, "en")}
