"""kroniek's registered spaCy components: time, countries, places and event mentions.

Each reads its language's data files once, at construction, and adds annotations to the
``Doc`` through the extensions of :mod:`kroniek.pipeline.mentions`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from kroniek.actors import actor_finder_for
from kroniek.codebook import (
    can_have_fatalities,
    event_type_of,
    kept_with_dead,
    lexicon_keeps,
    ordinary_crime,
    suppressions,
    with_dead,
    with_dead_of_crowds,
)
from kroniek.dateline import inside, report_marks
from kroniek.events.classifier import classifier_for
from kroniek.events.detector import detector_for
from kroniek.events.lexicon import Lexicon, Toll, TriggerMatch, lexicon_for
from kroniek.geo.countries import CountryMention, finder_for
from kroniek.geo.gazetteer import open_gazetteer
from kroniek.geo.toponyms import Toponym, ToponymFinder, outside_places
from kroniek.pipeline.mentions import EventMention, register_extensions
from kroniek.temporal import TimexMention, tagger_for
from kroniek.temporal.dct import infer_publication_day
from kroniek.temporal.engine import dates_counted_from

register_extensions()


@Language.factory("kroniek_timex")
def make_timex(nlp: Language, name: str) -> TimexComponent:
    return TimexComponent(nlp.lang or "xx")


class TimexComponent:
    """Sets ``doc._.timexes``, normalised relative to the publication date, and
    ``doc._.report_marks``, a wire report's dateline and sign-off (:mod:`kroniek.dateline`).

    When ``doc._.dct`` is only a month or a year, the day is inferred from the text where
    the text allows it (``doc._.dct_inferred``), and expressions are resolved against it.
    """

    def __init__(self, lang: str):
        self.tagger = tagger_for(lang)

    def __call__(self, doc: Doc) -> Doc:
        doc._.report_marks = report_marks(doc.text)  # found once; places and events read them
        if self.tagger is None:
            doc._.dct_inferred = None
            doc._.dct_published = None
            doc._.timexes = []
            return doc
        text, dct = doc.text, doc._.dct
        mentions = self.tagger.find(text, dct)
        inferred, said = infer_publication_day(self.tagger, text, dct, mentions)
        doc._.dct_inferred = inferred
        doc._.dct_published = inferred if said else None
        # Tag again only when the day was narrowed: weekdays now resolve to real days. A day
        # the text says outright ("vandaag, maandag 10 januari") is the day of publication.
        published = None if said else dct
        doc._.timexes = self.tagger.find(text, inferred, published=published) if inferred else mentions
        return doc


@Language.factory("kroniek_countries")
def make_countries(nlp: Language, name: str) -> CountryComponent:
    return CountryComponent(nlp.lang or "xx")


class CountryComponent:
    """Sets ``doc._.countries``: every country named, or implied by a demonym
    ("Iraakse") or by an actor of one country ("Houthi forces"); the last two are weak."""

    def __init__(self, lang: str):
        self.finder = finder_for(lang)
        self.actors = actor_finder_for(lang)

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        named = self.finder.find(text)
        implied = [a for a in self.actors.country_mentions(text) if not _overlaps(a, named)]
        doc._.countries = sorted(named + implied, key=lambda c: c.start)
        return doc


def _filed(doc: Doc) -> list[tuple[int, int]]:
    """The dateline and sign-off the time component found (found here if it did not run)."""
    marks: list[tuple[int, int]] | None = doc._.report_marks
    return report_marks(doc.text) if marks is None else marks


def _overlaps(mention: CountryMention, others: list[CountryMention]) -> bool:
    return any(o.start < mention.end and mention.start < o.end for o in others)


@Language.factory("kroniek_places")
def make_places(nlp: Language, name: str) -> PlaceComponent:
    return PlaceComponent(nlp.lang or "xx")


class PlaceComponent:
    """Sets ``doc._.places``: the toponyms of the text, each resolved to a gazetteer place.

    Needs ``doc._.countries`` (the country context) and uses ``doc.ents`` where the
    pipeline has an NER model.
    """

    def __init__(self, lang: str):
        self.finder = ToponymFinder(lang, open_gazetteer())

    def __call__(self, doc: Doc) -> Doc:
        places = self.finder.find(doc, doc._.countries or [])
        doc._.countries = outside_places(doc._.countries or [], places)
        # "ANKARA 1996-08-26 Heavy fighting ... in northern Iraq": filed in Ankara, which
        # places no event; nor does a newsroom's sign-off.
        filed = _filed(doc)
        doc._.places = [replace(p, cue="not") if inside(filed, p.start, p.end) else p for p in places]
        return doc


_PARAGRAPH = re.compile(r"\n\s*\n")  # a blank line: the end of a paragraph
# Readings that a bare count of the dead triggers by itself ("two soldiers were killed";
# "Eleven protesters were killed" reads as a protest by its victims' name).
_CASUALTY_READINGS = frozenset({"Armed clash", "Attack", "Peaceful protest"})
_TOLL_REACH = 120  # characters from the start of a toll in which its own words lie


@Language.factory("kroniek_events")
def make_events(nlp: Language, name: str) -> EventComponent:
    return EventComponent(nlp.lang or "xx")


def _arrest_for_crime(lexicon: Lexicon, sub_type: str, text: str) -> bool:
    """Is an arrest that the model found (no trigger did) one of suspects of an ordinary
    crime ("arrested two men suspected of stealing cars"), in a report that names no political
    side or motive? The lexicon codes arrests only with a sign of politics; the model, which
    cannot weigh it, may not code police work. An arrest with no charge named stays (the model
    knows "police arrested Pedro Castillo"); so do killings and abductions, which the
    document's ordinary-crime rule weighs where the country is at peace."""
    _, _, suspects = ordinary_crime()
    charges, motive = lexicon.crime_charges, lexicon.political_motive
    return (
        sub_type in suspects
        and charges is not None
        and charges.search(text) is not None
        and not (motive is not None and motive.search(text))
    )


