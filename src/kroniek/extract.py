"""From a Document to events: clean, identify the language, run the pipeline, link.

:class:`Extractor` is the one entry point that the CLI, the Python API and the store
share. It keeps one pipeline per language, built on first use.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Iterator, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from kroniek.clean import CleanText, clean
from kroniek.codebook import can_have_fatalities, ordinary_crime
from kroniek.confidence import shipped as shipped_calibration
from kroniek.dateline import filed_from, inside, report_marks
from kroniek.dates import DAY, MONTH, WEEK, YEAR, PartialDate, week_midpoint
from kroniek.events.actors import CodedActors, actor_coder_for, without_country
from kroniek.events.fronts import front_of, sides_of
from kroniek.events.lexicon import lexicon_for
from kroniek.geo.countries import CountryMention, country
from kroniek.geo.gazetteer import open_gazetteer
from kroniek.geo.names import ascii_name
from kroniek.geo.toponyms import Toponym, filed_city_at
from kroniek.langid import detect_language
from kroniek.linking import OWNED, SENTENCE_END, DateCues, DateRef, LinkedEvent, PlaceLists, link_events
from kroniek.notes import write_note
from kroniek.pipeline import load
from kroniek.records import Document, Event, Evidence, Timex
from kroniek.resources import load_json
from kroniek.temporal import TimexMention, tagger_for


@dataclass
class Extraction:
    """Everything kroniek read from one document."""

    document: Document
    language: str
    clean: CleanText
    doc: Doc
    events: list[Event] = field(default_factory=list)

    @property
    def timexes(self) -> list[Timex]:
        """Temporal expressions with offsets into the original document text."""
        return [
            Timex(
                start=self.clean.to_original(t.start),
                end=self.clean.to_original(t.end, end=True),
                text=t.text,
                type=t.type,
                value=t.value,
            )
            for t in self.doc._.timexes
        ]

    def timex_record(self) -> dict[str, Any]:
        """The document's line of ``kroniek timex`` output, per the spec."""
        inferred = self.doc._.dct_inferred
        dct = inferred or self.document.date
        return {
            "doc_id": self.document.id,
            "dct": {
                "value": dct.iso() if dct else None,
                "precision": dct.precision if dct else None,
                "inferred": inferred is not None,
            },
            "timexes": [t.to_dict() for t in self.timexes],
        }


@cache
def _shared_pipeline(lang: str, events: bool) -> Language:
    """One pipeline per language and mode for the whole process: loading one takes a second
    (the tokenizer's special cases), so ``kroniek.extract_text`` in a loop, or a server
    building an ``Extractor`` per request, would otherwise pay it every call. Our components
    keep no state between documents, so extractors can share it."""
    time_only = ("kroniek_countries", "kroniek_places", "kroniek_events")
    return load(lang, ner=events, exclude=() if events else time_only)


