"""The CoNLL reader behind NER training and evaluation, on a small file written here."""

from pathlib import Path

import spacy

from kroniek.evaluate.conll import read_sentences, to_docbin, to_iob2
from kroniek.evaluate.ner import _prf, _spans


def test_iob1_becomes_iob2() -> None:
    assert to_iob2(["I-ORG", "O", "I-PER", "I-PER", "B-PER", "I-LOC"]) == [
        "B-ORG", "O", "B-PER", "I-PER", "B-PER", "B-LOC",
    ]  # fmt: skip


def test_reader_and_docbin(tmp_path: Path) -> None:
    path = tmp_path / "sample.conll"
    path.write_text(
        "-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\nGerman JJ I-NP I-MISC\n\n"
        "Peter NNP I-NP I-PER\nBlackburn NNP I-NP I-PER\n",
        encoding="utf-8",
    )
    sentences = list(read_sentences(path, "utf-8"))
    assert sentences == [
        (["EU", "rejects", "German"], ["B-ORG", "O", "B-MISC"]),
        (["Peter", "Blackburn"], ["B-PER", "I-PER"]),
    ]
    docs = list(to_docbin(path, "utf-8").get_docs(spacy.blank("en").vocab))
    assert [(e.text, e.label_) for e in docs[0].ents] == [
        ("EU", "ORG"),
        ("German", "MISC"),
        ("Peter Blackburn", "PER"),
    ]
    assert len(list(docs[0].sents)) == 2


def test_exact_span_scoring() -> None:
    assert _spans(["B-PER", "I-PER", "O", "B-LOC"]) == {(0, 2, "PER"), (3, 4, "LOC")}
    assert _prf(tp=1, n_pred=2, n_gold=1) == (0.5, 1.0, 2 * 0.5 / 1.5)
