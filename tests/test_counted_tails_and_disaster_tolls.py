"""What a sentence tells, where its words could read as another event.

The shapes come from the development set `events_articles_dev28`; the sentences here are our
own: a closing "the day after the march" names the march told before; a plan for another
rally is no rally; the toll told right after a hurricane is the hurricane's; a missile that
flew over a country is a launch, not a strike; a state that protests is no protest; fighters
who kill residents attack them; police firing on striking workers use force on protesters; a
camp's supporters attacking protesters are a mob; fighting between police and supporters is
a riot.
"""

from __future__ import annotations

import pytest

from conftest import Coded, Kept, Tolled


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "AMMAN (Reuters) - Thousands marched through Amman on Thursday against the bombings. "
            "The victims were buried on November 11, the day after the march.",
        ),
        (
            "nl",
            "AMMAN - Duizenden mensen liepen donderdag in een mars door Amman tegen de aanslagen. "
            "De slachtoffers werden op 11 november begraven, de dag na de mars.",
        ),
    ],
)
def test_a_closing_phrase_counted_from_the_march_told_before_is_no_new_march(
    lang: str, text: str, coded: Coded
) -> None:
    assert coded(text, lang, date="2005-11-14") == [("Peaceful protest", "2005-11-10")]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "The opposition plans another rally in Yerevan on March 20."),
        ("nl", "De oppositie plant op 20 maart een nieuwe betoging in Jerevan."),
    ],
)
def test_a_plan_for_another_rally_is_no_rally(lang: str, sentence: str, kept: Kept) -> None:
    assert kept(lang, sentence) == []


def test_a_rally_held_again_is_a_rally(kept: Kept) -> None:
    assert kept("en", "The opposition held another rally in Yerevan on Friday.") == ["Peaceful protest"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "GEORGE TOWN, Cayman Islands (Reuters) - Hurricane Ivan left much of Grand Cayman under water "
            "after it passed over the island on Sunday. Two people were killed, the government said on "
            "Tuesday, and hundreds of homes lost their roofs.",
        ),
        (
            "nl",
            "GEORGE TOWN - Orkaan Ivan zette zondag een groot deel van Grand Cayman onder water. Er kwamen "
            "twee mensen om, zei de regering dinsdag, en honderden huizen verloren hun dak.",
        ),
    ],
)
def test_the_toll_told_right_after_a_hurricane_is_no_attack(lang: str, text: str, coded: Coded) -> None:
    assert coded(text, lang, date="2004-09-14") == []


def test_the_toll_told_right_after_an_attack_stays_its_toll(coded: Coded) -> None:
    text = (
        "KABUL (Reuters) - Gunmen stormed a police post in Kabul on Sunday. Two people were killed, the "
        "government said on Tuesday."
    )
    assert coded(text, "en", date="2004-09-14") == [("Armed clash", "2004-09-12")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Japan lodged a strong protest on Tuesday over North Korea's launch of a missile that flew over "
        "the north of the country.",
        "The missile, a Taepodong with a range of 1,500 km, was launched from the east coast yesterday.",
        "The rocket fell into the Sea of Japan after a flight of ten minutes.",
    ],
)
def test_a_missile_that_flew_over_or_fell_into_the_sea_is_no_strike(sentence: str, kept: Kept) -> None:
    assert kept("en", sentence) == []


@pytest.mark.parametrize(
    "sentence",
    ["Rockets were launched from Gaza at Sderot on Monday.", "A rocket fired from Lebanon hit a house."],
)
def test_rockets_fired_at_a_town_stay_a_strike(sentence: str, kept: Kept) -> None:
    assert kept("en", sentence) == ["Shelling/artillery/missile attack"]


def test_a_state_that_protests_is_no_protest(kept: Kept) -> None:
    sentence = "TOKIO - Japan heeft fel geprotesteerd tegen de lancering van een raket door Noord-Korea."
    assert kept("nl", sentence) == []


