"""Towns entered and handed back, 'Koeweit-Stad', roads past a town, running totals and
spans of protest given as a reason, and crowds dragged away, gassed, detained or taken
away by the police. Our own sentences, written for these rules (2024-01-17 is a
Wednesday)."""

import pytest


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # A town troops drove into is where they took it, not the town named later.
        (
            "Government troops drove into Kismayo on Monday and took control of the port after the rebels "
            "had fled. On Friday last week the rebels had set fire to fuel depots near Jamaame.",
            "en",
            # The fire the rebels set a week before is an event of its own, at Jamaame.
            [("Government regains territory", "Kismayo"), ("Looting/property destruction", "Jamaame")],
        ),
        # Government troops entering a town after the enemy fled (nl).
        (
            "Regeringstroepen zijn maandag Kismayo binnengetrokken en hebben de haven in handen genomen "
            "nadat de rebellen waren gevlucht.",
            "nl",
            [("Government regains territory", "Kismayo")],
        ),
        # 'Koeweit-Stad' is the capital of Koeweit, also where no model tags it.
        (
            "Regeringstroepen zijn maandag Koeweit-Stad binnengetrokken en hebben de stad in handen genomen "
            "nadat de rebellen waren gevlucht.",
            "nl",
            [("Government regains territory", "Kuwait City")],
        ),
        # The road past a town places what happened on it.
        (
            "On Monday aircraft bombed a convoy of trucks fleeing on the road past Al Jahra.",
            "en",
            [("Air/drone strike", "Al Jahra")],
        ),
    ],
)
def test_towns_taken_and_roads_past_them(placed, text, lang, expected):
    assert placed(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # The dead counted since a shooting told in a clause: a running total, no event.
        ("More than 40 people have died since police fired on a crowd at Umlazi.", "en", []),
        (
            "Sinds de politie in Umlazi op een menigte schoot, zijn meer dan veertig mensen omgekomen.",
            "nl",
            [],
        ),
        # A span of protests given as a reason is no protest of the sentence's day.
        ("Zambia has been under a state of emergency since Monday after a week of protests.", "en", []),
        ("Zambia is sinds maandag in een noodtoestand na een week van protesten.", "nl", []),
        # Aircraft bombing a column of tanks: an air strike.
        (
            "Maandag bombardeerden Amerikaanse vliegtuigen een colonne Iraakse tanks bij Basra.",
            "nl",
            [("Air/drone strike", "2024-01-15")],
        ),
        # Land handed back to another country: a non-violent transfer.
        (
            "Britain handed the last parts of the territory back to China on Monday.",
            "en",
            [("Non-violent transfer of territory", "2024-01-15")],
        ),
        (
            "Groot-Brittannië heeft maandag de laatste delen van het gebied aan China teruggegeven.",
            "nl",
            [("Non-violent transfer of territory", "2024-01-15")],
        ),
        # Soldiers dragging away people who barricaded themselves in to stop an eviction.
        (
            "On Monday soldiers dragged away hundreds of squatters and demonstrators who had barricaded "
            "themselves in a school in Ofra to stop the eviction.",
            "en",
            [("Protest with intervention", "2024-01-15")],
        ),
        (
            "Maandag sleepten soldaten honderden krakers en demonstranten weg die zich in een school in "
            "Ofra hadden verschanst om de ontruiming tegen te houden.",
            "nl",
            [("Protest with intervention", "2024-01-15")],
        ),
        # Army bulldozers flattening houses: property destruction.
        (
            "On Monday army bulldozers began to flatten the houses of Ofra.",
            "en",
            [("Looting/property destruction", "2024-01-15")],
        ),
        (
            "Maandag begonnen bulldozers van het leger de huizen van Ofra met de grond gelijk te maken.",
            "nl",
            [("Looting/property destruction", "2024-01-15")],
        ),
        # A grenade thrown into a rally is the attack, not a riot.
        (
            "Three people were killed on Monday when a grenade was thrown into an opposition rally in Mbeya.",
            "en",
            [("Grenade", "2024-01-15")],
        ),
        # Police firing tear gas at people who had gathered: a protest with intervention.
        (
            "On Monday police fired tear gas at several dozen party supporters who had gathered outside the "
            "mortuary of the main hospital in Mbeya to demand the bodies of the victims, and took some "
            "of them "
            "away.",
            "en",
            [("Protest with intervention", "2024-01-15")],
        ),
        (
            "Maandag zette de politie in Mbeya traangas in tegen tientallen aanhangers die zich bij het "
            "ziekenhuis hadden verzameld.",
            "nl",
            [("Protest with intervention", "2024-01-15")],
        ),
        # People detained at a gathering whose others were dispersed.
        (
            "On Monday police in Shymkent detained dozens of activists who tried to lay flowers at a "
            "memorial, and dispersed the rest.",
            "en",
            [("Protest with intervention", "2024-01-15")],
        ),
        (
            "Maandag hield de politie in Shymkent tientallen activisten aan die bloemen wilden leggen bij "
            "een gedenkteken, en dreef zij de anderen uiteen.",
            "nl",
            [("Protest with intervention", "2024-01-15")],
        ),
        # Police taking people away from a raid arrest them; they do not abduct them.
        (
            "On Monday riot police raided the party headquarters in Bulawayo and took away more than "
            "50 people.",
            "en",
            [("Arrests", "2024-01-15")],
        ),
        (
            "Maandag viel de oproerpolitie het partijkantoor in Bulawayo binnen en voerde zij meer dan "
            "vijftig "
            "mensen af.",
            "nl",
            [("Arrests", "2024-01-15")],
        ),
    ],
)
def test_totals_reasons_handovers_and_crowds_removed(coded, text, lang, expected):
    assert coded(text, lang) == expected