class Extractor:
    """Turns documents into events. Build one and reuse it: pipelines are cached."""

    def __init__(
        self, lang: str | None = None, languages: Iterable[str] | None = None, *, events: bool = True
    ):
        """``events=False`` reads time only: no NER, places or event coding (``kroniek timex``)."""
        self.forced_lang = lang
        self.languages = tuple(languages) if languages else None
        self.events = events

    def pipeline(self, lang: str) -> Language:
        return _shared_pipeline(lang, self.events)

    def language_of(self, document: Document, text: str) -> str:
        return self.forced_lang or document.lang or detect_language(text, self.languages)

    def process(self, document: Document) -> Extraction:
        """Everything kroniek reads from one document."""
        return self.process_batch([document])[0]

    def process_batch(self, documents: list[Document]) -> list[Extraction]:
        """The same for many documents at once: each language's pipeline runs over its
        documents with ``nlp.pipe``, which batches the neural parts. Order is kept."""
        prepared: list[tuple[Document, str, CleanText, Doc]] = []
        for document in documents:
            cleaned = clean(document.text)
            lang = self.language_of(document, cleaned.text)
            doc = self.pipeline(lang).make_doc(cleaned.text)
            doc._.dct = document.date
            prepared.append((document, lang, cleaned, doc))
        processed: dict[int, Doc] = {}
        for lang in dict.fromkeys(p[1] for p in prepared):
            indices = [i for i, p in enumerate(prepared) if p[1] == lang]
            docs = self.pipeline(lang).pipe(prepared[i][3] for i in indices)
            processed.update(zip(indices, docs, strict=True))
        return [self._finish(*prepared[i][:3], processed[i]) for i in range(len(prepared))]

    def _finish(self, document: Document, lang: str, cleaned: CleanText, doc: Doc) -> Extraction:
        extraction = Extraction(document, lang, cleaned, doc)
        if not self.events:
            return extraction
        timexes = event_time_candidates(doc._.timexes, cleaned.text, lang, doc._.report_marks)
        linked = link_events(
            doc._.event_mentions,
            timexes,
            doc._.countries,
            doc._.dct_published or document.date,  # a day the text says outright bounds what is past
            cleaned.text,
            doc._.places,
            date_cues(lang),
            lexicon.casualty_only if (lexicon := lexicon_for(lang)) else None,
            lexicon.dating if lexicon else None,
            lexicon.same_crowd if lexicon else None,
            lexicon.told_again if lexicon else None,
            lexicon.tolls_by_place if lexicon else None,
            lexicon.tells_another if lexicon else None,
            place_lists(lang),
            lexicon.peaceful_crowd if lexicon else None,
            lexicon.repelled if lexicon else None,
            lexicon.fought_back if lexicon else None,
            lexicon.told_together if lexicon else None,
        )
        borrowed = [_borrows_a_later_place(event, linked, cleaned.text) for event in linked]
        placeless = any(
            event.where is None or _told_in_the_lead(event) or later
            for event, later in zip(linked, borrowed, strict=True)
        )
        scene = _filed_scene(cleaned.text) if placeless else None  # a gazetteer lookup only when needed
        # "this village west of Montreal": a lead whose "here" a landmark places, read once.
        landmarks = [_landmark_of_here(e, cleaned.text, lang) for e in linked]
        if scene is None and any(
            (e.place is None and _here_in_the_lead(e, cleaned.text, lang)) or landmark
            for e, landmark in zip(linked, landmarks, strict=True)
        ):
            scene = _filed_scene(cleaned.text, any_town=True)  # "MONAGHAN - ... in this border town"
        place = scene.place if scene is not None else None
        for index, event in enumerate(linked):
            if _borrows_a_place(event) and _names_a_settlement(event, cleaned.text, lang):
                # "Earlier this month, hundreds of civilians were killed in the town of Mai Kadra":
                # the text names the town, the gazetteer lacks it; a place borrowed from a
                # sentence before is another event's.
                event.place = event.fallback = None
            earlier = (
                _the_town_told_before(linked[:index], event, cleaned.text, lang, doc._.places or [])
                if event.where is None or _takes_the_town(event, cleaned.text, lang)
                else None
            )
            if earlier is not None:
                if event.place is not None:
                    event.place = earlier  # "overran the city", in a sentence that names another
                else:
                    event.fallback = earlier  # "Maandag staken onbekenden in de stad winkels in brand"
                if earlier.place is not None:  # the town's, not a country it was fled to
                    event.country = earlier.place.cc
                continue
            # "ISTANBUL - De autobom die zaterdagavond ontplofte bij het stadion": nothing else
            # places it; the report was filed where it happened, near enough. Not when the
            # text puts it in another country ("ANKARA - ... in northern Iraq"), or its
            # sentence names a place the gazetteer could not hold ("in Serbia's troubled
            # Kosovo province").
            # So too an event of the lead sentence that names no place of its own: "PARIS - A hand
            # grenade thrown into the crowded Drugstore Publicis killed two" happened in Paris,
            # not at the place a later sentence names for something else ("in The Hague").
            lead = (
                scene is not None
                and event.place is None
                and _told_in_the_lead(event)
                and not _placed_by_own_sentence(event, cleaned.text)
                and not _names_a_place(event, doc._.places or [], after=scene.end)
            )
            # "BUENOS AIRES - ... destroyed Israel's embassy here on Tuesday": "here" in the lead
            # is the dateline's city, whatever country a later sentence names.
            landmark = scene is not None and landmarks[index]
            here = landmark or (
                scene is not None and event.place is None and _here_in_the_lead(event, cleaned.text, lang)
            )
            if (
                place is not None
                and (
                    here
                    or (
                        (
                            lead
                            or ((event.where is None or borrowed[index]) and event.country in ("", place.cc))
                        )
                        and not _names_another_country(event, doc._.countries or [], place.cc)
                        and not _names_a_settlement(event, cleaned.text, lang)
                        and not _in_a_part_of_the_country(event, cleaned.text, doc._.countries or [], lang)
                    )
                )
                and not _an_earlier_month(event, document.date)
            ):
                if landmark:  # "this village west of Montreal": the village, not Montreal
                    event.place = None
                event.country, event.fallback = place.cc, scene
        events = [self._to_event(e, extraction) for e in linked]
        extraction.events = _without_ordinary_crime(events, cleaned.text, lang)
        return extraction

    def extract(self, documents: Iterable[Document], batch_size: int = 32) -> Iterator[Extraction]:
        """Extractions of all documents, processed in batches."""
        batch: list[Document] = []
        for document in documents:
            batch.append(document)
            if len(batch) >= batch_size:
                yield from self.process_batch(batch)
                batch = []
        if batch:
            yield from self.process_batch(batch)

    @staticmethod
    def _actors(
        linked: LinkedEvent, ex: Extraction, country_name: str, event_date: str | None
    ) -> tuple[str, int, str, int]:
        """Actors from the sentence of the event's first mention; else, for fire along a
        front with two known sides (:mod:`kroniek.events.fronts`), those sides; else the
        sub-type's defaults."""
        default = CodedActors(*_default_actors(linked.sub_event_type, country_name))
        mention = linked.mentions[0]
        sentence = ex.clean.text[mention.sent_start : mention.sent_end]
        trigger = (mention.trigger_start - mention.sent_start, mention.trigger_end - mention.sent_start)
        coded = actor_coder_for(ex.language).code(
            sentence, trigger, linked.sub_event_type, country_name, default
        )
        if coded.actor1 in ("", default.actor1):  # nobody named: a known front may say who
            front = front_of(linked.country, linked.sub_event_type, event_date, sentence, ex.language)
            if front is not None:
                first, second = sides_of(front, sentence, linked.where is not None)
                return (*first, *second)
        return coded.actor1, coded.inter1, coded.actor2, coded.inter2

    @staticmethod
    def _updates_a_toll(linked: LinkedEvent, ex: Extraction) -> bool:
        lexicon = lexicon_for(ex.language)
        return lexicon is not None and any(
            lexicon.toll_update(ex.clean.text[m.sent_start : m.sent_end]) for m in linked.mentions
        )

    def _to_event(self, linked: LinkedEvent, ex: Extraction) -> Event:
        date = linked.date
        dct = ex.doc._.dct_inferred or ex.document.date
        event_date, precision = event_date_of(date, dct, older=self._updates_a_toll(linked, ex))
        place = country(linked.country) if linked.country else None
        country_name = place.name if place else ""
        evidence = _evidence(linked, ex)
        actor1, inter1, actor2, inter2 = self._actors(linked, ex, country_name, event_date)
        sub_type = _territory_taker(linked.sub_event_type, inter1)
        fatalities = linked.fatalities if can_have_fatalities(linked.sub_event_type) else 0
        key = "|".join(
            [
                ex.document.id,
                linked.sub_event_type,
                date.key,
                linked.country,
                str(evidence[0].start),
                *(
                    [linked.where.text] if linked.toll is not None and linked.where else []
                ),  # a toll split by place
            ]
        )
        event = Event(
            event_id=hashlib.sha1(key.encode("utf-8")).hexdigest()[:16],
            doc_id=ex.document.id,
            event_date=event_date,
            time_precision=precision,
            event_type=linked.event_type,
            sub_event_type=sub_type,
            actor1=actor1,
            inter1=inter1,
            actor2=actor2,
            inter2=inter2,
            interaction=_interaction(inter1, inter2),
            country=country_name,
            iso3=place.iso3 if place else "",
            **location_fields(linked, country_name),
            fatalities=fatalities,
            evidence=evidence,
            confidence=_confidence(linked),
            language=ex.language,
        )
        event.notes = write_note(event, linked.fatalities_estimated)
        calibration = shipped_calibration()
        if calibration is not None:
            event.confidence = round(calibration.probability(event), 2)
        return event


