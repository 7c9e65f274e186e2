"""``kroniek.load(lang)``: a spaCy ``Language`` made of kroniek's registered components."""

from __future__ import annotations

import spacy
from spacy.language import Language

from kroniek.pipeline import components as _components  # noqa: F401  (registers factories)
from kroniek.pipeline import sentences as _sentences  # noqa: F401
from kroniek.pipeline.mentions import EventMention, register_extensions

COMPONENTS = ("kroniek_sentences", "kroniek_timex", "kroniek_countries", "kroniek_events")


def load(lang: str) -> Language:
    """A pipeline for ``lang`` (ISO 639-1): tokenizer, sentences, time, countries, events.

    Languages that spaCy has no tokenizer for fall back to its multi-language ``xx``
    tokenizer; languages without kroniek data files get the same components, which
    then find what the shared data allows (country names in English, dates in ISO form).
    """
    register_extensions()
    try:
        nlp = spacy.blank(lang)
    except (ImportError, KeyError, OSError):  # spaCy raises ImportError for unknown codes
        nlp = spacy.blank("xx")
        nlp.lang = lang if lang.isalpha() else "xx"
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


__all__ = ["COMPONENTS", "EventMention", "load"]
