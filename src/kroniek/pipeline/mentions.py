"""What the pipeline components leave on a ``Doc``."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from kroniek.geo.countries import CountryMention


@dataclass(frozen=True)
class EventMention:
    """One sub-type reported by one sentence, before linking into events.

    Offsets are characters in ``doc.text``.
    """

    sub_event_type: str
    event_type: str
    sent_start: int
    sent_end: int
    trigger_start: int
    trigger_end: int
    fatalities: int | None
    fatalities_estimated: bool = False  # deaths without a number, counted by ACLED's convention
    # The clause of the sentence that tells the event, where a sentence tells two ("struck a
    # target near Balakot on Tuesday, twelve days after a suicide bombing near Pulwama"); -1:
    # the whole sentence.
    clause_start: int = -1
    clause_end: int = -1
    # Later sentences that speak of it without telling an event of their own (the sentence
    # detector's "none" after it: "Seven officers were injured, police said."): evidence only.
    also: tuple[tuple[int, int], ...] = ()


def register_extensions() -> None:
    """Doc attributes set by kroniek's components (idempotent)."""
    defaults: dict[str, object] = {
        "dct": None,  # PartialDate | None: the publication date, set before the pipeline runs
        "dct_inferred": None,  # PartialDate | None: the day narrowed from the text, if any
        "dct_published": None,  # PartialDate | None: that day where the text says it is the publication day
        "report_marks": None,  # list[tuple[int, int]]: the dateline and sign-off (kroniek.dateline)
        "timexes": None,  # list[TimexMention]
        "countries": None,  # list[CountryMention]
        "places": None,  # list[Toponym]: every place named, resolved against the gazetteer
        "event_mentions": None,  # list[EventMention]
        "filtered_sentences": None,  # list[tuple[int, int, str]]: sentences left out, and why
    }
    for name, default in defaults.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


__all__ = ["CountryMention", "EventMention", "register_extensions"]
