"""Actors: named groups and generic ones, who acted and on whom (ACLED naming)."""

from __future__ import annotations

from pathlib import Path

import pytest

import kroniek
from kroniek.actors import actor_finder_for
from kroniek.dates import PartialDate
from kroniek.events.actors import actor_coder_for
from kroniek.extract import Extractor
from kroniek.records import Document, Event


def events_of(text: str, lang: str = "en", dct: str = "2020-05-04") -> list[Event]:
    doc = Document(id="t", text=text, date=PartialDate.parse(dct), lang=lang)
    return Extractor(lang=lang).process(doc).events


def test_named_actors_match_in_any_case_but_acronyms_only_as_written() -> None:
    finder = actor_finder_for("en")
    assert [m.actor.acled for m in finder.find("Al shabaab militants attacked")] == ["Al Shabaab"]
    assert [m.actor.cc for m in finder.find("pro-Houthi forces shelled")] == ["YE"]
    assert finder.find("anti-Houthi forces shelled") == []
    assert finder.find("the sdf said") == []  # an acronym in lower case is no actor


def test_agent_of_a_passive_clause_is_actor1() -> None:
    (event,) = events_of("On 3 May 2020, in Manaus, Amazonas, a man was shot dead by two armed men.")
    assert event.actor1 == "Unidentified Armed Group (Brazil)" and event.inter1 == 3
    assert event.actor2 == "Civilians (Brazil)"


def test_state_forces_from_a_demonym_and_named_rebels() -> None:
    coder = actor_coder_for("en")
    names = [c.acled for c in coder.candidates("Egyptian military forces clashed with the Taliban", "Egypt")]
    assert names == ["Military Forces of Egypt", "Taliban"]
    tribal = [
        c.acled for c in coder.candidates("clashes between Al Awad tribesmen and pro-Houthi forces", "Yemen")
    ]
    assert tribal[0] == "Al Awad Tribal Militia (Yemen)"


def test_protests_keep_the_crowd_as_actor1() -> None:
    (event,) = events_of("On 2 May 2020, protesters demonstrated in Lahore against the lockdown.")
    assert event.actor1 == "Protesters (Pakistan)" and event.inter1 == 6


def test_seed_strike_is_coded_to_the_united_states(seed_path: Path) -> None:
    from kroniek.readers import read_path

    (doc,) = list(read_path(seed_path, print))
    (strike,) = [e for e in Extractor().process(doc).events if e.sub_event_type == "Air/drone strike"]
    assert strike.actor1 == "Military Forces of the United States"  # "een Amerikaanse drone-aanval"


def test_fatalities_ignore_the_day_and_come_from_the_next_sentence() -> None:
    (event,) = events_of("On 28 April 2020, three women were killed by an IED near Titao (Loroum).")
    assert event.fatalities == 3  # not 28, the day
    (clash,) = events_of(
        "On 4 May 2020, in Itaborai, Rio de Janeiro, a shoot-out broke out between the Military Police and "
        "suspects of drug trafficking. Three suspects managed to flee and one was killed."
    )
    assert clash.fatalities == 1
    (found,) = events_of(
        "On 2 May 2020, in Culiacan, Sinaloa, gunmen attacked a bar and a man was found dead."
    )
    assert found.fatalities == 1


def test_deaths_without_a_number_follow_acleds_convention() -> None:
    limited, none_, major = (
        events_of(
            f"Bij {kind}gevechten tussen het leger en rebellen in Mali vielen vrijdag {what}doden.",
            "nl",
            "2019-03-02",
        )[0]
        for kind, what in (("", ""), ("", "geen "), ("zware ", ""))
    )
    assert (limited.fatalities, none_.fatalities, major.fatalities) == (3, 0, 10)
    assert "coded as 3 by ACLED's convention" in limited.notes


def test_a_clash_between_unnamed_sides_is_between_unidentified_armed_groups() -> None:
    (event,) = events_of(
        "On 2 May 2020, in Belford Roxo, Rio de Janeiro, a shoot-out took place in a neighbourhood."
    )
    assert event.sub_event_type == "Armed clash"
    assert (event.actor1, event.actor2) == (
        "Unidentified Armed Group (Brazil)",
        "Unidentified Armed Group (Brazil)",
    )


def test_yemens_national_resistance_forces_are_named_as_acled_names_them() -> None:
    (event,) = events_of(
        "On 9 May 2020, pro-Houthi forces clashed with National Resistance forces in Hays (Al Hudaydah).",
        dct="2020-05-10",
    )
    assert "National Resistance Forces" in (event.actor1, event.actor2)


