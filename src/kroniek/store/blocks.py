"""Deduplication by blocks of day × region, where the documents are read.

Two mentions can only be one event when they share an event type, a country and a day:
that triple is a *block*. On Dask, each worker groups the mentions of its partition by
block and clusters each block with the store's own rule (:func:`dedup.compare` against
the cluster merged so far), so mentions of one event that arrive in one partition reach
the writer already joined. The writer then matches each cluster against the store once
(its candidate query is the same block, widened by the date precision) instead of
once per mention: the work of merging moves out of the single writer and into the
workers, block by block.

Only mentions dated to the day and placed below the country form blocks. A mention dated
to the week or month, or placed only in a country or a region, could fit several events;
the writer decides those alone, with every stored event in view.
"""

from __future__ import annotations

from collections.abc import Iterable

from kroniek.records import Document, Event
from kroniek.store.dedup import compare, merge

BlockKey = tuple[str, str, str]  # event type, country, day
# mention id -> (the id of the first mention of its cluster, why they are one event)
Joins = dict[str, tuple[str, str]]


def block_key(mention: Event) -> BlockKey | None:
    """The block of a day-dated, placed mention; None for one that the writer must decide."""
    if mention.time_precision != 1 or mention.geo_precision > 2 or not mention.country:
        return None
    if not mention.event_date:
        return None
    return mention.event_type, mention.country, mention.event_date


def join_within_blocks(pairs: Iterable[tuple[Document, list[Event]]]) -> Joins:
    """For each mention that belongs with an earlier one of the same partition, the
    earlier cluster's first mention and the reasons. Mentions of one document never join
    (the extractor separated them), as in the store."""
    clusters: dict[BlockKey, list[_Cluster]] = {}
    joins: Joins = {}
    for _, events in pairs:
        for mention in events:
            key = block_key(mention)
            if key is None:
                continue
            block = clusters.setdefault(key, [])
            best: tuple[float, _Cluster, str] | None = None
            for cluster in block:
                if mention.doc_id in cluster.documents:
                    continue
                verdict = compare(cluster.merged, mention)
                if verdict.same and (best is None or verdict.score > best[0]):
                    best = (verdict.score, cluster, verdict.why())
            if best is None:
                block.append(_Cluster([mention]))
                continue
            _, cluster, why = best
            joins[mention.event_id] = (cluster.head, why)
            cluster.add(mention)
    return joins


class _Cluster:
    """The mentions joined so far, and what the store would make of them (kept up to date,
    not recomputed for every comparison)."""

    def __init__(self, mentions: list[Event]):
        self.mentions = mentions
        self.head = mentions[0].event_id
        self.documents = {m.doc_id for m in mentions}
        self.merged = merge(mentions, self.head)

    def add(self, mention: Event) -> None:
        self.mentions.append(mention)
        self.documents.add(mention.doc_id)
        self.merged = merge(self.mentions, self.head)
