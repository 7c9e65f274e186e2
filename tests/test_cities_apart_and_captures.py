"""Two big cities named apart, accords on a transition, named fighters killed by troops,
protests named again as the sequel of a bombing, vehicles packed with explosives, crowds
behind a banner, warning shots, towns falling to rebels, palaces taken by troops, Dutch
arrests counted in words, groups going at each other, and youths setting fire to a building.

The shapes come from the development set `events_articles_dev10`; the sentences here are
our own."""

from __future__ import annotations

import pytest

import kroniek
from test_told_when_and_neighbours import coded_events as _kinds


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "KHARTOUM - Security forces shot dead five protesters in Omdurman on Sunday. "
            "In Khartoum itself, thousands of people marched towards the palace the same day to "
            "demand civilian rule. "
            "Riot police dispersed the crowd there with tear gas.",
            "en",
        ),
        (
            "KHARTOEM - Veiligheidstroepen hebben zondag in Omdurman vijf betogers doodgeschoten. "
            "In Khartoem zelf trokken dezelfde dag duizenden mensen naar het paleis. "
            "De oproerpolitie verdreef de menigte daar met traangas.",
            "nl",
        ),
    ],
)
def test_two_big_cities_named_apart_keep_their_own_protest_events(text: str, lang: str) -> None:
    places = {location for _, _, location in _kinds(text, "2019-07-02", lang)}
    assert {"Omdurman", "Khartoum"} <= places


def test_a_district_named_with_its_city_is_one_place() -> None:
    text = (
        "YANGON - Security forces shot dead at least 20 people in Yangon's Hlaingthaya "
        "district on Sunday. Soldiers opened fire on protesters behind barricades."
    )
    assert len(kroniek.extract_text(text, date="2021-03-16", lang="en")) == 1


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "On May 15, the generals and the opposition alliance reached an agreement on a "
            "two-year transition period.",
            "en",
        ),
        (
            "Op 15 mei bereikten de generaals en de oppositie, verenigd in een breed front, "
            "een akkoord over een overgangsperiode van twee jaar.",
            "nl",
        ),
    ],
)
def test_an_accord_on_a_transition_is_an_agreement(text: str, lang: str) -> None:
    assert [k[0] for k in _kinds(text, "2019-07-02", lang)] == ["Agreement"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The unrest began on Friday, when Indian troops killed Abu Dujana, a senior "
            "commander of the militant group Lashkar-e-Taiba, near Pulwama.",
            "en",
        ),
        (
            "De onrust begon vrijdag, toen Indiase militairen bij Pulwama de rebellencommandant "
            "Abu Dujana en twee andere strijders doodden.",
            "nl",
        ),
        ("Het leger heeft vrijdag bij Pulwama twintig jihadisten gedood.", "nl"),
    ],
)
def test_troops_killing_named_fighters_is_an_armed_clash(text: str, lang: str) -> None:
    assert [k[0] for k in _kinds(text, "2017-08-02", lang)] == ["Armed clash"]


