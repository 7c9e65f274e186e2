"""Training of the sub-type classifier (needs scikit-learn, a development dependency).

Used by ``scripts/subtype/train.py`` to build the shipped model and by ``make eval`` to
cross-validate it on ACLED's notes.
"""

from __future__ import annotations

from kroniek.events.classifier import SubtypeClassifier, analyse


def fit(texts: list[str], labels: list[str], threshold: float = 0.85) -> SubtypeClassifier:
    """A classifier trained on these texts (scikit-learn is needed here, not at inference)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectoriser = TfidfVectorizer(analyzer=analyse, min_df=2)
    features = vectoriser.fit_transform(texts)
    model = LogisticRegression(C=10.0, max_iter=2000)
    model.fit(features, labels)
    vocabulary = {term: int(i) for term, i in vectoriser.vocabulary_.items()}
    return SubtypeClassifier(
        classes=[str(c) for c in model.classes_],
        vocabulary=vocabulary,
        idf=[round(float(x), 5) for x in vectoriser.idf_],
        coef=[[round(float(x), 4) for x in row] for row in model.coef_],
        intercept=[round(float(x), 4) for x in model.intercept_],
        threshold=threshold,
    )
