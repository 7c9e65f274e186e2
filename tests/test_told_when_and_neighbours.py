"""A sentence that tells when the event before it happened, a group named after 'strijders
van de' and an adjective, districts of a city, a town beside the territory rockets came
from, and a bomber who killed himself and others.

The shapes come from the development sets `events_parallel_dev15` and `events_parallel_dev16`;
the sentences here are our own."""

from __future__ import annotations

import pytest

import kroniek


def coded_events(text: str, date: str, lang: str) -> list[tuple[str, str, str]]:
    """(sub-type, day, place) of each event of a text; shared with other test modules."""
    return [
        (e.sub_event_type, str(e.event_date), e.location)
        for e in kroniek.extract_text(text, date=date, lang=lang)
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Gunmen abducted eleven teachers from a school near Kidal, the regional governor said. "
            "He said the kidnapping took place on 6 March, when the men stormed the school at dawn.",
            "en",
        ),
        (
            "Gewapende mannen hebben bij Kidal elf leraren van een school ontvoerd, zegt de gouverneur. "
            "Volgens hem gebeurde dat op 6 maart, toen de mannen de school bij zonsopgang bestormden.",
            "nl",
        ),
        (
            "Gewapende mannen hebben bij Kidal elf leraren van een school ontvoerd. Dat meldt de gouverneur. "
            "De ontvoering vond op 6 maart plaats.",
            "nl",
        ),
    ],
)
def test_a_sentence_that_says_when_the_event_before_it_happened_dates_it(text: str, lang: str) -> None:
    coded = coded_events(text, "2021-03", lang)
    assert [(sub, day) for sub, day, _ in coded] == [("Abduction/forced disappearance", "2021-03-06")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Rebels killed five villagers near Beni, the army said. A march took place on 3 March in Goma.",
            "en",
        ),
        ("Rebellen hebben bij Beni vijf dorpelingen gedood. Zaterdag vond in Goma een mars plaats.", "nl"),
    ],
)
def test_a_new_event_told_with_its_day_does_not_date_the_one_before(text: str, lang: str) -> None:
    coded = coded_events(text, "2019-03", lang)
    killing = [day for sub, day, _ in coded if sub == "Attack"]
    assert killing == ["2019-03-15"]  # the month's middle: known to the month only


def test_strijders_van_de_with_an_adjective_before_the_group_are_that_group() -> None:
    text = (
        "Strijders van de paramilitaire Rapid Support Forces hebben zeker twaalf vrouwen verkracht "
        "in El Geneina."
    )
    (event,) = kroniek.extract_text(text, date="2023-11-06", lang="nl")
    assert event.actor1 == "RSF: Rapid Support Forces"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "De politie heeft bij invallen in zes wijken van Kaïro 150 leden van de "
            "Moslimbroederschap opgepakt.",
            "nl",
        ),
        (
            "Police arrested 150 members of the Muslim Brotherhood in raids in several districts of Cairo.",
            "en",
        ),
    ],
)
def test_districts_of_a_city_place_the_event_in_it(text: str, lang: str) -> None:
    assert [place for _, _, place in coded_events(text, "2013-09-20", lang)] == ["Cairo"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Militanten in de Gazastrook hebben gisteren tientallen raketten afgevuurd op Sderot.", "nl"),
        ("Militants fired some 20 rockets from the Gaza Strip at Sderot on Wednesday, police said.", "en"),
    ],
)
def test_a_town_beside_the_territory_the_rockets_came_from_is_where_they_were_aimed(
    text: str, lang: str
) -> None:
    events = kroniek.extract_text(text, date="2014-07-10", lang=lang)
    assert [(e.location, e.country) for e in events] == [("Sderot", "Israel")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "A suicide bomber blew himself up in Colombo on Wednesday, killing himself and "
            "fifteen other people.",
            "en",
        ),
        (
            "Een zelfmoordterrorist blies zich woensdag op in Colombo en doodde zichzelf en "
            "vijftien anderen.",
            "nl",
        ),
    ],
)
def test_a_bomber_who_killed_himself_and_others_counts_the_others(text: str, lang: str) -> None:
    (event,) = kroniek.extract_text(text, date="1997-06-13", lang=lang)
    assert event.fatalities == 15


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "On Wednesday police detained hundreds of anti-war protesters in Moscow and Saint Petersburg.",
            "en",
        ),
        (
            "De politie heeft woensdag in Moskou en Sint-Petersburg honderden betogers tegen de "
            "oorlog opgepakt.",
            "nl",
        ),
    ],
)
def test_an_event_in_a_list_of_towns_is_one_event_per_town(text: str, lang: str) -> None:
    coded = coded_events(text, "2022-09-22", lang)
    assert sorted(place for _, _, place in coded) == ["Moscow", "Saint Petersburg"]
    assert {(sub, day) for sub, day, _ in coded} == {("Protest with intervention", "2022-09-21")}


def test_a_toll_told_for_a_list_of_towns_is_split_among_them() -> None:
    events = kroniek.extract_text(
        "Gunmen killed seven civilians in Beni and Butembo on Monday.", date="2022-09-28", lang="en"
    )
    assert sorted((e.location, e.fatalities) for e in events) == [("Beni", 4), ("Butembo", 3)]


@pytest.mark.parametrize(
    "text",
    [
        "Ten people were killed on Monday when gunmen attacked villages in Goma, North Kivu.",
        "Twelve people were killed on Monday in clashes on the road between Kabul and Jalalabad.",
    ],
)
def test_a_town_with_its_province_or_a_span_between_two_towns_is_no_list(text: str) -> None:
    assert len(kroniek.extract_text(text, date="2022-09-28", lang="en")) == 1
