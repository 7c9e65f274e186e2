"""A crowd fired on that the next sentence says came to protest, rallies attacked,
buildings seized after the police were driven out, and sentences that only name or
deplore unrest. Our own sentences, written for these rules (2024-01-17 is a Wednesday)."""

import pytest


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # Soldiers firing on a gathering whose people, the next sentence says, came with a
        # petition: excessive force against protesters.
        (
            "Soldiers opened fire on Monday on hundreds of peasants gathered in the square of Rabinal, "
            "killing 12 people, the army said. "
            "The peasants had come to the town hall unarmed to hand over a petition on their land.",
            "en",
            [("Excessive force against protesters", "2024-01-15")],
        ),
        (
            "Militairen hebben maandag in Rabinal het vuur geopend op honderden boeren die zich op het "
            "plein hadden verzameld, waarbij twaalf doden vielen. "
            "De boeren waren ongewapend naar het gemeentehuis gekomen om een petitie aan te bieden.",
            "nl",
            [("Excessive force against protesters", "2024-01-15")],
        ),
        # Buildings seized after the police were driven out: a riot; an office the police
        # left without resistance: a peaceful protest, no transfer of territory.
        (
            "On Monday protesters seized the regional administration building in Jalalabad after "
            "driving out the police.",
            "en",
            [("Violent demonstration", "2024-01-15")],
        ),
        (
            "Maandag namen betogers in Jalalabad het gebouw van het regionale bestuur in nadat zij de "
            "politie hadden verdreven.",
            "nl",
            [("Violent demonstration", "2024-01-15")],
        ),
        (
            "On Monday protesters occupied the governor's office in Naryn, and police withdrew without "
            "resistance.",
            "en",
            [("Peaceful protest", "2024-01-15")],
        ),
        # Grenades thrown at a rally: the attack, not a riot.
        (
            "On Monday attackers threw grenades at an opposition rally in Sylhet, killing three people.",
            "en",
            [("Grenade", "2024-01-15")],
        ),
        (
            "On Monday a grenade attack on an opposition rally in Sylhet killed three people.",
            "en",
            [("Grenade", "2024-01-15")],
        ),
        # Names given to unrest, and calls to end it, tell no event.
        ("The state radio called the unrest a counter-revolutionary riot on Monday.", "en", []),
        ("De staatsradio noemde de rellen maandag een contrarevolutionaire opstand.", "nl", []),
        ("The opposition leader called for an end to the looting on Monday.", "en", []),
    ],
)
def test_petitions_rallies_and_seized_buildings(coded, text: str, lang: str, expected: list) -> None:
    assert coded(text, lang) == expected


def test_a_grenade_only_attempted_leaves_the_clash(coded) -> None:
    """Gunmen who tried to throw a grenade and then fought the guards: a clash (and ACLED codes it so)."""
    text = (
        "On Monday gunmen fled after clashes erupted with the guards of the house "
        "following their attempt to launch a grenade."
    )
    assert coded(text, "en") == [("Armed clash", "2024-01-15")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Rebel fighters entered Bria on Monday after brief fighting with government troops in "
            "which at least 9 people were killed.",
            "en",
        ),
        (
            "Rebellenstrijders trokken maandag na korte gevechten met regeringstroepen Bria binnen, "
            "waarbij zeker negen mensen omkwamen.",
            "nl",
        ),
    ],
)
def test_rebels_entering_a_town_after_fighting_the_army_took_it(coded, text: str, lang: str) -> None:
    assert coded(text, lang) == [("Non-state actor overtakes territory", "2024-01-15")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Three people were killed on Monday when police fired on a crowd in the Soweto township.", "en"),
        (
            "In de woonwijk Soweto heeft de politie maandag op een ongewapende menigte geschoten. Er "
            "vielen zeker drie doden.",
            "nl",
        ),
        (
            "In de woonwijk Soweto schoot de politie maandag op duizenden mensen die bijeen waren "
            "gekomen voor een vergadering tegen de huurverhoging.",
            "nl",
        ),
    ],
)
def test_forces_firing_on_a_gathered_crowd(coded, text: str, lang: str) -> None:
    assert coded(text, lang) == [("Excessive force against protesters", "2024-01-15")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # Hostages held with many words between 'held' and 'hostage'.
        (
            "On Monday gunmen stormed the town hall in Kidal and held the mayor and 20 of his staff "
            "hostage for six hours.",
            "en",
            [("Abduction/forced disappearance", "2024-01-15")],
        ),
        # An officer relieved of his command and arrested.
        (
            "On Monday the garrison chief was relieved of his command in Gao and placed under arrest.",
            "en",
            [("Arrests", "2024-01-15")],
        ),
        (
            "Maandag werd de garnizoenscommandant in Gao van zijn commando ontheven en gearresteerd.",
            "nl",
            [("Arrests", "2024-01-15")],
        ),
    ],
)
def test_hostages_held_and_commanders_relieved(coded, text: str, lang: str, expected: list) -> None:
    assert coded(text, lang) == expected


def test_hostages_held_since_a_day_are_a_state(coded) -> None:
    assert (
        coded(
            "In Kidal, gunmen have held two French engineers hostage in a school since early January.", "en"
        )
        == []
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A ruling party's youth wing is a political actor: its rapes are sexual violence.
        (
            "Maandag hebben leden van de jeugdbeweging van de regeringspartij bij Ngozi meerdere "
            "vrouwen verkracht.",
            [("Sexual violence", "2024-01-15")],
        ),
        # A curfew reimposed with many words between it and its verb.
        (
            "De regering had de avondklok maandag voor de hele hoofdstad opnieuw ingesteld.",
            [("Change to group/activity", "2024-01-15")],
        ),
        # 'pakten ... op' with a thousand people counted in words.
        (
            "Maandag pakten militairen in Maracay meer dan duizend soldaten en burgers op die bij de "
            "opstand betrokken zouden zijn.",
            [("Arrests", "2024-01-15")],
        ),
        ("Maandag pakte de minister de draad op na een lange pauze.", []),
    ],
)
def test_dutch_youth_wings_curfews_and_mass_arrests(coded, text: str, expected: list) -> None:
    assert coded(text, "nl") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Een helikopter van het leger heeft maandag boven de stad Idlib bussen met een giftig gas "
        "afgeworpen.",
        "Een helikopter van het leger heeft maandag boven de stad Idlib cilinders met een giftig gas "
        "afgeworpen.",
    ],
)
def test_gas_canisters_dropped(coded, text: str) -> None:
    assert coded(text, "nl") == [("Chemical weapon", "2024-01-15")]


def test_troops_landing_to_set_up_a_base(coded) -> None:
    """Troops who land and set up a base in a clause of their own: the base, not a deployment besides."""
    text = (
        "Maandag landden de eerste Franse militairen in Gao, "
        "die een basis inrichtten op het vliegveld aan de rand van de stad."
    )
    assert coded(text, "nl") == [("Headquarters or base established", "2024-01-15")]
