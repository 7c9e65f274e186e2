"""Days told as a part of the day before ("that evening", "dezelfde middag"), and events of
crowds, ships and forces told in a few words: warships firing salvoes shell; youths fighting
the riot police riot; crowds that loot are mob violence once their dead are told; a place
taken without a shot changes hands without fighting; MiGs firing rockets strike from the air;
a canister releasing gas over a camp is a chemical weapon; saboteurs blowing up a ferry use
an explosive; arrests counted from a bombing are its suspects'. The shapes come from the
development set `events_articles_dev26`; the sentences here are our own."""

from __future__ import annotations

import pytest

import kroniek
from conftest import Coded, Valued


@pytest.mark.parametrize(
    ("text", "phrase", "lang"),
    [
        (
            "On Monday, May 4, the two sides signed a truce in Goma. The same afternoon, rebels left.",
            "The same afternoon",
            "en",
        ),
        (
            "On Monday, May 4, the two sides signed a truce in Goma. It took effect that evening.",
            "that evening",
            "en",
        ),
        (
            "Op maandag 4 mei tekenden beide partijen een bestand in Goma. "
            "Dezelfde middag vertrokken de rebellen.",
            "Dezelfde middag",
            "nl",
        ),
        (
            "Op maandag 4 mei tekenden beide partijen een bestand in Goma. Het ging die avond in.",
            "die avond",
            "nl",
        ),
    ],
)
def test_a_part_of_the_day_told_before_is_that_day(
    timex_values: Valued, text: str, phrase: str, lang: str
) -> None:
    assert timex_values(text, "2020-05-20", lang)[phrase] == "2020-05-04"


def test_a_clock_time_is_no_day_to_count_from_under_a_month(coded: Coded) -> None:
    # Under a month of publication the day is inferred from the latest date told (6 May);
    # "om negen uur" has no day of its own, so "De dag ervoor" counts from 4 May.
    text = (
        "GOMA - Op maandag 4 mei tekenden beide partijen in Goma een bestand. Het bestand ging "
        "om negen uur in. De dag ervoor bombardeerden vliegtuigen het vliegveld van Bunia. "
        "Op woensdag 6 mei zei de regering dat het bestand standhoudt."
    )
    assert ("Air/drone strike", "2020-05-03") in coded(text, "nl", "2020-05")


