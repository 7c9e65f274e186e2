"""Training data and training of the sentence detector (scikit-learn is needed here only).

The examples are the sentences of kroniek's own gold sets, split exactly as the pipeline
splits them. A sentence is labelled with the sub-type of the gold event whose evidence it
holds or begins; the other sentences of evidence that runs over several sentences ("...
Daarbij kwamen vier mannen om.") are left out, since they neither tell a new event nor
tell none; every other sentence is ``"none"``. Only sets whose text we wrote ourselves
are used (no row quotes a research-only corpus), so the model carries no third-party text
and can be rebuilt without ``../shared``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kroniek.dates import PartialDate
from kroniek.evaluate.gold import read_gold
from kroniek.events import detector
from kroniek.events.classifier_training import fit as fit_classifier
from kroniek.extract import Extractor
from kroniek.records import Document

FIND = 0.5  # chosen by cross-validation over whole sets: see kroniek.evaluate.detector
DROP = 0.95


@dataclass(frozen=True)
class Example:
    gold_set: str  # the file's name: folds are whole sets
    doc_id: str
    text: str
    label: str  # a sub-type, or detector.NONE


def written_by_us(path: Path) -> bool:
    """Does the set hold only text we wrote (no row quotes a corpus in ``../shared``)?"""
    with path.open(encoding="utf-8") as lines:
        return not any('"quote"' in line for line in lines)


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _label(sentence: str, evidence: list[tuple[str, str]]) -> str | None:
    """The sub-type of the gold event the sentence tells, NONE, or None for a sentence that
    only goes on with a gold event's evidence."""
    words = _words(sentence)
    if not words:
        return None
    for told, sub_type in evidence:
        if told and (told in words or told.startswith(words[: max(30, len(words) // 2)])):
            return sub_type
        shared = set(told.split()) & set(words.split())
        if told and len(shared) >= 0.8 * len(set(told.split())):
            return sub_type
    if any(words in told for told, _ in evidence):
        return None
    return detector.NONE


def examples(paths: Iterable[Path], lang: str) -> list[Example]:
    """The labelled sentences of these sets' documents in ``lang`` (with no detector, so that
    an old model cannot change what the pipeline does)."""
    found: list[Example] = []
    with detector.using(lang, None):
        extractor = Extractor(lang=lang)
        for path in paths:
            rows = [r for r in read_gold(path) if r.get("lang", "nl") == lang]
            documents = [
                Document(
                    id=r["id"],
                    text=r["text"],
                    date=PartialDate.parse(r["dct"]) if r.get("dct") else None,
                    lang=lang,
                )
                for r in rows
            ]
            for row, extraction in zip(rows, extractor.extract(documents), strict=True):
                evidence = [(_words(g.get("evidence", "")), g["sub_event_type"]) for g in row["events"]]
                for sentence in extraction.doc.sents:
                    label = _label(sentence.text, evidence)
                    if label is not None:
                        found.append(Example(path.name, row["id"], sentence.text.strip(), label))
    return found


def fit(
    train: list[Example], find: float = FIND, drop: float = DROP, trained_on: tuple[str, ...] = ()
) -> detector.SentenceDetector:
    model = fit_classifier([e.text for e in train], [e.label for e in train])
    return detector.SentenceDetector(model, find, drop, trained_on)
