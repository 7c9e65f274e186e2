"""Searches and raids, people taken away, takeovers after a garrison fled, crowds and
prisoners, a second bomber, and two sources' tolls.

Shapes from the development set `events_articles_dev29` (and the searches of dev26 to
dev28); the sentences are our own.
"""

from __future__ import annotations

import pytest

from conftest import Coded, Kept, Tolled


@pytest.mark.parametrize(
    ("lang", "sentence", "sub_types"),
    [
        # a search or raid without arrest is Other; people taken away make it Arrests
        ("nl", "Dinsdag doorzochten agenten de woning van de oud-minister in Tirana.", ["Other"]),
        ("en", "On Tuesday police officers searched the home of the former minister in Tirana.", ["Other"]),
        (
            "nl",
            "Vrijdag vielen soldaten het kantoor van een krant in Tirana binnen en namen computers mee.",
            ["Other"],
        ),
        (
            "en",
            "On Friday soldiers raided the offices of a newspaper in Tirana and seized computers.",
            ["Other"],
        ),
        (
            "nl",
            "'s Nachts vielen soldaten drie kloosters binnen en namen zij tientallen monniken mee.",
            ["Arrests"],
        ),
        ("en", "Overnight soldiers raided three monasteries and took away dozens of monks.", ["Arrests"]),
        ("nl", "Die nacht haalden agenten twintig vakbondsleiders uit hun huizen in Tirana.", ["Arrests"]),
        ("en", "That night police took twenty union leaders from their homes in Tirana.", ["Arrests"]),
        # gunmen who raid attack; a plan to search is no search
        ("en", "Gunmen raided the home of a judge in Tirana and shot dead his guard.", ["Attack"]),
        ("en", "Police officers will search the homes of the suspects next week.", []),
        # armed groups taking a town after the state's garrison fled; the state retaking villages
        (
            "nl",
            "Zaterdag namen rebellen van het bevrijdingsfront Pibor in, nadat het garnizoen was gevlucht.",
            ["Non-state actor overtakes territory"],
        ),
        (
            "en",
            "On Saturday fighters of the liberation front took Pibor after the army garrison fled.",
            ["Non-state actor overtakes territory"],
        ),
        (
            "nl",
            "Gisteren heroverden regeringstroepen drie dorpen bij Pibor op de rebellen.",
            ["Government regains territory"],
        ),
        # a crowd beating soldiers who had surrendered is a mob, not a clash
        (
            "nl",
            "Die nacht sloeg een menigte bij de kazerne twintig soldaten die zich hadden overgegeven.",
            ["Mob violence"],
        ),
        (
            "en",
            "That night a crowd at the barracks beat twenty soldiers who had surrendered, "
            "and one soldier was killed.",
            ["Mob violence"],
        ),
        # prisoners setting fire and stoning guards: a violent demonstration
        (
            "nl",
            "Zondagavond staken gevangenen de keuken van de gevangenis in brand "
            "en gooiden zij stenen naar bewakers.",
            ["Violent demonstration"],
        ),
        (
            "en",
            "On Sunday evening inmates set fire to the prison kitchen and threw stones at guards.",
            ["Violent demonstration"],
        ),
        # youths stoning soldiers at a barricade; forces firing on an unarmed crowd
        (
            "nl",
            "Zondag gooiden jongeren bij een barricade in de oude stad stenen en flessen naar soldaten.",
            ["Violent demonstration"],
        ),
        (
            "en",
            "On Sunday youths at a barricade in the old town threw stones and bottles at soldiers.",
            ["Violent demonstration"],
        ),
        (
            "en",
            "On Monday soldiers fired on an unarmed crowd of students outside the university.",
            ["Excessive force against protesters"],
        ),
        (
            "en",
            "Overnight men in uniform fired live rounds at a sit-in of unarmed workers.",
            ["Excessive force against protesters"],
        ),
        # a driver ramming a truck of explosives into a target is a suicide bombing
        (
            "en",
            "On Friday a man drove a truck packed with explosives into the police "
            "headquarters and set it off.",
            ["Suicide bomb"],
        ),
        # an execution after a trial is a court's act
        ("en", "The general was executed by firing squad on Monday after a brief trial.", []),
        ("nl", "De generaal werd maandag na een kort proces gefusilleerd.", []),
    ],
)
def test_the_sentence_reads_as(kept: Kept, lang: str, sentence: str, sub_types: list[str]) -> None:
    assert kept(lang, sentence) == sub_types


@pytest.mark.parametrize(
    ("lang", "text", "toll"),
    [
        (
            "nl",
            "PARIJS - Gisteren schoten agenten in Parijs op een betoging van ongewapende studenten. "
            "Volgens artsen kwamen daarbij twaalf studenten om, maar de politie spreekt van twee doden.",
            2,
        ),
        (
            "en",
            "PARIS (Reuters) - Yesterday police in Paris fired on a march of unarmed students. "
            "Doctors said twelve students were killed, but the police spoke of two dead.",
            2,
        ),
        # a second figure that is higher: the first, lower one stands
        (
            "en",
            "PARIS (Reuters) - Yesterday police in Paris fired on a march of unarmed students. "
            "The police said two students were killed, while doctors put the toll at twelve.",
            2,
        ),
    ],
)
def test_two_sources_tolls_give_the_lower(tolled: Tolled, lang: str, text: str, toll: int) -> None:
    assert tolled(text, lang, date="2024-03-08") == [("Excessive force against protesters", toll)]


def test_a_second_bomber_is_another_event(coded: Coded) -> None:
    text = (
        "KABUL (Reuters) - On Sunday a man drove a car full of explosives into the gate of the "
        "police academy and detonated it. Minutes later a second bomber blew himself up at a "
        "checkpoint nearby."
    )
    assert coded(text, "en", date="2024-03-12") == [
        ("Suicide bomb", "2024-03-10"),
        ("Suicide bomb", "2024-03-10"),
    ]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        # a search that finds weapons, goes with another act, or is a criminal inquiry
        (
            "en",
            "On Thursday police searched the home of a suspect in Tirana and seized rifles and explosives.",
        ),
        ("nl", "Agenten doorzochten ook zijn woning in Tirana, meldde de krant."),
        ("nl", "De politie doorzocht twaalf woningen en loodsen in een onderzoek naar drugs."),
    ],
)
def test_no_search_event_where_the_search_is_part_of_another(kept: Kept, lang: str, sentence: str) -> None:
    assert "Other" not in kept(lang, sentence)


def test_a_raid_in_which_someone_is_shot_dead_is_an_attack(coded: Coded) -> None:
    text = (
        "TIRANA - Zaterdagnacht viel de politie het hoofdkwartier van de oppositiepartij binnen. "
        "Daarbij werd een jongerenleider van dichtbij doodgeschoten."
    )
    assert coded(text, "nl", date="2024-03-11") == [("Attack", "2024-03-09")]