def _another_day(
    dated: list[TimexMention], last: EventMention, start: int, end: int, counted: frozenset[int] = frozenset()
) -> bool:
    """Does the sentence at ``start:end`` name a day that the sentence of the event before it
    does not ("... een stille mars zondag. Daar schoot een man dinsdagavond vijf mensen
    dood")? Then it tells another event, not how that one went on. ``dated``: the
    document's dates and times; ``counted``: the starts of those that date another event a
    span counts from ("a week after the 'Day of Rage' of January 28"), not the event's own."""
    days = {t.value[:10] for t in dated if start <= t.start < end}
    before = {
        t.value[:10] for t in dated if last.sent_start <= t.start < last.sent_end and t.start not in counted
    }
    return bool(before and days - before)  # an undated event takes the day its next sentence gives


def _another_town(places: list[Toponym], last: EventMention, start: int, end: int) -> bool:
    """Does the sentence at ``start:end`` place something at a town that the sentence of the
    event before it does not name ("... raketten afgevuurd op Sderot. Twee raketten op weg
    naar Ashkelon werden onderschept")? Then it tells another event, not how that one went
    on. Countries, regions, metonyms and landmarks do not count."""

    def towns(a: int, b: int) -> set[str]:
        return {
            p.place.name
            for p in places
            if a <= p.start < b
            and p.place is not None
            and p.place.kind in ("city", "airport", "base")
            and (p.locative or p.cue == "target")
            and not p.metonym
            and not p.reference
        }

    before = towns(last.sent_start, last.sent_end)
    return bool(before and towns(start, end) - before)


def _toll_taker(mentions: list[EventMention], last: EventMention) -> int:
    """The index of the event that a toll in the next sentence counts: the last one of the
    sentence before that can have dead, or become one that can (codebook ``with_dead``),
    else the last one."""
    for i in range(len(mentions) - 1, -1, -1):
        if mentions[i].sent_start != last.sent_start:
            break
        if can_have_fatalities(mentions[i].sub_event_type) or mentions[i].sub_event_type in with_dead():
            return i
    return len(mentions) - 1


def _names_a_day(dated: list[TimexMention], start: int, end: int) -> bool:
    """Does the sentence at ``start:end`` name a real date ("on Thursday", "zaterdagavond")?"""
    return any(start <= t.start < end and t.value[:1].isdigit() for t in dated)


_CALENDAR_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _gives_a_calendar_day(dated: list[TimexMention], start: int, end: int) -> bool:
    """Does the sentence at ``start:end`` write out a calendar day ("sinds 5 januari, toen
    Egyptische vliegtuigen gasbommen wierpen op Kitaf")? Then the event it tells is dated
    apart from the story's, which a sentence model, taught to drop undated background ("In
    May, dozens were killed"), cannot tell."""
    return any(
        start <= t.start < end and _CALENDAR_DAY.fullmatch(t.value[:10]) and any(c.isdigit() for c in t.text)
        for t in dated
    )


