"""An execution by a firing squad is an attack with one dead; a toll told as 'have been killed
across' a country, or over days of violence, is a running total; 'the last town held by' a
rebel group names who held the town, not who took it. Our own sentences, written for these
rules (2024-01-17 is a Wednesday)."""

import pytest


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("On Monday Kofi Mensah, a teacher from Kumasi, was shot by an army firing squad.", "en"),
        ("Maandag werd de leraar Kofi Mensah uit Kumasi door een legervuurpeloton gefusilleerd.", "nl"),
    ],
)
def test_a_firing_squad_kills_one(tolled, text, lang):
    assert tolled(text, lang) == [("Attack", 1)]


def test_a_toll_across_a_country_is_a_running_total(coded):
    assert coded("Police say at least 20 people have been killed across Ghana.", "en") == []


def test_the_town_held_by_a_rebel_group_is_not_its_taker():
    import kroniek

    text = "On Monday French troops took control of the airport of Kidal, the last town held by Ansar Dine."
    events = kroniek.extract_text(text, date="2024-01-17", lang="en")
    assert [(e.sub_event_type, e.actor1) for e in events] == [
        ("Government regains territory", "Military Forces of France")
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Shops stayed shut in Kitgum on Monday after four days of ethnic violence in which more than 50 "
            "people have been killed, officials said.",
            "en",
        ),
        (
            "Winkels in Kitgum bleven maandag dicht na vier dagen van etnisch geweld waarbij volgens de "
            "autoriteiten meer dan vijftig doden vielen.",
            "nl",
        ),
    ],
)
def test_a_toll_over_days_of_violence_is_a_running_total(coded, text, lang):
    assert coded(text, lang) == []
