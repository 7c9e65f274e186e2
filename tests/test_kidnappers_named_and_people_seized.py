"""Kidnappers named in a sentence of their own tell no new abduction; people seized by armed
men from a resort, or taken by them, are abducted. Our own sentences, written for these
rules (2024-01-17 is a Wednesday)."""

import pytest


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # The kidnappers named again, after the abduction told before, are no second one.
        (
            "Gunmen seized 12 students from a college near Zaria on Monday. "
            "On Tuesday there was still no trace of the kidnappers near Kaduna.",
            "en",
            [("Abduction/forced disappearance", "2024-01-15")],
        ),
        (
            "Gewapende mannen hebben maandag bij Zaria twaalf studenten ontvoerd. "
            "Dinsdag hadden de ontvoerders bij Kaduna nog geen losgeld gevraagd.",
            "nl",
            [("Abduction/forced disappearance", "2024-01-15")],
        ),
        # People seized by armed men, with a list between commas.
        (
            "Armed men who came by boat seized 14 people, including six foreign divers, from a resort on "
            "the island of Mabul on Monday.",
            "en",
            [("Abduction/forced disappearance", "2024-01-15")],
        ),
        # Teachers taken by armed men (nl).
        (
            "Vier leraren van een school in Bamenda zijn maandagochtend door gewapende mannen meegenomen.",
            "nl",
            [("Abduction/forced disappearance", "2024-01-15")],
        ),
    ],
)
def test_kidnappers_named_and_people_seized(coded, text, lang, expected):
    assert coded(text, lang) == expected


def test_a_province_of_millions_outweighs_a_small_town_with_its_name(placed):
    # GeoNames lists "Sabah" among the names of Sabak Bernam, a town near the dateline's
    # Kuala Lumpur; the state of two million that is called so is the reading.
    text = (
        "KUALA LUMPUR (Reuters) - Gunmen kidnapped 14 people from the diving island of Mabul off Sabah "
        "on Monday, police said."
    )
    assert placed(text, "en") == [("Abduction/forced disappearance", "Sabah")]


def test_victims_who_confessed_are_no_court_case(coded):
    # The men made to confess on video before they were shot are victims, not defendants.
    text = "On Monday gunmen of a cartel executed three men who confessed to be kidnappers in Morelia."
    assert coded(text, "en") == [("Attack", "2024-01-15")]
