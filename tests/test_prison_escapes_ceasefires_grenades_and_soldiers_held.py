"""Event shapes of `events_articles_dev39`, in sentences of our own: many prisoners walking
out of a prison as its guards flee (Other, not a walkout), two sides agreeing to a ceasefire
('stemden in met een staakt-het-vuren'), a grenade that went off at a bus stop (Grenade, not a
bomb), some twenty soldiers arrested by gendarmes (Arrests, and not the coup they backed), a
town taken as the last government troops withdraw (a non-state side takes it), a
rocket shot down 'for the first time since 1991' (no history), and a Dutch transliteration of a
town ('Zjanaozen'), Dutch past verbs of violence ('doodden') read as past, tourists killed in an
attack that a group 'eiste op' (claimed, no court's demand); and decoys: a denied ceasefire, an
old shell from the war, a prosecutor who 'eiste' a sentence. Also rioters: barricades and burnt cars,
rival crowds of a leader's supporters and opponents, youths firebombing a party's offices.
"""

from __future__ import annotations

import pytest

from conftest import Coded, Valued, sub_types


@pytest.mark.parametrize(
    ("lang", "text", "sub_type"),
    [
        (
            "en",
            "On Sunday thousands of inmates walked out of the central prison in Juba after the guards fled.",
            "Other",
        ),
        (
            "nl",
            "Zondag liepen honderden gevangenen de centrale gevangenis van Juba uit nadat de bewakers waren "
            "gevlucht.",
            "Other",
        ),
        (
            "nl",
            "Maandag stemden beide partijen in met een door Qatar bemiddeld staakt-het-vuren van 48 uur.",
            "Agreement",
        ),
        ("nl", "Dinsdag ontplofte een granaat bij een bushalte in het centrum van Bujumbura.", "Grenade"),
        (
            "nl",
            "Dinsdag arresteerden gendarmes in Bamako ongeveer dertig Malinese militairen die de "
            "staatsgreep hadden gesteund.",
            "Arrests",
        ),
        (
            "nl",
            "Zaterdag schoot het Iron Dome-systeem een raket neer die op Haifa was afgevuurd, voor het "
            "eerst sinds 1991 dat de stad onder vuur lag.",
            "Disrupted weapons use",
        ),
        (
            "nl",
            "Op 18 maart doodden twee schutters in het museum van Sousse 21 buitenlandse toeristen; ook "
            "die aanslag eiste Islamitische Staat op.",
            "Attack",
        ),
    ],
)
def test_the_shape_is_coded(coded: Coded, lang: str, text: str, sub_type: str) -> None:
    assert sub_type in sub_types(coded, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "sub_type"),
    [
        (
            "en",
            "On Sunday thousands of inmates walked out of the central prison in Juba after the guards fled.",
            "Peaceful protest",
        ),
        ("nl", "Hamas ontkende dat het had ingestemd met een staakt-het-vuren in Gaza.", "Agreement"),
        (
            "nl",
            "Dinsdag ontplofte een oude granaat uit de Tweede Wereldoorlog bij een school in Ieper.",
            "Grenade",
        ),
        (
            "nl",
            "Dinsdag arresteerden gendarmes in Bamako ongeveer dertig Malinese militairen die de "
            "staatsgreep hadden gesteund.",
            "Other",
        ),
        ("nl", "De aanklager eiste twaalf jaar cel tegen de man die drie toeristen doodde.", "Attack"),
    ],
)
def test_the_decoy_is_not_coded(coded: Coded, lang: str, text: str, sub_type: str) -> None:
    assert sub_type not in sub_types(coded, text, lang)


def test_a_dutch_transliteration_finds_the_town(placed: Coded) -> None:
    text = "Gisteren staken jongeren in Zjanaozen het stadhuis in brand, en de politie opende het vuur."
    assert {location for _, location in placed(text, "nl", date="2011-12-17")} == {"Zhanaozen"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "On March 6 the FNLA took full control of Uige after a siege of forty days, when the last "
            "government troops withdrew towards the coast.",
        ),
        (
            "nl",
            "Op 6 maart kreeg de FNLA na een beleg van veertig dagen Uige volledig in handen, toen de "
            "laatste regeringstroepen zich naar de kust terugtrokken.",
        ),
    ],
)
def test_a_town_taken_as_the_last_government_troops_withdraw(coded: Coded, lang: str, text: str) -> None:
    assert ("Non-state actor overtakes territory", "1993-03-06") in coded(text, lang, date="1993-03-20")


def test_a_dutch_past_sentence_that_opens_with_its_day_tells_last_year(timex_values: Valued) -> None:
    text = "Op 18 maart doodden twee schutters 21 toeristen in het museum."
    assert "2015-03-18" in timex_values(text, "2015-11-25", "nl").values()


def test_rioters_killed_in_clashes_with_police_are_a_violent_demonstration(coded: Coded) -> None:
    text = (
        "Last night protesters built barricades, burned cars and looted shops in the centre of Minsk, "
        "and five people were killed in clashes with police."
    )
    found = sub_types(coded, text, "en")
    assert "Violent demonstration" in found
    assert "Excessive force against protesters" not in found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "On Friday supporters and opponents of the president fought with stones in Tripoli, and "
            "three people were killed.",
        ),
        (
            "en",
            "On Sunday youths attacked the ruling party's offices in Tunis with petrol bombs, and guards "
            "inside opened fire.",
        ),
        (
            "nl",
            "Vrijdag bestookten aanhangers en tegenstanders van de president elkaar in Tripoli met stenen, "
            "waarbij drie doden vielen.",
        ),
        (
            "nl",
            "Zondag bestookten jongeren de kantoren van de regeringspartij in Tunis met molotovcocktails, "
            "waarna bewakers het vuur openden.",
        ),
    ],
)
def test_rival_crowds_and_firebombing_youths_are_a_violent_demonstration(
    coded: Coded, lang: str, text: str
) -> None:
    assert "Violent demonstration" in sub_types(coded, text, lang)
