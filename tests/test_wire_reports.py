"""Real wire copy: datelines, sign-offs, statistics, report days and plain-word traps.

The cases come from the shapes of Reuters articles of 1996 (`events_reuters_dev`) and real
Dutch newspaper articles (`events_dpg_dev`); the sentences here are our own."""

from __future__ import annotations

import pytest

import kroniek
from kroniek.dateline import inside, report_marks
from kroniek.events.lexicon import lexicon_for


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        ("ANKARA 1996-08-26 Heavy fighting broke out.", "ANKARA 1996-08-26 "),
        ("MEXICO CITY 1996-08-29 Rates rose.", "MEXICO CITY 1996-08-29 "),
        ("KABUL, Aug 26 (Reuters) - Taliban fighters advanced.", "KABUL, Aug 26 (Reuters) - "),
        ("BRUSSEL (Belga) - De politie greep in.", "BRUSSEL (Belga) - "),
        ("AMSTERDAM - Honderden mensen betoogden.", "AMSTERDAM - "),
        ("NATO forces released the policemen.", None),
        ("UNITA rebels attacked a convoy.", None),
        ("In AMSTERDAM betoogden honderden mensen.", None),
    ],
)
def test_a_dateline_is_found_at_the_start_only(text: str, marked: str | None) -> None:
    spans = report_marks(text)
    assert [text[a:b] for a, b in spans] == ([marked] if marked else [])


def test_a_newsrooms_sign_off_is_marked() -> None:
    text = "A shot was fired. -- Wellington newsroom 64 4 473-4746"
    ((a, b),) = report_marks(text)
    assert text[a:b].strip().startswith("-- Wellington") and inside([(a, b)], text.index("Wellington"), b)


def test_the_dateline_neither_dates_nor_places_nor_counts() -> None:
    """ "BELGRADE 1996-08-29 A policeman has been shot dead": filed in Belgrade that day; the
    policeman is one dead (not 29), in Kosovo, on no day the dateline gives."""
    (event,) = kroniek.extract_text(
        "BELGRADE 1996-08-29 A policeman has been shot dead in Serbia's troubled Kosovo province, "
        "police said. He was shot on Wednesday afternoon as he stepped off a bus.",
        date="1996-08-29",
        lang="en",
    )
    assert event.fatalities == 1 and event.location != "Belgrade"
    (event,) = kroniek.extract_text(
        "ANKARA 1996-08-26 Heavy fighting broke out between two rival Kurdish factions in northern Iraq "
        "at midnight Sunday and at least 29 people were killed, one of the groups said on Monday.",
        date="1996-08-26",
        lang="en",
    )
    assert (event.sub_event_type, event.event_date, event.fatalities) == ("Armed clash", "1996-08-25", 29)
    assert event.location != "Ankara"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "An estimated 50,000 people, including more than 110 foreigners, have been killed in "
            "Algeria's violence since early 1992.",
            "en",
        ),
        ("More than 20,000 people have died in the PKK's 12-year-old fight for independence.", "en"),
        ("In het twaalf jaar durende conflict zijn ruim 20.000 mensen omgekomen.", "nl"),
        (
            "Algeria attacked Britain on Wednesday for allowing Islamist groups to meet in London.",
            "en",
        ),
        ("Erdogan haalde maandag hard uit naar de Nederlandse regering.", "nl"),
        ("The market rose, said William O'Neill of Merrill Lynch.", "en"),
        ("He told officers that peace was at hand for Liberia after six years of fighting.", "en"),
        ("Hij zei dat er na zes jaar oorlog eindelijk vrede is in Liberia.", "nl"),
        ("Toen hij werd vermoord was ik pas vier.", "nl"),
        ("He was murdered when I was only four.", "en"),
        (
            "A British aid worker, held hostage in Chechnya for nearly four weeks, said on Saturday he "
            "was glad to be home.",
            "en",
        ),
        ("If no such plan comes, the movement says it will take its protests to other cities.", "en"),
        ("Als er geen plan komt, zal de beweging ook in andere steden demonstreren.", "nl"),
        ("De politie was zaterdag met honderden agenten op de been in Amsterdam.", "nl"),
        ("Duizenden fans liepen zaterdag het stadion in Madrid vol.", "nl"),
    ],
)
def test_statistics_verbal_attacks_and_memories_are_no_events(text: str, lang: str) -> None:
    """Also a condition with a future ("If no plan comes, ... will take its protests")."""
    assert kroniek.extract_text(text, date="1996-08-28", lang=lang) == []


def test_a_battle_with_its_dead_is_not_swallowed_by_the_truce_after_it() -> None:
    events = kroniek.extract_text(
        "At least 50 Russian servicemen have been killed in a battle with separatist rebels which "
        "erupted in Grozny on Thursday and continued after Russia and the rebels agreed a truce.",
        date="1996-08-22",
        lang="en",
    )
    assert sorted((e.sub_event_type, e.fatalities) for e in events) == [("Agreement", 0), ("Armed clash", 50)]


