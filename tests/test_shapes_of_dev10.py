"""Sub-types and non-events whose shapes the blind development set `events_parallel_dev10`
showed kroniek missing, in both languages. The sentences here are our own variants."""

from __future__ import annotations

import pytest

import kroniek


def _types(text: str, lang: str, date: str = "2021-06-10") -> list[str]:
    return sorted(e.sub_event_type for e in kroniek.extract_text(text, date=date, lang=lang))


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Ajax laid siege to PSV's goal for an hour in Sunday's top-of-the-table clash in Amsterdam.",
            "en",
            [],
        ),
        ("In the first episode of a new Netflix series, gunmen kidnap a mayor in Acapulco.", "en", []),
        ("British and Polish troops simulated a tank and artillery assault near Orzysz on Monday.", "en", []),
        ("His fighters were 'ready with rockets and drones', the militia leader said on Monday.", "en", []),
        (
            "Four rebel factions in Idlib merged into a new coalition on Monday, their commanders said.",
            "en",
            ["Change to group/activity"],
        ),
        (
            "Gunmen seized a headmaster and three teachers from their school near Kumba on Monday.",
            "en",
            ["Abduction/forced disappearance"],
        ),
        (
            "The two sides exchanged 40 prisoners at Aden airport on Monday, the Red Cross said.",
            "en",
            ["Agreement"],
        ),
        (
            "Police pulled opposition leader John Doe from his car in Harare on Monday and drove him away.",
            "en",
            ["Arrests"],
        ),
        (
            "A protester died in Quito on Monday after being hit in the head by a police tear gas canister "
            "during a march against fuel prices.",
            "en",
            ["Excessive force against protesters"],
        ),
        (
            "Investigators found a mass grave holding 30 bodies near Bucha on Monday, police said.",
            "en",
            ["Other"],
        ),
        (
            "Vier rebellengroepen in Idlib zijn maandag samengegaan in een nieuwe coalitie.",
            "nl",
            ["Change to group/activity"],
        ),
        (
            "Het leger heeft maandag de stad Gondar teruggenomen van de rebellen van het TPLF.",
            "nl",
            ["Government regains territory"],
        ),
        (
            "Een betoging tegen de coronaregels in Eindhoven liep maandagavond uit de hand.",
            "nl",
            ["Violent demonstration"],
        ),
        (
            "Maandagavond stak een man in Solingen met een mes in op drie voorbijgangers.",
            "nl",
            ["Attack"],
        ),
        (
            "Maandag werd oppositieleider Jan Jansen in Harare door de politie uit zijn auto gehaald.",
            "nl",
            ["Arrests"],
        ),
        (
            "Onderzoekers hebben maandag bij Boetsja een massagraf met dertig lichamen ontdekt.",
            "nl",
            ["Other"],
        ),
    ],
)
def test_shapes(text: str, lang: str, expected: list[str]) -> None:
    assert _types(text, lang) == expected


def test_damage_told_after_a_grenade_is_the_grenade_s() -> None:
    text = (
        "A hand grenade was thrown at the police station in Mitrovica early on Monday. No one was hurt, "
        "but the facade and two police cars were damaged."
    )
    assert _types(text, "en") == ["Grenade"]