@pytest.mark.parametrize(
    ("text", "expected", "lang"),
    [
        # Warships firing at a shore shell it
        (
            "On Sunday, two warships fired their last salvoes at the port of Hodeidah.",
            ("Shelling/artillery/missile attack", "2020-05-17"),
            "en",
        ),
        (
            "Zondag vuurden twee oorlogsschepen hun laatste salvo's af op de haven van Hodeidah.",
            ("Shelling/artillery/missile attack", "2020-05-17"),
            "nl",
        ),
        # Youths fighting the riot police riot, whoever is shot in it
        (
            "On Tuesday evening, fighting between youths and riot police flared again in Kayes, "
            "and two young men were shot dead.",
            ("Violent demonstration", "2020-05-19"),
            "en",
        ),
        (
            "Dinsdagavond laaiden de gevechten tussen jongeren en oproerpolitie in Kayes opnieuw op, "
            "en werden twee jonge mannen doodgeschoten.",
            ("Violent demonstration", "2020-05-19"),
            "nl",
        ),
        # Two crowds fighting with clubs, and a crowd beating a driver
        (
            "Maandag vochten stakers en werkwilligen met stokken en stenen bij een fabriek in Kayes.",
            ("Mob violence", "2020-05-18"),
            "nl",
        ),
        # A place taken over without a shot, or the other side forced out without a fight
        (
            "Op woensdag 13 mei landden parachutisten en namen zij zonder één schot de stad en de "
            "rest van het eiland over.",
            ("Non-violent transfer of territory", "2020-05-13"),
            "nl",
        ),
        (
            "On Wednesday, May 13, villagers forced the police to leave their post in Kidal without a fight.",
            ("Non-violent transfer of territory", "2020-05-13"),
            "en",
        ),
        (
            "Op woensdag 13 mei dwongen dorpelingen de politie zonder gevecht haar "
            "post in Kidal te verlaten.",
            ("Non-violent transfer of territory", "2020-05-13"),
            "nl",
        ),
        # Armed men attacking a police headquarters clash with the police
        (
            "Zaterdag viel een groep gewapende mannen het politiehoofdkwartier in Kidal aan.",
            ("Armed clash", "2020-05-16"),
            "nl",
        ),
        # MiGs firing rockets strike from the air
        (
            "On Saturday afternoon, two MiG fighters fired rockets at a patrol boat off Kismayo.",
            ("Air/drone strike", "2020-05-16"),
            "en",
        ),
        (
            "Zaterdagmiddag vuurden twee MiG's raketten af op een patrouilleboot bij Kismayo.",
            ("Air/drone strike", "2020-05-16"),
            "nl",
        ),
        # Gas over a camp, dropped in canisters or released by one
        (
            "On Saturday, a canister released gas over part of the refugee camp at Dadaab.",
            ("Chemical weapon", "2020-05-16"),
            "en",
        ),
        (
            "Zaterdag kwam uit een bus gas vrij boven een deel van het vluchtelingenkamp in Dadaab.",
            ("Chemical weapon", "2020-05-16"),
            "nl",
        ),
        (
            "Zaterdag wierpen vliegtuigen gasbussen af boven een kamp bij Dadaab.",
            ("Chemical weapon", "2020-05-16"),
            "nl",
        ),
        # Saboteurs blowing up a ferry, a bomb set off, a man killed by a bomb under his car
        (
            "On Friday, saboteurs blew up the ferry across the river at Kazungula.",
            ("Remote explosive/landmine/IED", "2020-05-15"),
            "en",
        ),
        (
            "Vrijdag bliezen saboteurs bij Kazungula de veerpont over de rivier op.",
            ("Remote explosive/landmine/IED", "2020-05-15"),
            "nl",
        ),
        (
            "Vrijdagavond liet een student in het winkelcentrum van Espoo een zelfgemaakte bom ontploffen.",
            ("Remote explosive/landmine/IED", "2020-05-15"),
            "nl",
        ),
        (
            "Op vrijdag 15 mei werd een oppositieleider in Doha gedood door een bom onder zijn auto.",
            ("Remote explosive/landmine/IED", "2020-05-15"),
            "nl",
        ),
        # A crowd counted in hundreds stoning the police riots
        (
            "On Wednesday, hundreds of opponents of the deal stoned police in Belize City.",
            ("Violent demonstration", "2020-05-20"),
            "en",
        ),
        (
            "Maandag bekogelden jongeren in Saint-Denis de gendarmerie met stenen en staken zij auto's "
            "in brand.",
            ("Violent demonstration", "2020-05-18"),
            "nl",
        ),
        (
            "In de nacht van maandag op dinsdag richtten jongeren in Kayes brandende barricades op.",
            ("Violent demonstration", "2020-05-19"),
            "nl",
        ),
        # Arrests by emergency powers, of the leaders of a movement that had organised protests
        (
            "On Saturday, police used the emergency powers to arrest four leaders of the movement, "
            "which had organised the protests.",
            ("Arrests", "2020-05-16"),
            "en",
        ),
        # A headquarters set up, roadblocks set up, soldiers ordered to guard or posted
        (
            "Zondag richtten zo'n 250 soldaten, die per vliegtuig waren overgebracht, hun "
            "hoofdkwartier in op het vliegveld van Kidal.",
            ("Headquarters or base established", "2020-05-17"),
            "nl",
        ),
        (
            "Zondag zette het leger wegversperringen op rond de hoofdstad.",
            ("Change to group/activity", "2020-05-17"),
            "nl",
        ),
        (
            "Zondag gaf de regering soldaten opdracht de ministeries in de hoofdstad te bewaken.",
            ("Change to group/activity", "2020-05-17"),
            "nl",
        ),
        (
            "On Sunday, police and army units were posted at schools and hotels in Doha.",
            ("Change to group/activity", "2020-05-17"),
            "en",
        ),
        (
            "Zondag posteerden politie en leger eenheden bij scholen en hotels in Doha.",
            ("Change to group/activity", "2020-05-17"),
            "nl",
        ),
        # Abductions: taken from a house, forced into a car and held
        (
            "Zaterdagnacht namen soldaten in Tlokweng een vluchteling uit zijn huis mee.",
            ("Abduction/forced disappearance", "2020-05-16"),
            "nl",
        ),
        (
            "On Saturday, two men in Koror forced a witness into a car, held her "
            "for hours and threatened her.",
            ("Abduction/forced disappearance", "2020-05-16"),
            "en",
        ),
        (
            "Zaterdag dwongen twee mannen in Koror een van de vrouwen die naar de rechter waren gestapt "
            "in een auto, waarna zij haar urenlang vasthielden.",
            ("Abduction/forced disappearance", "2020-05-16"),
            "nl",
        ),
        # A woman raped by guards, even where the sentence names suspects
        (
            "Zaterdag werd de vrouw van een van de verdachten in Asjchabad door bewakers verkracht.",
            ("Sexual violence", "2020-05-16"),
            "nl",
        ),
        # Bodyguards returning fire make the shooting a clash
        (
            "Zaterdag beschoten gewapende mannen in Asjchabad de colonne van de president, waarna "
            "zijn lijfwachten het vuur beantwoordden.",
            ("Armed clash", "2020-05-16"),
            "nl",
        ),
        # Forces firing on people who demonstrated peacefully; a gang robbing motorists
        (
            "Zaterdag openden gendarmes in Kayes het vuur op arbeiders die "
            "vreedzaam voor het stadhuis betoogden.",
            ("Excessive force against protesters", "2020-05-16"),
            "nl",
        ),
        (
            "Zaterdag hield een groep jongeren in Koungou automobilisten aan en beroofde hen.",
            ("Mob violence", "2020-05-16"),
            "nl",
        ),
        # Activists occupying a building protest, and do not take it over
        (
            "On Wednesday, several hundred activists entered the space centre near Kourou and "
            "peacefully occupied its main building.",
            ("Peaceful protest", "2020-05-20"),
            "en",
        ),
        # An agreement that ends the protests is no protest
        (
            "On Friday, the government and the protest collective signed an "
            "agreement in Cayenne that ends the protests.",
            ("Agreement", "2020-05-15"),
            "en",
        ),
        # Troops marching into a town as the other side lays down its weapons retake it; a
        # garrison surrendering to a landing force gives it back; a surrender signed
        (
            "On Monday afternoon, government troops marched into Kidal as the other side's "
            "soldiers laid down their weapons in the streets.",
            ("Government regains territory", "2020-05-18"),
            "en",
        ),
        (
            "Maandagmiddag marcheerden regeringstroepen Kidal binnen, terwijl de soldaten van de "
            "tegenpartij in de straten hun wapens neerlegden.",
            ("Government regains territory", "2020-05-18"),
            "nl",
        ),
        (
            "On Monday, marines landed near the port, and the garrison surrendered without further "
            "fighting as the flag was raised again.",
            ("Government regains territory", "2020-05-18"),
            "en",
        ),
        (
            "Maandag landden mariniers bij de haven, waarna het garnizoen zich zonder verdere strijd "
            "overgaf.",
            ("Government regains territory", "2020-05-18"),
            "nl",
        ),
        (
            "On Monday evening, the rebel commander signed the surrender of all his forces in Kidal.",
            ("Agreement", "2020-05-18"),
            "en",
        ),
        (
            "Maandagavond ondertekende de rebellenleider in Kidal de overgave van al zijn troepen.",
            ("Agreement", "2020-05-18"),
            "nl",
        ),
        # A minister shot at a dinner marking an anniversary is attacked
        (
            "On Friday, a minister was shot dead in Apia at a dinner marking the "
            "20th anniversary of his party.",
            ("Attack", "2020-05-15"),
            "en",
        ),
    ],
)
def test_the_sentence_tells_its_event(coded: Coded, text: str, expected: tuple[str, str], lang: str) -> None:
    assert expected in coded(text, lang, "2020-05-21")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # A strike that goes on is a state, not an event of its day
        (
            "HELSINKI - De algemene staking gaat door, nu bonden en werkgevers "
            "donderdag geen akkoord bereikten.",
            "nl",
        ),
        # A span of rioting with the toll of all its nights
        (
            "KAYES (Reuters) - Troops patrolled the streets of Kayes on Thursday after three nights "
            "of rioting in which three young men were killed.",
            "en",
        ),
        # A day of mourning for the victims of a bombing
        ("HELSINKI - Finland hield maandag een dag van rouw om de slachtoffers van de bomaanslag.", "nl"),
    ],
)
def test_no_event_of_its_own(coded: Coded, text: str, lang: str) -> None:
    assert coded(text, lang, "2020-05-21") == []