def test_dutch_troops_killing_villagers_is_no_armed_clash() -> None:
    text = "Het leger heeft vrijdag bij Pulwama drie strijders en vijf burgers gedood."
    assert "Armed clash" not in [k[0] for k in _kinds(text, "2017-08-02", "nl")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Thousands marched in Lyon on Saturday, January 13. The protests follow the bombing "
            "of a police station in Lyon on Monday, January 8. A car packed with explosives "
            "destroyed the front of the building.",
            "en",
        ),
        (
            "In Lyon gingen op zaterdag 13 januari duizenden mensen de straat op. De protesten "
            "volgen op de aanslag op een politiebureau in Lyon op maandag 8 januari. Een auto "
            "met tientallen kilo's explosieven verwoestte de gevel van het gebouw.",
            "nl",
        ),
    ],
)
def test_protests_named_as_the_sequel_of_a_bombing_take_not_its_day(text: str, lang: str) -> None:
    kinds = {(k[0], k[1]) for k in _kinds(text, "2018-01-15", lang)}
    assert kinds == {
        ("Peaceful protest", "2018-01-13"),
        ("Remote explosive/landmine/IED", "2018-01-08"),
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "A bomb went off in Lyon on Monday. Two men who were sleeping in their car were killed.",
            "en",
        ),
        (
            "Een bom ontplofte maandag in Lyon. De politie was gewaarschuwd, maar twee mannen die "
            "in hun auto lagen te slapen, kwamen om.",
            "nl",
        ),
    ],
)
def test_victims_told_with_a_relative_clause_are_counted(text: str, lang: str) -> None:
    (event,) = kroniek.extract_text(text, date="2018-01-10", lang=lang)
    assert event.fatalities == 2


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The same day, some 5,000 people walked through central Lyon behind a banner of the "
            "trade unions.",
            "en",
        ),
        (
            "Dezelfde dag liepen in Lyon zo'n vijfduizend mensen achter een spandoek van de "
            "vakbonden door het centrum.",
            "nl",
        ),
    ],
)
def test_a_crowd_walking_behind_a_banner_is_a_protest(text: str, lang: str) -> None:
    assert [k[0] for k in _kinds(text, "2018-01-10", lang)] == ["Peaceful protest"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "In occupied Melitopol, hundreds of residents took to the streets against the occupation "
            "on Saturday. "
            "Russian soldiers fired into the air and threw stun grenades to disperse the crowd.",
            "en",
        ),
        (
            "In het bezette Melitopol gingen zaterdag honderden inwoners de straat op tegen de "
            "bezetting. Russische "
            "soldaten schoten in de lucht en gooiden verdovingsgranaten om de menigte uiteen te "
            "drijven.",
            "nl",
        ),
    ],
)
def test_warning_shots_to_disperse_a_crowd_are_an_intervention(text: str, lang: str) -> None:
    assert [k[0] for k in _kinds(text, "2022-03-15", lang)] == ["Protest with intervention"]


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        (
            "Goma had fallen to the rebels on Tuesday, after a day of heavy fighting.",
            "en",
            "Non-state actor overtakes territory",
        ),
        (
            "Goma was dinsdag in handen van de rebellen gevallen, na een dag van zware gevechten.",
            "nl",
            "Non-state actor overtakes territory",
        ),
        (
            "Russian troops on Thursday captured the presidential palace in Grozny.",
            "en",
            "Government regains territory",
        ),
        (
            "Russische troepen hebben donderdag het presidentiële paleis in Grozny ingenomen.",
            "nl",
            "Government regains territory",
        ),
    ],
)
def test_captures_told_by_falling_and_taking(text: str, lang: str, kind: str) -> None:
    assert [k[0] for k in _kinds(text, "2012-11-23", lang)] == [kind]


def test_dutch_arrests_counted_in_words() -> None:
    text = "De politie heeft gisteren bij invallen in de hoofdstad ruim honderdvijftig mannen opgepakt."
    assert [k[0] for k in _kinds(text, "2007-03-06", "nl")] == ["Arrests"]


def test_dutch_groups_going_at_each_other_is_mob_violence() -> None:
    text = "Zaterdag gingen groepen dorpelingen elkaar in Lae met kapmessen en stenen te lijf."
    assert [k[0] for k in _kinds(text, "2007-03-06", "nl")] == ["Mob violence"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("On Saturday evening, a group of youths set fire to a testing centre in Urk.", "en"),
        ("Zaterdagavond stak een groep jongeren in Urk de teststraat bij de haven in brand.", "nl"),
    ],
)
def test_youths_setting_fire_to_a_building_destroy_property(text: str, lang: str) -> None:
    assert [k[0] for k in _kinds(text, "2021-01-26", lang)] == ["Looting/property destruction"]


