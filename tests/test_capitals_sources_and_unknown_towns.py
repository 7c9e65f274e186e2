""" "The capital" is the capital of the country the article names at least twice as often as
any other (not only of the one country named); "north of the capital" says where another town
lies, not where the event was. A city named as the seat of a report's source ("the interior
ministry in Bamako said") places nothing. An event whose sentence names a town the gazetteer
lacks ("in the town of ...") takes no place from an earlier sentence, and dead told only by
the month in a sentence of their own are no toll of a day's event told before.

The shapes come from the development set `events_articles_dev16`; the sentences are our own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import kroniek

Placed = Callable[..., list[tuple[str, str]]]  # the conftest fixture `placed`


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "BAMAKO (Reuters) - Rebels seized Gao on Monday. Fighting went on in Mopti and Timbuktu. Algeria "
            "and Niger closed their borders. Last week more than 60 people were killed in two suicide "
            "bombings "
            "at a market in the capital.",
            "en",
        ),
        (
            "BAMAKO - Rebellen hebben maandag Gao ingenomen. In Mopti en Timboektoe werd nog gevochten. "
            "Algerije en Niger sloten hun grenzen. Vorige week kwamen bij twee zelfmoordaanslagen op een "
            "markt in de hoofdstad meer dan zestig mensen om.",
            "nl",
        ),
    ],
)
def test_the_capital_of_the_country_named_most(text: str, lang: str, placed: Placed) -> None:
    assert ("Suicide bomb", "Bamako") in placed(text, lang)


def test_north_of_the_capital_places_the_town_it_names(placed: Placed) -> None:
    text = (
        "BAMAKO (Reuters) - A suicide bomber killed 12 people at a market in Bamako on Monday. In Koulikoro, "
        "north of the capital, soldiers defused a car bomb the same day."
    )
    assert ("Disrupted weapons use", "Koulikoro") in placed(text, "en")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "On Monday, a patrol was ambushed by rebels near Gao. Two soldiers were killed, the defence "
            "ministry in Bamako said.",
            "en",
        ),
        (
            "Maandag liep een patrouille bij Gao in een hinderlaag van rebellen. Daarbij sneuvelden twee "
            "militairen, meldt het ministerie van Defensie in Bamako.",
            "nl",
        ),
    ],
)
def test_the_seat_of_a_source_places_nothing(text: str, lang: str, placed: Placed) -> None:
    assert placed(text, lang) == [("Armed clash", "Gao")]


def test_an_unknown_town_takes_no_place_from_before(placed: Placed) -> None:
    text = (
        "On Saturday, rebels seized the town of Gao after heavy fighting. Earlier this month, dozens of "
        "villagers were killed in the village of Tinzawatene-Nord, the UN said."
    )
    assert placed(text, "en") == [("Non-state actor overtakes territory", "Gao"), ("Attack", "Mali")]


def test_dead_told_by_the_month_are_not_a_days_toll() -> None:
    text = (
        "On Saturday, rebels fired rockets at Gao. Bamako called the rockets on Gao a provocation. Earlier "
        "this month, dozens of villagers were killed in the village of Tinzawatene-Nord, the UN said."
    )
    events = kroniek.extract_text(text, date="2024-01-17", lang="en")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Shelling/artillery/missile attack", 0)]


def test_a_state_named_with_its_word_is_the_province(placed: Placed) -> None:
    text = "Gunmen abducted 27 villagers in a raid on the village of Kadisau in Zamfara State on Wednesday."
    assert placed(text, "en") == [("Abduction/forced disappearance", "Zamfara")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Gunmen abducted 30 villagers in Zamfara State on Wednesday. A police spokesman in Gusau, "
            "the state "
            "capital, confirmed the raid and said no one had been killed.",
            "en",
        ),
        (
            "Gewapende mannen ontvoerden woensdag dertig dorpelingen in Zamfara. Een politiewoordvoerder in "
            "Gusau, de hoofdstad van de deelstaat, bevestigde de overval en zei dat er niemand was gedood.",
            "nl",
        ),
    ],
)
def test_a_spokesman_who_confirmed_and_said_is_no_list_of_dead(text: str, lang: str) -> None:
    events = kroniek.extract_text(text, date="2023-02-17", lang=lang)
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Abduction/forced disappearance", 0)]


def test_a_list_of_dead_after_the_verb_of_saying_is_counted() -> None:
    text = (
        "On Sunday, troops clashed with rebels near Kidal. The army said six militants and one soldier "
        "were killed."
    )
    events = kroniek.extract_text(text, date="2024-01-17", lang="en")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Armed clash", 7)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "KAYES - In het noorden van Mali is gisteravond een Franse arts ontvoerd, in dezelfde "
            "nacht als de "
            "aanslag in de hoofdstad. De arts werkte al jaren in een kliniek in Nioro.",
            "nl",
        ),
        (
            "BAMAKO (Reuters) - Gunmen kidnapped a French doctor in northern Mali late on Monday, the "
            "same night "
            "as the attack in the capital. The doctor had run a clinic in Nioro for years.",
            "en",
        ),
    ],
)
def test_the_place_of_an_event_it_is_compared_with_is_not_its_own(
    text: str, lang: str, placed: Placed
) -> None:
    assert [where for _, where in placed(text, lang)] == ["Nioro"]
