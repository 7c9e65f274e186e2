"""The sub-type classifier: pure-Python inference equals scikit-learn's, and it only
overrides the lexicon when confident."""

from __future__ import annotations

import pytest

from kroniek.events.classifier import analyse, classifier_for, using

TEXTS = [
    ("Gunmen attacked a village and killed five civilians.", "Attack"),
    ("Unknown gunmen shot dead two farmers in their field.", "Attack"),
    ("Armed men killed a shopkeeper in the market.", "Attack"),
    ("Soldiers clashed with rebels near the border for hours.", "Armed clash"),
    ("Government forces and militants exchanged fire at a checkpoint.", "Armed clash"),
    ("Troops fought insurgents in the hills, killing three.", "Armed clash"),
    ("Hundreds of residents held a peaceful protest against fuel prices.", "Peaceful protest"),
    ("Teachers demonstrated outside parliament demanding unpaid salaries.", "Peaceful protest"),
    ("Students staged a sit-in against tuition fees.", "Peaceful protest"),
]


def test_analysis_matches_the_vectoriser() -> None:
    assert analyse("Gunmen attacked a village") == [
        "gunmen",
        "attacked",
        "village",
        "gunmen attacked",
        "attacked village",
    ]


def test_inference_equals_scikit_learn() -> None:
    sklearn = pytest.importorskip("sklearn")
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    from kroniek.events.classifier_training import fit

    texts, labels = [t for t, _ in TEXTS], [label for _, label in TEXTS]
    model = fit(texts * 2, labels * 2)
    vectoriser = TfidfVectorizer(analyzer=analyse, min_df=2)
    reference = LogisticRegression(C=10.0, max_iter=2000).fit(vectoriser.fit_transform(texts * 2), labels * 2)
    probe = "Gunmen killed two civilians in a village."
    expected = dict(
        zip(reference.classes_, reference.predict_proba(vectoriser.transform([probe]))[0], strict=True)
    )
    got = model.probabilities(probe)
    assert sklearn.__version__
    assert got.keys() == expected.keys()
    for label, p in expected.items():
        assert got[label] == pytest.approx(p, abs=1e-3)
    assert model.predict(probe)[0] == "Attack"


def test_using_swaps_the_classifier_for_a_while() -> None:
    shipped = classifier_for("en")
    with using("en", None):
        assert classifier_for("en") is None
    assert classifier_for("en") is shipped
    assert classifier_for("nl") is None  # no Dutch training data
