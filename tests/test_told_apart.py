"""Events that one text tells side by side, and texts that tell none.

Planes and artillery in one sentence are two events; a second bomb, defused, is not the
course of the first; a truce does not take in a battle told in a sentence of its own. The
shapes come from the development sets `events_reuters_dev3` and `events_parallel_dev5`;
the sentences here are our own."""

from __future__ import annotations

import pytest

import kroniek


def _coded(text: str, lang: str, date: str = "2016-10-12") -> list[tuple[str, str]]:
    return sorted((e.sub_event_type, e.actor1) for e in kroniek.extract_text(text, date=date, lang=lang))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The old town of Grozny was pounded by Russian planes and artillery for hours on Tuesday.", "en"),
        ("Oost-Aleppo werd dinsdag urenlang bestookt door Russische vliegtuigen en artillerie.", "nl"),
    ],
)
def test_planes_and_artillery_are_two_events_by_one_actor(text: str, lang: str) -> None:
    assert _coded(text, lang) == [
        ("Air/drone strike", "Military Forces of Russia"),
        ("Shelling/artillery/missile attack", "Military Forces of Russia"),
    ]


def test_a_side_of_a_town_is_the_town() -> None:
    events = kroniek.extract_text(
        "Syrische vliegtuigen bombardeerden dinsdag Oost-Aleppo.", date="2016-10-12", lang="nl"
    )
    assert [(e.sub_event_type, e.location, e.actor1) for e in events] == [
        ("Air/drone strike", "Aleppo", "Military Forces of Syria")
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Separatists planted two bombs at government offices in Ajaccio overnight. The first "
            "bomb damaged two floors of the building. A second bomb was defused by police.",
            "en",
        ),
        (
            "Separatisten plaatsten vannacht twee bommen bij overheidskantoren in Ajaccio. De eerste "
            "bom ontplofte en beschadigde twee verdiepingen. Een tweede bom werd onschadelijk gemaakt.",
            "nl",
        ),
    ],
)
def test_a_second_bomb_defused_is_an_event_of_its_own(text: str, lang: str) -> None:
    types = sorted(e.sub_event_type for e in kroniek.extract_text(text, date="1996-08-29", lang=lang))
    assert types == ["Disrupted weapons use", "Remote explosive/landmine/IED"]


def test_one_bomb_defused_stays_one_event() -> None:
    text = "A bomb was found at the station in Ajaccio on Monday. Police defused the bomb."
    types = [e.sub_event_type for e in kroniek.extract_text(text, date="1996-08-29", lang="en")]
    assert types == ["Disrupted weapons use"]


