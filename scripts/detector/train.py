"""Train the sentence detector of each language and ship it as JSON.

python scripts/detector/train.py            (make models runs it; about five minutes on 2 cores)

Data: the sentences of kroniek's registered development gold sets whose text we wrote
ourselves (``kroniek.evaluate.events_nl.DEVELOPMENT``, less the sets that quote a
research-only corpus), labelled from each gold event's evidence sentence
(``kroniek.events.detector_training``). No held-out set and no blind set is read. The
model: TF-IDF of word unigrams and bigrams (min_df 2) and multinomial logistic regression
(C = 10) over the sub-types and "none", written to ``src/kroniek/models/detector/<lang>.json``.
Its figures are cross-validated by set (``python -m kroniek.evaluate.detector``, part of
``make eval``), never measured on the sentences it was trained on.
"""

from __future__ import annotations

import json
import sys
from collections import Counter

from kroniek.evaluate.detector import training_sets
from kroniek.events.detector import MODELS, NONE
from kroniek.events.detector_training import examples, fit


def main() -> int:
    sets = training_sets()
    MODELS.mkdir(parents=True, exist_ok=True)
    for lang in ("nl", "en"):
        sentences = examples(sets, lang)
        used = tuple(sorted({e.gold_set for e in sentences}))
        model = fit(sentences, trained_on=used)
        target = MODELS / f"{lang}.json"
        target.write_text(json.dumps(model.to_dict(), separators=(",", ":")))
        labels = Counter(e.label for e in sentences)
        print(
            f"wrote {target}: {len(sentences):,} sentences of {len(used)} sets "
            f"({len(sentences) - labels[NONE]:,} telling an event), "
            f"{len(model.model.vocabulary):,} features, {len(model.model.classes)} classes"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
