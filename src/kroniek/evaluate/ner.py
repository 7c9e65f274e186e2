"""NER on the CoNLL dev sets (``ned.testa``, ``eng.testa``): precision, recall, F1 per label.

Entities are compared as exact (start, end, label) token spans, as CoNLL's conlleval does.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc

from kroniek.evaluate.conll import FORMATS, dev_path, read_sentences
from kroniek.pipeline import load, model_path


@dataclass
class NerResult:
    lang: str
    sentences: int
    words: int
    seconds: float
    per_label: dict[str, tuple[float, float, float, int]] = field(default_factory=dict)
    overall: tuple[float, float, float] = (0.0, 0.0, 0.0)


def _spans(tags: list[str]) -> set[tuple[int, int, str]]:
    spans = set()
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        if start >= 0 and not (tag.startswith("I-") and tag[2:] == label):
            spans.add((start, i, label))
            start = -1
        if tag.startswith("B-"):
            start, label = i, tag[2:]
    return spans


def evaluate(shared: Path, lang: str, model: Path | None = None) -> NerResult | None:
    """Score the shipped model of ``lang`` (or the one at ``model``) on its dev set."""
    if (model is None and model_path(lang) is None) or not dev_path(shared, lang).is_file():
        return None
    if model is not None:
        import spacy

        import kroniek.pipeline  # noqa: F401  (registers kroniek's architectures)

        nlp = spacy.load(model)
    else:
        nlp = load(lang)
    sentences = list(read_sentences(dev_path(shared, lang), FORMATS[lang]))
    docs = [Doc(nlp.vocab, words=words) for words, _ in sentences]
    started = time.perf_counter()
    with nlp.select_pipes(enable=["tok2vec", "ner"]):
        predicted = list(nlp.pipe(docs, batch_size=256))
    seconds = time.perf_counter() - started
    tp: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    for doc, (_, tags) in zip(predicted, sentences, strict=True):
        gold = _spans(tags)
        pred = {(e.start, e.end, e.label_) for e in doc.ents}
        for span in gold:
            n_gold[span[2]] += 1
        for span in pred:
            n_pred[span[2]] += 1
            if span in gold:
                tp[span[2]] += 1
    result = NerResult(lang, len(sentences), sum(len(d) for d in docs), seconds)
    for label in sorted(n_gold):
        result.per_label[label] = (*_prf(tp[label], n_pred[label], n_gold[label]), n_gold[label])
    result.overall = _prf(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))
    return result


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def report(result: NerResult) -> str:
    p, r, f = result.overall
    dev = "ned.testa" if result.lang == "nl" else "eng.testa"
    lines = [
        f"NER {result.lang} on {dev}: {result.sentences} sentences, "
        f"{result.words / result.seconds:,.0f} words/s",
        f"  {'label':6} {'P':>6} {'R':>6} {'F1':>6} {'n':>6}",
    ]
    for label, (lp, lr, lf, n) in result.per_label.items():
        lines.append(f"  {label:6} {lp:6.3f} {lr:6.3f} {lf:6.3f} {n:6d}")
    lines.append(f"  {'all':6} {p:6.3f} {r:6.3f} {f:6.3f}")
    return "\n".join(lines)
