"""Police who gas, baton or hold a group of marching teachers or supporters (Dutch 'die
naar het paleis marcheerden', 'probeerden te marcheren'; English 'teachers marching on
the palace') intervene in a protest; weapons carried off from a police academy 'without
firing a shot' are looted, not fired; gangs attacking a community's families are mob
violence. Our own sentences, written for these rules (2024-01-17 is a Wednesday)."""

import pytest


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "On Sunday police in Sucre fired tear gas to disperse several thousand teachers marching on the "
            "presidential palace and detained about 40.",
            "en",
            [("Protest with intervention", "2024-01-14")],
        ),
        (
            "Zondag zette de politie in Sucre traangas in om enkele duizenden leraren die naar het "
            "presidentieel paleis marcheerden uiteen te drijven, en zij hield er ongeveer veertig aan.",
            "nl",
            [("Protest with intervention", "2024-01-14")],
        ),
        (
            "Zondag trok de politie in Cork de wapenstok en hield zij ongeveer twintig mensen aan toen zo'n "
            "vijfhonderd aanhangers van de partij naar het stadhuis probeerden te marcheren.",
            "nl",
            [("Protest with intervention", "2024-01-14")],
        ),
        (
            "On Tuesday members of the riot police stormed the police academy in Vilnius and carried off "
            "hundreds of weapons without firing a shot.",
            "en",
            [("Looting/property destruction", "2024-01-16")],
        ),
        (
            "Dinsdag bestormden leden van de oproerpolitie de politieacademie in Vilnius en voerden "
            "zij zonder "
            "een schot te lossen honderden wapens af.",
            "nl",
            [("Looting/property destruction", "2024-01-16")],
        ),
        (
            "PORT LOUIS - A curfew is in force. On Monday gangs in the northern town of Goodlands attacked "
            "Hindu families and set houses on fire, killing two residents.",
            "en",
            [("Mob violence", "2024-01-15")],
        ),
        (
            "Maandag vielen benden in het noordelijke Goodlands hindoestaanse gezinnen aan en staken zij "
            "huizen in brand, waarbij twee bewoners omkwamen.",
            "nl",
            [("Mob violence", "2024-01-15")],
        ),
    ],
)
def test_marchers_stopped_arms_carried_off_and_communal_gangs(coded, text, lang, expected):
    assert coded(text, lang) == expected


def test_troops_marching_on_a_capital_are_no_protest(coded):
    text = "On Monday troops marching on the capital clashed with rebels near Kigali."
    assert coded(text, "en") == [("Armed clash", "2024-01-15")]


def test_rebels_who_tried_to_march_are_no_protesters(coded):
    text = "On Sunday rebels who tried to march on the capital clashed with troops near Goma."
    assert coded(text, "en") == [("Armed clash", "2024-01-14")]
