"""Narrow a month- or year-precision publication date (DCT) to a day, from the text.

The evidence, all general:

- **Explicit full dates** inside the DCT's span ("op 4 januari" in an article of
  January 2022): the article was written on or after the latest of them.
- **Anniversary anchors**: a sentence that puts a day a span after a dated event
  ("Maandag was het twee jaar geleden dat ...", with "op 3 januari 2020" elsewhere in
  the article; "Zondag was het precies een half jaar geleden dat ... op 7 oktober
  2023"; "Gisteren, op de eerste verjaardag van ... 1 maart 2008"). A weekday must fall
  on that day; "vandaag", "gisteren" or "yesterday" say the publication day outright.
- **Counted anchors**: a span counted from a dated event ("De aanval kwam twaalf dagen
  nadat ... op 3 januari", "Yesterday, exactly a week after the 'Day of Rage' of
  January 28", "Gisteren, twee dagen na de herdenking", "zestig jaar onafhankelijkheid
  ... sinds 11 augustus 1960"): that date plus the span, inside
  the DCT's span, is a day the article tells of, or fixes the publication day when a
  relative day names it.
- **A relative day set beside a full date** ("vandaag, maandag 10 januari", also with a
  preposition between: "Vandaag, op tweede paasdag"): that day.
- **More counted anchors**: a span before a dated event ("Vandaag, drie dagen voor de
  verkiezingen van zondag 24 april"), the eve of an anniversary ("Aan de vooravond van de
  vijfde verjaardag van de revolutie van 26 september 1962"), day N of a span begun on a date
  ("op de dertiende dag van de crisis die op 5 oktober begon") and the first weekday after a
  dated event ("de eerste zondag na de bestorming van het parlement op 25 juni"), the
  day halfway between two dated events ("precies halverwege tussen de eerste ronde van
  31 oktober en de tweede ronde van 28 november"), a span set on a date that runs out on
  the day told ("Vandaag verstrijkt het ultimatum van 72 uur dat ... op 10 mei ... stelden"),
  the named weekday of a dated event's week ("Vandaag, zaterdag, ... de week waarin op
  dinsdag 23 maart ...") and the first day of week N of a period ("enters its fourth week");
  the morning after the n-th night since a dated event ("na een zevende nacht van rellen sinds
  ... op zaterdag 6 december"), and a span of working days ("vijf werkdagen nadat ... op
  dinsdag 29 juni": weekends skipped).
- **A feast told with a relative day** ("Mongolië opende vandaag zijn nationale Naadamfeest",
  "today, on this leap day", "vandaag, 25 december volgens de juliaanse kalender", "today, the
  shortest day of the year"), with no word of ``feast_apart`` between: that feast's day, by the
  rules of ``normalise.feast_date`` and ``calendars``.
- **A date across the date line** ("vandaag, op een uur dat het in Tonga, aan de andere kant
  van de datumgrens, al vrijdag 23 juli was"): the day before it (after it with "nog").
- **A relative day told after the anchor** in the same sentence ("Op de vijfde verjaardag
  van ... van 9 juli 2011 viel er vandaag ...", "Honderd dagen na ... op 24 februari zei
  ... vandaag"), or with a span "later" than the day the sentence before told
  ("Maandag, drie maanden na de staatsgreep van 28 juni, ... Vandaag, twee dagen later,
  ..."): the publication day.

A publication day fixed outright wins. Otherwise, from the latest day told (the anchor),
weekdays that the article mentions and that fall at most three days after it move the
DCT forward: news reports the last few days, so "Maandag" = 3 January and "dinsdag" make
the article one of Tuesday 4 January. When nothing narrows it, there is no inferred DCT:
weekdays then stay underspecified.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from kroniek.dates import DAY, PartialDate
from kroniek.numbers import parse_number
from kroniek.temporal.engine import TimexMention, TimexTagger, ordinal_count, word_after, word_before
from kroniek.temporal.reckoned import reckoned_told
from kroniek.temporal.told import (
    Sentence,
    Told,
    full_day,
    plus,
    sentences_of,
    weekday_of,
    year_start,
)

MAX_DAYS_AFTER_ANCHOR = 3
FEAST_REACH = 6  # words between a relative day and the feast it names
START_REACH = 40  # characters from "began his second term" to the start's full date
ANNIVERSARY_NOUN_REACH = 4  # words from "twee dagen" to "herdenking": "na de tiende verjaardag"
_BESIDE = re.compile(r"[\s,]{1,3}")  # "vandaag, maandag 10 januari"
_BESIDE_LINKED = re.compile(r"[\s,]{1,3}(\w+)\s+")  # "Vandaag, op tweede paasdag"
_EVENT_NOUN = re.compile(
    r"\s+\w+\s+(?:de|het|een|the|a|an)\s+(\w+)\b"
)  # " na de begrafenis", " after a bomb"
_SPACE = re.compile(r"\s*")
_DURATION_PARTS = re.compile(r"(\d+)([YMWD])")  # "P1Y1D": (1, "Y"), (1, "D")


def _plus_working_days(day: dt.date, count: int) -> dt.date:
    """``day`` moved ``count`` working days (Monday to Friday), later or, below 0, earlier."""
    step = 1 if count > 0 else -1
    for _ in range(abs(count)):
        day += dt.timedelta(days=step)
        while day.isoweekday() > 5:
            day += dt.timedelta(days=step)
    return day


def _plus_span(
    day: dt.date, mention: TimexMention, count: int, unit: str, working: frozenset[str] = frozenset()
) -> dt.date | None:
    """``day`` moved by the span ``mention`` counts, its second part too where it has one
    ("een jaar en een dag na ... op 14 oktober 2017": P1Y1D); in working days where the
    mention ends in a unit of ``working`` ("vijf werkdagen nadat ... op dinsdag 29 juni")."""
    if working and unit == "D" and mention.text.lower().endswith(tuple(working)):
        return _plus_working_days(day, count)
    moved = plus(day, count, unit)
    parts = _DURATION_PARTS.findall(mention.value.split("T")[0]) if mention.type == "DURATION" else []
    if moved is not None and len(parts) == 2 and (int(parts[0][0]), parts[0][1]) == (abs(count), unit):
        moved = plus(moved, int(parts[1][0]) * (1 if count > 0 else -1), parts[1][1])
    return moved


def _counted_span(
    mention: TimexMention,
    mentions: list[TimexMention],
    text: str,
    words: frozenset[str],
    ahead: frozenset[str],
    to_the_day: frozenset[str] = frozenset(),
) -> tuple[int, str] | None:
    """The exact span that counts a day from an event: "twee jaar geleden (dat)", "a week
    since", "twaalf dagen na"; a relative day ("one year today since") or words of
    ``to_the_day`` ("fifty years to the day after") may stand between. Before a word of
    ``ahead`` ("drie dagen voor de verkiezingen van 24 april") it counts back, and the count
    is negative."""
    if mention.span is None:
        return None
    if mention.rule == "ago":
        return mention.span
    if mention.type != "DURATION":
        return None
    spaces = _SPACE.match(text, mention.end)
    start = spaces.end() if spaces else mention.end
    exact = next((w for w in to_the_day if text[start : start + 40].lower().startswith(w + " ")), "")
    after = word_after(text, start + len(exact) if exact else mention.end)
    between = next((m for m in mentions if m.start > mention.end), None)
    if after not in words and between is not None and not text[mention.end : between.start].strip():
        after = word_after(text, between.end)
    if after in ahead and mention.span is not None:
        return -mention.span[0], mention.span[1]
    return mention.span if after in words else None


def _spans_told(
    tagger: TimexTagger, sentences: list[Sentence], text: str, dct: PartialDate, mentions: list[TimexMention]
) -> list[Told]:
    """Days a span counts from a dated event: "precies een week na de 'Dag van Woede' van
    28 januari" (the date in the sentence), or, for years and a weekday that fits, "Maandag
    was het twee jaar geleden dat ..." with "op 3 januari 2020" anywhere in the article."""
    told = []
    for sentence in sentences:
        for span_mention in sentence.mentions:
            span = _span_of(tagger, span_mention, sentence, text)
            if span is None:
                continue
            count, unit = span
            dated = [m for m in sentence.mentions if m.start >= span_mention.end and full_day(m)]
            if (
                not dated and count < 0 and unit in ("D", "W")
            ):  # "duizend dagen voor het jaar 2000": its first day
                dated = [m for m in sentence.mentions if m.start >= span_mention.end and year_start(m)][:1]
            if dated:
                first = full_day(dated[0]) or year_start(dated[0]) or dt.date.min
                day = _plus_span(first, span_mention, count, unit, tagger.working_day_units)
                alone = span_mention.type == "DURATION" and unit in ("D", "W")
                comma = text.find(",", dated[0].end, sentence.end)
                # The clause after the dated event ("... op 24 februari zei ... vandaag"), where
                # the span opens the sentence; up to a comma where there is one.
                opens = span_mention.start == sentence.mentions[0].start
                after = (comma if comma >= 0 else dated[0].end) if opens else None
                found = sentence.told(day, dct, dated[0].start, alone, after) if day else None
                told += [found] if found else []
            elif unit == "Y" and count > 0:
                for past in filter(None, map(full_day, mentions)):
                    day = plus(past, count, unit) if past.year == dct.year - count else None
                    found = sentence.told(day, dct, span_mention.start) if day else None
                    told += [found] if found else []
    return told


