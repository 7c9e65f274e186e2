"""A participle right after an event's noun brings the date of that event, whatever date the
sentence opened with: "talks began on Monday under the truce signed in Pretoria earlier this
month" dates the truce to this month, not to Monday.

The shape comes from the development set `dedup_dev20`; the sentences here are our own."""

from __future__ import annotations

import pytest

import kroniek


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rebel and army commanders met in Kampala on Monday to discuss how to disarm the "
            "fighters under the peace deal signed in Arusha earlier this month.",
            ("Agreement", "2021-03-15", 3),
        ),
        (
            "Thousands marched in Kandahar on Friday against the bombing carried out on Tuesday "
            "at the main bazaar, in which nine people died.",
            ("Remote explosive/landmine/IED", "2021-03-09", 1),
        ),
    ],
)
def test_a_participle_after_the_events_noun_dates_it(text: str, expected: tuple[str, str, int]) -> None:
    events = kroniek.extract_text(text, date="2021-03-12", lang="en")
    assert expected in [(e.sub_event_type, e.event_date, e.time_precision) for e in events]


def test_a_participle_with_an_object_brings_no_date_of_its_own() -> None:
    """In "said on Thursday that the attack wounded five people in Herat last month" the verb
    has an object before the date: no participle's phrase, and the report's day dates nothing."""
    text = "Police said on Thursday that the attack wounded five people in Herat last month."
    events = kroniek.extract_text(text, date="2021-03-12", lang="en")
    assert all(e.event_date != "2021-03-11" for e in events)
