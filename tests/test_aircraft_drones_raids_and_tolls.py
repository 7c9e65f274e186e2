"""Aircraft shot down, drones that strike or are disabled, units that take a place, raids
without arrests, people taken from their homes, and tolls in "-tal" words.

Shapes from the development set `events_articles_dev31`; the sentences are our own.
"""

from __future__ import annotations

import pytest

from conftest import Coded, Kept, Tolled


@pytest.mark.parametrize(
    ("lang", "sentence", "sub_type"),
    [
        # a manned aircraft shot down by the other side: a battle, not a disrupted weapon
        (
            "nl",
            "Boven de grens schoten Indiase straaljagers een Pakistaans gevechtsvliegtuig neer.",
            "Armed clash",
        ),
        ("en", "Over the border Indian jets shot down a Pakistani fighter.", "Armed clash"),
        # drones disabled by air defences
        (
            "nl",
            "Vannacht werden boven de haven drie drones door de luchtverdediging uitgeschakeld.",
            "Disrupted weapons use",
        ),
        (
            "en",
            "Overnight three drones were disabled over the port by air defences.",
            "Disrupted weapons use",
        ),
        # a drone that destroys something, the verb first
        ("nl", "Dinsdag vernietigde een Turkse drone een pick-up bij Qamishli.", "Air/drone strike"),
        # bombs dropped, many words between the verb and the bombs
        (
            "nl",
            "Gisteren wierpen legervliegtuigen die waren opgestegen van de basis bij Gao rond het middaguur "
            "bommen op het marktplein van Tessalit.",
            "Air/drone strike",
        ),
        # a country's units, named by their nationality, take a place
        (
            "nl",
            "Gisteren veroverden Syrische eenheden na zware gevechten het vliegveld van Tabqa.",
            "Government regains territory",
        ),
        (
            "en",
            "Yesterday Syrian units took Tabqa airfield after heavy fighting.",
            "Government regains territory",
        ),
        # a state's units taking a place from the armed side that held it
        (
            "en",
            "On Friday evening Sudanese police and army units moved into Kassala and took the "
            "governor's office and the market from the tribal guards.",
            "Government regains territory",
        ),
        # peacekeepers seized by an armed group: an abduction
        (
            "nl",
            "Op 3 juni nam de rebellengroep bij Kidal ruim veertig blauwhelmen van de VN gevangen.",
            "Abduction/forced disappearance",
        ),
        (
            "en",
            "On June 3 the MNLA seized more than three hundred UN peacekeepers near Kidal.",
            "Abduction/forced disappearance",
        ),
        # a place taken without a shot
        (
            "nl",
            "Gisteren namen Taliban-strijders de grenspost bij Spin Boldak zonder een schot in.",
            "Non-violent transfer of territory",
        ),
        # offices occupied or sealed off, no one arrested: a raid
        (
            "nl",
            "Vanochtend bezetten soldaten de kantoren van de staatsomroep in Bamako; "
            "er werd niemand aangehouden.",
            "Other",
        ),
        (
            "en",
            "This morning soldiers sealed off the offices of the state broadcaster in Bamako "
            "but made no arrests.",
            "Other",
        ),
        # leaders taken from their homes, with an apposition and a list between
        (
            "nl",
            "In de nacht van zondag op maandag haalde de politie Ahmed Bello, de voorzitter van de "
            "oppositiepartij, en ruim vijftig andere partijleiders uit hun huizen in Kano.",
            "Arrests",
        ),
        (
            "en",
            "Overnight from Sunday to Monday police took Ahmed Bello, chairman of the opposition party, "
            "and more than fifty other party leaders from their homes in Kano.",
            "Arrests",
        ),
    ],
)
def test_the_sentence_tells_its_event(kept: Kept, lang: str, sentence: str, sub_type: str) -> None:
    assert kept(lang, sentence) == [sub_type]


def test_a_plane_shot_down_with_a_missile_stays_a_disrupted_weapon(kept: Kept) -> None:
    assert kept("en", "Air defences shot down a drone and a missile over the port.") == [
        "Disrupted weapons use"
    ]