def test_dutch_fires_at_new_year_are_no_property_destruction() -> None:
    text = "Tijdens de jaarwisseling stak een groep jongeren in Urk een container in brand."
    assert _kinds(text, "2021-01-02", "nl") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The army says it only targets rebel positions.", "en"),
        ("Het leger zegt alleen stellingen van de rebellen te beschieten.", "nl"),
        ("The junta blames 'rioters' for the violence.", "en"),
    ],
)
def test_claims_about_habits_and_labels_are_no_events(text: str, lang: str) -> None:
    assert _kinds(text, "1995-01-20", lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "CAIRO - The Coptic church has cancelled pilgrimages to the monastery. Last month, "
            "29 pilgrims were shot dead on the desert road to the monastery.",
            "en",
        ),
        (
            "KAÏRO - De koptische kerk heeft de bedevaarten naar het klooster geschrapt. Vorige "
            "maand werden op de woestijnweg naar het klooster 29 pelgrims doodgeschoten.",
            "nl",
        ),
    ],
)
def test_an_event_of_an_earlier_month_is_not_put_in_the_dateline_city(text: str, lang: str) -> None:
    (event,) = kroniek.extract_text(text, date="2017-06-06", lang=lang)
    assert (event.sub_event_type, event.location) == ("Attack", "Egypt")


def test_an_event_of_the_day_without_a_place_is_put_in_the_dateline_city() -> None:
    text = "CAIRO - Gunmen shot dead three policemen at a checkpoint on Monday."
    (event,) = kroniek.extract_text(text, date="2017-06-06", lang="en")
    assert event.location == "Cairo"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "GOMA - M23 rebels have withdrawn from Sake, the town they captured last month. "
            "Sake had fallen to the rebels on Thursday, November 22, after heavy fighting.",
            "en",
        ),
        (
            "GOMA - De rebellen van M23 hebben zich teruggetrokken uit Sake, dat zij vorige maand "
            "veroverden. Sake was op donderdag 22 november in handen van de rebellen gevallen.",
            "nl",
        ),
    ],
)
def test_a_day_of_its_own_is_not_swallowed_by_an_event_told_by_its_month(text: str, lang: str) -> None:
    kinds = {(k[0], k[1]) for k in _kinds(text, "2012-12", lang)}
    assert ("Non-state actor overtakes territory", "2012-11-22") in kinds


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Vrijdagavond waren jongeren bij een tehuis in Hoyerswerda slaags geraakt met de politie.",
            "Violent demonstration",
        ),
        (
            "Bij gevechten tussen twee clans bij Wabag zijn zondag zeker achttien mensen om het "
            "leven gekomen.",
            "Armed clash",
        ),
        (
            "Zaterdag bestormde een menigte in Hoyerswerda een flat waarin asielzoekers wonen.",
            "Mob violence",
        ),
        (
            "In Lahore trokken gisteren duizenden advocaten in een vreedzame rouwstoet door het centrum.",
            "Peaceful protest",
        ),
        (
            "Zaterdag kwamen dertien militairen om toen hun basis bij Bangui werd aangevallen door rebellen.",
            "Armed clash",
        ),
        (
            "Bij de bestorming van een barricade bij Oka werd woensdag enkele minuten over en weer "
            "geschoten.",
            "Armed clash",
        ),
    ],
)
def test_dutch_clashes_riots_mobs_and_marches(text: str, kind: str) -> None:
    assert [k[0] for k in _kinds(text, "2013-03-25", "nl")] == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "Na afloop van de bekerfinale in Rotterdam raakten supporters slaags met de ME.",
        "Zij sprak over de stille tocht die gisteravond werd gehouden ter nagedachtenis van de slachtoffers.",
    ],
)
def test_dutch_football_fights_and_memorial_walks_are_no_events(text: str) -> None:
    assert _kinds(text, "2019-04-30", "nl") == []


def test_concussion_grenades_of_the_police_are_no_grenade_attack() -> None:
    text = "About 100 officers moved in at dawn on Wednesday with tear gas and concussion grenades."
    assert "Grenade" not in [k[0] for k in _kinds(text, "1990-07-13", "en")]


