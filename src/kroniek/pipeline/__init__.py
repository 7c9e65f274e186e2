"""``kroniek.load(lang)``: a spaCy ``Language`` made of kroniek's registered components."""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language

from kroniek.pipeline import components as _components  # noqa: F401  (registers factories)
from kroniek.pipeline import entity_edges as _entity_edges  # noqa: F401
from kroniek.pipeline import ner_features as _ner_features  # noqa: F401  (registers architectures)
from kroniek.pipeline import sentences as _sentences  # noqa: F401
from kroniek.pipeline.mentions import EventMention, register_extensions

COMPONENTS = (
    "kroniek_entity_edges",
    "kroniek_sentences",
    "kroniek_timex",
    "kroniek_countries",
    "kroniek_places",
    "kroniek_events",
)


MODELS = Path(__file__).resolve().parents[1] / "models"


def model_path(lang: str) -> Path | None:
    """The trained NER model shipped for a language, if there is one."""
    path = MODELS / lang
    return path if (path / "meta.json").is_file() else None


def load(lang: str, *, ner: bool = True, exclude: tuple[str, ...] = ()) -> Language:
    """A pipeline for ``lang`` (ISO 639-1): tokenizer, NER, sentences, time, countries, places, events.

    Dutch and English include kroniek's trained NER model (``doc.ents`` with PER, LOC,
    ORG, MISC); ``ner=False`` leaves it out, and ``exclude`` names kroniek components to
    leave out (``exclude=("kroniek_places",)`` needs no gazetteer). Languages that spaCy has no tokenizer for
    fall back to its multi-language ``xx`` tokenizer; languages without kroniek data
    files or a model get the same rule components, which then find what the shared data
    allows (country names in English, dates in ISO form).
    """
    register_extensions()
    trained = model_path(lang) if ner else None
    if trained is not None:
        nlp = spacy.load(trained)
    else:
        try:
            nlp = spacy.blank(lang)
        except (ImportError, KeyError, OSError):  # spaCy raises ImportError for unknown codes
            nlp = spacy.blank("xx")
            nlp.lang = lang if lang.isalpha() else "xx"
    for name in COMPONENTS:
        if name not in exclude:
            nlp.add_pipe(name)
    return nlp


__all__ = ["COMPONENTS", "EventMention", "load", "model_path"]
