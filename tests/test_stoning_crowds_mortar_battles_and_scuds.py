"""Crowds that stone the police before it fires, battles fought with mortars, missiles
named by their make, bases set up and leaders taken away, and a fight told on another
day than the march before it. Our own sentences, written for these rules (2024-01-17 is
a Wednesday)."""

import pytest


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # A crowd that throws stones or sets cars on fire before the police fire on it is a
        # violent demonstration, in one sentence as across sentences.
        (
            "In Kano on Monday demonstrators hurled stones and set two buses on fire, and police opened "
            "fire; at least four people were killed.",
            "en",
            [("Violent demonstration", "2024-01-15")],
        ),
        (
            "Betogers gooiden maandag in Kano stenen en staken twee bussen in brand, en de politie opende "
            "het vuur; zeker vier mensen kwamen om.",
            "nl",
            [("Violent demonstration", "2024-01-15")],
        ),
        # Police firing on a crowd that threw nothing stays excessive force.
        (
            "Police opened fire on demonstrators in Kano on Monday, killing four people.",
            "en",
            [("Excessive force against protesters", "2024-01-15")],
        ),
        # Two sides fighting with machine guns and mortars: an armed clash, no shelling.
        (
            "On Monday soldiers and fighters of the Liberation Front fought for hours with machine guns "
            "and mortars in the old town of Kassala, and at least seven people were killed.",
            "en",
            [("Armed clash", "2024-01-15")],
        ),
        (
            "Maandag vochten militairen en strijders van het Bevrijdingsfront urenlang met mitrailleurs "
            "en mortieren in de oude stad van Kassala, waarbij zeker zeven doden vielen.",
            "nl",
            [("Armed clash", "2024-01-15")],
        ),
        # The army firing mortars at a district stays shelling.
        (
            "Het leger beschoot maandag de oude stad van Kassala met mortieren.",
            "nl",
            [("Shelling/artillery/missile attack", "2024-01-15")],
        ),
        # Missiles named by their make, and missiles that fall on a city.
        (
            "On Monday night two Scuds hit a residential district of Dhahran, lightly injuring six people.",
            "en",
            [("Shelling/artillery/missile attack", "2024-01-15")],
        ),
        (
            "Maandagnacht sloegen twee Scuds in een woonwijk van Dhahran in, waarbij zes mensen "
            "lichtgewond raakten.",
            "nl",
            [("Shelling/artillery/missile attack", "2024-01-15")],
        ),
        (
            "Maandagnacht vielen drie raketten op Dhahran, waar niemand gewond raakte.",
            "nl",
            [("Shelling/artillery/missile attack", "2024-01-15")],
        ),
        # Guarding against a gas attack is no chemical attack.
        (
            "People in Dhahran have been told to keep gas masks at hand and to seal a room against a gas "
            "attack.",
            "en",
            [],
        ),
        (
            "Inwoners van Dhahran moeten een kamer in hun huis afplakken tegen een aanval met gifgas.",
            "nl",
            [],
        ),
        # Troops landing at an airport and setting it up as their base; the compound
        # 'Sovjetparachutisten' names troops too.
        (
            "On Monday night Soviet paratroopers landed at the airfield of Kabul and set it up as "
            "their base.",
            "en",
            [("Headquarters or base established", "2024-01-15")],
        ),
        (
            "Maandagnacht landden Sovjetparachutisten op het vliegveld van Kabul, dat zij als hun basis "
            "inrichtten.",
            "nl",
            [("Headquarters or base established", "2024-01-15")],
        ),
        # 'Sovjettroepen' firing on an unarmed crowd: excessive force.
        (
            "Sovjettroepen hebben maandag in Vilnius het vuur geopend op een ongewapende menigte, waarbij "
            "zeker dertien doden vielen.",
            "nl",
            [("Excessive force against protesters", "2024-01-15")],
        ),
        # A leader taken by soldiers to an unknown destination: an abduction.
        (
            "On Monday soldiers took the opposition leader Ali Nur and three of his aides from the party "
            "office in Kassala to an unknown destination.",
            "en",
            [("Abduction/forced disappearance", "2024-01-15")],
        ),
        (
            "Maandag voerden soldaten oppositieleider Ali Nur en drie medewerkers in Kassala uit het "
            "partijkantoor af naar een onbekende bestemming.",
            "nl",
            [("Abduction/forced disappearance", "2024-01-15")],
        ),
        # A stabbing by one man is no mob's; a Dutch report that names the attacker's
        # right-wing group gives the killing a political side, even in Japan.
        (
            "A sect leader was stabbed outside his office in Osaka on Monday. He was attacked with a knife "
            "by a man who then gave himself up. Police said the attacker, a member of a right-wing group, "
            "had acted alone.",
            "en",
            [("Attack", "2024-01-15")],
        ),
        (
            "Een sekteleider is maandag voor zijn kantoor in Osaka neergestoken. De dader, lid van een "
            "rechtse groepering, meldde zich daarna bij de politie.",
            "nl",
            [("Attack", "2024-01-15")],
        ),
    ],
)
def test_crowds_battles_missiles_bases_and_abductions(coded, text, lang, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Ongeveer twintigduizend studenten hebben woensdag in Kano vreedzaam gedemonstreerd. "
            "Op vrijdag 12 januari waren in het centrum urenlang gevechten uitgebroken. "
            "Betogers gooiden stenen en staken auto's in brand.",
            "nl",
        ),
    ],
)
def test_a_riot_told_after_another_day_is_not_the_march_before_it(coded, text, lang):
    # The riot follows a sentence that names its day, not the march's: it is that day's.
    assert sorted(coded(text, lang)) == [
        ("Peaceful protest", "2024-01-17"),
        ("Violent demonstration", "2024-01-12"),
    ]
