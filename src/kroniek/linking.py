"""The document-level stage: give each event mention a date and a place, then merge
mentions into events.

An event is one (sub-type, day, place). A mention takes the date of the temporal
expression that governs its sentence (the nearest one before its trigger, else after
it); failing that, the nearest preceding one in the same paragraph; failing that, the
publication date. Mentions of the same sub-type, country and a compatible date are one
event; and an event whose sub-type overrides another's (intercepted drones override the
drone strike they stopped) absorbs that event when both fall on the same day and place.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from kroniek.codebook import (
    REMOTE_VIOLENCE,
    TAKEN_OR_REGAINED,
    across_sentences,
    can_have_fatalities,
    charged_crowds,
    dated_apart,
    dated_apart_same_day,
    evening_exceptions,
    evening_types,
    event_type_of,
    kept_with_dead,
    sentence_only,
    suppressions,
)
from kroniek.dates import DAY, MONTH, YEAR, PartialDate
from kroniek.events.lexicon import DatingNouns
from kroniek.geo.countries import CountryMention
from kroniek.geo.gazetteer import distance_km
from kroniek.geo.toponyms import IN_DIVISION, Toponym, contains
from kroniek.pipeline.mentions import EventMention
from kroniek.temporal import TimexMention
from kroniek.temporal.engine import UNKNOWN_VALUES, dates_counted_from, ordinal_count, word_after
from kroniek.temporal.normalise import at_unit, shift_date


@dataclass(frozen=True)
class DateRef:
    """The date an event mention refers to, and how it was found."""

    key: str  # the TIMEX3 value without its time of day, or the DCT
    span: PartialDate | None
    resolved: bool
    source: str  # "sentence", "paragraph" or "dct"
    timex: TimexMention | None = None

    def compatible(self, other: DateRef) -> bool:
        """Could both refer to the same day? A week ("2018-W25") or its weekend
        ("2018-W25-WE") holds only its own days (and, as its span is kept as its month, only
        those in that month)."""
        if self.key == other.key:
            return True
        if not (_in_month_part(self, other) and _in_month_part(other, self)):
            return False
        weeks = [_iso_week(k) or _iso_week(k, weekend=True) for k in (self.key, other.key)]
        days = [_day_of(k) for k in (self.key, other.key)]
        if weeks[0] and weeks[1]:
            return weeks[0] == weeks[1]
        for week, day in ((weeks[0], days[1]), (weeks[1], days[0])):
            if week and day and tuple(day.isocalendar()[:2]) != week:
                return False
        if self.resolved and other.resolved and self.span and other.span:
            return self.span.contains(other.span) or other.span.contains(self.span)
        return False

    @property
    def precision(self) -> int:
        return self.span.precision if self.span else YEAR


_MONTH_PARTS = {"START": (1, 10), "MID": (11, 20), "END": (21, 31)}  # "begin februari", "late June"


def _in_month_part(part: DateRef, day: DateRef) -> bool:
    """Does ``day`` fall in the part of the month that ``part`` tells ("Begin februari"
    holds the 1st to the 10th)? A march at the beginning of February is not the riot of
    Saturday the 15th. True where ``part`` tells no part of a month in its own sentence (one
    taken from an earlier sentence may not be the event's), or ``day`` no day."""
    mod = part.timex.mod if part.timex is not None and part.source == "sentence" else None
    if mod not in _MONTH_PARTS or part.span is None or day.span is None:
        return True
    if part.span.precision != MONTH or day.span.precision != DAY or not part.span.contains(day.span):
        return True
    low, high = _MONTH_PARTS[mod]
    return low <= (day.span.day or 0) <= high


_WEEK_KEY = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")  # "2018-W25", and its weekend "2018-W25-WE"
_DAY_KEY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _iso_week(key: str, weekend: bool = False) -> tuple[int, int] | None:
    """(ISO year, week) of a week key ("2018-W25"), or of a weekend key with ``weekend``."""
    found = _WEEK_KEY.match(key)
    return (int(found.group(1)), int(found.group(2))) if found and bool(found.group(3)) == weekend else None


def _day_of(key: str) -> dt.date | None:
    return dt.date.fromisoformat(key) if _DAY_KEY.match(key) else None


BIG_CITY = 100_000  # people: two cities this large, named apart, are two places
TOWNS_APART_KM = 15.0  # two smaller towns named apart and this far apart are two places
PLACE_RADIUS_KM = 50.0  # mentions of one event name places this close, or the same one


@dataclass
class LinkedEvent:
    """A group of mentions that are one event."""

    sub_event_type: str
    event_type: str
    country: str  # alpha-2, or "" when unknown
    country_strong: bool
    dates: list[DateRef] = field(default_factory=list)
    mentions: list[EventMention] = field(default_factory=list)
    place: Toponym | None = None  # the most specific place below the country, if named
    fallback: Toponym | None = None  # the article's scene, when no mention names a place
    toll: int | None = None  # this place's share of a toll split by place, if it was

    @property
    def where(self) -> Toponym | None:
        """The place to report: a named one, else the article's scene."""
        return self.place or self.fallback

    def same_place(self, place: Toponym | None) -> bool:
        """Could a mention placed at ``place`` be this event? Two named places far apart
        are two events; a mention without a place can be anywhere in the country."""
        if place is None or self.place is None or place.place is None or self.place.place is None:
            return True
        a, b = place.place, self.place.place
        # "a village in the Sagaing region" and "Nyaung Pin Thar in Kanbalu township": the
        # region holds the town, so both are one event's place.
        inside = IN_DIVISION in (contains(a, b), contains(b, a))
        return inside or distance_km(a, b) <= PLACE_RADIUS_KM

    def take_place(self, place: Toponym | None) -> None:
        """Keep the more specific of two places for the same event."""
        if place is not None and (self.place is None or place.rank < self.place.rank):
            self.place = place

    @property
    def date(self) -> DateRef:
        """The most precise of the member dates, preferring resolved ones."""
        return min(self.dates, key=lambda d: (not d.resolved, d.precision, d.source != "sentence"))

    def accepts(self, sub_type: str, country: str, date: DateRef) -> bool:
        same_place = not country or not self.country or country == self.country
        return sub_type == self.sub_event_type and same_place and self.date.compatible(date)

    def absorb(self, other: LinkedEvent, counts: bool = True) -> None:
        """Take over another event's mentions and dates: they report this event; without
        ``counts``, not their dead, which belong to another time than this event's."""
        self.mentions.extend(
            other.mentions if counts else [replace(m, fatalities=None) for m in other.mentions]
        )
        self.dates.extend(other.dates)
        self.take_place(other.place)
        self.fallback = self.fallback or other.fallback

    @property
    def fatalities(self) -> int:
        if self.toll is not None:
            return self.toll
        counts = [m.fatalities for m in self.mentions if m.fatalities is not None]
        return counts[0] if counts else 0

    @property
    def fatalities_estimated(self) -> bool:
        """Is the toll ACLED's count for deaths reported without a number?"""
        return next((m.fatalities_estimated for m in self.mentions if m.fatalities is not None), False)


def _paragraph_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer(r"\n\s*\n", text)]


def _paragraph_of(offset: int, starts: list[int]) -> int:
    return sum(1 for s in starts if s <= offset) - 1


class DateCues(NamedTuple):
    """Words of a language's ``timex.json`` that tell which date an event takes."""

    clause_openers: frozenset[str] = frozenset()  # "after", "nadat": another clause begins
    links: frozenset[str] = frozenset()  # "on", "van", "die": the date told with the event
    place_words: frozenset[str] = frozenset()  # "in", "op": a place named between the two
    articles: frozenset[str] = frozenset()  # "de", "het", "the"
    counted_back: frozenset[str] = frozenset()  # "a day after X", "een week nadat X": X was earlier
    to_the_day: frozenset[str] = frozenset()  # "a year to the day after X", "precies een jaar nadat X"
    day_after: re.Pattern[str] | None = None  # "The day after the bombing, ...": a day from the event told
    counted_ahead: frozenset[str] = frozenset()  # "Een dag voor de aanslag, ...": before the event told
    evening_nights: frozenset[str] = frozenset()  # "vannacht": the night before the publication day
    night_of: re.Pattern[str] | None = None  # "na een nacht van rellen": the night before the day told
    few_days_earlier: re.Pattern[str] | None = None  # "een paar dagen eerder": some days before the date told
    few_days_later: re.Pattern[str] | None = None  # "a few days later"
    small_hours: re.Pattern[str] | None = None  # "rond vier uur": an hour after midnight
    relatives: frozenset[str] = frozenset()  # "dat", "that": a relative clause after the event's noun
    nights: frozenset[str] = frozenset()  # timex rules of a night between two days, dated to the second
    same_day: frozenset[str] = frozenset()  # timex rules of a part of the day told before: no day of its own
    # "Maandag was het twee jaar geleden dat ...": the word after an 'ago' span that makes the
    # sentence's day the anniversary of the event told after it.
    anniversary_links: frozenset[str] = frozenset()
    # "Sunday was the fifth anniversary of the storming ...": the ordinal is group "ordinal".
    anniversary_of: re.Pattern[str] | None = None
    anniversary_commas: re.Pattern[str] | None = None  # ", in which": the old event's phrase goes on
    # "On the tenth anniversary of the referendum of 14 February 2001, police ...": the words
    # right before anniversary_of that make it the time of the sentence's own event.
    anniversary_on: re.Pattern[str] | None = None
    # ", and shot dead 48 men": words after a comma that go on with the phrase before it.
    goes_on: frozenset[str] = frozenset()
    ordinals: dict[str, int] = {}
    # "Volgens de hulporganisatie gebeurde dat op 3 augustus", "The raids took place overnight
    # from Wednesday into Thursday": a sentence that tells when the event before it happened.
    told_when: re.Pattern[str] | None = None
    # "De dag na de inname": the forms a noun of an event takes in its report ("ingenomen").
    noun_forms: dict[str, tuple[str, ...]] = {}
    # "the truce signed in Pretoria earlier this month": a participle after the event's noun,
    # and the words that may stand right before the date it brings ("earlier").
    participle: re.Pattern[str] | None = None
    date_modifiers: frozenset[str] = frozenset()
    # "the air raids before dawn on Tuesday": a part of the day between the event's noun and its date.
    part_gap: re.Pattern[str] | None = None
    # "Zondag, op de verjaardag van de opstand van 1956, joeg de politie ...": phrases that name
    # the sentence's day after another event, whose date is not the sentence's (the lexicon's
    # ``dating_appositives``).
    appositions: tuple[re.Pattern[str], ...] = ()


def _date_key(value: str) -> str:
    return value.split("T", 1)[0]


SEASON_MONTHS = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}  # the middle month of each season
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")


