"""Write the model card of a shipped NER model from its meta.json and a fresh evaluation.

python scripts/ner/card.py nl --shared ../shared
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from kroniek.evaluate import ner
from kroniek.pipeline import model_path

DATA = {
    "nl": "CoNLL-2002 Dutch NER (De Morgen, 2000): `ned.train` to train, `ned.testa` for development",
    "en": "CoNLL-2003 English NER (Reuters RCV1, 1996-97): `eng.train` to train, `eng.testa` for development",
}


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("lang", choices=sorted(DATA))
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    args = parser.parse_args()
    path = model_path(args.lang)
    result = ner.evaluate(args.shared, args.lang)
    if path is None or result is None:
        print(f"no model or no dev data for {args.lang}", file=sys.stderr)
        return 1
    meta = json.loads((path / "meta.json").read_text())
    size = sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6
    p, r, f = result.overall
    minutes = meta.get("kroniek", {}).get("training_minutes", "?")
    rows = "\n".join(
        f"| {label} | {lp:.3f} | {lr:.3f} | {lf:.3f} | {n} |"
        for label, (lp, lr, lf, n) in result.per_label.items()
    )
    gazetteer = "kroniek.GazetteerEmbed" in (path / "config.cfg").read_text()
    if gazetteer:
        architecture = (
            "`scripts/ner/config_gazetteer.cfg`: a CNN tok2vec (hash embeddings of NORM,\n"
            "  PREFIX, SUFFIX, SHAPE, concatenated with 8 gazetteer features per token from kroniek's\n"
            "  gazetteer and country lists: `kroniek.GazetteerEmbed.v1` in\n"
            "  `src/kroniek/pipeline/ner_features.py`; width 96, depth 4) and spaCy's transition-based NER.\n"
            "  No pretrained vectors, CPU only. Needs the gazetteer (`make install` builds it) to train and\n"
            "  to run."
        )
        config_flag = " --config scripts/ner/config_gazetteer.cfg"
    else:
        architecture = (
            "`scripts/ner/config.cfg`: a CNN tok2vec (hash embeddings of NORM, PREFIX, SUFFIX,\n"
            "  SHAPE; width 96, depth 4) and spaCy's transition-based NER. No pretrained vectors, CPU only."
        )
        config_flag = ""
    card = f"""# kroniek NER model: {args.lang}

A spaCy {meta.get("spacy_version", "")} pipeline (`tok2vec` + `ner`) that tags `PER`, `LOC`, `ORG`
and `MISC`. `kroniek.load("{args.lang}")` puts it in front of kroniek's own components.

- **Data:** {DATA[args.lang]}, from `../shared/data`.
- **Licence:** the model is derived from data licensed for research use only; it follows that data's
  terms (research use). kroniek's code is Apache-2.0; this model is not.
- **Architecture:** {architecture}
- **Rebuild:** `make models` (or `python scripts/ner/train.py {args.lang}{config_flag}`), then
  `python scripts/ner/card.py {args.lang}`. Training took {minutes} minutes on 2 cores.
- **Size:** {size:.1f} MB.

## Development figures (exact entity spans, as conlleval), measured by `make eval`

| label | P | R | F1 | gold |
|---|---|---|---|---|
{rows}
| **all** | {p:.3f} | {r:.3f} | **{f:.3f}** | |

Speed on the dev set through `nlp.pipe` (tok2vec and ner only, one process):
{result.words / result.seconds:,.0f} words/s.
"""
    (path / "README.md").write_text(card)
    print(card)
    return 0


if __name__ == "__main__":
    sys.exit(main())
