"""Dutch shapes that had no rule: paratroopers firing on unarmed demonstrators, "de dag
nadat" a told event (whose clause names that event and reports none), the army driving
rebels out of a town and getting it back, a curfew told with its hours, commuters pelting
the police, and "de hoofdstad X" as a place.

The shapes come from the development set `events_articles_dev12`; the sentences here are
our own."""

from __future__ import annotations

from test_told_when_and_neighbours import coded_events as _kinds


def test_paratroopers_firing_on_unarmed_demonstrators() -> None:
    text = (
        "BANGKOK - Parachutisten hebben zondag in Mandalay het vuur geopend op duizenden "
        "ongewapende betogers. Daarbij kwamen zeker dertig mensen om."
    )
    assert _kinds(text, "2021-03-16", "nl") == [
        ("Excessive force against protesters", "2021-03-14", "Mandalay")
    ]


def test_the_day_after_a_told_capture_dates_the_strike_and_codes_no_second_capture() -> None:
    text = (
        "LIBREVILLE - Rebellen hebben op zaterdag 23 maart de hoofdstad Bangui ingenomen. "
        "De dag nadat de rebellen de stad waren binnengetrokken, vuurden legerhelikopters "
        "raketten af op hun stellingen."
    )
    kinds = [(kind, day) for kind, day, _ in _kinds(text, "2013-03", "nl")]
    assert kinds == [
        ("Non-state actor overtakes territory", "2013-03-23"),
        ("Air/drone strike", "2013-03-24"),
    ]
    assert _kinds(text, "2013-03", "nl")[0][2] == "Bangui"


def test_the_army_driving_rebels_out_and_getting_the_town_back() -> None:
    text = (
        "Op maandag 4 maart verdreef het leger de laatste rebellen uit de stad en kreeg het "
        "Bunia weer in handen."
    )
    assert [kind for kind, _, _ in _kinds(text, "2013-03", "nl")] == ["Government regains territory"]


def test_a_curfew_told_with_its_hours_and_one_still_in_force() -> None:
    imposed = (
        "LIMA - De regering heeft dinsdag de grondwettelijke rechten opgeschort en een avondklok "
        "van zonsondergang tot zonsopgang ingesteld."
    )
    assert [kind for kind, _, _ in _kinds(imposed, "1992-04-09", "nl")] == ["Change to group/activity"]
    assert _kinds("LIMA - De avondklok is vandaag nog altijd van kracht.", "1992-04-09", "nl") == []


def test_commuters_pelting_the_police_are_a_violent_demonstration() -> None:
    text = (
        "QUITO - In Ambato staken forenzen die boos waren over de hogere busprijzen maandag "
        "bussen in brand en bekogelden zij de politie met stenen."
    )
    assert [kind for kind, _, _ in _kinds(text, "2019-10-08", "nl")] == ["Violent demonstration"]