@pytest.mark.parametrize(
    ("text", "lang", "sub_type"),
    [
        (
            "Saboteurs blew up an orthodox church near Zadar on Friday with a blast that damaged four homes.",
            "en",
            "Remote explosive/landmine/IED",
        ),
        (
            "Saboteurs hebben vrijdag een orthodoxe kerk bij Zadar met een bom opgeblazen.",
            "nl",
            "Remote explosive/landmine/IED",
        ),
        (
            "Islamic State militants blew up the al-Nuri mosque in Mosul on Wednesday.",
            "en",
            "Looting/property destruction",
        ),
        (
            "Al Shabaab fighters set fire to two telecommunications masts near Garissa on Sunday.",
            "en",
            "Looting/property destruction",
        ),
        (
            "The Airbus, which was hijacked on Monday evening on its way from Khartoum to Amman, "
            "landed at Stansted.",
            "en",
            "Abduction/forced disappearance",
        ),
        (
            "Het vliegtuig werd dinsdagochtend gekaapt op weg van Alexandrië naar Caïro.",
            "nl",
            "Abduction/forced disappearance",
        ),
        (
            "Police detained 60 climate activists who were blocking the "
            "entrance to a bank in Utrecht on Monday.",
            "en",
            "Protest with intervention",
        ),
        (
            "De politie heeft maandag in Utrecht zestig klimaatactivisten aangehouden die de ingang van een "
            "bank blokkeerden.",
            "nl",
            "Protest with intervention",
        ),
        (
            "Een menigte heeft zaterdag in Dhaka een vrouw doodgeslagen "
            "die ervan werd verdacht kinderen te ontvoeren.",
            "nl",
            "Mob violence",
        ),
        (
            "Een jonge vrouw heeft zich maandagochtend op een drukke markt in Mora, in het uiterste noorden "
            "van Kameroen, opgeblazen.",
            "nl",
            "Suicide bomb",
        ),
        (
            "De politie heeft woensdag in Manzini met scherp geschoten "
            "op scholieren die vreedzaam demonstreerden.",
            "nl",
            "Excessive force against protesters",
        ),
        (
            "De Turkse politie heeft maandag in Izmir veertig "
            "vermoedelijke leden van Islamitische Staat opgepakt.",
            "nl",
            "Arrests",
        ),
        (
            "In Krakau zijn zondag tienduizenden mensen de straat op gegaan tegen de uitspraak van het "
            "grondwettelijk hof.",
            "nl",
            "Peaceful protest",
        ),
        (
            "Aanhangers van de oppositieleider hebben donderdag in "
            "Ziguinchor stenen naar de politie gegooid.",
            "nl",
            "Violent demonstration",
        ),
        (
            "Inwoners van Soweto die protesteerden tegen de stroomonderbrekingen hebben maandag banden in "
            "brand gestoken.",
            "nl",
            "Violent demonstration",
        ),
        (
            "Milities hebben maandagnacht met machetes een kamp voor ontheemden bij Djugu aangevallen.",
            "nl",
            "Attack",
        ),
        (
            "De Turkse politie heeft vrijdag een studentenprotest in Ankara uiteengedreven.",
            "nl",
            "Protest with intervention",
        ),
        (
            "Milities van de Fano hebben woensdag na gevechten met het "
            "leger de controle overgenomen over Lalibela.",
            "nl",
            "Non-state actor overtakes territory",
        ),
        (
            "The Arakan Army captured the town of Kyauktaw on Tuesday "
            "after weeks of fighting with the military.",
            "en",
            "Non-state actor overtakes territory",
        ),
        (
            "IS heeft dinsdag een granaat met mosterdgas afgevuurd op de basis Qayyara.",
            "nl",
            "Chemical weapon",
        ),
        (
            "De politie heeft gisteren in Matagalpa bisschop Rolando Álvarez opgepakt.",
            "nl",
            "Arrests",
        ),
        (
            "Gunmen kidnapped 20 bus passengers near Birnin Gwari on "
            "Tuesday. The kidnappers are demanding a ransom.",
            "en",
            "Abduction/forced disappearance",
        ),
        (
            "Philippine troops recaptured the grand mosque in the centre of Marawi from Maute group "
            "militants on Friday.",
            "en",
            "Government regains territory",
        ),
        (
            "A human rights activist in Karachi was taken from his home by men in plain clothes last week "
            "and has not been seen since.",
            "en",
            "Abduction/forced disappearance",
        ),
        (
            "Een activist in Karachi is vorige week door mannen in burgerkleding uit zijn huis gehaald en "
            "sindsdien spoorloos.",
            "nl",
            "Abduction/forced disappearance",
        ),
        (
            "Russian military instructors moved into the air base at Niamey airport on Wednesday and set up "
            "their own camp there.",
            "en",
            "Headquarters or base established",
        ),
        (
            "The first 400 Kenyan police officers of an international "
            "mission arrived in Port-au-Prince on Tuesday.",
            "en",
            "Change to group/activity",
        ),
        (
            "Al Shabaab heeft woensdag zonder gevechten de Somalische stad Tiyeglow ingenomen.",
            "nl",
            "Non-violent transfer of territory",
        ),
        (
            "Strijders van Islamitische Staat hebben vrijdag de controle over Macomia, in de provincie Cabo "
            "Delgado, overgenomen.",
            "nl",
            "Non-state actor overtakes territory",
        ),
        (
            "Azerbeidzjaanse troepen zijn dinsdag het district Lachin "
            "binnengetrokken, het laatste gebied dat "
            "Armenië moest teruggeven.",
            "nl",
            "Non-violent transfer of territory",
        ),
        (
            "Het Duitse ministerie heeft gisteren de pro-Palestijnse groep Samidoun verboden.",
            "nl",
            "Change to group/activity",
        ),
    ],
)
def test_one_sub_type(text: str, lang: str, sub_type: str) -> None:
    assert [e.sub_event_type for e in kroniek.extract_text(text, date="2016-08-24", lang=lang)] == [sub_type]


def test_no_suicide_bomber_leaves_the_car_bomb() -> None:
    text = (
        "A car bomb exploded near a market in Baghdad on Tuesday. Police said no suicide bomber was involved."
    )
    types = [e.sub_event_type for e in kroniek.extract_text(text, date="2016-09-07", lang="en")]
    assert types == ["Remote explosive/landmine/IED"]


