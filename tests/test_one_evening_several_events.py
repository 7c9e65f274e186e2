"""Several events of one day at one place, and the decoys around them.

Shapes from the development set `events_articles_dev29`; the sentences are our own. Looting
told with its own time after a town's capture, a mob told in a sentence of its own beside a
prison riot, and youths who stoned soldiers before the soldiers' fire on a march are events
of their own (codebook ``dated_apart``, ``sentence_only``); a march against gas attacks, a
trial of police officers and a missile test in the desert are none.
"""

from __future__ import annotations

import pytest

from conftest import Coded, Kept


@pytest.mark.parametrize(
    ("lang", "text", "events"),
    [
        (
            "nl",
            "BAMAKO - Zaterdagochtend namen rebellen na een kort gevecht de stad Kidal in. "
            "Zaterdagavond plunderden rebellen en jongeren in Kidal banken en winkels.",
            [
                ("Non-state actor overtakes territory", "2024-03-09"),
                ("Looting/property destruction", "2024-03-09"),
            ],
        ),
        (
            "en",
            "BAMAKO (Reuters) - On Saturday morning rebels took the town of Kidal after a brief fight. "
            "On Saturday evening rebels and youths in Kidal looted banks and shops.",
            [
                ("Non-state actor overtakes territory", "2024-03-09"),
                ("Looting/property destruction", "2024-03-09"),
            ],
        ),
        (
            "en",
            "JAKARTA (Reuters) - On Saturday evening inmates set fire to the prison kitchen in Padang "
            "and threw stones at guards. The same evening residents beat to death two escaped prisoners "
            "who had hidden in a school.",
            [("Violent demonstration", "2024-03-09"), ("Mob violence", "2024-03-09")],
        ),
    ],
)
def test_events_of_one_day_and_place_stay_apart(
    coded: Coded, lang: str, text: str, events: list[tuple[str, str]]
) -> None:
    assert coded(text, lang, date="2024-03-11") == events


@pytest.mark.parametrize(
    ("lang", "sentence", "sub_types"),
    [
        (
            "en",
            "The same evening bystanders beat the suspected thief to death before police arrived.",
            ["Mob violence"],
        ),
        (
            "nl",
            "Dezelfde avond haalde een menigte met touwen het standbeeld van de dictator op het plein omver.",
            ["Violent demonstration"],
        ),
        (
            "en",
            "On Friday several hundred students walked silently through the streets of the town.",
            ["Peaceful protest"],
        ),
        (
            "en",
            "On Monday soldiers opened fire at the town hall in Kaunas on an unarmed crowd that guarded it.",
            ["Excessive force against protesters"],
        ),
        (
            "nl",
            "Zondagnacht beschoten Russische schepen de havenstad Odesa.",
            ["Shelling/artillery/missile attack"],
        ),
        (
            "en",
            "Yesterday the last soldiers in the capital surrendered to the rebels without a fight.",
            ["Non-violent transfer of territory"],
        ),
        # troops who land and fight at once fight a battle; the landing is no deployment of its own
        (
            "nl",
            "Zaterdag landden Turkse troepen op het strand bij Kyrenia en vochten zij de hele dag "
            "met de Nationale Garde.",
            ["Armed clash"],
        ),
        # decoys
        (
            "en",
            "Last night soldiers shot dead three farmers who had occupied a field near the town.",
            ["Attack"],
        ),
        (
            "nl",
            "Gisteren liepen duizenden mensen in een mars tegen de gifgasaanvallen.",
            ["Peaceful protest"],
        ),
        ("en", "Yesterday thousands of people marched against the poison gas attacks.", ["Peaceful protest"]),
        (
            "nl",
            "Een rechtbank stelde gisteren het proces uit tegen verdachten van een aanval op een kazerne.",
            [],
        ),
        (
            "en",
            "A court yesterday began the trial of police officers accused of firing on protesters last year.",
            [],
        ),
        (
            "en",
            "Two missiles were launched yesterday in a desert area near the capital, television said.",
            [],
        ),
    ],
)
def test_the_sentence_reads_as(kept: Kept, lang: str, sentence: str, sub_types: list[str]) -> None:
    assert kept(lang, sentence) == sub_types


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "nl",
            "Volgens de radio vielen gisteren zeker tien doden toen tanks op de menigte schoten, "
            "maar dat is niet bevestigd.",
        ),
        (
            "en",
            "Radio stations said ten people died when tanks fired on the crowd, "
            "but this could not be confirmed.",
        ),
        ("en", "A court yesterday sentenced five protesters from last summer's unrest to long prison terms."),
        ("en", "A week after the invasion, protest posters still hung everywhere in the capital."),
    ],
)
def test_unconfirmed_deaths_sentences_and_posters_tell_no_event(kept: Kept, lang: str, sentence: str) -> None:
    assert kept(lang, sentence) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "nl",
            "MANILLA - Sinds vorig weekend bezetten duizenden aanhangers van de oppositie vreedzaam "
            "het plein voor het parlement.",
        ),
        (
            "en",
            "MANILA (Reuters) - Since last weekend thousands of opposition supporters have peacefully "
            "occupied the square outside parliament.",
        ),
    ],
)
def test_an_occupation_since_last_weekend_is_dated_to_its_saturday(
    coded: Coded, lang: str, text: str
) -> None:
    # Thursday 14 March 2024: last weekend's Saturday is 9 March
    assert coded(text, lang, date="2024-03-14") == [("Peaceful protest", "2024-03-09")]


def test_a_weekend_holds_only_its_own_days(coded: Coded) -> None:
    text = (
        "BANGKOK (Reuters) - Last weekend thousands of farmers peacefully occupied the square "
        "outside the ministry. On Wednesday afternoon hundreds of protesters forced their way into "
        "the parliament grounds, smashing fences and windows."
    )
    # Thursday 14 March 2024: the weekend's Saturday is 9 March, Wednesday the 13th
    assert coded(text, "en", date="2024-03-14") == [
        ("Peaceful protest", "2024-03-09"),
        ("Violent demonstration", "2024-03-13"),
    ]