@pytest.mark.parametrize(
    ("text", "lang", "sub_type"),
    [
        (
            "The airliner was shot down by a Buk missile over eastern Ukraine on Thursday.",
            "en",
            "Shelling/artillery/missile attack",
        ),
        (
            "Het vliegtuig werd donderdag neergehaald met een Buk-raket boven het oosten van Oekraïne.",
            "nl",
            "Shelling/artillery/missile attack",
        ),
        (
            "Houthi forces shot down a Saudi reconnaissance drone over Marib on Thursday.",
            "en",
            "Disrupted weapons use",
        ),
        (
            "The students staged a violent nine-day demonstration in Seoul on Thursday.",
            "en",
            "Violent demonstration",
        ),
        ("NATO troops detained 65 Bosnian Serb policemen in Zvornik early on Thursday.", "en", "Arrests"),
        (
            "Het Martelarenplein in Beiroet stroomde donderdag vol met honderdduizenden Libanezen.",
            "nl",
            "Peaceful protest",
        ),
        (
            "Donderdag bracht de oppositie op het Martelarenplein in Beiroet een miljoen mensen op de been.",
            "nl",
            "Peaceful protest",
        ),
        (
            "Two explosions minutes apart struck seafood cafes on the beach at Jimbaran on Thursday.",
            "en",
            "Remote explosive/landmine/IED",
        ),
        (
            "Afghaanse regeringstroepen hebben donderdag het centrum van Kunduz heroverd.",
            "nl",
            "Government regains territory",
        ),
        (
            "Bij de aanval van Al-Shabaab op de universiteit van Garissa kwamen donderdag 147 mensen om.",
            "nl",
            "Attack",
        ),
        (
            "In Kunduz werd donderdag opnieuw gevochten tussen regeringstroepen en de Taliban.",
            "nl",
            "Armed clash",
        ),
        (
            "A crowd of close to a million filled Martyrs' Square in Beirut on Thursday to demand that Syria "
            "pull its troops out of Lebanon.",
            "en",
            "Peaceful protest",
        ),
        (
            "Thousands converged on Tahrir Square in Cairo on Thursday to demand an end to Mubarak's rule, "
            "and riot police fired tear gas to push them back.",
            "en",
            "Protest with intervention",
        ),
    ],
)
def test_wire_phrasings_get_their_sub_type(text: str, lang: str, sub_type: str) -> None:
    assert sub_type in [e.sub_event_type for e in kroniek.extract_text(text, date="1996-08-30", lang=lang)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Op 26 juni 2018 reed een man een bestelbus door de pui van een krantengebouw in Amsterdam. "
            "Een paar dagen eerder was een raket afgevuurd op het pand van een weekblad in Amsterdam.",
            "nl",
        ),
        (
            "On June 26, 2018, a man drove a van into the front of a newspaper building in Amsterdam. "
            "A few days earlier, a rocket had been fired at the offices of a weekly in Amsterdam.",
            "en",
        ),
        (
            # The sentence before names last summer; "een paar dagen eerder" counts from the attack
            # told before that, on 26 June 2018, not from the last day named (a Monday of 2019).
            "De politie heeft maandag twaalf verdachten opgepakt. Op 26 juni 2018 reed een man een "
            "bestelbus door de pui van het krantengebouw in Amsterdam en stak hem in brand. De aanval "
            "bracht afgelopen zomer veel opschudding teweeg. Een paar dagen eerder was al een raket "
            "afgevuurd op het pand van een weekblad in Amsterdam.",
            "nl",
        ),
        # A day named after the last event is the nearer one to count from.
        (
            "Police arrested twelve opposition activists in Amsterdam on Monday. On 26 June 2018 a "
            "weekly paper moved to new offices in Amsterdam. A few days earlier, a rocket had been "
            "fired at the offices of a weekly in Amsterdam.",
            "en",
        ),
        (
            "De politie heeft maandag in Amsterdam twaalf oppositieactivisten opgepakt. Op 26 juni 2018 "
            "verhuisde een weekblad naar een nieuw pand in Amsterdam. Een paar dagen eerder was een "
            "raket afgevuurd op het pand van een weekblad in Amsterdam.",
            "nl",
        ),
    ],
)
def test_a_few_days_earlier_is_the_week_before_the_date_told(text: str, lang: str) -> None:
    events = kroniek.extract_text(text, date="2019-04-09", lang=lang)
    rocket = next(e for e in events if e.sub_event_type == "Shelling/artillery/missile attack")
    assert (rocket.event_date, rocket.time_precision) == ("2018-06-21", 2)