def test_two_towns_named_apart_some_way_off_keep_their_own_events() -> None:
    text = (
        "AMMAN - Russische gevechtsvliegtuigen hebben woensdag een markt in Saraqeb gebombardeerd. "
        "Dezelfde dag beschoot het regeringsleger met artillerie woonwijken in Jisr al-Shughur."
    )
    kinds = [k[0] for k in _kinds(text, "2019-08-22", "nl")]
    assert sorted(kinds) == ["Air/drone strike", "Shelling/artillery/missile attack"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "NAIROBI - De regering heeft dinsdag een avondklok ingesteld in Mandera, na een reeks "
            "aanslagen die aan Al-Shabaab worden toegeschreven.",
            "nl",
        ),
        (
            "NAIROBI - The government imposed a curfew in Mandera on Tuesday after a series of "
            "attacks blamed on al Shabaab.",
            "en",
        ),
    ],
)
def test_a_series_of_attacks_given_as_the_cause_makes_no_sentence_generic(text: str, lang: str) -> None:
    (event,) = kroniek.extract_text(text, date="2015-09-30", lang=lang)
    assert (event.sub_event_type, event.actor1) == ("Change to group/activity", "")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "In Ampara zijn zondagavond boeddhistische en moslimjongeren met stokken en stenen op "
            "elkaar losgegaan na een ruzie in een restaurant.",
            "Mob violence",
        ),
        (
            "De Taliban hebben dinsdag het centrum van het district Ghormach onder controle gekregen.",
            "Non-state actor overtakes territory",
        ),
        ("De politie heeft dinsdagavond in Harare de vakbondsleider Peter Moyo gearresteerd.", "Arrests"),
        ("Een dag later pakte de politie bij invallen in Diyarbakir 23 mensen op.", "Arrests"),
        (
            "De politie heeft maandag in Ambo het vuur geopend op studenten die vreedzaam "
            "protesteerden; zeker vier mensen kwamen om.",
            "Excessive force against protesters",
        ),
        (
            "Een 54-jarige man heeft dinsdagavond in Bautzen met een jachtgeweer geschoten op een "
            "opvangcentrum voor asielzoekers.",
            "Attack",
        ),
        (
            "Een avond eerder liep een demonstratie tegen de maatregelen in Rotterdam volledig uit de hand.",
            "Violent demonstration",
        ),
    ],
)
def test_more_dutch_shapes(text: str, kind: str) -> None:
    assert [k[0] for k in _kinds(text, "2019-04-04", "nl")] == [kind]


def test_a_dutch_brawl_after_a_quarrel_is_no_event() -> None:
    text = "In Breda zijn zondagavond twee mannen op elkaar losgegaan na een ruzie in een café."
    assert _kinds(text, "2019-04-04", "nl") == []


@pytest.mark.parametrize(
    "text",
    [
        "A driver was killed in Groningen on Sunday when a tree fell on his car.",
        "Four miners were killed when a tunnel collapsed in a tin mine at Huanuni on Tuesday.",
        "Troops will practise an assault on an 'enemy' position with live ammunition during the drill.",
        "Smaller chains fear they will be the casualties of the battle, an analyst said.",
        "EU ministers on Monday imposed travel bans on 11 officers over last month's coup and the "
        "deadly crackdown on protesters.",
    ],
)
def test_accidents_drills_markets_and_sanctions_are_no_events(text: str) -> None:
    assert _kinds(text, "2024-01-22", "en") == []


def test_a_group_called_banned_is_no_ban() -> None:
    text = (
        "Security officers detained 19 activists in raids on homes in Simferopol on Wednesday, "
        "accusing them of membership of the banned Islamic group Hizb ut-Tahrir."
    )
    assert [k[0] for k in _kinds(text, "2020-06-12", "en")] == ["Arrests"]


