"""What the SQLite and the PostgreSQL stores share: filters, writing with deduplication,
and reading. SQL is written once with ``?`` placeholders; each store names the few pieces
that differ (its :class:`Dialect`) and how it runs a statement.

Each extracted event is stored as a *mention* and merged into the stored event it reports,
if any (see :mod:`kroniek.store.dedup`): one real event, however many documents report
it, with all of their evidence.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import cache
from typing import Any, TypeVar

from spacy.util import get_lang_class

from kroniek.geo.countries import finder_for
from kroniek.records import Document, Event, Evidence
from kroniek.resources import languages, load_json
from kroniek.store.blocks import Joins
from kroniek.store.dedup import (
    CROWD_TYPES,
    coarse_place,
    compare,
    district_apart,
    first_night_day,
    kin_types,
    merge,
    named_place,
    opposed,
    overnight,
    place_words,
    sides,
    spots,
    told_by_day,
)

_T = TypeVar("_T")
EVENT_FIELDS = [c for c in Event.__dataclass_fields__ if c != "evidence"]
Row = Mapping[str, Any]


@dataclass(frozen=True)
class Mention:
    """One document's reading of a stored event, and why it was merged there."""

    mention_id: str
    doc_id: str
    reason: str
    event: Event


class IngestOutcome(StrEnum):
    ADDED = "added"
    UPDATED = "updated"
    UNCHANGED = "unchanged"


@dataclass
class EventFilter:
    """Which events to list: all fields are optional and combine with AND."""

    country: str | None = None
    since: str | None = None
    until: str | None = None
    type: str | None = None  # an event type or a sub-event type
    text: str | None = None
    limit: int | None = None
    offset: int = 0
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north
    actor: str | None = None  # a word or phrase of actor1, actor2 or their associates


@dataclass(frozen=True)
class Dialect:
    """The SQL that differs between the stores, each with ``?`` placeholders."""

    country: str  # (country, country)
    actor: str  # (phrase,)
    text: str  # (query, query): full-text search over events and their documents
    mention_order: str  # the column that keeps mentions in arrival order
    cell: str  # (cell, cell): the grid cell of an event, for clusters
    upsert_mention: str
    insert_evidence: str


def content_hash(document: Document) -> str:
    return hashlib.sha256(document.text.encode("utf-8")).hexdigest()


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


