"""Rule-based sentence boundaries, driven by a per-language abbreviation list.

A sentence ends at ``.``, ``!``, ``?`` or ``…`` (plus closing quotes or brackets) that is
followed by white space and an upper-case letter, a digit or an opening quote, unless
the word before the period is a known abbreviation or a single initial. A line break
always ends a sentence: scraped news puts headlines, captions and paragraphs on lines
of their own.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from kroniek.resources import load_json

_CANDIDATE = re.compile(
    r"""(?P<end>[.!?…]+["'”’»)\]]*)\s+(?=["'“‘«(\[]?[A-Z0-9À-ÖØ-Þ])|\n\s*""",
)
_INITIALS = re.compile(r"[a-z]|(?:[a-z]\.)+[a-z]")  # "j." or "u.s.": a name's initials


@cache
def abbreviations(lang: str) -> frozenset[str]:
    data = load_json("sentences.json", lang) or load_json("sentences.json", "xx")
    return frozenset(a.lower() for a in data["abbreviations"])


def sentence_starts(text: str, lang: str) -> list[int]:
    """Character offsets where sentences start (the first is always the first non-space)."""
    abbrevs = abbreviations(lang)
    first = len(text) - len(text.lstrip())
    starts = [first] if text.strip() else []
    for match in _CANDIDATE.finditer(text):
        if match.group("end") and match.group("end").startswith("."):
            word = _word_before(text, match.start()).lower().lstrip("(\"'")
            if word in abbrevs or _INITIALS.fullmatch(word):
                continue
        if match.end() < len(text):
            starts.append(match.end())
    return starts


def _word_before(text: str, end: int, reach: int = 60) -> str:
    """The run of non-space characters that ends at ``end`` (at most ``reach`` long)."""
    start, lo = end, max(0, end - reach)
    while start > lo and not text[start - 1].isspace():
        start -= 1
    return text[start:end]


@Language.factory("kroniek_sentences")
def make_sentencizer(nlp: Language, name: str) -> SentenceSplitter:
    return SentenceSplitter(nlp.lang or "xx")


class SentenceSplitter:
    """Sets ``token.is_sent_start`` from :func:`sentence_starts`."""

    def __init__(self, lang: str):
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        starts = set(sentence_starts(doc.text, self.lang))
        for i, token in enumerate(doc):
            token.is_sent_start = i == 0 or token.idx in starts
        return doc