@pytest.mark.parametrize(
    ("text", "lang", "dct", "fields", "expected"),
    [
        (
            # An accusation on the report day tells of shelling before it: the next sentence's
            # Friday dates it.
            "An Iraqi Kurdish group on Saturday accused Iraqi government forces of killing two civilians "
            "in shelling in northern Iraq. The army heavily shelled a camp west of Arbil on Friday.",
            "en",
            "1996-08-24",
            "sub_event_type event_date",
            ("Shelling/artillery/missile attack", "1996-08-23"),
        ),
        (
            # A lead without a date takes the weekend its next sentence names; "dit weekend" in a
            # perfect tense on a Monday is the weekend just past.
            "Naar schatting honderd Russische militairen zijn in Venezuela aangekomen voor hulp aan het "
            "regime van president Maduro. Volgens waarnemers zijn dit weekend twee Russische vliegtuigen "
            "aangekomen met materieel.",
            "nl",
            "2019-03-25",
            "event_date time_precision",
            ("2019-03-23", 2),
        ),
        (
            # Villagers who then set trucks on fire make the blockade a riot.
            "De inwoners van een aantal dorpen in de deelstaat Guanajuato hebben gisteren straten "
            "geblokkeerd uit protest tegen de politie. Op televisie was te zien hoe de dorpelingen op "
            "toegangswegen tientallen auto's en trucks in brand staken.",
            "nl",
            "2019-03-05",
            "sub_event_type event_date",
            ("Violent demonstration", "2019-03-04"),
        ),
    ],
)
def test_one_event_with_its_type_and_day(
    text: str, lang: str, dct: str, fields: str, expected: tuple[object, ...]
) -> None:
    (event,) = kroniek.extract_text(text, date=dct, lang=lang)
    assert tuple(getattr(event, f) for f in fields.split()) == expected


def test_a_newspapers_name_is_no_place() -> None:
    events = kroniek.extract_text(
        "Security forces said on Friday three women and two children were killed when a bomb exploded "
        "at a market in Bou Haroun, west of Algiers. El-Watan paper said the blast killed seven.",
        date="1996-08-24",
        lang="en",
    )
    assert events and all(e.location != "Vatan" for e in events)


def test_a_terror_cell_rounded_up_is_an_arrest_and_a_gang_is_not() -> None:
    text = "Dat bleek uit het oprollen, in september, van de 'Arnhem-groep', zeven jihadisten in Arnhem."
    (event,) = kroniek.extract_text(text, date="2019-02-27", lang="nl")
    assert (event.sub_event_type, event.event_date, event.time_precision) == ("Arrests", "2018-09-15", 3)
    gang = "De politie rolde in september een drugsbende op in Arnhem."
    assert kroniek.extract_text(gang, date="2019-02-27", lang="nl") == []


def test_in_wire_copy_the_day_a_source_spoke_dates_nothing() -> None:
    """With a dateline, "the agency said on Friday" is when the report was made; the clashes
    were before it, on a day not given: the day before publication, known to the week. The
    same sentence without a dateline keeps the day it names."""
    wire = (
        "ANKARA 1996-08-23 Turkish troops have killed 17 Kurdish rebels in recent clashes in the "
        "southeast of the country, the state-run Anatolian news agency said on Friday."
    )
    (event,) = kroniek.extract_text(wire, date="1996-08-23", lang="en")
    assert (event.event_date, event.time_precision) == ("1996-08-22", 2)
    (event,) = kroniek.extract_text(wire.removeprefix("ANKARA 1996-08-23 "), date="1996-08-23", lang="en")
    assert (event.event_date, event.time_precision) == ("1996-08-23", 1)
    # A news conference is where a source spoke, as "said" is.
    conference = wire.replace(
        "the state-run Anatolian news agency said on Friday", "a governor told a news conference on Friday"
    )
    (event,) = kroniek.extract_text(conference, date="1996-08-23", lang="en")
    assert (event.event_date, event.time_precision) == ("1996-08-22", 2)


def test_an_undated_lead_does_not_join_an_old_event_of_its_place() -> None:
    """ "Security forces have shot dead three guerrillas suspected of killing a bishop" is fresh
    news, not the bombing that killed the bishop three weeks before."""
    events = kroniek.extract_text(
        "PARIS 1996-08-22 Algerian security forces have shot dead three Moslem guerrillas suspected "
        "of killing a French bishop in western Algeria, the television said on Thursday. The bishop "
        "was killed on August 1 in a bomb blast at his residence in Oran.",
        date="1996-08-22",
        lang="en",
    )
    assert {(e.event_date, e.fatalities) for e in events} >= {("1996-08-21", 3)}


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        (
            "Gunmen seized an aid worker and six other hostages from their car in Grozny on July 27.",
            "Abduction/forced disappearance",
        ),
        (
            "At least 13 people were killed when masked rebels struck at police and military posts in "
            "Oaxaca on Wednesday.",
            "Armed clash",
        ),
    ],
)
def test_hostages_seized_and_posts_struck_at(text: str, sub_type: str) -> None:
    assert [e.sub_event_type for e in kroniek.extract_text(text, date="1996-08-29", lang="en")] == [sub_type]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The main academic union, ASUU, along with two smaller university unions, was banned by "
            "Nigeria's military government last week.",
            "en",
            ["Change to group/activity"],
        ),
        (
            "De belangrijkste vakbond van docenten werd vorige week door de militaire regering van "
            "Nigeria verboden.",
            "nl",
            ["Change to group/activity"],
        ),
        ("De partij noemde de verboden demonstratie in Den Haag een schande.", "nl", []),
        ("Police said two members of a recently banned union had left the country.", "en", []),
    ],
)
def test_a_union_banned_is_a_change_and_a_banned_march_named_is_not(
    text: str, lang: str, expected: list[str]
) -> None:
    assert [e.sub_event_type for e in kroniek.extract_text(text, date="1996-08-28", lang=lang)] == expected


