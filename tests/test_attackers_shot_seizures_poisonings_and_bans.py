"""Event shapes of `events_articles_dev34`, in sentences of our own: attackers shot dead by
the guards they attacked (a battle), armed men attacking police posts (a battle, not a riot),
soldiers capturing rebels (an arrest), mutineers seizing the radio station (territory), a car
bomb that killed its bomber, a poisoning with a nerve agent, bans and emergencies told with a
long subject, a crowd that stormed and burned a building before the police fired (a riot),
workers attacking colleagues (a mob), a head of government held captive, activists with
banners removed by the police; and decoys: a training march, military marches on the radio,
a victim's body blown up after the killing.
"""

from __future__ import annotations

import pytest

from conftest import WEDNESDAY, Coded, sub_types


@pytest.mark.parametrize(
    ("lang", "text", "sub_type"),
    [
        (
            "nl",
            "Dinsdagavond openden drie mannen het vuur op het presidentieel paleis in Conakry; twee van "
            "de aanvallers werden door bewakers doodgeschoten.",
            "Armed clash",
        ),
        (
            "en",
            "On Tuesday evening three men opened fire on the presidential palace in Conakry; two of the "
            "attackers were shot dead by guards.",
            "Armed clash",
        ),
        (
            "nl",
            "Dinsdag vocht een bataljon van het leger met rebellen bij Bunia; twaalf strijders kwamen om.",
            "Armed clash",
        ),
        (
            "en",
            "On Tuesday an army battalion fought rebels near Bunia; twelve fighters were killed.",
            "Armed clash",
        ),
        (
            "nl",
            "Zaterdag vielen gewapende aanhangers van de krijgsheer twee politieposten in Gao aan; drie "
            "agenten kwamen om.",
            "Armed clash",
        ),
        (
            "en",
            "On Saturday armed supporters of the warlord attacked two police posts in Gao and set one on "
            "fire; three policemen were killed.",
            "Armed clash",
        ),
        (
            "nl",
            "Maandag drongen mannen in legeruniform een klooster bij Huehuetenango binnen en doodden vier "
            "paters en hun huishoudster.",
            "Attack",
        ),
        (
            "nl",
            "Zondagavond arresteerden agenten van een speciale eenheid de 25-jarige schutter in Malmö.",
            "Arrests",
        ),
        ("nl", "Gisteren namen soldaten bij Kindia zes rebellen gevangen.", "Arrests"),
        ("en", "Yesterday soldiers captured six rebels near Kindia.", "Arrests"),
        (
            "nl",
            "Dinsdag namen muiters het radiostation en het presidentiële paleis in Bangui in.",
            "Non-state actor overtakes territory",
        ),
        (
            "en",
            "On Tuesday mutineers seized the radio station and the presidential palace in Bangui.",
            "Non-state actor overtakes territory",
        ),
        (
            "nl",
            "Maandag ontplofte een autobom bij een kazerne in Kidal; twee soldaten en de aanslagpleger "
            "kwamen om.",
            "Suicide bomb",
        ),
        (
            "en",
            "On Monday a car bomb exploded at a barracks in Kidal; two soldiers and the bomber were killed.",
            "Suicide bomb",
        ),
        ("nl", "Maandag werd een overloper in Salisbury met een zenuwgif vergiftigd.", "Chemical weapon"),
        ("en", "On Monday a defector was poisoned with a nerve agent in Salisbury.", "Chemical weapon"),
        (
            "nl",
            "Gisteren verbood het bureau van de gouverneur tot nader order alle betogingen in Lahore.",
            "Change to group/activity",
        ),
        (
            "nl",
            "Dinsdag riep de president in Tanga en in de rest van de kustprovincie de noodtoestand uit.",
            "Change to group/activity",
        ),
        (
            "nl",
            "Maandag schoot de politie met hagel op betogers in Sitra, waarbij een jongen omkwam.",
            "Excessive force against protesters",
        ),
        (
            "nl",
            "Dinsdag bestormden betogers het gemeentehuis van Osh en staken het in brand; twee mensen kwamen "
            "om toen de politie het vuur opende.",
            "Violent demonstration",
        ),
        (
            "en",
            "On Tuesday protesters stormed the town hall in Osh and set it on fire; two people were killed "
            "when police opened fire.",
            "Violent demonstration",
        ),
        (
            "nl",
            "Zaterdag vielen dorpelingen bij Gujranwala christelijke buren aan; een man kwam om.",
            "Mob violence",
        ),
        (
            "en",
            "On Saturday villagers near Gujranwala attacked Christian neighbours; one man was killed.",
            "Mob violence",
        ),
        (
            "nl",
            "Dinsdag hielden muiters president Tandja in het paleis in Niamey vast tot hij aftrad.",
            "Abduction/forced disappearance",
        ),
        (
            "en",
            "On Tuesday mutineers held President Tandja captive in the palace in Niamey until he resigned.",
            "Abduction/forced disappearance",
        ),
        (
            "nl",
            "Dinsdag verwijderde de politie in Riga activisten die spandoeken aan de gevel van het "
            "ministerie hadden gehangen.",
            "Protest with intervention",
        ),
        (
            "en",
            "On Tuesday police in Riga removed activists who had hung banners on the ministry and detained "
            "three of them.",
            "Protest with intervention",
        ),
        (
            "en",
            "On Tuesday soldiers opened fire on hundreds of people who had gathered in the square to "
            "complain about prices; four people were killed.",
            "Excessive force against protesters",
        ),
        (
            "en",
            "On Tuesday the army deployed tanks on the main streets of Conakry.",
            "Change to group/activity",
        ),
        (
            "nl",
            "Zaterdag verzamelden zich in Tallinn zo'n vijfhonderd mensen voor een betoging tegen het "
            "verwijderen van het monument.",
            "Peaceful protest",
        ),
        ("nl", "Op 2 maart sloten de twee bendes in Medellín een vredesbestand.", "Agreement"),
        # a farm searched, where only materials for explosives were found: a search (ACLED Other)
        (
            "en",
            "On Tuesday police searched a farm near Hamar and found fertiliser and other materials for "
            "explosives.",
            "Other",
        ),
        (
            "nl",
            "Dinsdag doorzocht de politie een boerderij bij Hamar en vond daar kunstmest en andere "
            "stoffen voor explosieven.",
            "Other",
        ),
        # the attack those hunted down carried out, told with its own date, is told here
        (
            "en",
            "The president has promised to hunt down the network behind the suicide bombing outside the "
            "embassy in Nouakchott on June 14.",
            "Suicide bomb",
        ),
        (
            "nl",
            "Gisteren ondertekenden de rebellen van het FNL en de regering in Arusha het akkoord.",
            "Agreement",
        ),
        (
            "nl",
            "Dinsdag gaf de militie de kazerne in Bunia zonder een schot terug aan het leger.",
            "Non-violent transfer of territory",
        ),
        (
            "nl",
            "Dinsdag trokken aanhangers van de oppositie het centrum van Lomé in, waar zij winkels "
            "plunderden en in brand staken.",
            "Violent demonstration",
        ),
        ("nl", "Dinsdag plunderden plunderaars winkels in Kara.", "Looting/property destruction"),
        (
            "nl",
            "Dinsdagochtend ramde een tank de poort van de universiteit, terwijl soldaten op de studenten "
            "binnen schoten.",
            "Excessive force against protesters",
        ),
        (
            "nl",
            "Gisteren arresteerde de politie in Georgetown ruim dertig activisten van beide partijen.",
            "Arrests",
        ),
    ],
)
def test_the_shape_is_coded(coded: Coded, lang: str, text: str, sub_type: str) -> None:
    assert sub_type in sub_types(coded, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "sub_type"),
    [
        # the attackers were shot dead by the guards: a battle, not an attack on civilians
        (
            "en",
            "On Tuesday evening three men opened fire on the presidential palace in Conakry; two of the "
            "attackers were shot dead by guards.",
            "Attack",
        ),
        # armed men attacking police posts are no riot
        (
            "en",
            "On Saturday armed supporters of the warlord attacked two police posts in Gao and set one on "
            "fire; three policemen were killed.",
            "Violent demonstration",
        ),
        # a crowd that stormed and burned the town hall rioted, even though the police then fired
        (
            "nl",
            "Dinsdag bestormden betogers het gemeentehuis van Osh en staken het in brand; twee mensen kwamen "
            "om toen de politie het vuur opende.",
            "Excessive force against protesters",
        ),
        # the bomber died: a suicide bombing, not an IED
        (
            "en",
            "On Monday a car bomb exploded at a barracks in Kidal; two soldiers and the bomber were killed.",
            "Remote explosive/landmine/IED",
        ),
        # a victim's body blown up after the shooting is part of the killing
        (
            "nl",
            "Dinsdag schoten rebellen de burgemeester van Ayacucho dood en bliezen zij zijn lichaam op met "
            "dynamiet.",
            "Remote explosive/landmine/IED",
        ),
        (
            "en",
            "On Tuesday rebels shot dead the mayor of Ayacucho and blew up his body with dynamite.",
            "Remote explosive/landmine/IED",
        ),
        # a training march and military marches on the radio are no protests
        (
            "nl",
            "Een lawine bij Kiruna doodde dinsdag drie soldaten tijdens een oefenmars.",
            "Peaceful protest",
        ),
        (
            "en",
            "The streets were empty under a curfew, and the radio played military marches.",
            "Peaceful protest",
        ),
        # an attack named only as what anger grew over, a reason to demand a resignation, or what
        # those hunted down did: told elsewhere, no event of the lead
        (
            "en",
            "Mourners buried their dead today as anger grew over a grenade attack on an opposition rally.",
            "Grenade",
        ),
        (
            "nl",
            "Vandaag eisten critici het aftreden van de regering om de moord op de bekendste journaliste.",
            "Attack",
        ),
        (
            "nl",
            "De president beloofde jacht te maken op de islamisten achter twee zelfmoordaanslagen.",
            "Suicide bomb",
        ),
        # the gunman of a crime arrested is no political arrest
        ("nl", "Zondagavond arresteerden agenten in Malmö de 25-jarige schutter van een overval.", "Arrests"),
        # an avalanche that killed soldiers on a training march is no battle and no protest
        (
            "en",
            "An avalanche near Kiruna killed three soldiers on a training march on Tuesday.",
            "Armed clash",
        ),
        (
            "en",
            "An avalanche near Kiruna killed three soldiers on a training march on Tuesday.",
            "Peaceful protest",
        ),
        (
            "en",
            "An avalanche near Kiruna killed three soldiers on a training march on Tuesday.",
            "Excessive force against protesters",
        ),
        # a riot named as the setting of the day; a murdered leader's picture carried by marchers
        (
            "en",
            "The country opened its national festival today in the shadow of a deadly riot.",
            "Violent demonstration",
        ),
        (
            "nl",
            "Het land opende vandaag zijn nationale feest in de schaduw van een dodelijke opstand.",
            "Violent demonstration",
        ),
        (
            "en",
            "They carried pictures of their murdered community leader; the march passed off calmly.",
            "Attack",
        ),
        # materials for explosives found in a search are no weapons seized
        (
            "en",
            "On Tuesday police searched a farm near Hamar and found fertiliser and other materials for "
            "explosives.",
            "Disrupted weapons use",
        ),
        (
            "nl",
            "Dinsdag doorzocht de politie een boerderij bij Hamar en vond daar kunstmest en andere "
            "stoffen voor explosieven.",
            "Disrupted weapons use",
        ),
        # looters without a protest loot; activists of parties arrested with no protest told
        ("nl", "Dinsdag plunderden plunderaars winkels in Kara.", "Violent demonstration"),
        (
            "nl",
            "Gisteren arresteerde de politie in Georgetown ruim dertig activisten van beide partijen.",
            "Protest with intervention",
        ),
        # a man arrested as troops retake a town is part of the retaking
        (
            "en",
            "On Tuesday troops retook Qorasuv and the man who had proclaimed himself leader was arrested.",
            "Arrests",
        ),
        # a ban on protests is no protest
        (
            "nl",
            "Gisteren verbood het bureau van de gouverneur tot nader order alle betogingen in Lahore.",
            "Peaceful protest",
        ),
        # rumours of a rape that set off a mob tell no rape
        (
            "en",
            "On Saturday villagers near Gujranwala attacked Christian neighbours after rumours of a rape; "
            "one man was killed.",
            "Sexual violence",
        ),
    ],
)
def test_the_decoy_is_not_coded(coded: Coded, lang: str, text: str, sub_type: str) -> None:
    assert sub_type not in sub_types(coded, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        # a town destroyed by bombers, named with an apposition that says it is a town
        (
            "en",
            "Guernica, the ancient town of the Basques, was destroyed on Tuesday by German-built bombers.",
            "Gernika-Lumo",
        ),
    ],
)
def test_a_town_bombed_is_placed_by_its_apposition(placed: Coded, lang: str, text: str, place: str) -> None:
    assert ("Air/drone strike", place) in placed(text, lang, date=WEDNESDAY)
