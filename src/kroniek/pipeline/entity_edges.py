"""Entities without punctuation at their edges.

The statistical NER model now and then takes a neighbouring mark into a name
("Jeruzalem;" as one PER entity before a semicolon). A name never starts or ends with
a comma, semicolon, colon, bracket or quote, so those tokens are cut off and the entity
keeps its label; an entity of punctuation alone is dropped.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

_EDGE_MARKS = frozenset(",;:()[]{}\"'“”‘’«»")


@Language.component("kroniek_entity_edges")
def trim_entity_edges(doc: Doc) -> Doc:
    """Cut punctuation tokens off the start and end of every entity."""
    trimmed: list[Span] = []
    changed = False
    for ent in doc.ents:
        start, end = ent.start, ent.end
        while start < end and doc[start].text in _EDGE_MARKS:
            start += 1
        while end > start and doc[end - 1].text in _EDGE_MARKS:
            end -= 1
        if (start, end) != (ent.start, ent.end):
            changed = True
        if start < end:
            trimmed.append(Span(doc, start, end, label=ent.label_))
    if changed:
        doc.ents = trimmed
    return doc
