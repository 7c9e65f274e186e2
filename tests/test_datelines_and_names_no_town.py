"""Where a datelined report happened, and names that are no town. The shapes come from the
development sets `dedup_dev32`, `dedup_dev35` and `dedup_dev38` (the Moscow White House
shelled, the Panama flag riots in Colón, the embassy bombing in Buenos Aires); the
sentences here are our own."""

from __future__ import annotations

import pytest

import kroniek
from kroniek.events import detector
from kroniek.records import Event, Evidence
from kroniek.store.dedup import _actors, compare, named_place, spots


def event(**fields: object) -> Event:
    base: dict[str, object] = {
        "event_id": "e",
        "doc_id": "d",
        "event_date": "1964-01-09",
        "time_precision": 1,
        "event_type": "Riots",
        "sub_event_type": "Violent demonstration",
    }
    base.update(fields)
    return Event(**base)  # type: ignore[arg-type]


def resolved(text: str, lang: str) -> list[tuple[str, str]]:
    return [(p.text, p.place.cc) for p in kroniek.load(lang)(text)._.places if p.place is not None]


def test_the_white_house_and_the_atlantic_are_no_towns() -> None:
    # GeoNames knows Casablanca as "Dar el Beida", the white house; and Atlantic, Iowa.
    places = resolved("Officials at the White House said the strike in the Atlantic went ahead.", "en")
    assert places == []


def test_a_dash_between_spaces_ends_a_dateline_name() -> None:
    # GeoNames lists "Taipei An" among Taipei's names: "TAIPEI - An" is Taipei all the same.
    places = resolved("TAIPEI - An angry crowd attacked a police station on Monday night.", "en")
    assert places[:1] == [("TAIPEI", "TW")]


def test_a_dateline_that_names_its_country_places_a_small_town() -> None:
    text = "LAMU, Kenya - Gunmen attacked a bus in this coastal town on Tuesday, killing three passengers."
    events = kroniek.extract_text(text, date="2020-03-10", lang="en")
    assert [(e.location, e.country) for e in events] == [("Lamu", "Kenya")]


def test_here_in_the_lead_is_the_dateline_city() -> None:
    text = (
        "KAMPALA - Militants bombed the French embassy here on Friday, killing two guards. The "
        "statement, posted on a website in Somalia, called the attack revenge for French air strikes."
    )
    with detector.using("en", None):  # the lexicon alone reads the bombing as a strike
        events = kroniek.extract_text(text, date="2020-03-10", lang="en")
    assert [(e.location, e.country) for e in events] == [("Kampala", "Uganda")]


def test_a_demonym_of_the_actors_names_no_other_country() -> None:
    text = (
        "NAIROBI - Hundreds of students rioted in the city centre on Monday. British soldiers "
        "fired tear gas at the rioters and arrested 20 of them."
    )
    events = kroniek.extract_text(text, date="2020-03-10", lang="en")
    assert [(e.location, e.country) for e in events] == [("Nairobi", "Kenya")]


def test_a_canal_names_its_country_in_dutch() -> None:
    text = (
        "Bij rellen in de havenstad Colón aan het Panamakanaal vielen doden; de Amerikanen openden het vuur."
    )
    assert ("Colón", "PA") in resolved(text, "nl")


@pytest.mark.parametrize(
    ("rebels", "named"), [("Opposition Rebels (Colombia)", "ELN: National Liberation Army")]
)
def test_unnamed_rebels_may_be_the_group_another_report_names(rebels: str, named: str) -> None:
    a = event(event_id="a", actor1=rebels, country="Colombia")
    b = event(event_id="b", actor1=named, country="Colombia")
    assert _actors(a, b)[0]


def test_a_province_named_after_its_country_is_no_place_a_report_names() -> None:
    # Panama City lies in the province of Panama: a report placed at the country of Panama
    # that names the country names no place of it.
    coarse = event(event_id="c", country="Panama", location="Panama", geo_precision=3)
    coarse.evidence = [Evidence("d", 0, 46, "Riots broke out in Colon, Panama, on Thursday.")]
    fine = event(event_id="f", country="Panama", location="Panama City", admin1="Panama", geo_precision=1)
    assert named_place(coarse, fine) == ""


@pytest.mark.parametrize(
    "again",
    [
        "Protesters and riot police clashed outside parliament for a second night on Wednesday.",
        "Ook vannacht liep een betoging bij het parlement uit op rellen.",
    ],
)
def test_a_second_night_of_riots_is_another_event(again: str) -> None:
    # A riot late on Tuesday may be reported on Wednesday, the night's second day; a riot "for
    # a second night on Wednesday" is another one.
    first = event(
        event_id="a", event_date="2020-07-07", country="Serbia", location="Belgrade", geo_precision=1
    )
    first.evidence = [
        Evidence("d1", 0, 60, "Police fired tear gas at rioters outside parliament late on Tuesday.")
    ]
    second = event(
        event_id="b", event_date="2020-07-08", country="Serbia", location="Belgrade", geo_precision=1
    )
    second.evidence = [Evidence("d2", 0, len(again), again)]
    verdict = compare(first, second)
    assert not verdict.same, verdict.why()