def _ref(t: TimexMention, source: str) -> DateRef:
    """The date an expression gives an event. A season ("afgelopen najaar", 2018-FA) dates
    it to its middle month, known to the month: ACLED has no season, and a year alone
    would drop the event."""
    season = _SEASON.match(t.value)
    if season:
        winter = season.group(2) == "WI"  # 2018-WI is the winter of 2018/19: January 2019
        month = PartialDate(int(season.group(1)) + winter, SEASON_MONTHS[season.group(2)])
        return DateRef(month.iso(), month, t.resolved, source, t)
    return DateRef(_date_key(t.value), t.date, t.resolved, source, t)


def date_for(
    mention: EventMention,
    timexes: list[TimexMention],
    dct: PartialDate | None,
    paragraph_starts: list[int],
    text: str = "",
    cues: DateCues | None = None,
    told: Sequence[LinkedEvent] = (),
    main_clause_event: bool = False,
) -> DateRef:
    """The date that governs an event mention (see the module docstring); ``told`` are the
    events linked before it, which "een paar dagen eerder" counts from; ``main_clause_event``
    says whether another event is told after it in its sentence."""
    # "a few years ago" (PAST_REF) or "nu" says nothing about the day: it governs nothing;
    # nor does "dat jaar" or "four years later" with no date before it to count from (XXXX).
    dated = [t for t in timexes if t.type in ("DATE", "TIME") and not _vague(t.value)]
    in_sentence = [t for t in dated if mention.sent_start <= t.start < mention.sent_end]
    cues = cues or DateCues()
    counted = _counted_back(mention, timexes, in_sentence, text, cues, main_clause_event)
    if counted is not None:
        return counted
    anniversary = _anniversary(mention, in_sentence, text, cues) or _on_anniversary(
        mention, in_sentence, text, cues
    )
    if anniversary is not None:
        return anniversary
    attached = _attached_date(mention, in_sentence, text, cues)
    if attached is not None:
        return _ref(attached, "sentence")
    if not in_sentence:
        few = _a_few_days_from(mention, dated, text, cues, told)
        if few is not None:
            return few
    if in_sentence:
        before = [t for t in in_sentence if t.start < mention.trigger_start]
        # "Yesterday, exactly a week after the 'Day of Rage' of January 28, crowds gathered":
        # the date of the phrase a span counts from is that event's, not this one's.
        before = [t for t in before if not _in_counted_phrase(t, mention, timexes, text, cues)] or before
        before = [t for t in before if not _in_apposition(t, mention, text, cues)] or before
        chosen = before[-1] if before else in_sentence[0]
        own = _own_clause_date(mention, chosen, in_sentence, text, cues.clause_openers) if before else None
        chosen = own or chosen
        return _ref(chosen, "sentence")
    when = _told_when(mention, dated, dct, paragraph_starts, text, cues)
    if when is not None:
        return _ref(when, "paragraph")
    paragraph = _paragraph_of(mention.sent_start, paragraph_starts)
    earlier = [
        t
        for t in dated
        if t.start < mention.sent_start and _paragraph_of(t.start, paragraph_starts) == paragraph
    ]
    if earlier:
        chosen = earlier[-1]
        return _ref(chosen, "paragraph")
    following = _next_sentence_day(mention, dated, dct, paragraph_starts, text)
    if following is not None:
        return _ref(following, "paragraph")
    key = dct.iso() if dct else "XXXX"
    return DateRef(key, dct, dct is not None and dct.precision == DAY, "dct")


def _evening_before(mention: EventMention, date: DateRef, text: str, cues: DateCues | None) -> DateRef:
    """A riot or protest of "vannacht" or "in de nacht van zaterdag op zondag" began the
    evening before the morning it is told on: it takes the night's first day (other events
    of such a night take the second). An attack "vannacht rond vier uur" keeps its day. So
    does a riot told as what a day came "after" ("smeulde vanochtend nog na een nacht van
    rellen", ``night_of``): the evening before that day."""
    t = date.timex
    if cues is None or t is None or t.date is None or t.date.precision != DAY:
        return date
    after_a_night = cues.night_of is not None and bool(
        cues.night_of.search(text, mention.sent_start, mention.trigger_start)
    )
    night = (
        after_a_night
        or t.text.lower() in cues.evening_nights
        or (t.rule in cues.nights and mention.sub_event_type not in evening_exceptions())
    )
    if not night or mention.event_type not in evening_types():
        return date
    if cues.small_hours is not None and cues.small_hours.match(text, t.end):
        return date
    day = PartialDate.from_date(t.date.first_day() - dt.timedelta(days=1))
    return DateRef(day.iso(), day, date.resolved, date.source, t)


_AMOUNT = re.compile(r"^P(\d+)([DWMY])$")
_ON_DAY = re.compile(r"\s+(?:on\s+|op\s+)?")  # between a span and the day it counts from
OWNED = re.compile(r"\s?['’]s\b")  # "Monday night's attack", "Monday night 's" in tokenised text


def _counted_back(
    mention: EventMention,
    timexes: list[TimexMention],
    in_sentence: list[TimexMention],
    text: str,
    cues: DateCues,
    main_clause_event: bool = False,
) -> DateRef | None:
    """An event told as the point a span counts from ("a day after the riots in Eindhoven,
    unrest spread on Monday night"; "een week nadat een jongen werd doodgestoken") lies
    that span before the sentence's date: the riots were on Sunday. Days keep the day,
    weeks give the week, months the month and years the year (which ACLED does not code)."""
    for span in reversed([t for t in timexes if t.type == "DURATION" and t.end <= mention.trigger_start]):
        if span.start < mention.sent_start:
            return None
        gap = text[span.end : mention.trigger_start]
        # "marked ten years on Thursday since ...": the day told between is what the span counts from.
        between = next(
            (t for t in in_sentence if span.end <= t.start and t.end <= mention.trigger_start), None
        )
        if between is not None and _ON_DAY.fullmatch(text, span.end, between.start):
            gap = text[between.end : mention.trigger_start]
        else:
            between = None
        exact = next((w for w in cues.to_the_day if gap.lower().lstrip().startswith(w + " ")), "")
        gap = gap.lstrip()[len(exact) :] if exact else gap
        exact = exact or next((w for w in cues.to_the_day if span.text.lower().startswith(w + " ")), "")
        before = re.findall(r"[\w-]+", text[max(mention.sent_start, span.start - 20) : span.start].lower())
        exact = exact or (
            before[-1] if before and before[-1] in cues.to_the_day else ""
        )  # "marked ten years"
        if not _counts_from(gap, cues):
            continue
        if any(span.end <= t.start < mention.trigger_start and t is not between for t in in_sentence):
            continue  # "Vier dagen na de aanslag werd het vliegveld gisterochtend beschoten": main clause
        # The event's own date, in its own clause, dates it: "twaalf dagen na de zelfmoordaanslag
        # van 14 februari" (but "a day after the riots in Eindhoven, ... on Monday" counts back).
        # A span that opens the sentence is followed by the main clause; where that clause tells
        # an event of its own, its dates are not this event's unless told with it ("Vier dagen
        # na de aanslag bij de Abbey Gate werd het vliegveld gisterochtend beschoten").
        if not main_clause_event or re.search(r"\w", text[mention.sent_start : span.start]):
            own = next((t for t in in_sentence if t.start >= mention.trigger_end), None)
        else:
            own = _attached_date(mention, in_sentence, text, cues)
        if own is not None and not re.search(r"[,;:]", text[mention.trigger_end : own.start]):
            return _ref(own, "sentence")
        amount = _AMOUNT.match(span.value)
        # A day that dates a noun ("before last Monday's blast") is no clause's time to count from.
        anchors = [
            t
            for t in in_sentence
            if (t is between or not span.start <= t.start < mention.trigger_end)
            and t.date
            and not OWNED.match(text, t.end)
        ]
        if not amount or not anchors:
            return None
        anchor = min(anchors, key=lambda t: abs(t.start - span.start))
        return _shifted_back(anchor, int(amount.group(1)), amount.group(2), bool(exact))
    return None


ANNIVERSARY_REACH = 100  # characters from "anniversary of" to the old event's noun or verb


def _anniversary(
    mention: EventMention,
    in_sentence: list[TimexMention],
    text: str,
    cues: DateCues,
) -> DateRef | None:
    """An event told as the one a day marks the anniversary of lies that many years
    before the day: "Zondag was het vijf jaar geleden dat rebellen het politiebureau
    bestormden" is five years before that Sunday, to the day; "Sunday was the fifth
    anniversary of the storming of ..." five years before that Sunday. Where the day is
    only known to the month (a weekday in an article of January 2022), so is the event.
    A date told in the event's own clause still dates it (nothing is returned)."""
    years, months, mark = 0, 0, -1
    for ago in in_sentence:
        if (
            ago.rule == "ago"
            and ago.span is not None
            and ago.span[1] in ("Y", "M")
            and ago.end <= mention.trigger_start
            and word_after(text, ago.end) in cues.anniversary_links
        ):
            count, unit = ago.span
            years, months, mark = divmod(count * 12 if unit == "Y" else count, 12) + (ago.start,)
    if mark < 0 and cues.anniversary_of is not None:
        region = text[mention.sent_start : mention.trigger_start]
        for found in cues.anniversary_of.finditer(region):
            gap = region[found.end() :]
            count = ordinal_count(found.group("ordinal"), cues.ordinals)
            if count and len(gap) <= ANNIVERSARY_REACH and _one_phrase(gap, cues.anniversary_commas):
                years, months, mark = count, 0, mention.sent_start + found.start()
    if mark < 0 or any(t.start > mark and t.rule != "ago" for t in in_sentence):
        return None
    days = [t for t in in_sentence if t.end <= mark and t.rule != "ago" and t.date is not None]
    if not days:
        return None
    day = days[-1]
    assert day.date is not None
    if day.date.month is None:
        return None
    back = (-years, "Y") if not months else (-(years * 12 + months), "M")  # years keep the 31st
    return _shifted_from(day, *back)


def _shifted_from(day: TimexMention, amount: int, unit: str) -> DateRef | None:
    """The date ``amount`` years or months (``unit`` "Y" or "M") from the day an expression
    gives, dated by that expression's sentence."""
    assert day.date is not None
    shifted = shift_date(day.date, amount, unit)
    return DateRef(shifted.iso(), shifted, day.resolved, "sentence", day) if shifted is not None else None


def _on_anniversary(
    mention: EventMention,
    in_sentence: list[TimexMention],
    text: str,
    cues: DateCues,
) -> DateRef | None:
    """An event told "on the tenth anniversary of the referendum of 14 February 2001" (or
    "Op de tiende verjaardag van ...") happens that many years after the date the phrase
    gives, to the day: 2011-02-14. Only an event told after that date; the old event's own
    noun comes before it ("the referendum of ...") and keeps the old date."""
    if cues.anniversary_of is None or cues.anniversary_on is None:
        return None
    region = text[mention.sent_start : mention.trigger_start]
    for found in cues.anniversary_of.finditer(region):
        if not cues.anniversary_on.search(region[: found.start()]):
            continue
        count = ordinal_count(found.group("ordinal"), cues.ordinals)
        start = mention.sent_start + found.end()
        days = [
            t
            for t in in_sentence
            if start <= t.start
            and t.end <= mention.trigger_start
            and t.rule != "ago"
            and t.date is not None
            and t.date.precision == DAY
        ]
        ref = _shifted_from(days[0], count, "Y") if count and days else None
        if ref is not None:
            return ref
    return None


