"""Extraction on Dask distributed: ``kroniek ingest --workers N`` or ``--scheduler ADDRESS``.

The driver reads documents lazily and sends them to the workers in partitions of
``PARTITION`` documents, keeping at most ``2 x workers`` partitions in flight, so memory
stays bounded whatever the size of the corpus. Each worker process loads its pipelines
once and returns plain ``(Document, [Event])`` pairs, with the mentions that it already
joined by blocks of event type × country × day (:mod:`kroniek.store.blocks`). The driver
alone writes to the store, one transaction per partition: each cluster is matched against
the stored events once, and what the workers could not decide (vague dates and places,
reports in other partitions) is merged there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import cache
from typing import Any

from kroniek.extract import Extractor
from kroniek.records import Document, Event
from kroniek.store.blocks import Joins, join_within_blocks

Pairs = list[tuple[Document, list[Event]]]
PARTITION = 32  # documents per task: large enough to use nlp.pipe, small enough to balance


@cache
def _worker_extractor(lang: str | None, languages: tuple[str, ...] | None) -> Extractor:
    """One extractor per worker process, built on its first partition."""
    return Extractor(lang=lang, languages=list(languages) if languages else None)


def extract_partition(
    documents: list[Document], lang: str | None, languages: tuple[str, ...] | None
) -> tuple[Pairs, Joins, list[str]]:
    """Run on a worker: the events of each document, the mentions joined within their
    blocks, and a message for each document that failed."""
    extractor = _worker_extractor(lang, languages)
    problems: list[str] = []
    try:
        results = [(ex.document, ex.events) for ex in extractor.process_batch(documents)]
    except Exception:
        results = []
        for document in documents:  # one bad document must not sink its partition
            try:
                results.append((document, extractor.process(document).events))
            except Exception as exc:
                problems.append(f"could not process document {document.id!r}: {exc}")
    return results, join_within_blocks(results), problems


def _partitions(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for document in documents:
        batch.append(document)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def client_for(workers: int | None, scheduler: str | None) -> Any:
    """A Dask client: to a running scheduler, or to a local cluster of worker processes."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise SystemExit(
            "error: --workers and --scheduler need Dask: pip install 'kroniek[scale]' "
            "(or pip install 'dask[distributed]')"
        ) from None
    if scheduler:
        return Client(scheduler)
    cluster = LocalCluster(
        n_workers=workers or 1,
        threads_per_worker=1,
        processes=True,
        dashboard_address=":0",
        worker_dashboard_address=":0",
    )
    return Client(cluster)


def distributed_extract(
    documents: Iterable[Document],
    client: Any,
    lang: str | None = None,
    languages: list[str] | None = None,
    on_problem: Callable[[str], None] = lambda message: None,
    partition: int = PARTITION,
) -> Iterator[tuple[Pairs, Joins]]:
    """Partitions as the workers finish them, each its (document, events) pairs and the
    mentions joined within its blocks; order is not kept."""
    from dask.distributed import as_completed

    workers = max(1, len(client.scheduler_info().get("workers", {})))
    in_flight = 2 * workers
    pending = as_completed()
    parts = _partitions(documents, partition)
    language_tuple = tuple(languages) if languages else None
    for part in parts:
        pending.add(client.submit(extract_partition, part, lang, language_tuple, pure=False))
        if pending.count() >= in_flight:
            break
    for future in pending:
        results, joins, problems = future.result()
        future.release()
        for message in problems:
            on_problem(message)
        yield results, joins
        following = next(parts, None)
        if following is not None:
            pending.add(client.submit(extract_partition, following, lang, language_tuple, pure=False))
