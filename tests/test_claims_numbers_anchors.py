"""Dutch claims of an attack told before, historical country names, Dutch marchers fired
on, poison gas in shells, commemorations, counts built with 'honderd' and 'thousand', and
days counted from the day told before.

The shapes come from the development sets `events_parallel_dev17`, `events_articles_dev9`
and `dedup_dev28`; the sentences here are our own."""

from __future__ import annotations

import pytest

import kroniek
from kroniek.dates import PartialDate
from kroniek.numbers import parse_number
from kroniek.temporal import tagger_for


@pytest.mark.parametrize(
    "claim",
    [
        "De Taliban eisten de aanslag op.",
        "De IRA heeft beide aanslagen opgeëist.",
        "De aanslag werd opgeëist door Islamitische Staat.",
    ],
)
def test_a_dutch_claim_of_an_attack_told_before_is_no_second_event(claim: str) -> None:
    text = f"Bij Kandahar is zondagochtend een bermbom ontploft; daarbij kwam een militair om. {claim}"
    events = kroniek.extract_text(text, date="2007-06-12", lang="nl")
    assert [e.sub_event_type for e in events] == ["Remote explosive/landmine/IED"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("KINSHASA, Zaire - Troops fired on marchers in the capital on Sunday, killing 13 people.", "en"),
        ("Zaïrese militairen hebben zondag in de hoofdstad het vuur geopend op betogers.", "nl"),
    ],
)
def test_zaire_is_the_democratic_republic_of_congo(text: str, lang: str) -> None:
    (event,) = kroniek.extract_text(text, date="1992-02-17", lang=lang)
    assert event.country == "Democratic Republic of Congo"


def test_dutch_soldiers_firing_on_people_walking_through_the_city_use_excessive_force() -> None:
    text = (
        "Militairen hebben gisteren in Kinshasa het vuur geopend op tienduizenden christenen die met "
        "kaarsen, bijbels en palmtakken door de stad trokken."
    )
    (event,) = kroniek.extract_text(text, date="1992-02-17", lang="nl")
    assert event.sub_event_type == "Excessive force against protesters"


def test_dutch_shells_with_mustard_gas_are_a_chemical_weapon() -> None:
    text = (
        "Strijders van IS hebben dinsdag bij Makhmur mortiergranaten met vermoedelijk mosterdgas afgevuurd."
    )
    (event,) = kroniek.extract_text(text, date="2015-08-14", lang="nl")
    assert event.sub_event_type == "Chemical weapon"


def test_a_dutch_commemoration_of_an_old_gas_attack_is_no_event_but_the_attack_is() -> None:
    text = (
        "Duizenden Koerden hebben deze maand in Halabja de slachtoffers herdacht van de gifgasaanval op "
        "hun stad. Op 16 maart 1988 bestookten Iraakse gevechtsvliegtuigen de stad met mosterdgas en "
        "zenuwgassen; zeker vijfduizend inwoners kwamen om."
    )
    events = kroniek.extract_text(text, date="1998-03", lang="nl")
    assert [(e.sub_event_type, e.event_date, e.fatalities) for e in events] == [
        ("Chemical weapon", "1988-03-16", 5000)
    ]


@pytest.mark.parametrize(
    ("words", "lang", "count"),
    [
        ("vijfhonderd", "nl", 500),
        ("tweeduizend vijfhonderd", "nl", 2500),
        ("honderdvijftig", "nl", 150),
        ("dertigduizend", "nl", 30000),
        ("two hundred and fifty", "en", 250),
        ("a thousand", "en", 1000),
        ("honderden", "nl", 100),
        ("several", "en", 3),
    ],
)
def test_counts_built_with_a_multiplier(words: str, lang: str, count: int) -> None:
    assert parse_number(words, lang) == count


def test_a_count_with_and_inside_it_is_no_list_of_victims() -> None:
    text = "Iraqi warplanes bombed the town on Monday, killing two hundred and fifty civilians."
    (event,) = kroniek.extract_text(text, date="1998-03-20", lang="en")
    assert event.fatalities == 250


def _values(text: str, dct: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tagger_for("en").find(text, PartialDate.parse(dct))]


def test_days_later_count_from_the_last_day_told_not_a_month_in_between() -> None:
    text = (
        "Sixty soldiers were killed on Friday, September 4. It was the heaviest blow since the coalition "
        "intervened in March. Two days later, warplanes struck the capital."
    )
    assert ("Two days later", "2015-09-06") in _values(text, "2015-09")


