"""Gazetteer features for the NER models (issue 4: "gazetteer features from our place
and actor lists").

``kroniek.GazetteerEmbed.v1`` is spaCy's ``MultiHashEmbed`` concatenated with a few
fixed features per token, read from kroniek's gazetteer and country lists, then mixed
back to the embedding width. The features say what a CNN cannot learn from 15,000
training sentences: that "Garabulli" and "Deir ez-Zor" name places.

Per token: begins / continues a gazetteer name; that place is large (100,000 people or
more), a country or a division; the token is a country name or a demonym; the token is
capitalised inside a sentence.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import cache
from typing import cast

import numpy
from spacy.ml.models import CharacterEmbed, MultiHashEmbed
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import Maxout, Model, chain, concatenate, with_array
from thinc.types import Floats2d

from kroniek.geo.countries import finder_for
from kroniek.geo.gazetteer import open_gazetteer

N_FEATURES = 8
_MAX_TOKENS = 4


@cache
def _features_for(lang: str) -> Callable[[Doc], numpy.ndarray]:
    gazetteer = open_gazetteer()
    countries = finder_for(lang)

    def features(doc: Doc) -> numpy.ndarray:
        out = numpy.zeros((len(doc), N_FEATURES), dtype="float32")
        text = doc.text
        for mention in countries.find(text):
            for token in doc.char_span(mention.start, mention.end, alignment_mode="expand") or []:
                out[token.i, 5 if mention.strong else 6] = 1.0
        i = 0
        while i < len(doc):
            token = doc[i]
            if i > 0 and token.text[:1].isupper() and not token.is_sent_start:
                out[i, 7] = 1.0
            if not token.text[:1].isupper():
                i += 1
                continue
            matched = 0
            for n in range(min(_MAX_TOKENS, len(doc) - i), 0, -1):
                if not doc[i + n - 1].text[:1].isupper():
                    continue
                places = gazetteer.lookup(doc[i : i + n].text)
                if places:
                    matched = n
                    population = max(p.population for p in places)
                    out[i, 0] = 1.0
                    out[i + 1 : i + n, 1] = 1.0
                    out[i : i + n, 2] = min(1.0, math.log10(population + 1) / 7.0)
                    out[i : i + n, 3] = float(any(p.kind == "country" for p in places))
                    out[i : i + n, 4] = float(any(p.kind in ("admin1", "admin2") for p in places))
                    break
            i += max(matched, 1)
        return out

    return features


def gazetteer_features(lang: str) -> Model[list[Doc], list[Floats2d]]:
    """A parameter-free layer: the feature matrix of each doc."""

    def forward(model: Model[list[Doc], list[Floats2d]], docs: list[Doc], is_train: bool):  # type: ignore[no-untyped-def]
        compute = _features_for(lang)
        arrays = [model.ops.asarray2f(cast(Floats2d, compute(doc))) for doc in docs]

        def backprop(d_arrays: list[Floats2d]) -> list[Doc]:
            return []

        return arrays, backprop

    return Model("kroniek_gazetteer_features", forward, dims={"nO": N_FEATURES})


@registry.architectures("kroniek.GazetteerEmbed.v1")  # type: ignore[untyped-decorator]
def gazetteer_embed(
    width: int, attrs: list[str], rows: list[int], lang: str
) -> Model[list[Doc], list[Floats2d]]:
    hashed = MultiHashEmbed(width=width, attrs=attrs, rows=rows, include_static_vectors=False)
    mixed: Model[list[Doc], list[Floats2d]] = chain(
        concatenate(hashed, gazetteer_features(lang)),
        with_array(Maxout(width, width + N_FEATURES, nP=3, normalize=True)),
    )
    mixed.set_dim("nO", width)
    return mixed


@registry.architectures("kroniek.GazetteerCharEmbed.v1")  # type: ignore[untyped-decorator]
def gazetteer_char_embed(
    width: int, attrs: list[str], rows: list[int], lang: str, nM: int = 64, nC: int = 8
) -> Model[list[Doc], list[Floats2d]]:
    """As ``kroniek.GazetteerEmbed.v1``, plus spaCy's character embedding of each word's
    first and last ``nC`` characters (an experiment: see docs/evaluation.md)."""
    hashed = MultiHashEmbed(width=width, attrs=attrs, rows=rows, include_static_vectors=False)
    characters = CharacterEmbed(width=width, rows=rows[0], nM=nM, nC=nC, include_static_vectors=False)
    mixed: Model[list[Doc], list[Floats2d]] = chain(
        concatenate(hashed, characters, gazetteer_features(lang)),
        with_array(Maxout(width, 2 * width + N_FEATURES, nP=3, normalize=True)),
    )
    mixed.set_dim("nO", width)
    return mixed
