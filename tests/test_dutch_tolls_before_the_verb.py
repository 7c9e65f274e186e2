"""Dutch tolls told with the number before the verb ("er negentien doodde", "ruim honderd
bewoners doodden") or far after it ("doodden na een urenlang vuurgevecht drie aanvallers").

The shapes come from the development set `events_articles_dev28`; the sentences are our own.
"""

from __future__ import annotations

import pytest

from kroniek.events.lexicon import lexicon_for


@pytest.mark.parametrize(
    ("sentence", "deaths"),
    [
        ("De politie opende het vuur op boeren die een weg blokkeerden, en er negentien doodde.", 19),
        ("Strijders drongen het dorp binnen en er werden ruim honderd bewoners gedood.", 100),
        ("Strijders drongen het dorp binnen en er ruim honderd bewoners doodden.", 100),
        ("Commando's bestormden het hotel en doodden na een urenlang vuurgevecht drie aanvallers.", 3),
    ],
)
def test_the_toll_is_read(sentence: str, deaths: int) -> None:
    toll = lexicon_for("nl").fatalities(sentence)
    assert toll is not None and toll.deaths == deaths


def test_killing_time_is_no_toll() -> None:
    assert (
        lexicon_for("nl").fatalities(
            "De betogers doden de tijd met spelletjes en gaan twee uur later naar huis."
        )
        is None
    )
