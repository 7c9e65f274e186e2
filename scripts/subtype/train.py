"""Train the English sub-type classifier on ACLED's coder notes and ship it as JSON.

python scripts/subtype/train.py --shared ../shared     (make models runs it)

Data: ``../shared/data/acled/acled_2020_dev.csv`` (2,000 notes, research licence: the
model follows the data's terms). TF-IDF of word unigrams and bigrams (min_df 2) and
multinomial logistic regression (C = 10). Only what inference needs is written:
vocabulary, IDF weights, coefficients and intercepts, in ``src/kroniek/models/subtype/en.json``.
Figures for it are cross-validated by ``make eval`` (``kroniek.evaluate.acled``), never
measured on the notes it was trained on.
"""

from __future__ import annotations

import json
import sys

from kroniek.evaluate.acled import notes_from_command_line
from kroniek.events.classifier import MODELS
from kroniek.events.classifier_training import fit


def main() -> int:
    pairs = notes_from_command_line(__doc__, "the classifier")
    if pairs is None:
        return 1
    model = fit([d.text for d, _ in pairs], [row["sub_event_type"] for _, row in pairs])
    MODELS.mkdir(parents=True, exist_ok=True)
    target = MODELS / "en.json"
    target.write_text(json.dumps(model.to_dict(), separators=(",", ":")))
    print(f"wrote {target}: {len(model.vocabulary):,} features, {len(model.classes)} sub-types")
    return 0


if __name__ == "__main__":
    sys.exit(main())