def test_fighters_who_kill_residents_attack_them(kept: Kept) -> None:
    sentence = (
        "Sunday marked six months since Hamas fighters broke into the kibbutz and killed more than a "
        "hundred of its residents."
    )
    assert kept("en", sentence) == ["Attack"]


def test_police_firing_on_striking_workers_is_excessive_force(kept: Kept) -> None:
    sentence = "Police opened fire on striking oil workers in the town, killing fourteen of them."
    assert kept("en", sentence) == ["Excessive force against protesters"]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "en",
            "On Wednesday supporters of the president rode onto the square on horses and attacked the "
            "protesters with sticks and whips.",
        ),
        (
            "nl",
            "Woensdag reden aanhangers van de president op paarden het plein op en vielen zij de betogers "
            "met stokken en zwepen aan.",
        ),
    ],
)
def test_supporters_attacking_protesters_are_a_mob(lang: str, sentence: str, kept: Kept) -> None:
    assert kept(lang, sentence) == ["Mob violence"]


def test_protesters_attacking_the_police_stay_a_riot(kept: Kept) -> None:
    assert kept("en", "Protesters attacked the police with sticks.") == ["Violent demonstration"]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "en",
            "Hours of fighting broke out in the capital between police and supporters of the opposition "
            "leader, who set cars on fire.",
        ),
        ("en", "Clashes broke out in the capital between police and opposition supporters on Saturday."),
        (
            "nl",
            "In de hoofdstad kwam het tot urenlange gevechten tussen de politie en aanhangers van de "
            "oppositieleider, die auto's in brand staken.",
        ),
    ],
)
def test_fighting_between_police_and_supporters_is_a_riot(lang: str, sentence: str, kept: Kept) -> None:
    assert kept(lang, sentence) == ["Violent demonstration"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "nl",
            "HARARE - Vorige week werd een activist bij een wegversperring door mannen in een auto "
            "zonder kenteken meegenomen. Sinds de verkiezingen van maart zijn volgens de oppositie "
            "ruim honderd van haar aanhangers gedood.",
        ),
        (
            "en",
            "HARARE (Reuters) - Last week an activist was taken away by men in an unmarked car at a "
            "roadblock. Since the March elections more than a hundred of its supporters have been "
            "killed, the opposition says.",
        ),
    ],
)
def test_a_running_total_since_the_elections_is_no_toll_of_the_event_before(
    lang: str, text: str, tolled: Tolled
) -> None:
    assert tolled(text, lang, date="2008-09-16") == [("Abduction/forced disappearance", 0)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Part of the missile flew over the prefecture and fell into the Pacific far off the coast.",
        "The capital was calm on Friday, but artillery can be heard in the distance at night.",
        "The storm has killed at least sixty people in the Caribbean since it struck Grenada last week.",
    ],
)
def test_a_sea_landing_a_sound_heard_and_a_storms_total_are_no_events(sentence: str, kept: Kept) -> None:
    assert kept("en", sentence) == []


def test_a_city_pounded_for_hours_stays_pounded_though_shooting_could_still_be_heard(kept: Kept) -> None:
    sentence = (
        "The city, pounded by planes and artillery for hours on Wednesday, calmed down overnight, although "
        "sporadic explosions could still be heard."
    )
    assert kept("en", sentence) != []


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "en",
            "Doctors said soldiers also raped women near the camp, which the military council denies.",
        ),
        (
            "nl",
            "Artsen zeiden dat militairen dezelfde dag bij het kamp ook vrouwen hebben verkracht, wat de "
            "militaire raad ontkent.",
        ),
    ],
)
def test_what_doctors_say_the_accused_deny_is_still_told(lang: str, sentence: str, kept: Kept) -> None:
    assert kept(lang, sentence) == ["Sexual violence"]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "The militia claims it also hit an army base near the border, but the army denies it."),
        (
            "nl",
            "De militie beweert dat zij een legerbasis heeft getroffen, maar het leger ontkent dat.",
        ),
    ],
)
def test_a_claim_its_target_denies_stays_denied(lang: str, sentence: str, kept: Kept) -> None:
    assert kept(lang, sentence) == []
