"""Protests told as how unrest or a conflict began, and the dead of a whole conflict, are
no events of the sentence's day; protests that began on a day told are. Our own
sentences, written for these rules (2024-01-17 is a Wednesday)."""

import pytest


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # The start of a conflict told as peaceful protests, and its dead: no event.
        (
            "The conflict in the northern regions, which began in late 2019 with peaceful protests by "
            "teachers, has killed hundreds of people.",
            "en",
            [],
        ),
        (
            "Het conflict in de noordelijke regio's, dat eind 2019 begon met vreedzame protesten van "
            "leraren, heeft al honderden doden geëist.",
            "nl",
            [],
        ),
        # Protests that began on a day told, with what happened then, stay an event.
        (
            "De protesten begonnen op maandag 15 januari, toen honderden mensen zich in Aktau vreedzaam "
            "verzamelden.",
            "nl",
            [("Peaceful protest", "2024-01-15")],
        ),
    ],
)
def test_how_protests_began(coded, text, lang, expected):
    assert coded(text, lang) == expected


def test_the_dead_since_then_are_no_toll_of_the_event_before(tolled):
    text = (
        "On Monday security forces opened fire on a peaceful march in Mahabad, killing two people. "
        "The protests began after the death of a young woman in police custody. "
        "Rights groups say more than 300 protesters have been killed across the country since then."
    )
    assert tolled(text, "en") == [("Excessive force against protesters", 2)]
