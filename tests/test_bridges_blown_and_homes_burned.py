"""Troops blowing up a bridge destroy property (no violence against people); crowds burning a
community's homes are mob violence, and its dead 'killed in the street fighting' are that
mob's, not a battle's; soldiers moving onto a town's streets are troops deployed. Our own
sentences, written for these rules (2024-01-17 is a Wednesday)."""

import pytest


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("On Monday government troops blew up a railway bridge near Kitgum.", "en"),
        ("Maandag bliezen regeringstroepen bij Kitgum een spoorbrug op.", "nl"),
    ],
)
def test_troops_blowing_up_a_bridge(coded, text, lang):
    assert coded(text, lang) == [("Looting/property destruction", "2024-01-15")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "On Monday night rival crowds in Kitgum set fire to dozens of homes in the market streets. At "
            "least three people were killed in the street fighting.",
            "en",
        ),
        (
            "Maandagnacht staken rivaliserende menigten in Kitgum tientallen huizen van boeren in de straten "
            "rond de markt van de oude binnenstad in brand. Bij de straatgevechten kwamen zeker drie mensen "
            "om het leven.",
            "nl",
        ),
    ],
)
def test_crowds_burning_homes_and_their_dead(tolled, text, lang):
    assert tolled(text, lang) == [("Mob violence", 3)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("On Monday soldiers moved onto the streets of Kitgum and the police withdrew.", "en"),
        ("Maandag trokken soldaten de straten van Kitgum in en trok de politie zich terug.", "nl"),
    ],
)
def test_soldiers_onto_the_streets(coded, text, lang):
    assert coded(text, lang) == [("Change to group/activity", "2024-01-15")]
