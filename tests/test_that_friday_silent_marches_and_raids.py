"""Days, and events told in a few words. "Later that Friday" is the Friday just told, and a
date told with its weekday takes the year in which it fell on it; an opening that names an
earlier event by its day ("Na de gevechten van zaterdag ...") leaves the rest of the sentence
its own day. A silent march is a protest; grenades thrown into a demonstrating crowd are an
attack on it, not its protest; arrests "in raids" are no intervention; forces firing on
students use excessive force; armed nationalists, a movement's followers or rebels who seize
"control of" a town take it; troops retake an island; police who kill a gunman who fired at
them clash with him, as do rebels who attack barracks and a militia that fires on the troops
around its leader; aircraft drop bombs; a rebel leader's followers are arrested; a bomb from a
rooftop is a grenade, one that destroyed a transmitter an explosive; a priest shot dead by a
sniper is attacked; shells giving off a choking smoke are a chemical weapon. The shapes come
from the development set `events_articles_dev25`; the sentences here are our own."""

from __future__ import annotations

import pytest

import kroniek
from conftest import Coded, Valued


@pytest.mark.parametrize(
    ("text", "weekday", "lang"),
    [
        (
            "In the night from Thursday, March 9, to Friday, March 10, gunmen attacked a prison in Osh. "
            "Later that Friday, soldiers fired on a crowd in the town.",
            "Friday",
            "en",
        ),
        (
            "In de nacht van donderdag 9 op vrijdag 10 maart vielen schutters een gevangenis in Osh aan. "
            "Later die vrijdag schoten soldaten op een menigte in de stad.",
            "vrijdag",
            "nl",
        ),
        (
            "On Tuesday, March 7, the strike began in Osh. That Tuesday, police arrested ten workers.",
            "Tuesday",
            "en",
        ),
        (
            "Op dinsdag 7 maart begon de staking in Osh. Op diezelfde dinsdag hield de politie tien "
            "mensen aan.",
            "dinsdag",
            "nl",
        ),
    ],
)
def test_a_weekday_named_with_that_is_the_day_of_it_told_before(
    timex_values: Valued, text: str, weekday: str, lang: str
) -> None:
    values = timex_values(text, "2023-11-22", lang)
    assert values[weekday][:10] == ("2023-03-10" if "9" in text else "2023-03-07")


def test_the_relative_die_before_a_weekday_is_no_demonstrative(timex_values: Valued) -> None:
    # "de mannen die vrijdag werden opgepakt": the men who were arrested (last) Friday.
    text = "Op vrijdag 10 maart begon de staking. De mannen die vrijdag werden opgepakt, zijn vrij."
    assert timex_values(text, "2023-11-22", "nl")["vrijdag"] == "2023-11-17"


def test_a_night_before_a_weekday_told_with_that_is_two_events_a_day(coded: Coded) -> None:
    text = (
        "In the night from Thursday, May 12, to Friday, May 13, armed men in Andijan attacked a barracks. "
        "Later that Friday, soldiers fired on demonstrators in Andijan."
    )
    assert sorted(coded(text, "en", "2005-11-23")) == [
        ("Armed clash", "2005-05-13"),
        ("Excessive force against protesters", "2005-05-13"),
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "On Monday, hundreds of mourners walked in silence to the scene of the shooting in Kampot, "
            "where they laid flowers.",
            "en",
        ),
        (
            "Maandag liepen honderden mensen in stilte naar de plek van de schietpartij in Kampot, "
            "waar zij bloemen neerlegden.",
            "nl",
        ),
    ],
)
def test_a_silent_march_is_a_protest(coded: Coded, text: str, lang: str) -> None:
    assert coded(text, lang, "2016-05-04") == [("Peaceful protest", "2016-05-02")]


def test_laying_flowers_alone_is_still_no_event(coded: Coded) -> None:
    assert (
        coded("On Monday, the mayor laid flowers at the scene of the shooting in Kampot.", "en", "2016-05-04")
        == []
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "On Sunday, unknown men threw two grenades into a crowd of strikers who were demonstrating "
            "in Kampot.",
            "en",
        ),
        (
            "Zondag gooiden onbekenden twee granaten in een menigte stakers die in Kampot demonstreerden.",
            "nl",
        ),
    ],
)
def test_grenades_thrown_into_a_protest_are_a_grenade_attack_only(coded: Coded, text: str, lang: str) -> None:
    assert coded(text, lang, "2016-05-04") == [("Grenade", "2016-05-01")]


