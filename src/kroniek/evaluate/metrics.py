"""Small, dependency-free classification metrics."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class LabelScore:
    label: str
    precision: float
    recall: float
    f1: float
    support: int


def per_label(gold: Sequence[str], predicted: Sequence[str]) -> list[LabelScore]:
    """Precision, recall and F1 for every gold label (a missing prediction is just wrong)."""
    true_pos: Counter[str] = Counter()
    pred_count: Counter[str] = Counter(predicted)
    gold_count: Counter[str] = Counter(gold)
    for g, p in zip(gold, predicted, strict=True):
        if g == p:
            true_pos[g] += 1
    scores = []
    for label in sorted(gold_count, key=lambda x: -gold_count[x]):
        tp = true_pos[label]
        precision = tp / pred_count[label] if pred_count[label] else 0.0
        recall = tp / gold_count[label]
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        scores.append(LabelScore(label, precision, recall, f1, gold_count[label]))
    return scores


def macro_f1(gold: Sequence[str], predicted: Sequence[str]) -> float:
    scores = per_label(gold, predicted)
    return sum(s.f1 for s in scores) / len(scores) if scores else 0.0


def weighted_f1(gold: Sequence[str], predicted: Sequence[str]) -> float:
    scores = per_label(gold, predicted)
    total = sum(s.support for s in scores)
    return sum(s.f1 * s.support for s in scores) / total if total else 0.0


def accuracy(gold: Sequence[object], predicted: Sequence[object]) -> float:
    pairs = list(zip(gold, predicted, strict=True))
    return sum(g == p for g, p in pairs) / len(pairs) if pairs else 0.0