def _span_of(
    tagger: TimexTagger, mention: TimexMention, sentence: Sentence, text: str
) -> tuple[int, str] | None:
    """:func:`_counted_span` with the tagger's words."""
    return _counted_span(
        mention, sentence.mentions, text, tagger.counted_back, tagger.counted_ahead, tagger.to_the_day
    )


@cache
def _forms_pattern(forms: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(f) for f in forms) + r")\b", re.IGNORECASE)


def _event_spans_told(
    tagger: TimexTagger, sentences: list[Sentence], text: str, dct: PartialDate
) -> list[Told]:
    """ "vandaag, twee dagen na de begrafenis", where another sentence dates the event the
    noun names by a form of ``event_noun_forms`` ("werd een week later ... begraven"): the
    span counts from the full date told nearest that form."""
    told = []
    for sentence in sentences:
        for span_mention in sentence.mentions:
            span = _span_of(tagger, span_mention, sentence, text)
            named = _EVENT_NOUN.match(text, span_mention.end) if span and span[0] > 0 else None
            forms = tagger.event_noun_forms.get(named.group(1).lower(), ()) if named else ()
            day = _dated_by_form(sentences, sentence, text, forms) if forms and span else None
            moved = _plus_span(day, span_mention, span[0], span[1]) if day and span else None
            found = sentence.told(moved, dct, span_mention.start) if moved else None
            told += [found] if found else []
    return told


