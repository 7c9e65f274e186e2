"""Write the raw text for tok2vec pretraining, one JSON line per paragraph.

nl: DpgMedia2019 paragraphs + ned.train. en: eng.train + the TempEval-3 TBAQ documents +
the ACLED dev notes (English news and news-like text; all research-use data in ../shared).

python scripts/ner/raw_text.py --shared ../shared > build/ner/nl/raw.jsonl
python scripts/ner/raw_text.py en --shared ../shared > build/ner/en/raw.jsonl
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from kroniek.evaluate.conll import FORMATS, read_sentences, train_path


def _paragraphs_nl(shared: Path) -> Iterator[str]:
    with (shared / "data/dpgmedia2019_nl/articles.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            yield from json.loads(line)["text"].split("\n")


def _paragraphs_en(shared: Path) -> Iterator[str]:
    for tml in sorted((shared / "data/tempeval3/TBAQ-cleaned").rglob("*.tml")):
        body = re.search(r"<TEXT>(.*)</TEXT>", tml.read_text(encoding="utf-8"), re.S)
        if body:
            yield from re.sub(r"<[^>]+>", "", body.group(1)).split("\n")
    with (shared / "data/acled/acled_2020_dev.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            yield row["notes"]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("lang", nargs="?", default="nl", choices=sorted(FORMATS))
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    args = parser.parse_args()
    paragraphs = _paragraphs_nl(args.shared) if args.lang == "nl" else _paragraphs_en(args.shared)
    for paragraph in paragraphs:
        if len(paragraph.split()) >= 5:
            print(json.dumps({"text": paragraph.strip()}, ensure_ascii=False))
    for words, _ in read_sentences(train_path(args.shared, args.lang), FORMATS[args.lang]):
        print(json.dumps({"text": " ".join(words)}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