def test_youths_stoning_the_police_who_opened_fire_riot_and_are_not_attacked(coded: Coded) -> None:
    text = (
        "On Monday evening, hundreds of youths stoned the police station in Kayes and the riot "
        "police, who opened fire. A schoolboy was shot dead."
    )
    assert [s for s, _ in coded(text, "en", "2020-05-21")] == ["Violent demonstration"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "In the night from Monday to Tuesday, crowds looted shops across Kayes. Eight people "
            "died when fire broke out in a store that looters had broken into.",
            "en",
        ),
        (
            "In de nacht van maandag op dinsdag plunderden menigten winkels in heel Kayes. Acht "
            "mensen kwamen om toen brand uitbrak in een winkel waar plunderaars waren binnengedrongen.",
            "nl",
        ),
    ],
)
def test_crowds_that_loot_with_dead_are_mob_violence(text: str, lang: str) -> None:
    events = kroniek.extract_text(text, date="2020-05-21", lang=lang)
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Mob violence", 8)]


def test_troops_blowing_up_a_bridge_destroy_property(coded: Coded) -> None:
    text = "Zaterdag bliezen Russische troepen bij Kaspi een spoorbrug op."
    assert [s for s, _ in coded(text, "nl", "2020-05-21")] == ["Looting/property destruction"]