@pytest.mark.parametrize(
    ("text", "lang", "dct", "day"),
    [
        (
            "FREETOWN 1996-08-28 Rebels killed 31 villagers in an attack on the eastern village of "
            "Foindu, a commander said on Wednesday. An army spokesman in Freetown said Monday night's "
            "attack was the third on a military post.",
            "en",
            "1996-08-28",
            "1996-08-26",
        ),
        (
            "Rebellen hebben 31 dorpelingen gedood bij een aanval op het dorp Foindu in Sierra Leone. "
            "Het leger meldt ook dat de aanval van maandagavond de derde was op een legerpost.",
            "nl",
            "2019-03-20",
            "2019-03-18",
        ),
    ],
)
def test_a_lead_without_a_day_takes_the_day_a_later_sentence_names_it_by(
    text: str, lang: str, dct: str, day: str
) -> None:
    """ "said Monday night's attack was ...": not the day of a report but the attack's."""
    events = kroniek.extract_text(text, date=dct, lang=lang)
    assert [(e.sub_event_type, e.event_date) for e in events] == [("Attack", day)]


def test_a_named_region_stands_beside_a_home_town() -> None:
    """ "Oost-Oekraïne" (regions.json) is Eastern Ukraine even when the only other place named
    is a Dutch town where the investigators spoke: it is no orphan reading to drop."""
    events = kroniek.extract_text(
        "Het onderzoeksteam heeft gisteren in Nieuwegein vier verdachten bekendgemaakt. Het toestel "
        "werd op 17 juli 2014 boven Oost-Oekraïne neergehaald met een Buk-raket.",
        date="2019-06-20",
        lang="nl",
    )
    assert [(e.sub_event_type, e.event_date, e.country) for e in events] == [
        ("Shelling/artillery/missile attack", "2014-07-17", "Ukraine")
    ]


@pytest.mark.parametrize(
    ("text", "lang", "sub_type"),
    [
        (
            "After the World Cup qualifier in Rotterdam on Sunday, hundreds of fans fought with police "
            "and smashed shop windows. The match had ended 2-2 after a late penalty.",
            "en",
            "Mob violence",
        ),
        (
            "Zondag plunderden supporters na de wedstrijd winkels in Rotterdam. De ME zette traangas in. "
            "De wedstrijd tegen Feyenoord was in 2-2 geëindigd; de competitie ligt nu stil.",
            "nl",
            "Looting/property destruction",
        ),
    ],
)
def test_violence_around_a_game_is_news(text: str, lang: str, sub_type: str) -> None:
    assert sub_type in [e.sub_event_type for e in kroniek.extract_text(text, date="1996-08-26", lang=lang)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Shares rallied on Friday after Battle Mountain Gold said it would bid for the miner.", "en"),
        ("The Rally for Democracy said on Thursday it would take part in the elections in Kigali.", "en"),
        (
            "The princess was told this week of Mother Teresa's battle against heart problems in Calcutta.",
            "en",
        ),
        (
            "Germany and Poland agreed on Friday in Warsaw to step up fighting international "
            "organised crime.",
            "en",
        ),
        ("The president ordered a crackdown on corruption in Conakry in February.", "en"),
        ("An outbreak of cholera has killed 21 people in a week at Ubimini in southern Nigeria.", "en"),
        (
            "A bus fell from a mountain road into a river near Muzaffarabad on Sunday, killing at least "
            "19 people.",
            "en",
        ),
        ("The Pakistani was executed in Mecca on Sunday for drug smuggling.", "en"),
        ("Kurdish areas near Sulaimaniya are under the control of PUK guerrillas.", "en"),
        ("More than 50,000 people have been killed in the war between the army and the rebels.", "en"),
        ("More than 20,000 people have died in 12 years of fighting in southeast Turkey.", "en"),
        (
            "ETA has killed about 800 people in its campaign for an independent Basque state "
            "since the 1960s.",
            "en",
        ),
        ("Kabul is held by the government, which the Taleban is fighting to overthrow.", "en"),
        ("Een bus stortte zondag bij Muzaffarabad in een rivier; zeker negentien mensen kwamen om.", "nl"),
        ("Een uitbraak van cholera heeft in het zuiden van Nigeria 21 mensen het leven gekost.", "nl"),
        (
            "NEW YORK 1996-08-26 Eighth seed Marc Rosset was eliminated in a two-hour battle by unseeded "
            "Mark Philippoussis on Monday. Ivanisevic rallied from a 2-5 deficit in the first set, but "
            "Tillstrom kept attacking the net and won the tiebreak 7-4 in the quarter-final.",
            "en",
        ),
        (
            "JYVASKYLA 1996-08-24 Juha Kankkunen opened a 37-second lead after six stages of the 1,000 "
            "Lakes Rally on Saturday. A Belgian spectator died in an accident on Friday's opening stage "
            "of the world championship rally, and the race resumed on Saturday.",
            "en",
        ),
        (
            "Ajax won de wedstrijd tegen PSV met 3-1. De aanval van Ajax bestookte het doel al na vijf "
            "minuten en de middenvelder scoorde twee keer; in de competitie staat Ajax nu eerste.",
            "nl",
        ),
        (
            "AMSTERDAM 1996-08-26 Dutch shares closed higher on Friday. Nutricia shrugged off its ex-div "
            "tag to soar a further 4.10 guilders to 214.40, continuing its explosive rally sparked by the "
            "jump in first half net profits last week.",
            "en",
        ),
        (
            'Rice futures closed higher in Chicago. "It rallied on ideas the market was oversold," '
            "a trader said.",
            "en",
        ),
        (
            "At least 11 people were killed in Berovo on Thursday when lightning struck a crowd at a "
            "festival.",
            "en",
        ),
        ("An Amtrak train derailed near Roxbury on Tuesday and its driver was hurt.", "en"),
        ("Russia's intervention in Chechnya, a conflict in which tens of thousands have been killed.", "en"),
    ],
)
def test_plain_words_of_real_wire_copy_are_no_events(text: str, lang: str) -> None:
    """Markets, parties, illness, crime policy, accidents, courts, standing control and the
    cumulative toll of a long war: found on Reuters documents of CoNLL-2003 eng.train. A sport
    page's battles, rallies and attacks are games (sport pages were a fifth of the documents
    that gave events), and a market report's rally is a price (its words alone would read as a
    protest)."""
    assert kroniek.extract_text(text, date="1996-08-26", lang=lang) == []


