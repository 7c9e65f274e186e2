"""Narrow a month- or year-precision publication date (DCT) to a day, from the text.

Two kinds of evidence, both general:

- **Explicit full dates** inside the DCT's span ("op 4 januari" in an article of
  January 2022): the article was written on or after the latest of them.
- **Anniversary anchors**: a sentence that puts a weekday N years after a dated event
  ("Maandag was het twee jaar geleden dat ...", with "op 3 januari 2020" elsewhere in
  the article). If that date plus N years falls on that weekday inside the DCT's span,
  the weekday is that day.
- **Counted anchors**: a span counted from a dated event ("De aanval kwam twaalf dagen
  nadat ... op 3 januari", "twelve days after the bombing of 14 February"): that date
  plus the span, inside the DCT's span, is a day the article tells of.

From the latest such day (the anchor), weekdays that the article mentions and that
fall at most three days after it move the DCT forward: news reports the last few days,
so "Maandag" = 3 January and "dinsdag" make the article one of Tuesday 4 January.
When nothing narrows it, there is no inferred DCT: weekdays then stay underspecified.
"""

from __future__ import annotations

import datetime as dt
import re

from kroniek.dates import DAY, PartialDate
from kroniek.temporal.engine import TimexMention, TimexTagger, word_after

MAX_DAYS_AFTER_ANCHOR = 3
_DAYS_OR_WEEKS = re.compile(r"^P(\d+)([DW])$")


def _counted_days(
    mentions: list[TimexMention], dct: PartialDate, text: str, words: frozenset[str]
) -> list[dt.date]:
    """Days fixed by "N days after <an event> of/on <a full date>" in one sentence."""
    days = []
    for span in mentions:
        amount = _DAYS_OR_WEEKS.match(span.value) if span.type == "DURATION" else None
        if amount is None or word_after(text, span.end) not in words:
            continue
        sentence_end = text.find(".", span.end)
        sentence_end = len(text) if sentence_end < 0 else sentence_end
        dated = [
            m.date
            for m in mentions
            if span.end <= m.start < sentence_end and m.resolved and m.date and m.date.precision == DAY
        ]
        if not dated:
            continue
        assert dated[0] is not None
        unit_days = 7 if amount.group(2) == "W" else 1
        candidate = dated[0].first_day() + dt.timedelta(days=int(amount.group(1)) * unit_days)
        if dct.contains(PartialDate.from_date(candidate)):
            days.append(candidate)
    return days


def _weekday_of(mention: TimexMention) -> int | None:
    value = mention.value
    if value.startswith("XXXX-WXX-") and value[9:10].isdigit():
        return int(value[9])
    return None


def _years_back(mention: TimexMention, text: str, words: frozenset[str]) -> int | None:
    """How many years an anniversary span counts: "twee jaar geleden" (an 'ago' year) or
    "four years since/after" (a span of years counted from an event)."""
    if mention.span is None or mention.span[1] != "Y":
        return None
    if mention.rule == "ago" or (mention.type == "DURATION" and word_after(text, mention.end) in words):
        return mention.span[0]
    return None


def _anniversary_days(
    mentions: list[TimexMention], dct: PartialDate, text: str, words: frozenset[str] = frozenset()
) -> list[dt.date]:
    """Days fixed by "<weekday> ... N years ago" ("Monday marked four years since ...") and
    a full date N years before the DCT."""
    full_dates = [m.date for m in mentions if m.resolved and m.date and m.date.precision == DAY]
    days = []
    for weekday_mention in mentions:
        weekday = _weekday_of(weekday_mention)
        if weekday is None:
            continue
        sentence_end = text.find(".", weekday_mention.end)
        sentence_end = len(text) if sentence_end < 0 else sentence_end
        for ago in mentions:
            same_sentence = weekday_mention.end <= ago.start < sentence_end
            years = _years_back(ago, text, words) if same_sentence else None
            if not years:
                continue
            for past in full_dates:
                assert past is not None
                if past.year != dct.year - years:
                    continue
                try:
                    candidate = past.first_day().replace(year=past.year + years)
                except ValueError:  # 29 February
                    continue
                if candidate.isoweekday() == weekday and dct.contains(PartialDate.from_date(candidate)):
                    days.append(candidate)
    return days


def infer_dct(
    tagger: TimexTagger, text: str, dct: PartialDate | None, mentions: list[TimexMention] | None = None
) -> PartialDate | None:
    """A day-precision DCT inferred from the text, or None when nothing narrows it.

    ``mentions`` are the text's expressions tagged against ``dct``, if already known.
    """
    if dct is None or dct.precision == DAY:
        return None
    mentions = tagger.find(text, dct) if mentions is None else mentions
    explicit = [
        m.date.first_day()
        for m in mentions
        if m.resolved and m.date and m.date.precision == DAY and dct.contains(m.date)
    ]
    counted = _counted_days(mentions, dct, text, tagger.counted_back)
    anchors = explicit + _anniversary_days(mentions, dct, text, tagger.counted_back) + counted
    if not anchors:
        return None
    anchor = max(anchors)
    latest = anchor
    for mention in mentions:
        weekday = _weekday_of(mention)
        if weekday is None:
            continue
        ahead = (weekday - anchor.isoweekday()) % 7
        if ahead <= MAX_DAYS_AFTER_ANCHOR:
            latest = max(latest, anchor + dt.timedelta(days=ahead))
    if not dct.contains(PartialDate.from_date(latest)):
        latest = anchor
    return PartialDate.from_date(latest)
