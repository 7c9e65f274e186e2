"""Fit the confidence calibration on ACLED's English notes and ship it as JSON.

python scripts/confidence/train.py --shared ../shared     (make models runs it)

The events are coded with cross-validated sub-type classifiers (each note by a classifier
that never saw it), so the calibration learns how often events like these are right on
unseen text. Writes ``src/kroniek/models/confidence/calibration.json``. Its reliability
table is printed by ``make eval``, cross-validated as well.
"""

from __future__ import annotations

import json
import sys

from kroniek import confidence
from kroniek.evaluate.acled import _cross_validated, is_right, notes_from_command_line


def main() -> int:
    pairs = notes_from_command_line(__doc__, "the calibration")
    if pairs is None:
        return 1
    predictions = _cross_validated(pairs, 5)
    rows = [(row, event) for (_, row), event in zip(pairs, predictions, strict=True) if event is not None]
    model = confidence.fit([e for _, e in rows], [is_right(r, e) for r, e in rows])
    confidence.MODEL.parent.mkdir(parents=True, exist_ok=True)
    confidence.MODEL.write_text(json.dumps(model.to_dict(), indent=1) + "\n")
    weights = dict(zip(confidence.FEATURES, model.coef, strict=True))
    print(f"wrote {confidence.MODEL}: {weights}, intercept {model.intercept}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