def test_a_spokesman_named_shelling_fires_no_shells() -> None:
    events = kroniek.extract_text(
        "Nigerian police shot dead six robbery suspects as they tried to escape from custody in "
        "Sokoto. Police spokesman Umar Shelling said the six were killed on Wednesday.",
        date="1996-08-23",
        lang="en",
    )
    assert "Shelling/artillery/missile attack" not in [e.sub_event_type for e in events]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Thousands of Tamils demonstrated outside the United Nations in Geneva on Monday. The "
            "demonstrators, said by police to number 6,000, also urged the release of their leader, "
            "who has been held in a Zurich jail since April.",
            "en",
        ),
        (
            "Duizenden Tamils betoogden maandag voor het gebouw van de Verenigde Naties in Genève. De "
            "demonstranten, volgens de politie 6.000, eisten ook de vrijlating van hun leider, die sinds "
            "april in een cel in Zürich zit.",
            "nl",
        ),
    ],
)
def test_the_crowd_told_again_is_the_same_protest(text: str, lang: str) -> None:
    """A sentence that opens with the crowd just told goes on with its protest, whatever
    place a relative clause names."""
    (event,) = kroniek.extract_text(text, date="1996-08-26", lang=lang)
    assert (event.sub_event_type, event.location) == ("Peaceful protest", "Geneva")


def test_a_bomb_that_killed_nineteen_us_airmen_lies_where_it_went_off() -> None:
    """The toll reads past "U.S."; a country's name before "airmen" is their nationality."""
    (event,) = kroniek.extract_text(
        "In Dhahran, 19 U.S. airmen were killed by a fuel truck bomb on June 25.",
        date="1996-08-26",
        lang="en",
    )
    assert (event.sub_event_type, event.event_date, event.location, event.fatalities) == (
        "Remote explosive/landmine/IED",
        "1996-06-25",
        "Dhahran",
        19,
    )


@pytest.mark.parametrize(
    "text",
    [
        "An explosion at Repsol's Puertollano refinery, which killed four workers, had not affected output.",
        "China raised indignant protests after Japanese ministers visited a shrine in Tokyo on August 15.",
        "Human rights groups in Gaza had protested about his arrest in letters to the president.",
        "Palestinian leaders in Jerusalem called on Tuesday for a two-hour strike to protest the demolition.",
        "The talks waited for the rebels to return arms seized from Russian soldiers in Grozny.",
        "The ceasefire was agreed after talks between U.S. Assistant Secretary Pelletreau and Talabani.",
        "The port has been calmer this year, but police say 300 people have died in political unrest.",
        "The MQM accuses the government of killing many of its militants in cold blood.",
        '"Those responsible for the extra-judicial killing of youths will not be spared," Sharif said.',
        "Tens of thousands of fans filled the stadium in Madrid on Sunday, chanting the players' names.",
    ],
)
def test_more_plain_words_of_wire_copy(text: str) -> None:
    """An industrial explosion, a diplomatic protest, a call for a strike, arms taken from
    soldiers; a U.S. official named at talks does not place their ceasefire in the U.S."""
    events = kroniek.extract_text(text, date="1996-08-28", lang="en")
    assert all(e.sub_event_type == "Agreement" and e.country != "United States" for e in events)


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        ("Russia and the rebels sealed a ceasefire in Novye Atagi on Thursday.", "Agreement"),
        (
            "Israeli police demolished a 20 metre structure in Jerusalem's Old City on Tuesday.",
            "Looting/property destruction",
        ),
    ],
)
def test_sealed_ceasefires_and_demolished_structures(text: str, sub_type: str) -> None:
    found = [e.sub_event_type for e in kroniek.extract_text(text, date="1996-08-28", lang="en")]
    assert found == [sub_type]


