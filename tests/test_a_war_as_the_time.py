"""A war named as the time of an event (", two years after the start of a war that has killed
hundreds of thousands of people") makes the sentence no generic one, and its toll is the
war's: the truce agreed that day is still an event, with no dead of its own.

The shape comes from the development set `events_articles_dev3`; the sentence is our own."""

from __future__ import annotations

import kroniek


def test_a_truce_told_with_the_war_it_ends_is_an_agreement() -> None:
    text = (
        "The government and the rebels agreed on Monday to a cessation of hostilities, three years "
        "after the start of a war that has killed tens of thousands of people."
    )
    events = kroniek.extract_text(text, date="2024-01-17", lang="en")
    assert [(e.sub_event_type, e.event_date, e.fatalities) for e in events] == [
        ("Agreement", "2024-01-15", 0)
    ]