def _dated_by_form(
    sentences: list[Sentence], own: Sentence, text: str, forms: tuple[str, ...]
) -> dt.date | None:
    """The full date told nearest a form of the event ("begraven") in another sentence."""
    pattern = _forms_pattern(forms)
    for sentence in sentences:
        form = pattern.search(text, sentence.start, sentence.end) if sentence is not own else None
        dated = [
            (abs(m.start - form.start()), day) for m in sentence.mentions if form and (day := full_day(m))
        ]
        if dated:
            return min(dated)[1]
    return None


def _anniversaries_told(
    tagger: TimexTagger, sentences: list[Sentence], text: str, dct: PartialDate
) -> list[Told]:
    """ "Gisteren, op de eerste verjaardag van de bloedige nacht van 1 maart 2008": the
    date that many years on. Told "on" it ("Op de vijfde verjaardag van ... van 9 juli 2011
    viel er vandaag ..."), a relative day after the date names the anniversary too."""
    if tagger.anniversary_of is None:
        return []
    told = []
    for sentence in sentences:
        for found in tagger.anniversary_of.finditer(text, sentence.start, sentence.end):
            count = ordinal_count(found.group("ordinal"), tagger.ordinals)
            dated = sentence.dated_after(found.end())
            day = plus(dated[0], count, "Y") if count and dated else None
            on, eve = tagger.anniversary_on, tagger.anniversary_eve
            told_eve = eve is not None and eve.search(text, sentence.start, found.start()) is not None
            told_on = told_eve or (
                on is not None and on.search(text, sentence.start, found.start()) is not None
            )
            day = day - dt.timedelta(days=1) if day and told_eve else day  # "aan de vooravond van"
            after = dated[1] if told_on and dated else None
            told_day = sentence.told(day, dct, found.start(), alone=True, after=after) if day else None
            told += [told_day] if told_day else []
    return told


