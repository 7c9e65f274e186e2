"""A magazine's name is no place, raids named only as what a protest or a statement was
about are no arrests, monks taken away in trucks are, and a victim's age is no toll. Our
own sentences, written for these rules (2024-01-17 is a Wednesday)."""

import pytest


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # The name after 'the magazine' is the magazine's, not a town's.
        (
            "TAIPEI (Reuters) - Police have jailed the leaders of the opposition movement around the "
            "magazine Formosa.",
            "en",
            [("Arrests", "Taipei")],
        ),
        (
            "TAIPEI - De politie heeft maandag de leiders van de oppositiebeweging rond het tijdschrift "
            "Formosa achter de tralies gezet.",
            "nl",
            [("Arrests", "Taipei")],
        ),
    ],
)
def test_a_magazine_name_is_no_place(placed, text, lang, expected):
    assert placed(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # Raids named as what a statement deplores are no arrests of their own.
        ("De Amerikaanse regering zei maandag de razzia's in Hue te betreuren.", "nl", []),
        # Monks taken away by the police in trucks are arrested.
        (
            "Maandag vielen agenten de pagode in Hue binnen en voerden zij honderden monniken in "
            "vrachtwagens af.",
            "nl",
            [("Arrests", "2024-01-15")],
        ),
    ],
)
def test_raids_deplored_and_monks_taken_away(coded, text, lang, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Maandag schoot de politie in Hue op studenten die vreedzaam demonstreerden. "
        "Een meisje van vijftien jaar werd doodgeschoten.",
        "Maandag schoot de politie in Hue op studenten die vreedzaam demonstreerden. "
        "Een jongen van zestien werd doodgeschoten.",
    ],
)
def test_a_victims_age_is_no_toll(tolled, text):
    assert tolled(text, "nl") == [("Excessive force against protesters", 1)]