def test_arrests_in_raids_are_arrests_not_an_intervention(coded: Coded) -> None:
    text = "Zondag arresteerde de politie bij invallen in Kampot honderden studenten."
    assert coded(text, "nl", "2016-05-04") == [("Arrests", "2016-05-01")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "On Friday night, troops stormed the university in Kampot and opened fire on the students "
            "inside.",
            "en",
        ),
        (
            "Vrijdagnacht bestormden soldaten de universiteit van Kampot en openden zij het vuur op de "
            "studenten.",
            "nl",
        ),
    ],
)
def test_forces_firing_on_students_use_excessive_force(coded: Coded, text: str, lang: str) -> None:
    assert [c[0] for c in coded(text, lang, "2016-05-04")] == ["Excessive force against protesters"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "On Monday, armed nationalists stormed the police station in Kampot and took control of "
            "the town.",
            "en",
        ),
        ("On Monday, followers of the Tanna movement took over the town of Kampot.", "en"),
        (
            "Maandag bestormden gewapende nationalisten het politiebureau van Kampot en namen het stadje in.",
            "nl",
        ),
        ("Maandag namen honderden aanhangers van de beweging Tanna de stad Kampot in.", "nl"),
    ],
)
def test_nationalists_or_a_movement_taking_a_town_overtake_territory(
    coded: Coded, text: str, lang: str
) -> None:
    assert coded(text, lang, "2016-05-04") == [("Non-state actor overtakes territory", "2016-05-02")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("On Saturday, a police unit and soldiers of the Defence Force landed and retook the island.", "en"),
        (
            "Zaterdag landden politie en militairen van de strijdkrachten, die het eiland na een kort "
            "vuurgevecht heroverden.",
            "nl",
        ),
    ],
)
def test_troops_retaking_an_island_regain_territory(coded: Coded, text: str, lang: str) -> None:
    assert [c[0] for c in coded(text, lang, "2016-05-04")] == ["Government regains territory"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Minutes later, police officers in Graz killed the gunman, after he had fired at them.", "en"),
        ("Even later doodden agenten in Graz de schutter, nadat hij op hen had geschoten.", "nl"),
        ("On Friday, special forces stormed the building in Graz and killed both attackers.", "en"),
        ("Vrijdag bestormden speciale eenheden het gebouw in Graz en doodden zij beide aanvallers.", "nl"),
    ],
)
def test_forces_who_kill_gunmen_fighting_them_clash(coded: Coded, text: str, lang: str) -> None:
    assert [c[0] for c in coded(text, lang, "2016-05-07")] == ["Armed clash"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "On Saturday, the rebels launched an offensive with attacks on barracks and police posts "
            "in Kampot.",
            "en",
        ),
        (
            "Zaterdag begonnen de rebellen een offensief met aanvallen op kazernes en politieposten in "
            "Kampot.",
            "nl",
        ),
        (
            "On Thursday, the army surrounded the house of the former president in Kampot, after which "
            "his militia opened fire.",
            "en",
        ),
        (
            "Donderdag omsingelde het leger de woning van de oud-president in Kampot, waarna zijn "
            "Cobra-militie het vuur opende.",
            "nl",
        ),
        ("Op vrijdag overvielen militanten de gendarmeriepost van Kampot.", "nl"),
    ],
)
def test_attacks_on_barracks_and_militias_firing_on_troops_are_clashes(
    coded: Coded, text: str, lang: str
) -> None:
    assert [c[0] for c in coded(text, lang, "2016-05-07")] == ["Armed clash"]


def test_aircraft_dropping_bombs_strike_from_the_air(coded: Coded) -> None:
    text = "Dinsdag wierpen vliegtuigen van de luchtmacht bommen op Kampot."
    assert coded(text, "nl", "2016-05-07") == [("Air/drone strike", "2016-05-03")]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("On Thursday, March 9, gunmen attacked a prison in Osh.", "en", "2023-03-09"),
        ("Op donderdag 9 maart vielen schutters een gevangenis in Osh aan.", "nl", "2023-03-09"),
        (
            "In the night from Thursday, May 12, to Friday, May 13, gunmen attacked a prison.",
            "en",
            "2022-05-12TNI",
        ),
    ],
)
def test_a_date_told_with_its_weekday_takes_the_year_it_falls_on_it(
    timex_values: Valued, text: str, lang: str, value: str
) -> None:
    # Published 22 November 2023: 9 March 2024 is nearer, but a Saturday; 9 March 2023 was a
    # Thursday. 12 May fell on a Thursday in 2022, not in 2023.
    assert value in timex_values(text, "2023-11-22", lang).values()


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Na de gevechten van zaterdag laaiden de schermutselingen zondag weer op "
            "rond het paleis in Abéché, waar gevechtshelikopters werden ingezet.",
            "nl",
            [("Armed clash", "2008-02-03")],
        ),
        (
            "Na de rellen van dinsdagavond is het gisteravond in Lyon opnieuw tot "
            "straatgevechten gekomen tussen betogers en de politie.",
            "nl",
            [("Violent demonstration", "2008-01-29"), ("Violent demonstration", "2008-02-03")],
        ),
        (
            "After Friday's protest, rebels and soldiers clashed again on Sunday near the palace in Abeche.",
            "en",
            [("Peaceful protest", "2008-02-01"), ("Armed clash", "2008-02-03")],
        ),
    ],
)
def test_an_opening_that_names_an_earlier_event_by_its_day_leaves_the_rest_its_own_day(
    coded: Coded, text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert coded(text, lang, "2008-02-04") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "On Monday, the rebel leader and five of his followers were arrested in the hills above Kampot.",
            "en",
            "Arrests",
        ),
        (
            "Maandag werden de rebellenleider en vijf van zijn volgelingen bij Kampot gearresteerd.",
            "nl",
            "Arrests",
        ),
        (
            "On Monday, some two thousand students walked through central Kampot in silence.",
            "en",
            "Peaceful protest",
        ),
        (
            "Maandag liepen in Kampot zo'n tweeduizend studenten in stilte door de binnenstad.",
            "nl",
            "Peaceful protest",
        ),
        (
            "On Monday, someone threw a bomb from a rooftop into the crowd of mourners in Kampot.",
            "en",
            "Grenade",
        ),
        (
            "On Monday, a bomb destroyed the transmitter of a radio station in Kampot, injuring no one.",
            "en",
            "Remote explosive/landmine/IED",
        ),
        ("On Monday, the bishop was shot dead by a sniper while saying Mass in Kampot.", "en", "Attack"),
        (
            "On Monday, shells releasing a yellow, choking smoke hit rebel positions near Kampot.",
            "en",
            "Chemical weapon",
        ),
        (
            "Maandag troffen granaten met een gele, verstikkende rook stellingen van rebellen bij Kampot.",
            "nl",
            "Chemical weapon",
        ),
        (
            "Maandag namen veertig gewapende mannen het politiebureau en het vliegveldje "
            "van het eiland Kampot in.",
            "nl",
            "Non-state actor overtakes territory",
        ),
        (
            "On Monday, rebel fighters seized the police armoury and with it control of Kampot.",
            "en",
            "Non-state actor overtakes territory",
        ),
    ],
)
def test_arrests_marches_bombs_snipers_gas_and_captures_told_in_their_own_words(
    coded: Coded, text: str, lang: str, expected: str
) -> None:
    assert [c[0] for c in coded(text, lang, "2016-05-04")] == [expected]


