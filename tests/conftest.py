"""Shared fixtures. Tests that need ../shared are marked and skip cleanly without it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from kroniek.dates import PartialDate

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SEED = EXAMPLES / "nl" / "000_f114f30efc7a80b0.txt"
SHARED = ROOT.parent / "shared"


@pytest.fixture
def seed_path() -> Path:
    return SEED


@pytest.fixture
def shared() -> Path:
    if not (SHARED / "data").is_dir():
        pytest.skip("../shared is not here")
    return SHARED


@pytest.fixture
def errors() -> list[str]:
    return []


Coded = Callable[..., list[tuple[str, str]]]


WEDNESDAY = "2003-06-18"  # the publication day of the event-shape tests


def sub_types(coded: Coded, text: str, lang: str, date: str = WEDNESDAY) -> set[str]:
    """The sub-types of the events ``coded`` finds in a text: a shape test asks only which."""
    return {sub_type for sub_type, _ in coded(text, lang, date=date)}


@pytest.fixture
def coded() -> Coded:
    """(sub-type, date) of each event kroniek finds in a text published on ``date``."""

    import kroniek  # here, so that collecting tests that never code loads no pipeline

    def code(text: str, lang: str, date: str = "2024-01-17") -> list[tuple[str, str]]:
        return [(e.sub_event_type, e.event_date) for e in kroniek.extract_text(text, date=date, lang=lang)]

    return code


@pytest.fixture
def placed() -> Coded:
    """(sub-type, location) of each event kroniek finds in a text published on ``date``."""

    import kroniek

    def place(text: str, lang: str, date: str = "2024-01-17") -> list[tuple[str, str]]:
        return [(e.sub_event_type, e.location) for e in kroniek.extract_text(text, date=date, lang=lang)]

    return place


Tolled = Callable[..., list[tuple[str, int]]]


@pytest.fixture
def tolled() -> Tolled:
    """(sub-type, fatalities) of each event kroniek finds in a text published on ``date``."""

    import kroniek

    def toll(text: str, lang: str, date: str = "2024-01-17") -> list[tuple[str, int]]:
        return [(e.sub_event_type, e.fatalities) for e in kroniek.extract_text(text, date=date, lang=lang)]

    return toll


Valued = Callable[[str, str, str], dict[str, str]]


@pytest.fixture
def timex_values() -> Valued:
    """Each temporal expression's TIMEX3 value in a text published on ``dct``."""

    from kroniek.dates import PartialDate
    from kroniek.temporal import tagger_for

    def values(text: str, dct: str, lang: str) -> dict[str, str]:
        tagger = tagger_for(lang)
        assert tagger is not None
        return {m.text: m.value for m in tagger.find(text, PartialDate.parse(dct))}

    return values


Kept = Callable[[str, str], list[str]]


@pytest.fixture
def kept() -> Kept:
    """The sub-types a language's lexicon reads in one sentence that no filter drops."""

    from kroniek.events.lexicon import lexicon_for

    def read(lang: str, sentence: str) -> list[str]:
        lexicon = lexicon_for(lang)
        return [] if lexicon.filtered(sentence) else [m.sub_event_type for m in lexicon.match(sentence)]

    return read


Inferred = Callable[[str, str, "PartialDate"], "PartialDate | None"]


@pytest.fixture
def inferred() -> Inferred:
    """The day-precision publication date inferred from a text with a month- or year-precision DCT."""

    from kroniek.temporal import tagger_for
    from kroniek.temporal.dct import infer_dct

    def infer(lang: str, text: str, dct: PartialDate) -> PartialDate | None:
        tagger = tagger_for(lang)
        assert tagger is not None
        return infer_dct(tagger, text, dct)

    return infer
