"""A statistical sub-type classifier that second-guesses the lexicon.

A linear model (TF-IDF of word unigrams and bigrams, multinomial logistic regression)
trained on ACLED's English coder notes by ``scripts/subtype/train.py`` and shipped as
plain JSON (``models/subtype/<lang>.json``: vocabulary, IDF weights, coefficients), so
that inference needs neither scikit-learn nor pickles. The lexicon decides *whether* a
sentence reports an event; where it names one sub-type and the classifier is confident of
another, the classifier's wins ("Attack" vs "Armed clash" turns on who was armed, which a
few trigger words cannot see).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

MODELS = Path(__file__).resolve().parents[1] / "models" / "subtype"
T = TypeVar("T")
_TOKEN = re.compile(r"(?u)\b\w\w+\b")  # scikit-learn's default token pattern


def analyse(text: str) -> list[str]:
    """Lower-cased word unigrams and bigrams, exactly as the training vectoriser makes them."""
    words = _TOKEN.findall(text.lower())
    return words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]


@dataclass
class SubtypeClassifier:
    classes: list[str]
    vocabulary: dict[str, int]
    idf: list[float]
    coef: list[list[float]]  # one row per class
    intercept: list[float]
    threshold: float = 0.5  # the least probability with which it overrides the lexicon

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SubtypeClassifier:
        return cls(
            data["classes"],
            data["vocabulary"],
            data["idf"],
            data["coef"],
            data["intercept"],
            data["threshold"],
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "classes": self.classes,
            "vocabulary": self.vocabulary,
            "idf": self.idf,
            "coef": self.coef,
            "intercept": self.intercept,
            "threshold": self.threshold,
        }

    def probabilities(self, text: str) -> dict[str, float]:
        counts = Counter(self.vocabulary[t] for t in analyse(text) if t in self.vocabulary)
        weights = {i: n * self.idf[i] for i, n in counts.items()}  # sublinear_tf off, as trained
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        scores = [
            b + sum(row[i] * w / norm for i, w in weights.items())
            for row, b in zip(self.coef, self.intercept, strict=True)
        ]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps, strict=True)}

    def predict(self, text: str) -> tuple[str, float]:
        probs = self.probabilities(text)
        best = max(probs, key=probs.__getitem__)
        return best, probs[best]


_loaded: dict[str, SubtypeClassifier | None] = {}


def classifier_for(lang: str) -> SubtypeClassifier | None:
    """The shipped classifier of a language, or None (Dutch has none: no Dutch training data)."""
    if lang not in _loaded:
        path = MODELS / f"{lang}.json"
        _loaded[lang] = SubtypeClassifier.from_dict(json.loads(path.read_text())) if path.is_file() else None
    return _loaded[lang]


@contextmanager
def swapped(table: dict[str, T], key: str, value: T) -> Iterator[None]:
    """``table[key]`` is ``value`` inside the block, and after it what it was (or nothing):
    a cross-validation fold's model, or none, for one language."""
    had, before = key in table, table.get(key)
    table[key] = value
    try:
        yield
    finally:
        if had:
            table[key] = before  # type: ignore[assignment]
        else:
            table.pop(key, None)


def using(lang: str, model: SubtypeClassifier | None) -> AbstractContextManager[None]:
    """Run with another classifier (or none) for ``lang``: cross-validation folds."""
    return swapped(_loaded, lang, model)