CRIME_TOLL = 3  # more dead than this is a massacre, never ordinary crime


def _without_ordinary_crime(events: list[Event], text: str, lang: str) -> list[Event]:
    """ "A man was shot dead outside his bar in Naples": in a country at peace, violence by no
    state force, in a report that names no political side or motive, is crime that ACLED
    leaves out; so are the arrests of its suspects in that report (codebook.json)."""
    countries, sub_types, suspects = ordinary_crime()
    lexicon = lexicon_for(lang)
    motive = lexicon.political_motive if lexicon else None
    if motive is None or any(e.sub_event_type not in sub_types | suspects for e in events):
        return events  # a protest or a battle told with it makes it a public, political matter
    crime = [
        e
        for e in events
        if e.sub_event_type in sub_types
        and e.iso3 in countries
        and e.geo_precision in (1, 2)  # placed in a town: not a country read off a nationality
        and e.inter1 != 1
        and e.fatalities <= CRIME_TOLL
    ]
    if not crime or motive.search(text):  # the long motive pattern only where it can decide
        return events
    where = {e.iso3 for e in crime}
    return [e for e in events if e not in crime and not (e.sub_event_type in suspects and e.iso3 in where)]


def _names_another_country(event: LinkedEvent, countries: list[CountryMention], cc: str) -> bool:
    """Does a sentence of the event name a country other than ``cc``, not as a person's
    nationality ("the bomber, a native of Kyrgyzstan"), nor by a demonym of its actors
    ("American soldiers opened fire")?"""
    return any(
        c.alpha2 != cc and not c.person and (c.strong or c.locative) and m.sent_start <= c.start < m.sent_end
        for c in countries
        for m in event.mentions
    )


@cache
def _places_pattern(lang: str, key: str, flags: int = 0) -> re.Pattern[str] | None:
    """A pattern of the language's ``places.json`` (``settlement_named``: "het dorp Solhan",
    case-sensitive; ``town_anaphor``: "in de stad"), or None where it has none."""
    pattern = (load_json("places.json", lang) or {}).get(key)
    return re.compile(pattern, flags) if pattern else None


