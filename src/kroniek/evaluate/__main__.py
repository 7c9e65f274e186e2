"""``make eval``: every evaluation whose data is in ``../shared``; the others are skipped."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kroniek.evaluate import acled, agreement, dedup, detector, events_nl, gold, ner, places, timeml


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kroniek.evaluate", description=__doc__)
    parser.add_argument(
        "--shared",
        type=Path,
        default=Path("../shared"),
        help="the shared data folder (default: %(default)s)",
    )
    parser.add_argument("--limit", type=int, help="evaluate on the first N items only")
    args = parser.parse_args(argv)
    if not (args.shared / acled.DATASET).is_file():
        print(f"skipped ACLED evaluation: {args.shared / acled.DATASET} is not here")
    else:
        print(acled.report(acled.evaluate(args.shared, args.limit, "lexicon"), ", lexicon alone"))
        print()
        cv = acled.evaluate(args.shared, args.limit, "cv")
        print(acled.report(cv, ", lexicon + classifier, 5-fold cross-validated (what kroniek ships)"))
    print()
    predict = timeml.kroniek_predictor()
    if (args.shared / timeml.TBAQ).is_dir():
        docs = timeml.read_tbaq(args.shared)[: args.limit]
        print(
            timeml.report(
                f"TempEval-3 TBAQ ({timeml.TBAQ}, {len(docs)} documents)", timeml.score(docs, predict)
            )
        )
    else:
        print(f"skipped TempEval-3 evaluation: {args.shared / timeml.TBAQ} is not here")
    dutch = (
        (timeml.DUTCH_GOLD, "development"),
        (timeml.DUTCH_DEV2, "development 2"),
        (timeml.DUTCH_DEV3, "development 3"),
        (timeml.DUTCH_CONLL_DEV, "development 4, Flemish"),
        (timeml.DUTCH_HELDOUT, "development 5, held out until the tenth stop (0.888 then)"),
        (timeml.DUTCH_HELDOUT2, "held out"),
        (timeml.DUTCH_CONLL, "held out, Flemish"),
    )
    try:
        for path, role in dutch:
            if path.is_file():
                docs = timeml.read_jsonl_gold(path, shared=args.shared)
                name = f"Dutch {role} set (tests/data/{path.name}, {len(docs)} sentences)"
                print(timeml.report(name, timeml.score(docs, predict)))
        print()
        print(places.report(places.evaluate(shared=args.shared)))
        for dataset, role in (
            (events_nl.DEV_DATASET, "development, in-sample"),
            (events_nl.DEV2_DATASET, "development 2, mostly hard negatives"),
            (events_nl.WRITTEN_DATASET, "development 3, written, in-sample"),
            (events_nl.CONLL_DEV_DATASET, "development 4, Flemish"),
            (events_nl.CONLL_DEV2_DATASET, "development 5, Flemish, mostly hard negatives"),
            (events_nl.CONLL_DEV3_DATASET, "development 7, Flemish, nearly all hard negatives"),
            (events_nl.NEWS_EN_DATASET, "English news snippets, written, in-sample"),
            (events_nl.DATASET, "development 6, held out until the ninth stop (blind F1 0.465)"),
            (events_nl.CONLL_DATASET, "held out, Flemish"),
            (events_nl.HELDOUT2_DATASET, "held out 2, real passages, mostly hard negatives"),
            (events_nl.DPG_DEV, "real whole articles, development (built blind)"),
            (events_nl.DPG_DEV2, "real whole articles, development 2 (built blind)"),
            (events_nl.DPG_DEV3, "real whole articles, development 3, all hard negatives (built blind)"),
            (events_nl.DPG_DEV4, "real whole articles, development 4, all hard negatives (built blind)"),
            (events_nl.DPG_HELDOUT, "real whole articles, held out"),
            (events_nl.REUTERS_DEV, "real whole Reuters articles of 1996, development (built blind)"),
            (events_nl.REUTERS_HELDOUT, "real whole Reuters articles of 1996, held out"),
            (events_nl.REUTERS_DEV2, "real whole Reuters articles of 1996, development 2 (built blind)"),
            (events_nl.REUTERS_HELDOUT2, "real whole Reuters articles of 1996, held out 2"),
            (events_nl.REUTERS_DEV3, "real whole Reuters articles of 1996, development 3 (built blind)"),
            (events_nl.REUTERS_DEV4, "real whole Reuters articles of 1996, development 4 (built blind)"),
            (events_nl.REUTERS_DEV6, "real whole Reuters articles of 1996, development 6 (built blind)"),
        ):
            if dataset.is_file():
                print()
                print(f"[{role}] " + events_nl.report(events_nl.evaluate(dataset, args.shared)))
        if agreement.SECOND.is_file():
            print()
            print(agreement.report(agreement.evaluate(args.shared)))
        for dataset, role in (
            (events_nl.PARALLEL_DEV, "parallel, development"),
            (events_nl.PARALLEL_DEV2, "parallel, development 2"),
            (events_nl.PARALLEL_DEV3, "parallel snippets, four per sub-type, development 3 (built blind)"),
            (events_nl.PARALLEL_DEV4, "parallel snippets with hard negatives, development 4 (built blind)"),
            (events_nl.PARALLEL_DEV5, "parallel snippets with hard negatives, development 5 (built blind)"),
            (events_nl.PARALLEL_DEV6, "parallel snippets with hard negatives, development 6 (built blind)"),
            (events_nl.PARALLEL_DEV7, "parallel snippets with hard negatives, development 7 (built blind)"),
            (events_nl.PARALLEL_DEV8, "parallel snippets, half hard negatives, development 8 (built blind)"),
            (events_nl.PARALLEL_DEV9, "parallel snippets, 40 hard negatives, development 9 (built blind)"),
            (events_nl.PARALLEL_DEV10, "parallel news-like snippets, development 10 (built blind)"),
            (events_nl.PARALLEL_DEV11, "parallel news-like snippets, development 11 (built blind)"),
            (events_nl.PARALLEL_DEV12, "parallel news-like snippets, development 12 (built blind)"),
            (events_nl.PARALLEL_DEV13, "parallel news-like snippets, development 13 (built blind)"),
            (events_nl.PARALLEL_DEV14, "parallel news-like snippets, development 14 (built blind)"),
            (events_nl.PARALLEL_DEV15, "parallel news-like snippets, development 15 (built blind)"),
            (events_nl.PARALLEL_DEV16, "parallel news-like snippets, development 16 (built blind)"),
            (events_nl.PARALLEL_DEV17, "parallel news-like snippets, development 17 (built blind)"),
            (events_nl.PARALLEL_DEV18, "parallel news-like snippets, development 18 (built blind)"),
            (events_nl.PARALLEL_HELDOUT, "parallel, held out"),
            (events_nl.PARALLEL_ARTICLES, "parallel whole articles, development"),
            (events_nl.PARALLEL_ARTICLES2, "parallel whole articles, development 2"),
            (events_nl.PARALLEL_ARTICLES3, "parallel whole articles, development 3"),
            (events_nl.PARALLEL_ARTICLES4, "parallel whole articles, development 4"),
            (events_nl.PARALLEL_ARTICLES5, "parallel whole articles, development 5 (built blind)"),
            (events_nl.PARALLEL_ARTICLES6, "parallel whole articles, development 6 (built blind)"),
            (events_nl.PARALLEL_ARTICLES7, "parallel whole articles, development 7 (built blind)"),
            (events_nl.PARALLEL_ARTICLES8, "parallel whole articles, development 8 (built blind)"),
            (events_nl.PARALLEL_ARTICLES9, "parallel whole articles, development 9 (built blind)"),
            (events_nl.PARALLEL_ARTICLES10, "parallel whole articles, development 10 (built blind)"),
            (events_nl.PARALLEL_ARTICLES11, "parallel whole articles, development 11 (built blind)"),
            (events_nl.PARALLEL_ARTICLES12, "parallel whole articles, development 12 (built blind)"),
            (events_nl.PARALLEL_ARTICLES13, "parallel whole articles, development 13 (built blind)"),
            (events_nl.PARALLEL_ARTICLES14, "parallel whole articles, development 14 (built blind)"),
            (events_nl.PARALLEL_ARTICLES15, "parallel whole articles, development 15 (built blind)"),
            (events_nl.PARALLEL_ARTICLES16, "parallel whole articles, development 16 (built blind)"),
            (events_nl.PARALLEL_ARTICLES17, "parallel whole articles, development 17 (built blind)"),
            (events_nl.PARALLEL_ARTICLES18, "parallel whole articles, development 18 (built blind)"),
            (events_nl.PARALLEL_ARTICLES19, "parallel whole articles, development 19 (built blind)"),
            (events_nl.PARALLEL_ARTICLES20, "parallel whole articles, development 20 (built blind)"),
            (events_nl.PARALLEL_ARTICLES21, "parallel whole articles, development 21 (built blind)"),
            (events_nl.PARALLEL_ARTICLES22, "parallel whole articles, development 22 (built blind)"),
            (events_nl.PARALLEL_ARTICLES23, "parallel whole articles, development 23 (built blind)"),
            (events_nl.PARALLEL_ARTICLES24, "parallel whole articles, development 24 (built blind)"),
            (events_nl.PARALLEL_ARTICLES25, "parallel whole articles, development 25 (built blind)"),
            (events_nl.PARALLEL_ARTICLES26, "parallel whole articles, development 26 (built blind)"),
            (events_nl.PARALLEL_ARTICLES27, "parallel whole articles, development 27 (built blind)"),
            (events_nl.PARALLEL_ARTICLES28, "parallel whole articles, development 28 (built blind)"),
            (events_nl.PARALLEL_ARTICLES29, "parallel whole articles, development 29 (built blind)"),
            (events_nl.PARALLEL_ARTICLES30, "parallel whole articles, development 30 (built blind)"),
            (events_nl.PARALLEL_ARTICLES31, "parallel whole articles, development 31 (built blind)"),
            (events_nl.PARALLEL_ARTICLES32, "parallel whole articles, development 32 (built blind)"),
            (events_nl.PARALLEL_ARTICLES33, "parallel whole articles, development 33 (built blind)"),
            (events_nl.PARALLEL_ARTICLES34, "parallel whole articles, development 34 (built blind)"),
            (events_nl.PARALLEL_ARTICLES35, "parallel whole articles, development 35 (built blind)"),
            (events_nl.PARALLEL_ARTICLES36, "parallel whole articles, development 36 (built blind)"),
            (events_nl.PARALLEL_ARTICLES37, "parallel whole articles, development 37 (built blind)"),
            (events_nl.PARALLEL_ARTICLES38, "parallel whole articles, development 38 (built blind)"),
            (events_nl.PARALLEL_ARTICLES39, "parallel whole articles, development 39 (built blind)"),
            (events_nl.PARALLEL_ARTICLES40, "parallel whole articles, development 40 (built blind)"),
            (events_nl.PARALLEL_ARTICLES_HELDOUT, "parallel whole articles, held out"),
        ):
            for lang in ("nl", "en") if dataset.is_file() else ():
                print()
                print(f"[{role}] " + events_nl.report(events_nl.evaluate(dataset, args.shared, lang)))
        for lang in ("nl", "en"):
            print()
            print(detector.report(lang, shared=args.shared))
        if dedup.DATASET.is_file():
            print()
            print(dedup.report(dedup.evaluate(shared=args.shared)))
        for dev in dedup.DEVELOPMENT:
            if dev.is_file():
                print(dedup.report(dedup.evaluate(dev, shared=args.shared), dev))
        for held_out in dedup.HELD_OUT:
            if held_out.is_file():
                print(dedup.report(dedup.evaluate(held_out, shared=args.shared), held_out, held_out=True))
    except gold.SourceMissing as missing:
        print(f"skipped the Dutch time, place, event and dedup sets: {missing}")
    print()
    for lang in ("nl", "en"):
        result = ner.evaluate(args.shared, lang)
        print(ner.report(result) if result else f"skipped NER {lang}: no model or no CoNLL dev set")
    return 0


if __name__ == "__main__":
    sys.exit(main())