def _one_phrase(gap: str, commas: re.Pattern[str] | None) -> bool:
    """Does the text from "anniversary of" to the event still tell the old event: no
    semicolon or colon, and each comma followed by a relative ("..., in which")?"""
    if re.search(r"[;:]", gap):
        return False
    return all(commas is not None and commas.match(gap, comma.end()) for comma in re.finditer(",", gap))


_APPOSITION = re.compile(r",\s[^,;:]{1,60},\s")  # a phrase set off by two commas inside a clause


def _in_counted_phrase(
    t: TimexMention, mention: EventMention, timexes: list[TimexMention], text: str, cues: DateCues
) -> bool:
    """Is ``t`` the date of another event that a span counts from ("Yesterday, exactly a week
    after the 'Day of Rage' of January 28, crowds gathered"): told in the span's phrase, and
    the phrase closed before the mention's trigger? ("Monday marked a year since fighters
    stormed the town on June 15, 2014, and shot dead 48 men" tells its own event in the
    phrase.)"""
    return (
        mention.trigger_start >= t.end
        and _closed_before(text, t.end, mention.trigger_start, cues)
        and t.start in dates_counted_from(timexes, text, cues.counted_back | cues.counted_ahead)
    )


def _in_apposition(t: TimexMention, mention: EventMention, text: str, cues: DateCues) -> bool:
    """Is ``t`` inside a phrase that names the sentence's day after an old event ("Zondag, op de
    verjaardag van de opstand van 1956, joeg ...")?"""
    return any(
        found.start() <= t.start < found.end()
        for pattern in cues.appositions
        for found in pattern.finditer(text, mention.sent_start, mention.trigger_start)
    )


def _closed_before(text: str, start: int, end: int, cues: DateCues) -> bool:
    """Does a phrase end between ``start`` and ``end``: a semicolon or colon, or a comma that
    no conjunction or relative goes on from (", and shot dead", ", in which 50 were killed")?"""
    if re.search(r"[;:]", text[start:end]):
        return True
    for comma in re.finditer(",", text[start:end]):
        after = start + comma.end()
        goes_on = word_after(text, after, end) in cues.goes_on or (
            cues.anniversary_commas is not None and cues.anniversary_commas.match(text, after)
        )
        if not goes_on:
            return True
    return False


def _counts_from(gap: str, cues: DateCues) -> bool:
    """Does the text between a span and the event count the span from it ("two weeks after
    the Taliban took ...", "een week nadat"), in one clause?"""
    gap = _APPOSITION.sub(" ", gap, count=1)  # "since the SDF, backed by US air strikes, took ..."
    return word_after(gap, 0) in cues.counted_back and not re.search(r"[,;:]", gap)


def _counted_from_publication(
    mention: EventMention, timexes: list[TimexMention], text: str, cues: DateCues, dct: PartialDate | None
) -> DateRef | None:
    """ "Twee weken nadat de Taliban de hoofdstad innamen, zijn veel banken nog dicht": a
    span that opens a sentence with no date of its own, and counts from no event told
    before, counts back from the day the article was written."""
    if dct is None or dct.precision != DAY:
        return None
    in_sentence = [t for t in timexes if mention.sent_start <= t.start < mention.sent_end]
    if any(t.type in ("DATE", "TIME") for t in in_sentence):
        return None
    spans = [t for t in in_sentence if t.type == "DURATION" and t.end <= mention.trigger_start]
    if not spans or re.search(r"\w", text[mention.sent_start : spans[0].start]):
        return None
    span = spans[0]
    amount = _AMOUNT.match(span.value)
    gap = text[span.end : mention.trigger_start]
    if amount is None or not _counts_from(gap, cues):
        return None
    anchor = replace(span, type="DATE", value=dct.iso(), date=dct, resolved=True)
    return _shifted_back(anchor, int(amount.group(1)), amount.group(2))


def _counted_from_event(
    mention: EventMention,
    timexes: list[TimexMention],
    text: str,
    cues: DateCues,
    earlier: list[LinkedEvent],
    dct: PartialDate | None = None,
) -> DateRef | None:
    """In a sentence without a date, a span counted from another event of the article dates
    this one from that event's day. "A day after the Erbil strike, Iran hit ..." is the day
    after the event told at Erbil (the earlier event named in the phrase, by place or by its
    noun, else the last one told); "The strikes came two days after militants stormed an
    army post" puts the storming two days before the strikes told just before. An event
    that the count would put after publication is not the one named: "Thirteen days after
    the bombing" in a report of a bombing two days old counts from an older one."""
    spans = [
        t
        for t in timexes
        if t.type == "DURATION" and mention.sent_start <= t.start and t.end <= mention.trigger_start
    ]
    # A trigger the model chose may lie inside the opening ("De dag na de Franse landing zetten
    # ... voet aan de grond": "dag"); the phrase then runs on after the opening.
    opening = cues.day_after.match(text, mention.sent_start, mention.sent_end) if cues.day_after else None
    dated = [
        e
        for e in earlier
        if e.date.resolved
        and e.date.precision == DAY
        and e.date.span
        and all(m.sent_end <= mention.sent_start for m in e.mentions)  # told before this sentence
    ]
    if opening is not None and dated:  # "The day after the bombing, angry crowds set fire ..."
        end = mention.trigger_start if mention.trigger_start > opening.end() else mention.sent_end
        phrase = text[opening.end() : _words_end(text, opening.end(), end, DAY_AFTER_WORDS)]
        return _days_from(_named_event(phrase, _before_publication(dated, 1, dct), text, cues), 1)
    for span in reversed(spans):
        amount = _AMOUNT.match(span.value)
        word = word_after(text, span.end, mention.trigger_start)
        ahead = word in cues.counted_ahead
        if not dated or not amount or not (word in cues.counted_back or ahead):
            continue
        days = int(amount.group(1)) * {"D": 1, "W": 7}.get(amount.group(2), 0)
        if not days:
            return None
        after_phrase = text[span.end : mention.trigger_start]
        opens = not re.search(r"\w", text[mention.sent_start : span.start])
        if ahead and not opens:
            continue
        comma = re.search(r"[,;:]", after_phrase)
        phrase = (
            after_phrase[: comma.start()]
            if comma
            else text[span.end : _words_end(text, span.end, mention.trigger_start)]
        )
        if ahead:  # "Een dag voor de aanslag op het strand had het leger ...": before that event
            return _days_from(_named_event(phrase, dated, text, cues), -days)
        if not opens:
            # "The strikes came two days after militants stormed ...": the mention is what
            # the span counts from, before the event just told.
            return _days_from(dated[-1], -days)
        # "A day after the Erbil strike, ..."
        return _days_from(_named_event(phrase, _before_publication(dated, days, dct), text, cues), days)
    return None


def _before_publication(events: list[LinkedEvent], days: int, dct: PartialDate | None) -> list[LinkedEvent]:
    """The events that ``days`` later still fall before publication (all if none does)."""
    fit = [e for e in events if not _after_publication(_days_from(e, days), dct)]
    return fit or events


def _names_a_told_event(
    mention: EventMention,
    timexes: list[TimexMention],
    text: str,
    cues: DateCues,
    earlier: list[LinkedEvent],
) -> bool:
    """Is the mention's trigger the noun of a span counted from an event already told ("A day
    before the abduction, the army had seized ...", "Een dag voor de ontvoering ...")? Then it
    names that event and reports none of its own."""
    openings = [(span.end, 4) for span in _opening_spans(mention, timexes, text, cues)]
    day_after = cues.day_after and cues.day_after.match(text, mention.sent_start, mention.trigger_start)
    if day_after:  # "De dag nadat de rebellen de stad waren binnengetrokken, ...": a whole clause
        openings.append((day_after.end(), 8))
    for opening, most in openings:
        between = text[opening : mention.trigger_start]
        words = between.split()
        if re.search(r"[,;:]", between) or len(words) > most:
            continue
        if any(w.lower() in cues.articles or w.endswith(("'s", "’s")) for w in words):
            return any(e.sub_event_type == mention.sub_event_type for e in earlier)
    return False


def _days_from(event: LinkedEvent, days: int) -> DateRef:
    """The day ``days`` after (or before) an event known to the day."""
    assert event.date.span is not None
    found = PartialDate.from_date(event.date.span.first_day() + dt.timedelta(days=days))
    return DateRef(found.iso(), found, True, "sentence", None)


def _counted_phrase(
    mention: EventMention, timexes: list[TimexMention], text: str, cues: DateCues
) -> tuple[int, int] | None:
    """Where a sentence opens with a span counted from another event ("Een dag na de aanval
    op Erbil bestookte Iran ...", "A day after the Erbil strike, ..."): the phrase that names
    that event, whose places are not this one's."""
    for span in _opening_spans(mention, timexes, text, cues):
        # A comma closes the phrase only near its start; one far off closes the main clause
        # ("Vier dagen na de aanval in de trein bij Würzburg sloeg in München ... toe: ...").
        comma = re.search(r"[,;:]", text[span.end : min(mention.trigger_start, span.end + PHRASE_CHARS)])
        end = span.end + comma.start() if comma else mention.trigger_start
        named = _NAMED_EVENT.match(text, span.end, end)
        # Without a comma the phrase is its noun and the place told with it: "Een dag voor de
        # granaataanval hadden strijders bij Jawhar ..." names no Jawhar for the earlier event.
        return span.end, named.end() if named and not comma else end
    return None


# A counted phrase without a comma: its cue word, the event's noun (after at most two short
# words: "de", "the", "the Erbil"), and a place told with it ("op Erbil", "on the Erbil base").
_NAMED_EVENT = re.compile(
    r"\s*\w+\s+(?:\w{1,3}\s+)?(?:[A-Z][\w'-]*\s+){0,2}[\w'-]+"
    r"(?:\s+\w{1,4}\s+(?:\w{1,3}\s+)?(?:[\w'-]+\s+\w{1,4}\s+)?(?:[A-Z][\w'-]*)(?:\s+[A-Z][\w'-]*){0,2})?"
)
PHRASE_CHARS = 50  # how far after its span a comma may close a phrase that counts from another event


def _opening_spans(
    mention: EventMention, timexes: list[TimexMention], text: str, cues: DateCues
) -> list[TimexMention]:
    """The spans that open the mention's sentence and count from another event, before its
    trigger: "Een dag na ...", "A day before ..." (``counted_back``, ``counted_ahead``)."""
    return [
        span
        for span in timexes
        if span.type == "DURATION"
        and mention.sent_start <= span.start < mention.trigger_start
        and not re.search(r"\w", text[mention.sent_start : span.start])
        and word_after(text, span.end, mention.trigger_start) in cues.counted_back | cues.counted_ahead
    ]