def _years_since_told(
    tagger: TimexTagger, sentences: list[Sentence], text: str, dct: PartialDate
) -> list[Told]:
    """ "Gisteren, op de dag dat het land zestig jaar onafhankelijkheid vierde (onafhankelijk
    sinds 11 augustus 1960)": a count of years, then a full date after a word of
    counted_since, makes the anniversary a day told, where the years add up to the DCT's."""
    told = []
    for sentence in sentences:
        for span_mention in sentence.mentions:
            span = span_mention.span if span_mention.type == "DURATION" else None
            if span is None or span[1] != "Y":
                continue
            for dated in sentence.mentions:
                past = full_day(dated) if dated.start > span_mention.end else None
                since = word_before(text, dated.start, sentence.start)
                if past is None or since not in tagger.counted_since:
                    continue
                day = plus(past, span[0], "Y") if past.year + span[0] == dct.year else None
                found = sentence.told(day, dct, span_mention.start) if day else None
                told += [found] if found else []
    return told


def _day_counts_told(
    tagger: TimexTagger, sentences: list[Sentence], text: str, dct: PartialDate
) -> list[Told]:
    """ "Vandaag, op de dertiende dag van de crisis die op 5 oktober begon": the day that
    ordinal counts from the date that follows it, the date being the first day; a week
    counted so opens that many weeks on ("Vandaag begint de vierde week van het offensief
    ..., dat op donderdag 4 april begon"). Without a date after it, the date told before it
    in the sentence counts ("which began on Thursday, April 4, enters its fourth week")."""
    if tagger.day_count_of is None:
        return []
    told = []
    for sentence in sentences:
        for found in tagger.day_count_of.finditer(text, sentence.start, sentence.end):
            count = ordinal_count(found.group("ordinal"), tagger.ordinals)
            if not count:
                continue
            days = 7 * (count - 1) if found.group("week") else count - 1
            if found.groupdict().get("night") and found.groupdict().get("after"):
                days = count  # "na een zevende nacht van rellen sinds ... 6 december": the morning after
            dated = sentence.dated_after(found.end())
            # a feast before the count names the day itself, not its start ("today, the middle
            # day of the year, as an ultimatum ran into its second day")
            before = [
                m
                for m in sentence.mentions
                if m.end <= found.start() and full_day(m) and m.rule not in tagger.feast_rules
            ]
            if dated is not None:  # (first day, where the relative day may stand before, after)
                start, until, since = dated[0], found.start(), dated[1]
            elif before:
                start, until, since = full_day(before[-1]) or dt.date.min, before[-1].start, found.end()
            else:
                continue
            found_day = sentence.told(start + dt.timedelta(days=days), dct, until, after=since)
            told += [found_day] if found_day else []
    return told


def _records_told(
    tagger: TimexTagger, sentences: list[Sentence], text: str, dct: PartialDate, mentions: list[TimexMention]
) -> list[Told]:
    """ "Abe werd vandaag één dag langer onafgebroken premier dan zijn oudoom, die van 9
    november 1964 tot en met 7 juli 1972 regeerde" with "begon zijn tweede termijn op 26
    december 2012": the first tenure's days, both ends counted, and the days longer, laid
    onto the start that ``started_words`` tell (the first day counts as day one)."""
    if tagger.longer_than is None:
        return []
    starts = [day for m in mentions if (day := full_day(m)) and _told_as_a_start(tagger, text, m.start)]
    told = []
    for sentence in sentences:
        for found in tagger.longer_than.finditer(text, sentence.start, sentence.end):
            more = parse_number(found.group("count"), tagger.lang) or 0
            first = sentence.dated_after(found.end())
            last = sentence.dated_after(first[1]) if first else None
            if first is None or last is None or last[0] <= first[0] or more <= 0:
                continue
            served = (last[0] - first[0]).days + 1
            for start in starts:
                if start in (first[0], last[0]):
                    continue
                found_day = sentence.told(start + dt.timedelta(days=served + more - 1), dct, found.start())
                told += [found_day] if found_day and found_day.publication else []
    return told


