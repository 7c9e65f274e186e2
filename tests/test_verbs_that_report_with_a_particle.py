"""A Dutch verb that reports only with its particle ("maakte ... bekend", "liet ... weten")
makes the date next to it the day of a report only when the particle follows in the
sentence: in "Op woensdag 10 januari maakten explosievenexperts een autobom onschadelijk" the
experts did something that day, and the event keeps it, in wire copy too.

The shape comes from the development set `events_articles_dev15`; the sentences are our own."""

from __future__ import annotations

from collections.abc import Callable

Coded = Callable[..., list[tuple[str, str]]]  # the conftest fixture `coded`


def test_a_deed_on_a_named_day_keeps_its_day_in_wire_copy(coded: Coded) -> None:
    text = (
        "QUITO - Op maandag 8 januari ontvoerden gewapende mannen in Machala drie agenten. "
        "Op woensdag 10 januari maakten explosievenexperts in Esmeraldas een autobom onschadelijk"
        " die bij een brug was achtergelaten."
    )
    assert ("Disrupted weapons use", "2024-01-10") in coded(text, "nl", "2024-01")


def test_a_report_with_its_particle_still_dates_no_event(coded: Coded) -> None:
    text = (
        "QUITO - Gewapende mannen hebben in Machala drie agenten ontvoerd. "
        "De politie maakte woensdag bekend dat de mannen de agenten op maandag hadden ontvoerd."
    )
    assert ("Abduction/forced disappearance", "2024-01-10") not in coded(text, "nl", "2024-01-12")