def test_a_truce_does_not_take_in_a_battle_of_its_own_sentence() -> None:
    text = (
        "The two Kurdish factions agreed on Friday to cease the fighting. "
        "Rebels attacked an army post near Erbil on Friday, killing two soldiers."
    )
    types = sorted(e.sub_event_type for e in kroniek.extract_text(text, date="1996-08-23", lang="en"))
    assert types == ["Agreement", "Armed clash"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Azerbaijani troops entered Lachin district on Tuesday. There was no fighting.", "en"),
        ("Armenian officials said no shells had landed in Syunik on Tuesday.", "en"),
        ("British Jewish groups have also voiced protest because Hamas will attend the conference.", "en"),
        (
            "At least 29 people were killed on Tuesday when an explosion "
            "ripped through a fireworks market in Tultepec.",
            "en",
        ),
        (
            "A man was shot dead in a bar in Amsterdam on Saturday after a quarrel between acquaintances.",
            "en",
        ),
        (
            "Two armed robbers held six people hostage at a bank in Ghent on Wednesday before surrendering.",
            "en",
        ),
        (
            "Twee gewapende overvallers hebben woensdag in een bankkantoor in Gent zes mensen gegijzeld. "
            "Er was geen politiek motief.",
            "nl",
        ),
        (
            "Rwanda began commemorations marking 30 years since the "
            "genocide in which 800,000 people were killed.",
            "en",
        ),
        ("The WHO has counted more than 400 attacks since January on hospitals in Ukraine.", "en"),
        ("De vakbonden hebben de staking in de haven, die maandag zou beginnen, afgeblazen.", "nl"),
        ("Een veeg teken is de recente kaping door migranten van een koopvaardijschip.", "nl"),
        ("A gas tank exploded in a restaurant in Konya on Wednesday, killing six people.", "en"),
        (
            "Nigeria's army called reports of an air strike on a market "
            "near Maiduguri 'completely fabricated'.",
            "en",
        ),
        (
            "Farmers said they would drive thousands of tractors to The Hague on Tuesday to protest against "
            "the nitrogen plans.",
            "en",
        ),
        ("Poland has ordered tanks, howitzers and fighter jets from South Korea worth billions.", "en"),
        ("Polen heeft voor miljarden euro's tanks en houwitsers besteld in Zuid-Korea.", "nl"),
        ("Er is zaterdag in Harare helemaal niet gedemonstreerd, zegt een woordvoerder.", "nl"),
        ("Hundreds of families have fled the violence near Tibu, the ombudsman said.", "en"),
        ("A man was shot dead in his car in Rotterdam on Sunday in a settling of scores.", "en"),
        (
            "At least 40 people were killed when a fuel tanker "
            "overturned and exploded near Onitsha on Sunday.",
            "en",
        ),
        ("More than 1,200 people were killed in violence in Mali in the first half of the year.", "en"),
        ("Negotiations on freeing the hostages have not yet been concluded, Qatar said on Friday.", "en"),
        ("Feyenoord bombarded Ajax in a 3-0 rout in Rotterdam on Sunday.", "en"),
        ("A hillside collapsed onto a village in South Kivu after torrential rain, killing 27 people.", "en"),
        (
            "A truck carrying explosives to a gold mine collided with a motorcycle and blew up on Thursday. "
            "The blast flattened much of the village of Apiate.",
            "en",
        ),
        (
            "A court on Wednesday sentenced a man to six years in prison "
            "for plotting a bomb attack on a synagogue.",
            "en",
        ),
        (
            "Bij een explosie in een chemisch bedrijf in de Antwerpse "
            "haven zijn dinsdag twee arbeiders omgekomen.",
            "nl",
        ),
        (
            "In Eindhoven is donderdagavond een man doodgestoken door "
            "zijn buurman na ruzie over een parkeerplaats.",
            "nl",
        ),
        (
            "De politie heeft donderdag in de haven een terroristische "
            "aanslag op een cruiseschip nagebootst.",
            "nl",
        ),
        (
            "Een rechtbank heeft vandaag een man veroordeeld tot zes jaar cel voor het beramen van een "
            "bomaanslag op een synagoge.",
            "nl",
        ),
        (
            "In Ghana is donderdag een vrachtwagen met explosieven na "
            "een botsing met een motorfiets ontploft. "
            "De explosie veegde een groot deel van het dorp weg.",
            "nl",
        ),
        ("De onderhandelingen over de vrijlating van de gijzelaars zijn nog niet afgerond.", "nl"),
    ],
)
def test_no_event(text: str, lang: str) -> None:
    events = kroniek.extract_text(text, date="2016-08-24", lang=lang)
    assert [(e.sub_event_type, e.evidence[0].text) for e in events] == []