def test_a_place_taken_without_a_shot_is_not_also_a_deployment(coded: Coded) -> None:
    text = (
        "Op woensdag 13 mei landden parachutisten en namen zij zonder één "
        "schot de stad en de rest van het eiland over."
    )
    assert [s for s, _ in coded(text, "nl", "2020-05-21")] == ["Non-violent transfer of territory"]


def test_injured_are_not_counted_as_dead() -> None:
    lexicon = kroniek.events.lexicon.lexicon_for("nl")
    assert lexicon is not None
    toll = lexicon.fatalities("Hij en zes anderen kwamen om en ongeveer 160 mensen raakten gewond.")
    assert toll is None or toll.deaths != 160


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "DOHA (Reuters) - Security was tightened after the first suicide bombing in Doha. On "
            "Saturday, a man blew himself up at a theatre in Doha. On Friday, February 13, 2004, an "
            "exiled leader was killed by a car bomb in Doha. Thirteen days after the bombing, police "
            "arrested three foreign agents in Doha.",
            "en",
        ),
        (
            "DOHA - De beveiliging is aangescherpt na de eerste zelfmoordaanslag in Doha. Zaterdag "
            "blies een man zich op bij een theater in Doha. Op vrijdag 13 februari 2004 werd een "
            "leider in ballingschap in Doha gedood door een autobom. Dertien dagen na de aanslag "
            "arresteerde de politie in Doha drie buitenlandse agenten.",
            "nl",
        ),
    ],
)
def test_arrests_counted_from_a_bombing_count_from_one_before_publication(
    coded: Coded, text: str, lang: str
) -> None:
    assert ("Arrests", "2004-02-26") in coded(text, lang, "2005-03-21")


def test_a_ship_is_no_place() -> None:
    text = (
        "PLYMOUTH - Zondag vuurden de oorlogsschepen Antrim en Glasgow granaten af op de haven van Hodeidah."
    )
    events = kroniek.extract_text(text, date="2020-05-21", lang="nl")
    assert [e.location for e in events] != ["Antrim"]
    assert all(e.location != "Antrim" for e in events)