def _the_town_told_before(
    earlier: list[LinkedEvent], event: LinkedEvent, text: str, lang: str, places: list[Toponym]
) -> Toponym | None:
    """The town of the last event before this one, if a sentence of this one speaks of "the
    town" without naming it ("In Ampara gingen jongeren op elkaar los. Maandag staken
    onbekenden in de stad zes winkels in brand"): that town, not the dateline city. With no
    event before it, the one town the text named before ("Honderden inwoners van Mpeketoni
    zijn nog niet teruggekeerd. Bij de aanval op het stadje ...")."""
    pattern = _places_pattern(lang, "town_anaphor", re.IGNORECASE)
    said = (
        [a for m in event.mentions if (a := pattern.search(text, m.sent_start, m.sent_end))]
        if pattern
        else []
    )
    if not said:
        return None
    placed = [e.place for e in earlier if e.place is not None and e.place.place is not None]
    if placed:
        return placed[-1]
    first = min(a.start() for a in said)  # "fled from Gao since rebels captured the city"
    filed = filed_from(text)
    towns = [
        p
        for p in places
        if p.place is not None and p.end <= first and p.place.kind == "city"
        and p.source in ("ner", "gazetteer") and not p.metonym and not (filed and p.start < filed[1])
    ]  # fmt: skip
    return towns[-1] if len({(p.place.name, p.place.cc) for p in towns if p.place is not None}) == 1 else None


def _takes_the_town(event: LinkedEvent, text: str, lang: str) -> bool:
    """Is the event told by the verb of "overran the city" ("families who fled Kunduz after
    the Taliban overran the city are sleeping in parks in Kabul")? The town is the one told
    before, whatever other place its sentence names."""
    pattern = _places_pattern(lang, "town_anaphor", re.IGNORECASE)
    return pattern is not None and any(
        a.start() <= m.trigger_start < a.end()
        for m in event.mentions
        for a in pattern.finditer(text, m.sent_start, m.sent_end)
    )


def _borrows_a_place(event: LinkedEvent) -> bool:
    """Is the event placed by a name that none of its own sentences holds?"""
    where = event.where
    return where is not None and not any(m.sent_start <= where.start < m.sent_end for m in event.mentions)


def _names_a_settlement(event: LinkedEvent, text: str, lang: str) -> bool:
    """Does a sentence of the event name the village or town it happened in ("de aanval op
    het dorp Solhan in het noorden van Burkina Faso")? The gazetteer lacks it, but the text
    says where: not near the city the report was filed from."""
    pattern = _places_pattern(lang, "settlement_named")
    return pattern is not None and any(pattern.search(text, m.sent_start, m.sent_end) for m in event.mentions)