def _told_as_a_start(tagger: TimexTagger, text: str, position: int) -> bool:
    """Does a word that starts a tenure stand right before ``position`` ("began his second
    term on", "begon zijn termijn op")?"""
    before = text[max(0, position - START_REACH) : position].lower()
    return any(word in before for word in tagger.started_words)


def _halfways_told(tagger: TimexTagger, sentences: list[Sentence], text: str, dct: PartialDate) -> list[Told]:
    """ "Vandaag, precies halverwege tussen de eerste ronde van 31 oktober en de tweede ronde
    van 28 november": the day midway between the two dates that follow, where there is one."""
    if tagger.halfway_between is None:
        return []
    told = []
    for sentence in sentences:
        for found in tagger.halfway_between.finditer(text, sentence.start, sentence.end):
            first = sentence.dated_after(found.end())
            second = sentence.dated_after(first[1]) if first else None
            if first is None or second is None or (second[0] - first[0]).days % 2:
                continue
            middle = first[0] + (second[0] - first[0]) / 2
            found_day = sentence.told(middle, dct, found.start(), after=second[1])
            told += [found_day] if found_day else []
    return told


def _expiries_told(tagger: TimexTagger, sentences: list[Sentence], text: str, dct: PartialDate) -> list[Told]:
    """ "Vandaag verstrijkt het ultimatum van 72 uur dat ... op donderdag 10 mei ... stelden",
    "The 30-day truce agreed on March 1 expires today": a span set on a date runs out that
    span later, on the day a relative day names."""
    if tagger.span_runs_out is None:
        return []
    told = []
    for sentence in sentences:
        if tagger.span_runs_out.search(text, sentence.start, sentence.end) is None:
            continue
        spans = [m.span for m in sentence.mentions if m.type == "DURATION" and m.span]
        dated = next((m for m in sentence.mentions if full_day(m)), None)
        if not spans or dated is None:
            continue
        count, unit = spans[0]
        if unit == "H" and count % 24 == 0:  # "72 uur": three days
            count, unit = count // 24, "D"
        day = plus(full_day(dated) or dt.date.min, count, unit) if unit in ("D", "W", "M", "Y") else None
        found = sentence.told(day, dct, dated.start, after=dated.end) if day else None
        told += [found] if found else []
    return told


def _weekdays_of_week_told(
    tagger: TimexTagger, sentences: list[Sentence], text: str, dct: PartialDate
) -> list[Told]:
    """ "Vandaag, zaterdag, aan het eind van de week waarin op dinsdag 23 maart ... werd
    doodgeschoten": the weekday named before ``week_of`` in the week (Monday to Sunday) of
    the date that follows it."""
    if tagger.week_of is None:
        return []
    told = []
    for sentence in sentences:
        for found in tagger.week_of.finditer(text, sentence.start, sentence.end):
            named = [w for m in sentence.mentions if m.end <= found.start() and (w := weekday_of(m))]
            dated = sentence.dated_after(found.end())
            if not named or dated is None:
                continue
            day = dated[0] + dt.timedelta(days=named[-1] - dated[0].isoweekday())
            found_day = sentence.told(day, dct, found.start(), after=dated[1])
            told += [found_day] if found_day else []
    return told


def _feasts_told(tagger: TimexTagger, sentences: list[Sentence], text: str, dct: PartialDate) -> list[Told]:
    """ "Mongolië opende vandaag zijn nationale Naadamfeest", "Vandaag, de eerste dag van de
    wintertijd", "today, on this leap day": a feast told with a relative day is that day,
    where at most FEAST_REACH words and none of ``feast_apart`` stand between ("Vandaag, twee
    dagen na Kerstmis" tells two days)."""
    told = []
    for sentence in sentences:
        relatives = [m for m in sentence.mentions if tagger.relative_day(m) is not None]
        for feast in sentence.mentions:
            day = full_day(feast) if feast.rule in tagger.feast_rules else None
            if day is None:
                continue
            for relative in relatives:
                a, b = (
                    (relative.end, feast.start)
                    if relative.start < feast.start
                    else (feast.end, relative.start)
                )
                between = re.findall(r"[\w'-]+", text[a:b].lower())
                apart = tagger.feast_apart & set(between) and not tagger.feast_dated & set(between)
                if len(between) <= FEAST_REACH and not apart:
                    found = sentence.told(day, dct, max(relative.end, feast.end))
                    told += [found] if found else []
    return told