def _day_told_between(dated: list[TimexMention], last: EventMention, start: int) -> bool:
    """Does a sentence between a dated event and the one at ``start`` name another day ("...
    marched peacefully on Wednesday. On Friday, June 21, fighting had broken out. Protesters
    threw stones")? Then the sentence at ``start`` goes on with that day, not with the event."""
    return _names_a_day(dated, last.sent_start, last.sent_end) and _dated_between(dated, last, start)


CODED_TOLL_WORDS = 3  # "1 fatality.", "2 fatalities.": a coder's count of the event told (ACLED notes)


def _dated_between(dated: list[TimexMention], last: EventMention, start: int) -> bool:
    """Does a sentence between the event before and the one at ``start`` name a time that the
    event's own sentence does not ("De aanslag in Utrecht ... Op 14 juli 2016 rijdt ... in
    Nice ... Achter hem liggen dan 86 doden")? Then a toll that follows counts another
    event's dead."""
    before = {t.value[:10] for t in dated if last.sent_start <= t.start < last.sent_end}
    return any(
        last.sent_end <= t.start < start and t.value[:1].isdigit() and t.value[:10] not in before
        for t in dated
    )  # a real date: "nu" (PRESENT_REF) or "recently" tells no other story


# Demonstrations and arrests: ACLED codes one event per location where they took place.
_CODED_PER_LOCATION = frozenset(
    {
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
        "Violent demonstration",
        "Mob violence",
        "Arrests",
    }
)


def _told_nowhere(
    lexicon: Lexicon, text: str, matches: list[TriggerMatch], places: list[Toponym], start: int, end: int
) -> bool:
    """Is the sentence a protest, a riot or arrests "across the country", with no place of its own
    named? ACLED codes those per location, so it reports none that can be coded; a measure for
    the whole country (troops deployed, a curfew) is coded for the country and stays."""
    return (
        lexicon.nowhere(text)
        and all(m.sub_event_type in _CODED_PER_LOCATION for m in matches)
        and not any(start <= p.start < end for p in places)
    )


def _clause_of(starts: list[int], position: int) -> int:
    """The index of the clause (by its start offsets) that holds ``position``."""
    return max(i for i, c in enumerate(starts) if c <= position)


def _goes_on_with_unreal(
    lexicon: Lexicon,
    full_text: str,
    filtered: list[tuple[int, int, str]],
    mentions: list[EventMention],
    text: str,
    start: int,
) -> bool:
    """Does the sentence name again ("The blast", "De oefening") the mishap, drill or game
    that the sentence right before it told and that was no event?"""
    if lexicon.same_mishap is None or not filtered or filtered[-1][2] != "unreal":
        return False
    before_start, before_end, _ = filtered[-1]
    if mentions and mentions[-1].sent_start > before_start:
        return False
    if full_text[before_end:start].strip() or _PARAGRAPH.search(full_text, before_end, start):
        return False
    return lexicon.same_mishap.search(text) is not None


TOLL_SENTENCE_WORDS = 8  # "Six protesters were killed.", "Zes betogers kwamen om het leven."


def _counts_only_the_hurt(lexicon: Lexicon, text: str, matches: list[TriggerMatch]) -> bool:
    """Is the sentence short, and do all its triggers only count the hurt ("Six protesters
    were killed.")? Then it tells the toll of the event before it, not background."""
    casualty_only = lexicon.casualty_only
    return (
        casualty_only is not None
        and len(text.split()) <= TOLL_SENTENCE_WORDS
        and all(casualty_only.fullmatch(text[m.start : m.end]) for m in matches)
    )


def _toll_of_a_disaster(
    lexicon: Lexicon,
    full_text: str,
    before: tuple[int, int] | None,
    mentions: list[EventMention],
    text: str,
    start: int,
    matches: list[TriggerMatch],
) -> bool:
    """Does the sentence only count dead or hurt ("Two people were killed, the government
    said") right after a sentence of the same paragraph that told a natural disaster and no
    event ("Hurricane Ivan left much of Grand Cayman under water")? Then it counts the
    disaster's toll."""
    if lexicon.disasters is None or lexicon.casualty_only is None or before is None:
        return False
    if mentions and mentions[-1].sent_start >= before[0]:
        return False
    if _PARAGRAPH.search(full_text, before[0], start):
        return False
    casualty_only = lexicon.casualty_only
    return all(casualty_only.fullmatch(text[m.start : m.end]) for m in matches) and bool(
        lexicon.disasters.search(full_text, before[0], before[1])
    )