@pytest.mark.parametrize(
    ("lang", "text", "deaths"),
    [
        ("nl", "Halbach werd in 2005 in Wisconsin gedood.", 1),
        ("en", "The journalist was shot dead in 1995 in Algiers.", 1),
        ("nl", "Bij de aanslag werden in totaal 2005 mensen gedood.", 2005),
    ],
)
def test_a_year_is_no_count_of_dead(lang: str, text: str, deaths: int) -> None:
    lexicon = lexicon_for(lang)
    assert lexicon is not None
    toll = lexicon.fatalities(text)
    assert toll is not None and toll.deaths == deaths


@pytest.mark.parametrize(
    ("text", "lang", "sub_types"),
    [
        ("Police hunted a gunman in Glenwood after he killed his wife and wounded three others.", "en", []),
        ("Een man heeft zondag in Tilburg zijn vrouw doodgestoken.", "nl", []),
        ("De man schoot zondag in Tilburg zijn ex-vriendin dood.", "nl", []),
        ("Fox broke into his wife 's home in Brisbane on Tuesday, shooting her dead.", "en", []),
        (
            "The man, who said he had once been engaged to her, knifed her husband in Wroclaw on Tuesday.",
            "en",
            [],
        ),
        ("Gunmen shot dead a farmer and his wife in Kaduna on Monday.", "en", ["Attack"]),
        ("Gewapende mannen schoten zondag in Kaduna een boer en zijn vrouw dood.", "nl", ["Attack"]),
        (
            "Thousands of farmers threw up roadblocks across France on Wednesday, stopping lorries "
            "suspected of importing meat.",
            "en",
            ["Peaceful protest"],
        ),
    ],
)
def test_a_killing_in_the_family_is_no_event_and_roadblocks_are_a_protest(
    text: str, lang: str, sub_types: list[str]
) -> None:
    """Domestic violence is not coded; victims "a farmer and his wife" are; farmers who
    throw up roadblocks protest (they threw nothing at anyone)."""
    found = [e.sub_event_type for e in kroniek.extract_text(text, date="1996-08-28", lang=lang)]
    assert found == sub_types


def test_a_definite_noun_without_a_date_names_the_event_told() -> None:
    """ "Two of the suspected abductors ... the kidnapping": the sentence borrows the date of
    the sentence before it (the day officials spoke), so it names the kidnapping already told
    and adds no second one on that day."""
    events = kroniek.extract_text(
        "A Dutch couple were abducted from their farm in northern Costa Rica on Saturday night by "
        "two men demanding ransom. Officials gave different names for the couple on Monday. Police "
        "said the kidnapping was the work of a gang from Nicaragua.",
        date="1996-08-27",
        lang="en",
    )
    assert [(e.sub_event_type, e.event_date) for e in events] == [
        ("Abduction/forced disappearance", "1996-08-24")
    ]


def test_the_month_a_wage_is_for_dates_nothing() -> None:
    (event,) = kroniek.extract_text(
        "BELGRADE 1996-08-29 Workers of the Zastava factory protested in Kragujevac on Thursday. "
        "They are staging protests in the town's main square demanding June and July wages.",
        date="1996-08-29",
        lang="en",
    )
    assert (event.sub_event_type, event.event_date) == ("Peaceful protest", "1996-08-29")


def test_an_outbreak_named_as_the_time_of_an_attack_is_no_illness() -> None:
    """ "An outbreak of cholera has killed 21" tells a disease; police who beat a family "during
    the lockdown due to the coronavirus outbreak" still attacked it."""
    events = kroniek.extract_text(
        "On 1 May 2020, police assaulted a family and injured three women at a house in Jaffna over "
        "having used a vehicle during the lockdown due to the coronavirus outbreak.",
        date="2020-05-02",
        lang="en",
    )
    assert [e.sub_event_type for e in events] == ["Attack"]