def _across_date_line_told(
    tagger: TimexTagger, sentences: list[Sentence], text: str, dct: PartialDate
) -> list[Told]:
    """ "Samoa begroef vandaag zijn minister, op een uur dat het in Tonga, aan de andere kant
    van de datumgrens, al vrijdag 23 juli was": a full date told across the date line, a day
    ahead ("al", "already") or behind ("nog", "still"), is the day before or after it here."""
    told = []
    for sentence in sentences:
        said = text[sentence.start : sentence.end].lower()
        if not any(word in said for word in tagger.date_line_words):
            continue
        for mention in sentence.mentions:
            side = tagger.date_line_sides.get(word_before(text, mention.start, sentence.start))
            day = full_day(mention)
            if side is not None and day is not None:
                found = sentence.told(day + dt.timedelta(days=side), dct, sentence.end)
                told += [found] if found and found.publication else []
    return told


def _weekdays_after_told(
    tagger: TimexTagger, sentences: list[Sentence], text: str, dct: PartialDate
) -> list[Told]:
    """ "Vandaag, de eerste zondag na de bestorming van het parlement op 25 juni": the
    weekday that ordinal counts after the date that follows, told by a relative day."""
    told = []
    for sentence in sentences:
        for mention in sentence.mentions:
            weekday = weekday_of(mention)
            ordinal = word_before(text, mention.start, sentence.start)
            count = ordinal_count(ordinal, tagger.ordinals) if ordinal and weekday else 0
            if not count or word_after(text, mention.end) not in tagger.counted_back:
                continue
            dated = sentence.dated_after(mention.end)
            if dated is None or weekday is None:
                continue
            past, end = dated
            day = past + dt.timedelta(days=((weekday - past.isoweekday() - 1) % 7) + 1 + 7 * (count - 1))
            found = sentence.told(day, dct, mention.start, after=end)
            told += [found] if found else []
    return told


def _after_the_anniversary(
    tagger: TimexTagger, sentences: list[Sentence], text: str, dct: PartialDate, anniversary: dt.date
) -> list[Told]:
    """ "Gisteren, twee dagen na de herdenking" or "Een dag na de tiende verjaardag van ...
    beschuldigde Oekraïne vandaag": a span counted from the anniversary day that the article
    tells, named by a noun of anniversary_nouns; a relative day before or after it names the day."""
    told = []
    for sentence in sentences:
        for span_mention in sentence.mentions:
            span = span_mention.span if span_mention.type == "DURATION" else None
            if span is None or span[1] not in ("D", "W"):
                continue
            words = re.findall(r"\w+", text[span_mention.end : sentence.end].lower())[:ANNIVERSARY_NOUN_REACH]
            if not words or words[0] not in tagger.counted_back or not tagger.anniversary_nouns & set(words):
                continue
            day = plus(anniversary, *span) or anniversary
            found = sentence.told(day, dct, span_mention.start, alone=True, after=span_mention.end)
            told += [found] if found else []
    return told


def _later_than_told(
    tagger: TimexTagger, sentences: list[Sentence], dct: PartialDate, told: list[Told]
) -> list[Told]:
    """ "Maandag, drie maanden na de staatsgreep van 28 juni, ... Vandaag, twee dagen later,
    ...": a span "later" than the day the last sentence before told, with a relative day
    beside it, fixes the publication day."""
    found = []
    for sentence in sentences:
        before = [t for t in told if 0 <= t.at < sentence.start]
        if not before:
            continue
        anchor = max(before, key=lambda t: t.at).day
        relative = next((r for m in sentence.mentions if (r := tagger.relative_day(m)) is not None), None)
        later = next((m.span for m in sentence.mentions if m.rule in tagger.later_rules and m.span), None)
        if relative is None or later is None or later[1] not in ("D", "W"):
            continue
        day = plus(anchor, *later)
        publication = day - dt.timedelta(days=relative) if day else None
        if day and publication and dct.contains(PartialDate.from_date(publication)):
            found.append(Told(day, publication, sentence.start))
    return found


