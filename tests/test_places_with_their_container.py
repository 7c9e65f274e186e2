"""A town written with the province that holds it ("X in Y"). The shapes come from the
development set `parallel_dev6` (the Damboa clash, Rutshuru retaken); the sentences here are
our own."""

from __future__ import annotations

import kroniek


def resolved(text: str, lang: str) -> list[tuple[str, str]]:
    return [(p.text, p.place.name) for p in kroniek.load(lang)(text)._.places if p.place is not None]


def test_a_town_the_model_tagged_together_with_its_province_is_a_place() -> None:
    # The English model reads "Damboa in Borno" as one organisation: "near" still makes
    # its first name a place, and the event is the town's, not the state's.
    text = "Soldiers clashed with jihadists near Damboa in Borno state on Friday, killing six."
    events = kroniek.extract_text(text, date="2023-05-06", lang="en")
    assert [e.location for e in events] == ["Damboa"]


def test_a_town_whose_province_the_gazetteer_does_not_know_fits_in_the_province_near_it() -> None:
    # GeoNames gives Rutshuru no province: "in North Kivu" must not drop it as a namesake
    # from elsewhere.
    places = resolved("Rebels took the town of Rutshuru in North Kivu on Sunday.", "en")
    assert ("Rutshuru", "Rutshuru") in places
    events = kroniek.extract_text(
        "Rebels took the town of Rutshuru in North Kivu on Sunday.", date="2023-05-08", lang="en"
    )
    assert [e.location for e in events] == ["Rutshuru"]


def test_the_town_overrun_is_the_one_named_before_not_where_people_fled() -> None:
    text = (
        "Hundreds of families who fled Jalalabad after the insurgents overran the city on Sunday "
        "are camping in parks in Kabul, aid workers said."
    )
    events = kroniek.extract_text(text, date="2021-08-13", lang="en")
    assert [(e.location, e.sub_event_type) for e in events] == [
        ("Jalalabad", "Non-state actor overtakes territory")
    ]


def test_a_town_retaken_by_its_name_is_no_anaphor() -> None:
    # "de stad Huambo heroverd" names the town: it is no "de stad ... heroverd" of a town
    # told before, so the sentence keeps its own place.
    text = (
        "JOHANNESBURG - De regering en de rebellen hebben zondag in Lusaka een akkoord getekend. "
        "Woensdag had het regeringsleger na weken van gevechten de stad Huambo heroverd."
    )
    events = kroniek.extract_text(text, date="1994-11-21", lang="nl")
    assert ("Huambo", "Government regains territory") in [(e.location, e.sub_event_type) for e in events]
