"""Event shapes of `events_articles_dev35`, in sentences of our own: a town taken from the
units of another state (a battle, not regained territory), a town handed over or left to the
other side without a fight, arrests of people suspected of a march or of looting (no protest),
troops flown in, newspapers suspended, a gunman firing on a meeting (an attack, even with
police wounded), hostages taken in many wordings, a place that became a base, a state's troops
entering a movement's headquarters, a surrender and arrest, a town seized by armed followers,
protesters dispersed, stoning crowds, a cleared camp that fought back (a riot), a gunman's
shooting with his own bomb (an attack), settlers attacking homes, and Dutch wordings that only
English read before; and decoys: a threat that stays a threat, 'the banned papers', hostages
still held or moved, the worst riot a day's act follows, people sheltering in a church, a
running total of arrests, soldiers whom a general defends for firing.
"""

from __future__ import annotations

import pytest

from conftest import Coded, sub_types


@pytest.mark.parametrize(
    ("lang", "text", "sub_type"),
    [
        # taken from another state's units: a battle
        (
            "nl",
            "Maandag namen Turkse troepen na zware gevechten met Griekse en Cypriotische eenheden "
            "Kyrenia in.",
            "Armed clash",
        ),
        (
            "en",
            "On Monday Turkish troops captured Kyrenia after heavy fighting with Greek and Cypriot units.",
            "Armed clash",
        ),
        (
            "nl",
            "Maandag namen Indiase troepen Jessore in, nadat Pakistaanse soldaten urenlang stand "
            "hadden gehouden.",
            "Armed clash",
        ),
        (
            "en",
            "On Monday Indian troops took Jessore after Pakistani soldiers had held out for hours.",
            "Armed clash",
        ),
        # handed over or left without a fight
        (
            "nl",
            "Dinsdag droeg de Britse gouverneur, sir Mark Young, de stad Victoria zonder verdere gevechten "
            "over aan het Japanse leger.",
            "Non-violent transfer of territory",
        ),
        (
            "en",
            "On Tuesday the British governor, Sir Mark Young, surrendered the town of Victoria to the "
            "Japanese army without further fighting.",
            "Non-violent transfer of territory",
        ),
        (
            "nl",
            "Zondag verlieten de laatste rebellen Bunia en nam de Congolese politie de stad over.",
            "Non-violent transfer of territory",
        ),
        (
            "en",
            "On Sunday the last rebels left Bunia and the Congolese police took over the town.",
            "Non-violent transfer of territory",
        ),
        # people held on suspicion: arrests
        (
            "nl",
            "Gisteren arresteerden soldaten in Bamako tientallen jongeren die ervan worden verdacht de "
            "betoging te hebben georganiseerd.",
            "Arrests",
        ),
        (
            "en",
            "Yesterday soldiers arrested dozens of students in Bamako suspected of organising the rally.",
            "Arrests",
        ),
        (
            "nl",
            "Agenten hielden gisteren in Bamako honderden mensen aan op verdenking van "
            "brandstichting en plundering.",
            "Arrests",
        ),
        # troops flown in, newspapers suspended
        (
            "nl",
            "Zondag werden zo'n 200 Franse parachutisten uit Frankrijk ingevlogen om de gendarmerie in "
            "Abidjan te steunen.",
            "Change to group/activity",
        ),
        (
            "en",
            "On Sunday some 200 French paratroopers were flown in from France to support the gendarmerie "
            "in Abidjan.",
            "Change to group/activity",
        ),
        (
            "nl",
            "Maandag schorste de junta in Niamey alle onafhankelijke kranten.",
            "Change to group/activity",
        ),
        (
            "en",
            "On Monday the junta in Niamey suspended all independent newspapers.",
            "Change to group/activity",
        ),
        # a gunman firing on a meeting or killing a volunteer: an attack
        (
            "en",
            "On Saturday a gunman opened fire on a meeting of writers at the Lindeman library in Oslo; a "
            "poet was killed and two police officers were wounded.",
            "Attack",
        ),
        (
            "en",
            "Early on Sunday the same man shot dead Jonas Berg, a volunteer guarding the mosque in Oslo; "
            "one police officer was wounded.",
            "Attack",
        ),
        # a suspect shot dead after firing on officers: a battle
        (
            "nl",
            "Maandagochtend schoot de politie in Dakar de verdachte, de 31-jarige Karim Bensaid, dood nadat "
            "hij bij het station op agenten had gevuurd.",
            "Armed clash",
        ),
        # hostages taken
        (
            "nl",
            "Gistermiddag bestormden vier gewapende mannen de ambassade in Kampala en gijzelden zij "
            "ambassadeur Dietrich Stoecker en twaalf anderen.",
            "Abduction/forced disappearance",
        ),
        (
            "en",
            "Yesterday afternoon four gunmen stormed the embassy in Kampala and took the ambassador, "
            "Dietrich Stoecker, and twelve others hostage.",
            "Abduction/forced disappearance",
        ),
        (
            "nl",
            "Op 3 mei 1977 gijzelden drie gewapende mannen van een radicale groep op het station van "
            "Nakuru enkele reizigers.",
            "Abduction/forced disappearance",
        ),
        (
            "en",
            "On May 3, 1977 three gunmen of a radical group seized several passengers on a train at "
            "Nakuru station.",
            "Abduction/forced disappearance",
        ),
        (
            "nl",
            "Op 2 maart 1972 bezette een groep studenten de residentie van de consul in Rotterdam en hield "
            "de bewoners urenlang vast.",
            "Abduction/forced disappearance",
        ),
        (
            "en",
            "On March 2, 1972 a group of students occupied the residence of the consul in Rotterdam and "
            "held its occupants for hours.",
            "Abduction/forced disappearance",
        ),
        # a post attacked, a base made
        (
            "nl",
            "Op 3 juni vielen rebellen van het bevrijdingsfront de gendarmeriepost van Tiga aan; twee "
            "gendarmes kwamen om.",
            "Armed clash",
        ),
        (
            "nl",
            "Op 3 juni brachten de ontvoerders de gijzelaars naar een hut in de jungle bij Tari, die "
            "hun basis werd.",
            "Headquarters or base established",
        ),
        (
            "en",
            "On June 3 the kidnappers took the hostages to a hut in the jungle near Tari, which "
            "became their base.",
            "Headquarters or base established",
        ),
        (
            "en",
            "On Sunday the rebels set up a base at Rutshuru and warned that they could return to the city.",
            "Headquarters or base established",
        ),
        (
            "nl",
            "Zondag richtten de rebellen een basis in bij Rutshuru en waarschuwden zij dat zij "
            "kunnen terugkeren.",
            "Headquarters or base established",
        ),
        # a movement's headquarters entered, its leader's surrender, its seizure of a town
        (
            "nl",
            "Gisteren trokken troepen uit Senegal en politie van Gambia zonder op verzet te stuiten Kaur "
            "binnen, het hoofdkwartier van de beweging van Manneh.",
            "Government regains territory",
        ),
        (
            "en",
            "Yesterday troops from Senegal and Gambian police entered Kaur, the headquarters of Manneh's "
            "movement, without meeting resistance.",
            "Government regains territory",
        ),
        (
            "nl",
            "Gisteren kwam Manneh in Kaur naar buiten en gaf zich over; de politie arresteerde hem.",
            "Arrests",
        ),
        ("en", "Yesterday Manneh came out in Kaur and gave himself up; police arrested him.", "Arrests"),
        (
            "nl",
            "Op 4 april bezetten aanhangers van de beweging, gewapend met kapmessen en jachtgeweren, Kaur "
            "en namen zij het gemeentehuis en het politiebureau over.",
            "Non-state actor overtakes territory",
        ),
        (
            "en",
            "On April 4 supporters of the movement armed with machetes and hunting rifles seized Kaur and "
            "took over the town hall and the police station.",
            "Non-state actor overtakes territory",
        ),
        # protesters: force with a death, a violent crowd, a crowd dispersed
        (
            "nl",
            "Op 5 maart vuurde de politie in de haven van Salalah rubberkogels en traangas af op betogers "
            "die werk eisten; volgens de autoriteiten kwam één persoon om.",
            "Excessive force against protesters",
        ),
        (
            "nl",
            "Donderdag staken betogers in Lomé banden en een bank in brand en gooiden ze stenen naar "
            "soldaten, die met scherp schoten.",
            "Violent demonstration",
        ),
        (
            "nl",
            "Maandag verzamelden honderden aanhangers van oud-premier Kofi Mensah zich bij het stadhuis "
            "van Kumasi; de politie verdreef hen met traangas.",
            "Protest with intervention",
        ),
        (
            "en",
            "On Monday hundreds of supporters of the former mayor gathered outside the town hall in Kumasi; "
            "police dispersed them with tear gas.",
            "Protest with intervention",
        ),
        (
            "nl",
            "Op 1 mei 1951 bekogelde een menigte die protesteerde tegen de bases het parlement in "
            "Reykjavik met stenen.",
            "Violent demonstration",
        ),
        (
            "en",
            "On May 1, 1951 a crowd protesting against the bases stoned the parliament in Reykjavik.",
            "Violent demonstration",
        ),
        (
            "nl",
            "Maandagavond vielen groepen kolonisten huizen en winkels van Palestijnen in Hebron aan.",
            "Mob violence",
        ),
        (
            "en",
            "On Monday evening groups of settlers attacked Palestinian homes and shops in Hebron.",
            "Mob violence",
        ),
        (
            "en",
            "On January 16, 1977 mercenaries attacked the presidential palace in Moroni before they were "
            "driven off; four people were killed.",
            "Armed clash",
        ),
        # Dutch wordings English already read
        (
            "nl",
            "Enkele minuten later gingen twee agenten het gebouw in Utrecht binnen en werden onder vuur "
            "genomen; een van hen raakte gewond.",
            "Armed clash",
        ),
        (
            "nl",
            "Op 4 mei openden Ethiopische troepen bij Badme het vuur op Eritrese stellingen; twaalf "
            "militairen kwamen om.",
            "Armed clash",
        ),
        (
            "nl",
            "Op 5 december 1984 overvielen kolonisten bij Thio een bus met stakende mijnwerkers en "
            "doodden vijf van hen.",
            "Attack",
        ),
        (
            "nl",
            "In de nacht van maandag op dinsdag keerden plunderaars terug naar het centrum van Honiara en "
            "haalden zij goederen weg uit winkels.",
            "Looting/property destruction",
        ),
        (
            "nl",
            "Zaterdagavond bliezen twee zelfmoordenaars, een man en een vrouw, zich op in een café in "
            "Mogadishu; vier mensen kwamen om.",
            "Suicide bomb",
        ),
        ("nl", "Op 6 juni sloten de twee landen in Algiers een akkoord over hun grens.", "Agreement"),
        ("nl", "Gistermiddag loste een man vijf schoten op gouverneur Okafor in Enugu.", "Attack"),
        (
            "nl",
            "Dinsdag doorzocht de politie het huis van de verdachte in Kano en nam zij computers mee.",
            "Other",
        ),
        # a camp cleared whose people fought back: a violent demonstration
        (
            "nl",
            "Maandagochtend ontruimden veiligheidstroepen met waterkanonnen het protestkamp bij Dakhla. De "
            "bewoners verzetten zich met stenen en messen; zes agenten kwamen om.",
            "Violent demonstration",
        ),
        (
            "en",
            "Early on Monday security forces with water cannon cleared the protest camp near Dakhla. The "
            "residents fought back with stones and knives; six officers were killed.",
            "Violent demonstration",
        ),
        (
            "nl",
            "Gisteren werden bij Sariwon zo'n 2000 Amerikaanse parachutisten gedropt, die slag leverden met "
            "Noord-Koreaanse eenheden.",
            "Armed clash",
        ),
        # a gunman's shooting with a bomb of his own: the shooting is the attack
        (
            "en",
            "Yesterday a gunman opened fire with a shotgun in the town hall of Zagreb and set off a "
            "home-made bomb, killing six people.",
            "Attack",
        ),
        (
            "nl",
            "Gisteren opende een man in het stadhuis van Zagreb het vuur met een jachtgeweer en liet hij een "
            "zelfgemaakte bom ontploffen, waarbij zes mensen omkwamen.",
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
            "nl",
            "Maandag namen Turkse troepen na zware gevechten met Griekse eenheden Kyrenia in.",
            "Government regains territory",
        ),
        ("en", "On Monday Turkish troops captured Kyrenia after heavy fighting with Greek units.", "Arrests"),
        (
            "en",
            "On Sunday the last rebels left Bunia and the Congolese police took over the town.",
            "Non-state actor overtakes territory",
        ),
        (
            "nl",
            "Gisteren arresteerden soldaten in Bamako tientallen jongeren die ervan worden verdacht de "
            "betoging te hebben georganiseerd.",
            "Peaceful protest",
        ),
        (
            "nl",
            "Agenten hielden gisteren in Bamako honderden mensen aan op verdenking van "
            "brandstichting en plundering.",
            "Protest with intervention",
        ),
        (
            "en",
            "Police detained dozens of people in Bamako yesterday on suspicion of arson and looting.",
            "Looting/property destruction",
        ),
        (
            "en",
            "On Saturday a gunman opened fire on a meeting of writers at the Lindeman library in Oslo; a "
            "poet was killed and two police officers were wounded.",
            "Armed clash",
        ),
        # a threat of what the speaker will do stays a threat
        (
            "en",
            "Police in Nairobi have banned the march and warned that they will act firmly against "
            "anyone who turns up.",
            "Peaceful protest",
        ),
        (
            "en",
            "Yesterday police in Asmara detained six reporters of the banned papers.",
            "Change to group/activity",
        ),
        (
            "en",
            "The queen opened parliament in The Hague today while three gunmen still held nine hostages "
            "in the embassy.",
            "Abduction/forced disappearance",
        ),
        (
            "en",
            "On June 3 the kidnappers took the hostages to a hut in the jungle near Tari, which "
            "became their base.",
            "Abduction/forced disappearance",
        ),
        (
            "en",
            "Soldiers patrolled the burnt-out centre of Kingston today after the worst rioting in "
            "its history.",
            "Violent demonstration",
        ),
        (
            "nl",
            "Soldaten patrouilleerden vandaag door het uitgebrande centrum van Kingston na de zwaarste "
            "onlusten in de geschiedenis van het eiland.",
            "Violent demonstration",
        ),
        (
            "en",
            "Prime Minister Ola Dahl today called early elections, bowing to weeks of protests in Oslo.",
            "Peaceful protest",
        ),
        (
            "nl",
            "Twee dagen later vuurde de politie in Salalah traangas af op betogers die werk eisten.",
            "Excessive force against protesters",
        ),
        (
            "nl",
            "Donderdag staken betogers in Lomé banden en een bank in brand en gooiden ze stenen naar "
            "soldaten, die met scherp schoten.",
            "Excessive force against protesters",
        ),
        (
            "nl",
            "Op 28 oktober bestormden soldaten de moskee in Pattani, waar dorpelingen hun toevlucht hadden "
            "gezocht, en schoten zij een jongen dood.",
            "Armed clash",
        ),
        (
            "nl",
            "Dezelfde dag openden Franse troepen die vanuit Dakar waren overgevlogen het vuur op een "
            "ongewapende menigte in Abidjan.",
            "Change to group/activity",
        ),
        (
            "en",
            "On April 4 supporters of the movement armed with machetes and hunting rifles seized Kaur and "
            "took over the town hall and the police station.",
            "Disrupted weapons use",
        ),
        ("nl", "Sinds de komst van de troepen zijn in Bouaké honderden mensen vastgezet.", "Arrests"),
        (
            "en",
            "General Lobo today defended the soldiers who fired on a crowd in Dili, saying they had "
            "been provoked.",
            "Excessive force against protesters",
        ),
        (
            "nl",
            "Generaal Lobo heeft vandaag de militairen verdedigd die in Dili op een menigte schoten.",
            "Attack",
        ),
        (
            "en",
            "Yesterday a gunman opened fire with a shotgun in the town hall of Zagreb and set off a "
            "home-made bomb, killing six people.",
            "Remote explosive/landmine/IED",
        ),
    ],
)
def test_the_decoy_is_not_coded(coded: Coded, lang: str, text: str, sub_type: str) -> None:
    assert sub_type not in sub_types(coded, text, lang)
