"""Days an article counts from the events it told: "the Sunday service" after "on Sunday,
December 1"; "a few days later", which names no day; "Four days after the bombing", which
counts from the bombing even when another event was told after it; and a bare weekday in a
report dated only by its month, which the day inferred from the text must not move into the
month before. The shapes come from the development sets `events_articles_dev3`, `dev8`,
`dev9` and `dev13`; the sentences here are our own."""

from __future__ import annotations

import kroniek
from kroniek.dates import PartialDate
from kroniek.temporal import tagger_for


def _values(text: str, dct: str, lang: str = "en") -> dict[str, str]:
    """The TIMEX3 value of each expression the tagger finds, by its text."""
    tagger = tagger_for(lang)
    assert tagger is not None
    return {m.text: m.value for m in tagger.find(text, PartialDate.parse(dct))}


def _coded(text: str, date: str, lang: str) -> list[tuple[str, str, int]]:
    return [
        (e.sub_event_type, e.event_date, e.time_precision)
        for e in kroniek.extract_text(text, date=date, lang=lang)
    ]


def test_a_weekday_told_again_is_the_day_told_and_later_days_count_from_it() -> None:
    # The latest date (27 March) makes the report one of the 27th: "the Friday prayers" are
    # still those of 3 March, and "Two days later" is the 5th.
    text = (
        "NIAMEY - Gunmen killed nine worshippers on Friday, March 3, in an attack on a mosque near "
        "Tillaberi. The attackers arrived on motorbikes during the Friday prayers and opened fire. "
        "Two days later, unknown gunmen abducted four aid workers near Ayorou. "
        "On Monday, March 27, jihadists attacked an army post in Diffa."
    )
    coded = _coded(text, "2023-03", "en")
    assert [c for c in coded if c[0] == "Attack"][:1] == [("Attack", "2023-03-03", 1)]
    assert ("Abduction/forced disappearance", "2023-03-05", 1) in coded
    assert not any(date == "2023-03-24" for _, date, _ in coded)  # no Friday before the 27th


def test_a_few_days_later_names_no_day_and_the_same_day_is_the_one_told_before() -> None:
    tagger = tagger_for("nl")
    assert tagger is not None
    text = (
        "Op zondag 9 april sloeg de politie een betoging in Minsk uiteen. Enkele dagen later "
        "maakte het ministerie de balans op. Dezelfde dag stelde de regering een avondklok in."
    )
    found = {m.text: (m.value, m.resolved) for m in tagger.find(text, PartialDate.parse("2017-04"))}
    assert found["Enkele dagen later"] == ("XXXX-XX-XX", False)
    assert found["Dezelfde dag"] == ("2017-04-09", True)


def test_the_same_day_after_a_vague_span_dates_the_event_of_the_day_told() -> None:
    text = (
        "MOSCOW - Troops broke up a rally in Minsk on Sunday, April 9, and 16 protesters were "
        "killed. A few days later the authorities put the toll at 19. The same day the city's "
        "military commander imposed a curfew. The next day thousands marched in mourning "
        "through Grodno, and police did not intervene."
    )
    coded = _coded(text, "2017-04", "en")
    assert ("Change to group/activity", "2017-04-09", 1) in coded
    assert ("Peaceful protest", "2017-04-10", 1) in coded


def test_a_bare_weekday_stays_in_the_month_of_publication() -> None:
    # 2 December 2021 is a Thursday: the Tuesday before it is in November, but a report of
    # December that names the 2nd may be of any later day.
    text = (
        "Government troops retook the town of Bardere from Al Shabaab. The army entered the town "
        "on Tuesday, and officials said 20 militants were killed. Two days later, a roadside bomb "
        "hit an army convoy near the town, killing three soldiers. In Kismayo, an unknown attacker "
        "threw a grenade at a police station on December 2, wounding five officers."
    )
    coded = _coded(text, "2021-12", "en")
    assert ("Government regains territory", "2021-12-15", 3) in coded
    assert ("Remote explosive/landmine/IED", "2021-12-15", 3) in coded
    assert ("Grenade", "2021-12-02", 1) in coded
    assert not any(date.startswith("2021-11") for _, date, _ in coded)


def test_a_weekday_inside_the_month_still_takes_its_day() -> None:
    text = (
        "Government troops retook the town of Bardere from Al Shabaab on Tuesday. "
        "In Kismayo, an unknown attacker threw a grenade at a police station on December 9."
    )
    coded = _coded(text, "2021-12", "en")
    assert ("Government regains territory", "2021-12-07", 1) in coded


def test_days_after_the_bombing_count_from_the_bombing_not_from_the_arrests_told_after_it() -> None:
    text = (
        "On Saturday, May 9, a car bomb exploded at a market in Kirkuk, killing 12 people. "
        "The next day, police arrested 30 suspects in the city. Three days after the bombing, "
        "troops clashed with insurgents near Hawija, and the army said 15 insurgents were killed."
    )
    coded = _coded(text, "2015-05", "en")
    assert ("Armed clash", "2015-05-12", 1) in coded  # the clash, not a second bomb
    assert not any(sub == "Remote explosive/landmine/IED" and date != "2015-05-09" for sub, date, _ in coded)