class BaseStore:
    """The store's behaviour over any connection that runs the dialect's SQL."""

    dialect: Dialect
    # The texts that tell each event, read once while one mention is matched (``_told_by``,
    # ``_told``): the side and the topic checks ask for the same ones.
    _told_memo: dict[str, Any] | None = None
    _siblings: Sequence[Event] = ()  # the events of the document being stored

    # -- what each store provides ----------------------------------------------------------

    def _all(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        raise NotImplementedError

    def _run(self, sql: str, params: Sequence[Any] = ()) -> None:
        raise NotImplementedError

    def _run_many(self, sql: str, rows: list[tuple[Any, ...]]) -> None:
        raise NotImplementedError

    def _begin_write(self) -> None:
        """Start a transaction that holds the write lock before it reads."""
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def _one(self, sql: str, params: Sequence[Any] = ()) -> Row | None:
        rows = self._all(sql, params)
        return rows[0] if rows else None

    def __enter__(self) -> BaseStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- filters ---------------------------------------------------------------------------

    def _where(self, f: EventFilter) -> tuple[str, list[Any]]:
        """The SQL condition (over events ``e``) and parameters of a filter; always bound,
        never spliced into the SQL."""
        clauses: list[str] = []
        params: list[Any] = []
        if f.country:
            clauses.append(self.dialect.country)
            params += [f.country, f.country]
        if f.since:
            clauses.append("e.event_date >= ?")
            params.append(f.since)
        if f.until:
            clauses.append("e.event_date <= ?")
            params.append(f.until)
        if f.type:
            clauses.append("(lower(e.event_type) = lower(?) OR lower(e.sub_event_type) = lower(?))")
            params += [f.type, f.type]
        if f.bbox:
            west, south, east, north = f.bbox
            clauses.append("e.latitude BETWEEN ? AND ? AND e.longitude BETWEEN ? AND ?")
            params += [south, north, west, east]
        if f.actor:
            clauses.append(self.dialect.actor)
            params.append(f.actor)
        if f.text:
            clauses.append(self.dialect.text)
            params += [f.text, f.text]
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    # -- writing ---------------------------------------------------------------------------

    def outcome_for(self, document: Document) -> IngestOutcome:
        """What storing this document would do, without doing it."""
        row = self._one("SELECT content_hash FROM documents WHERE id = ?", (document.id,))
        if row is None:
            return IngestOutcome.ADDED
        return (
            IngestOutcome.UNCHANGED
            if row["content_hash"] == content_hash(document)
            else IngestOutcome.UPDATED
        )

    def write_batch(
        self, items: list[tuple[Document, list[Event]]], joins: Joins | None = None
    ) -> list[IngestOutcome]:
        """Store documents with their events in one transaction. The transaction takes the
        write lock before it reads, so two processes ingesting into one store never store a
        document twice: the second sees the first's documents as unchanged.

        ``joins`` are the clusters that a worker already formed within this batch's blocks
        (:mod:`kroniek.store.blocks`): a mention joins its cluster's stored event without
        another search of the store."""
        outcomes: list[IngestOutcome] = []
        placed: dict[str, str] = {}  # mention id -> the stored event it went to
        docs_of: dict[str, set[str]] = {}  # stored event -> documents of this batch in it
        self._begin_write()
        try:
            for document, events in items:
                outcome = self.outcome_for(document)
                outcomes.append(outcome)
                if outcome is IngestOutcome.UNCHANGED:
                    continue
                if outcome is IngestOutcome.UPDATED:
                    self._remove_document(document.id)
                self._insert_document(document)
                self._siblings = events  # read by _sibling_claims while this document's events are matched
                for event in events:
                    head, why = (joins or {}).get(event.event_id, ("", ""))
                    target = placed.get(head)
                    joined = None
                    if (
                        target
                        and event.doc_id not in docs_of.get(target, set())
                        and self._one("SELECT 1 AS kept FROM events WHERE event_id = ?", (target,))
                    ):  # (a document updated twice in one batch may have taken the event away)
                        joined = (
                            target,
                            f"joined on its worker, in block {event.event_type} × "
                            f"{event.country} × {event.event_date}: {why}",
                        )
                    placed[event.event_id] = self._add_mention(event, joined)
                    docs_of.setdefault(placed[event.event_id], set()).add(event.doc_id)
        except BaseException:
            self._run("ROLLBACK")
            raise
        finally:
            self._siblings = ()
        self._run("COMMIT")
        return outcomes

    def _insert_document(self, d: Document) -> None:
        self._run(
            "INSERT INTO documents (id, content_hash, text, date, date_precision, title, lang,"
            " url, source, source_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                d.id,
                content_hash(d),
                d.text,
                d.date.iso() if d.date else None,
                d.date.precision if d.date else None,
                d.title,
                d.lang,
                d.url,
                d.source,
                d.source_name,
            ),
        )

    def _remove_document(self, doc_id: str) -> None:
        """Take a document's mentions out of the events they joined, then the document."""
        affected = [
            r["event_id"]
            for r in self._all("SELECT DISTINCT event_id FROM mentions WHERE doc_id = ?", (doc_id,))
        ]
        self._run("DELETE FROM mentions WHERE doc_id = ?", (doc_id,))
        self._run("DELETE FROM evidence WHERE doc_id = ?", (doc_id,))
        for event_id in affected:
            self._rebuild(event_id)
        self._run("DELETE FROM documents WHERE id = ?", (doc_id,))

    def _add_mention(self, mention: Event, joined: tuple[str, str] | None = None) -> str:
        """Merge one document's event into the stored event it reports (``joined``, when a
        worker found it, or the store's best match), or store it anew; the event's id."""
        match = joined or self._matching_event(mention)
        event_id = match[0] if match else self._free_event_id(mention.event_id)
        if match is None:
            row = {**mention.to_dict(), "event_id": event_id}
            marks = ", ".join("?" for _ in EVENT_FIELDS)
            self._run(
                f"INSERT INTO events ({', '.join(EVENT_FIELDS)}) VALUES ({marks})",
                [row[c] for c in EVENT_FIELDS],
            )
        data = json.dumps(mention.to_dict(), ensure_ascii=False)
        reason = match[1] if match else "first report"
        self._run(self.dialect.upsert_mention, (mention.event_id, event_id, mention.doc_id, data, reason))
        self._run_many(
            self.dialect.insert_evidence,
            [(event_id, e.doc_id, e.start, e.end, e.text) for e in mention.evidence],
        )
        if match is not None:
            self._rebuild(event_id)
        return event_id

    def _free_event_id(self, wanted: str) -> str:
        """The mention's own id, unless a merged event kept it after its first report was
        replaced: then the id with a counter."""
        candidate, n = wanted, 1
        while self._one("SELECT 1 AS taken FROM events WHERE event_id = ?", (candidate,)):
            n += 1
            candidate = f"{wanted}-{n}"
        return candidate

    def _matching_event(self, mention: Event) -> tuple[str, str] | None:
        """The stored event this mention reports (its id and the reasons), if any. Events
        that already hold a mention of the same document are different events: the
        extractor separated them. A report that names no place could be any event of its
        day: it joins only that day's prominent event (:meth:`_prominent_event`); a report
        dated only to the week or month, or placed only in a region, merges only where one
        event fits."""
        self._told_memo = {}
        try:
            return self._matching_stored_event(self._with_lead(mention))
        finally:
            self._told_memo = None

    def _with_lead(self, mention: Event) -> Event:
        """A mention told in the lead of its report, read with the report's first sentence:
        "Ook gisteravond was het onrustig in Tallinn. Groepen jongeren bekogelden de politie
        ..." is a second night of riots, though only the second sentence is its evidence."""
        if not mention.evidence or min(e.start for e in mention.evidence) > LEAD_CHARS:
            return mention
        first = _FIRST_SENTENCE.match(self._report_text(mention.doc_id))
        lead = first.group(0).strip() if first else ""
        if not lead or any(lead in e.text or e.text in lead for e in mention.evidence):
            return mention
        return replace(mention, evidence=[*mention.evidence, Evidence(mention.doc_id, 0, len(lead), lead)])

    def _matching_stored_event(self, mention: Event) -> tuple[str, str] | None:
        day = _day(mention.event_date)
        if day is None:
            return None
        if not mention.country and (found := self._prominent_event(mention)) is not None:
            return found
        reach = 366 if mention.time_precision >= 4 else 31
        types = kin_types(mention.event_type)
        rows = (
            self._all(
                f"SELECT * FROM events WHERE event_type IN ({','.join('?' * len(types))}) AND country = ?"
                " AND event_date BETWEEN ? AND ?"
                " AND event_id NOT IN (SELECT event_id FROM mentions WHERE doc_id = ?)",
                (
                    *types,
                    mention.country,
                    (day - dt.timedelta(days=reach)).isoformat(),
                    (day + dt.timedelta(days=reach)).isoformat(),
                    mention.doc_id,
                ),
            )
            if mention.country
            else []
        )
        rows += self._named_elsewhere(mention, day, types)
        # Stored events are compared without their evidence, but for those in another country
        # or in another place of the mention's city, whose reports may name the mention's
        # place; the sides of crowds are read from the evidence and leads of all their
        # reports (``_same_side``).
        read = [r["country"] != mention.country or district_apart(_event_fields(r), mention) for r in rows]
        stored = [(self._stored(r, day, evidence=e), r) for r, e in zip(rows, read, strict=True)]
        same = [(v, r) for event, r in stored if (v := compare(self._read_as(event, mention), mention)).same]
        same = [(v, r) for v, r in same if not self._sibling_claims(mention, r)]
        if mention.event_type in CROWD_TYPES and same:
            same = self._same_side(mention, same)
        if same:
            same = self._same_spot(mention, same)
        if mention.time_precision > 1 or mention.geo_precision > 2:
            # "The march in Amsterdam last month": if March had two marches there, which one?
            # Only events known to the day compete. A later vague reference is taken to mean
            # the event reported at least twice as often as any other; else it is not ours
            # to guess.
            dated = [(v, r) for v, r in same if r["time_precision"] == 1]
            on_the_day = [(v, r) for v, r in dated if r["event_date"] == mention.event_date]
            if mention.time_precision == 1 and len(dated) > 1 and len(on_the_day) == 1:
                dated = on_the_day  # the event of its own day, not one of the night after it
            if len(dated) > 1 and mention.fatalities:
                # "the toll from last week's truck bombing had reached 292" is not the bomb
                # that killed five that day: one event's tolls stay within a factor of ten.
                dated = [
                    (v, r) for v, r in dated if _tolls_akin(mention.fatalities, r["fatalities"])
                ] or dated
            alike = [(v, r) for v, r in dated if r["sub_event_type"] == mention.sub_event_type]
            if len(dated) > 1 and len(alike) == 1:
                dated = alike  # "the shooting at the sit-in" against the sit-in itself
            if len(dated) > 1:
                dated = self._same_topic(mention, dated) or self._most_reported(dated)
                if not dated:
                    return None
            same = dated or same
        if not same:
            return None
        best = max(pair[0].score for pair in same)
        tied = [pair for pair in same if pair[0].score == best]
        if len(tied) > 1:
            # Two events of one day and town fit alike (the Radisson and the Grand Hyatt in
            # Amman): the one whose reports share telling words with the mention's ("Akkad").
            same = self._same_topic(mention, tied) or tied
        verdict, row = max(same, key=lambda pair: pair[0].score)
        event_id = str(row["event_id"])
        return event_id, verdict.why()

    def _sibling_claims(self, mention: Event, row: Row) -> bool:
        """Does another event of the mention's document, of the stored event's own type, day
        and country, claim it before the mention, which fits only as an akin type? "Na een
        bijeenkomst trokken groepen jongeren door de stad en vielen Armeniërs aan" gives a
        rally and a riot: the stored riot is the riot's, and the rally is another event."""
        if row["event_type"] == mention.event_type:
            return False
        return any(
            s.event_id != mention.event_id
            and s.event_type == row["event_type"]
            and s.event_date == row["event_date"]
            and s.country == row["country"]
            for s in self._siblings
        )

    def _named_elsewhere(self, mention: Event, day: dt.date, types: tuple[str, ...]) -> list[Row]:
        """Events of the mention's days outside its country where one of the two is placed at
        no more than a country and its report names the other's place (:func:`named_place`):
        a report of "Australische toeristen" killed on Bali, placed in Australia."""
        coarse = coarse_place(mention)
        if not coarse and (mention.geo_precision > 2 or not mention.location):
            return []
        where = "geo_precision < 3" if coarse else "(location = '' OR location = country)"
        rows = self._all(
            f"SELECT * FROM events WHERE event_type IN ({','.join('?' * len(types))}) AND country <> ?"
            f" AND {where} AND event_date BETWEEN ? AND ?"
            " AND event_id NOT IN (SELECT event_id FROM mentions WHERE doc_id = ?)",
            (
                *types,
                mention.country,
                (day - dt.timedelta(days=1)).isoformat(),
                (day + dt.timedelta(days=1)).isoformat(),
                mention.doc_id,
            ),
        )
        if coarse:
            return [r for r in rows if named_place(mention, _event_fields(r))]
        return [r for r in rows if named_place(self._stored(r, day, evidence=True), mention)]

    def _stored(self, row: Row, day: dt.date, evidence: bool = False) -> Event:
        """A stored event as compare() reads it. An event a day from the mention's carries its
        evidence, so that a night its reports told ("overnight", "in de nacht van zondag op
        maandag") lets "Monday's massacre" join it; so does, with ``evidence``, one in another
        country, whose reports may name the mention's place (:func:`named_place`)."""
        event = _event_fields(row)
        stored_day = _day(event.event_date)
        if stored_day is not None and (abs((stored_day - day).days) == 1 or evidence):
            texts = self._all(
                'SELECT doc_id, start, "end", text FROM evidence WHERE event_id = ?', (row["event_id"],)
            )
            event.evidence = [Evidence(r["doc_id"], r["start"], r["end"], r["text"]) for r in texts]
        return event

    def _read_as(self, event: Event, mention: Event) -> Event:
        """A stored event that reports in two languages read as akin types ("een betoging",
        "a riot") is of either type: a later report of either joins it, in any language."""
        if event.event_type == mention.event_type:
            return event

        def read() -> set[str]:
            rows = self._all("SELECT data FROM mentions WHERE event_id = ?", (event.event_id,))
            return {str(json.loads(r["data"]).get("event_type")) for r in rows}

        readings = self._remembered(f"readings {event.event_id}", read)
        return replace(event, event_type=mention.event_type) if mention.event_type in readings else event

    def _prominent_event(self, mention: Event) -> tuple[str, str] | None:
        """Where a report names no place ("de aanslag van maandag"), the one event of its
        type and day that news reports at least twice, and twice as often as any other, if
        news in the report's language reports it too; else none: which of that day's events
        it means is not ours to guess."""
        day = _day(mention.event_date)
        if mention.time_precision > 2 or not mention.language or day is None:
            return None
        # A week-dated report ("the demonstrators who packed Letna plain last weekend") may
        # mean any day-dated event within three days of its date.
        # A night's report may mean the day after or before it; one dated to the night's
        # first day ("Thursday night"), only the day after.
        reach = dt.timedelta(days=(1 if overnight(mention) else 0) if mention.time_precision == 1 else 3)
        back = dt.timedelta(0) if mention.time_precision == 1 and first_night_day(mention) else reach
        rows = self._all(
            "SELECT m.event_id, m.data FROM mentions m JOIN events e ON m.event_id = e.event_id"
            " WHERE e.event_type = ? AND e.event_date BETWEEN ? AND ? AND e.time_precision = 1"
            " AND e.country <> '' AND e.event_id NOT IN (SELECT event_id FROM mentions WHERE doc_id = ?)",
            (mention.event_type, (day - back).isoformat(), (day + reach).isoformat(), mention.doc_id),
        )
        ids = sorted({str(r["event_id"]) for r in rows})
        marks = ", ".join("?" * len(ids))
        stored = self._all(f"SELECT * FROM events WHERE event_id IN ({marks})", tuple(ids)) if ids else []
        apart = {str(e["event_id"]) for e in stored if self._another_than(mention, e, day)}
        rows = [r for r in rows if str(r["event_id"]) not in apart]
        counts = Counter(str(r["event_id"]) for r in rows)
        own = {str(r["event_id"]) for r in rows if json.loads(r["data"]).get("language") == mention.language}
        ranked = counts.most_common()
        if not ranked:
            return None
        (event_id, top), rest = ranked[0], [n for _, n in ranked[1:]]
        if event_id not in own or top < 2 or (rest and top < 2 * rest[0]):
            return self._told_alike(mention, [eid for eid, _ in ranked])
        others = f"; the next has {rest[0]}" if rest else "; no other"
        why = (
            f"names no place: the {mention.event_type} event of {mention.event_date} most reported "
            f"({top} reports{others}), and reported in '{mention.language}' too"
        )
        return event_id, why

    def _another_than(self, mention: Event, row: Row, day: dt.date) -> bool:
        """Is a stored event of a report's days another than the one a report naming no place
        means: do its reports name other spots (:meth:`_same_spot`), or is it of the day before
        the report's night and told by day ("on Saturday afternoon")?"""
        if self._spots_compared(mention, _event_fields(row))[0]:
            return True
        stored_day = _day(row["event_date"])
        return stored_day is not None and stored_day < day and told_by_day(self._stored(row, day))

    def _told_alike(self, mention: Event, event_ids: list[str]) -> tuple[str, str] | None:
        """Where a report that names no place fits no prominent event, the one event of its
        type and days whose reports share at least ``ALIKE_WORDS`` telling words with it
        and more than any other does ("the truck driven into the Christmas market at
        Breitscheidplatz" and "a truck ploughed into a crowded Christmas market in Berlin")."""
        event_id = self._most_alike(mention, event_ids, at_least=ALIKE_WORDS)
        if event_id is None:
            return None
        return event_id, f"names no place: the {mention.event_type} event of its days told most alike"

    def _same_topic(self, mention: Event, candidates: list[tuple[Any, Row]]) -> list[tuple[Any, Row]]:
        """The one candidate whose evidence shares the most telling words with the mention's
        ("de klimaatmars in Amsterdam, vorige maand" means the climate march, not that
        month's other march there), if one stands out (:meth:`_most_alike`)."""
        ids = [str(pair[1]["event_id"]) for pair in candidates]
        chosen = self._most_alike(mention, ids)
        return [candidates[ids.index(chosen)]] if chosen is not None else []

    def _most_alike(self, mention: Event, event_ids: list[str], at_least: int = 1) -> str | None:
        """The one event whose reports share the most telling words with the mention's, if
        one stands out with ``at_least`` of them. Words that every candidate's reports have
        tell nothing (unless there is one candidate)."""
        # The lead of each report counts with its evidence: "In Parijs liepen tienduizenden
        # mee in een klimaatmars. De betoging verliep rustig." is evidenced by its second
        # sentence, and told by its first.
        mine = _topic_words(" ".join(self._told_by(mention)))
        theirs = [_topic_words(" ".join(self._told(event_id))) for event_id in event_ids]
        common = set.intersection(*theirs) if len(theirs) > 1 else set()
        shared = [len((mine & words) - common) for words in theirs]
        best = max(shared, default=0)
        if best < at_least or shared.count(best) > 1:
            return None
        return event_ids[shared.index(best)]

    def _same_side(self, mention: Event, candidates: list[tuple[Any, Row]]) -> list[tuple[Any, Row]]:
        """Crowds whose reports, leads included, name opposite sides are two events. A
        report's evidence may not say whose crowd it was ("Ook aanhangers van Maduro kwamen
        gisteren op de been"), while the next sentence does ("duizenden chavistas")."""
        mine = sides(self._told_by(mention))
        if not mine:
            return candidates
        return [pair for pair in candidates if not opposed(mine, sides(self._told(pair[1]["event_id"])))]

    def _same_spot(self, mention: Event, candidates: list[tuple[Any, Row]]) -> list[tuple[Any, Row]]:
        """Reports in one language that each name spots within the town ("Murtala Square",
        "the Kawo district"), none in common, tell of two events: two bombs in Kaduna that
        day. Across languages a spot's name may be translated ("Palace of Justice",
        "Justitiepaleis"), so there a shared name only picks among the candidates."""
        kept, sharing = [], []
        for pair in candidates:
            differ, shared = self._spots_compared(mention, _event_fields(pair[1]))
            if not differ:
                kept.append(pair)
                sharing += [pair] if shared else []
        return sharing if len(kept) > 1 and len(sharing) == 1 else kept

    def _spots_compared(self, mention: Event, event: Event) -> tuple[bool, bool]:
        """Do the spots of the mention's report and of the event's reports in its language
        differ (:meth:`_same_spot`), and do any of the event's reports share one?"""
        mine = self._remembered(f"mention spots {mention.event_id}", lambda: spots(self._told_by(mention)))
        if not mine:
            return False, False
        untelling = place_words(mention) | place_words(event)
        by_language = self._spots_told(event.event_id)
        own, theirs = mine - untelling, by_language.get(mention.language, set()) - untelling
        differ = bool(own and theirs and not own & theirs)
        return differ, bool(own & (set().union(*by_language.values()) - untelling))

    def _spots_told(self, event_id: str) -> dict[str, set[str]]:
        """The spots that an event's reports name, by the language of each report."""

        def read() -> dict[str, set[str]]:
            found: dict[str, set[str]] = {}
            for lang, text in self._told_in(event_id):
                found.setdefault(lang, set()).update(spots([text]))
            return found

        return self._remembered(f"event spots {event_id}", read)

    def _told_by(self, mention: Event) -> list[str]:
        """A mention's evidence sentences and the lead of its report, as ``_told`` gives
        them for a stored event."""

        def read() -> list[str]:
            text = self._report_text(mention.doc_id)
            return [*(e.text for e in mention.evidence), *([_lead(text)] if text else [])]

        return self._remembered(f"mention {mention.event_id}", read)

    def _report_text(self, doc_id: str) -> str:
        """A stored report's text ("" when it is not stored), read once per match."""

        def read() -> str:
            row = self._one("SELECT text FROM documents WHERE id = ?", (doc_id,))
            return str(row["text"]) if row else ""

        return self._remembered(f"text {doc_id}", read)

    def _told(self, event_id: str) -> list[str]:
        """An event's evidence sentences and the leads of the reports that gave them."""
        return [text for _, text in self._told_in(event_id)]

    def _told_in(self, event_id: str) -> list[tuple[str, str]]:
        """:meth:`_told`, each text with the language of its report."""

        def read() -> list[tuple[str, str]]:
            rows = self._all(
                "SELECT d.lang, e.text FROM evidence e JOIN documents d ON d.id = e.doc_id"
                " WHERE e.event_id = ? UNION ALL SELECT d.lang, d.text FROM documents d"
                " JOIN mentions m ON m.doc_id = d.id WHERE m.event_id = ?",
                (event_id, event_id),
            )
            return [(str(r["lang"]), _lead(r["text"])) for r in rows]

        return self._remembered(f"event {event_id}", read)

    def _remembered(self, key: str, read: Callable[[], _T]) -> _T:
        if self._told_memo is None:
            return read()
        if key not in self._told_memo:
            self._told_memo[key] = read()
        value: _T = self._told_memo[key]  # each key is read by one kind of reader
        return value

    def _most_reported(self, candidates: list[tuple[Any, Row]]) -> list[tuple[Any, Row]]:
        """The candidate with at least twice the reports of every other, if there is one."""
        counts = []
        for pair in candidates:
            row = self._one("SELECT count(*) AS n FROM mentions WHERE event_id = ?", (pair[1]["event_id"],))
            counts.append((int(row["n"]) if row else 0, pair))
        counts.sort(key=lambda c: -c[0])
        return [counts[0][1]] if counts[0][0] >= 2 * counts[1][0] else []

    def _rebuild(self, event_id: str) -> None:
        """Recompute an event from its mentions; delete it when none is left."""
        order = self.dialect.mention_order
        rows = self._all(f"SELECT data FROM mentions WHERE event_id = ? ORDER BY {order}", (event_id,))
        if not rows:
            self._run("DELETE FROM events WHERE event_id = ?", (event_id,))
            return
        merged = merge([Event.from_dict(json.loads(r["data"])) for r in rows], event_id).to_dict()
        fields = [c for c in EVENT_FIELDS if c != "event_id"]
        self._run(
            f"UPDATE events SET {', '.join(f'{c} = ?' for c in fields)} WHERE event_id = ?",
            [merged[c] for c in fields] + [event_id],
        )

    # -- reading ---------------------------------------------------------------------------

    def events(self, where: EventFilter | None = None, evidence: bool = True) -> Iterator[Event]:
        """Events in date order (undated first), filtered; ``text`` is a full-text query over
        notes and documents. Without ``evidence`` the events come without their sentences:
        one query, for lists."""
        f = where or EventFilter()
        condition, params = self._where(f)
        sql = "SELECT e.* FROM events e" + condition + " ORDER BY e.event_date, e.event_id"
        if f.limit is not None or f.offset:
            sql += " LIMIT ? OFFSET ?"
            params = [*params, 1_000_000_000 if f.limit is None else int(f.limit), int(f.offset)]
        for row in self._all(sql, params):
            yield self._event_from_row(row) if evidence else _event_fields(row)

    def count(self, where: EventFilter | None = None) -> int:
        """How many events a filter selects (its limit and offset aside)."""
        condition, params = self._where(where or EventFilter())
        row = self._one("SELECT count(*) AS n FROM events e" + condition, params)
        return int(row["n"]) if row else 0

    def event(self, event_id: str) -> Event | None:
        row = self._one("SELECT * FROM events WHERE event_id = ?", (event_id,))
        return self._event_from_row(row) if row else None

    def mentions(self, event_id: str) -> list[Mention]:
        """The documents' readings merged into an event, first report first."""
        rows = self._all(
            "SELECT mention_id, doc_id, reason, data FROM mentions WHERE event_id = ?"
            f" ORDER BY {self.dialect.mention_order}",
            (event_id,),
        )
        return [
            Mention(r["mention_id"], r["doc_id"], r["reason"], Event.from_dict(json.loads(r["data"])))
            for r in rows
        ]

    def _event_from_row(self, row: Row) -> Event:
        event = _event_fields(row)
        evidence = self._all(
            'SELECT doc_id, start, "end", text FROM evidence WHERE event_id = ? ORDER BY doc_id, start',
            (row["event_id"],),
        )
        event.evidence = [Evidence(e["doc_id"], e["start"], e["end"], e["text"]) for e in evidence]
        return event

    def _document_events(self, doc_id: str) -> list[str]:
        rows = self._all(
            "SELECT DISTINCT event_id FROM evidence WHERE doc_id = ? ORDER BY event_id", (doc_id,)
        )
        return [r["event_id"] for r in rows]

    def histogram(self, where: EventFilter | None = None, by: str = "month") -> list[dict[str, Any]]:
        """Event counts and fatalities per day, month or year, for a timeline."""
        width = {"day": 10, "month": 7, "year": 4}[by]
        condition, params = self._where(where or EventFilter())
        extra = " AND " if condition else " WHERE "
        rows = self._all(
            f"SELECT substr(e.event_date, 1, {width}) AS period, count(*) AS events,"
            f" sum(e.fatalities) AS fatalities FROM events e{condition}{extra}e.event_date IS NOT NULL"
            " GROUP BY period ORDER BY period",
            params,
        )
        return [dict(r) for r in rows]

    def clusters(self, where: EventFilter | None = None, cell: float = 1.0) -> list[dict[str, Any]]:
        """Events aggregated on a grid of ``cell`` degrees: what a map shows when zoomed out,
        so that 100,000 events travel as a few hundred points."""
        condition, params = self._where(where or EventFilter())
        extra = " AND " if condition else " WHERE "
        rows = self._all(
            "SELECT count(*) AS events, sum(e.fatalities) AS fatalities, avg(e.latitude) AS latitude,"
            " avg(e.longitude) AS longitude, min(e.event_id) AS example"
            f" FROM events e{condition}{extra}e.latitude IS NOT NULL GROUP BY {self.dialect.cell}"
            " ORDER BY events DESC",
            [*params, cell, cell],
        )
        return [dict(r) for r in rows]

    def stats(self) -> dict[str, Any]:
        """Counts for ``kroniek stats`` and ``/stats``."""

        def one(sql: str) -> Any:
            row = self._one(sql)
            return row["n"] if row else None

        def by(column: str) -> dict[str, int]:
            rows = self._all(
                f"SELECT {column} AS k, count(*) AS n FROM events GROUP BY {column} ORDER BY n DESC"
            )
            return {r["k"]: r["n"] for r in rows}

        span = self._one("SELECT min(event_date) AS first, max(event_date) AS last FROM events")
        return {
            "documents": one("SELECT count(*) AS n FROM documents"),
            "events": one("SELECT count(*) AS n FROM events"),
            "evidence": one("SELECT count(*) AS n FROM evidence"),
            "mentions": one("SELECT count(*) AS n FROM mentions"),
            "fatalities": one("SELECT coalesce(sum(fatalities), 0) AS n FROM events"),
            "first_event": span["first"] if span else None,
            "last_event": span["last"] if span else None,
            "languages": by("language"),
            "event_types": by("event_type"),
            "sub_event_types": by("sub_event_type"),
            "countries": by("country"),
            "schema_version": self.schema_version,
        }

    @property
    def schema_version(self) -> int:
        raise NotImplementedError