def _same_day_as_told(mention: EventMention, timexes: list[TimexMention]) -> bool:
    """Does the mention's sentence date it by "the same day" ("dezelfde dag") that no date
    before it fixes (the last one was a year): then it is the day of the event told before it."""
    return any(
        t.rule == "the_same_day" and not t.resolved and mention.sent_start <= t.start < mention.sent_end
        for t in timexes
    )


STEM = 7  # letters two compounds must share to name one thing ("granaat")


def _named_event(phrase: str, events: list[LinkedEvent], text: str, cues: DateCues) -> LinkedEvent:
    """The earlier event a phrase such as "after the Erbil strike" or "na de aanslag" names:
    the one placed at a place the phrase names (of several placed there, the one its words
    name, as below), else the last one whose own words hold one of the phrase's words
    ("aanslag" in "de zelfmoordaanslag") or a form of it that timex.json's
    ``event_noun_forms`` gives ("inname": "ingenomen"), else the last one told.
    An event's own words leave out the phrase its sentence opens with when that phrase
    counts from another event: "De dag na de inval staken ze ... in brand" is no invasion."""
    lowered = phrase.lower()
    placed = [e for e in events if e.where is not None and e.where.text and e.where.text.lower() in lowered]
    if len(placed) == 1:
        return placed[0]
    if placed:  # "Two days after Tarrafal was retaken": of the events at Tarrafal, the retaking
        events = placed
    cue_words = cues.counted_back | cues.counted_ahead
    phrase_words = [w for w in re.findall(r"\w+", lowered) if w not in cue_words]
    # A short word names its event only through its forms: "de val" by "gevallen", not by "aanval".
    words = [w for w in phrase_words if len(w) >= 5]
    words += [form for w in phrase_words for noun in _singulars(w) for form in cues.noun_forms.get(noun, ())]
    told = [
        " ".join(
            text[_after_counting_phrase(text, m.sent_start, m.sent_end, cues) : m.sent_end].lower()
            for m in event.mentions
        )
        for event in events
    ]
    # The event whose own words hold most of the phrase's ("de aanval op de hoofdstad": the
    # attack on the capital, not the later one told with "aanval" alone); the last one on a tie.
    hits = [sum(1 for w in set(words) if w in evidence) for evidence in told]
    if any(hits):
        return events[max(range(len(events)), key=lambda i: (hits[i], i))]
    # Compounds share a part: "de granaataanval" names the attack "met een handgranaat".
    for event, evidence in zip(reversed(events), reversed(told), strict=True):
        if any(w[i : i + STEM] in evidence for w in words for i in range(len(w) - STEM + 1)):
            return event
    return events[-1]


def _singulars(word: str) -> tuple[str, ...]:
    """The word and what it may be the plural of ("killings", "aanslagen"), to look up."""
    return (word, word[:-1], word[:-2]) if word.endswith(("s", "en")) else (word,)


OPENING_WORDS = 4  # a sentence's opening phrase holds its counting cue within this many words
PHRASE_WORDS = 7  # a counting phrase without a comma runs at most this many words from its cue
DAY_AFTER_WORDS = 5  # "The day after the bombing, ...": the words after it that may name the event


def _after_counting_phrase(text: str, start: int, end: int, cues: DateCues) -> int:
    """Where a sentence's own words begin: after the phrase it opens with when that phrase
    counts from another event ("Four days after the bombing, ...", "De dag na de inval"),
    else at its start."""
    cue_words = cues.counted_back | cues.counted_ahead
    opening = re.findall(r"\w+", text[start : min(end, start + 60)].lower())[:OPENING_WORDS]
    if not any(w in cue_words for w in opening):
        return start
    comma = re.search(r"[,;:]", text[start : min(end, start + PHRASE_CHARS + 30)])
    if comma:
        return start + comma.end()
    cue = next(m for m in re.finditer(r"\w+", text[start:end]) if m.group(0).lower() in cue_words)
    return _words_end(text, start + cue.end(), end)


def _words_end(text: str, start: int, end: int, words: int = PHRASE_WORDS) -> int:
    """Where the first ``words`` words after ``start`` end (at most ``end``): a counting phrase
    that no comma closes runs that far."""
    found = list(re.finditer(r"\S+", text[start:end]))
    return start + found[words - 1].end() if len(found) >= words else end


def _shifted_back(anchor: TimexMention, amount: int, unit: str, to_the_day: bool = False) -> DateRef | None:
    """The anchor's date ``amount`` units earlier, known to that unit (a week as its ISO
    week), or to the day when the text says the span is exact ("a year to the day")."""
    assert anchor.date is not None
    shifted = shift_date(anchor.date, -amount, unit)
    shifted = shifted if to_the_day else at_unit(shifted, unit)
    if shifted is None:
        return None
    if unit == "W" and not to_the_day:
        return _week_ref(shifted.first_day(), anchor)
    return DateRef(shifted.iso(), shifted, anchor.resolved, "sentence", anchor)


def _week_ref(day: dt.date, anchor: TimexMention) -> DateRef:
    """The ISO week that holds ``day``, counted from ``anchor``; its span is kept as the
    month, which :meth:`DateRef.compatible` narrows to the week's own days."""
    iso_year, week, _ = day.isocalendar()
    return DateRef(
        f"{iso_year}-W{week:02d}", PartialDate(day.year, day.month), anchor.resolved, "sentence", anchor
    )


A_FEW_DAYS = 3  # "een paar dagen", "a few days"


def _a_few_days_from(
    mention: EventMention,
    dated: list[TimexMention],
    text: str,
    cues: DateCues,
    told: Sequence[LinkedEvent] = (),
) -> DateRef | None:
    """ "Een paar dagen eerder was ook al een raket afgevuurd": some days before what was told
    last, the last event or a day named after it ("De politie heeft maandag twaalf verdachten
    opgepakt. Op 26 juni 2018 reed een man ..."), known to the week (TIMEX3 leaves the span
    vague)."""
    sentence = text[mention.sent_start : mention.sent_end]
    earlier = cues.few_days_earlier and cues.few_days_earlier.search(sentence)
    later = cues.few_days_later and cues.few_days_later.search(sentence)
    if not (earlier or later):
        return None
    anchors = [
        t for t in dated if t.end <= mention.sent_start and t.date is not None and t.date.precision == DAY
    ]
    last = told[-1].date if told else None
    told_at = max(m.sent_start for m in told[-1].mentions) if told else -1
    if anchors and anchors[-1].start > told_at:
        last = None  # a day named after the last event's sentence is the nearer one
    if last is not None and last.precision == DAY and last.timex is not None and last.span is not None:
        anchor, first = last.timex, last.span.first_day()
    elif anchors:
        anchor = anchors[-1]
        assert anchor.date is not None
        first = anchor.date.first_day()
    else:
        return None
    return _week_ref(first + dt.timedelta(days=A_FEW_DAYS if later and not earlier else -A_FEW_DAYS), anchor)


def _vague(value: str) -> bool:
    return value.endswith("_REF") or value in UNKNOWN_VALUES


def _own_clause_date(
    mention: EventMention,
    chosen: TimexMention,
    in_sentence: list[TimexMention],
    text: str,
    openers: frozenset[str],
) -> TimexMention | None:
    """The date right after the trigger, in the trigger's own clause, when the date before
    it lies behind a word that opens another clause: in "the metro stayed closed on Monday
    after protesters set fire to stations on Friday night" the fire was on Friday. A date
    that opens the sentence ("On 3 May 2020, ... following clashes that started on 2 May")
    sets the frame of all of it, as ACLED's notes are written, unless a word that opens a
    clause stands before it ("After Tuesday's riots, rioters burnt cars last night"). A comma
    parts them too: in "the funeral on Wednesday of Dan Uzan, the guard shot dead outside
    the synagogue early on Sunday" he was shot on Sunday."""
    # The trigger's own words count: in "rebels after they were attacked" the verb is behind "after".
    behind = text[chosen.end : mention.trigger_end]
    if not openers or not (_opens_clause(behind, openers) or "," in behind):
        return None
    lead = text[mention.sent_start : chosen.start]
    opener = next(iter(lead.split()), "").lower() in openers
    if not re.search(r"\w+\W+\w+", lead) and not opener:
        return None  # at most a preposition before; but "After Tuesday's riots, ..." frames nothing
    after = [t for t in in_sentence if t.start >= mention.trigger_end]
    if after and not _opens_clause(text[mention.trigger_end : after[0].start], openers):
        return after[0]
    return None


def _attached_date(
    mention: EventMention, in_sentence: list[TimexMention], text: str, cues: DateCues
) -> TimexMention | None:
    """A date told with the event's own noun or verb ("bij de aanslag vorige maand op een
    tram", "the attack on Monday", "de aanslag van een week geleden", "relschoppers die
    zondag ...") dates it, whatever date the sentence opened with ("En 2019 begon nóg
    slechter: ..."); so does one told after the event's named place ("de demonstratie op
    het Museumplein van vorige week zondag")."""
    for t in in_sentence:
        if t.start < mention.trigger_start:
            continue
        if t.start < mention.trigger_end:
            return t
        gap = re.findall(r"\S+", text[mention.trigger_end : t.start])
        if gap and gap[0].lower() in cues.place_words:  # "op het Museumplein", "in Kabul"
            name = gap[1:]
            while name and name[0].lower() in cues.articles:
                name = name[1:]
            named = [w for w in name if w[:1].isupper()]
            gap = name[len(named) :] if 0 < len(named) <= 3 else gap
        relative = bool(gap) and gap[0].lower() in cues.relatives and len(gap) <= 7
        # Only after the event's noun ("het vredesakkoord dat ..."), not after a verb whose
        # object the clause tells of ("vrijgelaten die op 17 februari waren ontvoerd").
        noun = any(
            w.lower() in cues.articles
            for w in text[max(0, mention.trigger_start - 30) : mention.trigger_start].split()[-2:]
        )
        if relative and noun and not _PUNCTUATION.search(" ".join(gap)):
            return t  # "het vredesakkoord dat Santos en de FARC vorige week maandag ondertekenden"
        if noun and _participle_phrase(gap, cues):
            return t  # "the truce signed in Pretoria earlier this month"
        if cues.part_gap is not None and cues.part_gap.fullmatch(" ".join(gap).lower()):
            return t  # "the air raids before dawn on Tuesday"
        return t if not gap or (len(gap) == 1 and gap[0].lower() in cues.links) else None
    return None


_PUNCTUATION = re.compile(r"[,;:()\"]")