def test_forces_clearing_a_protest_camp_intervene_and_its_dead_make_it_excessive_force(coded: Coded) -> None:
    text = (
        "On Wednesday morning, riot police cleared the tent camp at the roundabout in Kampot, where "
        "protesters had been camping peacefully for weeks. The ministry said three protesters were killed."
    )
    assert coded(text, "en", "2016-05-06") == [("Excessive force against protesters", "2016-05-04")]
    calm = "On Wednesday, riot police cleared the protest camp in the square of Kampot."
    assert coded(calm, "en", "2016-05-06") == [("Protest with intervention", "2016-05-04")]
    dutch = "Woensdag ontruimde de oproerpolitie het tentenkamp van de betogers op het plein van Kampot."
    assert coded(dutch, "nl", "2016-05-06") == [("Protest with intervention", "2016-05-04")]


def test_a_gunman_who_attacked_people_and_the_police_who_killed_him_are_two_events(coded: Coded) -> None:
    text = (
        "On Monday evening, a heavily armed man opened fire on people in bars in central Graz; four "
        "passers-by were killed. Nine minutes after the first shots, police killed the man after he had "
        "also fired at them."
    )
    assert sorted(c[0] for c in coded(text, "en", "2020-11-05")) == ["Armed clash", "Attack"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("On Friday night, NATO bombed the Chinese embassy in the Yugoslav capital.", "en"),
        ("Vrijdagavond bombardeerde de Navo de Chinese ambassade in de Joegoslavische hoofdstad.", "nl"),
    ],
)
def test_the_yugoslav_capital_is_belgrade(text: str, lang: str) -> None:
    assert [(e.location, e.country) for e in kroniek.extract_text(text, date="1999-05-10", lang=lang)] == [
        ("Belgrade", "Serbia")
    ]


def test_a_battle_and_a_mob_of_one_day_are_two_events(coded: Coded) -> None:
    text = (
        "On Tuesday morning, South African troops ran into mutineers of the army at the dam near Kampot; "
        "eight South African soldiers were killed. On Tuesday afternoon, angry crowds in Kampot set shops "
        "on fire and looted stores."
    )
    assert sorted(c[0] for c in coded(text, "en", "1998-09-24")) == ["Armed clash", "Mob violence"]


def test_a_march_told_with_its_day_stays_a_march_under_a_state_of_siege(coded: Coded) -> None:
    text = (
        "Op woensdag 2 april liepen in Kampot zo'n tweeduizend studenten in stilte door de binnenstad. "
        "De staat van beleg, die al weken geldt, verbiedt elke bijeenkomst."
    )
    assert ("Peaceful protest", "1980-04-02") in coded(text, "nl", "1980-04")


def test_an_attack_whose_victims_fought_back_stays_one_clash(coded: Coded) -> None:
    text = (
        "Gunmen attacked a convoy carrying a football team near the stadium in Kampot this morning, "
        "killing five policemen. Police escorts fought back."
    )
    assert [c[0] for c in coded(text, "en", "2009-03-03")] == ["Armed clash"]
