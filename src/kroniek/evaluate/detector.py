"""The sentence detector cross-validated over whole gold sets (part of ``make eval``).

The sets it is trained on (``detector_training.written_by_us`` of the registered
development sets) are split into folds by set: set *i* of the sorted list goes to fold
*i* mod 5, so the two languages of a parallel set and all the articles of one helper's
batch stay on the same side. Each fold's sets are coded by the pipeline with a detector
trained on the other folds' sentences, and again with no detector; events agree with the
gold when sub-type and day agree (as in ``kroniek.evaluate.events_nl``), summed over sets.

The registered development sets that quote real text (DpgMedia, CoNLL, Reuters) are never
trained on; the shipped model is scored on them as it is, against the lexicon alone: the
only figures here on real newspaper text.

    python -m kroniek.evaluate.detector                 the shipped thresholds, both languages
    python -m kroniek.evaluate.detector --sweep nl      a grid of thresholds (how they were chosen)
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

from kroniek.evaluate import events_nl
from kroniek.evaluate.gold import read_gold
from kroniek.events import detector
from kroniek.events.detector_training import DROP, FIND, Example, examples, fit, written_by_us

FOLDS = 5


@dataclass(frozen=True)
class Counts:
    matched: int = 0
    gold: int = 0
    predicted: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.matched + other.matched, self.gold + other.gold, self.predicted + other.predicted)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def training_sets() -> list[Path]:
    """The registered development sets the detector learns from, in a fixed order."""
    return sorted(
        (p for p in events_nl.DEVELOPMENT if p.is_file() and written_by_us(p)), key=lambda p: p.name
    )


def real_text_sets(lang: str, shared: Path | None = None) -> list[Path]:
    """The registered development sets of real text in ``lang``, which the detector never
    learns from; those that need ``../shared`` only where it is there."""
    found = []
    for path in sorted(events_nl.DEVELOPMENT, key=lambda p: p.name):
        if not path.is_file() or written_by_us(path):
            continue
        try:
            rows = read_gold(path, shared)
        except OSError:  # its corpus in ../shared is not here
            continue
        if any(r.get("lang", "nl") == lang for r in rows):
            found.append(path)
    return found


def _coded(
    paths: list[Path], lang: str, model: detector.SentenceDetector | None, shared: Path | None = None
) -> Counts:
    total = Counts()
    with detector.using(lang, model):
        for path in paths:
            s = events_nl.evaluate(path, shared, lang=lang)
            total += Counts(s.matched, s.gold_events, s.predicted_events)
    return total


def cross_validate(
    lang: str, thresholds: list[tuple[float, float]], limit: int | None = None
) -> tuple[Counts, list[Counts], int]:
    """The lexicon alone, and the lexicon with a fold-trained detector at each (find, drop)."""
    sets = training_sets()[:limit]
    sentences = examples(sets, lang)
    folds = [[p for i, p in enumerate(sets) if i % FOLDS == k] for k in range(FOLDS)]
    alone = Counts()
    with_model = [Counts() for _ in thresholds]
    for fold in folds:
        held = {p.name for p in fold}
        if not fold:
            continue
        train: list[Example] = [e for e in sentences if e.gold_set not in held]
        model = fit(train)
        alone += _coded(fold, lang, None)
        for i, (find, drop) in enumerate(thresholds):
            model.find, model.drop = find, drop
            with_model[i] += _coded(fold, lang, model)
    return alone, with_model, len(sentences)


def _line(name: str, c: Counts) -> str:
    scores = f"P {c.precision:.3f}  R {c.recall:.3f}  F1 {c.f1:.3f}"
    return f"  {name}: {scores} ({c.matched} of {c.gold} gold, {c.predicted} coded)"


def report(lang: str, limit: int | None = None, shared: Path | None = None) -> str:
    alone, (shipped,), n = cross_validate(lang, [(FIND, DROP)], limit)
    lines = [
        f"Sentence detector, {lang}, {FOLDS}-fold cross-validated by set over "
        f"{len(training_sets()[:limit])} gold sets we wrote ({n:,} sentences), find {FIND}, drop {DROP}:",
        _line("lexicon alone", alone),
        _line("lexicon + detector", shipped),
    ]
    real = real_text_sets(lang, shared)[:limit]
    model = detector.shipped(lang)
    if real and model is not None:
        lines += [
            f"  the shipped model on the {len(real)} development sets of real text it never learnt from:",
            _line("lexicon alone", _coded(real, lang, None, shared)),
            _line("lexicon + detector", _coded(real, lang, model, shared)),
        ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m kroniek.evaluate.detector",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--sweep", metavar="LANG", help="score a grid of (find, drop) thresholds for LANG")
    parser.add_argument("--limit", type=int, help="use the first N training sets only")
    parser.add_argument("--shared", type=Path, help="the shared data folder (default: ../shared)")
    args = parser.parse_args(argv)
    if args.sweep:
        # Each threshold alone (the other one off: above 1), then the two together.
        grid = [(f, 1.01) for f in (0.4, 0.5, 0.6, 0.7)] + [(1.01, d) for d in (0.9, 0.95, 0.98)]
        grid.append((FIND, DROP))
        alone, scored, _ = cross_validate(args.sweep, grid, args.limit)
        print(_line("lexicon alone", alone))
        for (find, drop), c in zip(grid, scored, strict=True):
            print(_line(f"find {find:.2f} drop {drop:.2f}", c))
        return 0
    for lang in ("nl", "en"):
        print(report(lang, args.limit, args.shared))
    return 0


if __name__ == "__main__":
    sys.exit(main())
