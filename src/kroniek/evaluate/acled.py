"""Evaluate the event coder on ACLED's English dev notes (``acled/acled_2020_dev.csv``).

Each note becomes an English document dated on the row's ``timestamp`` (the day ACLED
published it). The event kroniek reports first for a note is compared with the row:
event type, sub-event type, country, date, fatalities and place (country, admin1, and
whether the coordinates are within 25 and 100 km of ACLED's). A note for which kroniek
reports no event counts as wrong on every field.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from kroniek.dates import PartialDate
from kroniek.evaluate.metrics import accuracy, macro_f1, per_label, weighted_f1
from kroniek.extract import Extractor
from kroniek.records import Document, Event

DATASET = Path("data/acled/acled_2020_dev.csv")
NONE = "(no event)"


@dataclass
class AcledResult:
    notes: int
    covered: int
    event_type_accuracy: float
    sub_event_macro_f1: float
    sub_event_weighted_f1: float
    sub_event_accuracy: float
    country_accuracy: float
    exact_date_rate: float
    exact_fatalities_rate: float
    actor1_overlap: float = 0.0  # share of notes whose actor1 shares half its tokens with ACLED's
    actor1_token_f1: float = 0.0
    geo: GeoScores = field(default_factory=lambda: GeoScores(0, 0, 0, 0, 0, 0))
    reliability: list[tuple[str, int, float, float]] = field(default_factory=list)
    calibration_error: float = 0.0
    per_sub_type: list[tuple[str, float, float, float, int]] = field(default_factory=list)


@dataclass(frozen=True)
class GeoScores:
    """Where kroniek put each note's first event, against ACLED's coded location."""

    notes: int
    country: float
    admin1: float
    within_25km: float
    within_100km: float
    located: float  # share of notes given coordinates at all
    ceiling_25km: float = 0.0  # share of rows whose location the gazetteer has, by name, within 25 km


_ADMIN_WORDS = re.compile(
    r"\b(governorate|province|oblast|region|state|department|district|county|prefecture|"
    r"mayorality of|muhafazat|wilayat|provincia de|estado de|city)\b"
)


def same_admin1(gold: str, predicted: str) -> bool:
    """ACLED's and GeoNames' spellings of a province differ ("Sala al-Din" and "Salah ad
    Din Governorate"): compare loose keys without administrative words, allowing small
    differences."""
    from difflib import SequenceMatcher

    from kroniek.geo.names import loose_key

    a, b = (loose_key(_ADMIN_WORDS.sub(" ", loose_key(x))) for x in (gold, predicted))
    if not a or not b:
        return False
    return a == b or SequenceMatcher(None, a, b).ratio() >= 0.8


def geo_scores(gold: list[dict[str, str]], predictions: list[Event | None]) -> GeoScores:
    from kroniek.geo.gazetteer import distance_km

    n = len(gold) or 1
    country = admin1 = near25 = near100 = located = 0
    for row, event in zip(gold, predictions, strict=True):
        if event is None:
            continue
        country += event.country == row["country"]
        admin1 += same_admin1(
            row["admin1"], event.admin1 or (event.location if event.geo_precision == 3 else "")
        )
        if event.latitude is None or event.longitude is None:
            continue
        located += 1
        km = distance_km((event.latitude, event.longitude), (float(row["latitude"]), float(row["longitude"])))
        near25 += km <= 25
        near100 += km <= 100
    return GeoScores(
        len(gold), country / n, admin1 / n, near25 / n, near100 / n, located / n, _gazetteer_ceiling(gold) / n
    )


def _gazetteer_ceiling(gold: list[dict[str, str]]) -> int:
    """Rows whose coded location ("Ain Zara", "Aden-Crater": the part before a dash) the
    gazetteer knows by name within 25 km: what a perfect reader of names could reach."""
    from kroniek.geo.gazetteer import distance_km, open_gazetteer

    gazetteer = open_gazetteer()
    found = 0
    for row in gold:
        point = (float(row["latitude"]), float(row["longitude"]))
        places = gazetteer.lookup(row["location"].split("-")[0].strip(), True)
        found += any(distance_km(p, point) <= 25 for p in places)
    return found


_YEARS = re.compile(r"\(\d{4}-(?:\d{4})?\)")


def actor_tokens(name: str) -> set[str]:
    """Lower-case word tokens of an actor name, without ACLED's period ("(2019-)")."""
    return set(re.findall(r"\w+", _YEARS.sub(" ", name).lower()))


def token_f1(gold: str, predicted: str) -> float:
    a, b = actor_tokens(gold), actor_tokens(predicted)
    if not a or not b:
        return float(a == b)
    common = len(a & b)
    return 0.0 if common == 0 else 2 * common / (len(a) + len(b))


def _gold_date(value: str) -> str:
    """ACLED's ``8-May-20`` as ``2020-05-08``."""
    return dt.datetime.strptime(value, "%d-%b-%y").date().isoformat()


def load_documents(path: Path, limit: int | None = None) -> list[tuple[Document, dict[str, str]]]:
    """(document, gold row) pairs; bracketed coder tags such as ``[size=...]`` are removed."""
    pairs = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            published = dt.datetime.fromtimestamp(int(row["timestamp"]), dt.UTC).date()
            text = re.sub(r"\s*\[[^\]]*\]", "", row["notes"]).strip()
            doc = Document(
                id=row["data_id"],
                text=text,
                date=PartialDate.from_date(published),
                lang="en",
                source_name=str(path),
            )
            pairs.append((doc, row))
            if limit and len(pairs) >= limit:
                break
    return pairs


def _predict(pairs: list[tuple[Document, dict[str, str]]]) -> list[Event | None]:
    extractor = Extractor(lang="en")
    predictions: list[Event | None] = []
    for document, _ in pairs:
        events = extractor.process(document).events
        predictions.append(events[0] if events else None)
    return predictions


def _cross_validated(pairs: list[tuple[Document, dict[str, str]]], folds: int) -> list[Event | None]:
    """Each note coded with a classifier trained on the other folds' notes, never its own."""
    from kroniek.events import classifier
    from kroniek.events.classifier_training import fit

    predictions: list[Event | None] = [None] * len(pairs)
    for fold in range(folds):
        test = [i for i in range(len(pairs)) if i % folds == fold]
        train = [i for i in range(len(pairs)) if i % folds != fold]
        model = fit([pairs[i][0].text for i in train], [pairs[i][1]["sub_event_type"] for i in train])
        with classifier.using("en", model):
            for i, event in zip(test, _predict([pairs[i] for i in test]), strict=True):
                predictions[i] = event
    return predictions


def is_right(row: dict[str, str], event: Event) -> bool:
    """What confidence predicts: the event is right in sub-type, day and country."""
    return (
        event.sub_event_type == row["sub_event_type"]
        and event.event_date == _gold_date(row["event_date"])
        and event.country == row["country"]
    )


def _calibration(
    gold: list[dict[str, str]], predictions: list[Event | None], folds: int = 5
) -> tuple[list[tuple[str, int, float, float]], float]:
    """Reliability of cross-validated confidences: each event's confidence comes from a
    calibration fitted on the other folds' events."""
    from kroniek import confidence

    rows = [(i, e) for i, e in enumerate(predictions) if e is not None]
    right = {i: is_right(gold[i], e) for i, e in rows}
    probabilities: dict[int, float] = {}
    for fold in range(folds):
        train = [(i, e) for i, e in rows if i % folds != fold]
        model = confidence.fit([e for _, e in train], [right[i] for i, _ in train])
        for i, e in rows:
            if i % folds == fold:
                probabilities[i] = model.probability(e)
    order = sorted(probabilities)
    table = confidence.reliability([probabilities[i] for i in order], [right[i] for i in order])
    return table, confidence.expected_calibration_error(table)


def notes_from_command_line(doc: str | None, what: str) -> list[tuple[Document, dict[str, str]]] | None:
    """The dev notes for a training script run as ``script.py --shared ../shared``; None
    (after saying why on stderr) when they are not there."""
    import argparse
    import sys

    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    path = parser.parse_args().shared / DATASET
    if not path.is_file():
        print(f"{path}: not here; {what} is trained on ACLED's dev notes", file=sys.stderr)
        return None
    return load_documents(path)


def evaluate(shared: Path, limit: int | None = None, mode: str = "cv") -> AcledResult:
    """``mode``: "cv" (lexicon + classifier, 5-fold cross-validated) or "lexicon" (no
    classifier). The shipped classifier was trained on these very notes, so it is never
    scored on them."""
    from kroniek.events import classifier

    pairs = load_documents(shared / DATASET, limit)
    if mode == "cv":
        predictions = _cross_validated(pairs, 5)
    else:
        with classifier.using("en", None):
            predictions = _predict(pairs)
    gold = [row for _, row in pairs]

    def pick(attr: str) -> list[object]:
        return [getattr(p, attr) if p else NONE for p in predictions]

    reliability, ece = _calibration(gold, predictions) if mode == "cv" else ([], 0.0)
    gold_sub = [g["sub_event_type"] for g in gold]
    pred_sub = [str(x) for x in pick("sub_event_type")]
    scores = per_label(gold_sub, pred_sub)
    return AcledResult(
        notes=len(pairs),
        covered=sum(p is not None for p in predictions),
        event_type_accuracy=accuracy([g["event_type"] for g in gold], pick("event_type")),
        sub_event_macro_f1=macro_f1(gold_sub, pred_sub),
        sub_event_weighted_f1=weighted_f1(gold_sub, pred_sub),
        sub_event_accuracy=accuracy(gold_sub, pred_sub),
        country_accuracy=accuracy([g["country"] for g in gold], pick("country")),
        exact_date_rate=accuracy([_gold_date(g["event_date"]) for g in gold], pick("event_date")),
        exact_fatalities_rate=accuracy([int(g["fatalities"]) for g in gold], pick("fatalities")),
        geo=geo_scores(gold, predictions),
        reliability=reliability,
        calibration_error=ece,
        actor1_overlap=sum(
            token_f1(g["actor1"], p.actor1) >= 0.5 for g, p in zip(gold, predictions, strict=True) if p
        )
        / len(gold),
        actor1_token_f1=sum(
            token_f1(g["actor1"], p.actor1) for g, p in zip(gold, predictions, strict=True) if p
        )
        / len(gold),
        per_sub_type=[(s.label, s.precision, s.recall, s.f1, s.support) for s in scores],
    )


def report(result: AcledResult, title: str = "") -> str:
    lines = [
        f"ACLED dev notes ({DATASET}){title}: {result.notes} notes, "
        f"{result.covered} ({result.covered / result.notes:.1%}) with at least one event",
        f"  event_type accuracy      {result.event_type_accuracy:.3f}",
        f"  sub-event macro-F1       {result.sub_event_macro_f1:.3f}"
        f"   (weighted F1 {result.sub_event_weighted_f1:.3f}, accuracy {result.sub_event_accuracy:.3f})",
        f"  country accuracy         {result.country_accuracy:.3f}",
        f"  exact-date rate          {result.exact_date_rate:.3f}",
        f"  exact-fatalities rate    {result.exact_fatalities_rate:.3f}",
        f"  actor1 token overlap     {result.actor1_overlap:.3f}   (token F1 >= 0.5 with ACLED's name, years"
        f" dropped; mean token F1 {result.actor1_token_f1:.3f})",
        f"  place: country {result.geo.country:.3f}, admin1 {result.geo.admin1:.3f}, "
        f"within 25 km {result.geo.within_25km:.3f}, within 100 km {result.geo.within_100km:.3f} "
        f"(coordinates for {result.geo.located:.1%} of notes; the gazetteer has "
        f"{result.geo.ceiling_25km:.1%} of the coded locations by name within 25 km)",
        "",
    ]
    if result.reliability:
        lines.append(
            "  confidence reliability (right = sub-type, day and country; 5-fold CV): "
            f"expected calibration error {result.calibration_error:.3f}"
        )
        lines.append(f"  {'confidence':12} {'events':>7} {'mean conf.':>11} {'share right':>12}")
        lines += [f"  {b:12} {n:7d} {mean:11.3f} {share:12.3f}" for b, n, mean, share in result.reliability]
        lines.append("")
    lines.append(f"  {'sub_event_type':36} {'P':>5} {'R':>5} {'F1':>5} {'n':>5}")
    for label, p, r, f1, n in result.per_sub_type:
        lines.append(f"  {label:36} {p:5.2f} {r:5.2f} {f1:5.2f} {n:5d}")
    return "\n".join(lines)
