"""Confidence: the probability that an event is right in sub-type, day and country.

A logistic model over a few features of the finished event (is the day known, how
precise is the place, how many sentences support it, did the lexicon and the classifier
agree). It is fitted on ACLED's English notes, on events coded with cross-validated
classifiers (``kroniek.evaluate.acled``), and shipped as JSON in
``models/confidence/calibration.json``; ``make eval`` prints its reliability table,
itself cross-validated. Dutch events use the same model: there are no Dutch labels to fit
one, so Dutch confidences are calibrated on English and say so.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from kroniek.records import Event

MODEL = Path(__file__).resolve().parent / "models" / "confidence" / "calibration.json"
FEATURES = ("day_known", "town", "near", "located", "sentences", "country_known", "fatalities")


def features(event: Event) -> list[float]:
    return [
        float(event.time_precision == 1),
        float(event.geo_precision == 1 and event.location != event.country),
        float(event.geo_precision == 2),
        float(event.latitude is not None),
        min(len(event.evidence), 3) / 3,
        float(bool(event.country)),
        float(event.fatalities > 0),
    ]


@dataclass(frozen=True)
class Calibration:
    coef: list[float]
    intercept: float

    def probability(self, event: Event) -> float:
        z = self.intercept + sum(c * x for c, x in zip(self.coef, features(event), strict=True))
        return 1 / (1 + math.exp(-z))

    def to_dict(self) -> dict[str, Any]:
        return {"features": list(FEATURES), "coef": self.coef, "intercept": self.intercept}


@cache
def shipped() -> Calibration | None:
    if not MODEL.is_file():
        return None
    data = json.loads(MODEL.read_text())
    return Calibration([float(c) for c in data["coef"]], float(data["intercept"]))


def fit(events: list[Event], correct: list[bool]) -> Calibration:
    """Fit the calibration (scikit-learn, a development dependency)."""
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=1.0, max_iter=1000)
    model.fit([features(e) for e in events], [int(c) for c in correct])
    return Calibration([round(float(c), 4) for c in model.coef_[0]], round(float(model.intercept_[0]), 4))


def reliability(
    probabilities: list[float], correct: list[bool], bins: int = 5
) -> list[tuple[str, int, float, float]]:
    """(bin, count, mean confidence, share correct) per confidence bin."""
    rows = []
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        members = [i for i, p in enumerate(probabilities) if lo <= p < hi or (b == bins - 1 and p == 1.0)]
        if members:
            mean = sum(probabilities[i] for i in members) / len(members)
            share = sum(correct[i] for i in members) / len(members)
            rows.append((f"{lo:.1f}-{hi:.1f}", len(members), mean, share))
    return rows


def expected_calibration_error(rows: list[tuple[str, int, float, float]]) -> float:
    total = sum(n for _, n, _, _ in rows) or 1
    return sum(n * abs(mean - share) for _, n, mean, share in rows) / total
