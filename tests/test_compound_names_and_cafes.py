"""Places written as long hyphenated names, and cafés named like towns:

- "Saint-Jean-sur-Richelieu" is one town, though it runs to seven tokens; the hyphens and the
  small words between them ("sur") count no word of the name, so "Richelieu", another town,
  is not taken for it;
- "café Argana" / "the Argana cafe" names the café, not the Moroccan village of Argana: the
  event is in the town that follows ("in Marrakech").

The shapes come from the development set `dedup_dev31`; the sentences are our own."""

from __future__ import annotations

import pytest

import kroniek


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "A man drove his car into two soldiers in a car park in Saint-Jean-sur-Richelieu on Monday, "
            "killing one of them.",
            "en",
        ),
        (
            "Een man heeft maandag in Saint-Jean-sur-Richelieu een militair doodgestoken.",
            "nl",
        ),
    ],
)
def test_a_long_hyphenated_town_name_is_read_whole(text: str, lang: str) -> None:
    events = kroniek.extract_text(text, date="2024-01-17", lang=lang)
    assert [e.location for e in events] == ["Saint-Jean-sur-Richelieu"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A bomb exploded in the Argana cafe in Marrakesh on Monday, killing 16 people.", "en"),
        ("Bij een bomaanslag op café Argana in Marrakech zijn maandag zestien mensen omgekomen.", "nl"),
    ],
)
def test_a_cafe_named_like_a_village_is_no_place(text: str, lang: str) -> None:
    events = kroniek.extract_text(text, date="2024-01-17", lang=lang)
    assert [e.location for e in events] == ["Marrakesh"]
