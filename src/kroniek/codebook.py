"""ACLED's event types and sub-types, from ``resources/codebook.json``."""

from __future__ import annotations

import re
from functools import lru_cache

from kroniek.resources import load_json


@lru_cache(maxsize=1)
def event_types() -> dict[str, list[str]]:
    """Event type → its sub-event types, in ACLED's order."""
    data: dict[str, list[str]] = load_json("codebook.json")["event_types"]
    return data


@lru_cache(maxsize=1)
def sub_event_types() -> dict[str, str]:
    """Sub-event type → event type."""
    return {sub: etype for etype, subs in event_types().items() for sub in subs}


@lru_cache(maxsize=1)
def suppressions() -> dict[str, frozenset[str]]:
    """Sub-type → the sub-types it overrides when both describe the same thing."""
    table = load_json("codebook.json")["suppresses"]
    return {k: frozenset(v) for k, v in table.items() if not k.startswith("_")}


@lru_cache(maxsize=1)
def kept_with_dead() -> dict[str, frozenset[str]]:
    """Winner → the sub-types it does not suppress in a sentence that tells dead (``kept_with_dead``)."""
    table = load_json("codebook.json").get("kept_with_dead", {})
    return {k: frozenset(v) for k, v in table.items() if not k.startswith("_")}


@lru_cache(maxsize=1)
def sentence_only() -> dict[str, frozenset[str]]:
    """Winner → the sub-types it overrides only inside one sentence (``sentence_only``)."""
    table = load_json("codebook.json").get("sentence_only", {})
    return {k: frozenset(v) for k, v in table.items() if not k.startswith("_")}


@lru_cache(maxsize=1)
def dated_apart() -> dict[str, frozenset[str]]:
    """Winner → the sub-types it does not take in from another sentence that tells its own
    day (``dated_apart``)."""
    table = load_json("codebook.json").get("dated_apart", {})
    return {k: frozenset(v) for k, v in table.items() if not k.startswith("_")}


@lru_cache(maxsize=1)
def dated_apart_same_day() -> dict[str, frozenset[str]]:
    """Winner → the sub-types it does not take in from another sentence that tells a time of
    its own, even one of the same day ("Dezelfde avond sloegen bewoners ... dood";
    ``dated_apart_same_day``)."""
    table = load_json("codebook.json").get("dated_apart_same_day", {})
    return {k: frozenset(v) for k, v in table.items() if not k.startswith("_")}


@lru_cache(maxsize=1)
def across_sentences() -> dict[str, frozenset[str]]:
    """Winner → the sub-types it overrides only when told in other sentences (``across_sentences``)."""
    table = load_json("codebook.json").get("across_sentences", {})
    return {k: frozenset(v) for k, v in table.items() if not k.startswith("_")}


@lru_cache(maxsize=1)
def charged_crowds() -> frozenset[str]:
    """Events of a crowd that a later sentence telling it as peaceful goes on with (``charged_crowds``)."""
    return frozenset(load_json("codebook.json").get("charged_crowds", []))


@lru_cache(maxsize=1)
def with_dead() -> dict[str, str]:
    """Sub-type → what it becomes when a crowd's event of it has dead (``with_dead``)."""
    table = load_json("codebook.json").get("with_dead", {})
    return {k: v for k, v in table.items() if not k.startswith("_")}


@lru_cache(maxsize=1)
def with_dead_of_crowds() -> frozenset[str]:
    """Sub-types of ``with_dead`` that change only where their sentence names a crowd."""
    return frozenset(load_json("codebook.json").get("with_dead_of_crowds", []))


@lru_cache(maxsize=1)
def lexicon_keeps() -> frozenset[str]:
    """Sub-types that the classifier's second opinion never overrides (``lexicon_keeps``)."""
    return frozenset(load_json("codebook.json").get("lexicon_keeps", []))


@lru_cache(maxsize=1)
def evening_types() -> frozenset[str]:
    """Event types whose nights begin in the evening (``evening_types``)."""
    return frozenset(load_json("codebook.json").get("evening_types", []))


@lru_cache(maxsize=1)
def generic_actor() -> re.Pattern[str]:
    """ACLED actor names that say nothing about who acted (``generic_actors``), by their first
    words: "Unidentified Armed Group (Kenya)", "Opposition Rebels (Zimbabwe)"."""
    names = load_json("codebook.json").get("generic_actors", [])
    return re.compile(r"^(?:" + "|".join(map(re.escape, names)) + r")\b" if names else r"(?!)")


@lru_cache(maxsize=1)
def evening_exceptions() -> frozenset[str]:
    """Sub-types of the evening types whose night is dated as other events' (``evening_exceptions``)."""
    return frozenset(load_json("codebook.json").get("evening_exceptions", []))


def event_type_of(sub_event_type: str) -> str:
    try:
        return sub_event_types()[sub_event_type]
    except KeyError:
        raise ValueError(f"unknown ACLED sub-event type {sub_event_type!r}") from None


REMOTE_VIOLENCE = "Explosions/Remote violence"
VIOLENCE_AGAINST_CIVILIANS = "Violence against civilians"
VIOLENT_TYPES = frozenset({"Battles", REMOTE_VIOLENCE, VIOLENCE_AGAINST_CIVILIANS, "Riots"})
"""Event types whose deaths count as fatalities (plus Excessive force against protesters)."""
TAKEN_OR_REGAINED = frozenset({"Non-state actor overtakes territory", "Government regains territory"})
"""The sub-types in which a place changes hands by force."""


def can_have_fatalities(sub_event_type: str) -> bool:
    return (
        event_type_of(sub_event_type) in VIOLENT_TYPES
        or sub_event_type == "Excessive force against protesters"
    )


@lru_cache(maxsize=1)
def ordinary_crime() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Countries (ISO3) where unclaimed violence without a political side is crime, the
    sub-types it covers, and the sub-types of its suspects' arrests (``ordinary_crime``)."""
    table = load_json("codebook.json").get("ordinary_crime", {})
    return (
        frozenset(table.get("iso3", [])),
        frozenset(table.get("sub_types", [])),
        frozenset(table.get("suspects", [])),
    )
