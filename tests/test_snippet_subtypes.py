"""Sub-types of short news snippets, in Dutch and English alike (CASE 2021 style): chemical
attacks, bases opened abroad, captures by rebels, hostages seized, gunmen opening fire,
forces firing on a march, rioting protesters, arrests for a coup plot, and the nights that
date them.

The shapes come from the development set `events_parallel_dev3`; the sentences here are our
own."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

import kroniek
from kroniek.dates import PartialDate
from kroniek.records import Document
from kroniek.store import Store


@pytest.mark.parametrize(
    ("text", "lang", "sub_type"),
    [
        (
            "Strijders van IS hebben vrijdag mortiergranaten met mosterdgas afgevuurd op het stadje Marea.",
            "nl",
            "Chemical weapon",
        ),
        (
            "IS fighters fired mortar shells filled with a mustard agent at the town of Marea on Friday.",
            "en",
            "Chemical weapon",
        ),
        (
            "Turkije heeft zaterdag in Mogadishu zijn grootste militaire basis in het buitenland geopend.",
            "nl",
            "Headquarters or base established",
        ),
        (
            "China officially opened its first overseas military base in Djibouti on Tuesday.",
            "en",
            "Headquarters or base established",
        ),
        (
            "Opstandelingen hebben vorige week een nieuw kamp opgezet in het bos bij Macomia.",
            "nl",
            "Headquarters or base established",
        ),
        (
            "Het rebellenleger MNDAA heeft zaterdag de stad Lashio volledig in handen gekregen.",
            "nl",
            "Non-state actor overtakes territory",
        ),
        (
            "The Myanmar National Democratic Alliance Army took full control of the city of Lashio on "
            "Saturday, "
            "including the regional headquarters of Myanmar's army.",
            "en",
            "Non-state actor overtakes territory",
        ),
        (
            "Gunmen seized two Canadians and a Norwegian from a resort on Samal island on Monday night.",
            "en",
            "Abduction/forced disappearance",
        ),
        (
            "Russische militairen hebben gisteren burgemeester Fedorov meegenomen; hij is naar een "
            "onbekende plek gebracht.",
            "nl",
            "Abduction/forced disappearance",
        ),
        (
            "Gewapende bendeleden hebben vorige week in Port-au-Prince zeker twaalf vrouwen verkracht.",
            "nl",
            "Sexual violence",
        ),
        (
            "Een schutter heeft vannacht bij een homobar in het centrum van Oslo het vuur geopend.",
            "nl",
            "Attack",
        ),
        (
            "Bij Sacaba hebben veiligheidstroepen vrijdag het vuur geopend op duizenden boeren die vreedzaam "
            "naar Cochabamba optrokken.",
            "nl",
            "Excessive force against protesters",
        ),
        (
            "Studenten die protesteren tegen quota hebben gisteren in Dhaka het hoofdkantoor van de omroep "
            "in brand gestoken.",
            "nl",
            "Violent demonstration",
        ),
        (
            "De politie heeft gisteren in Accra tientallen jongeren opgepakt die naar het paleis wilden "
            "optrekken uit protest tegen corruptie.",
            "nl",
            "Protest with intervention",
        ),
        (
            "De politie heeft woensdag 25 mensen opgepakt die ervan worden verdacht een staatsgreep te "
            "hebben beraamd.",
            "nl",
            "Arrests",
        ),
    ],
)
def test_snippet_sub_types(text: str, lang: str, sub_type: str) -> None:
    events = kroniek.extract_text(text, date="2024-08-05", lang=lang)
    assert [e.sub_event_type for e in events] == [sub_type]


def test_a_toll_after_a_bombing_at_a_rally_is_the_bombs_and_a_coup_protested_is_no_coup() -> None:
    text = (
        "Twee zelfmoordterroristen hebben zich zaterdag opgeblazen te midden van duizenden mensen die zich "
        "in Ankara verzamelden voor een vredesbetoging. Daarbij kwamen zeker 95 mensen om het leven."
    )
    tolls = {e.sub_event_type: e.fatalities for e in kroniek.extract_text(text, date="2015-10-11", lang="nl")}
    assert tolls["Suicide bomb"] == 95
    text = "De politie heeft gisteren in Mandalay het vuur geopend op betogers tegen de militaire coup."
    assert [e.sub_event_type for e in kroniek.extract_text(text, date="2021-02-21", lang="nl")] == [
        "Excessive force against protesters"
    ]


@pytest.mark.parametrize(
    ("text", "dct", "day"),
    [
        (
            "A gunman opened fire outside a bar in central Oslo overnight, killing two people.",
            "2022-06-25",
            "2022-06-24",
        ),
        (
            "Gunmen raided the village of Solhan overnight into Saturday, killing 100 people.",
            "2021-06-07",
            "2021-06-05",
        ),
    ],
)
def test_overnight_is_the_night_before_the_report_unless_the_morning_is_named(
    text: str, dct: str, day: str
) -> None:
    (event,) = kroniek.extract_text(text, date=dct, lang="en")
    assert (str(event.event_date), event.time_precision) == (day, 1)


def test_a_night_told_by_earlier_reports_lets_the_next_days_report_join() -> None:
    reports = [
        ("a", "2019-06-10", "Gunmen attacked the village of Sobane Da in Mali overnight, killing 95 people."),
        (
            "b",
            "2019-06-13",
            "Mali lowered the toll from Monday's massacre in the village of Sobane Da in Mali to 35.",
        ),
    ]
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "k.db") as store:
        for doc_id, dct, text in reports:
            document = Document(id=doc_id, text=text, date=PartialDate.parse(dct), lang="en", title=doc_id)
            store.write_batch([(document, kroniek.Extractor(lang="en").process(document).events)])
        assert store.count() == 1


@pytest.mark.parametrize(
    ("text", "sub_types"),
    [
        # Where a soldier was is no deployment; drones a base flies are no strike.
        (
            "A soldier was killed on Monday when he stepped on a landmine while on patrol in Tumaco.",
            ["Remote explosive/landmine/IED"],
        ),
        (
            "The US military began operating armed drones from a new air base near Agadez on Friday.",
            ["Headquarters or base established"],
        ),
        # The police's response is the course of the riot or the mob's violence it answers.
        (
            "Hundreds of rioters set cars on fire and threw stones at police in Rotterdam on Friday night. "
            "Police fired warning shots; seven people were injured and dozens were arrested.",
            ["Violent demonstration"],
        ),
        (
            "A mob of students beat a fellow student to death in Sokoto on Thursday. "
            "Police dispersed the crowd and arrested two suspects.",
            ["Mob violence"],
        ),
        # People rumoured to be kidnappers kidnapped no one; who blamed a raid took no part in it.
        (
            "An angry mob lynched two men in Acatlan de Osorio on Wednesday after rumours spread "
            "that they were child kidnappers.",
            ["Mob violence"],
        ),
        (
            "Gunmen seized two Canadians and a Norwegian from a resort on Samal island on Monday, "
            "in a raid the army blamed on the Abu Sayyaf group.",
            ["Abduction/forced disappearance"],
        ),
        # A release by the captors is its own event, not the abduction again.
        (
            "Kidnappers freed 344 schoolboys who had been abducted from their school in Kankara on Thursday.",
            ["Other"],
        ),
    ],
)
def test_no_second_reading_of_one_event(text: str, sub_types: list[str]) -> None:
    events = kroniek.extract_text(text, date="2022-05-13", lang="en")
    assert [e.sub_event_type for e in events] == sub_types


@pytest.mark.parametrize(
    ("text", "sub_types"),
    [
        (
            "In Deurne is vannacht een handgranaat tegen de gevel van een woning gegooid. "
            "Het explosief ontplofte, maar er vielen geen slachtoffers.",
            ["Grenade"],
        ),
        ("De groep Abu Sayyaf heeft zaterdag een Noorse gijzelaar vrijgelaten in Jolo.", ["Other"]),
        ("De ontvoerders hebben donderdagavond 344 scholieren in Kankara vrijgelaten.", ["Other"]),
    ],
)
def test_one_event_in_dutch(text: str, sub_types: list[str]) -> None:
    events = kroniek.extract_text(text, date="2023-03-14", lang="nl")
    assert [e.sub_event_type for e in events] == sub_types


def test_villagers_killed_in_a_raid_are_its_victims_and_marchers_fired_on_its_protest() -> None:
    raid = (
        "Gunmen raided a village near Bokkos on Sunday evening, shooting residents and setting homes "
        "on fire. At least 16 villagers were killed."
    )
    events = kroniek.extract_text(raid, date="2023-12-26", lang="en")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Attack", 16)]
    march = (
        "Security forces fired tear gas and live rounds on Sunday at Catholics who were marching peacefully "
        "in Kinshasa, killing at least five people."
    )
    events = kroniek.extract_text(march, date="2018-01-01", lang="en")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Excessive force against protesters", 5)]
