"""The per-language event lexicon (``resources/<lang>/events.json``) and how it matches.

A trigger is a regex, or ``{"all": [...], "none": [...]}``: every regex in ``all`` must
match the sentence and none in ``none`` may. An entry ``"%NAME"`` in those lists stands
for the pattern ``named[NAME]``, so that a filter many triggers share is written once.
In fatality patterns, ``(?P<n>%NUMBER)`` captures a count in digits or words
(``resources/<lang>/numbers.json``). Sentences that speak of events only in general,
hypothetically or in denial match ``generic``, ``irrealis`` or ``negation`` and yield no
event. When several sub-types match one sentence, the codebook's ``suppresses`` table
drops the ones that a more specific reading overrides. ``follow_ups`` let the next
sentence change the event before it (a protest that police then disperse).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import cache, partial
from typing import Any, NamedTuple

from kroniek.codebook import event_type_of, kept_with_dead, sub_event_types, suppressions
from kroniek.numbers import number_pattern, parse_number
from kroniek.resources import load_json


@cache
def _months(lang: str) -> str:
    """The language's month names (from its ``timex.json``) as one alternation, longest
    first; empty if it has none."""
    names = sorted(
        (load_json("timex.json", lang) or {}).get("vocabulary", {}).get("MONTH", {}), key=len, reverse=True
    )
    return "|".join(map(re.escape, names))


@cache
def _count_pattern(lang: str) -> str:
    """Any count of the language, but not the day of a date ("28" in "On 28 April 2020, three
    women were killed") nor a year ("in 2005")."""
    not_a_day = rf"(?!\s+(?:{_months(lang)})\b)" if _months(lang) else ""
    return _not_a_year(lang) + "(?:" + number_pattern(lang) + ")" + not_a_day


@cache
def _not_a_year(lang: str) -> str:
    """No year told as a count: "Halbach werd in 2005 in Wisconsin gedood" is one dead, not
    2005 (``year_after`` in the language's ``numbers.json``: words a year follows)."""
    words = (load_json("numbers.json", lang) or {}).get("year_after", [])
    if not words:
        return ""
    after = "|".join(rf"(?<=\b{re.escape(w)}\s)" for w in words)
    return rf"(?!(?:{after})(?:1[5-9]|20)\d\d\b)"


@cache
def _month_before(lang: str) -> re.Pattern[str]:
    """A month name right before a position (end of the searched text), its day between or
    not: "januari 2020", "September 9, 1972"."""
    months = _months(lang)
    day = r"(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?"
    return re.compile(rf"\b(?:{months})\.?\s+{day}$" if months else r"(?!)", re.IGNORECASE)


_NAMED = re.compile(r"%[A-Z_]+")


def _compile(pattern: str, where: str, lang: str) -> re.Pattern[str]:
    """Compile case-insensitively; ``%NUMBER`` stands for any count of the language."""
    try:
        return re.compile(pattern.replace("%NUMBER", _count_pattern(lang)), re.IGNORECASE)
    except re.error as exc:
        raise ValueError(f"{where}: bad regex {pattern!r}: {exc}") from None


def _listed(value: str | list[str]) -> list[str]:
    """One sub-type, or several, as a list."""
    return [value] if isinstance(value, str) else value


def _blanked(sentence: str, patterns: list[re.Pattern[str]]) -> str:
    """The sentence with what ``patterns`` match replaced by spaces, so offsets stay; where a
    pattern has groups named ``blank...``, only those groups ("arrested 700 people after the
    rioting": the rioting is the reason, the arrests are the event)."""
    for pattern in patterns:
        groups = _blank_names(pattern)
        if groups:
            sentence = pattern.sub(partial(_blank_groups, groups=groups), sentence)
        else:
            sentence = pattern.sub(lambda m: " " * len(m.group()), sentence)
    return sentence


@cache
def _blank_names(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """The pattern's groups named ``blank...``, read once per pattern, not per sentence."""
    return tuple(name for name in pattern.groupindex if name.startswith("blank"))


def _blank_groups(match: re.Match[str], groups: tuple[str, ...]) -> str:
    """The text of ``match`` with each of its ``groups`` that matched replaced by spaces."""
    text, offset = match.group(), match.start()
    for group in groups:
        start, end = match.span(group)
        if start >= 0:
            text = text[: start - offset] + " " * (end - start) + text[end - offset :]
    return text


class Toll(NamedTuple):
    deaths: int
    offset: int  # where in the sentence it is reported
    estimated: bool = False  # deaths without a number, counted by ACLED's convention


class DatingNouns(NamedTuple):
    """Nouns that name an event told before by the day it happened ("Monday night's attack",
    "de aanval van maandagavond"; ``dating_nouns``, ``dating_after``, ``dating_before`` in
    events.json), and the event types each may name."""

    nouns: tuple[tuple[re.Pattern[str], frozenset[str]], ...] = ()
    after: re.Pattern[str] | None = None  # matched right after the day: "'s attack"
    before: re.Pattern[str] | None = None  # matched at the end of the text before it: "aanval van "

    def types_named(self, text: str, start: int, end: int) -> frozenset[str]:
        """The event types that the noun told with the day at ``text[start:end]`` may name."""
        found = (self.after.match(text, end) if self.after else None) or (
            self.before.search(text, max(0, start - 40), start) if self.before else None
        )
        word = found.group(1).lower() if found else ""
        return frozenset(t for p, types in self.nouns if word and p.match(word) for t in types)


@dataclass(frozen=True)
class Trigger:
    sub_event_type: str
    required: tuple[re.Pattern[str], ...]
    excluded: tuple[re.Pattern[str], ...]

    def match(self, sentence: str) -> tuple[int, int] | None:
        """The span of the first required pattern's match, if the trigger fires: of its group
        named ``at`` where it has one ("troops (?P<at>took) the town of"), so that an actor
        the pattern reads before the verb stays before the trigger."""
        spans = []
        for pattern in self.required:
            found = pattern.search(sentence)
            if found is None:
                return None
            spans.append(found.span("at") if "at" in pattern.groupindex else found.span())
        if any(p.search(sentence) for p in self.excluded):
            return None
        return spans[0]

    def blocked(self, sentence: str) -> bool:
        """Do all the required patterns match, and an excluded one too? Then the rules read
        the event's words and decided against them ("stuurde militairen naar Beira om te
        helpen na de overstromingen")."""
        read = all(p.search(sentence) for p in self.required)
        return read and any(p.search(sentence) for p in self.excluded)


@dataclass(frozen=True)
class Genre:
    """A kind of report whose war words tell no events (``genres`` in events.json)."""

    name: str
    words: re.Pattern[str]  # the genre's words; ``min_words`` different ones make the genre
    min_words: int
    news: tuple[re.Pattern[str], ...]  # words of real violence (``genre_news``): a report with one is news


@dataclass(frozen=True)
class FollowUp:
    """A sentence that changes the event just before it: "... held a protest in Kuito.
    Police fired shots in the air to disperse the crowd." makes the protest a Protest
    with intervention."""

    after: str  # the sub-type of the event before
    becomes: str  # what it becomes
    trigger: Trigger
    absorbs: frozenset[str] = frozenset()  # readings of the sentence it takes in ("leger trok zich terug")


@dataclass(frozen=True)
class TriggerMatch:
    sub_event_type: str
    start: int
    end: int


class Lexicon:
    """Compiled event lexicon of one language."""

    def __init__(self, lang: str, data: dict[str, Any]):
        self.lang = lang
        where = f"resources/{lang}/events.json"
        named: dict[str, str] = data.get("named", {})

        def pattern(p: str) -> re.Pattern[str]:
            if _NAMED.fullmatch(p) and p != "%NUMBER":
                if p[1:] not in named:
                    raise ValueError(f"{where}: unknown named pattern {p!r}: add it to 'named'")
                p = named[p[1:]]
            return _compile(p, where, lang)

        known = sub_event_types()
        self.triggers: list[Trigger] = []
        for sub_type, entries in data["triggers"].items():
            if sub_type not in known:
                raise ValueError(f"{where}: unknown sub-event type {sub_type!r}")
            for entry in entries:
                if isinstance(entry, str):
                    entry = {"all": [entry]}
                self.triggers.append(
                    Trigger(
                        sub_type,
                        tuple(pattern(p) for p in entry["all"]),
                        tuple(pattern(p) for p in entry.get("none", [])),
                    )
                )
        self.follow_ups: list[FollowUp] = []
        for entry in data.get("follow_ups", []):
            # "after" is one sub-type or a list of them that the same next sentence changes.
            afters = [entry["after"]] if isinstance(entry["after"], str) else entry["after"]
            for sub_type in (*afters, entry["becomes"]):
                if sub_type not in known:
                    raise ValueError(f"{where}: follow_ups: unknown sub-event type {sub_type!r}")
            required = tuple(pattern(p) for p in entry["all"])
            excluded = tuple(pattern(p) for p in entry.get("none", []))
            trigger = Trigger(entry["becomes"], required, excluded)
            absorbs = frozenset(entry.get("absorbs", []))
            for sub_type in absorbs:
                if sub_type not in known:
                    raise ValueError(f"{where}: follow_ups: unknown sub-event type {sub_type!r}")
            self.follow_ups += [FollowUp(after, entry["becomes"], trigger, absorbs) for after in afters]
        self.filters = {
            name: [_compile(p, where, lang) for p in data.get(name, [])]
            for name in ("generic", "irrealis", "negation", "unreal")
        }
        # A sport or market report ("Muster upset, Philippoussis wins", "It rallied on ideas
        # the market was oversold"): its battles, rallies and attacks are games and prices,
        # unless the document tells real violence (``genres``).
        news = tuple(_compile(p, where, lang) for p in data.get("genre_news", []))
        # A genre may name its own words of real violence ("news"): a re-enactment tells of the
        # real battle's dead, which is no news of today.
        self.genres = [
            Genre(
                name,
                _compile(g["words"], where, lang),
                int(g["min_words"]),
                tuple(_compile(p, where, lang) for p in g["news"]) if "news" in g else news,
            )
            for name, g in data.get("genres", {}).items()
            if not name.startswith("_")
        ]
        # Words that give violence a political side or motive ("terror", "activist", "aanslag"):
        # without one, unclaimed violence in a country at peace is ordinary crime (codebook.json).
        motive = data.get("political_motive")
        self.political_motive = _compile(motive, where, lang) if motive else None
        # Words that name an ordinary crime as what suspects are held for ("suspected of
        # stealing", "verdacht van diefstal", "de dood van"): such an arrest is police work.
        charges = data.get("crime_charges")
        self.crime_charges = _compile(charges, where, lang) if charges else None
        # ", which France denied": a denial of a claim told around the event, not of the event.
        self.denied_claims = [_compile(p, where, lang) for p in data.get("denied_claims", [])]
        # "took 48 employees hostage and threatened to use them as shields": a threat added to
        # an act that was done; the act stays real.
        self.threats_after_acts = [_compile(p, where, lang) for p in data.get("threats_after_acts", [])]
        # "Op 25 juli, de dag waarop de ontslagen werden aangekondigd, gooiden jongeren stenen": a
        # clause that only names the day by what happened on it leaves the sentence's event real.
        self.dating_appositives = [_compile(p, where, lang) for p in data.get("dating_appositives", [])]
        self.fatality_patterns = [_compile(p, where, lang) for p in data.get("fatalities", [])]
        # Words that stand for one victim where a toll pattern captures them ("the", "zijn").
        self.one_words = frozenset(w.lower() for w in data.get("one_words", []))
        self.no_fatality_patterns = [_compile(p, where, lang) for p in data.get("no_fatalities", [])]
        unnumbered = data.get("unnumbered_fatalities", {})
        self.unnumbered_patterns = [_compile(p, where, lang) for p in unnumbered.get("patterns", [])]
        self.major_patterns = [_compile(p, where, lang) for p in unnumbered.get("major", [])]
        # "X en Y kwamen om": the named victims counted, when no number is given.
        self.victim_list_patterns = [_compile(p, where, lang) for p in data.get("fatality_lists", [])]
        self.list_separator = _compile(data.get("list_separator", r",\s*"), where, lang)
        self.not_victims = [_compile(p, where, lang) for p in data.get("list_not_victims", [])]
        clause_verbs = data.get("list_clause_verbs")
        self.list_clause_verbs = _compile(clause_verbs, where, lang) if clause_verbs else None
        self.attribution = [_compile(p, where, lang) for p in data.get("attribution", [])]
        self.reasons = [_compile(p, where, lang) for p in data.get("reasons", [])]
        self.date_words = [_compile(p, where, lang) for p in data.get("date_words", [])]
        self.override_patterns = [_compile(p, where, lang) for p in data.get("toll_overrides", [])]
        self.toll_update_patterns = [_compile(p, where, lang) for p in data.get("toll_updates", [])]
        self.more_dead_patterns = [_compile(p, where, lang) for p in data.get("more_dead", [])]
        own = data.get("own_clause")
        self.own_clause = _compile(own, where, lang) if own else None
        opening = data.get("counted_opening")  # "Four days after the bombing, ...": another event
        self.counted_opening = _compile(opening, where, lang) if opening else None
        tail = data.get("counted_tail")  # "..., the day after the march.": an event told before
        self.counted_tail = _compile(tail, where, lang) if tail else None
        # "..., which set off the first protests": what the event caused is no event of the sentence.
        consequence = data.get("consequence")
        self.consequence = _compile(consequence, where, lang) if consequence else None
        # "arrested two men suspected of the grenade attack": what they are held for, group "act".
        charged = data.get("charged_acts")
        self.charged_acts = _compile(charged, where, lang) if charged else None
        dated = data.get("dated_opening")  # "Na de gevechten van zaterdag laaiden ... zondag weer op"
        self.dated_opening = _compile(dated, where, lang) if dated else None
        # A clause of its own ("..., twelve days after a suicide bombing") also splits, and so
        # does an opening that names an event by its own day ("Na de rellen van dinsdag ...").
        split = "|".join(f"(?:{p})" for p in (data.get("clause_split"), own, dated) if p)
        self.clause_split = _compile(split, where, lang) if split else None
        # "in het hele land", "across the country": a report of no one place (see ``nowhere``).
        self.nationwide = [_compile(p, where, lang) for p in data.get("nationwide", [])]
        casualty = data.get("casualty_only")  # triggers that only count the hurt
        self.casualty_only = _compile(casualty, where, lang) if casualty else None
        # "The demonstrators, said by police to number 6,000, also urged ...": a sentence that
        # opens with the crowd told before goes on with its event (``same_crowd``).
        crowd = data.get("same_crowd")
        self.same_crowd = _compile(crowd, where, lang) if crowd else None
        # "..., which was used in the kidnapping": a definite event noun with no date of its
        # own names an event already told (``told_again``, matched right before the trigger).
        again = data.get("told_again")
        self.told_again = _compile(rf"(?:{again})\s+(?:[\w'-]+\s+)?$", where, lang) if again else None
        # "The blast flattened the village": a sentence that names again the accident, drill
        # or game told just before is no event either (``same_mishap``).
        mishap = data.get("same_mishap")
        self.same_mishap = _compile(mishap, where, lang) if mishap else None
        # "Hurricane Ivan left the island under water. Two people were killed": the toll of a
        # natural disaster told just before is no event (``disasters``).
        disasters = data.get("disasters")
        self.disasters = _compile(disasters, where, lang) if disasters else None
        # "A second device ... was defused": a weapon of its own, not the course of the bomb
        # told before (``another``); "pounded by planes and artillery": two sub-types that
        # one sentence tells side by side (``together``), where one would override the other.
        another = data.get("another")
        self.another = _compile(another, where, lang) if another else None
        # "Minutes later ... two hundred metres away": an event of its own, and no follow-up.
        later = data.get("apart_later")
        self.apart_later = _compile(later, where, lang) if later else None
        # "police opened fire on students who had marched peacefully": a crowd told as
        # peaceful is no violent demonstration's, whatever another sentence says of rioters.
        peaceful = data.get("peaceful_crowd")
        self.peaceful_crowd = _compile(peaceful, where, lang) if peaceful else None
        # "crowds looted shops": a crowd's looting, mob violence when the next sentence counts dead
        looting = data.get("looting_crowd")
        self.looting_crowd = _compile(looting, where, lang) if looting else None
        fought = data.get("fought_back")  # "Police escorts fought back": the attack's own clash
        self.fought_back = _compile(fought, where, lang) if fought else None
        # "Rebels stormed into N'Djamena ... The government said the attack had been repelled":
        # a place taken by armed men and told as held off right after is a battle, not a capture.
        repelled = data.get("repelled")
        self.repelled = _compile(repelled, where, lang) if repelled else None
        self.together = [
            (frozenset({first, second}), found)
            for rule in data.get("together", [])
            for found in [_compile(rule["pattern"], where, lang)]
            for first in _listed(rule["sub_types"][0])
            for second in _listed(rule["sub_types"][1])
        ]
        # "Eight of the rebels were killed in Van province, five in Sirnak and four in
        # Hakkari": one count per place (``toll_by_place``, each match followed by its place).
        by_place = data.get("toll_by_place")
        self.toll_by_place = _compile(by_place, where, lang) if by_place else None
        # "Doctors said eighteen were killed, but the governor spoke of a single death": a
        # second source's count after these words; ACLED codes the lower (``toll_contrast``).
        contrast = data.get("toll_contrast")
        self.toll_contrast = _compile(contrast, where, lang) if contrast else None
        # "Monday night's attack": nouns that name an event told before by its day.
        self.dating = DatingNouns(
            tuple(
                (_compile(rf"^(?:{nouns})$", where, lang), frozenset(types))
                for nouns, types in data.get("dating_nouns", {}).items()
            ),
            _compile(data["dating_after"], where, lang) if data.get("dating_after") else None,
            _compile(data["dating_before"], where, lang) if data.get("dating_before") else None,
        )

    def tells_another(self, sentence: str) -> bool:
        """Does the sentence tell an event of its own ("A second device ... was defused",
        "Minutes later ... two hundred metres away"), not the course of one told before?"""
        return any(p is not None and p.search(sentence) for p in (self.another, self.apart_later))

    def told_together(self, first: str, second: str, sentence: str) -> bool:
        """Does the sentence tell both sub-types side by side ("planes and artillery")?"""
        pair = {first, second}
        return any(pair == types and pattern.search(sentence) for types, pattern in self.together)

    def filtered(self, sentence: str) -> str | None:
        """Why a sentence yields no event ("generic", "irrealis", "negation", or "unreal": fiction,
        games, drills and sport), or None."""
        # A denial of a claim is no denial of the event; a series of attacks given as the
        # reason ("na een reeks aanslagen") makes no sentence generic; a threat added to a
        # done act ("... and threatened to use them as shields") leaves the act real.
        blanks = {
            "negation": self.denied_claims,
            "generic": self.reasons,
            "irrealis": self.threats_after_acts,
        }
        for name, patterns in self.filters.items():
            text = _blanked(sentence, blanks.get(name, []) + self.dating_appositives)
            if any(p.search(text) for p in patterns):
                return name
        return None

    def genre_without_events(self, text: str) -> str | None:
        """The genre of a whole document that tells no events ("sport", "markets"), or None:
        at least ``min_words`` different words of the genre (every score or figure such as
        "15-3" counts as one word), and none of the ``genre_news`` words of real violence."""
        for genre in self.genres:
            words = {
                "number" if m.group(0)[0].isdigit() else m.group(0).lower()
                for m in genre.words.finditer(text)
            }
            if len(words) >= genre.min_words and not any(p.search(text) for p in genre.news):
                return genre.name
        return None

    def tolls_by_place(self, sentence: str) -> list[tuple[int, int]]:
        """Each count told right before the place it was counted in, and where in the
        sentence that place starts ("five in Sirnak": 5, the offset of "Sirnak")."""
        if self.toll_by_place is None:
            return []
        found = []
        for m in self.toll_by_place.finditer(sentence):
            count = parse_number(m.group("n"), self.lang)
            if count is not None:
                found.append((count, m.end()))
        return found

    def nowhere(self, sentence: str) -> bool:
        """Does the sentence tell of the whole country ("betoogden in het hele land tienduizenden
        mensen")? With no place of its own named, it reports no event that ACLED could place."""
        return any(p.search(sentence) for p in self.nationwide)

    def match(self, sentence: str, dead: bool = False, told: Collection[str] = ()) -> list[TriggerMatch]:
        """The sub-types a sentence reports, in order of their first trigger; a sub-type twice
        where a clause of its own tells it again ("100,000 gathered in Berlin, while 70,000
        marched through Hamburg"): linking keeps the two apart if their places differ. In a
        sentence that tells ``dead``, a winner keeps the sub-types of ``kept_with_dead``. A
        phrase that opens the sentence and counts from an event of a type ``told`` before
        ("Four days after the bombing, ...") names that event: its triggers give way to the
        rest's."""
        sentence = self.without_attribution(sentence)
        first = self._first_triggers(sentence)
        # "Na de gevechten van zaterdag laaiden de schermutselingen zondag weer op": an opening
        # that names an event by its own day, and the sentence's own event after it. Each part
        # is read on its own (the opening's "Na de rellen" is no aftermath of the new riots);
        # a sub-type of both comes again after the opening (``clause_split``): two events.
        pattern = self.dated_opening
        dated = pattern.match(sentence) if pattern is not None else None
        if pattern is not None and dated:
            rest = self._first_triggers(_blanked(sentence, [pattern]))
            if rest:
                first = {**rest, **self._first_triggers(sentence[: dated.end()])}
        # "Four days after the bombing, troops clashed with rebels": the clash is the sentence's
        # event; the bombing it counts from was told before (one of the event types ``told``).
        opening = self.counted_opening.match(sentence) if self.counted_opening and told else None
        named = [m for m in first.values() if opening and m.start < opening.end()]
        if opening and named and all(event_type_of(m.sub_event_type) in told for m in named):
            assert self.counted_opening is not None
            own = _blanked(sentence, [self.counted_opening])
            rest = self._first_triggers(own)
            if rest:
                sentence, first = own, rest
        # "The victims were buried on November 11, the day after the march": a closing phrase
        # that counts from an event of a type told before names it, and tells no new one.
        tail = self.counted_tail.search(sentence) if self.counted_tail and told else None
        if tail is not None:
            first = {s: m for s, m in first.items() if m.start < tail.start() or event_type_of(s) not in told}
        caused = [c.span() for c in self.consequence.finditer(sentence)] if self.consequence else []
        if self.charged_acts is not None:
            caused += [c.span("act") for c in self.charged_acts.finditer(sentence)]
        if caused:
            before = {s: m for s, m in first.items() if not any(a <= m.start < b for a, b in caused)}
            first = before or first  # a sentence that only names what followed keeps its triggers
        again: list[TriggerMatch] = []
        splits = list(self.clause_split.finditer(sentence)) if self.clause_split else []
        for split in splits:
            for sub_type, m in self._first_triggers(sentence[split.end() :]).items():
                start = split.end() + m.start
                told_before = sub_type in first and first[sub_type].end <= split.end()
                if told_before and all(a.start != start for a in again):
                    again.append(TriggerMatch(sub_type, start, split.end() + m.end))
        table = suppressions()

        apart = list(self.own_clause.finditer(sentence)) if self.own_clause else []

        def clause(position: int) -> int:
            return sum(1 for split in apart if split.end() <= position)

        # A sub-type gives way to another only in its own clause: "warplanes struck a target
        # near Balakot on Tuesday, twelve days after a suicide bombing near Pulwama" is two events.
        spared = kept_with_dead() if dead else {}
        dropped = {
            s
            for winner, w in first.items()
            for s in table.get(winner, ())
            if s != winner
            and s not in spared.get(winner, ())
            and not self.told_together(winner, s, sentence)
            and (s not in first or clause(first[s].start) == clause(w.start))
        }
        kept = [m for s, m in first.items() if s not in dropped]
        kept += [m for m in again if m.sub_event_type not in dropped]
        return sorted(kept, key=lambda m: m.start)

    def clause_starts(self, sentence: str) -> list[int]:
        """Where the sentence's clauses of their own begin (``clause_split``), 0 first."""
        sentence = self.without_attribution(sentence)
        return [0] + [m.end() for m in self.clause_split.finditer(sentence)] if self.clause_split else [0]

    def vetoed(self, sentence: str, sub_type: str) -> bool:
        """Does a trigger of ``sub_type`` read the sentence's words but an exclusion of it hold
        them no such event (a decoy the rules know: "troops sent to help after the floods")?
        Then no model may find that event there either."""
        sentence = self.without_attribution(sentence)
        return any(t.sub_event_type == sub_type and t.blocked(sentence) for t in self.triggers)

    def _first_triggers(self, sentence: str) -> dict[str, TriggerMatch]:
        """Each sub-type's earliest trigger in the text."""
        first: dict[str, TriggerMatch] = {}
        for trigger in self.triggers:
            span = trigger.match(sentence)
            if span is None:
                continue
            known = first.get(trigger.sub_event_type)
            if known is None or span[0] < known.start:
                first[trigger.sub_event_type] = TriggerMatch(trigger.sub_event_type, *span)
        return first

    def toll_update(self, sentence: str) -> bool:
        """Does the sentence update the toll of an earlier event ("the death toll from the air
        strike has risen to 53")? Then the event is older than the report."""
        return any(p.search(sentence) for p in self.toll_update_patterns)

    def toll_override(self, sentence: str) -> bool:
        """Does the sentence state the toll to use instead of any other ("fatalities
        coded as 10")?"""
        return any(p.search(sentence) for p in self.override_patterns)

    def more_dead(self, sentence: str) -> bool:
        """Does the sentence count dead besides those already told ("7 militants were
        also killed")?"""
        return any(p.search(sentence) for p in self.more_dead_patterns)

    def without_attribution(self, sentence: str) -> str:
        """The sentence with who-says-so blanked out (", residents said"): the source of a
        report is no party to its event; and with the undated attacks given as a reason
        ("in response to Israeli air strikes"), which are no event of that sentence's day and
        place; and with month names that are also event words ("on Wednesday, March 28": no
        march); and with an apposition that names the day after another event ("Maandag, op de
        verjaardag van de grondwet van 1791, joeg de politie ..."), whose year and acts are not
        the sentence's. Offsets stay as they were."""
        return _blanked(sentence, self.attribution + self.reasons + self.date_words + self.dating_appositives)

    def follow_up(self, previous: str, sentence: str) -> FollowUp | None:
        """The rule by which the event before changes, if ``sentence`` is a follow-up of it;
        none where it tells an event of its own (``apart_later``: "Minutes later a suicide bomber
        blew himself up ... three hundred metres away")."""
        if self.apart_later is not None and self.apart_later.search(sentence):
            return None
        for rule in self.follow_ups:
            if rule.after == previous and rule.trigger.match(sentence):
                return rule
        return None

    def fatalities(self, sentence: str) -> Toll | None:
        """The death toll a sentence reports, or None if it reports none. Where a second
        source gives another count ("..., but the governor spoke of a single death"), the
        lower one: ACLED's most conservative figure."""
        contrast = self.toll_contrast.search(sentence) if self.toll_contrast else None
        if contrast is not None:
            first = self._first_toll(sentence[: contrast.start() + 1])  # with its comma
            other = self._first_toll(sentence[contrast.start() :])
            if first and other and not first.estimated and not other.estimated:
                return first._replace(deaths=min(first.deaths, other.deaths))  # where it is first told
        return self._first_toll(sentence)

    def _first_toll(self, sentence: str) -> Toll | None:
        """The first death toll a sentence reports, by the patterns in their order."""
        for pattern in self.victim_list_patterns:  # before counts: "a soldier and two civilians"
            found = self._victim_list(pattern, sentence)
            if found and not self._one_count(found.group("list")):
                victims = [
                    v
                    for v in self.list_separator.split(found.group("list"))
                    if v.strip() and not any(p.search(v) for p in self.not_victims)
                ]
                return Toll(self._listed_victims(victims), found.start())
        # "No one was killed": a count inside a denial of deaths counts no one, nor does one
        # whose verb is the denial's ("twee voorbijgangers raakten gewond en niemand kwam om").
        denied = [m.span() for p in self.no_fatality_patterns for m in p.finditer(sentence)]
        for pattern in self.fatality_patterns:
            position = 0
            while (found := pattern.search(sentence, position)) is not None:
                position = found.end()
                if any(a <= found.start() < b or found.start() < a < found.end() for a, b in denied):
                    continue
                word = found.groupdict().get("n")
                if word is None:  # a pattern without a count names one victim ("X was shot dead")
                    return Toll(1, found.start())
                if self._year_of_a_date(sentence, found.start("n")):
                    # "werd op 3 januari 2020 gedood": 2020 is no count; the count may follow
                    # the year ("On 3 January 2020 two soldiers were killed")
                    position = found.end("n")
                    continue
                count = 1 if word.lower() in self.one_words else parse_number(word, self.lang)
                if count is not None:
                    return Toll(count, found.start())
        for pattern in self.unnumbered_patterns:
            found = pattern.search(sentence)
            if found:
                # ACLED: deaths without a number count 10 for a major attack, 3 for a limited one.
                major = any(m.search(sentence) for m in self.major_patterns)
                return Toll(10 if major else 3, found.start(), estimated=True)
        return Toll(0, denied[0][0]) if denied else None  # the first pattern's first denial

    def _year_of_a_date(self, sentence: str, start: int) -> bool:
        """Is the number at ``start`` the year of a date, right after its month or its month
        and day ("On September 9, 1972 Police Commissioner ... was shot dead": no 1972 dead)?"""
        return bool(
            re.fullmatch(r"\d{4}", sentence[start : start + 4])
            and _month_before(self.lang).search(sentence, 0, start)
        )

    def _one_count(self, victims: str) -> bool:
        """Is the "and" of a list inside one number ("two hundred and fifty civilians")?"""
        return any(self.list_separator.search(n.group()) for n in _counts(self.lang).finditer(victims))

    def _victim_list(self, pattern: re.Pattern[str], sentence: str) -> re.Match[str] | None:
        """The first list of victims the pattern finds that spans no two clauses; after one
        that does ("The army said six militants and one soldier"), the search goes on past
        its verb ("said six militants and one soldier"). A verb inside a list shows that it runs
        over two clauses ("3 were injured and 2 ..."): no list of the dead."""
        pos = 0
        while (found := pattern.search(sentence, pos)) is not None:
            verb = self.list_clause_verbs.search(found.group("list")) if self.list_clause_verbs else None
            if verb is None:
                return found
            pos = found.start("list") + verb.start()
        return None

    def _victims_in(self, phrase: str) -> int:
        """ "twee agenten" is 2, "zijn luitenant" is 1, "at least 35 people" is 35: the first
        count among the phrase's first three words, else one victim."""
        for word in phrase.split()[:3]:
            count = parse_number(word, self.lang)
            if count:
                return count if count > 1 else 1
        return 1

    def _listed_victims(self, victims: list[str]) -> int:
        """The dead of a list: each part's count, but a lone lowercase noun after a counted
        part ("At least 37 police officers and civilians") is counted by that number."""
        total, counted = 0, False
        for phrase in victims:
            words = phrase.split()
            # one lowercase word ("civilians"), not "their housekeeper" nor a name
            bare = len(words) == 1 and words[0].islower() and words[0] not in self.one_words
            bare = bare and not parse_number(words[0], self.lang)
            n = 0 if bare and counted else self._victims_in(phrase)
            counted = n > 1
            total += n
        return total


@cache
def _counts(lang: str) -> re.Pattern[str]:
    return re.compile(rf"\b{number_pattern(lang)}", re.IGNORECASE)


@cache
def lexicon_for(lang: str) -> Lexicon | None:
    """The lexicon of a language, or None when it ships no ``events.json``."""
    data = load_json("events.json", lang)
    return Lexicon(lang, data) if data else None