def test_an_attack_with_its_dead_and_the_hostages_taken_are_two_events() -> None:
    """One event per sub-type: the abduction does not swallow the attack that killed two;
    an abduction alone stays one event."""
    events = kroniek.extract_text(
        "Kurdish guerrillas killed two people and took three hostage after stopping two buses near "
        "Erzincan on Monday.",
        date="1996-08-27",
        lang="en",
    )
    assert sorted((e.sub_event_type, e.fatalities) for e in events) == [
        ("Abduction/forced disappearance", 0),
        ("Attack", 2),
    ]
    (alone,) = kroniek.extract_text(
        "Gunmen abducted 20 villagers in Zamfara on Monday.", date="1996-08-27", lang="en"
    )
    assert alone.sub_event_type == "Abduction/forced disappearance"


def test_a_list_of_the_dead_after_said_is_summed() -> None:
    """ "Security forces said on Friday three women and two children were killed": five, not
    the two of the last count."""
    lexicon = lexicon_for("en")
    assert lexicon is not None
    toll = lexicon.fatalities(
        "Security forces said on Friday three women and two children were killed when a bomb "
        "exploded at a market in Bou Haroun."
    )
    assert toll is not None and toll.deaths == 5


def test_the_attack_a_suspect_is_held_for_is_no_event_of_the_arrest_sentence() -> None:
    """ "aangehouden in verband met de aanslag van maandagavond": the arrest, in Chorlton; the
    attack is told elsewhere, and is not placed where the suspect was held."""
    events = kroniek.extract_text(
        "De politie in Manchester heeft gisteren in de wijk Chorlton een 23-jarige man aangehouden "
        "in verband met de aanslag van maandagavond.",
        date="2017-05-24",
        lang="nl",
    )
    assert [(e.sub_event_type, e.event_date) for e in events] == [("Arrests", "2017-05-23")]
    (told,) = kroniek.extract_text(
        "Bij de aanslag van maandagavond in Manchester kwamen 22 mensen om.", date="2017-05-24", lang="nl"
    )
    assert (told.sub_event_type, told.event_date, told.fatalities) == ("Attack", "2017-05-22", 22)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "ANKARA 1996-08-23 Turkish troops have killed 17 Kurdish rebels in recent clashes in the "
            "southeast, the agency said on Friday. Eight of the rebels were killed in Van province, five in "
            "Sirnak and four in Hakkari.",
            "en",
        ),
        (
            "Turkse troepen hebben donderdag bij gevechten in het zuidoosten 17 Koerdische rebellen gedood. "
            "Acht rebellen kwamen om in de provincie Tunceli, vijf in Sirnak en vier in Hakkari.",
            "nl",
        ),
    ],
)
def test_a_toll_split_by_place_is_one_event_per_place(text: str, lang: str) -> None:
    """ACLED codes one event per location: a toll told place by place splits the event."""
    events = kroniek.extract_text(text, date="1996-08-23", lang=lang)
    first = "Van" if lang == "en" else "Tunceli"
    assert sorted((e.location, e.fatalities) for e in events) == sorted(
        [(first, 8), ("Sirnak", 5), ("Hakkari", 4)]
    )
    assert {e.sub_event_type for e in events} == {"Armed clash"}
    assert len({e.event_id for e in events}) == 3


@pytest.mark.parametrize(
    "text",
    [
        # Weapons listed with a column or a force are no shelling.
        "A column of 40 vehicles, including tanks, trucks, artillery cannons and lorries, left the village.",
        "The report said the troops, supported by tanks and artillery, were massing near the border.",
        # Habits, tallies and fighting that was stopped.
        "The rebels have fought government forces in the south since 1983 for autonomy.",
        "There have only been a few skirmishes in the province in recent years.",
        '"There has been some shooting from their side but it is quiet now," a fighter said.',
        "The envoy's mission has stopped some of the worst fighting of the war.",
        "Unlike the rebels in the south, the group has never taken on the army in direct combat.",
        "A fire bomb attack on the consulate was a criminal act, officials said on Thursday.",
        "Gunfire rocked the courtyard where the rebels had set up their base weeks before.",
    ],
)
def test_arms_habits_and_stopped_fighting_are_no_events(text: str) -> None:
    assert kroniek.extract_text(text, date="1996-08-28", lang="en") == []


