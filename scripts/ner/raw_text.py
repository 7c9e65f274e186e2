"""Write the raw Dutch text for tok2vec pretraining: DpgMedia2019 paragraphs + ned.train.

python scripts/ner/raw_text.py --shared ../shared > build/ner/nl/raw.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from kroniek.evaluate.conll import read_sentences, train_path


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    args = parser.parse_args()
    with (args.shared / "data/dpgmedia2019_nl/articles.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            for paragraph in json.loads(line)["text"].split("\n"):
                if len(paragraph.split()) >= 5:
                    print(json.dumps({"text": paragraph}, ensure_ascii=False))
    for words, _ in read_sentences(train_path(args.shared, "nl"), "latin-1"):
        print(json.dumps({"text": " ".join(words)}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