def test_a_toll_in_a_tal_word_with_the_fighting_between(tolled: Tolled) -> None:
    text = (
        "BAMAKO - Gistermiddag vochten soldaten urenlang tegen rebellen bij de kazerne van Kati. "
        "Een twaalftal rebellen en soldaten kwam bij de gevechten om, aldus het leger."
    )
    assert tolled(text, "nl", date="2012-03-22") == [("Armed clash", 12)]


def test_a_battle_in_the_afternoon_stays_apart_from_the_evening_riot(coded: Coded) -> None:
    """The riot of the evening does not take in the battle that the afternoon told."""
    text = (
        "BAMAKO - Gistermiddag vochten soldaten die trouw zijn aan de president urenlang rond het "
        "ministerie van Defensie tegen muitende parachutisten, tot die zich overgaven. "
        "Gisteravond staken aanhangers van de president, die uit protest tegen de muiterij waren "
        "opgetrokken, het hoofdkwartier van de oppositie en verscheidene auto's in brand."
    )
    found = coded(text, "nl", date="2012-03-22")
    assert sorted(found) == [("Armed clash", "2012-03-21"), ("Violent demonstration", "2012-03-21")]


def test_a_background_event_with_its_calendar_day_is_kept(coded: Coded) -> None:
    """The sentence model, taught to drop undated background, does not drop a sentence that
    writes out the day of the earlier attack it tells."""
    text = (
        "DOUMA - Zaterdag wierpen regeringsvliegtuigen gasbommen op een wijk van Douma; volgens "
        "artsen kwamen twaalf mensen om. Volgens de VN was het de zwaarste gasaanval sinds 3 maart, "
        "toen regeringsvliegtuigen gasbommen wierpen op Douma en ruim zestig mensen doodden."
    )
    assert coded(text, "nl", date="2018-04-10") == [
        ("Chemical weapon", "2018-04-07"),
        ("Chemical weapon", "2018-03-03"),
    ]


@pytest.mark.parametrize(
    ("lang", "sentence", "sub_types"),
    [
        # exercises, accidents and a season's protests tell no event
        ("en", "The navy held a missile exercise off the coast on Friday, the ministry said.", []),
        (
            "en",
            "Four people were killed on Sunday when a minibus carrying pilgrims to the shrine "
            "overturned near Tamale.",
            [],
        ),
        ("en", "Students held protests on campuses throughout the summer.", []),
        # fire on a crowd told as people protesting
        (
            "en",
            "On Friday guards opened fire on hundreds of people protesting outside the governor's house.",
            ["Excessive force against protesters"],
        ),
        (
            "nl",
            "Vrijdag openden bewakers het vuur op honderden mensen die voor het huis van de "
            "gouverneur betoogden.",
            ["Excessive force against protesters"],
        ),
        # a strike called off and a march postponed tell no event
        (
            "nl",
            "Een geplande lerarenstaking werd dinsdag afgeblazen nadat de minister "
            "loonsverhoging had toegezegd.",
            [],
        ),
        (
            "nl",
            "Een mars tegen geweld die zaterdag zou plaatsvinden, is op verzoek van de politie uitgesteld.",
            [],
        ),
        # police killing people where residents had just marched peacefully
        (
            "nl",
            "Zondagnacht schoot de politie vier jongemannen dood in Mathare, waar bewoners kort "
            "ervoor vreedzaam hadden betoogd.",
            ["Excessive force against protesters"],
        ),
        # people gathering to protest
        (
            "nl",
            "De spanning loopt op sinds 2 maart, toen inwoners van de hele regio aan de oever van de rivier "
            "bijeenkwamen om te protesteren tegen de bezetting.",
            ["Peaceful protest"],
        ),
        # a named militia declared dissolved, past an apposition
        (
            "nl",
            "Gisteren maakte het presidentieel paleis bekend dat de Jeugdbrigades, officieel de "
            "Nationale Vrijwilligers, zijn ontbonden.",
            ["Change to group/activity"],
        ),
        (
            "en",
            "Yesterday the presidential palace announced that the Youth Brigades, formally the "
            "National Volunteers, had been dissolved.",
            ["Change to group/activity"],
        ),
        # crowds hunting people down
        (
            "en",
            "On Sunday crowds hunted down suspected informers in the market, beating three of them to death.",
            ["Mob violence"],
        ),
    ],
)
def test_what_the_sentence_tells(kept: Kept, lang: str, sentence: str, sub_types: list[str]) -> None:
    assert kept(lang, sentence) == sub_types