def _participle_phrase(gap: list[str], cues: DateCues) -> bool:
    """Is the gap between an event's noun and a date a participle, a named place at most and
    a modifier or link of the date ("signed in Pretoria earlier", "carried out on")? Then the
    date is the event's."""
    if not gap or cues.participle is None or not cues.participle.fullmatch(gap[0]):
        return False
    rest = gap[1:]
    while rest and rest[-1].lower() in cues.date_modifiers | cues.links:
        rest = rest[:-1]
    if rest and rest[0].lower() in cues.place_words:
        name = rest[1:]
        while name and name[0].lower() in cues.articles:
            name = name[1:]
        rest = [] if 0 < len(name) <= 3 and all(w[:1].isupper() for w in name) else rest
    return not rest and not _PUNCTUATION.search(" ".join(gap))


def _opens_clause(span: str, openers: frozenset[str]) -> bool:
    return any(word in openers for word in re.findall(r"\w+", span.lower()))


RECENT_DAYS = 7  # how far before publication a lead's undated event may be dated by the next sentence


def _next_sentence_day(
    mention: EventMention,
    dated: list[TimexMention],
    dct: PartialDate | None,
    paragraph_starts: list[int],
    text: str,
) -> TimexMention | None:
    """A lead that tells what happened without saying when ("Bij de aanval op een hotel
    in Nairobi zijn veertien doden gevallen.") is dated by its next sentence in the
    paragraph ("De strijders drongen gistermiddag het complex binnen."), when that names
    a day (or the weekend) of the week before publication: news tells the what first, then
    the when."""
    if not text or dct is None or dct.precision != DAY:
        return None
    end = SENTENCE_END.search(text, mention.sent_end)
    following = [
        t
        for t in dated
        if mention.sent_end <= t.start < (end.start() if end else len(text))
        and _paragraph_of(t.start, paragraph_starts) == _paragraph_of(mention.sent_start, paragraph_starts)
    ]
    if not following or following[0].date is None:
        return None
    weekend = _iso_week(following[0].value, weekend=True)  # "Volgens waarnemers zijn dit weekend ..."
    if weekend:
        saturday = dt.date.fromisocalendar(*weekend, 6)
        return following[0] if 0 <= (dct.first_day() - saturday).days <= RECENT_DAYS else None
    if following[0].date.precision != DAY:
        return None
    gap = (dct.first_day() - following[0].date.first_day()).days
    return following[0] if 0 <= gap <= RECENT_DAYS else None


SENTENCE_END = re.compile(r"[.!?](?=\s|$)")  # the end of a sentence, in plain text


def _next_sentence(mention: EventMention, text: str) -> tuple[int, int]:
    """Where the sentence after the mention's begins and ends, in plain text."""
    end = SENTENCE_END.search(text, mention.sent_end)
    return mention.sent_end, end.start() if end else len(text)


SOURCE_WORDS = 8  # at most this many words in a sentence that only names a source ("Dat melden de VN.")


def _told_when(
    mention: EventMention,
    dated: list[TimexMention],
    dct: PartialDate | None,
    paragraph_starts: list[int],
    text: str,
    cues: DateCues,
) -> TimexMention | None:
    """An event told without its date ("... zeker zestien vrouwen verkracht, meldt Artsen
    zonder Grenzen.") takes the date of the next sentence when that sentence says when it
    happened ("Volgens de hulporganisatie gebeurde dat op 3 augustus."): unlike a plain next
    sentence, this holds whatever the publication date's precision and however long ago."""
    if cues.told_when is None or not text:
        return None
    start, stop = _next_sentence(mention, text)
    if cues.told_when.search(text, start, stop) is None and len(text[start:stop].split()) <= SOURCE_WORDS:
        # "... verkracht. Dat melden de Verenigde Naties. Volgens de VN gebeurde het ...": a
        # short sentence that only names the source stands between them
        end = SENTENCE_END.search(text, stop + 1)
        start, stop = stop + 1, end.start() if end else len(text)
    if cues.told_when.search(text, start, stop) is None:
        return None
    paragraph = _paragraph_of(mention.sent_start, paragraph_starts)
    following = [
        t for t in dated if start <= t.start < stop and _paragraph_of(t.start, paragraph_starts) == paragraph
    ]
    if not following or following[0].date is None or following[0].date.precision == YEAR:
        return None
    if dct is not None and following[0].date.first_day() > dct.last_day():
        return None
    return following[0]


def _in_told_when(mention: EventMention, event: LinkedEvent, text: str, cues: DateCues | None) -> bool:
    """Is the mention in the sentence that told when ``event`` happened, on its day? ("The
    aid group said the attack took place on 3 August, when the militia raided the village.")"""
    timex = event.date.timex
    if cues is None or cues.told_when is None or event.date.source != "paragraph" or timex is None:
        return False
    start, stop = _next_sentence(event.mentions[0], text)
    return (
        start <= timex.start < stop
        and start <= mention.trigger_start < stop
        and cues.told_when.search(text, start, stop) is not None
    )


def country_for(mention: EventMention, countries: list[CountryMention], dominant: str) -> tuple[str, bool]:
    """(alpha-2, named in the sentence?) for a mention.

    A country named as the place of something ("in Irak", "in het noorden van Nigeria")
    wins: the first after the trigger, else the nearest before it. Otherwise the article's
    most-named country: a country merely mentioned ("vlak bij de grens met Kameroen",
    "Washington wijst naar ...") is not where the event happened. A demonym ("Iraakse")
    is used only when nothing else is known, as it usually describes an actor.
    """
    in_sentence = [c for c in countries if mention.sent_start <= c.start < mention.sent_end]
    strong = [c for c in in_sentence if c.strong and not c.person]
    # "in Irak", and "on a Tunisian beach" (a demonym is locative only before a kind of place)
    locative = [c for c in in_sentence if c.locative and not c.person]
    if locative:
        after = [c for c in locative if c.start >= mention.trigger_start]
        return (after[0] if after else locative[-1]).alpha2, True
    if dominant:
        return dominant, any(c.alpha2 == dominant for c in strong)
    weak = [c for c in in_sentence if not c.strong and not c.person]
    # "China said ... four of its soldiers died in the clash with Indian troops": the speaker
    # is no place; the other side's adjective is a better guess.
    told = [c for c in strong if not c.away] or ([] if weak else strong)
    if told:
        after = [c for c in told if c.start >= mention.trigger_start]
        return (after[0] if after else told[-1]).alpha2, True
    if weak:
        return weak[0].alpha2, False
    return "", False


def place_for(
    mention: EventMention,
    places: list[Toponym],
    paragraph_starts: list[int],
    country: str = "",
    main: str = "",
    elsewhere: tuple[int, int] | None = None,
    other_times: Sequence[int] = (),
) -> tuple[Toponym | None, bool]:
    """The place below country level where a mention's event happened, if the text says.

    In the sentence, a place after a locative word ("in", "bij", "near") or named as a
    facility ("de luchthaven van Kaboel"), or right after the trigger ("shelled Menbij"),
    wins: not a place that merely holds another of them (a town before its province: "in
    Fraserburg (Namakwa, Northern Cape)"), and then the first after the trigger, else the
    nearest before it. Places that are origins or
    destinations ("uit Utrecht", "from Kabul"), except where a remote weapon was aimed
    ("rockets fired from Gaza towards Tel Aviv"), and capitals that stand for governments
    ("Washington wijst naar ...") never place an event. Failing these, a place merely
    named in the sentence, if it lies in the event's ``country`` (when that is known);
    failing that, the last locative place earlier in the same paragraph; failing that, the
    article's first locative place (in the event's country, when that is known); failing
    that, a place the sentence aimed at ("into the Bannu cantonment"). Among
    the places of a sentence, those in ``main``, the article's main country
    (:func:`main_country`), come first.

    A place told with a time of its own that is not the event's (``other_times``: where
    those times start) is another event's: "the man who attacked a Pittsburgh synagogue
    last October" does not place Saturday's shooting.

    Returns the place and whether the mention's own sentence or paragraph named it (a
    firm place, which keeps events apart); the article's scene is not firm.
    """
    # A shell lands where it was aimed; a missile shot down on its way is downed near it; a
    # town troops drove into is the town they took ("drove into Kuwait City and took control").
    aimed = (
        mention.event_type == REMOTE_VIOLENCE
        or mention.sub_event_type == "Disrupted weapons use"
        or mention.sub_event_type in TAKEN_OR_REGAINED
    )
    usable = [
        p
        for p in places
        if p.place is not None and p.rank < 4 and not p.metonym and (not p.elsewhere or (aimed and p.target))
    ]
    in_sentence = [p for p in usable if mention.sent_start <= p.start < mention.sent_end]
    if elsewhere is not None:  # "Een dag na de aanval op Erbil, ...": Erbil is the other event's
        in_sentence = [p for p in in_sentence if not elsewhere[0] <= p.start < elsewhere[1]]
    in_sentence = [p for p in in_sentence if not any(0 <= t - p.end <= OWN_TIME_CHARS for t in other_times)]
    if mention.clause_start >= 0:  # a clause of its own that names where: its places only
        in_clause = [p for p in in_sentence if mention.clause_start <= p.start < mention.clause_end]
        if any(p.locative or p.target for p in in_clause):
            in_sentence = in_clause
    named = [
        p
        for p in in_sentence
        if p.source != "adjective" and (not country or p.place is None or p.place.cc == country)
    ]
    # The object of the trigger is where it happened: "shelled Menbij", "bestookten Aleppo";
    # so is a place inside the trigger's own words ("took Tarhuna, the last stronghold").
    objects = [
        p
        for p in in_sentence
        if 0 <= p.start - mention.trigger_end <= 3
        or (mention.trigger_start < p.start < mention.trigger_end and p.rank < 2)  # a town, not a region
    ]
    # A place told right after the trigger's preposition is its own: "the suicide bombing in
    # Stockholm", whatever else a report from London names.
    attached = [p for p in in_sentence if p.locative and 0 <= p.start - mention.trigger_end <= ATTACHED_CHARS]
    for group in ([p for p in in_sentence if p.locative or p.target or p in objects], named):
        # A reading in the article's main country beats one elsewhere ("Candelaria" in a
        # report from Rio de Janeiro), unless the text names the kind of place.
        group = [
            p
            for p in group
            if p.feature or p in attached or p.place is None or p.place.cc == (country or main)
        ] or group
        # "the town of Gharyan, about 100 km south of Tripoli": Tripoli only says where.
        group = [p for p in group if not p.reference] or group
        if group:
            # A place that holds another of the group nearby is its context: "Fraserburg
            # (Namakwa, Northern Cape)" happened in Fraserburg; but "in Antwerpen, een maand
            # nadat een meisje in Merksem ..." names the city for its own event.
            group = [
                p
                for p in group
                if not any(
                    q is not p and _holds(p, q) and abs(p.start - q.start) <= CONTEXT_CHARS for q in group
                )
            ] or group
            after = [p for p in group if p.start >= mention.trigger_start]
            chosen = after[0] if after else group[-1]
            return _town_before(chosen, named) or chosen, True
    paragraph = _paragraph_of(mention.sent_start, paragraph_starts)
    earlier = [
        p
        for p in usable
        if p.start < mention.sent_start
        and p.locative
        and _paragraph_of(p.start, paragraph_starts) == paragraph
    ]
    if earlier:
        # "bij Gwoza, in de deelstaat Borno": the town, not the province that holds it.
        earlier = [p for p in earlier if not any(q is not p and _holds(p, q) for q in earlier)] or earlier
        earlier = [
            p for p in earlier if not p.reference
        ] or earlier  # "Chitungwiza, ... ten zuiden van Harare"
        return earlier[-1], True
    # Last, the article's first place where something happened, in the event's country:
    # a report names its scene once ("in Al Khawkhah city ...") and then tells the rest.
    # A landmark that only says where another place lies ("the town, 35 miles west of
    # Baghdad") is no scene.
    scene = [p for p in usable if p.locative and p.source != "adjective" and not p.reference]
    if country or main:  # the event's country, else the country the article's places lie in
        scene = [p for p in scene if p.place is not None and p.place.cc == (country or main)]
    if not scene:
        # "militants who tried to force their way into the Bannu cantonment": where the
        # sentence's fight was aimed is nearer the truth than the city the report was filed from.
        scene = [
            p
            for p in places
            if p.target
            and p.place is not None
            and p.rank < 4
            and not p.metonym
            and mention.sent_start <= p.start < mention.sent_end
        ]
    return (scene[0] if scene else None), False


