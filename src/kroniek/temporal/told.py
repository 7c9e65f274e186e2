"""The days a sentence tells, as the publication-day anchors (:mod:`kroniek.temporal.dct`)
read them: a sentence's expressions, the full dates among them, and whether a relative day or
a weekday beside an anchor names the publication day."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kroniek.dates import DAY, YEAR, PartialDate
from kroniek.pipeline.sentences import sentence_starts
from kroniek.temporal.engine import TimexMention, TimexTagger

ANNIVERSARY_REACH = 100  # characters from "verjaardag van" to the old event's full date


@dataclass(frozen=True)
class Told:
    """A day the text tells of, and the publication day where a relative day fixes it."""

    day: dt.date
    publication: dt.date | None = None
    at: int = -1  # where the sentence that tells it starts


def full_day(mention: TimexMention) -> dt.date | None:
    date = mention.date
    return date.first_day() if mention.resolved and date is not None and date.precision == DAY else None


def year_start(mention: TimexMention) -> dt.date | None:
    """The first day of a year told alone ("het jaar 2000"), which a count of days before
    it reaches ("precies duizend dagen voor het jaar 2000")."""
    date = mention.date
    return date.first_day() if mention.resolved and date is not None and date.precision == YEAR else None


def weekday_of(mention: TimexMention) -> int | None:
    value = mention.value
    if value.startswith("XXXX-WXX-") and value[9:10].isdigit():
        return int(value[9])
    return None


def plus(day: dt.date, count: int, unit: str) -> dt.date | None:
    """``day`` moved ``count`` days, weeks, months or years later, to the same day of the
    month (None where that day does not exist: 29 February, 31 April)."""
    if unit in ("D", "W"):
        return day + dt.timedelta(days=count * (7 if unit == "W" else 1))
    months = day.month - 1 + count * (12 if unit == "Y" else 1)
    try:
        return day.replace(year=day.year + months // 12, month=months % 12 + 1)
    except ValueError:
        return None


class Sentence:
    """The expressions of one sentence, which say the day it is told on."""

    def __init__(self, tagger: TimexTagger, mentions: list[TimexMention], start: int, end: int):
        self.tagger, self.start, self.end = tagger, start, end
        self.mentions = [m for m in mentions if start <= m.start < end]

    def dated_after(self, position: int) -> tuple[dt.date, int] | None:
        """The first full date within ANNIVERSARY_REACH after ``position`` ("de vijfde
        verjaardag van de revolutie van 26 september 1962"), and where it ends."""
        for mention in self.mentions:
            day = full_day(mention) if position <= mention.start <= position + ANNIVERSARY_REACH else None
            if day is not None:
                return day, mention.end
        return None

    def told(
        self, day: dt.date, dct: PartialDate, before: int, alone: bool = False, after: int | None = None
    ) -> Told | None:
        """``day``, which the sentence reaches from a dated event, as it bears on the DCT: a
        relative day before ``before`` (where the dated event is told) or from ``after`` (the
        clause after it: "Precies vijf jaar nadat ... op 23 mei 2017 ..., herdachten vandaag")
        fixes the publication day ("Gisteren was het een week geleden dat ..."); a weekday
        there must fall on it; with neither, it counts only where ``alone`` allows ("twaalf
        dagen na ...")."""
        said = [m for m in self.mentions if m.start < before or (after is not None and m.start >= after)]
        relative = next((r for m in said if (r := self.tagger.relative_day(m)) is not None), None)
        weekday = next((w for m in said if (w := weekday_of(m)) is not None), None)
        if relative is not None:
            publication = day - dt.timedelta(days=relative)
            fits = dct.contains(PartialDate.from_date(publication))
            return Told(day, publication, self.start) if fits else None
        if not dct.contains(PartialDate.from_date(day)):
            return None
        if weekday is not None:
            return Told(day, at=self.start) if day.isoweekday() == weekday else None
        return Told(day, at=self.start) if alone else None


def sentences_of(tagger: TimexTagger, mentions: list[TimexMention], text: str) -> list[Sentence]:
    starts = sentence_starts(text, tagger.lang)
    return [Sentence(tagger, mentions, a, b) for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]
