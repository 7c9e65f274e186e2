"""Our gold sets, without copies of research-only text.

Passages taken from DpgMedia2019 (licensed for research only) are not stored in the repo.
A gold row keeps a *quote*, a reference into the corpus in ``../shared``::

    {"id": "10648985-0", "quote": {"article": "10648985", "start": 0, "end": 92,
     "sha1": "3f0c..."}, "places": [{"start": 84, "end": 90, ...}]}

and :func:`read_gold` puts the passage back (``row["text"]``), checks it against the
hash, and fills the ``text`` of every annotated span from its offsets. Sentences taken from
CoNLL-2002 Dutch (De Morgen, 2000; also research only) keep a quote of one sentence::

    {"quote": {"conll": "ned.testa", "sentence": 412, "sha1": "..."}}

which is that file's sentence 412 (counting from 0, ``-DOCSTART-`` lines skipped), its
tokens joined back into text by :func:`detokenize`. A whole document of CoNLL-2003 English
(Reuters, 1996) keeps the range of its sentences, joined by single spaces::

    {"quote": {"conll": "eng.testa", "sentences": [1, 12], "sha1": "..."}}

(sentences 1 to 12, both included). Passages that we
wrote ourselves keep their ``text``. Without ``../shared`` the quoted rows cannot be read:
:class:`SourceMissing` says so, and the evaluations and tests that need them skip.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Any

from kroniek.evaluate.conll import FORMATS, read_sentences

SHARED = Path(os.environ.get("KRONIEK_SHARED", Path(__file__).resolve().parents[3].parent / "shared"))
ARTICLES = Path("data/dpgmedia2019_nl/articles.jsonl")
CONLL_FOLDERS = {"ned": (Path("data/conll2002"), "nl"), "eng": (Path("data/conll2003"), "en")}
CONLL_NL = CONLL_FOLDERS["ned"][0]
_NO_SPACE_BEFORE = frozenset(",.;:!?)]%")
_NO_SPACE_AFTER = frozenset("([")


class SourceMissing(Exception):
    """The corpus that a gold set quotes is not here."""


def passage_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


@cache
def _articles(shared: Path) -> dict[str, str]:
    path = shared / ARTICLES
    if not path.is_file():
        raise SourceMissing(f"{path} is not here: the gold passages quoted from DpgMedia2019 need it")
    texts: dict[str, str] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            texts[str(row["id"])] = str(row.get("text") or "")
    return texts


def detokenize(tokens: list[str]) -> str:
    """CoNLL tokens back into running text: no space before closing punctuation or after an
    opening bracket, and straight quotes (``"`` and a lone ``'``) hug the words they enclose,
    taken as alternately opening and closing."""
    out = ""
    open_quote = {'"': False, "'": False}
    glue_next = False
    for token in tokens:
        glue = not out or glue_next or token in _NO_SPACE_BEFORE
        glue_next = token in _NO_SPACE_AFTER
        if token in open_quote:
            if open_quote[token]:
                glue = True
            else:
                glue_next = True
            open_quote[token] = not open_quote[token]
        out += token if glue else " " + token
    return out


@cache
def conll_sentences(shared: Path, name: str) -> list[str]:
    """The sentences of a CoNLL-2002 Dutch (``ned.testa``) or CoNLL-2003 English
    (``eng.testa``) file as text."""
    folder, lang = CONLL_FOLDERS[name.split(".")[0]]
    path = shared / folder / name
    if not path.is_file():
        raise SourceMissing(f"{path} is not here: the gold sentences quoted from {folder.name} need it")
    return [detokenize(words) for words, _ in read_sentences(path, FORMATS[lang])]


def conll_documents(shared: Path, name: str) -> list[tuple[int, int]]:
    """The documents of a CoNLL file as ranges ``(first, last)`` of its sentence indices
    (as :func:`conll_sentences` counts them), for quoting a whole document. A file need not
    open with ``-DOCSTART-``: its first document starts at sentence 0."""
    folder, lang = CONLL_FOLDERS[name.split(".")[0]]
    starts = {0}
    count = 0
    in_sentence = False
    for line in (shared / folder / name).read_text(encoding=FORMATS[lang]).splitlines():
        parts = line.split()
        if in_sentence and (not parts or parts[0] == "-DOCSTART-"):
            count += 1
        in_sentence = bool(parts) and parts[0] != "-DOCSTART-"
        if parts and parts[0] == "-DOCSTART-":
            starts.add(count)
    bounds = [*sorted(starts), count + in_sentence]
    return [(first, following - 1) for first, following in pairwise(bounds) if following > first]


def _corpus_name(name: str) -> str:
    return "CoNLL-2003" if name.startswith("eng") else "CoNLL-2002"


def _quoted_text(quote: dict[str, Any], shared: Path) -> tuple[str, str]:
    """The quoted passage, and what to call its source in an error."""
    if "conll" in quote and "sentences" in quote:
        sentences = conll_sentences(shared, str(quote["conll"]))
        first, last = (int(i) for i in quote["sentences"])
        text = " ".join(sentences[first : last + 1]) if 0 <= first <= last < len(sentences) else ""
        return text, f"sentences {first}-{last} of {_corpus_name(str(quote['conll']))} {quote['conll']}"
    if "conll" in quote:
        sentences = conll_sentences(shared, str(quote["conll"]))
        index = int(quote["sentence"])
        text = sentences[index] if 0 <= index < len(sentences) else ""
        return text, f"sentence {index} of {_corpus_name(str(quote['conll']))} {quote['conll']}"
    article = _articles(shared).get(str(quote["article"]), "")
    return article[quote["start"] : quote["end"]], f"article {quote['article']} of DpgMedia2019"


def read_gold(path: Path, shared: Path | None = None) -> list[dict[str, Any]]:
    """The rows of a gold JSON Lines file, with every quoted passage put back."""
    rows: list[dict[str, Any]] = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            row = json.loads(line)
            quote = row.pop("quote", None)
            if quote is not None:
                text, source = _quoted_text(quote, shared or SHARED)
                if passage_hash(text) != quote["sha1"]:
                    raise ValueError(
                        f"{path}:{number}: the quoted passage ({source}) does not match its hash: "
                        "is ../shared the same release of that corpus?"
                    )
                row["text"] = text
            _fill_spans(row)
            rows.append(row)
    return rows


def _fill_spans(row: dict[str, Any]) -> None:
    """Give every annotated span (``start``/``end`` into the passage) its ``text``, and
    turn a quoted sentence kept as offsets (an event's ``evidence``) back into text."""
    for item in annotation_records(row):
        if "text" not in item and {"start", "end"} <= item.keys():
            item["text"] = row["text"][item["start"] : item["end"]]
        for key, inner in item.items():
            if isinstance(inner, dict) and inner.keys() == {"start", "end"}:
                item[key] = row["text"][inner["start"] : inner["end"]]


def annotation_records(row: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The annotation records of a gold row: the dicts in its lists (places, timexes, events)."""
    for value in row.values():
        if isinstance(value, list):
            yield from (item for item in value if isinstance(item, dict))