def test_a_dateline_city_is_the_one_in_the_country_the_lead_names() -> None:
    text = (
        "HAMILTON - Op Bermuda is het weer rustig. In de nacht van donderdag op vrijdag bekogelden "
        "honderden jongeren in Hamilton de politie met stenen."
    )
    events = kroniek.extract_text(text, date="2020-05-21", lang="nl")
    assert [(e.sub_event_type, e.country) for e in events] == [("Violent demonstration", "Bermuda")]


def test_a_battle_and_a_surrender_told_with_their_own_day_stay_apart_from_the_capture(coded: Coded) -> None:
    text = (
        "KIDAL - In de nacht van zondag op maandag bestormden parachutisten na urenlange gevechten "
        "de laatste bolwerken van de rebellen ten westen van Kidal. Maandagmiddag marcheerden "
        "regeringstroepen Kidal binnen, "
        "terwijl de rebellen hun wapens neerlegden. Maandagavond ondertekende de rebellenleider de "
        "overgave van al zijn troepen."
    )
    assert sorted(s for s, _ in coded(text, "nl", "2020-05-21")) == [
        "Agreement",
        "Armed clash",
        "Government regains territory",
    ]


def test_an_attack_told_again_that_morning_is_the_clash_it_led_to(coded: Coded) -> None:
    text = (
        "BANGKOK - Troops stormed a mosque in Pattani on Wednesday, killing all 32 gunmen who had "
        "taken refuge inside, the army said. The men, armed with machetes, had attacked a nearby "
        "checkpoint that morning before fleeing into the mosque."
    )
    assert [s for s, _ in coded(text, "en", "2020-05-21")] == ["Armed clash"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "On Friday evening, a student set off a home-made bomb among shoppers in a mall in Espoo. "
            "Police believe the student meant to die in the blast and acted alone.",
            "en",
        ),
        (
            "Vrijdagavond liet een student in een winkelcentrum in Espoo een zelfgemaakte bom ontploffen. "
            "Volgens de politie wilde de student bij de ontploffing sterven en handelde hij alleen.",
            "nl",
        ),
    ],
)
def test_a_bomber_who_meant_to_die_in_the_blast_is_a_suicide_bomber(
    coded: Coded, text: str, lang: str
) -> None:
    assert [s for s, _ in coded(text, lang, "2020-05-21")] == ["Suicide bomb"]


def test_people_arrested_on_suspicion_of_looting_are_arrests_not_looting(coded: Coded) -> None:
    text = (
        "On Friday, military policemen arrested more than 150 people suspected of looting in Christiansted."
    )
    assert [s for s, _ in coded(text, "en", "2020-05-21")] == ["Arrests"]


def test_strangers_who_burn_a_house_down_destroy_property(coded: Coded) -> None:
    text = (
        "De dag daarna brandden onbekenden het lege huis van de familie van de minister in Lepea "
        "tot de grond toe af."
    )
    assert [s for s, _ in coded(text, "nl", "2020-05-21")] == ["Looting/property destruction"]


def test_a_lawsuit_withdrawn_is_no_protest(coded: Coded) -> None:
    text = (
        "KOROR - Op woensdag 2 september gooiden onbekenden een granaat naar het huis van een "
        "parlementslid. Op dinsdag 8 september trokken de vrouwen hun rechtszaak tegen het verdrag in."
    )
    assert [s for s, _ in coded(text, "nl", "2020-09-21")] == ["Grenade"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "GABORONE - Het leger staat langs de grens in staat van paraatheid sinds de hinderlaag bij "
            "Lesoma in februari vorig jaar, waarbij vijftien van zijn soldaten omkwamen.",
            "nl",
        ),
        (
            "GABORONE (Reuters) - The army has been on alert along the border since the Lesoma ambush "
            "in February last year, in which fifteen of its soldiers were killed.",
            "en",
        ),
    ],
)
def test_an_attack_named_as_the_start_of_a_state_by_its_month_is_background(
    coded: Coded, text: str, lang: str
) -> None:
    assert coded(text, lang, "2020-05-21") == []


def test_a_march_with_demands_is_still_a_protest(coded: Coded) -> None:
    text = "Zaterdag trokken duizenden betogers door Kayes om hun eisen kracht bij te zetten."
    assert [s for s, _ in coded(text, "nl", "2020-05-21")] == ["Peaceful protest"]