_PHRASE_END = re.compile(r"\s*(?:[,.;:!?)]|$)")
# A place this near before another time is told with it ("a Pittsburgh synagogue last October").
OWN_TIME_CHARS = 15
ATTACHED_CHARS = 8  # "bombing in Stockholm", "aanslag bij Kaboel": a preposition between trigger and place
CONTEXT_CHARS = 60  # a place this near a town it holds names the town's context ("Fraserburg (Namakwa, ...)")
APPOSITION_CHARS = 25  # "Halle, in eastern Germany": at most this far from the town to its region


def _town_before(region: Toponym, named: list[Toponym]) -> Toponym | None:
    """A town right before the region or country that locates it ("the synagogue of Halle,
    in eastern Germany"): the town is where it happened."""
    if region.place is None or region.place.kind not in ("country", "admin1", "region"):
        return None
    return next(
        (
            q
            for q in named
            if q.end <= region.start
            and region.start - q.end <= APPOSITION_CHARS
            and q.place is not None
            and q.place.kind == "city"
            and _holds(region, q)
        ),
        None,
    )


def main_country(places: list[Toponym]) -> str:
    """The country most of the article's named places lie in ("" if none)."""
    counts = Counter(p.place.cc for p in places if p.place is not None and p.source != "adjective")
    return counts.most_common(1)[0][0] if counts else ""


def _holds(outer: Toponym, inner: Toponym) -> bool:
    """Does ``outer`` name a larger place that contains ``inner``?"""
    if outer.place is None or inner.place is None or outer.rank <= inner.rank:
        return False
    return contains(outer.place, inner.place) >= IN_DIVISION or (
        outer.place.kind in REACH_KM and outer.place.cc == inner.place.cc
        and distance_km(outer.place, inner.place) < REACH_KM[outer.place.kind]
    )  # fmt: skip


# How far from its centre a province, or a named region (an island such as Sumatra, a
# historic land), may hold a town of its country: the gazetteer gives no region's towns.
REACH_KM = {"admin1": 250, "region": 600}


def dominant_country(countries: list[CountryMention], places: Sequence[Toponym] = ()) -> str:
    """The country the article names most often (names before demonyms); "" if none.

    The towns it names count for their country: "forces of Armenia fired on the
    positions of Azerbaijan at Nameless Hills, Gadabay" is about Azerbaijan."""
    for strong in (True, False):
        # Where people fled to, came from or played against is not what the article is about.
        counts = Counter(c.alpha2 for c in countries if c.strong is strong and not c.person and not c.away)
        if counts and strong:
            counts.update(
                p.place.cc
                for p in places
                if p.place is not None and p.rank < 4 and p.source != "adjective" and not p.metonym
            )
        if counts:
            return counts.most_common(1)[0][0]
    return ""


def link_events(
    mentions: list[EventMention],
    timexes: list[TimexMention],
    countries: list[CountryMention],
    dct: PartialDate | None,
    text: str,
    places: list[Toponym] | None = None,
    cues: DateCues | None = None,
    casualties: re.Pattern[str] | None = None,  # the lexicon's ``casualty_only``
    dating: DatingNouns | None = None,  # the lexicon's: "Monday night's attack"
    same_crowd: re.Pattern[str] | None = None,  # the lexicon's: "The demonstrators ... also"
    told_again: re.Pattern[str] | None = None,  # the lexicon's: "used in the kidnapping"
    tolls: Callable[[str], list[tuple[int, int]]] | None = None,  # the lexicon's tolls_by_place
    another: Callable[[str], bool] | None = None,  # the lexicon's tells_another
    lists: PlaceLists | None = None,  # places.json's: "in Moscow and Saint Petersburg"
    peaceful: re.Pattern[str] | None = None,  # the lexicon's peaceful_crowd: "marched peacefully"
    repelled: re.Pattern[str] | None = None,  # the lexicon's: "the attack had been repelled"
    fought_back: re.Pattern[str] | None = None,  # the lexicon's: "Police escorts fought back"
    together: Callable[[str, str, str], bool] | None = None,  # the lexicon's told_together
) -> list[LinkedEvent]:
    """Date and place every mention, then merge them into events (in text order)."""
    starts = _paragraph_starts(text)
    dominant = dominant_country(countries, places or [])
    main = main_country(places or [])
    events: list[LinkedEvent] = []
    last_trigger: dict[int, int] = {}  # sentence start -> where its last trigger starts
    for m in mentions:
        last_trigger[m.sent_start] = max(last_trigger.get(m.sent_start, -1), m.trigger_start)
    sent_back: set[int] = set()  # weekdays a tense cue sent to next week, dated a week earlier
    for mention in mentions:
        if cues is not None and _names_a_told_event(mention, timexes, text, cues, events):
            continue
        later = last_trigger[mention.sent_start] > mention.trigger_end  # another event after it
        date = date_for(mention, timexes, dct, starts, text, cues, events, later)
        if date.source != "sentence" and cues is not None:
            date = _counted_from_event(mention, timexes, text, cues, events, dct) or date
        if date.source != "sentence" and cues is not None:
            date = _counted_from_publication(mention, timexes, text, cues, dct) or date
        date = _evening_before(mention, date, text, cues)
        if _same_day_as_told(mention, timexes) and events and events[-1].date.precision == DAY:
            date = events[-1].date  # "De autoriteiten stelden er nog dezelfde dag een avondklok in"
        if _after_publication(date, dct):
            # A bare weekday sent to next week by a future cue in a report of what happened
            # is last week's; an explicit later date ("een betoging op 20 juni") was announced.
            unsure = date.timex is not None and (
                date.timex.by_tense or _counted_from_put_back(date.timex, timexes, sent_back)
            )
            earlier = _a_week_earlier(date) if unsure else None
            if earlier is None or _after_publication(earlier, dct):
                continue
            date = earlier
            if date.timex is not None:
                sent_back.add(date.timex.start)
        if events and _in_told_when(mention, events[-1], text, cues) and events[-1].date.key == date.key:
            events[-1].mentions.append(mention)  # "..., when the militia raided the village"
            continue
        country, strong = country_for(mention, countries, dominant)
        phrase = _counted_phrase(mention, timexes, text, cues) if cues is not None else None
        others = _other_times(mention, timexes, date, text)
        found, firm = place_for(
            mention, places or [], starts, country if strong else "", main, phrase, others
        )
        if found is not None and found.place is not None:
            country, strong = found.place.cc, True
        elif not country and main:  # no country named: the one the article's places lie in
            country = main
        place = found if firm else None
        if (crowd := _goes_on_with(mention, date, events, text, same_crowd)) is not None:
            if crowd.sub_event_type != mention.sub_event_type:
                continue  # the charged crowd told as peaceful: no event of its own
            place = None  # "..., who has been held in a Zurich jail": not where they stood
            target: LinkedEvent | None = crowd
        elif (told := _told_again(mention, date, events, text, told_again, country, place)) is not None:
            told.mentions.append(mention)  # its borrowed date is not the event's
            continue
        elif another is not None and another(_sentence_of(mention, text)):
            target = None  # "A few minutes later a second driver blew himself up": its own event
        else:
            target = _find_target(events, mention.sub_event_type, country, date, place)
        if target is None:
            target = LinkedEvent(mention.sub_event_type, mention.event_type, country, strong)
            events.append(target)
        elif strong and not target.country_strong:
            target.country, target.country_strong = country, True
        target.take_place(place)
        if not firm and target.fallback is None:
            target.fallback = found
        target.dates.append(date)
        target.mentions.append(mention)
    events = _absorb_casualty_reports(events, text, casualties, starts, places or [], timexes)
    if dating is not None:
        _date_by_a_later_name(events, timexes, text, dating)
    events = _absorb_overridden(
        _merge_undated(events),
        text,
        another,
        peaceful,
        fought_back,
        cues.same_day if cues else frozenset(),
        together,
    )
    if repelled is not None:
        _held_off(events, text, repelled)
    if tolls is not None:
        events = _split_by_place(events, text, places or [], tolls)
    if lists is not None:
        events = _split_by_list(events, text, places or [], lists)
    return [e for e in events if not _year_only(e)]


TAKEN, CLASH = "Non-state actor overtakes territory", "Armed clash"
HELD_OFF_SENTENCES = 2  # a capture told as held off in this many sentences after it was a battle


def _held_off(events: list[LinkedEvent], text: str, repelled: re.Pattern[str]) -> None:
    """A place taken by an armed group, then told as held off ("Rebels stormed into the
    capital ... The government said the attack had been repelled"), was a battle the group
    lost: an armed clash, not a capture."""
    for event in events:
        if event.sub_event_type != TAKEN:
            continue
        start, end = event.mentions[0].sent_start, event.mentions[-1].sent_end
        for _ in range(HELD_OFF_SENTENCES):
            found = SENTENCE_END.search(text, end)
            end = found.end() if found else len(text)
        if repelled.search(text, start, end):
            event.sub_event_type, event.event_type = CLASH, event_type_of(CLASH)


def _split_by_place(
    events: list[LinkedEvent],
    text: str,
    places: list[Toponym],
    tolls: Callable[[str], list[tuple[int, int]]],
) -> list[LinkedEvent]:
    """An event whose sentence splits its toll by place ("Eight of the rebels were killed in
    Van province, five in Sirnak and four in Hakkari") is one event per place, each with
    its count, as ACLED codes one event per location."""
    kept: list[LinkedEvent] = []
    for event in events:
        parts: list[tuple[int, Toponym]] = []
        if can_have_fatalities(event.sub_event_type):
            # Its sentences, and the one right after its last ("Acht rebellen kwamen om in ...").
            spans = [(m.sent_start, m.sent_end) for m in event.mentions]
            after = len(text) - len(text[spans[-1][1] :].lstrip())
            end = SENTENCE_END.search(text, after)
            spans.append((after, end.end() if end else len(text)))
            for start, stop in spans:
                pairs = [
                    (count, place)
                    for count, at in tolls(text[start:stop])
                    if (place := _place_at(places, start + at)) is not None
                ]
                if len({p.place.id for _, p in pairs if p.place is not None}) == len(pairs) >= 2:
                    parts = pairs
                    break
        if not parts:
            kept.append(event)
            continue
        kept.extend(_copy_at(event, place, count) for count, place in parts)
    return kept