@cache
def _country_part(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """``places.json``'s ``country_part``: what stands right before a country's name to name a
    part of it ("in central Egypt", "in Midden-Egypte"), and a part of "the country" alone."""
    config = (load_json("places.json", lang) or {}).get("country_part") or {}
    before, alone = config.get("before"), config.get("alone")
    return (
        re.compile(before, re.IGNORECASE) if before else None,
        re.compile(alone, re.IGNORECASE) if alone else None,
    )


def _an_earlier_month(event: LinkedEvent, dct: PartialDate | None) -> bool:
    """Is the event told only by an earlier month or year ("Vorige maand werden op de
    woestijnweg naar het klooster 29 pelgrims doodgeschoten")? The dateline says where the
    report was filed, which says nothing of where an event of another month happened."""
    span = event.date.span
    if dct is None or dct.month is None or span is None or span.precision == DAY:
        return False
    return (span.year, span.month or 0) < (dct.year, dct.month)


def _in_a_part_of_the_country(
    event: LinkedEvent, text: str, countries: list[CountryMention], lang: str
) -> bool:
    """Does a sentence of the event put it in a part of the country ("CAÏRO - Terreurgroep IS
    heeft de aanslag op een bus in Midden-Egypte opgeëist")? Then it is not near the city the
    report was filed from."""
    before, alone = _country_part(lang)
    for m in event.mentions:
        if alone is not None and alone.search(text, m.sent_start, m.sent_end):
            return True
        named = [c for c in countries if m.sent_start <= c.start < m.sent_end and c.strong]
        if before is not None and any(
            before.search(text, max(m.sent_start, c.start - 40), c.start) for c in named
        ):
            return True
    return False


def _here_in_the_lead(event: LinkedEvent, text: str, lang: str) -> bool:
    """Does the event's lead sentence say it happened "here" (``places.json``, ``here``), the
    city a report was filed from?"""
    pattern = _places_pattern(lang, "here", re.IGNORECASE)
    return pattern is not None and any(
        m.sent_start == 0 and pattern.search(text, m.sent_start, m.sent_end) for m in event.mentions
    )


def _landmark_of_here(event: LinkedEvent, text: str, lang: str) -> bool:
    """Is the event's place only the landmark that says where "this village" of its lead
    sentence lies ("at the edge of this village west of Montreal", ``places.json``
    ``here_beside``)? The village is the dateline's town, and the scene."""
    here = _places_pattern(lang, "here", re.IGNORECASE)
    beside = _places_pattern(lang, "here_beside", re.IGNORECASE)
    where = event.where
    if here is None or beside is None or where is None:
        return False
    return any(
        m.sent_start == 0 and beside.search(text[h.end() : where.start]) is not None
        for m in event.mentions
        for h in here.finditer(text, m.sent_start, m.sent_end)
        if h.end() <= where.start < m.sent_end
    )


def _told_in_the_lead(event: LinkedEvent) -> bool:
    """Is the event told in the report's first sentence, the one after its dateline?"""
    return any(m.sent_start == 0 for m in event.mentions)


def _borrows_a_later_place(event: LinkedEvent, linked: list[LinkedEvent], text: str) -> bool:
    """Is the event placed only by the article's first locative place, which a later event
    has for its own and the event's sentences never name ("SEOUL - On Tuesday, police fired
    on students ... On Monday, April 11, crowds in Masan attacked police stations")? That
    town is the other event's scene, not this one's."""
    where = event.where
    if event.place is not None or where is None or where.place is None or not event.mentions:
        return False
    if where.start < max(m.sent_end for m in event.mentions):
        return False
    if any(where.text in text[m.sent_start : m.sent_end] for m in event.mentions):
        return False
    return any(
        other is not event and other.place is not None and other.place.place == where.place
        for other in linked
    )


def _placed_by_own_sentence(event: LinkedEvent, text: str) -> bool:
    """Does a sentence of the event name its scene ("tried to force their way into the Bannu
    cantonment": where the fight was aimed; "Honderden bewoners van Palm Island ...")?"""
    where = event.fallback
    return where is not None and any(where.text in text[m.sent_start : m.sent_end] for m in event.mentions)


def _names_a_place(event: LinkedEvent, places: list[Toponym], after: int) -> bool:
    """Does a sentence of the event name a place below a country after the dateline (which
    ends at ``after``), in any role ("de zwaarste raketbeschietingen van Kabul")? Then the
    dateline is not its scene."""
    return any(
        p.place is not None and p.rank < 4 and p.start >= after and m.sent_start <= p.start < m.sent_end
        for p in places
        for m in event.mentions
    )


def _filed_scene(text: str, any_town: bool = False) -> Toponym | None:
    """The city a report was filed from, as the scene of last resort: a large city that
    the dateline names ("ISTANBUL -"), near which (geo precision 2) its events happened;
    with ``any_town``, a town of any size that the gazetteer alone spells so."""
    found = filed_city_at(text, open_gazetteer(), any_town)
    if found is None:
        return None
    place, (start, end) = found
    return Toponym(start, end, text[start:end], place, "dateline", cue="near")


def location_fields(linked: LinkedEvent, country_name: str) -> dict[str, Any]:
    """ACLED's location columns for an event.

    A town or a facility named as the place is geo_precision 1; "near" it ("bij",
    "outside"), or known only from an adjective, 2; a province is 3 at its largest place
    (ACLED uses the provincial capital); a country alone is 3 at its centroid.
    """
    toponym = linked.where
    if toponym is not None and toponym.place is not None and toponym.place.cc == linked.country:
        where = toponym.place
        if where.kind in ("admin1", "region"):
            precision = 3
        elif toponym.cue == "near" or toponym.source == "adjective" or where.kind == "admin2":
            precision = 2
        else:
            precision = 1
        return {
            "admin1": ascii_name(where.admin1 if where.kind != "admin1" else where.name),
            "admin2": ascii_name(where.admin2),
            "location": ascii_name(where.name),
            "latitude": round(where.lat, 5),
            "longitude": round(where.lon, 5),
            "geo_precision": precision,
        }
    centroid = open_gazetteer().country(linked.country) if linked.country else None
    return {
        "location": country_name,
        "latitude": round(centroid.lat, 5) if centroid else None,
        "longitude": round(centroid.lon, 5) if centroid else None,
        "geo_precision": 3,
    }


@cache
def date_cues(lang: str) -> DateCues:
    """The word lists of ``timex.json`` that :func:`kroniek.linking.date_for` reads."""
    config = load_json("timex.json", lang) or {}

    def words(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in config.get(key, []))

    tagger = tagger_for(lang)  # the same timex.json: its anniversary words are read once
    return DateCues(
        clause_openers=words("clause_openers"),
        links=words("date_links"),
        place_words=words("date_link_places"),
        articles=words("articles"),
        counted_back=tagger.counted_back if tagger else words("counted_back"),
        to_the_day=tagger.to_the_day if tagger else frozenset(),
        day_after=_compiled(config, "day_after"),
        counted_ahead=tagger.counted_ahead if tagger else words("counted_ahead"),
        evening_nights=words("evening_nights"),
        night_of=_compiled(config, "night_of"),
        few_days_earlier=_compiled(config, "few_days_earlier"),
        few_days_later=_compiled(config, "few_days_later"),
        small_hours=_compiled(config, "small_hours"),
        relatives=words("relative_pronouns"),
        nights=frozenset(config.get("next_day_rules", [])),
        same_day=frozenset(config.get("same_day_rules", [])),
        anniversary_links=words("anniversary_links"),
        anniversary_of=tagger.anniversary_of if tagger else None,
        anniversary_commas=_compiled(config, "anniversary_commas"),
        anniversary_on=tagger.anniversary_on if tagger else None,
        told_when=_compiled(config, "told_when"),
        participle=_compiled(config, "participles"),
        date_modifiers=words("date_modifiers"),
        part_gap=_compiled(config, "date_part_gap"),
        noun_forms=tagger.event_noun_forms if tagger else {},
        ordinals=tagger.ordinals if tagger else {},
        goes_on=words("phrase_goes_on"),
        appositions=tuple(lexicon.dating_appositives) if (lexicon := lexicon_for(lang)) else (),
    )


@cache
def place_lists(lang: str) -> PlaceLists | None:
    """What ``places.json`` says about lists of places, for :func:`kroniek.linking.link_events`."""
    config = (load_json("places.json", lang) or {}).get("place_lists") or {}
    if not config.get("joins"):
        return None
    not_after = re.compile(config["not_after"], re.IGNORECASE) if config.get("not_after") else None
    return PlaceLists(re.compile(config["joins"], re.IGNORECASE), not_after)


_ISO_WEEK = re.compile(r"^(\d{4})-W(\d{1,2})")


@dataclass(frozen=True)
class _CandidateRules:
    """What :func:`event_time_candidates` reads from a language's ``timex.json``, compiled once."""

    span_start_words: frozenset[str]
    report_words: frozenset[str]
    told_as_earlier: re.Pattern[str] | None
    span_start_told: re.Pattern[str] | None = None  # "since June last year, when ...": that June's event
    # verbs that report only with their particle in the sentence: "maakte ... bekend"
    report_particles: dict[str, re.Pattern[str]] = field(default_factory=dict)
    span_start_modifiers: frozenset[str] = frozenset()  # "since late April": "late" stands between
    span_start_recent: re.Pattern[str] | None = None  # "sinds vorig weekend": a start last week


@cache
def _candidate_rules(lang: str) -> _CandidateRules:
    config = load_json("timex.json", lang) or {}
    return _CandidateRules(
        frozenset(w.lower() for w in config.get("span_start_words", [])),
        frozenset(w.lower() for w in config.get("report_words", [])),
        _compiled(config, "told_as_earlier"),
        _compiled(config, "span_start_told"),
        {w.lower(): re.compile(p, re.IGNORECASE) for w, p in config.get("report_particles", {}).items()},
        frozenset(w.lower() for w in config.get("span_start_modifiers", [])),
        _compiled(config, "span_start_recent"),
    )


def _recent_start(t: TimexMention, recent: re.Pattern[str] | None) -> bool:
    """Is ``t`` last week or weekend ("vorig weekend", "last week"), a start that dates?"""
    return bool(recent and _ISO_WEEK.match(t.value) and recent.match(t.text))


def _compiled(config: dict[str, Any], key: str) -> re.Pattern[str] | None:
    """A pattern of a ``timex.json``, compiled ignoring case; None where the language has none."""
    return re.compile(config[key], re.IGNORECASE) if config.get(key) else None


def event_time_candidates(
    timexes: list[TimexMention], text: str, lang: str, filed: list[tuple[int, int]] | None = None
) -> list[TimexMention]:
    """Leave out expressions that start a span ("sinds 2009", "since 1964"): they say when a
    state began, not when the reported event happened. A possessive is kept: in "since
    last Friday's shootings" the date is the shootings'. So is a day: in "houdt de regering
    sinds 19 mei gevangen" the hostage-taking happened on 19 May, and so is last week or
    weekend (``span_start_recent``: "sinds vorig weekend bezetten tienduizenden het
    kruispunt": the occupation began that weekend, and ACLED codes it at its start). So is a
    start that the
    text goes on to tell ("since June last year, when al Shabaab overran a base"; "sinds juni
    vorig jaar. Toen veroverde ..."; ``span_start_told``). The date of a dateline
    ("ANKARA 1996-08-26") is when the report was filed, and dates no event."""
    rules = _candidate_rules(lang)
    if filed is None:  # "ANKARA 1996-08-26 ...": the day the report was filed
        filed = report_marks(text)
    kept = [
        t
        for t in timexes
        if not inside(filed, t.start, t.end)
        and (
            _word_before(text, t.start, rules.span_start_modifiers) not in rules.span_start_words
            or _POSSESSIVE.match(text, t.end)
            or bool(rules.span_start_told and rules.span_start_told.match(text, t.end))
            or (t.date is not None and t.date.day is not None)
            or _recent_start(t, rules.span_start_recent)
        )
    ]
    cues = date_cues(lang)  # the nights between two days and the hours after midnight
    small_hours = cues.small_hours
    nights = [t for t in kept if t.rule in cues.nights]
    hours = [  # "de nacht van zaterdag op zondag rond twee uur": the night and its hour
        (t.start, hour.end()) for t in nights if small_hours and (hour := small_hours.match(text, t.end))
    ]
    kept = [
        _the_morning_after(t) if t in nights or any(a <= t.start < b for a, b in hours) else t for t in kept
    ]
    wire = any(start == 0 or not text[:start].strip() for start, _ in filed)
    kept = _without_restatements(kept, text)
    return _without_report_dates(
        kept, text, rules.report_words, rules.told_as_earlier, wire, rules.report_particles
    )


def _without_restatements(timexes: list[TimexMention], text: str) -> list[TimexMention]:
    """Leave out an expression that only restates the one right before it, coarser: in "On
    August 20 last month" or "op 20 augustus vorige maand" the month says which August the
    day is in; the event keeps the day."""
    kept: list[TimexMention] = []
    for t in timexes:
        before = kept[-1] if kept else None
        if (
            before is not None
            and before.date is not None
            and t.date is not None
            and before.end <= t.start
            and not text[before.end : t.start].strip(" ,")
            and t.date.precision > before.date.precision  # ACLED codes: 1 day, 3 month
            and t.date.contains(before.date)
        ):
            continue
        kept.append(t)
    return kept


def _the_morning_after(t: TimexMention) -> TimexMention:
    """What happened "in de nacht van zaterdag op zondag" is dated to the Sunday, as the
    reports in other words ("early on Sunday", "zondagochtend vroeg") and our annotators
    date it: such events mostly fall after midnight. Only the event's day moves; the timex
    keeps its TIMEX3 value, the night's first day ("...TNI")."""
    if t.date is None or t.date.precision != DAY:
        return t
    after = PartialDate.from_date(t.date.first_day() + dt.timedelta(days=1))
    return replace(t, date=after, value=after.iso())


def _without_report_dates(
    timexes: list[TimexMention],
    text: str,
    verbs: AbstractSet[str],
    earlier: re.Pattern[str] | None = None,
    wire: bool = False,
    particles: Mapping[str, re.Pattern[str]] | None = None,
) -> list[TimexMention]:
    """Leave out the day a report was made ("police said on Tuesday that ... on Monday")
    when its sentence names another day: the event took that one. So too when the rest of
    the sentence tells of something done before the report ("said on Monday that it had
    carried out the bombing", ``told_as_earlier``): the event is not of that day. In wire
    copy (a report with a dateline) the day a source spoke never dates what it told: "Turkish
    troops have killed 17 rebels in recent clashes, the agency said on Friday" happened
    before Friday, on a day the report does not give."""
    if not verbs:
        return timexes
    dated = [t for t in timexes if t.type in ("DATE", "TIME")]
    kept = []
    for t in timexes:
        before_t = text[max(0, t.start - 40) : t.start]
        sentence_ends = list(SENTENCE_END.finditer(before_t))  # "... the ministry said. Wednesday marked"
        before_t = before_t[sentence_ends[-1].end() :] if sentence_ends else before_t
        words = re.findall(r"\w+", before_t.lower())
        following = re.findall(r"\w+", text[t.end : t.end + 20].lower())[:1]
        end = SENTENCE_END.search(text, t.end)
        sentence = before_t + text[t.start : end.start() if end else len(text)]
        # "maakten" reports only with "bekend" ("Op woensdag maakten experts een bom onschadelijk")
        silent = frozenset(w for w, p in (particles or {}).items() if not p.search(sentence))
        reported = _says(words[-2:], verbs, silent) or _says(following, verbs, silent)  # "said on"
        reported = reported and not OWNED.match(text, t.end)  # "said Monday night's attack was ..."
        later = [o for o in dated if o.start > t.end and not SENTENCE_END.search(text, t.end, o.start)]
        before = bool(earlier and earlier.search(text, t.end, end.start() if end else len(text)))
        if not (reported and (later or before or wire)) and not _said_before_the_event(t, dated, text, verbs):
            kept.append(t)
    return kept


def _says(words: list[str], verbs: AbstractSet[str], silent: AbstractSet[str] = frozenset()) -> bool:
    """Do the words hold a verb of reporting, alone or with the word after it ("said",
    "said on")? A ``silent`` verb lacks the particle it reports with ("maakte" without
    "bekend")."""
    pairs = [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]
    return any(w in verbs and w.split()[0] not in silent for w in [*words, *pairs])


def _said_before_the_event(
    t: TimexMention, dated: list[TimexMention], text: str, verbs: AbstractSet[str]
) -> bool:
    """Is ``t`` the day a lead was said (", zei president Kenyatta vanochtend.") while the
    next sentence tells the earlier day it happened ("... drongen gistermiddag binnen")?"""
    tail = _ATTRIBUTION_TAIL.search(text, max(0, t.start - 60), t.start)
    if tail is None or not _CLOSES.match(text, t.end):
        return False
    if not _says(tail.group(1).lower().split(), verbs):
        return False
    if t.date is None or t.date.precision != DAY:
        return False
    nxt = [o for o in dated if o.start > t.end and len(SENTENCE_END.findall(text, t.end, o.start)) == 1]
    return bool(
        nxt
        and "\n\n" not in text[t.end : nxt[0].start]
        and nxt[0].date is not None
        and nxt[0].date.precision == DAY
        and nxt[0].date < t.date
    )


# ", zei president Kenyatta " or ", the president said on " before a date that ends its
# sentence: who said it, and when.
_ATTRIBUTION_TAIL = re.compile(r",\s+((?:[\w'’-]+\s+){1,6}?)$")
_CLOSES = re.compile(r"\s*[.!?]")


_POSSESSIVE = re.compile(r"['’]s?\b")


def _word_before(text: str, position: int, skipping: frozenset[str] = frozenset()) -> str:
    """The word before ``position``, past any word of ``skipping`` ("since late April": "since")."""
    found = re.search(r"(\w+)\W*$", text[max(0, position - 30) : position])
    if found is None:
        return ""
    word = found.group(1).lower()
    return _word_before(text, max(0, position - 30) + found.start(), skipping) if word in skipping else word


def event_date_of(
    date: DateRef, dct: PartialDate | None = None, older: bool = False
) -> tuple[str | None, int]:
    """ACLED's date convention: the day itself, or the middle of the week, month or year.

    Two week spans have a better middle than the Thursday of their ISO week: a weekend
    ("afgelopen weekend") is its Saturday, and "N weeks ago" is the publication's weekday N
    weeks back ("twee weken geleden" on a Wednesday: the Wednesday 14 days before), both
    with precision 2. A week's start or end ("begin deze week", "eind vorige week") is its
    Monday or Sunday, like a month's first or last day; and the week of publication, before
    its middle, is its Monday ("earlier this week" on a Wednesday: not the Thursday to come).
    An event that nothing in its text dates is fresh news, most likely of
    the day before publication, but only its week is known."""
    span, value = date.span, date.key
    mod = date.timex.mod if date.timex is not None else ""  # TIMEX3's mod: "START", "MID", "END"
    published = dt.date(dct.year, dct.month or 1, dct.day) if dct and dct.day is not None else None
    week = _ISO_WEEK.match(value)
    if week:  # "vorige week": the Thursday of that ISO week, precision 2
        monday = dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
        if value.endswith("-WE"):
            return (monday + dt.timedelta(days=5)).isoformat(), WEEK
        if date.timex is not None and date.timex.rule == "ago" and published is not None:
            return (monday + dt.timedelta(days=published.weekday())).isoformat(), WEEK
        middle = week_midpoint(monday)
        if mod == "START" or (published is not None and monday <= published < middle):
            return monday.isoformat(), WEEK  # "begin deze week"; "earlier this week" on a Tuesday
        if mod == "END":
            return (monday + dt.timedelta(days=6)).isoformat(), WEEK
        return middle.isoformat(), WEEK
    if span is None:
        return None, YEAR
    if span.precision != DAY:
        if mod and span.precision in (MONTH, YEAR):  # "eind maart", "begin 1999": a month
            return _edge_of(span, mod).isoformat(), MONTH
        return span.midpoint().isoformat(), span.precision
    if date.source == "dct":
        before = dt.date.fromisoformat(span.iso()) - dt.timedelta(days=1)
        if older:  # "the death toll from the air strike has risen": of the month, at best
            return PartialDate(before.year, before.month).midpoint().isoformat(), MONTH
        return before.isoformat(), WEEK
    return span.iso(), DAY


def _edge_of(span: PartialDate, mod: str) -> dt.date:
    """The day the events layer gives a month or year with TIMEX3's mod, as the Dutch gold
    sets do: the first day for its start, the last for its end, else its middle."""
    if mod == "START":
        return span.first_day()
    if mod == "END":
        return span.last_day()
    return span.midpoint()


def _evidence(linked: LinkedEvent, ex: Extraction) -> list[Evidence]:
    seen: set[int] = set()
    items: list[Evidence] = []
    sentences = [span for m in linked.mentions for span in ((m.sent_start, m.sent_end), *m.also)]
    for sent_start, sent_end in sentences:
        if sent_start in seen:
            continue
        seen.add(sent_start)
        sentence = ex.clean.text[sent_start:sent_end]
        lead = len(sentence) - len(sentence.lstrip())
        trail = len(sentence) - len(sentence.rstrip())
        start = ex.clean.to_original(sent_start + lead)
        end = ex.clean.to_original(sent_end - trail, end=True)
        items.append(Evidence(ex.document.id, start, end, ex.document.text[start:end]))
    return items


def _default_actors(sub_type: str, country_name: str) -> tuple[str, int, str, int]:
    table = load_json("codebook.json")["default_actors"]
    if sub_type not in table:
        return "", 0, "", 0
    actor1, inter1, actor2, inter2 = table[sub_type]

    def fill(template: str) -> str:
        return without_country(template, country_name) if template else ""

    return fill(actor1), int(inter1), fill(actor2), int(inter2)


REBELS = 2  # ACLED's inter code of rebel groups


def _territory_taker(sub_type: str, inter1: int) -> str:
    """A rebel group that "took full control of the city of Lashio, including the army's
    regional headquarters" overtook it, whatever army the sentence names. Forces allied to
    the state (militias, inter 3) may regain territory; and state forces as actor1 are not
    sure enough to turn a capture round (the coder may have taken the side that lost)."""
    if sub_type == "Government regains territory" and inter1 == REBELS:
        return "Non-state actor overtakes territory"
    return sub_type


def _interaction(inter1: int, inter2: int) -> int:
    low, high = sorted((inter1, inter2))
    return int(f"{low}{high}") if low else high * 10


def _confidence(linked: LinkedEvent) -> float:
    """An uncalibrated score, used only where no calibration is shipped: more support and
    firmer date and place score higher."""
    score = 0.4
    if linked.date.resolved:
        score += 0.15
    if linked.country_strong:
        score += 0.15
    score += 0.1 * min(len({m.sent_start for m in linked.mentions}) - 1, 2)
    return round(min(score, 0.95), 2)