class EventComponent:
    """Sets ``doc._.event_mentions``: the sub-types each sentence reports."""

    def __init__(self, lang: str):
        self.lang = lang
        self.lexicon = lexicon_for(lang)
        tagger = tagger_for(lang)  # "a week after the riots of 3 May": its words count a span back
        self.counted_back = tagger.counted_back if tagger is not None else frozenset()

    def __call__(self, doc: Doc) -> Doc:
        mentions: list[EventMention] = []
        filtered: list[tuple[int, int, str]] = []
        full_text = doc.text  # computed from the tokens on every access: read it once
        # "BELGRADE 1996-08-29 A policeman has been shot dead": the dateline is no part of
        # the sentence (its "29" counts no dead); blanked, so offsets stay.
        for a, b in _filed(doc):
            full_text = full_text[:a] + " " * (b - a) + full_text[b:]
        dated = [t for t in doc._.timexes or [] if t.type in ("DATE", "TIME")]
        counted = dates_counted_from(doc._.timexes or [], full_text, self.counted_back)
        places = doc._.places or []
        genre = self.lexicon.genre_without_events(full_text) if self.lexicon is not None else None
        previous: tuple[int, int] | None = None
        for sent in doc.sents:
            start, end = sent.start_char, sent.end_char
            before, previous = previous, (start, end)
            if self.lexicon is None:
                continue
            text = full_text[start:end]
            told = {m.event_type for m in mentions}  # "Four days after the bombing, ...": told before
            matches = self.lexicon.match(text, told=told)
            # The event just before, in the same paragraph: a sentence may only go on with it.
            last = (
                mentions[-1]
                if mentions and not _PARAGRAPH.search(full_text, mentions[-1].trigger_end, start)
                else None
            )
            changed = (
                self._follow_up(
                    last,
                    text,
                    end,
                    matches,
                    _names_a_day(dated, start, end),
                    _names_a_day(dated, last.sent_start, last.sent_end),
                )
                if last
                and not _another_day(dated, last, start, end, counted)
                and not _another_town(places, last, start, end)
                and not _day_told_between(dated, last, start)
                else None
            )
            target = len(mentions) - 1
            if (
                changed is None
                and last
                and not matches
                and (len(text.split()) <= CODED_TOLL_WORDS or not _dated_between(dated, last, start))
            ):
                # "... opgeblazen te midden van duizenden mensen die zich verzamelden voor een
                # vredesbetoging. Daarbij kwamen zeker 95 mensen om": the toll is the bomb's,
                # the last event of that sentence that can have dead.
                target = _toll_taker(mentions, last)
                changed = self._toll_for_previous(mentions[target], text, full_text, start)
            if changed is not None:
                mentions[target] = changed
                continue
            detector = detector_for(self.lang)
            found = detector.found(text) if detector is not None and not matches else None
            if found is not None and _arrest_for_crime(self.lexicon, found[0], full_text):
                found = None  # "arrested three men suspected of theft": police work, no event
            if found is not None and self.lexicon.vetoed(text, found[0]):
                found = None  # a decoy the rules read and set aside: "troops sent to help after the floods"
            if found is not None:
                matches = [TriggerMatch(*found)]  # a sentence no trigger reads, that the model does
            if not matches:
                continue
            reason = self.lexicon.filtered(text)
            if not reason and genre:
                reason = genre
            if not reason and _goes_on_with_unreal(self.lexicon, full_text, filtered, mentions, text, start):
                reason = "unreal"  # "A truck ... blew up, killing 13. The blast flattened the village"
            if not reason and _toll_of_a_disaster(
                self.lexicon, full_text, before, mentions, text, start, matches
            ):
                reason = "unreal"  # "Hurricane Ivan left the island under water. Two people were killed"
            if not reason and _told_nowhere(self.lexicon, text, matches, places, start, end):
                reason = "nowhere"
            if reason:
                filtered.append((start, end, reason))
                continue
            toll = self.lexicon.fatalities(text)
            if (
                found is None
                and toll is not None
                and toll.deaths > 0
                and any(m.sub_event_type in kept_with_dead() for m in matches)
            ):
                matches = self.lexicon.match(
                    text, dead=True, told=told
                )  # "killed two and took three hostage"
            changed = (
                self._casualties_of_previous(doc, full_text, last, text, start, end, matches, toll)
                if last
                else None
            )
            if changed is not None:
                mentions[-1] = changed
                continue
            # War words, but no event: the model is sure. Never the article's first event (a
            # lead tells one: the model, trained on whole articles, is unsure of lone sentences),
            # nor one that only counts the hurt (its toll is the event's before it: the model
            # learnt such sentences as no event of their own); a sentence that goes on with the
            # event before it is still that event's evidence.
            if (
                found is None
                and mentions
                and detector is not None
                and not _gives_a_calendar_day(dated, start, end)
                and not _counts_only_the_hurt(self.lexicon, text, matches)  # "Six protesters were killed."
                and detector.dropped(text)
            ):
                filtered.append((start, end, "model"))
                if last is not None and not _another_day(dated, last, start, end):
                    mentions[-1] = replace(last, also=(*last.also, (start, end)))
                continue
            toll_taken = False
            lexicon_decides = (
                found is not None or len(matches) != 1 or matches[0].sub_event_type in lexicon_keeps()
            )
            second_opinion = None if lexicon_decides else self._second_opinion(text)
            clauses = self.lexicon.clause_starts(text) if len(matches) > 1 else [0]
            bounds = [*clauses, len(text)]

            # Where the sentence tells several events in clauses of their own, the toll is the
            # one of its own clause's event, if that one can have dead.
            toll_clause = _clause_of(clauses, toll.offset) if toll is not None and len(clauses) > 1 else None
            if toll_clause is not None and not any(
                _clause_of(clauses, m.start) == toll_clause
                and can_have_fatalities(second_opinion or m.sub_event_type)
                for m in matches
            ):
                toll_clause = None
            for match in matches:
                sub_type = second_opinion or match.sub_event_type
                fatalities, estimated = None, False
                own = _clause_of(clauses, match.start)
                elsewhere = toll_clause is not None and own != toll_clause
                if toll is not None and not toll_taken and not elsewhere and can_have_fatalities(sub_type):
                    fatalities, estimated, toll_taken = (
                        toll.deaths,
                        toll.estimated,
                        True,
                    )  # for one event only
                mentions.append(
                    EventMention(
                        sub_event_type=sub_type,
                        event_type=event_type_of(sub_type),
                        sent_start=start,
                        sent_end=end,
                        trigger_start=start + match.start,
                        trigger_end=start + match.end,
                        fatalities=fatalities,
                        fatalities_estimated=estimated,
                        clause_start=start + bounds[own] if len(clauses) > 1 else -1,
                        clause_end=start + bounds[own + 1] if len(clauses) > 1 else -1,
                    )
                )
        doc._.event_mentions = mentions
        doc._.filtered_sentences = filtered
        return doc

    def _second_opinion(self, sentence: str) -> str | None:
        """The classifier's sub-type for a sentence where the lexicon found one, when it is
        confident of another (``SubtypeClassifier.threshold``); else None."""
        model = classifier_for(self.lang)
        if model is None:
            return None
        best, probability = model.predict(sentence)
        return best if probability >= model.threshold else None

    def _follow_up(
        self,
        last: EventMention,
        text: str,
        end: int,
        matches: list[TriggerMatch],
        own_day: bool,
        last_day: bool,
    ) -> EventMention | None:
        """A sentence that tells how the event just before it went on ("Police intervened and
        detained them.") changes that event's sub-type and joins its evidence, when it
        reports nothing that the new sub-type does not cover. A sentence with a day of its
        own keeps the readings a rule would absorb ("Police arrested more than 100 people
        over the violence on Thursday" is the next day's arrests, not the riot's course)."""
        assert self.lexicon is not None
        rule = self.lexicon.follow_up(last.sub_event_type, text)
        if rule is None or self.lexicon.filtered(text):
            return None
        if own_day and any(m.sub_event_type in rule.absorbs for m in matches):
            return None
        becomes = rule.becomes
        # "The protests have spread to a dozen towns. On December 22, security agents arrested
        # 14 opposition leaders at a meeting": a sentence with a day of its own that reports an
        # event of another kind is no course of an event told with no day.
        if own_day and not last_day and any(m.sub_event_type != becomes for m in matches):
            return None
        covered = suppressions().get(becomes, frozenset()) | rule.absorbs
        if any(m.sub_event_type not in covered and m.sub_event_type != becomes for m in matches):
            return None
        changed = replace(last, sub_event_type=becomes, event_type=event_type_of(becomes), sent_end=end)
        # "Police opened fire on the protesters, killing four": the course's dead are the event's.
        toll = self.lexicon.fatalities(text) if can_have_fatalities(becomes) else None
        return (self._merged_toll(changed, toll, text) if toll is not None else None) or changed

    def _casualties_of_previous(
        self,
        doc: Doc,
        full_text: str,
        last: EventMention,
        text: str,
        start: int,
        end: int,
        matches: list[TriggerMatch],
        toll: Toll | None,
    ) -> EventMention | None:
        """A sentence that only counts the dead of the event before it ("Two soldiers were
        reportedly killed.") reads as a clash or an attack by its own words; it is that
        event's toll, and joins its evidence, when it names no day of its own or brings the
        toll to a figure."""
        told = last.sub_event_type  # "... that looters had broken into": the looting told again
        last = self._with_its_dead(last, toll, full_text, end - len(text))
        if toll is None or toll.deaths <= 0 or toll.estimated or not can_have_fatalities(last.sub_event_type):
            return None
        assert self.lexicon is not None
        # "Three more died on Sunday, bringing the toll to 22": the whole sentence counts the
        # event's dead, and its day is when they died; any other day of its own makes the
        # sentence another event.
        brought = self.lexicon.toll_override(text) or self.lexicon.toll_update(text)
        phrase = range(toll.offset, toll.offset + _TOLL_REACH)
        if not all(
            (m.sub_event_type in _CASUALTY_READINGS or (m.sub_event_type == told != last.sub_event_type))
            and (brought or m.start in phrase)
            for m in matches
        ):
            return None
        dated = any(start <= t.start < end and t.type in ("DATE", "TIME") for t in doc._.timexes or [])
        if dated and not brought:
            return None
        merged = self._merged_toll(last, toll, text)
        if merged is None or dated:  # the day the toll rose does not date the event
            return merged
        return replace(merged, sent_end=end)

    def _toll_for_previous(
        self, last: EventMention, text: str, full_text: str, start: int
    ) -> EventMention | None:
        """A sentence that reports deaths but no event of its own ("One man died and the
        other was injured.") gives its toll to the event just before it (see
        :meth:`_merged_toll`)."""
        assert self.lexicon is not None
        toll = self.lexicon.fatalities(text)
        last = self._with_its_dead(last, toll, full_text, start)
        if not can_have_fatalities(last.sub_event_type) or self.lexicon.filtered(text):
            return None
        return self._merged_toll(last, toll, text) if toll is not None else None

    def _with_its_dead(
        self, last: EventMention, toll: Toll | None, full_text: str, start: int
    ) -> EventMention:
        """A crowd's looting that the next sentence counts dead of is mob violence (codebook
        ``with_dead``): "crowds looted shops. Eight people died when fire broke out in a store
        that looters had broken into"; an intervention against protesters is excessive force.
        Only the sentence right after the event's own counts (its toll sentence at ``start``)."""
        becomes = with_dead().get(last.sub_event_type)
        if becomes is None or toll is None or toll.deaths <= 0 or toll.estimated:
            return last
        if full_text[last.sent_end : start].strip():
            return last
        if last.sub_event_type in with_dead_of_crowds():
            crowd = self.lexicon.looting_crowd if self.lexicon is not None else None
            if crowd is None or not crowd.search(full_text, last.sent_start, last.sent_end):
                return last
        return replace(last, sub_event_type=becomes, event_type=event_type_of(becomes))

    def _merged_toll(self, last: EventMention, toll: Toll, sentence: str) -> EventMention | None:
        """The event before, with a later sentence's toll: taken when it had none; put in
        place of an estimate by a count ("incurring fatalities" ... "the toll rose to 12"),
        or by an explicit coding ("fatalities coded as 10"); added when the sentence counts
        other dead ("7 militants were also killed"). None when it changes nothing."""
        assert self.lexicon is not None
        if last.fatalities is None:
            if toll.deaths <= 0:
                return None
            return replace(last, fatalities=toll.deaths, fatalities_estimated=toll.estimated)
        if self.lexicon.toll_override(sentence) or (last.fatalities_estimated and not toll.estimated):
            return replace(last, fatalities=toll.deaths, fatalities_estimated=toll.estimated)
        if toll.deaths > 0 and not toll.estimated and self.lexicon.more_dead(sentence):
            return replace(last, fatalities=last.fatalities + toll.deaths)
        return None