def _copy_at(event: LinkedEvent, place: Toponym, toll: int) -> LinkedEvent:
    """The event at another place, with its share of the toll (and lists of its own, as
    LinkedEvents grow in place)."""
    assert place.place is not None
    return replace(
        event,
        dates=list(event.dates),
        mentions=list(event.mentions),
        country=place.place.cc,
        country_strong=True,
        place=place,
        toll=toll,
    )


class PlaceLists(NamedTuple):
    """What a language's ``places.json`` says about lists of places ("in Moscow and Saint
    Petersburg", "in Dakar, Thiès en Saint-Louis")."""

    joins: re.Pattern[str]  # what stands between two places of one list, in full
    not_after: re.Pattern[str] | None = None  # "between", "tussen": a list that is one span


def _split_by_list(
    events: list[LinkedEvent], text: str, places: list[Toponym], lists: PlaceLists
) -> list[LinkedEvent]:
    """An event placed at one town of a list ("police detained hundreds of protesters in
    Moscow and Saint Petersburg") happened in each: ACLED codes one event per location,
    and splits a toll told for all of them (the first takes what does not divide)."""
    kept: list[LinkedEvent] = []
    for event in events:
        members = _list_of(event, text, places, lists) if event.toll is None else []
        others = [
            q
            for q in members
            if q is not event.place
            and not any(
                o is not event
                and o.sub_event_type == event.sub_event_type
                and o.place is not None
                and o.place.place is not None
                and q.place is not None
                and o.place.place.id == q.place.id
                for o in events
            )
        ]
        if not others:
            kept.append(event)
            continue
        toll, share = event.fatalities, len(others) + 1
        event.toll = toll // share + toll % share
        kept.append(event)
        kept.extend(_copy_at(event, q, toll // share) for q in others)
    return kept


def _list_of(event: LinkedEvent, text: str, places: list[Toponym], lists: PlaceLists) -> list[Toponym]:
    """The towns listed with the event's place in its first sentence, itself included;
    [] when it stands alone, or the list names one span ("between Kabul and Jalalabad")."""
    place = event.place
    if place is None or place.place is None or place.place.kind == "country":
        return []
    told = event.mentions[0]  # the sentence that told the event first, not one that joined it
    if not told.sent_start <= place.start < told.sent_end:
        return []
    towns = [
        p for p in places if p.place is not None and p.place.kind != "country" and p.source != "adjective"
    ]
    at = next((i for i, p in enumerate(towns) if p.start == place.start), None)
    if at is None:
        return []
    first, last = at, at
    while first > 0 and _joined(towns[first - 1], towns[first], text, lists):
        first -= 1
    while last + 1 < len(towns) and _joined(towns[last], towns[last + 1], text, lists):
        last += 1
    members = towns[first : last + 1]
    if len(members) < 2 or (lists.not_after and lists.not_after.search(text, 0, members[0].start)):
        return []
    if not text[members[-2].end : members[-1].start].strip(" ,"):
        return []  # "in Jalalpur, Shamli": a town and its district, unless a word ends the list
    return members


def _joined(a: Toponym, b: Toponym, text: str, lists: PlaceLists) -> bool:
    """Are two places next to each other in one list, and neither inside the other ("Goma,
    North Kivu" is a town and its province)?"""
    assert a.place is not None and b.place is not None
    if not lists.joins.fullmatch(text, a.end, b.start):
        return False
    if (a.place.kind in _DIVISIONS) != (b.place.kind in _DIVISIONS):
        return False  # "Goma, North Kivu": a town and the division it lies in
    return not (_holds(a, b) or _holds(b, a) or a.place.id == b.place.id)


_DIVISIONS = frozenset({"admin1", "admin2", "region"})


def _place_at(places: list[Toponym], start: int) -> Toponym | None:
    return next((p for p in places if p.start == start and p.place is not None and p.rank < 4), None)


def _other_times(mention: EventMention, timexes: list[TimexMention], date: DateRef, text: str) -> list[int]:
    """Where the dates of the mention's sentence after its trigger start that cannot be the
    event's, each closing its phrase ("last October,"; not "Friday" of "during Friday
    prayers"). One before the trigger frames it: "A Russian orchestra played in Palmyra on
    Thursday, weeks after Syrian troops drove Islamic State out of the city" is in Palmyra."""
    if date.key == "XXXX":  # an undated event: no time is another's
        return []
    return [
        t.start
        for t in timexes
        if mention.trigger_end <= t.start < mention.sent_end
        and t.type in ("DATE", "TIME")
        and t.date is not None
        and _PHRASE_END.match(text, t.end)
        and not _ref(t, "sentence").compatible(date)
    ]


PEACEFUL = "Peaceful protest"


def _goes_on_with(
    mention: EventMention,
    date: DateRef,
    events: list[LinkedEvent],
    text: str,
    same_crowd: re.Pattern[str] | None,
) -> LinkedEvent | None:
    """The event just told, if the mention's sentence opens with its crowd ("The
    demonstrators, said by police to number 6,000, also urged ...") on no other day. A
    crowd told as peaceful after the police's charge on it ("The march had been banned ...,
    but those taking part were unarmed") goes on with the charge."""
    if same_crowd is None or not events or same_crowd.match(text, mention.sent_start) is None:
        return None
    last = events[-1]
    if last.sub_event_type != mention.sub_event_type:
        # The charge's victims may be told between ("Most of the victims were crushed ...").
        crowd = [e for e in events[-2:] if e.sub_event_type in charged_crowds()]
        if mention.sub_event_type != PEACEFUL or not crowd:
            return None
        last = crowd[-1]
    if date.source == "sentence" and not last.date.compatible(date):
        return None
    return last


def _told_again(
    mention: EventMention,
    date: DateRef,
    events: list[LinkedEvent],
    text: str,
    told_again: re.Pattern[str] | None,
    country: str,
    place: Toponym | None,
) -> LinkedEvent | None:
    """The event already told that a definite noun with no date of its own names ("A note
    ... was left in the couple's car, which was used in the kidnapping"), or None. Its date
    came from an earlier sentence, which dates something else."""
    if told_again is None or date.source != "paragraph":
        return None
    if not told_again.search(text, max(0, mention.trigger_start - 30), mention.trigger_start):
        return None
    same = [
        e
        for e in events
        if e.sub_event_type == mention.sub_event_type
        and (not country or not e.country or e.country == country)
        and e.same_place(place)
    ]
    return same[-1] if same else None


def _date_by_a_later_name(
    events: list[LinkedEvent], timexes: list[TimexMention], text: str, dating: DatingNouns
) -> None:
    """A lead that gives no day ("rebels killed 31 villagers in an attack on Foindu, the
    commander said") takes the day a later sentence names it by ("Monday night's attack
    was the third on a military post"; "de aanval van maandagavond"), if the noun can name
    an event of its type."""
    for event in events:
        if not _undated(event):
            continue
        told = max(m.sent_end for m in event.mentions)
        for t in timexes:
            if t.start < told or t.date is None or t.date.precision != DAY:
                continue
            if event.event_type in dating.types_named(text, t.start, t.end):
                event.dates.append(_ref(t, "sentence"))
                break


def _absorb_casualty_reports(
    events: list[LinkedEvent],
    text: str,
    casualties: re.Pattern[str] | None,
    starts: list[int],
    places: list[Toponym],
    timexes: list[TimexMention],
) -> list[LinkedEvent]:
    """A sentence that only counts the hurt ("Seven officers were injured, police said."),
    with no date or place of its own, right after a sentence that told an event, tells
    that event's toll: it is no event of its own."""
    if casualties is None:
        return events
    kept: list[LinkedEvent] = []
    for event in events:
        previous = kept[-1] if kept else None
        first = event.mentions[0]
        last = previous.mentions[-1] if previous is not None else None
        if (
            previous is not None
            and last is not None
            and all(casualties.fullmatch(text[m.trigger_start : m.trigger_end]) for m in event.mentions)
            and all(d.source != "sentence" for d in event.dates)
            and not any(m.sent_start <= p.start < m.sent_end for m in event.mentions for p in places)
            and _paragraph_of(first.sent_start, starts) == _paragraph_of(last.sent_start, starts)
            and _next_told(last.sent_end, first.sent_start, text, events, timexes, casualties)
        ):
            previous.mentions.extend(event.mentions)
            continue
        kept.append(event)
    return kept


def _next_told(
    end: int,
    start: int,
    text: str,
    events: list[LinkedEvent],
    timexes: list[TimexMention],
    casualties: re.Pattern[str],
) -> bool:
    """Is the sentence at ``start`` the next one after ``end``, or the one after a single
    sentence with no event that either counts dead ("Four more died in hospital on Monday,
    bringing the toll to 80." between a bomb and "More than 200 people were injured") or names
    no date? A sentence between with a date and no dead ("Ten gunmen came ashore on Wednesday
    night") starts another story."""
    if 0 <= start - end <= 2:
        return True
    gap = text[end:start]
    return (
        start > end
        and len(re.findall(r"[.!?]\s", gap)) <= 1
        and not any(end <= m.sent_start < start for e in events for m in e.mentions)
        and (casualties.search(gap) is not None or not any(end <= t.start < start for t in timexes))
    )


def _year_only(event: LinkedEvent) -> bool:
    """Is the event dated by its year alone ("in 1995", "twee jaar geleden", with no other
    mention that says more)? ACLED codes no such event."""
    return all(
        d.timex is not None and d.span is not None and d.span.precision == YEAR and not d.timex.mod
        for d in event.dates
    )


def _counted_from_put_back(timex: TimexMention, timexes: list[TimexMention], sent_back: set[int]) -> bool:
    """Does the expression count from the day told before it ("de volgende dag" after
    "vrijdag"), and was that day's weekday sent to next week by a tense cue and put back?
    Then it is a week early too."""
    if timex.offset is None:
        return False
    before = [t for t in timexes if t.end <= timex.start and t.date is not None and t.date.precision == DAY]
    return bool(before) and before[-1].start in sent_back


def _a_week_earlier(date: DateRef) -> DateRef | None:
    """The same weekday a week before, for a day-precise date; None otherwise."""
    if date.span is None or date.span.precision != DAY:
        return None
    day = date.span.first_day() - dt.timedelta(days=7)
    return DateRef(day.isoformat(), PartialDate.from_date(day), True, date.source, date.timex)


def _after_publication(date: DateRef, dct: PartialDate | None) -> bool:
    """Does the date begin after the last day the article can have been written? A week
    ("protests next week") begins on its Monday, not on the first day of its month."""
    if not (dct and date.resolved and date.span):
        return False
    week = _iso_week(date.key) or _iso_week(date.key, weekend=True)
    first = dt.date.fromisocalendar(*week, 1) if week else date.span.first_day()
    return first > dct.last_day()


def _undated(event: LinkedEvent) -> bool:
    """Is the event dated only by the publication date ("Niemand heeft de aanslag opgeëist")?
    Then it may be the dated event of its place that its sub-type yields to."""
    return all(d.source == "dct" for d in event.dates)


def _recent_to(dated: LinkedEvent, undated: LinkedEvent) -> bool:
    """Could an event dated only by the publication be ``dated``? Only if that is recent
    news: "security forces have shot dead three guerrillas suspected of killing a bishop"
    is not the bombing that killed the bishop three weeks before."""
    a, b = dated.date.span, undated.date.span
    if a is None or b is None or a.precision != DAY:
        return True
    if b.precision != DAY:  # a report dated to its month: any day of that month
        return b.contains(a) or abs((b.first_day() - a.first_day()).days) <= RECENT_DAYS
    return abs((b.first_day() - a.first_day()).days) <= RECENT_DAYS


def _merge_undated(events: list[LinkedEvent]) -> list[LinkedEvent]:
    """An event known only by the publication date joins the one dated event of its kind
    and place: a lead sentence ("drie doden bij gevechten") and the sentence that dates
    it ("zaterdag 6 mei vielen de strijders aan") report one event."""
    kept: list[LinkedEvent] = []
    for event in events:
        if _undated(event):
            dated = [
                other
                for other in events
                if other is not event
                and other.sub_event_type == event.sub_event_type
                and (other.country == event.country or not other.country or not event.country)
                and other.same_place(event.place)
                and any(d.source != "dct" for d in other.dates)
                and not _year_only(other)  # dropped in the end: "in 2016 ... steekt er vier mensen dood"
                and _recent_to(other, event)
            ]
            if len(dated) == 1:
                dated[0].absorb(event)
                continue
        kept.append(event)
    return kept


def _find_target(
    events: list[LinkedEvent], sub_type: str, country: str, date: DateRef, place: Toponym | None = None
) -> LinkedEvent | None:
    candidates = [e for e in events if e.accepts(sub_type, country, date) and e.same_place(place)]
    if date.source == "dct" and not candidates:
        # An undated mention joins the one event of its kind and place, if there is one.
        same = [e for e in events if e.sub_event_type == sub_type and e.country == country]
        candidates = same if len(same) == 1 else []
    return candidates[0] if candidates else None


def _within_only(winner: LinkedEvent, event: LinkedEvent, within: dict[str, frozenset[str]]) -> bool:
    """Does the winner override the event's sub-type only inside one sentence (``sentence_only``)?"""
    return event.sub_event_type in within.get(winner.sub_event_type, ())


def _reaches_across(
    winner: LinkedEvent,
    event: LinkedEvent,
    within: dict[str, frozenset[str]],
    own_day: dict[str, frozenset[str]],
    fighting_back: set[int],
    same_day: frozenset[str] = frozenset(),
    own_time: dict[str, frozenset[str]] | None = None,
) -> bool:
    """May the winner take in an event told in other sentences? Not one it overrides only
    inside a sentence (``sentence_only``), nor one that tells a day of its own where the
    winner takes it in only without (``dated_apart``; ``dated_apart_same_day`` even a time of
    the same day, "Dezelfde avond ..."), unless a sentence of the winner tells
    the attacked fighting back ("Police escorts fought back": the attack's own clash)."""
    if _share_a_sentence(winner, event):
        return True
    if _within_only(winner, event, within):
        return False
    dated_apart_here = event.sub_event_type in own_day.get(winner.sub_event_type, ())
    told_apart = event.sub_event_type in (own_time or {}).get(winner.sub_event_type, ())
    timex = event.date.timex  # "had attacked a checkpoint that morning" tells no day of its own
    said = event.date.source == "sentence"
    own = said and not (timex is not None and timex.rule in same_day)
    apart = (dated_apart_here and own) or (told_apart and said)
    return not apart or any(m.sent_start in fighting_back for m in winner.mentions)


def _share_a_sentence(a: LinkedEvent, b: LinkedEvent) -> bool:
    """Is one sentence told of both? Then its dates were read for both alike."""
    return bool({m.sent_start for m in a.mentions} & {m.sent_start for m in b.mentions})


def _sentence_of(mention: EventMention, text: str) -> str:
    """The text of the sentence that tells ``mention``."""
    return text[mention.sent_start : mention.sent_end]


def _kept_apart(
    winner: LinkedEvent,
    event: LinkedEvent,
    text: str,
    another: Callable[[str], bool] | None,
    together: Callable[[str, str, str], bool] | None = None,
) -> bool:
    """Does a sentence of either event tell the two apart? Then one is not the course of the
    other. A sentence that tells the two sub-types together ("pounded by Russian planes and
    artillery") parts them wherever they are told; one that tells an event of its own ("A
    second device ... was defused") parts it from one told before it or in it, not from one
    told after it ("The same day several hundred militants threw stones ... 36 people were
    detained" keeps the detentions with the riot, apart from the march told before)."""
    kinds = (winner.sub_event_type, event.sub_event_type)
    for own, other in ((winner, event), (event, winner)):
        for m in own.mentions:
            sentence = text[m.sent_start : m.sent_end]
            if together is not None and together(*kinds, sentence):
                return True
            told_before = any(n.sent_start <= m.sent_start for n in other.mentions)
            if told_before and another is not None and another(sentence):
                return True
    return False


def _coarser_than(winner: LinkedEvent, event: LinkedEvent) -> bool:
    """Is the winner told only by its month, the event by its own day of that month ("have
    withdrawn from Sake, which they captured last month ... Sake had fallen to the rebels on
    Thursday, November 22")? Then the day's report is another event, not the course of it."""
    return (
        winner.date.resolved
        and event.date.resolved
        and winner.date.source == "sentence"
        and event.date.source == "sentence"
        and winner.date.precision >= MONTH
        and event.date.precision == DAY
    )


def _named_apart(a: Toponym | None, b: Toponym | None, text: str) -> bool:
    """Are these two large cities, or two towns some way apart, named apart ("seven shot dead
    in Omdurman ... In Khartoum itself, police dispersed the crowd"; "Dezelfde dag beschoot het
    regeringsleger woonwijken in Jisr al-Shughur")? They are two events' places; not
    two named in one sentence, nor a city and its new town ("New Delhi")."""
    if a is None or b is None or a.place is None or b.place is None:
        return False
    first, second = sorted((a, b), key=lambda t: t.start)
    if not re.search(r"[.;!?]\s", text[first.end : second.start]):
        return False  # one sentence: "in Douma, ... near Damascus", "Yangon's Hlaingthaya"
    if a.reference or b.reference:  # "100 km south of Tripoli" only says where the other is
        return False
    x, y = a.place, b.place
    return (
        x.kind == y.kind == "city"
        and x.id != y.id
        and (min(x.population, y.population) >= BIG_CITY or distance_km(x, y) > TOWNS_APART_KM)
        and x.name not in y.name
        and y.name not in x.name  # "New Delhi" and "Delhi"
    )


def _absorb_overridden(
    events: list[LinkedEvent],
    text: str = "",
    another: Callable[[str], bool] | None = None,
    peaceful: re.Pattern[str] | None = None,
    fought_back: re.Pattern[str] | None = None,
    same_day: frozenset[str] = frozenset(),
    together: Callable[[str, str, str], bool] | None = None,
) -> list[LinkedEvent]:
    """Merge an event into another of the same day and place whose sub-type overrides it;
    not a battle with its dead into a truce, which has none ("50 servicemen have been killed
    in a battle which continued after the rebels agreed a truce" is two events), nor an
    attack with its dead into the abduction told with it (``kept_with_dead``), nor a bomb
    that went off into "a second device", defused (the lexicon's ``tells_another``). Some
    overrides hold only between sentences (``across_sentences``: a crowd told as storming
    parliament makes the police's fire on it, told next, a violent demonstration's). An event
    taken in by one that was itself taken in goes to the one that took that."""
    table = suppressions()
    spared = kept_with_dead()
    within = sentence_only()
    own_day = dated_apart()
    own_time = dated_apart_same_day()
    across = across_sentences()
    # The sentences that tell the attacked fighting back, read once (``_reaches_across``).
    fighting_back = {
        m.sent_start
        for e in events
        for m in e.mentions
        if fought_back is not None and fought_back.search(text, m.sent_start, m.sent_end)
    }
    # The sentences that call a crowd peaceful, read once: no override across them.
    calm = {
        m.sent_start
        for e in events
        for m in e.mentions
        if peaceful is not None and peaceful.search(text, m.sent_start, m.sent_end)
    }

    def overrides(winner: LinkedEvent, event: LinkedEvent) -> bool:
        """Does the winner take in the event only because they are told in sentences of their
        own ("Protesters stormed parliament. Police opened fire on the crowd")?"""
        return (
            event.sub_event_type in across.get(winner.sub_event_type, ())
            and not _share_a_sentence(winner, event)
            and not any(m.sent_start in calm for m in [*winner.mentions, *event.mentions])
        )

    owner: dict[int, LinkedEvent] = {}  # an absorbed event -> the event that took it

    def root(event: LinkedEvent) -> LinkedEvent:
        while id(event) in owner:
            event = owner[id(event)]
        return event

    kept: list[LinkedEvent] = []
    for event in events:
        winner = next(
            (
                root(other)
                for other in events
                if other is not event
                and root(other) is not event  # no two events swallow each other
                and (
                    (
                        event.sub_event_type in table.get(other.sub_event_type, ())
                        and not overrides(event, other)
                    )
                    or overrides(other, event)
                )
                and not (event.fatalities and not can_have_fatalities(other.sub_event_type))
                and not (event.fatalities and event.sub_event_type in spared.get(other.sub_event_type, ()))
                and other.country == event.country
                and other.same_place(event.place)
                and not _named_apart(other.place, event.place, text)
                and (other.date.compatible(event.date) or (_undated(event) and _recent_to(other, event)))
                and not _coarser_than(other, event)
                and _reaches_across(other, event, within, own_day, fighting_back, same_day, own_time)
                and not _kept_apart(other, event, text, another, together)
            ),
            None,
        )
        if winner is None:
            kept.append(event)
        else:
            # "On Saturday evening, rockets were fired at Asmara. ... Earlier this month, hundreds
            # of civilians were killed in the town of Mai Kadra": a sentence told by its month
            # alone counts no dead of a day's event told apart from it.
            winner.absorb(event, counts=_share_a_sentence(winner, event) or not _coarser_than(event, winner))
            owner[id(event)] = winner
    for event in kept:
        event.mentions.sort(key=lambda m: m.sent_start)
    return kept
