"""A crowd told as peaceful right after the police's charge on it goes on with the charge;
an envoy summoned 'to protest', 'protests that have swept' a country and a 'protest movement'
named are no protests; armed men firing on demonstrators attack them; a man taken from a taxi
by armed men, 'sindsdien ontbreekt ieder spoor', is abducted; what witnesses say and the
authorities deny does not deny the event. Our own sentences, written for these rules
(2024-01-17 is a Wednesday)."""

import pytest


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "KUMASI (Reuters) - Five people were killed on Monday evening when riot police charged a banned "
            "march near the central market. Most of the victims were crushed against a closed gate. "
            "The march "
            "had been banned by the governor, but those taking part were unarmed and chanted slogans "
            "for peace "
            "in Togo.",
            "en",
        ),
    ],
)
def test_the_charged_crowd_told_as_peaceful(placed, text, lang):
    assert placed(text, lang) == [("Excessive force against protesters", "Kumasi")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Accra summoned the Togolese ambassador to protest against the raids.", "en", []),
        ("Lome accuses the groups of stirring up the protests that have swept Togo since May.", "en", []),
        (
            "On Monday armed men took a spokesman of the farmers' protest movement from a taxi in "
            "Kumasi, and he "
            "has not been seen since.",
            "en",
            [("Abduction/forced disappearance", "2024-01-15")],
        ),
        (
            "Maandag openden gewapende mannen in een buitenwijk van Kumasi het vuur op een barricade van "
            "demonstranten.",
            "nl",
            [("Attack", "2024-01-15")],
        ),
        (
            "Maandag werd een woordvoerder van de boeren in Kumasi door gewapende mannen uit een taxi "
            "gehaald; "
            "sindsdien ontbreekt ieder spoor van hem.",
            "nl",
            [("Abduction/forced disappearance", "2024-01-15")],
        ),
    ],
)
def test_envoys_movements_and_armed_men(coded, text, lang, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "On Monday armed men opened fire on a barricade in Kumasi. A cameraman and a teacher were "
            "killed; "
            "witnesses say the gunmen were local policemen, which the authorities deny.",
            "en",
        ),
        (
            "Maandag openden gewapende mannen in Kumasi het vuur op een barricade. Een cameraman en "
            "een leraar "
            "kwamen om het leven; getuigen zeggen dat de schutters agenten waren, wat de autoriteiten "
            "ontkennen.",
            "nl",
        ),
    ],
)
def test_what_witnesses_say_and_officials_deny(tolled, text, lang):
    assert tolled(text, lang) == [("Attack", 2)]
