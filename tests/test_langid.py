from pathlib import Path

import pytest

from kroniek.langid import detect_language


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Bij een aanslag in de hoofdstad zijn gisteren twaalf doden gevallen.", "nl"),
        ("Twelve people were killed in a bomb attack in the capital on Monday.", "en"),
        ("Des manifestants se sont rassemblés devant la mairie samedi.", "fr"),
    ],
)
def test_detects_configured_languages(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_restricted_set(seed_path: Path) -> None:
    text = seed_path.read_text(encoding="utf-8")
    assert detect_language(text, ["nl", "en"]) == "nl"
    # Restricted to languages without Dutch, lingua must pick among those it was given.
    assert detect_language(text, ["en", "fr"]) in {"en", "fr"}


def test_unknown_code_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="unknown language code 'qq'"):
        detect_language("text", ["qq", "en"])


def test_single_language_needs_no_detection() -> None:
    assert detect_language("anything", ["de"]) == "de"
