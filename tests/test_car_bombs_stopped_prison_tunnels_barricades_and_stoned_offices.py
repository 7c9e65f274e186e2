"""Event shapes of `events_articles_dev40`, in sentences of our own: car bombs destroyed before
they reach their target (Disrupted weapons use, not a suicide bombing), prisoners escaping
through a tunnel (a mass escape, Other), police firing on youths guarding a barricade
(excessive force against protesters), arrests of people who organised riots (an arrest, not
the riot), workers stoning a company's offices (a violent demonstration, not mob violence),
people taken off a bus or out of a car (an abduction, not a town taken), arms found under a
floor, the Republican Guard retaking a town, a customs officer shot dead (an attack on a
civilian), rebels of a 'Liberation Front' taking a town, lorries set on fire, a counted crowd
stoning the police, and a street named with two words before 'Road'; and decoys: a flypast and
gun salute, a court that jailed policemen for an old beating, fighters who came back with heavy
weapons, totals since a month, protests 'since martial law was declared', and a month of
protests as background.
"""

from __future__ import annotations

import pytest

from conftest import Coded, sub_types


@pytest.mark.parametrize(
    ("lang", "text", "sub_type"),
    [
        (
            "en",
            "On Friday a drone destroyed two car bombs driven by suicide attackers near Tal Afar before "
            "they reached the lines.",
            "Disrupted weapons use",
        ),
        (
            "nl",
            "Vrijdag vernietigde een drone bij Tal Afar twee autobommen met zelfmoordterroristen voordat zij "
            "de linies bereikten.",
            "Disrupted weapons use",
        ),
        (
            "en",
            "On Monday 41 prisoners escaped through a tunnel from the central prison in Culiacan.",
            "Other",
        ),
        (
            "nl",
            "Maandag ontsnapten 41 gevangenen door een tunnel uit de centrale gevangenis van Culiacán.",
            "Other",
        ),
        (
            "en",
            "On Tuesday police fired on students guarding a barricade in Leon; two of them were killed.",
            "Excessive force against protesters",
        ),
        (
            "nl",
            "Dinsdag schoten agenten op studenten die een barricade in León bewaakten; twee "
            "van hen kwamen om.",
            "Excessive force against protesters",
        ),
        (
            "en",
            "Police said they had arrested 30 people in Basra who had organised riots last week.",
            "Arrests",
        ),
        (
            "nl",
            "De politie zei dat zij in Basra dertig mensen had gearresteerd die vorige week rellen hadden "
            "georganiseerd.",
            "Arrests",
        ),
        (
            "en",
            "On Thursday about three hundred workers threw stones at the steel company's "
            "offices in Kryvyi Rih.",
            "Violent demonstration",
        ),
        (
            "nl",
            "Donderdag gooiden zo'n driehonderd arbeiders stenen naar het kantoor van het staalbedrijf in "
            "Kryvy Rih.",
            "Violent demonstration",
        ),
        (
            "en",
            "On Sunday gunmen took six engineers from a bus near Warri and drove off with them.",
            "Abduction/forced disappearance",
        ),
        (
            "nl",
            "Zondag haalden gewapende mannen bij Warri zes ingenieurs uit een bus en reden met hen weg.",
            "Abduction/forced disappearance",
        ),
        (
            "en",
            "On Monday soldiers searching a farm near Kirkuk found 30 rifles and a box of "
            "hand grenades in a well.",
            "Disrupted weapons use",
        ),
        (
            "en",
            "On Tuesday the Guard retook Hilla after street fighting, state radio said.",
            "Government regains territory",
        ),
        ("en", "On Wednesday a gunman shot dead a customs officer at the port of Mombasa.", "Attack"),
        (
            "en",
            "On Saturday fighters of the Oromo Liberation Front took the town of Nekemte after a day of "
            "fighting with federal troops.",
            "Non-state actor overtakes territory",
        ),
        (
            "en",
            "On Sunday night masked men set fire to four lorries at a sawmill near Collipulli.",
            "Looting/property destruction",
        ),
        (
            "en",
            "On Saturday several hundred anarchists threw stones and bottles at police in Hamburg.",
            "Violent demonstration",
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
            "On Friday a drone destroyed two car bombs driven by suicide attackers near Tal Afar before "
            "they reached the lines.",
            "Suicide bomb",
        ),
        (
            "en",
            "On Thursday about three hundred workers threw stones at the steel company's "
            "offices in Kryvyi Rih.",
            "Mob violence",
        ),
        (
            "en",
            "On Sunday gunmen took six engineers from a bus near Warri and drove off with them.",
            "Non-state actor overtakes territory",
        ),
        ("en", "On Wednesday a gunman shot dead a customs officer at the port of Mombasa.", "Armed clash"),
        (
            "en",
            "Air force jets flew over Jakarta in formation, and warships fired a 21-gun salute.",
            "Air/drone strike",
        ),
        (
            "en",
            "Last week a court in Warsaw jailed three former policemen for beating a student in 1983.",
            "Arrests",
        ),
        (
            "en",
            "Many of the fighters came back from Libya with heavy weapons after the war.",
            "Shelling/artillery/missile attack",
        ),
        (
            "en",
            "Since July gunmen and angry crowds have killed more than 60 people in the province.",
            "Mob violence",
        ),
        (
            "en",
            "The government blamed the opposition for the worst riots since martial law was declared in "
            "March.",
            "Change to group/activity",
        ),
        (
            "en",
            "The strike came at the end of a month of protests against the closure of the mines.",
            "Peaceful protest",
        ),
    ],
)
def test_the_decoy_is_not_coded(coded: Coded, lang: str, text: str, sub_type: str) -> None:
    assert sub_type not in sub_types(coded, text, lang)


def test_a_street_named_with_two_words_before_road_is_no_town(placed: Coded) -> None:
    text = "On Friday a grenade exploded among marchers on Banthat Thong Road in Bangkok, killing one man."
    assert {location for _, location in placed(text, "en", date="2014-01-20")} == {"Bangkok"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "On Saturday about 300 supporters of a far-right party marched through the centre of Dresden, "
            "chanting slogans against foreigners. The same day several hundred anarchists in the Pieschen "
            "district threw stones and bottles at police and set fire to rubbish bins. Police used water "
            "cannon; twenty people were detained.",
        ),
        (
            "nl",
            "Zaterdag liepen ongeveer driehonderd aanhangers van een extreemrechtse partij door het centrum "
            "van Dresden, met leuzen tegen buitenlanders. Dezelfde dag gooiden enkele honderden anarchisten "
            "in de wijk Pieschen stenen en flessen naar de politie en staken zij vuilnisbakken in brand. De "
            "politie zette waterkanonnen in; twintig mensen werden aangehouden.",
        ),
    ],
)
def test_a_riot_of_another_crowd_the_same_day_keeps_the_march_apart(
    coded: Coded, lang: str, text: str
) -> None:
    found = sub_types(coded, text, lang, date="2005-05-03")
    assert {"Peaceful protest", "Violent demonstration"} <= found
    assert "Arrests" not in found  # the detentions are the riot's own
