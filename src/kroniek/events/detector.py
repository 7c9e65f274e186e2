"""A learned sentence model that second-guesses the lexicon on *whether* a sentence tells an event.

Thirty-odd rounds of trigger rules showed that rules written from one gold set hardly move
the next one: a sentence that tells an event in words no rule has seen yet is simply
missed, and background ("In May, dozens were killed in an attack on a school") is coded
because its words are war words. This model reads the whole sentence instead. It is the
sub-type classifier's linear model (``classifier.SubtypeClassifier``: TF-IDF of word
unigrams and bigrams, multinomial logistic regression, plain JSON) with one more class,
``"none"``, trained by ``scripts/detector/train.py`` on the sentences of kroniek's own
development sets (``kroniek.events.detector_training``). The lexicon stays in charge; the
model acts only where it is sure:

- **find**: a sentence where no trigger fired, and no earlier event takes it in, reports
  the model's sub-type when that has at least ``find`` probability;
- **drop**: a sentence whose triggers fired gives no new event when the model gives
  ``"none"`` at least ``drop`` probability; never the lead (the model learnt from whole
  articles and is unsure of a lone sentence, such as an ACLED note's), and a dropped sentence
  that goes on with the event before it stays that event's evidence.

Both thresholds were chosen by cross-validation over whole gold sets (``make eval``:
``kroniek.evaluate.detector``), never on the sentences a model was trained on.
"""

from __future__ import annotations

import json
import os
import re
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kroniek.events.classifier import SubtypeClassifier, analyse, swapped

MODELS = Path(__file__).resolve().parents[1] / "models" / "detector"
NONE = "none"  # the class of sentences that tell no codable event


@dataclass
class SentenceDetector:
    model: SubtypeClassifier  # its classes: the sub-types seen in training, and NONE
    find: float  # the least probability of a sub-type for an event no trigger found
    drop: float  # the least probability of NONE to drop the events a trigger found
    trained_on: tuple[str, ...] = ()  # the gold sets it was trained on

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SentenceDetector:
        return cls(
            SubtypeClassifier.from_dict(data["model"]),
            data["find"],
            data["drop"],
            tuple(data.get("trained_on", ())),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "find": self.find,
            "drop": self.drop,
            "trained_on": list(self.trained_on),
            "model": self.model.to_dict(),
        }

    def found(self, sentence: str) -> tuple[str, int, int] | None:
        """The sub-type the sentence tells, with the span of the word that weighs most for
        it (the event's trigger), when the model is at least ``find`` sure; else None."""
        probabilities = self.model.probabilities(sentence)
        best = max((c for c in probabilities if c != NONE), key=probabilities.__getitem__, default=None)
        if best is None or probabilities[best] < self.find:
            return None
        span = self._strongest_word(sentence, best)
        return (best, *span) if span else None

    def dropped(self, sentence: str) -> bool:
        """Is the model at least ``drop`` sure that the sentence tells no codable event?"""
        return self.model.probabilities(sentence).get(NONE, 0.0) >= self.drop

    def _strongest_word(self, sentence: str, sub_type: str) -> tuple[int, int] | None:
        row = self.model.coef[self.model.classes.index(sub_type)]
        words = [t for t in analyse(sentence) if " " not in t and t in self.model.vocabulary]
        if not words:
            return None
        best = max(
            words, key=lambda w: row[self.model.vocabulary[w]] * self.model.idf[self.model.vocabulary[w]]
        )
        found = re.search(rf"(?<!\w){re.escape(best)}(?!\w)", sentence, re.IGNORECASE)
        return found.span() if found else None


# On unless KRONIEK_DETECTOR=0 (the lexicon alone, as before the thirty-ninth stop).
ENABLED = os.environ.get("KRONIEK_DETECTOR", "1") != "0"
_shipped: dict[str, SentenceDetector | None] = {}
_chosen: dict[str, SentenceDetector | None] = {}


def shipped(lang: str) -> SentenceDetector | None:
    """The shipped detector of a language, or None where none was trained."""
    if lang not in _shipped:
        path = MODELS / f"{lang}.json"
        _shipped[lang] = SentenceDetector.from_dict(json.loads(path.read_text())) if path.is_file() else None
    return _shipped[lang]


def detector_for(lang: str) -> SentenceDetector | None:
    """The detector the pipeline uses: one chosen with ``using``, else the shipped one unless
    ``KRONIEK_DETECTOR=0``."""
    if lang in _chosen:
        return _chosen[lang]
    return shipped(lang) if ENABLED else None


def using(lang: str, model: SentenceDetector | None) -> AbstractContextManager[None]:
    """Run with another detector (or none) for ``lang``: cross-validation folds, and the
    lexicon alone for comparison."""
    return swapped(_chosen, lang, model)
