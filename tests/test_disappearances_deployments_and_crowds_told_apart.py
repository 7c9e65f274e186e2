"""Event shapes of `events_articles_dev36`, in sentences of our own: people taken from their
homes and never seen again (a disappearance), gangs breaking into shops (looting), a building
made a headquarters, units arriving, flown in or brought to an airfield, rubber bullets fired
into a crowd and opponents of a vote fired on (excessive force), a militia taking a town after
months of war, islanders forcing the police off the island, workers blocking a road, crowds
walking to a consulate, security forces rounding people up, strikers removed by the police,
Dutch wordings that only English read before (a killing with commas between verb and 'dood',
houses attacked and their occupants shot, a bomber who killed himself, gas let loose, a mob
attacking a house, youths who fought the police); events told apart by their own time
(warships' shelling after a bomber's raid, a battle the morning of a grenade attack); and decoys:
a parade marching past the president, a nuclear test, a gunman armed with a grenade, a
funeral or mourning of murdered people, fire bombs seized, a burglary, spectators watching
displays, a headquarters that a commander had set up.
"""

from __future__ import annotations

import pytest

from conftest import Coded, sub_types


@pytest.mark.parametrize(
    ("lang", "text", "sub_type"),
    [
        # taken from home and never seen again: a disappearance
        (
            "nl",
            "Dinsdagavond haalden twee mannen in burgerkleding de hoofdredacteur Ali Rahimi uit zijn huis "
            "in Herat; zijn lichaam werd twee dagen later gevonden.",
            "Abduction/forced disappearance",
        ),
        (
            "en",
            "On Tuesday evening two men in plain clothes took the editor Ali Rahimi from his home in Herat; "
            "his body was found two days later.",
            "Abduction/forced disappearance",
        ),
        (
            "nl",
            "Dinsdag haalden soldaten zes studenten uit hun huizen in Kayes; van hen is sindsdien niets "
            "meer vernomen.",
            "Abduction/forced disappearance",
        ),
        (
            "en",
            "On Tuesday soldiers took away six students from their homes in Kayes, and nothing has been "
            "heard of them since.",
            "Abduction/forced disappearance",
        ),
        # gangs breaking into shops: looting
        (
            "nl",
            "Dinsdagnacht braken bendes jongeren in bij supermarkten in Kingston en gingen ervandoor met "
            "eten en drank.",
            "Looting/property destruction",
        ),
        (
            "en",
            "On Tuesday night gangs of youths broke into supermarkets in Kingston and carried off food and "
            "drink.",
            "Looting/property destruction",
        ),
        # a building made a headquarters
        (
            "nl",
            "Dinsdag maakten de muiters van het stadhuis van Vila hun hoofdkwartier.",
            "Headquarters or base established",
        ),
        (
            "en",
            "On Tuesday the mutineers made the town hall of Vila their headquarters.",
            "Headquarters or base established",
        ),
        # units arriving, flown in and patrolling, brought to an airfield
        (
            "nl",
            "Dinsdag kwam een compagnie Gurkha's uit Hongkong aan om het vliegveld van Bandar Seri Begawan "
            "te bewaken.",
            "Change to group/activity",
        ),
        (
            "en",
            "On Tuesday a company of Gurkhas arrived from Hong Kong to guard the airport at Bandar Seri "
            "Begawan.",
            "Change to group/activity",
        ),
        (
            "nl",
            "Dinsdag begon een bataljon mariniers, dat uit Manilla was overgevlogen, in Jolo te "
            "patrouilleren.",
            "Change to group/activity",
        ),
        (
            "en",
            "On Tuesday a battalion of marines flown in from Manila began patrolling Jolo.",
            "Change to group/activity",
        ),
        (
            "nl",
            "Dinsdag liet de gouverneur de Nationale Garde patrouilleren in Baton Rouge.",
            "Change to group/activity",
        ),
        (
            "nl",
            "Dinsdag bracht een vliegtuig van de luchtmacht nog eens 60 gendarmes uit Cayenne naar het "
            "vliegveld van Saint-Laurent.",
            "Change to group/activity",
        ),
        (
            "en",
            "On Tuesday an air force plane brought 60 more gendarmes from Cayenne to the airfield at "
            "Saint-Laurent.",
            "Change to group/activity",
        ),
        (
            "nl",
            "Dinsdag landde een compagnie legionairs op het vliegveld van Bangui.",
            "Change to group/activity",
        ),
        # excessive force: a rubber bullet into a crowd, opponents of a vote fired on
        (
            "nl",
            "Dinsdag verloor een meisje een oog toen een agent een rubberkogel afvuurde op een menigte "
            "demonstranten in Santiago.",
            "Excessive force against protesters",
        ),
        (
            "en",
            "On Tuesday a girl lost an eye when a policeman fired a rubber bullet into a crowd of "
            "demonstrators in Santiago.",
            "Excessive force against protesters",
        ),
        (
            "nl",
            "Dinsdag opende de politie het vuur op tegenstanders van de nieuwe grondwet in Conakry, "
            "waarbij drie mensen werden gedood.",
            "Excessive force against protesters",
        ),
        (
            "en",
            "On Tuesday police opened fire on opponents of the new constitution in Conakry, killing three "
            "people.",
            "Excessive force against protesters",
        ),
        # a town taken after months of war; the police forced off an island
        (
            "nl",
            "Op 3 juni 1997 nam de Ninja-militie, gesteund door huurlingen, na twee maanden strijd "
            "Kinkala in.",
            "Non-state actor overtakes territory",
        ),
        (
            "en",
            "On June 3, 1997 the Ninja militia, backed by mercenaries, took Kinkala after two months of "
            "fighting.",
            "Non-state actor overtakes territory",
        ),
        (
            "nl",
            "Dinsdag omsingelden gewapende eilanders het politiebureau van Lifou en dwongen zij de agenten "
            "het eiland te verlaten.",
            "Non-state actor overtakes territory",
        ),
        (
            "en",
            "On Tuesday armed islanders surrounded the police station on Lifou and forced the police off "
            "the island.",
            "Non-state actor overtakes territory",
        ),
        # workers blocking a road; a crowd walking to a consulate waving flags
        (
            "nl",
            "Dinsdag blokkeerden werknemers van de haven de weg naar de terminal van Callao.",
            "Peaceful protest",
        ),
        (
            "en",
            "On Tuesday dock workers blocked the road to the container terminal in Callao.",
            "Peaceful protest",
        ),
        (
            "nl",
            "Dinsdag liepen zo'n tweeduizend mensen door de regen in Riga naar de ambassade van Rusland, "
            "zwaaiend met vlaggen.",
            "Peaceful protest",
        ),
        # security forces rounding people up; strikers removed by the police
        (
            "nl",
            "Dinsdag pakten soldaten volgens een hulporganisatie zo'n veertig migranten op in de havenwijk "
            "van Tripoli.",
            "Arrests",
        ),
        (
            "en",
            "On Tuesday soldiers rounded up some 40 migrants in the port district of Tripoli.",
            "Arrests",
        ),
        (
            "en",
            "On Tuesday police removed striking dock workers who had occupied the harbour office in "
            "Mombasa and detained six of them.",
            "Protest with intervention",
        ),
        (
            "nl",
            "Zondag arresteerden militairen oud-president Pascal Lissouba in zijn huis in Pointe-Noire op "
            "beschuldiging dat hij een staatsgreep had beraamd.",
            "Arrests",
        ),
        # Dutch wordings that English already read
        (
            "nl",
            "Dinsdagavond schoot een schutter de burgemeester en zijn chauffeur, een oud-politieman, dood "
            "in Tetovo.",
            "Attack",
        ),
        (
            "nl",
            "Dinsdag vielen soldaten vijf huizen in Maseru aan, waarbij zij de bewoners neerschoten.",
            "Attack",
        ),
        (
            "nl",
            "Dinsdag bracht een man in de hal van het station van Minsk een bom tot ontploffing, waarbij "
            "hij zichzelf en drie reizigers doodde.",
            "Suicide bomb",
        ),
        (
            "nl",
            "Dinsdag liet een man in de metro van Tokio zelfgemaakt gifgas ontsnappen.",
            "Chemical weapon",
        ),
        (
            "nl",
            "Dinsdagavond viel een menigte dorpelingen in Kisii het huis aan van een dorpshoofd dat de "
            "regering steunt.",
            "Mob violence",
        ),
        (
            "nl",
            "Dinsdag sloegen jongeren die bij een concert waren geweigerd in Hamilton etalageruiten in en "
            "vochten zij met de politie.",
            "Violent demonstration",
        ),
        (
            "nl",
            "Dinsdag gooiden honderden boeren die tegen de lage prijzen protesteerden stenen naar de "
            "politie in Lima.",
            "Violent demonstration",
        ),
        (
            "nl",
            "Dinsdagavond tekenden de junta en de bemiddelaars in Niamey een akkoord over verkiezingen.",
            "Agreement",
        ),
    ],
)
def test_the_shape_is_coded(coded: Coded, lang: str, text: str, sub_type: str) -> None:
    assert sub_type in sub_types(coded, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "first", "second"),
    [
        (
            "en",
            "Early yesterday a bomber dropped 20 bombs on the airfield at Goose Green. Last night warships "
            "shelled positions around Goose Green for several hours.",
            "Air/drone strike",
            "Shelling/artillery/missile attack",
        ),
        (
            "nl",
            "Op 2 april gooiden commando's handgranaten in de kazerne van Goose Green. Dezelfde ochtend "
            "vochten zij twee uur lang met de mariniers in Goose Green.",
            "Grenade",
            "Armed clash",
        ),
    ],
)
def test_two_acts_told_with_their_own_time_stay_two(
    coded: Coded, lang: str, text: str, first: str, second: str
) -> None:
    assert {first, second} <= sub_types(coded, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "sub_type"),
    [
        ("en", "On Tuesday soldiers and schoolchildren marched past the new president.", "Peaceful protest"),
        (
            "en",
            "The protests began after France exploded a nuclear device under Fangataufa on Tuesday.",
            "Remote explosive/landmine/IED",
        ),
        (
            "en",
            "On Tuesday a man armed with a knife and a hand grenade forced his way into the bank and took "
            "the clerks hostage.",
            "Grenade",
        ),
        ("en", "Samoa today buried its murdered finance minister.", "Attack"),
        ("en", "Norway today mourned the victims of its worst shooting, with flags at half mast.", "Attack"),
        (
            "en",
            "On Tuesday police arrested 12 gang members in raids and seized knives and petrol bombs.",
            "Looting/property destruction",
        ),
        (
            "en",
            "On Tuesday burglars broke into a house in Leeds and made off with jewellery.",
            "Looting/property destruction",
        ),
        (
            "nl",
            "Duizenden mensen stonden dinsdag in de haven van Nuuk om naar kajakdemonstraties te kijken.",
            "Peaceful protest",
        ),
        (
            "nl",
            "Dinsdag verzamelden zich zo'n honderd eilanders bij de school waar de commandant zijn "
            "hoofdkwartier had ingericht.",
            "Headquarters or base established",
        ),
        (
            "nl",
            "Dinsdag vochten jongeren in Hamilton met de politie nadat zij etalageruiten hadden ingegooid.",
            "Armed clash",
        ),
        (
            "en",
            "On Tuesday soldiers fired into the air and threw stun grenades to disperse the crowd.",
            "Grenade",
        ),
        (
            "nl",
            "Dinsdag landde een legerhelikopter in Duncan Town, waarna soldaten het dorp doorzochten.",
            "Change to group/activity",
        ),
        (
            "nl",
            "Dinsdag grepen Franse troepen die eerder naar het eiland waren gestuurd niet in.",
            "Change to group/activity",
        ),
    ],
)
def test_the_decoy_is_not_coded(coded: Coded, lang: str, text: str, sub_type: str) -> None:
    assert sub_type not in sub_types(coded, text, lang)
