"""Read CoNLL-2002/2003 NER files into spaCy ``DocBin``s.

CoNLL-2002 Dutch is latin-1 and IOB2 (``word POS tag``); CoNLL-2003 English is UTF-8 and
IOB1 (``word POS chunk tag``), where ``I-`` may start an entity. Both become IOB2, then
spaCy ``Doc``s of ``sentences_per_doc`` sentences each.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

FORMATS = {"nl": "latin-1", "en": "utf-8"}
_FILES = {"nl": ("conll2002", "ned"), "en": ("conll2003", "eng")}


def train_path(shared: Path, lang: str) -> Path:
    folder, prefix = _FILES[lang]
    return shared / "data" / folder / f"{prefix}.train"


def dev_path(shared: Path, lang: str) -> Path:
    folder, prefix = _FILES[lang]
    return shared / "data" / folder / f"{prefix}.testa"


def read_sentences(path: Path, encoding: str) -> Iterator[tuple[list[str], list[str]]]:
    words: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding=encoding).splitlines():
        parts = line.split()
        if not parts or parts[0] == "-DOCSTART-":
            if words:
                yield words, to_iob2(tags)
            words, tags = [], []
            continue
        words.append(parts[0])
        tags.append(parts[-1])
    if words:
        yield words, to_iob2(tags)


def to_iob2(tags: list[str]) -> list[str]:
    """IOB1 → IOB2: an ``I-X`` that does not continue an ``X`` begins one."""
    result = []
    previous = "O"
    for tag in tags:
        if tag.startswith("I-") and previous[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        result.append(tag)
        previous = tag
    return result


def to_docbin(path: Path, encoding: str, sentences_per_doc: int = 10) -> DocBin:
    vocab = Vocab()
    docbin = DocBin()
    batch: list[tuple[list[str], list[str]]] = []

    def flush() -> None:
        words = [w for ws, _ in batch for w in ws]
        tags = [t for _, ts in batch for t in ts]
        starts: list[bool | int | None] = []
        for ws, _ in batch:
            starts += [True] + [False] * (len(ws) - 1)
        docbin.add(Doc(vocab, words=words, ents=tags, sent_starts=starts))
        batch.clear()

    for sentence in read_sentences(path, encoding):
        batch.append(sentence)
        if len(batch) == sentences_per_doc:
            flush()
    if batch:
        flush()
    return docbin
