"""A HeidelTime-style rule engine: per-language resource files, one engine.

Each language ships ``resources/<lang>/timex.json``: vocabularies (month names,
weekdays, units ...), tense cues, and ordered rules whose regexes name what they
capture (``year``, ``month``, ``weekday``, ``num``, ``unit`` ...). ``%NAME`` in a
pattern stands for the alternation of vocabulary NAME (``%NUMBER``: any count). A rule
may name a cheap ``requires`` pattern that every match contains (it then runs only near
it) and a ``not_after`` pattern for text right before a match that vetoes it ("Euro 2000");
its other keys are options for normalisation. The ``modifiers`` give TIMEX3's mod ("eind
vorig jaar": END). The engine finds matches, keeps the longest of overlapping ones, and
:mod:`kroniek.temporal.normalise` turns the captured groups into TIMEX3 values
relative to the publication date (DCT) and the tense of the sentence.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from kroniek.dates import DAY, MONTH, WEEK, YEAR, PartialDate
from kroniek.numbers import number_pattern, parse_number
from kroniek.pipeline.sentences import sentence_starts
from kroniek.resources import load_json
from kroniek.temporal.calendars import persian_to_gregorian, roman_numeral
from kroniek.temporal.normalise import WEEKDAY_CODES, Captured, at_unit, normalise, shift_date
from kroniek.wordtrie import fold_word_groups, word_alternation

# Captured group → (vocabulary, attribute of Captured) for the plain look-ups.
_LOOKUPS = {
    "weekday": ("WEEKDAY", "weekday"),
    "part": ("DAYPART", "part"),
    "relday": ("RELDAY", "relday"),
    "unit": ("UNIT", "unit"),
    "relunit": ("RELUNIT", "unit"),
    "ref": ("REF", "ref"),
    "season": ("SEASON", "season"),
    "ordinal": ("ORDINAL", "quarter"),
    "feast": ("FEAST", "feast"),
    "setword": ("SETWORD", "set_value"),
}
_EXTRA_SHIFTS = {"latest": -1, "recent": -1, "current": 0}


@dataclass(frozen=True)
class TimexMention:
    """A temporal expression found in a text, with its TIMEX3 type and value.

    ``date`` is the calendar span the value denotes where one is known (for an
    unresolvable weekday it is the DCT's span), and ``resolved`` says whether the value
    is fully specified, so that two mentions can be compared.
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    date: PartialDate | None
    resolved: bool
    rule: str
    offset: tuple[int, str] | None = None  # "vier jaar later": (4, "Y"), counted from an earlier date
    # A bare weekday ("dinsdag", "Tuesday night") whose week a tense cue chose: it may be wrong.
    by_tense: bool = False
    mod: str = ""  # TIMEX3's mod: "START" ("begin 1999"), "MID" ("medio mei") or "END" ("eind vorig jaar")
    # The exact amount a rule counted ("twee jaar geleden", "four years"): (2, "Y"); None if vague.
    span: tuple[int, str] | None = None


# Vocabularies that never make a match on their own: they cannot anchor a rule.
_NOT_ANCHORS = {"NUMBER", "VAGUE", "SHIFT", "FRACTION", "ORDINAL", "DAYORDINAL", "DAYPART", "AMPM", "CENTURY"}
_WINDOW_BEFORE, _WINDOW_AFTER = 60, 40
# Rule keys whose value is a named day (a feast is one too).
_NAMED_DAY_KEYS = ("julian", "workday_of_month", "calendar", "named_day")
_RULE_KEYS = {"name", "type", "pattern", "requires", "not_after"}  # the rest of a rule is its extra
_LAST_WORD = re.compile(r"([^\W\d]+)\.$")
_CALENDAR_TIME = re.compile(r"[\dX]{4}\S*T")


@dataclass(frozen=True)
class _Rule:
    name: str
    type: str
    regex: re.Pattern[str]
    extra: dict[str, Any]
    anchors: frozenset[str]  # vocabularies of which a match must contain a word
    fast: re.Pattern[str]  # the same pattern without IGNORECASE, for lower-cased text
    requires: re.Pattern[str] | None = None  # a cheap pattern every match contains ("\\d")
    not_after: re.Pattern[str] | None = None  # text right before a match that vetoes it ("Euro 2000")
    requires_fast: re.Pattern[str] | None = None  # ``requires`` without IGNORECASE, for lower-cased text
    # Rules that look near the same words share their windows: the anchors, else "requires".
    window_key: frozenset[str] | None = None


class TimexTagger:
    """Finds and normalises temporal expressions of one language."""

    def __init__(self, lang: str, config: dict[str, Any]):
        self.lang = lang
        self.vocabulary: dict[str, dict[str, Any]] = {
            name: {k.lower(): v for k, v in words.items()} for name, words in config["vocabulary"].items()
        }
        self.numeric_order: str = config.get("numeric_date_order", "dmy")
        self.capitalized: list[str] = config.get("capitalized_groups", [])
        # Dutch writes weekdays and months in lower case: "Zondag" mid-sentence is a name.
        self.lowercase: list[str] = config.get("lowercase_groups", [])
        # Without a tense cue, is "Donderdag" the coming Thursday (nl) or the last (en)?
        self.weekday_default_tense: str = config.get("weekday_default_tense", "past")
        self.past_yesterday = frozenset(config.get("shifts_past_yesterday", []))  # "last Monday"
        # "de afgelopen maanden": a plural unit without a number is a vague amount (PXM).
        self.plural_units = {u.lower() for u in config.get("plural_units", [])}
        # TIMEX3 writes a part of the day as "2022-01-04TMO"; a language may leave it out.
        self.daypart_suffix: bool = config.get("daypart_suffix", True)
        # A month's longest name is written out: "juli." ends a sentence, "jul." is short.
        longest: dict[Any, str] = {}
        for word, number in self.vocabulary.get("MONTH", {}).items():
            if len(word) > len(longest.get(number, "")):
                longest[number] = word
        self._full_months = frozenset(longest.values())
        # "begin", "eind", "late": where in its period a date lies (TIMEX3's mod).
        modifiers = {w.lower(): m for w, m in config.get("modifiers", {}).items()}
        self.modifiers = modifiers
        alternation = word_alternation(modifiers)
        self._mod_first = re.compile(alternation + r"\b", re.IGNORECASE) if modifiers else None
        self._mod_before = re.compile(rf"\b{alternation}\s+$", re.IGNORECASE) if modifiers else None
        tense = config.get("tense", {})
        self.clause_breaks = clause_breaks(tense.get("clause_breaks", []))
        self.future_cues = _union(tense.get("future", []))
        self.past_cues = _union(tense.get("past", []))
        # In a sentence about quarterly results, "a year ago" means that quarter a year ago.
        context = config.get("quarter_context")
        self.quarter_context = re.compile(context, re.IGNORECASE) if context else None
        # In an article about quarterly results, a sentence of figures compares quarters too.
        figures = config.get("quarter_figures")
        self.quarter_figures = re.compile(figures, re.IGNORECASE) if figures else None
        self._anchor_vocabularies: dict[str, list[str]] = {}
        # "twaalf dagen nadat ...", "a day after ...": after these a span counts from an event
        # (read by the DCT inference here and by the event linker).
        self.counted_back = frozenset(w.lower() for w in config.get("counted_back", []))
        # "drie dagen voor de verkiezingen van 24 april": a span counted back from a dated event.
        self.counted_ahead = frozenset(w.lower() for w in config.get("counted_ahead", []))
        # "twee dagen na de begrafenis": nouns of an event and the forms its report uses ("begraven").
        self.event_noun_forms = {k.lower(): tuple(v) for k, v in config.get("event_noun_forms", {}).items()}
        # "fifty years to the day after ...": words between a span and the word that counts it.
        self.to_the_day = frozenset(w.lower() for w in config.get("to_the_day", []))
        # "Vandaag, twee dagen later": rules of spans counted later than a day told before.
        self.later_rules = frozenset(config.get("later_rules", []))
        # "op de eerste verjaardag van ... 1 maart 2008", "the fifth anniversary of ...": an
        # anniversary named by its ordinal (read by the DCT inference here and by the event linker).
        anniversary = config.get("anniversary_of")
        self.anniversary_of = re.compile(anniversary, re.IGNORECASE) if anniversary else None
        # "Op de vijfde verjaardag van ...": the sentence's own day is the anniversary.
        anniversary_on = config.get("anniversary_on")
        self.anniversary_on = re.compile(anniversary_on, re.IGNORECASE) if anniversary_on else None
        # "Aan de vooravond van de vijfde verjaardag van ...": the day before the anniversary.
        eve = config.get("anniversary_eve")
        self.anniversary_eve = re.compile(eve, re.IGNORECASE) if eve else None
        # "Vandaag, op de dertiende dag van de crisis die op 5 oktober begon": day N counted from a date.
        day_count = config.get("day_count_of")
        self.day_count_of = re.compile(day_count, re.IGNORECASE) if day_count else None
        # "Vandaag verstrijkt het ultimatum van 72 uur dat ... op 10 mei ... stelden": a span set
        # on a date runs out on the day the sentence tells.
        runs_out = config.get("span_runs_out")
        self.span_runs_out = re.compile(runs_out, re.IGNORECASE) if runs_out else None
        # "Vandaag, zaterdag, aan het eind van de week waarin op dinsdag 23 maart ...": that
        # weekday of the dated event's week.
        week_of = config.get("week_of")
        self.week_of = re.compile(week_of, re.IGNORECASE) if week_of else None
        # "één dag langer premier dan ..., die van ... tot en met ... regeerde" (DCT inference)
        longer = config.get("longer_than")
        self.longer_than = re.compile(longer, re.IGNORECASE) if longer else None
        self.started_words = tuple(w.lower() for w in config.get("started_words", []))
        # Patterns and words of publication days reckoned by arithmetic (kroniek.temporal.reckoned).
        self.reckonings: dict[str, Any] = config.get("reckonings", {})
        halfway = config.get("halfway_between")
        self.halfway_between = re.compile(halfway, re.IGNORECASE) if halfway else None
        # "Vandaag, op tweede paasdag": words that may stand between a relative day and its date.
        self.beside_links = frozenset(w.lower() for w in config.get("beside_links", []))
        # "Mongolië opende vandaag zijn Naadamfeest": a feast told with a relative day is that
        # day, unless one of these words stands between ("Vandaag, twee dagen na Kerstmis").
        self.feast_apart = frozenset(w.lower() for w in config.get("feast_apart", []))
        # "een tekst die het Vaticaan vandaag dateerde als die XVII mensis Maii": a dating verb
        # makes the written day the relative day, whatever apart word stands beside it.
        self.feast_dated = frozenset(w.lower() for w in config.get("feast_dated", []))
        # "vandaag, toen het aan de andere kant van de datumgrens al vrijdag 23 juli was": a
        # date across the date line, a day ahead ("al", -1) or behind ("nog", +1) of the place told.
        self.date_line_words = tuple(w.lower() for w in config.get("date_line_words", []))
        self.date_line_sides: dict[str, int] = {
            w.lower(): int(n) for w, n in config.get("date_line_sides", {}).items()
        }
        # "On March 18 ...": words that may stand before a date that opens a sentence.
        self.opening_prepositions = frozenset(w.lower() for w in config.get("opening_prepositions", []))
        # "vijf werkdagen nadat ...": units that count working days, Monday to Friday.
        self.working_day_units = frozenset(w.lower() for w in config.get("working_day_units", []))
        self.ordinals: dict[str, int] = {
            w.lower(): n
            for w, n in {
                **config["vocabulary"].get("ORDINAL", {}),
                **config.get("anniversary_ordinals", {}),
            }.items()
        }
        # "zestig jaar onafhankelijkheid (... sinds 11 augustus 1960)": the word before a full
        # date that a count of years told before in the sentence counts from (DCT inference).
        self.counted_since = frozenset(w.lower() for w in config.get("counted_since", []))
        # "twee dagen na de herdenking": nouns that name the anniversary day told before.
        self.anniversary_nouns = frozenset(w.lower() for w in config.get("anniversary_nouns", []))
        # Nights between two days ("de nacht van zaterdag op zondag"): what follows counts from the second.
        self.nights = frozenset(config.get("next_day_rules", []))
        self.night_mornings = frozenset(w.lower() for w in config.get("night_mornings", []))
        # "Later die vrijdag", "later that Friday": the Friday told before, not last week's.
        told = config.get("told_weekday_before")
        self.told_weekday_before = re.compile(rf"(?:{told})$", re.IGNORECASE) if told else None
        for name, words in self.vocabulary.items():
            if name not in _NOT_ANCHORS:
                for word in words:
                    self._anchor_vocabularies.setdefault(word, []).append(name)
        self._anchor_regex = re.compile(
            r"(?<!\w)" + word_alternation(self._anchor_vocabularies), re.IGNORECASE
        )
        self._fast_anchor_regex = re.compile(self._anchor_regex.pattern)
        self.rules = [self._compile(rule) for rule in config["rules"]]
        self._clock_rules = frozenset(r.name for r in self.rules if r.extra.get("day_from_sentence"))
        # Rules whose value is a named day, as a feast is ("Naadamfeest", "25 december volgens de
        # juliaanse kalender", "28 Esfand 1389"): told beside "vandaag", they fix the DCT's day.
        self.feast_rules = frozenset(
            r.name for r in self.rules if "FEAST" in r.anchors or any(r.extra.get(k) for k in _NAMED_DAY_KEYS)
        )

    def _compile(self, rule: dict[str, Any]) -> _Rule:
        def expand(match: re.Match[str]) -> str:
            name = match.group(1)
            if name == "NUMBER":
                return number_pattern(self.lang)
            return word_alternation(self.vocabulary[name])

        expanded = re.sub(r"%([A-Z]+)", expand, rule["pattern"])
        extra = {k: v for k, v in rule.items() if k not in _RULE_KEYS}
        not_after = re.sub(r"%([A-Z]+)", expand, rule["not_after"]) + r"$" if rule.get("not_after") else None
        anchors = frozenset(re.findall(r"%([A-Z]+)", rule["pattern"])) - _NOT_ANCHORS
        return _Rule(
            rule["name"],
            rule["type"],
            re.compile(expanded, re.IGNORECASE),
            extra,
            anchors,
            re.compile(expanded),
            re.compile(rule["requires"], re.IGNORECASE) if rule.get("requires") else None,
            re.compile(not_after) if not_after else None,
            re.compile(rule["requires"]) if rule.get("requires") else None,
            anchors or (frozenset({"requires:" + rule["requires"]}) if rule.get("requires") else None),
        )

    def _anchor_spans(self, text: str, fast: bool) -> dict[str, list[tuple[int, int]]]:
        """Where the words of each anchor vocabulary occur, found in one pass."""
        spans: dict[str, list[tuple[int, int]]] = {}
        vocabularies = self._anchor_vocabularies
        for found in (self._fast_anchor_regex if fast else self._anchor_regex).finditer(text):
            word = found.group(0).lower()
            if word not in vocabularies:
                word = " ".join(word.split())
            for name in vocabularies.get(word, ()):
                spans.setdefault(name, []).append(found.span())
        return spans

    @staticmethod
    def _windows(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Stretches of text around anchor words, merged."""
        merged: list[tuple[int, int]] = []
        for start, end in sorted(spans):
            lo, hi = max(0, start - _WINDOW_BEFORE), min(len(text), end + _WINDOW_AFTER)
            if merged and lo <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
            else:
                merged.append((lo, hi))
        return merged

    def _matches(
        self,
        rule: _Rule,
        text: str,
        anchor_spans: dict[str, list[tuple[int, int]]],
        windows: dict[frozenset[str], list[tuple[int, int]]],
        fast: bool,
    ) -> list[re.Match[str]]:
        """A rule's matches; a rule with anchors only looks near its anchor words (speed).

        A rule without vocabulary anchors can name what every match contains (a digit,
        "kwartaal"): it then runs only near those, like an anchored rule.
        """
        regex = rule.fast if fast else rule.regex
        key = rule.window_key
        if key is None:
            return list(regex.finditer(text))
        near = windows.get(key)
        if near is None:
            if rule.anchors:
                spans = [span for name in rule.anchors for span in anchor_spans.get(name, ())]
            else:
                requires = rule.requires_fast if fast else rule.requires
                assert requires is not None
                present = requires.search(text) is not None  # most texts lack a rare cue
                spans = [m.span() for m in requires.finditer(text)] if present else []
            near = windows[key] = self._windows(text, spans)
        found: list[re.Match[str]] = []
        for lo, hi in near:
            found.extend(regex.finditer(text, lo, hi))
        return found

    def tense_of(self, sentence: str) -> str | None:
        """ "future" if the sentence has a future cue, else "past" if it has a past one."""
        if self.future_cues and self.future_cues.search(sentence):
            return "future"
        if self.past_cues and self.past_cues.search(sentence):
            return "past"
        return None

    def find(
        self, text: str, dct: PartialDate | None, published: PartialDate | None = None
    ) -> list[TimexMention]:
        """All temporal expressions in ``text``, normalised relative to ``dct``. ``published``
        is the month or year of publication where ``dct`` is a day inferred from the text
        (:mod:`kroniek.temporal.dct`), not published."""
        candidates: list[tuple[int, int, int, _Rule, re.Match[str]]] = []
        windows: dict[frozenset[str], list[tuple[int, int]]] = {}
        # Matching lower-cased text without IGNORECASE is much faster; offsets stay the same
        # unless lower-casing changes the length (a few rare characters), then match as is.
        haystack = text.lower()
        fast = len(haystack) == len(text)
        haystack = haystack if fast else text
        anchor_spans = self._anchor_spans(haystack, fast)
        for order, rule in enumerate(self.rules):
            for match in self._matches(rule, haystack, anchor_spans, windows, fast):
                if match.end() > match.start():
                    candidates.append((match.start(), match.end(), order, rule, match))
        # Longest first, then the earlier rule; drop anything overlapping a kept match.
        candidates.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
        context = _Context(self, text)
        taken: list[tuple[int, int]] = []
        mentions: list[TimexMention] = []
        for start, end, _, rule, match in candidates:
            if any(start < e and s < end for s, e in taken):
                continue
            if rule.extra.get("range"):
                found = self._range(rule, match, text, dct, context)
            else:
                mention = self._normalise(rule, match, text, dct, context)
                found = [mention] if mention else []
            if found:
                taken.append((start, end))
                mentions.extend(found)
        mentions.sort(key=lambda m: m.start)
        if published is not None:
            mentions = _within_publication(mentions, published)
        # Under a day inferred from the text, a clock time with no day of its own ("die avond om
        # tien uur") is no day to count from: its day is a guess until _clock_days reads its sentence.
        guessed = self._clock_rules if published is not None else frozenset()
        mentions = _after_previous(mentions, self.nights, self.night_mornings, guessed)
        mentions = self._told_weekdays(text, mentions)
        # A day of publication says which week is meant; a day inferred from the latest date
        # told does not: "on Sunday, December 1, ... the Sunday service" in a report of the 24th.
        if dct is None or dct.precision != DAY or published is not None:
            same = _same_weekday_as_told(mentions)
            # "Two days later" after "the Sunday service" counts from the Sunday told.
            mentions = (
                _after_previous(same, self.nights, self.night_mornings, guessed)
                if same != mentions
                else mentions
            )
        return self._clock_days(mentions, context)

    def _told_weekdays(self, text: str, mentions: list[TimexMention]) -> list[TimexMention]:
        """A weekday that a demonstrative names ("Later die vrijdag", "later that Friday") is
        the nearest day told before that fell on it, whatever the publication date: the
        second day of a night between two days counts ("de nacht van donderdag 12 op
        vrijdag 13 mei ... Later die vrijdag"). With no such day told, the tense decides."""
        if self.told_weekday_before is None:
            return mentions
        result: list[TimexMention] = []
        told: list[tuple[dt.date, TimexMention]] = []  # days told, not by a bare weekday
        for mention in mentions:
            weekday = _weekday_of(mention) if mention.by_tense else None
            before = text[max(0, mention.start - 40) : mention.start]
            if weekday is not None and self.told_weekday_before.search(before):
                found = next(((d, m) for d, m in reversed(told) if d.weekday() == weekday[0]), None)
                if found is not None:
                    date = PartialDate.parse(found[0].isoformat())
                    mention = replace(
                        mention, value=date.iso() + weekday[1], date=date, resolved=found[1].resolved
                    )
            elif (
                mention.resolved
                and mention.date is not None
                and mention.date.precision == DAY
                and not mention.by_tense
            ):
                first = mention.date.first_day()
                told.append((first, mention))
                if mention.rule in self.nights:
                    told.append((first + dt.timedelta(days=1), mention))
            result.append(mention)
        return result

    def _clock_days(self, mentions: list[TimexMention], context: _Context) -> list[TimexMention]:
        """A clock time takes the day named in its sentence: "morgen ... om 20.00 uur";
        beside a recurring one ("elke werkdag van 09.00 tot 15.00 uur") it is any day's."""
        rules = self._clock_rules
        result = []
        for mention in mentions:
            if mention.rule in rules and "T" in mention.value:
                bounds = context.bounds
                index = bisect.bisect_right(bounds, mention.start) - 1
                lo = bounds[index] if index >= 0 else 0
                hi = bounds[index + 1] if index + 1 < len(bounds) else 1 << 60
                if any(m.type == "SET" and lo <= m.start < hi for m in mentions):
                    value = "XXXX-XX-XX" + mention.value[mention.value.index("T") :]
                    result.append(replace(mention, value=value, date=None, resolved=False))
                    continue
                days = [
                    m
                    for m in mentions
                    if lo <= m.start < hi
                    and m.resolved
                    and m.date
                    and m.date.precision == 1
                    and m.rule not in rules  # another clock time has no day of its own
                ]
                if days:
                    day = min(days, key=lambda m: abs(m.start - mention.start))
                    assert day.date is not None
                    value = day.date.iso() + mention.value[mention.value.index("T") :]
                    mention = replace(mention, value=value, date=day.date, resolved=True)
            result.append(mention)
        return result

    def relative_day(self, mention: TimexMention) -> int | None:
        """The days from publication that "gisteren", "today" or "the day before yesterday"
        counts, or None for any other expression."""
        if mention.rule != "relative_day":
            return None
        found = self.vocabulary.get("RELDAY", {}).get(re.sub(r"\s+", " ", mention.text.lower()))
        return int(found) if found is not None else None

    def _word(self, vocabulary: str, text: str) -> Any:
        key = re.sub(r"\s+", " ", text.lower())
        words = self.vocabulary[vocabulary]
        return words[key] if key in words else words[key.rstrip(".")]

    def _capture(self, rule: _Rule, groups: dict[str, str], tense: str | None) -> Captured | None:
        c = Captured(rule=rule.name, type=rule.type, extra=dict(rule.extra), tense=tense)
        for group, (vocabulary, attribute) in _LOOKUPS.items():
            if group in groups:
                setattr(c, attribute, self._word(vocabulary, groups[group]))
        if "year" in groups:
            c.year = int(groups["year"])
        if "year_hi" in groups and "year_lo" in groups:  # "nineteen ninety-six"
            high, low = parse_number(groups["year_hi"], self.lang), parse_number(groups["year_lo"], self.lang)
            if high is None or low is None:
                return None
            c.year = high * 100 + low
        if "year_words" in groups:  # "the year two thousand"
            c.year = int(self._word("YEARWORDS", groups["year_words"]))
        if "yy" in groups:  # "'96", "'05": a year of the last century up to its 30s, else this one's
            yy = int(groups["yy"])
            c.year = (2000 if yy <= SHORT_YEAR_PIVOT else 1900) + yy
        if "month" in groups:
            month = groups["month"].lower().rstrip(".")
            c.month = int(month) if month.isdigit() else self.vocabulary["MONTH"][month]
        if "day" in groups:
            c.day = int(groups["day"])
        if "dayword" in groups:  # "woensdag de achttiende"
            c.day = int(self._word("DAYORDINAL", groups["dayword"]))
        if "a" in groups and "b" in groups:
            first, second = int(groups["a"]), int(groups["b"])
            c.day, c.month = (first, second) if self.numeric_order == "dmy" else (second, first)
        if "relpart" in groups:
            c.relday, c.part = self._word("RELPART", groups["relpart"])
        if "num" in groups:
            c.num = parse_number(groups["num"], self.lang)
            if c.num is None:
                return None
        elif isinstance(rule.extra.get("num"), int):  # "the next day": one day, said by the rule
            c.num = rule.extra["num"]
        if c.unit is None and isinstance(rule.extra.get("unit"), str):  # "the next morning": a day on
            c.unit = str(self._word("UNIT", rule.extra["unit"]))
        if "frac" in groups:
            c.frac = float(self._word("FRACTION", groups["frac"]))
        if "decimal" in groups:  # "2,5 jaar", "1.5 years"
            c.frac = float(groups["decimal"].replace(",", "."))
        if "num2" in groups and "unit2" in groups:
            c.second = (parse_number(groups["num2"], self.lang) or 0, self._word("UNIT", groups["unit2"]))
        if groups.get("half") and "unit" in groups:  # "5 1/2 hours", "a minute and a half"
            c.second = _HALF_OF.get(self._word("UNIT", groups["unit"]), c.second)
        if "weekshift" in groups:
            c.week_shift = self.vocabulary["SHIFT"].get(groups["weekshift"].lower(), 0)
        if "century" in groups:
            c.century = int(groups["century"]) - 1
        if "century_word" in groups:  # "de zestiende eeuw"
            c.century = int(self._word("CENTURY", groups["century_word"])) - 1
        if c.weekday is not None and c.tense is None:
            c.tense = self.weekday_default_tense
        vague_words = self.vocabulary.get("VAGUE", {})
        c.vague = "vague" in groups or bool(rule.extra.get("vague_amount"))
        c.vague = c.vague or re.sub(r"\s+", " ", groups.get("num", "").lower()) in vague_words
        counted = "num" in groups or "decimal" in groups
        c.vague = c.vague or (not counted and groups.get("unit", "").lower() in self.plural_units)
        if "shift" in groups:
            shift = re.sub(r"\s+", " ", groups["shift"].lower())
            c.shift = self.vocabulary["SHIFT"].get(shift, _EXTRA_SHIFTS.get(shift, 0))
            c.extra["past_yesterday"] = shift in self.past_yesterday
        if "decade_year" in groups:
            c.decade = int(groups["decade_year"])
        if "decade" in groups:
            c.decade = 190 + int(self._word("DECADE", groups["decade"]))
        if "hour" in groups:
            hour = groups["hour"]
            c.hour = int(hour) if hour.isdigit() else parse_number(hour, self.lang)
            if c.hour is None or c.hour > 24:
                return None
            c.minute = int(groups["minute"]) if "minute" in groups else None
            if "ampm" in groups:
                c.extra["ampm"] = self._word("AMPM", groups["ampm"])
        if not self.daypart_suffix:
            c.part = None
        if rule.extra.get("weekday_of_month") and c.weekday is not None and c.month is not None:
            # "de laatste vrijdag van februari": a day that falls as a holiday does ("02-friL")
            nth = "L" if "last" in groups else str(c.quarter or 1)
            c.feast = f"{c.month:02d}-{WEEKDAY_CODES[c.weekday - 1]}{nth}"
            c.weekday = c.month = c.quarter = None
        if rule.extra.get("julian") and c.month is not None and c.day is not None:
            # "25 december volgens de juliaanse kalender": the Gregorian day, as a feast is
            c.feast = f"J{c.month:02d}-{c.day:02d}"
            c.month = c.day = None
        if rule.extra.get("day_of_period") and not self._day_of_period(c, groups):
            return None
        if rule.extra.get("workday_of_month"):
            # "de laatste doordeweekse dag van de maand": Monday to Friday ("08-wdL"; "00" the DCT's month)
            if groups.get("fromend") and self._word("FROMEND", groups["fromend"]) != 0:
                return None
            which = "L" if groups.get("fromend") else str(c.quarter or 1)
            c.feast, c.month, c.quarter = f"{c.month or 0:02d}-wd{which}", None, None
        if rule.extra.get("calendar") and not self._other_calendar(c, groups, rule.extra["calendar"]):
            return None
        if rule.extra.get("named_day"):  # a day described, not named: "een palindroomdatum" ("00-pal")
            c.feast = rule.extra["named_day"]
            if "{days}" in c.feast:  # "his 100th day in office": day 1 is the start, 99 days on
                count = ordinal_count(groups.get("officeday", ""), self.ordinals)
                if not count:
                    return None
                c.feast = c.feast.replace("{days}", str(count - 1))
        if rule.extra.get("iso_week") and c.weekday is not None:
            # "vrijdag van week 45", "Friday of week 45": a day of the ISO calendar's week ("W45-5")
            week = int(groups["isoweek"])
            if not 1 <= week <= 53:
                return None
            c.feast, c.weekday = f"W{week:02d}-{c.weekday}", None
        return c

    def _other_calendar(self, c: Captured, groups: dict[str, str], calendar: str) -> bool:
        """ "28 Esfand 1389" (Iranian), "die XVII mensis Maii anno MCMLXXXI" (Latin, in Roman
        numerals): the Gregorian day they write. False where the numbers write no day."""
        day = roman_numeral(groups["roman_day"]) if "roman_day" in groups else c.day
        year = roman_numeral(groups["roman_year"]) if "roman_year" in groups else c.year
        month = self._word(calendar.upper() + "MONTH", groups["cal_month"]) if "cal_month" in groups else None
        if day is None or year is None or month is None:
            return False
        try:
            date = (
                persian_to_gregorian(year, month, day) if calendar == "persian" else dt.date(year, month, day)
            )
        except ValueError:
            return False
        c.year, c.month, c.day = date.year, date.month, date.day
        return True

    def _day_of_period(self, c: Captured, groups: dict[str, str]) -> bool:
        """ "de voorlaatste dag van het jaar", "the first day of March", "day 205 of the year",
        "the last day of the first quarter": a day fixed as a holiday is ("12-30", "03-01",
        "01-01+204", "03-E0"), counted from the end with FROMEND. False for a day past the year."""
        back = self._word("FROMEND", groups["fromend"]) if "fromend" in groups else None
        month = c.month
        if "period_quarter" in groups:  # a quarter's first month, or its last counting back
            quarter = int(self._word("ORDINAL", groups["period_quarter"]))
            if not 1 <= quarter <= 4:
                return False
            month = 3 * quarter if back is not None else 3 * quarter - 2
        if "yearday" in groups:
            number = int(groups["yearday"])
            if not 1 <= number <= 366:
                return False
            c.feast = f"01-01+{number - 1}"
        elif back is None:
            c.feast = f"{month or 1:02d}-{c.quarter or 1:02d}"
        else:
            c.feast = f"{month or 12:02d}-E{back}"
        c.month = c.quarter = None
        return True

    def _normalise(
        self,
        rule: _Rule,
        match: re.Match[str],
        text: str,
        dct: PartialDate | None,
        context: _Context,
    ) -> TimexMention | None:
        if rule.not_after and rule.not_after.search(text, max(0, match.start() - 80), match.start()):
            return None
        groups: dict[str, str] = {}
        for key, value in match.groupdict().items():  # "month2" is a second way to write "month"
            if value is not None:
                groups[key] = value
                if key.endswith("2") and key[:-1] not in groups:
                    groups[key[:-1]] = value

        def first_letter(group: str) -> str:  # from the original text: matching saw it lower-cased
            key = group if match.group(group) is not None else group + "2"
            return text[match.start(key) : match.start(key) + 1]

        if any(g in groups and first_letter(g).islower() for g in self.capitalized):
            return None  # "may" the verb, not "May" the month
        capitalized = any(g in groups and first_letter(g).isupper() for g in self.lowercase)
        if capitalized and not _sentence_start(text, match.start()):
            return None  # "Jolanda Zondag", "Werken van Morgen"
        # Tense and context cost searches: look them up only where they can matter.
        tense = rule.extra.get("tense")  # a rule may know its tense: "Wednesday's ruling" is past
        if tense is None and (groups.keys() & _TENSE_GROUPS or rule.extra.get("weekend")):
            tense = context.tense(match.start(), match.end()) or rule.extra.get("default_tense")
        captured = self._capture(rule, groups, tense)
        if (
            captured
            and captured.month
            and captured.year is None
            and captured.shift is None
            and word_before(text, match.start()) in self.counted_since
        ):
            captured.tense = "past"  # "sinds 5 januari", "since January 5": past, however far
            captured.extra["since"] = True
        if (
            captured is not None
            and captured.tense == "past"
            and captured.day is not None
            and captured.year is None
            and context.opens_sentence(match.start())
        ):
            # "On March 18 two gunmen killed ...", published in November: a past sentence that
            # opens with its day tells last March, however far back (see normalise.REACH_DAYS)
            captured.extra["opening"] = True
        if (
            captured is not None
            and captured.unit == "Y"
            and rule.extra.get("quarterly", True)
            and context.quarterly(match.start())
        ):
            captured.extra["quarterly"] = True
        result = normalise(captured, dct) if captured else None
        if result is None:
            return None
        value, date, resolved = result
        # "2022-01-04TEV" is a TIME; "PRESENT_REF" (a T in its name) stays a DATE.
        timex_type = "TIME" if rule.type == "DATE" and _CALENDAR_TIME.match(value) else rule.type
        span = str(rule.extra.get("span", 0))  # a rule may report one group as the mention
        group: int | str = int(span) if span.isdigit() else span
        if isinstance(group, str) and match.group(group) is None:
            group = group + "2"
        start = match.start(str(rule.extra["span_from"])) if "span_from" in rule.extra else match.start(group)
        end = match.end(group)
        offset = None
        previous = rule.extra.get("previous_after")  # "een dag eerder": from the date told before
        counts_on = bool(rule.extra.get("relative_to_previous")) or bool(
            previous
            and captured
            and captured.unit in previous["units"]
            and match.group(0).lower().rstrip().endswith(tuple(previous["words"]))
        )
        if counts_on and captured and captured.vague and captured.unit:
            # "A few days later" is some day after the date told before: no day to count on.
            value, date, resolved = _UNKNOWN.get(captured.unit, "XXXX"), None, False
        elif counts_on and captured and captured.num is not None and captured.unit:
            offset = (captured.num * int(rule.extra.get("direction", 1)), captured.unit)
        last = _LAST_WORD.search(text, start, end) if text[end - 1 : end] == "." else None
        if last and (len(last.group(1)) >= 5 or last.group(1).lower() in self._full_months):
            end -= 1  # "1 april." and "7 juli." end a sentence; "1 sept." is an abbreviation
        by_tense = (
            captured is not None
            and captured.weekday is not None
            and captured.day is None
            and captured.month is None
            and captured.week_shift is None
            and captured.shift is None  # "afgelopen maandag" says its week
            and rule.type != "SET"
            and "tense" not in rule.extra
        )
        return TimexMention(
            start,
            end,
            text[start:end],
            timex_type,
            value,
            date,
            resolved,
            rule.name,
            offset,
            by_tense,
            self._mod(text, start, end),
            _exact_span(captured),
        )

    def _mod(self, text: str, start: int, end: int) -> str:
        """ "Eind vorig jaar", "late last year": the modifier that starts the mention or
        stands right before it."""
        if self._mod_first is None or self._mod_before is None:
            return ""
        found = self._mod_first.match(text, start, end) or self._mod_before.search(
            text, max(0, start - 25), start
        )
        return (
            str(self.modifiers.get(re.sub(r"\s+", " ", found.group().strip().lower()), "")) if found else ""
        )

    def _range(
        self, rule: _Rule, match: re.Match[str], text: str, dct: PartialDate | None, context: _Context
    ) -> list[TimexMention]:
        """Two expressions written as one range (groups ``first`` and ``second``): "van 15
        tot en met 18 maart" (``day``, ``day2``; the month and year written once are
        shared), "van 9 tot 18 uur" (``hour``, ``hour2``). A group with a twin named with a
        2 belongs to one part; the other groups belong to both."""
        groups = {
            k: v for k, v in match.groupdict().items() if v is not None and k not in ("first", "second")
        }
        if "month" in groups and "month" in self.capitalized and text[match.start("month")].islower():
            return []
        twins = {k for k in match.re.groupindex if f"{k}2" in match.re.groupindex}
        shared = {k: v for k, v in groups.items() if k not in twins and k[:-1] not in twins}
        tense = context.tense(match.start(), match.end())
        found = []
        for part, suffix in (("first", ""), ("second", "2")):
            own = {k: groups[k + suffix] for k in twins if groups.get(k + suffix) is not None}
            captured = self._capture(rule, {**shared, **own}, tense)
            result = normalise(captured, dct) if captured else None
            if result is None:
                return []
            value, date, resolved = result
            start, end = match.span(part)
            found.append(
                TimexMention(start, end, text[start:end], rule.type, value, date, resolved, rule.name)
            )
        return found


_PUNCTUATION_BREAK = r"[,;:()\"“”\n]|[.!?](?=\s)|\s[-–]\s"


def clause_breaks(conjunctions: list[str]) -> re.Pattern[str]:
    """Where a clause ends: punctuation, a sentence end, or one of the language's conjunctions."""
    words = "|".join(re.escape(w) for w in conjunctions)
    return re.compile(_PUNCTUATION_BREAK + (rf"|\b(?:{words})\b" if words else ""), re.IGNORECASE)


def _clause(text: str, start: int, end: int, breaks: re.Pattern[str], reach: int = 120) -> str:
    """The clause around a match: up to the nearest punctuation or conjunction each side."""
    left = text[max(0, start - reach) : start]
    found_left = list(breaks.finditer(left))
    lo = start - len(left) + (found_left[-1].end() if found_left else 0)
    right = text[end : end + reach]
    found = breaks.search(right)
    hi = end + (found.start() if found else len(right))
    return text[lo:hi]


SHORT_YEAR_PIVOT = 30  # "'30" is 2030 and "'31" is 1931, as a paper of 2000-2030 means them

_TENSE_GROUPS = {"weekday", "month", "feast", "ordinal", "season", "relday", "relpart"}


class _Context:
    """Per-text facts that rules need now and then, computed once and only when asked."""

    def __init__(self, tagger: TimexTagger, text: str):
        self.tagger, self.text = tagger, text
        self._bounds: list[int] | None = None
        self._tenses: dict[int, str | None] = {}
        self._quarterly: dict[int, bool] = {}

    @property
    def bounds(self) -> list[int]:
        """Sentence starts, found on first use."""
        if self._bounds is None:
            self._bounds = sentence_starts(self.text, self.tagger.lang) or [0]
        return self._bounds

    def _sentence(self, position: int) -> tuple[int, str]:
        index = max(bisect.bisect_right(self.bounds, position) - 1, 0)
        stop = self.bounds[index + 1] if index + 1 < len(self.bounds) else len(self.text)
        return index, self.text[self.bounds[index] : stop]

    def tense(self, start: int, end: int) -> str | None:
        """The tense of the clause around a match, else of its sentence."""
        clause = self.tagger.tense_of(_clause(self.text, start, end, self.tagger.clause_breaks))
        if clause:
            return clause
        index, sentence = self._sentence(start)
        if index not in self._tenses:
            self._tenses[index] = self.tagger.tense_of(sentence)
        return self._tenses[index]

    def opens_sentence(self, position: int) -> bool:
        """Does the sentence open with the expression at ``position``, after at most an
        opening preposition ("On", "Op": ``opening_prepositions`` of timex.json)?"""
        index, sentence = self._sentence(position)
        before = sentence[: position - self.bounds[index]].strip().lower()
        return not before or before in self.tagger.opening_prepositions

    def quarterly(self, position: int) -> bool:
        """Does the sentence speak of quarterly results?"""
        pattern = self.tagger.quarter_context
        if pattern is None:
            return False
        index, sentence = self._sentence(position)
        if index not in self._quarterly:
            figures = self.tagger.quarter_figures
            self._quarterly[index] = bool(pattern.search(sentence)) or bool(
                figures and figures.search(sentence) and self.reports_quarter()
            )
        return self._quarterly[index]

    def reports_quarter(self) -> bool:
        """Does the text as a whole speak of quarterly results?"""
        if -1 not in self._quarterly:
            pattern = self.tagger.quarter_context
            self._quarterly[-1] = bool(pattern and pattern.search(self.text))
        return self._quarterly[-1]


# The coarsest date a count of each unit may start from: "two days later" counts from a day
# told before it, not from "in March" in between ("since it intervened in March").
_ANCHOR_PRECISION = {"D": DAY, "H": DAY, "MIN": DAY, "S": DAY, "W": WEEK, "M": MONTH}
# With nothing told before to count from, a count says only its unit: "De dag daarvoor" alone
# is some day (TIMEX3 "XXXX-XX-XX"), "the week before" some week.
_UNKNOWN = {
    "D": "XXXX-XX-XX",
    "H": "XXXX-XX-XX",
    "MIN": "XXXX-XX-XX",
    "S": "XXXX-XX-XX",
    "W": "XXXX-WXX",
    "M": "XXXX-XX",
}
UNKNOWN_VALUES = frozenset({"XXXX", *_UNKNOWN.values()})  # a date that says no day, week or month


def _after_previous(
    mentions: list[TimexMention],
    nights: frozenset[str] = frozenset(),
    mornings: frozenset[str] = frozenset(),
    no_anchor: frozenset[str] = frozenset(),
) -> list[TimexMention]:
    """ "Vier jaar later" counts from the last date the text gave before it, not from the DCT;
    "twee dagen later" from the last day it gave. A night between two days (a rule of
    ``nights``) counts from its second day ("the same day" after "overnight from Saturday,
    April 8, to Sunday, April 9" is the Sunday, "the next day" the Monday), but for the
    morning that ends it (``mornings``: "the next morning" is the Sunday's). Mentions of the
    rules in ``no_anchor`` are counted from but never counted from themselves."""
    result: list[TimexMention] = []
    anchors: list[tuple[PartialDate, bool]] = []  # each date told, and whether it began a night
    for mention in mentions:
        if mention.offset is not None:
            # "dezelfde dag" after a coarser date is left to the linker: the day just told
            finest = _ANCHOR_PRECISION.get(mention.offset[1], YEAR) if mention.offset[0] else YEAR
            anchor, night = next(
                ((a, n) for a, n in reversed(anchors) if a.precision <= finest), (None, False)
            )
            last_word = mention.text.lower().rsplit(maxsplit=1)[-1] if mention.text.strip() else ""
            amount = mention.offset[0] + (1 if night and last_word not in mornings else 0)
            shifted = (
                at_unit(shift_date(anchor, amount, mention.offset[1]), mention.offset[1]) if anchor else None
            )
            value = shifted.iso() if shifted else _UNKNOWN.get(mention.offset[1], "XXXX")
            mention = replace(mention, value=value, date=shifted, resolved=shifted is not None)
        if (
            mention.resolved
            and mention.date is not None
            and mention.type in ("DATE", "TIME")
            and mention.rule not in no_anchor
        ):
            anchors.append((mention.date, mention.rule in nights and mention.date.precision == DAY))
        result.append(mention)
    return result


def _within_publication(mentions: list[TimexMention], published: PartialDate) -> list[TimexMention]:
    """A bare weekday that a day inferred from the text would put before the month (or
    year) of publication stays some day of that span: "On Tuesday" in a report of December
    that names 1 December is no day of November (the report may be of any later day)."""
    result = []
    for mention in mentions:
        weekday = _weekday_of(mention) if mention.by_tense else None
        day = mention.date
        if weekday is not None and day is not None and day.first_day() < published.first_day():
            value = f"XXXX-WXX-{weekday[0] + 1}{weekday[1]}"
            mention = replace(mention, value=value, date=published, resolved=False)
        result.append(mention)
    return result


SAME_DAY_CHARS = 400  # how far back a date told with its weekday still names "Sunday" again


def _same_weekday_as_told(mentions: list[TimexMention]) -> list[TimexMention]:
    """A bare weekday right after a date that fell on it is that date: "on Sunday, December
    1, ... during the Sunday service". Only under a publication date that is no day, where
    the tense alone would pick a Sunday late in the month; under a day, "Friday" is the
    Friday before it, whatever date came earlier ("from Sept. 14 to Thursday")."""
    result: list[TimexMention] = []
    last: TimexMention | None = None  # the last day told, and not by a bare weekday
    for mention in mentions:
        day = mention.date
        weekday = _weekday_of(mention) if mention.by_tense else None
        if (
            weekday is not None
            and last is not None
            and last.date is not None
            and mention.start - last.end <= SAME_DAY_CHARS
            and weekday[0] == last.date.first_day().weekday()
            and day != last.date
        ):
            value = last.date.iso() + weekday[1]
            mention = replace(mention, value=value, date=last.date, resolved=last.resolved)
        elif mention.resolved and day is not None and day.precision == DAY and not mention.by_tense:
            last = mention
        result.append(mention)
    return result


_ANY_WEEK_DAY = re.compile(r"XXXX-WXX-(\d)(.*)$")


def _weekday_of(mention: TimexMention) -> tuple[int, str] | None:
    """(Monday = 0, the part of the day that follows the date: "TNI") of a weekday mention,
    resolved to a day or not ("XXXX-WXX-7")."""
    unresolved = _ANY_WEEK_DAY.match(mention.value)
    if unresolved:
        return int(unresolved.group(1)) - 1, unresolved.group(2)
    day = mention.date
    if day is None or day.precision != DAY or not mention.value.startswith(day.iso()):
        return None
    return day.first_day().weekday(), mention.value[len(day.iso()) :]


# Half of a unit, in the next smaller one: "2 1/2 years" is P2Y6M, "5 1/2 hours" PT5H30M.
_HALF_OF = {"Y": (6, "M"), "M": (15, "D"), "D": (12, "H"), "H": (30, "MIN"), "MIN": (30, "S")}


def _union(patterns: list[str]) -> re.Pattern[str] | None:
    """One regex for a list of cues, asked only whether it occurs: one search instead of many."""
    return (
        re.compile("|".join(f"(?:{fold_word_groups(p)})" for p in patterns), re.IGNORECASE)
        if patterns
        else None
    )


_FIRST_WORD = re.compile(r"\s+(\w+)\b")


def _exact_span(captured: Captured | None) -> tuple[int, str] | None:
    """The amount a rule counted, where it is exact: "twee jaar" (2, "Y"); a fraction of a
    year in whole months, "een half jaar" / "half a year" (6, "M"); None when vague."""
    if captured is None or not captured.unit or captured.vague:
        return None
    if captured.num is not None:
        return (captured.num, captured.unit)
    if captured.frac is not None and captured.unit == "Y" and (captured.frac * 12).is_integer():
        return (int(captured.frac * 12), "M")
    return None


def ordinal_count(word: str, ordinals: dict[str, int]) -> int:
    """ "fifth", "5th", "10-year": the count of years an anniversary names (0 if none)."""
    word = word.lower()
    digits = re.match(r"\d+", word)
    return int(digits.group()) if digits else ordinals.get(word, 0)


def dates_counted_from(timexes: list[TimexMention], text: str, words: frozenset[str]) -> frozenset[int]:
    """The starts of the dates told in a phrase that a span counts from ("exactly a week after
    the 'Day of Rage' of January 28", "een week na de aanslag van 3 januari"): the days of the
    events counted from, in one phrase with the span (no comma or sentence end between)."""
    spans = [t for t in timexes if t.type == "DURATION" and word_after(text, t.end) in words]
    return frozenset(
        t.start
        for t in timexes
        if t.type in ("DATE", "TIME")
        and any(s.end <= t.start and not re.search(r"[,;:.!?]", text[s.end : t.start]) for s in spans)
    )


_WORD_BEFORE = re.compile(r"([\w-]+)\W*$")


def word_before(text: str, start: int, limit: int = 0) -> str:
    """The word (lower-cased) right before ``start`` ("sinds" in "sinds 5 januari"), not
    before ``limit``, or ""."""
    found = _WORD_BEFORE.search(text, max(limit, start - 40), start)
    return found.group(1).lower() if found else ""


def word_after(text: str, end: int, limit: int | None = None) -> str:
    """The word (lower-cased) right after ``end`` ("after" in "a day after the riots"), or ""."""
    found = _FIRST_WORD.match(text, end, len(text) if limit is None else limit)
    return found.group(1).lower() if found else ""


def _sentence_start(text: str, position: int) -> bool:
    """Is ``position`` the first word of a sentence (after quotes or a line break, or after
    a dateline: "CAÏRO - Gisteren")?"""
    before = text[max(0, position - 20) : position].rstrip(" \t\"'“‘„,")
    if before.endswith(("-", "–", "—")):
        words = before[:-1].split()
        return bool(words) and words[-1].isupper()
    return not before or before[-1] in ".!?:\n"


@cache
def tagger_for(lang: str) -> TimexTagger | None:
    """The tagger for a language, or None when it ships no ``timex.json``."""
    config = load_json("timex.json", lang)
    return TimexTagger(lang, config) if config else None
