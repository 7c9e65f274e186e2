"""Language identification with lingua, restricted to a configurable set of languages.

The detector is built once per language set, with its models preloaded, and only looks
at the first part of an article: that keeps it under 2 ms per article.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from functools import lru_cache

from lingua import IsoCode639_1, LanguageDetector, LanguageDetectorBuilder

DEFAULT_LANGUAGES: tuple[str, ...] = ("nl", "en", "fr", "de", "es")
"""Used unless ``KRONIEK_LANGUAGES`` (comma-separated ISO 639-1 codes) says otherwise."""

SAMPLE_CHARS = 600


def configured_languages() -> tuple[str, ...]:
    env = os.environ.get("KRONIEK_LANGUAGES", "")
    codes = tuple(c.strip().lower() for c in env.split(",") if c.strip())
    return codes or DEFAULT_LANGUAGES


@lru_cache(maxsize=8)
def _detector(languages: tuple[str, ...]) -> LanguageDetector:
    codes = []
    for code in languages:
        try:
            codes.append(IsoCode639_1.from_str(code))
        except ValueError:
            raise ValueError(f"unknown language code {code!r} (use ISO 639-1, e.g. 'nl')") from None
    if len(codes) < 2:
        raise ValueError("language identification needs at least two languages to choose from")
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).with_preloaded_language_models().build()


def detect_language(text: str, languages: Iterable[str] | None = None) -> str:
    """The ISO 639-1 code of the text's language, or ``"xx"`` when lingua can't tell."""
    langs = tuple(sorted(languages)) if languages is not None else configured_languages()
    if len(langs) == 1:
        return langs[0]
    language = _detector(tuple(sorted(langs))).detect_language_of(text[:SAMPLE_CHARS])
    if language is None:
        return "xx"
    return str(language.iso_code_639_1.name).lower()
