"""Dutch splits "omkomen" around the words that say where and how: "Op 4 november kwamen bij
de aanval op het dorp twaalf mensen om". The verb and its particle may stand eight words
apart; "kwamen ... bijeen om te praten" tells no deaths. The count may stand six words before the
verb, past the victims' adjective and their place ("elf Britse toeristen op een strand bij
Agadir doodgeschoten"), but not across a clause ("nadat een agent werd doodgeschoten"). The
sentences are our own."""

from __future__ import annotations

import pytest

import kroniek
from kroniek.events.lexicon import lexicon_for


def _coded(text: str) -> list[tuple[str, str, int]]:
    return [
        (e.sub_event_type, e.event_date, e.fatalities)
        for e in kroniek.extract_text(text, date="2008-11-20", lang="nl")
    ]


def test_the_dead_of_an_attack_on_a_village_told_around_the_attack() -> None:
    text = "Op 4 november kwamen bij de aanval op het dorp twaalf mensen om."
    assert _coded(text) == [("Attack", "2008-11-04", 12)]


def test_a_meeting_to_talk_is_no_death() -> None:
    text = "Na de aanval op het dorp kwamen de dorpsoudsten gisteren bijeen om te praten over de veiligheid."
    assert all(fatalities == 0 for _, _, fatalities in _coded(text))


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Zaterdag zijn elf Britse toeristen in Agadir doodgeschoten.", 11),
        ("Zaterdag zijn elf toeristen op een strand bij Agadir doodgeschoten.", 11),
        ("Bij de gevechten kwamen volgens het leger zeker zeven IS-strijders om.", 7),
        ("In Kaboel is zondag een 54-jarige agent om het leven gekomen.", 1),
        ("Zaterdag zijn twee mannen opgepakt nadat een agent werd doodgeschoten.", 1),
    ],
)
def test_the_count_before_the_victims_words_and_their_place(text: str, dead: int) -> None:
    toll = lexicon_for("nl").fatalities(text)  # type: ignore[union-attr]
    assert toll is not None and toll.deaths == dead


@pytest.mark.parametrize(
    ("lang", "text", "dead"),
    [
        ("nl", "Volgens de politie kwamen een vrouw en haar zoon om toen een granaat insloeg.", 2),
        ("nl", "Bij de gevechten kwamen elf soldaten en een onbekend aantal rebellen om.", 11),
        ("en", "At least eight soldiers and an unknown number of rebels were killed.", 8),
        ("en", "The town fell after heavy fighting, and at least six rebels were killed.", 6),
        ("en", "At least 37 police officers and civilians were killed, police said.", 37),
        ("en", "Gunmen killed six priests, their cook and her daughter.", 8),
    ],
)
def test_the_dead_of_a_list(lang: str, text: str, dead: int) -> None:
    toll = lexicon_for(lang).fatalities(text)  # type: ignore[union-attr]
    assert toll is not None and toll.deaths == dead
