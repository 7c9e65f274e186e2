"""The learned sentence detector: what it was trained on, how it labels, and that it acts."""

from __future__ import annotations

import pytest

from kroniek.evaluate import events_nl
from kroniek.events import detector
from kroniek.events.detector_training import _label


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_shipped_detector_was_trained_on_development_sets_only(lang: str) -> None:
    model = detector.shipped(lang)
    assert model is not None and detector.NONE in model.model.classes
    registered = {p.name for p in events_nl.DEVELOPMENT}
    assert model.trained_on and set(model.trained_on) <= registered
    assert not any("heldout" in name for name in model.trained_on)


def test_development_sets_hold_no_held_out_or_blind_set() -> None:
    names = {p.name for p in events_nl.DEVELOPMENT}
    assert not any("heldout" in n for n in names)
    assert "events_nl_conll.jsonl" not in names  # the Flemish held-out set
    assert "events_articles_dev41.jsonl" not in names  # a blind set, measured in aggregate only


def test_a_sentence_is_labelled_by_the_evidence_it_begins() -> None:
    evidence = [("soldiers shot dead three villagers near gulu on tuesday the army said", "Attack")]
    assert _label("Soldiers shot dead three villagers near Gulu on Tuesday.", evidence) == "Attack"
    assert _label("The army said.", evidence) is None  # goes on with the evidence: left out
    assert _label("The minister spoke of peace.", evidence) == detector.NONE


def test_the_english_model_finds_a_killing_and_drops_background() -> None:
    model = detector.shipped("en")
    assert model is not None
    found = model.found("Soldiers shot dead three villagers near Gulu on Tuesday.")
    assert found is not None and found[0] == "Attack"
    sentence = "Soldiers shot dead three villagers near Gulu on Tuesday."
    assert sentence[found[1] : found[2]].lower() in sentence.lower()
    assert model.dropped("In May, dozens of people were killed in an attack on an Islamic boarding school.")
    assert not model.dropped(sentence)


def test_without_a_detector_the_background_attack_is_coded_again() -> None:
    from kroniek import extract_text

    text = (
        "KAMPALA - Rebels attacked an army post near Gulu on Friday, killing two soldiers. "
        "In May, dozens of people were killed in an attack on an Islamic boarding school."
    )
    with detector.using("en", detector.shipped("en")):
        with_model = extract_text(text, lang="en", date="2019-08-02")
    with detector.using("en", None):
        alone = extract_text(text, lang="en", date="2019-08-02")
    assert len(alone) > len(with_model)


def test_using_restores_the_detector_before() -> None:
    before = detector.detector_for("nl")
    with detector.using("nl", detector.shipped("nl")):
        assert detector.detector_for("nl") is detector.shipped("nl")
    assert detector.detector_for("nl") is before


def test_the_lead_is_never_dropped() -> None:
    """The model, trained on whole articles, would drop this lone sentence; a lead tells its
    event (ACLED's notes are lone leads too), so the lexicon's protest stands."""
    from kroniek import extract_text

    sentence = "Two weeks ago, thousands of people protested in London."
    model = detector.shipped("en")
    assert model is not None and model.dropped(sentence)
    with detector.using("en", model):
        (event,) = extract_text(sentence, lang="en", date="2019-03-28")
    assert (event.sub_event_type, event.event_date) == ("Peaceful protest", "2019-03-14")


def test_a_dropped_sentence_after_an_event_stays_its_evidence() -> None:
    from kroniek import extract_text

    text = (
        "Protesters blocked roads with burning tyres in Nairobi on Tuesday. "
        "Seven officers were injured, police said."
    )
    model = detector.shipped("en")
    assert model is not None and model.dropped("Seven officers were injured, police said.")
    with detector.using("en", model):
        (event,) = extract_text(text, lang="en", date="2021-04-08")
    assert event.sub_event_type == "Violent demonstration"
    assert [e.text for e in event.evidence][-1] == "Seven officers were injured, police said."


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_sets_of_real_text_are_never_trained_on(shared, lang: str) -> None:
    from kroniek.evaluate.detector import real_text_sets

    sets = real_text_sets(lang, shared)
    model = detector.shipped(lang)
    assert sets and model is not None
    assert not {p.name for p in sets} & set(model.trained_on)
    assert {"nl": "events_dpg_dev.jsonl", "en": "events_reuters_dev.jsonl"}[lang] in {p.name for p in sets}