def test_two_ministries_bombed_are_two_spots() -> None:
    # Two truck bombs in one city that day: at the ministry of one report and another's.
    first = spots(["A car bomb went off outside Kenya's Health Ministry on Monday, killing nine people."])
    second = spots(
        [
            "A car bomb struck near the Energy Ministry on Monday, killing four, police said. It "
            "exploded minutes after the blast at the Health Ministry across town."
        ]
    )
    assert first == {"kenya", "health"}
    assert second == {"energy"}


@pytest.mark.parametrize(
    "speaks",
    [
        "Twelve people were killed at the market, the Interior Ministry said.",
        "Twaalf mensen kwamen om op de markt, meldt het ministerie van Binnenlandse Zaken.",
    ],
)
def test_a_ministry_that_speaks_is_no_spot(speaks: str) -> None:
    assert spots([speaks]) == set()


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("De rebellen hebben gisteren na een korte strijd Bossangoa ingenomen.", "Bossangoa"),
        ("Regeringstroepen zijn zondag Kidal binnengetrokken.", "Kidal"),
    ],
)
def test_a_town_taken_is_named_before_its_participle(text: str, place: str) -> None:
    # The model tags such names as persons or nothing; "ingenomen" after one makes it a town.
    assert [p.place.name for p in kroniek.load("nl")(text)._.places if p.place is not None] == [place]


@pytest.mark.parametrize(("text", "city"), [("in West-Beiroet", "Beirut"), ("in Oost-Bagdad", "Baghdad")])
def test_a_side_of_a_metropolis_spelt_the_dutch_way(text: str, city: str) -> None:
    sentence = f"Bij een autobom {text} kwamen gisteren vijf mensen om."
    assert [p.place.name for p in kroniek.load("nl")(sentence)._.places if p.place is not None] == [city]


def test_a_countrys_point_pulls_no_village_near_it() -> None:
    # Yemen's point lies 80 km from As Saddah, a village of Ibb; news of the Houthis means Saada.
    text = "Houthi fighters paraded captured armoured cars through the streets of Saada on Friday."
    assert ("Saada", "YE") in resolved(text, "en")
    assert [p.place.name for p in kroniek.load("en")(text)._.places if p.text == "Saada"] == ["Sa'dah"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Het leger heeft de havenstad dinsdag heroverd op Al Shabaab.", "nl"),
        ("Looters emptied the shops of the Chinatown district on Friday.", "en"),
    ],
)
def test_an_armed_group_and_a_district_of_many_cities_are_no_towns(text: str, lang: str) -> None:
    # Shabab is a town in Iran, Chinatown one in California.
    assert [cc for _, cc in resolved(text, lang) if cc in ("IR", "US")] == []


def test_a_side_of_a_metropolis_is_no_village_of_that_name() -> None:
    # GeoNames has a village East Berlin in Pennsylvania; East London is a city of its own.
    assert resolved("Police fired on a crowd in East Berlin on Tuesday.", "en") == [("East Berlin", "DE")]
    assert resolved("Police fired on a crowd in East London on Tuesday.", "en") == [("East London", "ZA")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Rebels burnt the market in the town on Monday, Western diplomats who visited Kidal said.", "en"),
        ("A bomb went off at the courthouse of the Northern Irish town on Monday.", "en"),
        ("In Gao hielden jongeren een Frans militair konvooi tegen.", "nl"),
    ],
)
def test_a_regions_word_before_a_noun_is_an_adjective(text: str, lang: str) -> None:
    # Sri Lanka's Western Province, Ghana's Northern Region and the French village Frans.
    assert [cc for _, cc in resolved(text, lang) if cc in ("LK", "GH", "FR")] == []


def test_a_regions_name_is_still_a_place() -> None:
    assert resolved("Gunmen killed four people in Western Province on Monday.", "en")


def test_a_capital_filed_from_pulls_no_village_near_it() -> None:
    # As Saddah, a village of Ibb, lies near Sanaa; a report filed from Sanaa tells of all Yemen.
    text = "SANAA - Coalition jets bombed a fuel station in Saada on Tuesday, killing six people."
    assert [p.place.name for p in kroniek.load("en")(text)._.places if p.text == "Saada"] == ["Sa'dah"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "OKA, Quebec (CP) - A police officer was shot dead on Wednesday when officers stormed a "
            "barricade at the edge of this village west of Montreal.",
            "en",
        ),
        (
            "OKA, Quebec (CP) - Bij een vuurgevecht aan de rand van dit dorp ten westen van Montreal "
            "is woensdag een agent doodgeschoten.",
            "nl",
        ),
    ],
)
def test_this_village_west_of_a_city_is_the_datelines_town(text: str, lang: str) -> None:
    # The dateline names the province ("OKA, Quebec") and a wire agency ("(CP)"): the town is
    # Quebec's Oka, and "west of Montreal" only says where this village lies.
    events = kroniek.extract_text(text, date="1990-07-12", lang=lang)
    assert [(e.location, e.country) for e in events] == [("Oka", "Canada")]
