"""Evaluate the event coder on passages annotated by hand: the Dutch sets
(``tests/data/events_nl.jsonl``: short DpgMedia2019 passages with their ACLED events, and
passages that report none; see its README) and the written Dutch and English sets, in the
same format (each row may name its ``lang``; Dutch when it does not).

Two views:

- **As on the ACLED notes** (comparable with the English figures): for passages with
  exactly one gold event, kroniek's first event against it: event type, sub-type, exact
  date, exact fatalities, actor1 token overlap, within 25 km.
- **All events**: gold and predicted events are matched one to one on sub-type and date;
  precision, recall and F1 over events, and the share of event-free passages where
  kroniek still codes something (false alarms).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kroniek.dates import PartialDate
from kroniek.evaluate.acled import token_f1
from kroniek.evaluate.gold import read_gold
from kroniek.extract import Extractor
from kroniek.geo.gazetteer import distance_km
from kroniek.records import Document, Event

# Held out until the ninth stop (F1 0.465, false alarms 0.200, unchanged by the rules of several stops);
# then opened for development. Its held-out successor is events_nl_heldout2.jsonl.
DATASET = Path(__file__).resolve().parents[3] / "tests" / "data" / "events_nl.jsonl"
# Real DpgMedia2019 passages built blind in the ninth stop, held out: 80 passages, only 6 with an
# event (the corpus has few left), so it measures false alarms above all.
HELDOUT2_DATASET = DATASET.with_name("events_nl_heldout2.jsonl")
# Written later from other articles, and tuned on: its figures are in-sample.
DEV_DATASET = DATASET.with_name("events_nl_dev.jsonl")
DEV2_DATASET = DATASET.with_name("events_nl_dev2.jsonl")  # 85 hard negatives and 2 events: false alarms
# 245 passages written blind by a helper (no corpus text), all 25 sub-types; tuned on since.
WRITTEN_DATASET = DATASET.with_name("events_nl_written.jsonl")
# Flemish: 48 sentences of CoNLL-2002 ned.testa (De Morgen, 1 August 2000), annotated blind; held out.
CONLL_DATASET = DATASET.with_name("events_nl_conll.jsonl")
# Flemish: 67 sentences of CoNLL-2002 ned.train (De Morgen, June and July 2000); development.
CONLL_DEV_DATASET = DATASET.with_name("events_nl_conll_dev.jsonl")
# Built blind in the eighth stop from the rest of ned.train: 72 hard negatives and 5 events.
CONLL_DEV2_DATASET = DATASET.with_name("events_nl_conll_dev2.jsonl")
# A third set of ned.train sentences, built blind in the eighteenth stop: 82 rows, nearly all hard negatives.
CONLL_DEV3_DATASET = DATASET.with_name("events_nl_conll_dev3.jsonl")
# 275 English news snippets written blind by a helper (CASE 2021 style); tuned on since.
NEWS_EN_DATASET = DATASET.with_name("events_en_news.jsonl")
# The same written passages in Dutch and in English, pair by pair (built blind in the ninth
# stop): Dutch against English on one content. The dev file may be tuned on; the other not.
PARALLEL_DEV = DATASET.with_name("events_parallel_dev.jsonl")
PARALLEL_HELDOUT = DATASET.with_name("events_parallel_heldout.jsonl")
# Built blind in the tenth stop as a second development set; measured once before any rule used it.
PARALLEL_DEV2 = DATASET.with_name("events_parallel_dev2.jsonl")
# 100 CASE-2021-style snippet pairs, four per sub-type, built blind on 2026-12-01 (nineteenth stop).
PARALLEL_DEV3 = DATASET.with_name("events_parallel_dev3.jsonl")
# 100 more snippet pairs, 80 with an event (three or four per sub-type) and 20 hard negatives, built blind
# on 2026-12-01 (nineteenth stop) and measured at its end.
PARALLEL_DEV4 = DATASET.with_name("events_parallel_dev4.jsonl")
# 100 more snippet pairs, 70 with an event (two or three per sub-type) and 30 hard negatives, built blind
# on 2026-12-01 (twentieth stop).
PARALLEL_DEV5 = DATASET.with_name("events_parallel_dev5.jsonl")
# 100 more snippet pairs (70 events, 30 hard negatives), built blind on 2026-12-01 (twentieth stop).
PARALLEL_DEV6 = DATASET.with_name("events_parallel_dev6.jsonl")
# 100 more snippet pairs (70 events, 30 hard negatives), built blind on 2026-12-01 (twentieth stop).
PARALLEL_DEV7 = DATASET.with_name("events_parallel_dev7.jsonl")
# 100 more snippet pairs weighted to hard negatives (50 events, 50 event-free), built blind on 2026-12-01.
PARALLEL_DEV8 = DATASET.with_name("events_parallel_dev8.jsonl")
# 100 more snippet pairs (60 with events, 10 of them with two; 40 hard negatives), built blind on
# 2026-12-01 (twenty-first stop); blind sub-type nl 0.740 / en 0.840 at the stop's start.
PARALLEL_DEV9 = DATASET.with_name("events_parallel_dev9.jsonl")
# 100 more pairs in the manner of news copy (77 events, 12 pairs with two; 35 hard negatives), built
# blind on 2026-12-01 (twenty-first stop); blind sub-type nl 0.774 / en 0.830 with that day's rules.
PARALLEL_DEV10 = DATASET.with_name("events_parallel_dev10.jsonl")
# 100 more news-copy pairs (65 with events, 16 of them with two or three; 35 hard negatives of 18
# kinds), built blind on 2026-12-02 (twenty-second stop); blind sub-type nl 0.735 / en 0.796.
PARALLEL_DEV11 = DATASET.with_name("events_parallel_dev11.jsonl")
# 100 more news-copy pairs (65 with events, 15 with two or three; 35 hard negatives), built blind on
# 2026-12-02 (twenty-second stop); blind false alarms nl 0.314 / en 0.429.
PARALLEL_DEV12 = DATASET.with_name("events_parallel_dev12.jsonl")
# 100 more news-copy pairs (65 with events, 15 with two or three; 35 hard negatives of 34 kinds),
# built blind on 2026-12-02 (twenty-third stop); blind false alarms nl 0.143 / en 0.343.
PARALLEL_DEV13 = DATASET.with_name("events_parallel_dev13.jsonl")
# 100 more news-copy pairs (65 with events, 15 with two or three; 35 hard negatives of 35 kinds),
# built blind on 2026-12-02 (twenty-third stop, round 2); blind false alarms nl 0.143 / en 0.257.
PARALLEL_DEV14 = DATASET.with_name("events_parallel_dev14.jsonl")
# 100 more news-copy pairs (35 hard negatives, 8 with a dated background event), built blind in the
# twenty-fourth stop; blind F1 nl 0.693 / en 0.778, false alarms 0.086 / 0.257.
PARALLEL_DEV15 = DATASET.with_name("events_parallel_dev15.jsonl")
# 100 more news-copy pairs (35 hard negatives of 35 kinds, all 25 sub-types), built blind in the
# twenty-fifth stop; blind F1 nl 0.789 / en 0.783, false alarms 0.086 / 0.143.
PARALLEL_DEV16 = DATASET.with_name("events_parallel_dev16.jsonl")
# 100 more news-copy pairs (80 written first in Dutch, 35 hard negatives, all 25 sub-types),
# built blind in the twenty-sixth stop; blind F1 nl 0.814 / en 0.789, false alarms 0.086 / 0.286.
PARALLEL_DEV17 = DATASET.with_name("events_parallel_dev17.jsonl")
# 100 more news-copy pairs (P101-P200; 62 written first in Dutch, 35 hard negatives), built
# blind in the twenty-sixth stop; blind F1 nl 0.803 / en 0.795, false alarms 0.114 / 0.314.
PARALLEL_DEV18 = DATASET.with_name("events_parallel_dev18.jsonl")
# Whole written articles (5-12 sentences, some with a month-only date), in Dutch and English,
# built blind in the eleventh stop; measured once (nl F1 0.509, en 0.528) before rules used it.
PARALLEL_ARTICLES = DATASET.with_name("events_articles_dev.jsonl")
# 30 more whole articles in more newspaper-like Dutch, built blind in the eleventh stop; measured once
# (nl F1 0.611, en 0.618) before rules used it.
PARALLEL_ARTICLES2 = DATASET.with_name("events_articles_dev2.jsonl")
# 30 more whole articles, built blind in the eleventh stop as a held-out set (nl F1 0.545, en 0.624
# at the end of that stop), then tuned on in the twelfth.
PARALLEL_ARTICLES3 = DATASET.with_name("events_articles_dev3.jsonl")
# 30 more whole articles, built blind in the twelfth stop as a held-out set (nl F1 0.559, en 0.603
# at the end of that stop), then tuned on in the thirteenth.
PARALLEL_ARTICLES4 = DATASET.with_name("events_articles_dev4.jsonl")
# 30 more whole articles (5 event-free, 11 with a month-only date), built blind on 2026-12-01 (twentieth
# stop); blind nl F1 0.661 / en 0.733 at the stop's start.
PARALLEL_ARTICLES5 = DATASET.with_name("events_articles_dev5.jsonl")
# 30 more whole articles of 11-17 sentences (5 event-free, 4 with a month-only date), built blind on
# 2026-12-02 (twenty-third stop); blind F1 nl 0.556 / en 0.570.
PARALLEL_ARTICLES6 = DATASET.with_name("events_articles_dev6.jsonl")
# 30 more whole articles of 9-14 sentences (5 event-free, 10 with a month-only date, 13 background
# events), built blind on 2026-12-02 (twenty-fourth stop); blind F1 nl 0.703 / en 0.643.
PARALLEL_ARTICLES7 = DATASET.with_name("events_articles_dev7.jsonl")
# 30 more whole articles of 9-12 sentences (5 event-free, 10 with a month-only date, follow-up
# shapes), built blind on 2026-12-02 (twenty-fifth stop); blind F1 nl 0.626 / en 0.659.
PARALLEL_ARTICLES8 = DATASET.with_name("events_articles_dev8.jsonl")
# 30 more whole articles (21 written first in Dutch, 5 event-free, 10 with a month-only date),
# built blind in the twenty-sixth stop; blind F1 nl 0.694 / en 0.688.
PARALLEL_ARTICLES9 = DATASET.with_name("events_articles_dev9.jsonl")
# 30 more whole articles (21 written first in Dutch, 5 event-free), built blind in the
# twenty-sixth stop; blind F1 nl 0.750 / en 0.739 (stop-start code), 0.765 / 0.759 (end of stop).
PARALLEL_ARTICLES10 = DATASET.with_name("events_articles_dev10.jsonl")
# 30 more whole articles (20 written first in Dutch, 5 event-free, 10 with a month-only date),
# built blind in the twenty-sixth stop; blind F1 nl 0.602 / en 0.623 (stop-start code), 0.602 / 0.632
# (end of stop).
PARALLEL_ARTICLES11 = DATASET.with_name("events_articles_dev11.jsonl")
# Built blind in the twenty-seventh stop (prefix D; blind F1 nl 0.629, en 0.719), then tuned on.
PARALLEL_ARTICLES12 = DATASET.with_name("events_articles_dev12.jsonl")
# Built blind in the twenty-seventh stop (prefix G; blind F1 nl 0.465 / en 0.506 with the stop-start code,
# 0.479 / 0.506 with the end-of-stop rules), then tuned on.
PARALLEL_ARTICLES13 = DATASET.with_name("events_articles_dev13.jsonl")
# Built blind in the twenty-eighth stop (prefix A; blind F1 nl 0.659 / en 0.614 with the stop-start code,
# 0.659 / 0.628 with the end-of-stop rules), then tuned on.
PARALLEL_ARTICLES14 = DATASET.with_name("events_articles_dev14.jsonl")
# Built blind in the twenty-ninth stop (prefix J; blind F1 nl 0.667 / en 0.674 with the code at both ends
# of the stop), then tuned on.
PARALLEL_ARTICLES15 = DATASET.with_name("events_articles_dev15.jsonl")
# Built blind in the thirtieth stop (prefix Z; blind F1 nl 0.691 / en 0.663 with the stop-start code,
# 0.704 / 0.678 with the end-of-stop rules), then tuned on.
PARALLEL_ARTICLES16 = DATASET.with_name("events_articles_dev16.jsonl")
# Built blind in the thirty-first stop (prefix Y; blind F1 nl 0.557 / en 0.628 with the stop-start code,
# 0.566 / 0.628 at the end), then tuned on.
PARALLEL_ARTICLES17 = DATASET.with_name("events_articles_dev17.jsonl")
# Built blind in the thirty-second stop (prefix X; blind F1 nl 0.646 / en 0.714 with the stop-start code,
# 0.658 / 0.732 at the end), then tuned on.
PARALLEL_ARTICLES18 = DATASET.with_name("events_articles_dev18.jsonl")
# Built blind in the thirty-third stop (prefix K; blind F1 nl 0.561 / en 0.581 with the stop-start code,
# 0.573 / 0.581 at the end), then tuned on.
PARALLEL_ARTICLES19 = DATASET.with_name("events_articles_dev19.jsonl")
# Built blind in the thirty-fourth stop (prefix N; blind F1 nl 0.611 / en 0.637 with the stop-start code,
# 0.611 / 0.640 at the end), then tuned on.
PARALLEL_ARTICLES20 = DATASET.with_name("events_articles_dev20.jsonl")
# Built blind in the thirty-fifth stop (prefix T; blind F1 nl 0.561 / en 0.688 with the stop-start code,
# unchanged at the end), then tuned on.
PARALLEL_ARTICLES21 = DATASET.with_name("events_articles_dev21.jsonl")
# Built blind in the thirty-sixth stop (prefix S; blind F1 nl 0.580 / en 0.605 with the stop-start code,
# 0.606 / 0.622 at the end), then tuned on.
PARALLEL_ARTICLES22 = DATASET.with_name("events_articles_dev22.jsonl")
# Built blind in the thirty-seventh stop (blind F1 nl 0.618 / en 0.657 then; 0.663 / 0.680 with the
# forty-third stop's code, still blind), then tuned on.
PARALLEL_ARTICLES23 = DATASET.with_name("events_articles_dev23.jsonl")
# Built blind in the thirty-seventh stop (prefix V); blind F1 nl 0.619 / en 0.564 at its first measurement,
# 0.675 / 0.649 at its last (forty-fifth stop), then registered and tuned on.
PARALLEL_ARTICLES24 = DATASET.with_name("events_articles_dev24.jsonl")
# Built blind in the thirty-ninth stop; blind F1 nl 0.642 / en 0.707 at its first measurement,
# 0.683 / 0.714 at its last (forty-sixth stop's start), then registered and tuned on.
PARALLEL_ARTICLES25 = DATASET.with_name("events_articles_dev25.jsonl")
# Built blind in the forty-fifth stop (prefix E); blind F1 nl 0.659 / en 0.769 at its first measurement
# and at its last (forty-seventh stop's start), then registered and tuned on.
PARALLEL_ARTICLES26 = DATASET.with_name("events_articles_dev26.jsonl")
# Built blind in the forty-seventh stop (prefix L); blind F1 nl 0.646 / en 0.713 at its first measurement,
# 0.650 / 0.709 at its last (forty-eighth stop's start), then registered and tuned on.
PARALLEL_ARTICLES27 = DATASET.with_name("events_articles_dev27.jsonl")
# Built blind in the forty-eighth stop (prefix B); blind F1 nl 0.640 / en 0.613 at its first measurement
# and at its last (forty-ninth stop's start), then registered and tuned on.
PARALLEL_ARTICLES28 = DATASET.with_name("events_articles_dev28.jsonl")
# Built blind in the forty-ninth stop (prefix H); blind F1 nl 0.648 / en 0.634 at its first measurement,
# 0.718 / 0.678 at its last (fiftieth stop's start), then registered and tuned on.
PARALLEL_ARTICLES29 = DATASET.with_name("events_articles_dev29.jsonl")
# Built blind in the fiftieth stop (prefix P); blind F1 nl 0.593 / en 0.640 at its first measurement,
# 0.589 / 0.682 at its last (fifty-first stop's start), then registered and tuned on.
PARALLEL_ARTICLES30 = DATASET.with_name("events_articles_dev30.jsonl")
# Built blind in the fifty-first stop (prefix M); blind F1 nl 0.575 / en 0.587 at its first measurement,
# 0.587 / 0.598 at its last (fifty-second stop's start), then registered and tuned on.
PARALLEL_ARTICLES31 = DATASET.with_name("events_articles_dev31.jsonl")
# Built blind in the fifty-second stop (prefix KR); blind F1 nl 0.577 / en 0.586 at its first measurement,
# 0.585 / 0.597 at its last (fifty-third stop's start), then registered and tuned on.
PARALLEL_ARTICLES32 = DATASET.with_name("events_articles_dev32.jsonl")
# Built blind in the fifty-third stop (prefix TQ); blind F1 nl 0.633 / en 0.621 at its first measurement,
# 0.633 / 0.628 at its last (fifty-fourth stop's start), then registered and tuned on.
PARALLEL_ARTICLES33 = DATASET.with_name("events_articles_dev33.jsonl")
# Built blind in the fifty-fourth stop (prefix VW); blind F1 nl 0.576 / en 0.686 at its first measurement,
# 0.586 / 0.686 at its last (fifty-fifth stop's start), then registered and tuned on.
PARALLEL_ARTICLES34 = DATASET.with_name("events_articles_dev34.jsonl")
# Built blind in the fifty-fifth stop (prefix JX); blind F1 nl 0.553 / en 0.536 at its first measurement,
# 0.553 / 0.536 at its last (fifty-sixth stop's start), then registered and tuned on.
PARALLEL_ARTICLES35 = DATASET.with_name("events_articles_dev35.jsonl")
# Built blind in the fifty-sixth stop (prefix QB); blind F1 nl 0.612 / en 0.632 at its first measurement,
# 0.612 / 0.632 at its last (fifty-seventh stop's start), then registered and tuned on.
PARALLEL_ARTICLES36 = DATASET.with_name("events_articles_dev36.jsonl")
# Built blind in the fifty-seventh stop (prefix NF); blind F1 nl 0.440 / en 0.451 at its first measurement,
# 0.491 / 0.478 at its last (fifty-eighth stop's start), then registered and tuned on.
PARALLEL_ARTICLES37 = DATASET.with_name("events_articles_dev37.jsonl")
# Built blind in the fifty-eighth stop (prefix ZE); blind F1 nl 0.503 / en 0.625 at its first measurement,
# 0.503 / 0.625 at its last (fifty-ninth stop's start), then registered and tuned on.
PARALLEL_ARTICLES38 = DATASET.with_name("events_articles_dev38.jsonl")
# Built blind in the fifty-ninth stop (prefix WM); blind F1 nl 0.571 / en 0.611 at its first measurement,
# 0.568 / 0.622 at its last (sixtieth stop's start), then registered and tuned on.
PARALLEL_ARTICLES39 = DATASET.with_name("events_articles_dev39.jsonl")
# Built blind in the sixtieth stop (prefix HD); blind F1 nl 0.609 / en 0.624 at its first measurement,
# 0.609 / 0.624 at its last (sixty-first stop's start), then registered and tuned on.
PARALLEL_ARTICLES40 = DATASET.with_name("events_articles_dev40.jsonl")
# 30 more whole articles, built blind in the thirteenth stop as a held-out set: only its figures are read.
PARALLEL_ARTICLES_HELDOUT = DATASET.with_name("events_articles_heldout3.jsonl")
DPG_DEV = DATASET.with_name("events_dpg_dev.jsonl")
# 21 more DpgMedia2019 articles (6 with events), built blind on 2026-12-01 (nineteenth stop).
DPG_DEV2 = DATASET.with_name("events_dpg_dev2.jsonl")
# 29 more DpgMedia2019 articles, all hard negatives, built blind on 2026-12-01 (nineteenth stop).
DPG_DEV3 = DATASET.with_name("events_dpg_dev3.jsonl")
# 30 more DpgMedia2019 articles, all event-free (no unused article with an event was left), built
# blind on 2026-12-01 (twenty-first stop); blind false alarms 0.000.
DPG_DEV4 = DATASET.with_name("events_dpg_dev4.jsonl")
DPG_HELDOUT = DATASET.with_name("events_dpg_heldout.jsonl")
REUTERS_DEV = DATASET.with_name("events_reuters_dev.jsonl")
REUTERS_HELDOUT = DATASET.with_name("events_reuters_heldout.jsonl")
REUTERS_DEV2 = DATASET.with_name("events_reuters_dev2.jsonl")
# A third set of eng.train articles, richer in violent events; built blind on 2026-12-01 (eighteenth stop).
REUTERS_DEV3 = DATASET.with_name("events_reuters_dev3.jsonl")
# A fourth set of eng.train articles (18 with events, 12 without); built blind on 2026-12-01 (twentieth stop).
REUTERS_DEV4 = DATASET.with_name("events_reuters_dev4.jsonl")
# A fifth set of eng.train articles (12 with events, 18 hard negatives: the file has few conflict
# reports left); built blind on 2026-12-02 (twenty-second stop), blind F1 0.242.
REUTERS_DEV6 = DATASET.with_name("events_reuters_dev6.jsonl")
REUTERS_HELDOUT2 = DATASET.with_name("events_reuters_heldout2.jsonl")


# Every registered development set (the held-out ones and the blind ones not yet registered are
# not here). A set registered later joins this tuple too: the sentence detector is trained and
# cross-validated on the ones that hold only text we wrote (``kroniek.events.detector_training``).
DEVELOPMENT = (
    DATASET,
    DEV_DATASET,
    DEV2_DATASET,
    WRITTEN_DATASET,
    CONLL_DEV_DATASET,
    CONLL_DEV2_DATASET,
    CONLL_DEV3_DATASET,
    NEWS_EN_DATASET,
    PARALLEL_DEV,
    PARALLEL_DEV2,
    PARALLEL_DEV3,
    PARALLEL_DEV4,
    PARALLEL_DEV5,
    PARALLEL_DEV6,
    PARALLEL_DEV7,
    PARALLEL_DEV8,
    PARALLEL_DEV9,
    PARALLEL_DEV10,
    PARALLEL_DEV11,
    PARALLEL_DEV12,
    PARALLEL_DEV13,
    PARALLEL_DEV14,
    PARALLEL_DEV15,
    PARALLEL_DEV16,
    PARALLEL_DEV17,
    PARALLEL_DEV18,
    PARALLEL_ARTICLES,
    PARALLEL_ARTICLES2,
    PARALLEL_ARTICLES3,
    PARALLEL_ARTICLES4,
    PARALLEL_ARTICLES5,
    PARALLEL_ARTICLES6,
    PARALLEL_ARTICLES7,
    PARALLEL_ARTICLES8,
    PARALLEL_ARTICLES9,
    PARALLEL_ARTICLES10,
    PARALLEL_ARTICLES11,
    PARALLEL_ARTICLES12,
    PARALLEL_ARTICLES13,
    PARALLEL_ARTICLES14,
    PARALLEL_ARTICLES15,
    PARALLEL_ARTICLES16,
    PARALLEL_ARTICLES17,
    PARALLEL_ARTICLES18,
    PARALLEL_ARTICLES19,
    PARALLEL_ARTICLES20,
    PARALLEL_ARTICLES21,
    PARALLEL_ARTICLES22,
    PARALLEL_ARTICLES23,
    PARALLEL_ARTICLES24,
    PARALLEL_ARTICLES25,
    PARALLEL_ARTICLES26,
    PARALLEL_ARTICLES27,
    PARALLEL_ARTICLES28,
    PARALLEL_ARTICLES29,
    PARALLEL_ARTICLES30,
    PARALLEL_ARTICLES31,
    PARALLEL_ARTICLES32,
    PARALLEL_ARTICLES33,
    PARALLEL_ARTICLES34,
    PARALLEL_ARTICLES35,
    PARALLEL_ARTICLES36,
    PARALLEL_ARTICLES37,
    PARALLEL_ARTICLES38,
    PARALLEL_ARTICLES39,
    PARALLEL_ARTICLES40,
    DPG_DEV,
    DPG_DEV2,
    DPG_DEV3,
    DPG_DEV4,
    REUTERS_DEV,
    REUTERS_DEV2,
    REUTERS_DEV3,
    REUTERS_DEV4,
    REUTERS_DEV6,
)


@dataclass(frozen=True)
class EventSetScores:
    name: str  # the file scored
    language: str  # "Dutch", "English", or both
    passages: int
    single: int  # passages with exactly one gold event
    event_type_accuracy: float
    sub_event_accuracy: float
    exact_date: float
    exact_fatalities: float
    actor1_overlap: float
    within_25km: float
    precision: float
    recall: float
    f1: float
    empty: int  # passages with no gold event
    false_alarms: float  # share of those where kroniek codes an event
    matched: int = 0  # events that agree with a gold event on sub-type and day
    gold_events: int = 0
    predicted_events: int = 0


def _near(gold: dict[str, Any], event: Event) -> bool:
    if event.latitude is None or event.longitude is None or gold.get("latitude") is None:
        return False
    return distance_km((event.latitude, event.longitude), (gold["latitude"], gold["longitude"])) <= 25


def evaluate(path: Path = DATASET, shared: Path | None = None, lang: str | None = None) -> EventSetScores:
    """Scores on a gold set; with ``lang``, on its passages in that language only."""
    rows = [r for r in read_gold(path, shared) if lang is None or r.get("lang", "nl") == lang]
    documents = [
        Document(
            id=r["id"],
            text=r["text"],
            date=PartialDate.parse(r["dct"]) if r.get("dct") else None,
            lang=r.get("lang", "nl"),
        )
        for r in rows
    ]
    by_id: dict[str, list[Event]] = {}
    for lang in sorted({d.lang for d in documents}):
        batch = [d for d in documents if d.lang == lang]
        for document, extraction in zip(batch, Extractor(lang=lang).extract(batch), strict=True):
            by_id[document.id] = extraction.events
    predicted = [by_id[d.id] for d in documents]
    single: list[tuple[dict[str, Any], Event | None]] = [
        (r["events"][0], events[0] if events else None)
        for r, events in zip(rows, predicted, strict=True)
        if len(r["events"]) == 1
    ]

    def share(test: Any) -> float:
        return sum(1 for g, e in single if e is not None and test(g, e)) / len(single) if single else 0.0

    matched = gold_total = predicted_total = 0
    empty = alarms = 0
    for row, events in zip(rows, predicted, strict=True):
        gold_total += len(row["events"])
        predicted_total += len(events)
        if not row["events"]:
            empty += 1
            alarms += bool(events)
        free = list(events)
        for gold in row["events"]:
            hit = next(
                (
                    e
                    for e in free
                    if e.sub_event_type == gold["sub_event_type"] and e.event_date == gold["event_date"]
                ),
                None,
            )
            if hit is not None:
                matched += 1
                free.remove(hit)
    precision = matched / predicted_total if predicted_total else 0.0
    recall = matched / gold_total if gold_total else 0.0
    names = {"nl": "Dutch", "en": "English"}
    return EventSetScores(
        name=path.name,
        language=" and ".join(names.get(lang, lang) for lang in sorted({d.lang for d in documents})),
        passages=len(rows),
        single=len(single),
        event_type_accuracy=share(lambda g, e: e.event_type == g["event_type"]),
        sub_event_accuracy=share(lambda g, e: e.sub_event_type == g["sub_event_type"]),
        exact_date=share(lambda g, e: e.event_date == g["event_date"]),
        exact_fatalities=share(lambda g, e: e.fatalities == int(g.get("fatalities", 0))),
        actor1_overlap=share(lambda g, e: token_f1(g.get("actor1", ""), e.actor1) >= 0.5),
        within_25km=share(_near),
        precision=precision,
        recall=recall,
        f1=2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        empty=empty,
        false_alarms=alarms / empty if empty else 0.0,
        matched=matched,
        gold_events=gold_total,
        predicted_events=predicted_total,
    )


def report(s: EventSetScores) -> str:
    return "\n".join(
        [
            f"{s.language} events ({s.name}): {s.passages} passages, {s.single} with one gold event, "
            f"{s.empty} with none",
            f"  as on the ACLED notes: event_type {s.event_type_accuracy:.3f}, "
            f"sub-type {s.sub_event_accuracy:.3f}, exact date {s.exact_date:.3f}, "
            f"exact fatalities {s.exact_fatalities:.3f}, actor1 overlap {s.actor1_overlap:.3f}, "
            f"within 25 km {s.within_25km:.3f}",
            f"  all events (matched on sub-type and day): P {s.precision:.3f}  R {s.recall:.3f}  "
            f"F1 {s.f1:.3f}; false alarms on event-free passages {s.false_alarms:.3f}",
        ]
    )


if __name__ == "__main__":
    print(report(evaluate()))