def test_the_day_after_the_invasion_names_the_invasion_not_itself() -> None:
    en = (
        "Rebels stormed the town of Kenema on Thursday, June 4, and took most of it after "
        "fighting with government troops. The day after the invasion, they set fire to the "
        "police station and dozens of houses. Ten days after the invasion, government troops "
        "recaptured the town, and the army said 30 rebels were killed."
    )
    nl = (
        "De rebellen waren op donderdag 4 juni de stad Kenema binnengevallen en namen na "
        "gevechten met regeringstroepen het grootste deel ervan in. De dag na de inval staken "
        "ze het politiebureau en tientallen huizen in brand. Tien dagen na de inval heroverde "
        "het leger de stad."
    )
    for text, lang in ((en, "en"), (nl, "nl")):
        coded = _coded(text, "2020-06", lang)
        assert ("Looting/property destruction", "2020-06-05", 1) in coded, lang
        assert ("Government regains territory", "2020-06-14", 1) in coded, lang


def test_days_after_the_killings_count_from_the_shooting() -> None:
    text = (
        "Five members of the indigenous guard were shot dead on Tuesday, October 29, near "
        "Toribio in Cauca. A day later, the president sent 2,500 extra troops to northern "
        "Cauca. Two days after the killings, thousands of indigenous people marched "
        "peacefully through Santander de Quilichao to mourn the dead."
    )
    coded = _coded(text, "2019-10", "en")
    assert ("Peaceful protest", "2019-10-31", 1) in coded


def test_a_night_between_two_dates_is_one_expression_and_its_fighting_the_second_day() -> None:
    nl = (
        "De gevechten begonnen in de nacht van zaterdag 6 op zondag 7 juli, toen soldaten van "
        "twee legereenheden in hun kazerne in Bunia elkaar onder vuur namen."
    )
    en = (
        "The fighting began in the night from Saturday, July 6, to Sunday, July 7, when soldiers "
        "of two army units opened fire on each other at their barracks in Bunia."
    )
    for text, lang, night in (
        (nl, "nl", "de nacht van zaterdag 6 op zondag 7 juli"),
        (en, "en", "the night from Saturday, July 6, to Sunday, July 7"),
    ):
        assert _values(text, "2019-07-12", lang) == {night: "2019-07-06TNI"}, lang
        assert ("Armed clash", "2019-07-07", 1) in _coded(text, "2019-07-12", lang), lang


def test_the_same_day_after_a_night_is_its_second_day() -> None:
    text = (
        "Troops broke up a rally in Minsk overnight from Saturday, April 8, to Sunday, April 9. "
        "The same day a curfew was imposed. The next day thousands marched through Grodno."
    )
    found = _values(text, "2017-04")
    assert found["The same day"] == "2017-04-09"
    assert found["The next day"] == "2017-04-10"


def test_the_next_morning_after_a_night_is_the_morning_that_ends_it() -> None:
    text = (
        "Gunmen opened fire on students in a church overnight from Friday to Saturday. "
        "The others were able to leave the next morning."
    )
    found = _values(text, "2018-07-17")
    assert found["the next morning"] == "2018-07-14"


def test_the_next_day_after_a_night_is_the_day_after_its_morning() -> None:
    text = (
        "Troops landed near the capital in the night from Tuesday, October 3, to Wednesday, "
        "October 4. The next day the mercenaries surrendered."
    )
    found = _values(text, "1995-10")
    assert found["The next day"] == "1995-10-05"


def test_the_following_night_begins_on_the_day_told_and_its_sabotage_is_the_next_day() -> None:
    en = (
        "On Friday, May 14, police used water cannon to end a blockade of the road to the nuclear "
        "plant near Borssele. The following night, from Friday to Saturday, unknown people sawed "
        "through a power pylon near the plant."
    )
    nl = (
        "Op vrijdag 14 mei beëindigde de politie met waterkanonnen een blokkade van de weg naar "
        "de kerncentrale bij Borssele. In de nacht daarna, van vrijdag op zaterdag, zaagden "
        "onbekenden een hoogspanningsmast bij de centrale door."
    )
    for text, lang in ((en, "en"), (nl, "nl")):
        coded = _coded(text, "1982-06", lang)
        assert ("Looting/property destruction", "1982-05-15", 1) in coded, lang


def test_a_feast_that_names_a_recess_dates_nothing() -> None:
    assert _values("Parliament met for the first time after the Christmas recess.", "2009-01-27") == {}
    text = (
        "On Tuesday last week, thousands of people gathered outside parliament in Oslo as it met for "
        "the first time after the Christmas recess. Police used pepper spray and batons to clear "
        "them from the entrance and detained about 20 protesters."
    )
    assert _coded(text, "2009-01-27", "en") == [("Protest with intervention", "2009-01-20", 1)]
