"""A garrison that lays down its arms as rebels take its town is a capture, not an agreement;
Dutch 'het garnizoen van' a town places the event there, and 'namen de rebellen de stad over'
is a capture; a capital that rebels 'entered' is a place, not its government. Our own
sentences, written for these rules (2024-01-17 is a Wednesday)."""

import pytest


def test_a_garrison_laying_down_its_arms_in_a_capture(coded):
    text = "On Monday the garrison of Kitgum laid down its arms and the rebels took control of the town."
    assert coded(text, "en") == [("Non-state actor overtakes territory", "2024-01-15")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Maandag legde het garnizoen van Santa Clara de wapens neer en namen de rebellen de stad over.",
            "nl",
            [("Non-state actor overtakes territory", "Santa Clara")],
        ),
        (
            "On Monday rebels entered Havana and took control of the army headquarters after heavy fighting.",
            "en",
            [("Non-state actor overtakes territory", "Havana")],
        ),
    ],
)
def test_garrisons_and_capitals_entered(placed, text, lang, expected):
    assert placed(text, lang) == expected
