"""Arrests of a leadership, of officials held with a split verb, of people taken to a stadium
or carried off in a raid, and of leaders 'who had organised the protests' (no protest of their
own); a ban on protests is no protest; habeas corpus suspended is a change to group activity;
youths looting whom the police fire on riot. Our own sentences, written for these rules
(2024-01-17 is a Wednesday)."""

import pytest


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # A leadership arrested.
        (
            "On Monday night security police in Kumasi arrested most of the union leadership, which had "
            "been meeting in a hotel there.",
            "en",
            [("Arrests", "2024-01-15")],
        ),
        (
            "Maandagnacht arresteerde de veiligheidspolitie in Kumasi het grootste deel van de leiding van "
            "de vakbond, die daar in een hotel had vergaderd.",
            "nl",
            [("Arrests", "2024-01-15")],
        ),
        # The split verb 'hield ... aan', with a party's name in brackets and 'en' after it.
        (
            "Maandag hield de politie verscheidene hoge functionarissen van de oppositionele Volkspartij "
            "(VP) aan en omsingelde zij de huizen van de leiders.",
            "nl",
            [("Arrests", "2024-01-15")],
        ),
        # Leaders who had organised the protests are arrested, at no protest.
        (
            "On Monday police in Kumasi detained four union leaders who had organised the protests.",
            "en",
            [("Arrests", "2024-01-15")],
        ),
        (
            "Maandag hield de politie in Kumasi vier vakbondsleiders aan die de protesten hadden "
            "georganiseerd.",
            "nl",
            [("Arrests", "2024-01-15")],
        ),
        # Thousands taken to a stadium.
        (
            "On Monday soldiers took thousands of people, among them former ministers, to the city "
            "stadium in Kumasi, witnesses said.",
            "en",
            [("Arrests", "2024-01-15")],
        ),
        (
            "Maandag brachten soldaten in Kumasi duizenden mensen, onder wie oud-ministers, naar het "
            "stadion van de stad.",
            "nl",
            [("Arrests", "2024-01-15")],
        ),
        # Guards storming a headquarters and carrying officials off arrest them; no battle.
        (
            "On Monday night troops of the Presidential Guard stormed the party headquarters in Kumasi "
            "and took away dozens of opposition officials.",
            "en",
            [("Arrests", "2024-01-15")],
        ),
        (
            "Maandagnacht bestormden troepen van de Presidentiële Garde het partijhoofdkwartier in Kumasi "
            "en voerden zij tientallen oppositiefunctionarissen af.",
            "nl",
            [("Arrests", "2024-01-15")],
        ),
    ],
)
def test_arrests_of_leaders_and_of_many(coded, text, lang, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # A ban on protests is no protest.
        ("The governor had banned all demonstrations in the capital for a month.", "en", []),
        ("The regulator banned radio stations from covering the protests live.", "en", []),
        # Habeas corpus suspended: an emergency measure.
        (
            "The president suspended the writ of habeas corpus throughout the country on Monday.",
            "en",
            [("Change to group/activity", "2024-01-15")],
        ),
        (
            "De president schortte maandag in het hele land de habeas corpus op.",
            "nl",
            [("Change to group/activity", "2024-01-15")],
        ),
    ],
)
def test_bans_and_habeas_corpus(coded, text, lang, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "On Monday youths in Kumasi looted shops and burned a party office, and police fired on "
            "them, killing two.",
            "en",
        ),
        (
            "Maandag plunderden jongeren in Kumasi winkels en staken zij een partijkantoor in brand; de "
            "politie opende het vuur en doodde twee van hen.",
            "nl",
        ),
    ],
)
def test_youths_looting_whom_police_fire_on_riot(tolled, text, lang):
    assert tolled(text, lang) == [("Violent demonstration", 2)]