def test_sanctions_in_answer_to_a_coup_are_no_dutch_event() -> None:
    text = (
        "De EU heeft maandag sancties ingesteld tegen elf officieren. De sancties zijn een reactie "
        "op de staatsgreep van vorige maand en het dodelijke geweld tegen demonstranten."
    )
    assert _kinds(text, "2021-03-23", "nl") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "BANGUI - Seleka rebels captured Bangui on Sunday, March 24. A day earlier, thirteen "
            "soldiers were killed when rebels attacked their base near the city. The day after the "
            "capture, Seleka fighters looted shops across Bangui.",
            "en",
        ),
        (
            "BANGUI - De rebellen van Seleka hebben op zondag 24 maart Bangui ingenomen. Een dag "
            "eerder kwamen dertien militairen om toen hun basis bij de stad werd aangevallen door "
            "rebellen. De dag na de inname plunderden strijders van Seleka winkels in Bangui.",
            "nl",
        ),
    ],
)
def test_the_day_after_a_capture_counts_from_the_capture(text: str, lang: str) -> None:
    events = kroniek.extract_text(text, date="2013-03", lang=lang)
    found = {(e.sub_event_type, e.event_date, e.fatalities) for e in events}
    assert found == {
        ("Non-state actor overtakes territory", "2013-03-24", 0),
        ("Armed clash", "2013-03-23", 13),
        ("Looting/property destruction", "2013-03-25", 0),
    }


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        (
            "De rebellen namen de havenstad op woensdag 12 augustus in, na vier dagen van gevechten.",
            "nl",
            "Non-state actor overtakes territory",
        ),
        (
            "Vrijdagavond hadden agenten in Iguala het vuur geopend op bussen waarmee studenten de "
            "stad wilden verlaten.",
            "nl",
            "Attack",
        ),
        (
            "Zondag arresteerde de justitie van Guerrero 22 agenten van de politie van Iguala.",
            "nl",
            "Arrests",
        ),
        (
            "ZAGREB - Croatian troops captured Knin, the stronghold of the rebel Serbs, on Saturday.",
            "en",
            "Government regains territory",
        ),
        (
            "NAIROBI - At least three people were killed in rioting in Kisumu on Thursday.",
            "en",
            "Violent demonstration",
        ),
    ],
)
def test_shapes_of_the_eleventh_article_set(text: str, lang: str, kind: str) -> None:
    assert [k[0] for k in _kinds(text, "2020-08-16", lang)] == [kind]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "COLOMBO - In Ampara zijn zondagavond boeddhistische en moslimjongeren op elkaar "
            "losgegaan. Maandag staken onbekenden in de stad zes winkels en een moskee in brand.",
            "nl",
        ),
        (
            "COLOMBO - In Ampara, Buddhist and Muslim youths attacked each other with sticks on "
            "Sunday night. On Monday unidentified people set fire to six shops in the town.",
            "en",
        ),
    ],
)
def test_the_town_told_before_is_not_the_dateline_city(text: str, lang: str) -> None:
    places = {e.location for e in kroniek.extract_text(text, date="2013-04-10", lang=lang)}
    assert places == {"Ampara"}


def test_a_dutch_claim_with_its_day_far_from_the_participle_is_no_event() -> None:
    text = (
        "LONDEN - Een zware bom in een vrachtwagen heeft zaterdagochtend het winkelhart van "
        "Manchester verwoest. De IRA heeft de aanslag gisteren in een verklaring aan een Ierse "
        "omroep opgeëist."
    )
    assert [k[0] for k in _kinds(text, "1996-06-18", "nl")] == ["Remote explosive/landmine/IED"]


def test_a_dutch_building_blown_up_for_demolition_is_no_bomb() -> None:
    text = "Een leegstaande flat in Tilburg is zaterdag met vierhonderd kilo explosieven opgeblazen."
    assert _kinds(text, "2016-06-12", "nl") == []


def test_dutch_people_going_at_each_other_with_machetes_is_mob_violence() -> None:
    text = (
        "In Kibera braken vrijdag onlusten uit. Zij gingen elkaar met machetes en knuppels te lijf "
        "en staken huizen in brand; twee mannen kwamen om."
    )
    assert "Mob violence" in [k[0] for k in _kinds(text, "2017-10-28", "nl")]
