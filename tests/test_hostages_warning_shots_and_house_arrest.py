"""Men held 'as hostages' are abducted; warning shots over a marching crowd are an
intervention at a protest (not 'Other'); an angry crowd holding officials and burning their
cars riots; a leader who 'remains under house arrest' is no new arrest. Our own sentences,
written for these rules (2024-01-17 is a Wednesday)."""

import pytest


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "On Monday militiamen in Kumasi rounded up dozens of men and held them as hostages in a school.",
            "en",
            [("Abduction/forced disappearance", "2024-01-15")],
        ),
        (
            "Maandag dreven milities in Kumasi tientallen mannen bijeen en hielden zij hen als gijzelaars "
            "vast in een school.",
            "nl",
            [("Abduction/forced disappearance", "2024-01-15")],
        ),
        (
            "On Monday soldiers in Kumasi fired warning shots over the heads of some 300 marching students "
            "and beat several of them with sticks.",
            "en",
            [("Protest with intervention", "2024-01-15")],
        ),
        (
            "Maandag losten soldaten in Kumasi waarschuwingsschoten boven de hoofden van zo'n driehonderd "
            "demonstrerende studenten en sloegen zij er verscheidene met stokken.",
            "nl",
            [("Protest with intervention", "2024-01-15")],
        ),
        (
            "On Monday angry farmers held ten officials hostage in the town hall of Kumasi for hours and "
            "set fire to their cars.",
            "en",
            [("Violent demonstration", "2024-01-15")],
        ),
        (
            "Maandag hielden woedende boeren in Kumasi tien functionarissen urenlang gegijzeld in het "
            "stadhuis en staken zij hun auto's in brand.",
            "nl",
            [("Violent demonstration", "2024-01-15")],
        ),
        ("Opposition leader Ama Owusu remains under house arrest.", "en", []),
    ],
)
def test_hostages_warning_shots_and_states(coded, text, lang, expected):
    assert coded(text, lang) == expected


def test_grenades_thrown_onto_a_rallys_stage_are_no_riot(coded):
    text = (
        "Two grenades were thrown onto the stage of a Farmers' Party rally in Kitgum on Monday evening, "
        "killing four people."
    )
    assert coded(text, "en") == [("Grenade", "2024-01-15")]
