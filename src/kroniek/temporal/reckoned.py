"""Publication days that a reader works out by arithmetic from two or more facts of the text.

Each kind is driven by the patterns and words of the language's ``reckonings`` entry in
``timex.json``; adding a language means adding that entry:

- **a quoted relative weekday** said on a written day ("zei op zaterdag 15 maart dat de haven
  "komende donderdag" weer open zou gaan", with "De haven is vandaag weer opengegaan"): the
  quote's deictic centre is the day it was said, not the publication day;
- **the next term of a regular series** ("De vierde ronde is vandaag begonnen, na dezelfde
  tussenpoos ...", "De eerste ronde begon op maandag 1 september, de tweede op dinsdag 9
  september"): the interval of the first two terms, laid on as often as the ordinal asks;
- **a count that grows by a factor per span** ("heeft vandaag de 8000 bereikt"; "Op vrijdag 2
  april waren het er 500, en sindsdien is het aantal elke vier dagen verdubbeld"): as many spans
  as the ratio is a power of the factor;
- **a cycle that meets the week again** ("De markt, die om de vijf dagen wordt gehouden, viel
  vandaag voor het eerst sinds zondag 6 september weer op een zondag"): the least common
  multiple of the cycle and seven days;
- **a legal commencement rule** ("gepubliceerd op donderdag 28 februari ... geldt vanaf de
  eerste dag van de tweede kalendermaand na de publicatie", with "is vandaag in werking
  getreden"): the first day of the n-th calendar month after the written date.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from functools import cache
from typing import Any

from kroniek.dates import PartialDate
from kroniek.numbers import parse_number
from kroniek.temporal.engine import TimexMention, TimexTagger, ordinal_count
from kroniek.temporal.told import Sentence, Told, full_day, weekday_of

SHARED_STEM = 5  # letters two words share at their start to name the same thing ("reopen", "reopened")
MAX_TERMS = 12  # the latest term of a series that a count reaches
_WORD = re.compile(r"[^\W\d_]+")
_NUMBER = re.compile(r"\d[\d.,]*\d|\d|[^\W\d_]+")
_QUOTES = "\"'“”‘’„«»"


@cache
def _pattern(text: str) -> re.Pattern[str]:
    return re.compile(text, re.IGNORECASE)


def _entry(tagger: TimexTagger, key: str) -> Any:
    return tagger.reckonings.get(key)


def _finds(tagger: TimexTagger, key: str, text: str, sentence: Sentence) -> list[re.Match[str]]:
    pattern = _entry(tagger, key)
    return list(_pattern(pattern).finditer(text, sentence.start, sentence.end)) if pattern else []


def _today_sentences(tagger: TimexTagger, sentences: list[Sentence]) -> list[tuple[Sentence, int]]:
    """The sentences with a relative day ("vandaag", "gisteren"), and its offset."""
    found = []
    for sentence in sentences:
        offset = next((r for m in sentence.mentions if (r := tagger.relative_day(m)) is not None), None)
        if offset is not None:
            found.append((sentence, offset))
    return found


def _published(day: dt.date, offset: int, dct: PartialDate, at: int) -> list[Told]:
    publication = day - dt.timedelta(days=offset)
    return [Told(day, publication, at)] if dct.contains(PartialDate.from_date(publication)) else []


def _stems(text: str, mentions: list[TimexMention], start: int, end: int) -> set[str]:
    """The first letters of the longer words of ``text[start:end]`` outside its expressions."""
    stems = set()
    for word in _WORD.finditer(text, start, end):
        inside = any(m.start <= word.start() < m.end for m in mentions)
        if len(word.group()) >= SHARED_STEM and not inside:
            stems.add(word.group().lower()[:SHARED_STEM])
    return stems


def quoted_weekdays_told(
    tagger: TimexTagger, sentences: list[Sentence], text: str, dct: PartialDate
) -> list[Told]:
    """ "zei op zaterdag 15 maart dat de haven "komende donderdag" weer open zou gaan": the
    first such weekday after the written day; a sentence with a relative day that shares a
    word with it ("De haven is vandaag weer opengegaan") fixes the publication day."""
    coming = tuple(w.lower() for w in _entry(tagger, "coming_words") or ())
    todays = _today_sentences(tagger, sentences)  # read once, not per match
    told = []
    for sentence in sentences:
        for mention in sentence.mentions:
            said = next(
                (d for m in reversed(sentence.mentions) if m.end <= mention.start and (d := full_day(m))),
                None,
            )
            weekday = weekday_of(mention)
            quoted = text[max(0, mention.start - 1) : mention.start] in tuple(_QUOTES)
            if said is None or weekday is None or not quoted or not mention.text.lower().startswith(coming):
                continue
            day = said + dt.timedelta(days=(weekday - said.isoweekday() - 1) % 7 + 1)
            own = _stems(text, sentence.mentions, sentence.start, sentence.end)
            for other, offset in todays:
                if other is not sentence and own & _stems(text, other.mentions, other.start, other.end):
                    told += _published(day, offset, dct, other.start)
    return told


def series_told(tagger: TimexTagger, sentences: list[Sentence], text: str, dct: PartialDate) -> list[Told]:
    """ "De vierde ronde is vandaag begonnen, na dezelfde tussenpoos ...", with the first two
    terms dated in that sentence or the next: the first date plus the interval, three times."""
    told = []
    for index, sentence in enumerate(sentences):
        for found in _finds(tagger, "same_interval", text, sentence):
            words = [w.lower() for w in _WORD.findall(text[sentence.start : found.start()])]
            term = next((n for w in words if 1 < (n := ordinal_count(w, tagger.ordinals)) <= MAX_TERMS), 0)
            near = [m for s in sentences[index : index + 2] for m in s.mentions if full_day(m)]
            days = sorted({d for m in near if (d := full_day(m))})
            if not term or len(days) < 2:
                continue
            day = days[0] + (days[1] - days[0]) * (term - 1)
            found_day = sentence.told(day, dct, found.start())
            told += [found_day] if found_day and found_day.publication else []
    return told


def _numbers(tagger: TimexTagger, text: str, sentence: Sentence) -> list[float]:
    """The counts a sentence tells outside its expressions ("500", "8,000", "duizend")."""
    counts = []
    for token in _NUMBER.finditer(text, sentence.start, sentence.end):
        if any(m.start <= token.start() < m.end for m in sentence.mentions):
            continue
        value = parse_number(token.group(), tagger.lang)
        counts += [float(value)] if value else []
    return counts


def _power(ratio: float, factor: int) -> int:
    """How often ``factor`` multiplies up to ``ratio`` exactly (0 where it does not)."""
    times = round(math.log(ratio, factor)) if ratio > 1 else 0
    return times if times > 0 and math.isclose(factor**times, ratio) else 0


def growths_told(tagger: TimexTagger, sentences: list[Sentence], text: str, dct: PartialDate) -> list[Told]:
    """ "Op vrijdag 2 april waren het er 500, en sindsdien is het aantal elke vier dagen
    verdubbeld" with "heeft vandaag de 8000 bereikt": 8000 / 500 = 2 ** 4, four spans of four
    days after the written day."""
    factors: dict[str, int] = {w.lower(): int(n) for w, n in (_entry(tagger, "growth_factors") or {}).items()}
    todays = _today_sentences(tagger, sentences)  # read once, not per match
    told = []
    for sentence in sentences:
        words = {w.lower() for w in _WORD.findall(text[sentence.start : sentence.end])}
        factor = next((factors[w] for w in words if w in factors), 0)
        spans = [m.span for m in sentence.mentions if m.type in ("DURATION", "SET") and m.span]
        since = next((d for m in sentence.mentions if (d := full_day(m))), None)
        counts = _numbers(tagger, text, sentence)
        if not factor or not spans or since is None or len(counts) != 1 or spans[0][1] not in ("D", "W"):
            continue
        days = spans[0][0] * (7 if spans[0][1] == "W" else 1)
        for other, offset in todays:
            for reached in _numbers(tagger, text, other) if other is not sentence else []:
                times = _power(reached / counts[0], factor)
                told += (
                    _published(since + dt.timedelta(days=days * times), offset, dct, other.start)
                    if times
                    else []
                )
    return told


def cycles_told(tagger: TimexTagger, sentences: list[Sentence], text: str, dct: PartialDate) -> list[Told]:
    """ "De markt, die om de vijf dagen wordt gehouden, viel vandaag voor het eerst sinds
    zondag 6 september weer op een zondag": a cycle of five days meets the same weekday
    again after lcm(5, 7) = 35 days."""
    told = []
    for sentence in sentences:
        cycles = _finds(tagger, "cycle_every", text, sentence)
        count = cycles[0].group("count") if cycles else ""
        length = ordinal_count(count, tagger.ordinals) or int(parse_number(count, tagger.lang) or 0)
        for found in _finds(tagger, "first_time_since", text, sentence) if length > 1 else []:
            since = sentence.dated_after(found.end())
            day = since[0] + dt.timedelta(days=math.lcm(length, 7)) if since else None
            found_day = sentence.told(day, dct, found.start()) if day else None
            told += [found_day] if found_day and found_day.publication else []
    return told


def commencements_told(
    tagger: TimexTagger, sentences: list[Sentence], text: str, dct: PartialDate
) -> list[Told]:
    """ "gepubliceerd op donderdag 28 februari ... geldt vanaf de eerste dag van de tweede
    kalendermaand na de publicatie", with "is vandaag in werking getreden" in another sentence:
    the first day of April, whatever the day of the written date."""
    todays = _today_sentences(tagger, sentences)  # read once, not per match
    told = []
    for sentence in sentences:
        for found in _finds(tagger, "commencement", text, sentence):
            months = ordinal_count(found.group("ordinal"), tagger.ordinals)
            dated = [d for m in sentence.mentions if m.end <= found.start() and (d := full_day(m))]
            if not months or not dated:
                continue
            index = dated[-1].month - 1 + months
            day = dt.date(dated[-1].year + index // 12, index % 12 + 1, 1)
            for other, offset in todays:
                if other is not sentence and _finds(tagger, "in_force", text, other):
                    told += _published(day, offset, dct, other.start)
    return told


def reckoned_told(tagger: TimexTagger, sentences: list[Sentence], text: str, dct: PartialDate) -> list[Told]:
    """Every day this module's kinds reckon."""
    return (
        quoted_weekdays_told(tagger, sentences, text, dct)
        + series_told(tagger, sentences, text, dct)
        + growths_told(tagger, sentences, text, dct)
        + cycles_told(tagger, sentences, text, dct)
        + commencements_told(tagger, sentences, text, dct)
    )