def test_a_bare_weekday_after_a_date_on_that_weekday_is_that_date() -> None:
    text = "Fourteen worshippers were killed on Sunday, December 1. Gunmen stormed the Sunday service."
    assert ("Sunday", "2019-12-01") in _values(text, "2019-12")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Bomb disposal experts searched the station on Tuesday but found nothing.", "en"),
        ("A short circuit caused the blaze on Sunday, and police ruled out arson.", "en"),
        ("A video that purports to show soldiers shooting villagers is fake, an investigation found.", "en"),
        ("The political time bomb under the government finally went off on Thursday.", "en"),
        ("The army said on Monday it would repel any attack with force.", "en"),
        ("De politie doorzocht dinsdag het station, maar vond niets.", "nl"),
        ("Het leger zegt elke aanval met geweld te zullen afslaan.", "nl"),
    ],
)
def test_searches_that_found_nothing_arson_ruled_out_fakes_metaphors_and_threats_are_no_events(
    text: str, lang: str
) -> None:
    assert kroniek.extract_text(text, date="2016-03-30", lang=lang) == []


@pytest.mark.parametrize(
    "text",
    [
        "In his new novel, the author sends a young cellist through besieged Sarajevo. Shells hit the "
        "market and snipers pick off women. The book is well written, but the war is a backdrop to a "
        "predictable love story.",
        "Police and marines staged a mock terrorist attack on a cruise ship on Wednesday. In the exercise, "
        "codenamed 'Sea Lion', 'terrorists' hijacked the ship. More than 500 extras played the wounded.",
    ],
)
def test_a_novel_or_an_exercise_tells_no_events(text: str) -> None:
    assert kroniek.extract_text(text, date="2016-10-06", lang="en") == []


def test_a_claim_after_a_semicolon_leaves_the_rest_of_the_sentence_its_event() -> None:
    text = (
        "Het vliegveld van Kaboel werd gisterochtend beschoten met raketten. Die werden volgens het "
        "Pentagon onderschept door het afweersysteem; Islamitische Staat eiste de aanval op."
    )
    events = kroniek.extract_text(text, date="2021-08-31", lang="nl")
    assert [e.sub_event_type for e in events] == ["Disrupted weapons use"]


def test_a_claim_that_names_the_event_with_its_month_is_that_events_mention() -> None:
    text = (
        "Boko Haram-leider Abubakar Shekau heeft in een video de ontvoering opgeëist van de ruim "
        "tweehonderd schoolmeisjes uit Chibok, vorige maand."
    )
    events = kroniek.extract_text(text, date="2014-05-05", lang="nl")
    assert [e.sub_event_type for e in events] == ["Abduction/forced disappearance"]


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        (
            "De politie heeft donderdag in Alexandrië 63 vermoedelijke leden van de Moslimbroederschap "
            "opgepakt.",
            "Arrests",
        ),
        (
            "Een onbemand vliegtuig heeft woensdag twee raketten afgevuurd op een compound bij Miran Shah.",
            "Air/drone strike",
        ),
        ("In Al-Lataminah doodden vatbommen woensdag vier burgers.", "Air/drone strike"),
    ],
)
def test_dutch_members_of_a_named_group_arrested_unmanned_aircraft_and_barrel_bombs(
    text: str, sub_type: str
) -> None:
    (event,) = kroniek.extract_text(text, date="2014-01-27", lang="nl")
    assert event.sub_event_type == sub_type


def test_a_dateline_with_an_accented_capital_places_no_event() -> None:
    text = (
        "BOGOTÁ - In het zuidwesten van Colombia zijn zaterdagavond bij een vuurgevecht tussen het leger "
        "en de FARC twee militairen gedood. De gevechten braken uit in de bergen bij Toribío."
    )
    (event,) = kroniek.extract_text(text, date="2012-07-16", lang="nl")
    assert event.location == "Toribio"


@pytest.mark.parametrize(
    "text",
    [
        "Islamist fighters on Thursday captured the town of Konna after heavy fighting, and the army fell "
        "back to Mopti.",
        "Libyan rebels captured the oil port of Ras Lanuf from Gaddafi's forces on Saturday.",
    ],
)
def test_fighters_capturing_a_town_or_port_the_army_fell_back_from_overtake_it(text: str) -> None:
    events = kroniek.extract_text(text, date="2013-01-11", lang="en")
    assert [e.sub_event_type for e in events] == ["Non-state actor overtakes territory"]


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        (
            "CAIRO - A bomb exploded near a church in central Egypt on Friday, killing three people.",
            "en",
            "Egypt",
        ),
        ("CAIRO - A bomb exploded near a church on Friday, killing three people.", "en", "Cairo"),
        (
            "CAÏRO - Bij een aanslag op een bus in Midden-Egypte zijn vrijdag 29 kopten gedood.",
            "nl",
            "Egypt",
        ),
    ],
)
def test_an_event_in_a_part_of_the_country_is_not_placed_at_the_dateline(
    text: str, lang: str, place: str
) -> None:
    (event,) = kroniek.extract_text(text, date="2017-05-27", lang=lang)
    assert event.location == place


def test_the_bomber_who_carried_out_an_attack_is_no_aircraft() -> None:
    text = (
        "Police said the bomber who carried out Tuesday's attack on a bus near Gilo had come from Bethlehem."
    )
    events = kroniek.extract_text(text, date="2002-06-20", lang="en")
    assert "Air/drone strike" not in [e.sub_event_type for e in events]
