"""Police firing on people told in a relative clause as blocking a railway or a road use
excessive force against protesters ("schoot de politie op bewoners die ... het spoor
blokkeerden"; "police fired on residents who had blocked the railway"), and such fire in a
night between two days is dated to the second day, as an attack would be (codebook.json
``evening_exceptions``), not to the evening a protest began.

The shapes come from the development set `events_articles_dev13`; the sentences here are our
own."""

from __future__ import annotations

import pytest

from test_told_when_and_neighbours import coded_events as _kinds


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "ALMATY - In de nacht van zaterdag op zondag schoot de politie op bewoners die bij het "
            "station van Aktau, ver van de hoofdstad, de weg blokkeerden. Daarbij kwam een man om.",
            "nl",
        ),
        (
            "ALMATY (Reuters) - Overnight from Saturday to Sunday, police fired on residents who had "
            "blocked the road at the station of Aktau, killing one man.",
            "en",
        ),
    ],
)
def test_fire_on_a_blockade_at_night(text: str, lang: str) -> None:
    assert _kinds(text, "2011-12-20", lang) == [("Excessive force against protesters", "2011-12-18", "Aktau")]
