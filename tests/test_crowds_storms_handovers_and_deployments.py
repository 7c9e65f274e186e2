"""More sub-types from dev33's misses, mostly Dutch ones the English lexicon already read:
forces who storm a place where unarmed people keep watch, or fire on crowds; a crowd
driven away with tear gas; a square filled or a human chain formed; a headquarters set
up; a place taken over that the other side left or handed over without a fight; armed
men who cross a border and take a town; rulers who have politicians rounded up; soldiers
who lead a government away; peacekeepers sent to a town.

Shapes from the development set `events_articles_dev33`; the sentences are our own.
"""

from __future__ import annotations

import pytest

from conftest import Coded


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "On Sunday troops stormed the radio station, where hundreds of unarmed people were "
            "keeping watch.",
            "Excessive force against protesters",
        ),
        (
            "nl",
            "Zondag bestormden troepen het radiostation, waar honderden ongewapende mensen de wacht hielden.",
            "Excessive force against protesters",
        ),
        (
            "en",
            "On Sunday troops forced their way into the town, firing on crowds in the streets.",
            "Excessive force against protesters",
        ),
        (
            "nl",
            "Zondag drongen troepen de stad binnen, waarbij zij het vuur openden op menigten in de straten.",
            "Excessive force against protesters",
        ),
        (
            "nl",
            "Zondag openden schutters vanaf daken het vuur op de menigte bij het paleis, waarbij vier "
            "betogers werden gedood.",
            "Excessive force against protesters",
        ),
        (
            "en",
            "On Sunday soldiers seized the radio building, firing into the air and using tear gas to "
            "drive away the crowd outside.",
            "Protest with intervention",
        ),
        (
            "nl",
            "Zondag namen soldaten het radiogebouw in, waarbij zij in de lucht schoten en met traangas "
            "de menigte voor het gebouw verdreven.",
            "Protest with intervention",
        ),
        ("nl", "Zondag vulden tienduizenden mensen het plein voor het parlement.", "Peaceful protest"),
        (
            "nl",
            "Zondag vormden duizenden mensen een menselijke keten rond de kerncentrale.",
            "Peaceful protest",
        ),
        (
            "nl",
            "Zondag vestigden de rebellen hun hoofdkwartier in het stadion van Bouaké.",
            "Headquarters or base established",
        ),
        (
            "nl",
            "Zondag namen Nigeriaanse soldaten de grenspost over, die Kameroense troepen net hadden "
            "verlaten, zonder een schot te lossen.",
            "Non-violent transfer of territory",
        ),
        (
            "nl",
            "Zondag trokken Armeense troepen het district Kelbajar binnen, dat Azerbeidzjaanse troepen "
            "volgens het akkoord zonder strijd overdroegen.",
            "Non-violent transfer of territory",
        ),
        (
            "nl",
            "Zondag staken ruim tweehonderd gewapende mannen de grens over en namen zij het "
            "grensstadje Kolo in.",
            "Non-state actor overtakes territory",
        ),
        (
            "nl",
            "Zondag liet het paleis tientallen politici en zakenlieden uit het noorden oppakken.",
            "Arrests",
        ),
        ("en", "On Sunday soldiers stormed the parliament and led away the cabinet.", "Arrests"),
        (
            "en",
            "On Sunday the rebels took the capital, and the president fled.",
            "Non-state actor overtakes territory",
        ),
        (
            "nl",
            "Zondag doodden veiligheidstroepen in Chorog de jonge Ali Nazarov bij zijn aanhouding.",
            "Attack",
        ),
        ("nl", "Zondag bestormden soldaten het parlement en voerden zij de ministers af.", "Arrests"),
        (
            "en",
            "On Sunday Moscow sent the first of nearly two thousand peacekeepers to Stepanakert.",
            "Change to group/activity",
        ),
        (
            "nl",
            "Zondag stuurde Moskou de eerste van bijna tweeduizend vredestroepen naar Stepanakert.",
            "Change to group/activity",
        ),
    ],
)
def test_the_sub_type(coded: Coded, lang: str, text: str, expected: str) -> None:
    assert coded(text, lang, date="2020-11-24") == [(expected, "2020-11-22")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Zondag staken honderden vluchtelingen de grens over."),
    ],
)
def test_a_border_crossed_is_no_event(coded: Coded, lang: str, text: str) -> None:
    assert coded(text, lang, date="2020-11-24") == []