LEAD_CHARS = 300  # a mention whose evidence starts this near the top is told in the report's lead
_FIRST_SENTENCE = re.compile(r"\s*.+?[.!?](?=\s|$)", re.DOTALL)
ALIKE_WORDS = 2  # telling words a placeless report must share with the one event it joins
_WORD = re.compile(r"[^\W\d_]{5,}")  # "truck" tells; shorter words seldom do


TOLL_FACTOR = 10  # reports of one event give tolls within this factor of each other


def _tolls_akin(mine: int, theirs: int | None) -> bool:
    """Could two tolls be reports of one event? A toll rises as the wounded die and the
    rubble is cleared, but not from 5 to 292."""
    other = int(theirs or 0)
    return max(mine, other) < TOLL_FACTOR * max(min(mine, other), 1)


def _lead(text: object, size: int = 600) -> str:
    """The start of a report, where news says what happened."""
    return str(text)[:size]


def _topic_words(text: str) -> set[str]:
    """Long words of a text, lower-cased: what it is about, more or less ("klimaatmars").
    Words that any event of its kind has ("aanslag", "bombing") and countries' names and
    adjectives ("Afghaanse") tell no two events of one place apart."""
    untelling = _untelling_words()
    return {w for w in (w.lower() for w in _WORD.findall(text)) if w not in untelling}


@cache
def _untelling_words() -> frozenset[str]:
    """Every language's ``untelling_words`` (events.json), its stop words ("which",
    "waren"; spaCy's list), and country names and adjectives."""
    words: set[str] = set()
    for lang in languages():
        words.update(w.lower() for w in (load_json("events.json", lang) or {}).get("untelling_words", []))
        words.update(get_lang_class(lang).Defaults.stop_words)
        words.update(name.lower() for name in finder_for(lang).surface_forms())
    return frozenset(words)


def _event_fields(row: Row) -> Event:
    return Event(**{k: row[k] for k in EVENT_FIELDS})
