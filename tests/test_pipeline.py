import pytest
from spacy.tokens import Doc

import kroniek
from kroniek.dates import PartialDate
from kroniek.pipeline import COMPONENTS, model_path


def test_load_builds_registered_components() -> None:
    for lang in ("nl", "en"):
        nlp = kroniek.load(lang)
        assert nlp.lang == lang
        assert tuple(nlp.pipe_names[-len(COMPONENTS) :]) == COMPONENTS
        if model_path(lang):
            assert nlp.pipe_names[:2] == ["tok2vec", "ner"]
        assert tuple(kroniek.load(lang, ner=False).pipe_names) == COMPONENTS


def test_extractors_share_one_pipeline_per_language_and_mode() -> None:
    """``kroniek.extract_text`` in a loop must not load the pipeline again on every call."""
    first, second = kroniek.Extractor(), kroniek.Extractor(lang="nl")
    assert first.pipeline("nl") is second.pipeline("nl")
    assert first.pipeline("nl") is not first.pipeline("en")
    time_only = kroniek.Extractor(events=False).pipeline("nl")
    assert time_only is not first.pipeline("nl")
    assert "kroniek_events" not in time_only.pipe_names
    # The shared pipeline still gives every call its own result.
    one = kroniek.extract_text("Bij een aanslag in Kaboel zijn zaterdag twee doden gevallen.", "2019-03-25")
    other = kroniek.extract_text("De politie arresteerde dinsdag in Gent drie betogers.", "2019-03-25")
    assert [e.location for e in one] == ["Kabul"] and [e.location for e in other] == ["Gent"]


def test_unknown_language_falls_back_cleanly() -> None:
    nlp = kroniek.load("sw")
    doc = nlp("Watu watatu waliuawa mjini Nairobi, Kenya. Polisi walisema.")
    assert len(list(doc.sents)) == 2
    assert [c.alpha2 for c in doc._.countries] == ["KE"]
    assert doc._.event_mentions == []


def test_pretokenized_doc_and_dct() -> None:
    nlp = kroniek.load("en")
    doc = Doc(nlp.vocab, words=["On", "Tuesday", "police", "arrested", "him", "."])
    doc._.dct = PartialDate(2022, 1, 5)
    doc = nlp(doc)
    assert [t.value for t in doc._.timexes] == ["2022-01-04"]
    assert doc[0].is_sent_start


@pytest.mark.parametrize(
    ("lang", "words", "expected"),
    [
        (
            "nl",
            ["De", "Iraanse", "generaal", "Qassem", "Soleimani", "werd", "in", "Bagdad", "gedood", "."],
            {("Qassem Soleimani", "PER"), ("Bagdad", "LOC")},
        ),
        (
            "en",
            ["Police", "in", "Nairobi", "arrested", "John", "Mwangi", "on", "Friday", "."],
            {("Nairobi", "LOC"), ("John Mwangi", "PER")},
        ),
    ],
)
def test_trained_ner_on_pretokenized_docs(
    lang: str, words: list[str], expected: set[tuple[str, str]]
) -> None:
    if model_path(lang) is None:
        pytest.skip(f"no NER model for {lang}")
    nlp = kroniek.load(lang)
    doc = nlp(Doc(nlp.vocab, words=words))
    assert expected <= {(e.text, e.label_) for e in doc.ents}
    assert {e.label_ for e in doc.ents} <= {"PER", "LOC", "ORG", "MISC"}
