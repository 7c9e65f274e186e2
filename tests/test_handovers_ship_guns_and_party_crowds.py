"""A retaking whose dead are told in a 'waarbij' clause stays the state's; guerrillas who
occupy a town's police station take it; a ship's guns fired on a road shell it; a garrison
handing a port over at length ('droeg ... over aan'), and a withdrawal that leaves a town
in the rebels' hands, transfer territory; planes attacking a headquarters named at length,
arrests with a count after a long subject, party crowds fighting with machetes, a crowd
gathered 'uit protest tegen de bombardementen', a forward command post and aircraft
spraying a yellow cloud are events; a call to halt the air strikes and wounded fighters
under guard are none. Our own sentences, written for these rules (2024-01-17 is a
Wednesday)."""

import pytest


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Zondag heroverden Gurkha's die uit Maleisië waren overgevlogen de hoofdstad Kuching, waarbij "
            "zeker vijf rebellen sneuvelden.",
            "nl",
            [("Government regains territory", "2024-01-14")],
        ),
        (
            "Dinsdag bezetten ongeveer dertig guerrillastrijders, van wie een deel als boeren was verkleed, "
            "het politiebureau en de telefooncentrale van Rivas.",
            "nl",
            [("Non-state actor overtakes territory", "2024-01-16")],
        ),
        (
            "Dinsdag vuurde het marineschip Almirante met zijn kanonnen op de kustweg bij Chacachacare.",
            "nl",
            [("Shelling/artillery/missile attack", "2024-01-16")],
        ),
        (
            "Maandag droeg het Portugese garnizoen de havenstad Bolama zonder een schot te lossen over aan "
            "Guineese troepen.",
            "nl",
            [("Non-violent transfer of territory", "2024-01-15")],
        ),
        (
            "Maandag vlogen de laatste soldaten en agenten van het eiland weg, waardoor Kieta in handen van "
            "de rebellen kwam.",
            "nl",
            [("Non-violent transfer of territory", "2024-01-15")],
        ),
        (
            "On Monday the last soldiers and police officers flew out of the island, leaving Kieta in the "
            "hands of the rebels.",
            "en",
            [("Non-violent transfer of territory", "2024-01-15")],
        ),
        (
            "Dinsdag vielen Franse gevechtsvliegtuigen en gevechtshelikopters het hoofdkwartier van de "
            "presidentiële garde in de wijk Plateau in Abidjan aan.",
            "nl",
            [("Air/drone strike", "2024-01-16")],
        ),
        (
            "Dinsdag hielden politie en leger in Bamako meer dan honderd mensen aan die van plundering "
            "worden verdacht.",
            "nl",
            [("Arrests", "2024-01-16")],
        ),
        (
            "Donderdag vochten aanhangers van de regeringspartij en jongeren van de oppositie met kapmessen "
            "en knuppels in de kustplaats Grand-Popo.",
            "nl",
            [("Mob violence", "2024-01-11")],
        ),
        (
            "Zondag verzamelden duizenden mensen met kaarsen in hun handen zich voor een concert op "
            "het plein "
            "in Zagreb, uit protest tegen de bombardementen.",
            "nl",
            [("Peaceful protest", "2024-01-14")],
        ),
        (
            "On Wednesday the army set up a forward command post near Tawau to lead the operation.",
            "en",
            [("Headquarters or base established", "2024-01-17")],
        ),
        (
            "On Tuesday aircraft sprayed a yellow cloud over villages near Xam Neua, survivors said.",
            "en",
            [("Chemical weapon", "2024-01-16")],
        ),
        (
            "Op dinsdag sproeiden vliegtuigen volgens overlevenden een gele wolk over dorpen bij Xam Neua.",
            "nl",
            [("Chemical weapon", "2024-01-16")],
        ),
    ],
)
def test_handovers_ship_guns_and_party_crowds(coded, text, lang, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Moscow has called for an immediate halt to the air strikes.", "en"),
        ("Moskou heeft opgeroepen de luchtaanvallen onmiddellijk te stoppen.", "nl"),
        ("Two wounded guerrillas are under guard in a military hospital.", "en"),
        ("Twee gewonde strijders liggen onder bewaking in een militair hospitaal.", "nl"),
        # Planes spraying crops tell no chemical attack.
        ("On Tuesday planes sprayed a yellow powder over the fields near Xam Neua to kill locusts.", "en"),
    ],
)
def test_calls_and_states_are_no_events(coded, text, lang):
    assert coded(text, lang) == []


def test_the_day_after_with_no_event_named_is_the_next_day(coded):
    text = (
        "On Monday, January 8, planes bombed villages near Xam Neua. The day after, soldiers opened fire "
        "on refugees near Pakxan, killing 12 people."
    )
    assert ("Attack", "2024-01-09") in coded(text, "en")