def _beside_full_dates(
    tagger: TimexTagger, mentions: list[TimexMention], text: str, dct: PartialDate
) -> list[Told]:
    """ "vandaag, maandag 10 januari", "yesterday, January 9": the full date names the
    relative day, which fixes the publication day."""
    told = []
    for first, second in zip(mentions, mentions[1:], strict=False):
        gap = text[first.end : second.start]
        linked = _BESIDE_LINKED.fullmatch(gap)
        if not _BESIDE.fullmatch(gap) and not (linked and linked.group(1).lower() in tagger.beside_links):
            continue
        for relative, dated in ((first, second), (second, first)):
            offset, day = tagger.relative_day(relative), full_day(dated)
            if offset is not None and day is not None:
                publication = day - dt.timedelta(days=offset)
                if dct.contains(PartialDate.from_date(publication)):
                    told.append(Told(day, publication, first.start))
    return told


def infer_dct(
    tagger: TimexTagger, text: str, dct: PartialDate | None, mentions: list[TimexMention] | None = None
) -> PartialDate | None:
    """A day-precision DCT inferred from the text, or None when nothing narrows it.

    ``mentions`` are the text's expressions tagged against ``dct``, if already known.
    """
    return infer_publication_day(tagger, text, dct, mentions)[0]


def infer_publication_day(
    tagger: TimexTagger, text: str, dct: PartialDate | None, mentions: list[TimexMention] | None = None
) -> tuple[PartialDate | None, bool]:
    """The day :func:`infer_dct` infers, and whether the text says it outright ("vandaag,
    maandag 10 januari", "Gisteren was het een week geleden dat ..."): such a day is the day
    of publication, not only the latest day the article tells of."""
    if dct is None or dct.precision == DAY:
        return None, False
    mentions = tagger.find(text, dct) if mentions is None else mentions
    sentences = sentences_of(tagger, mentions, text)
    told = (
        _spans_told(tagger, sentences, text, dct, mentions)
        + _event_spans_told(tagger, sentences, text, dct)
        + _anniversaries_told(tagger, sentences, text, dct)
        + _years_since_told(tagger, sentences, text, dct)
        + _beside_full_dates(tagger, mentions, text, dct)
        + _day_counts_told(tagger, sentences, text, dct)
        + _weekdays_after_told(tagger, sentences, text, dct)
        + _halfways_told(tagger, sentences, text, dct)
        + _records_told(tagger, sentences, text, dct, mentions)
        + _expiries_told(tagger, sentences, text, dct)
        + _weekdays_of_week_told(tagger, sentences, text, dct)
        + _feasts_told(tagger, sentences, text, dct)
        + _across_date_line_told(tagger, sentences, text, dct)
        + reckoned_told(tagger, sentences, text, dct)
    )
    if told:
        told += _after_the_anniversary(tagger, sentences, text, dct, max(t.day for t in told))
        told += _later_than_told(tagger, sentences, dct, told)
    fixed = [t.publication for t in told if t.publication is not None]
    if fixed:
        return PartialDate.from_date(max(fixed)), True
    explicit = [d for m in mentions if (d := full_day(m)) and dct.contains(PartialDate.from_date(d))]
    anchors = explicit + [t.day for t in told]
    if not anchors:
        return None, False
    anchor = max(anchors)
    latest = anchor
    for mention in mentions:
        weekday = weekday_of(mention)
        if weekday is None:
            continue
        ahead = (weekday - anchor.isoweekday()) % 7
        if ahead <= MAX_DAYS_AFTER_ANCHOR:
            latest = max(latest, anchor + dt.timedelta(days=ahead))
    if not dct.contains(PartialDate.from_date(latest)):
        latest = anchor
    return PartialDate.from_date(latest), False
