"""Replace the DpgMedia2019 passages of our gold sets by references into ../shared.

DpgMedia2019 is licensed for research only and is not ours to redistribute, so a gold row
keeps ``quote`` (article id, character offsets, a hash) instead of the passage, and its
span annotations keep offsets without their text. ``kroniek.evaluate.gold.read_gold``
puts the text back. Rows we wrote ourselves (``"source": "written"``) are left as they
are. Run once per file; running it again changes nothing.

    python scripts/gold/quote.py tests/data/places_nl.jsonl [...] [--shared ../shared]
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

from kroniek.evaluate.gold import ARTICLES, annotation_records, passage_hash

_SENTENCE_ID = re.compile(r"^(\d+)-\d+$")  # "10648985-2": sentence 2 of article 10648985


def _article_of(row: dict[str, Any]) -> str | None:
    source = str(row.get("source", ""))
    if source.startswith("real:"):
        return source[5:]
    if source == "written":
        return None
    found = _SENTENCE_ID.match(str(row.get("id", "")))
    return found.group(1) if found else None


def _strip_spans(row: dict[str, Any], text: str) -> None:
    """Drop the copied text of each span; keep offsets (a quoted sentence becomes offsets too)."""
    for item in annotation_records(row):
        if {"start", "end", "text"} <= item.keys() and text[item["start"] : item["end"]] == item["text"]:
            del item["text"]
        for key, inner in list(item.items()):
            if isinstance(inner, str) and len(inner) > 40 and inner in text:  # a quoted sentence
                start = text.index(inner)
                item[key] = {"start": start, "end": start + len(inner)}


def quote_row(row: dict[str, Any], articles: dict[str, str]) -> dict[str, Any]:
    article = _article_of(row)
    if article is None or "text" not in row:
        return row
    text = row["text"]
    body = articles[article]
    start = body.index(text)  # the helper's passages are exact substrings; fail loudly if not
    _strip_spans(row, text)
    quote = {"article": article, "start": start, "end": start + len(text), "sha1": passage_hash(text)}
    return {("quote" if k == "text" else k): (quote if k == "text" else v) for k, v in row.items()}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    args = parser.parse_args()
    articles: dict[str, str] = {}
    with (args.shared / ARTICLES).open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            articles[str(row["id"])] = str(row.get("text") or "")
    for path in args.files:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        quoted = [quote_row(row, articles) for row in rows]
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in quoted), encoding="utf-8")
        print(f"{path}: {sum('quote' in r for r in quoted)} of {len(quoted)} rows quote DpgMedia2019")


if __name__ == "__main__":
    main()