def test_who_said_so_is_no_party_to_the_event() -> None:
    text = "Two US soldiers were killed in fighting in Kunduz on Friday, the NATO-led mission said."
    (event,) = events_of(text, dct="2019-03-23")
    assert "NATO" not in event.actor1 and "NATO" not in event.actor2


def test_an_actor_without_a_known_country_is_named_without_one() -> None:
    from kroniek.events.actors import without_country

    assert without_country("Protesters ({country})", "") == "Protesters"
    assert without_country("Police Forces of {country}", "") == "Police Forces"
    assert without_country("Protesters ({country})", "France") == "Protesters (France)"


def test_those_named_after_the_harm_suffered_it() -> None:
    cases = [
        ("nl", "Bij een luchtaanval in Syrië zijn gisteravond zeker 22 Turkse militairen omgekomen."),
        ("en", "Thursday's air strike on Turkish troops in Syria's Idlib province killed 33 soldiers."),
    ]
    for lang, text in cases:
        events = kroniek.extract_text(text, date="2020-02-28", lang=lang)
        assert [(e.actor1, e.actor2) for e in events] == [("", "Military Forces of Turkey")], lang


def test_the_maker_named_in_the_events_own_noun_phrase_is_actor1() -> None:
    """ "Bij de aanval van Al-Shabaab op de universiteit ... kwamen 147 mensen om": the attack
    is Al-Shabaab's, though its name stands inside the trigger and students are among the dead."""
    (attack,) = events_of(
        "Bij de aanval van Al-Shabaab op de universiteit van Garissa zijn gisteren 147 mensen "
        "omgekomen, bijna allen studenten.",
        "nl",
        "2015-04-03",
    )
    assert (attack.sub_event_type, attack.actor1, attack.fatalities) == ("Attack", "Al Shabaab", 147)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Dutch puts the object before the verb: the civilians are the victims, the rebels act.
        (
            "Rebellen hebben gisteren in Kisangani tien burgers afgeslacht.",
            (
                "Opposition Rebels (Democratic Republic of Congo)",
                "Civilians (Democratic Republic of Congo)",
                10,
            ),
        ),
        (
            "In Kisangani zijn gisteren tien burgers afgeslacht.",
            (
                "Unidentified Armed Group (Democratic Republic of Congo)",
                "Civilians (Democratic Republic of Congo)",
                10,
            ),
        ),
    ],
)
def test_civilians_before_the_verb_are_its_victims(text: str, expected: tuple[str, str, int]) -> None:
    (event,) = kroniek.extract_text(text, date="2000-06-02", lang="nl")
    assert (event.actor1, event.actor2, event.fatalities) == expected


def test_fighters_of_a_named_group_are_that_group() -> None:
    """ "strijders van JNIM", "de rebellen van M23": the name, not the generic noun."""
    (event,) = kroniek.extract_text(
        "De rebellen van M23 hebben zaterdag na hevige gevechten met het Congolese leger de stad "
        "Rutshuru ingenomen.",
        date="2022-06-14",
        lang="nl",
    )
    assert event.actor1 == "M23: March 23 Movement"


def test_a_killing_told_of_oneself_is_a_figure_of_speech() -> None:
    assert (
        kroniek.extract_text(
            '"U hebt mij afgeslacht op die persconferentie", zei hij.', date="2000-06-02", lang="nl"
        )
        == []
    )


@pytest.mark.parametrize(
    "text",
    [
        "Een politieagent heeft dinsdag in Nanterre een 17-jarige bestuurder doodgeschoten.",
        "Dinsdag is in Nanterre een 17-jarige jongen door de politie doodgeschoten.",
    ],
)
def test_a_dutch_police_officer_who_shoots_is_actor1_with_one_dead(text: str) -> None:
    """A single "politieagent" is the police, and so is "door de politie" before the participle
    it belongs to; "een ... bestuurder doodgeschoten" after "heeft" and an adverbial is one dead."""
    events = kroniek.extract_text(text, date="2023-06-27", lang="nl")
    assert [(e.actor1, e.fatalities) for e in events] == [("Police Forces of France", 1)]


def test_a_country_that_fires_after_the_dateline_is_actor1() -> None:
    text = (
        "BAGHDAD (Reuters) - Iran fired more than a dozen ballistic missiles at the Ain al-Asad air base"
        " in western Iraq, which hosts U.S. troops, early on Wednesday."
    )
    (event,) = events_of(text, dct="2020-01-08")
    assert (event.actor1, event.actor2) == ("Military Forces of Iran", "Military Forces of the United States")