@pytest.mark.parametrize(
    ("text", "dct", "sub_type", "day"),
    [
        (
            "The two factions agreed on Friday to end six days of fighting, the State Department said.",
            "1996-08-23",
            "Agreement",
            "1996-08-23",
        ),
        (
            "Lebed said on Wednesday he had clinched a truce with the separatists.",
            "1996-08-23",
            "Agreement",
            "1996-08-21",
        ),
        (
            "Russian troops began to pull out from the mountains on Sunday under a ceasefire agreement.",
            "1996-08-25",
            "Non-violent transfer of territory",
            "1996-08-25",
        ),
        (
            "The city, pounded by Russian planes for hours on Wednesday, calmed down overnight.",
            "1996-08-23",
            "Air/drone strike",
            "1996-08-21",
        ),
        (
            "Students backed by opposition parties battled police and burned an effigy in the town of Bogra "
            "on Sunday.",
            "1996-08-25",
            "Violent demonstration",
            "1996-08-25",
        ),
        # The verb stands behind "after" inside the trigger's own words: last month dates it.
        (
            "An exile group vowed on Thursday to support the Kurdish rebels after they were attacked by "
            "Iranian troops deep inside Iraq last month.",
            "1996-08-23",
            "Armed clash",
            "1996-07-15",
        ),
        # A press digest tells in the present tense.
        (
            "OSLOBODJENJE - Police briefly detain two opposition leaders in Ljubljana.",
            "1996-08-27",
            "Arrests",
            "1996-08-26",
        ),
        (
            "The separatists, who swept into Grozny on August 6, still control much of the centre.",
            "1996-08-27",
            "Non-state actor overtakes territory",
            "1996-08-06",
        ),
    ],
)
def test_wire_agreements_withdrawals_riots_and_digests(text: str, dct: str, sub_type: str, day: str) -> None:
    events = kroniek.extract_text(text, date=dct, lang="en")
    assert [(e.sub_event_type, e.event_date) for e in events] == [(sub_type, day)]


def test_who_said_it_and_how_far_away_are_no_place_and_no_actor() -> None:
    """ "police sources said" is attribution; "550 km (340 miles) northeast of Lima" and "a
    spokesman in Jakarta" name places where the event was not."""
    (event,) = kroniek.extract_text(
        "Guerrillas killed one man in a village about 550 km (340 miles) northeast of Lima on Tuesday, "
        "police sources said.",
        date="1996-08-21",
        lang="en",
    )
    assert (event.location, event.actor1) == ("Peru", "Opposition Rebels (Peru)")  # guerrillas, not police
    (fire,) = kroniek.extract_text(
        "Somebody threw a molotov cocktail into the grounds of the consulate in the city of Surabaya on "
        "Tuesday. A spokesman in Jakarta, 700 km (430 miles) west of Surabaya, confirmed the attack.",
        date="1996-08-28",
        lang="en",
    )
    assert fire.location == "Surabaya"
    (told,) = kroniek.extract_text(
        "A spokesman in Jakarta confirmed that somebody threw a molotov cocktail into the grounds of the "
        "consulate on Tuesday.",
        date="1996-08-28",
        lang="en",
    )
    assert told.location == "Indonesia"


def test_a_toll_after_another_dated_story_is_not_the_first_events() -> None:
    """A column on the Utrecht attack retells the Nice attack of 2016; Nice's dead are not
    Utrecht's. A toll right after its event still counts, past a sentence with "nu" only."""
    (utrecht,) = kroniek.extract_text(
        "De aanslag in Utrecht lijkt gepleegd door een crimineel met een drugsprobleem. Op 14 juli 2016 "
        "reed een man met een vrachtwagen in op de mensenmassa op de boulevard van Nice. Achter hem lagen "
        "toen 86 doden en 458 gewonden.",
        date="2019-03-21",
        lang="nl",
    )
    assert (utrecht.location, utrecht.fatalities) == ("Utrecht", 0)
    (shooting,) = kroniek.extract_text(
        "Bij een aanslag in Utrecht is maandag geschoten. Het is nu weer rustig in de wijk. Later bleek "
        "dat er drie doden waren gevallen.",
        date="2019-03-21",
        lang="nl",
    )
    assert shooting.fatalities == 3


def test_a_dutch_report_that_counts_from_an_earlier_attack_elsewhere() -> None:
    """The earlier attack's place ("in de trein bij Würzburg") is not this one's, though the
    main clause runs on to a colon; "bij een winkelcentrum" is no count of one dead."""
    (event,) = kroniek.extract_text(
        "Vier dagen na de aanval in de trein bij Würzburg sloeg in München een 18-jarige toe: "
        "vrijdagavond schoot hij bij een winkelcentrum negen mensen dood.",
        date="2016-07-25",
        lang="nl",
    )
    assert (event.event_date, event.location, event.fatalities) == ("2016-07-22", "Munich", 9)


def test_a_towns_adjective_before_a_compound_site_places_the_event() -> None:
    (event,) = kroniek.extract_text(
        "Bij de zelfmoordaanslag in de Bagdadse winkelwijk Karrada zijn zondag zeker tachtig doden gevallen.",
        date="2016-07-04",
        lang="nl",
    )
    assert event.location == "Baghdad"


def test_dutch_squares_and_venues_named_bare_are_their_cities() -> None:
    """ "op de Dam en in Ahoy" are Amsterdam and Rotterdam (``nl/places.json`` aliases), not a
    town in Ghana; English keeps reading "Dam" as it did. A list of places is one event per
    place, as ACLED codes them."""
    events = kroniek.extract_text(
        "Op tien plekken in het land, onder meer op de Dam en in Ahoy, demonstreerden actievoerders.",
        date="2019-03-25",
        lang="nl",
    )
    assert sorted((e.country, e.location) for e in events) == [
        ("Netherlands", "Amsterdam"),
        ("Netherlands", "Rotterdam"),
    ]
