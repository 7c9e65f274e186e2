"""When two extracted events are one real event, and what the merged event says.

ACLED merges by hand: same day, same place, same actors, same type → one event. Here
each extracted event (a *mention*: one document's reading) is compared with the stored
events; a compatible one absorbs it. The rules respect precision: a mention dated only
to the month may join an event dated to a day of that month, but two different days
never merge; a mention placed only in a province may join an event in a town of that
province, but two towns more than ``NEAR_KM`` apart never merge. Every merge keeps its
reasons, so ``kroniek events --why ID`` can say why.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache

from kroniek.codebook import TAKEN_OR_REGAINED, evening_types, event_type_of, generic_actor
from kroniek.geo.gazetteer import distance_km
from kroniek.geo.names import name_key
from kroniek.notes import write_note
from kroniek.records import Event
from kroniek.resources import languages, load_json

NEAR_KM = 25.0  # two places closer than this are one place (ACLED's 'near' radius)
AIRPORT_KM = 2 * NEAR_KM  # a great city's airport or air base lies this far from its centre at most
TOWN_KM = 7.0  # two towns named as such, each exactly: farther apart than this, they are two
DISTRICT_KM = 12.0  # a city's district named in the city's report ("Abidjan's Abobo district") lies this near
WEEK_DAYS = 3  # a week-precision date (the middle of its week) covers three days each side


@dataclass(frozen=True)
class Verdict:
    """Whether a mention joins an event, the reasons for either answer, and a closeness
    score to choose among several events that would take it."""

    same: bool
    reasons: tuple[str, ...]
    score: float = 0.0

    def why(self) -> str:
        return "; ".join(self.reasons)


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


@cache
def _timex_union(key: str, words: bool = False) -> re.Pattern[str] | None:
    """One pattern for a ``timex.json`` entry of every language: a list of patterns (or, with
    ``words``, of words), or a single pattern ("night_cues", "small_hours")."""
    items: list[str] = []
    for lang in languages():
        value = (load_json("timex.json", lang) or {}).get(key) or []
        items += [value.strip()] if isinstance(value, str) else value
    if words:
        items = [rf"\b{re.escape(w)}\b" for w in items]
    return re.compile("|".join(f"(?:{c})" for c in items), re.IGNORECASE) if items else None


def overnight(event: Event) -> bool:
    """Does a report tell of a night ("in de nacht van zondag op maandag", "overnight")?
    Such an event lies on two days, and reports date it to either: one from the night's
    first day, another from the morning after. Only the evidence at hand is read; the store
    hands over a stored event's own only where its day is one from the mention's."""
    cues = _timex_union("night_cues")
    return cues is not None and any(cues.search(e.text) for e in event.evidence)


def first_night_day(event: Event) -> bool:
    """Is the report dated to its night's first day ("on Thursday night"; a riot of
    "vannacht", which began the evening before)? Then a report of that same night can be
    dated a day later, never a day earlier: a riot of the night before is another one."""
    texts = [e.text for e in event.evidence]

    def told(pattern: re.Pattern[str] | None) -> bool:
        return pattern is not None and any(pattern.search(t) for t in texts)

    if told(_timex_union("small_hours")):  # "rond twee uur": the night's second day after all
        return False
    if told(_timex_union("first_night_cues")):  # "Thursday night", "in de nacht van zaterdag op zondag"
        return True
    return event.event_type in evening_types() and told(_timex_union("evening_nights", words=True))


def told_by_day(event: Event) -> bool:
    """Is the report told in a day's daylight hours ("on Saturday afternoon", "zaterdagmiddag")?
    Then it is no night that a report of the next day ends: an attack of Saturday afternoon
    and one "in de nacht van zaterdag op zondag" are two."""
    daytime = _timex_union("daytime_cues")
    return daytime is not None and any(daytime.search(e.text) for e in event.evidence)


def _dates(a: Event, b: Event) -> tuple[bool, str]:
    da, db = _date(a.event_date), _date(b.event_date)
    if da is None or db is None:
        return False, "a date is missing"
    pa, pb = a.time_precision, b.time_precision
    if pa == 1 and pb == 1:
        if (
            abs((da - db).days) == 1
            and a.sub_event_type == b.sub_event_type
            and (overnight(a) or overnight(b))
        ):
            later, earlier = (a, b) if da > db else (b, a)
            if first_night_day(later):
                return False, f"{max(da, db)} is the first day of a night after {min(da, db)}"
            if told_by_day(earlier):
                return False, f"{min(da, db)} is told by day, not as the night before {max(da, db)}"
            after = _timex_union("another_before")
            if after is not None and any(after.search(e.text) for e in later.evidence):
                return False, f"the report of {max(da, db)} counts from another event before it"
            return True, f"{da} and {db} are the two days of one night"
        return da == db, f"same day {da}" if da == db else f"different days {da} and {db}"
    if 3 in (pa, pb) or 4 in (pa, pb):  # month or year: the finer date must fall inside it
        coarse, fine = (a, b) if pa >= pb else (b, a)
        dc, df = _date(coarse.event_date), _date(fine.event_date)
        assert dc is not None and df is not None
        inside = dc.year == df.year and (coarse.time_precision == 4 or dc.month == df.month)
        span = "year" if coarse.time_precision == 4 else "month"
        verb = "falls in" if inside else "is outside"
        return inside, f"{df} {verb} the {span} {dc:%Y-%m}"
    gap = abs((da - db).days)  # a week against a day or a week
    ok = gap <= WEEK_DAYS
    return ok, f"{da} and {db} are {gap} days apart ({'within' if ok else 'beyond'} one week)"


def coarse_place(event: Event) -> bool:
    """Is the event placed at no more than a country, or nowhere?"""
    return event.geo_precision >= 3 and (not event.location or event.location == event.country)


def named_place(coarse: Event, fine: Event) -> str:
    """The town or region of ``fine`` where the reports of ``coarse``, placed at no more than
    a country, name it. Such a report's country is a guess, often the wrong one (the
    "Australische toeristen" of a bombing on Bali); the place it names is not."""
    if not coarse_place(coarse) or fine.geo_precision > 2:
        return ""
    return next(
        (
            name
            for name in (fine.location, fine.admin1)
            if name and name != fine.country and _told_in(coarse, name)  # Panama City's province is Panama
        ),
        "",
    )


def _told_in(event: Event, name: str) -> bool:
    """Does the evidence of ``event`` name ``name``, as a word of its own?"""
    text = " ".join(e.text for e in event.evidence)
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None


def _places(a: Event, b: Event) -> tuple[bool, str, float]:
    """Compatible places, a reason, and the distance (km) where both have coordinates."""
    for coarse, fine in ((a, b), (b, a)):
        if name := named_place(coarse, fine):
            where = coarse.country or "no place"
            return True, f"{fine.location} ({name}) is named by a report placed at {where}", NEAR_KM
    if not a.country or a.country != b.country:
        return False, f"countries differ ({a.country or '?'} / {b.country or '?'})", 1e9
    coordinates = None not in (a.latitude, a.longitude, b.latitude, b.longitude)
    km = distance_km((a.latitude, a.longitude), (b.latitude, b.longitude)) if coordinates else 1e9  # type: ignore[arg-type]
    if a.geo_precision < 3 and b.geo_precision < 3:
        if a.location and a.location == b.location:
            return True, f"same place {a.location}", 0.0
        if km <= AIRPORT_KM and (
            _named_after(a.location, b.location) or _named_after(b.location, a.location)
        ):
            return True, f"{a.location} and {b.location} are one town and its facility", km
        if (
            km <= AIRPORT_KM
            and (a.admin1 == b.admin1 or not a.admin1 or not b.admin1)
            and (_FACILITY.search(a.location) or _FACILITY.search(b.location))
        ):
            # John F Kennedy International Airport is New York's, 21 km from its centre; Chek
            # Lap Kok, Hong Kong's, 27 km from Wan Chai.
            return True, f"{a.location} and {b.location} are a facility and the town it serves", km
        if km <= DISTRICT_KM and (_names(a, b.location) or _names(b, a.location)):
            # "in Abidjan's Abobo district": a report placed at a city that names, within it,
            # the district where the other places the event tells of the same spot.
            return True, f"{a.location} and {b.location} are named together in a report", km
        # Two towns each named exactly (Bonn, Cologne) are two places even when near; a place
        # given as "near X" may lie anywhere around it.
        reach = TOWN_KM if a.geo_precision == b.geo_precision == 1 else 2 * NEAR_KM
        if a.geo_precision == b.geo_precision == 1 and a.admin1 and b.admin1 and a.admin1 != b.admin1:
            # Zaventem (Flanders) is no part of Brussels (Brussels Capital), 9 km away.
            return False, f"{a.location} ({a.admin1}) and {b.location} ({b.admin1}) lie in two provinces", km
        ok = km <= reach
        return ok, f"{a.location} and {b.location} are {km:.0f} km apart", km
    # One side knows only a region or the country: the other must lie in it.
    coarse, fine = sorted((a, b), key=lambda e: (e.geo_precision, not e.admin1), reverse=True)
    if coarse.admin1 and coarse.location != coarse.country:
        ok = coarse.admin1 == fine.admin1
        return ok, f"{fine.location or fine.admin1} {'is' if ok else 'is not'} in {coarse.admin1}", km
    return True, f"{fine.location or fine.country} is in {coarse.country}", km


def district_apart(stored: Event, mention: Event) -> bool:
    """Is the stored event placed at another place within DISTRICT_KM of the mention's, so that
    its reports may name the mention's place as a district of their city (:func:`_places`)?"""
    if stored.location == mention.location or None in (
        stored.latitude,
        stored.longitude,
        mention.latitude,
        mention.longitude,
    ):
        return False
    km = distance_km((stored.latitude, stored.longitude), (mention.latitude, mention.longitude))  # type: ignore[arg-type]
    return km <= DISTRICT_KM


def _names(event: Event, place: str) -> bool:
    """Does the evidence of ``event`` name ``place``, a place other than its own?"""
    return bool(place) and place != event.location and _told_in(event, place)


_FACILITY = re.compile(r"\b(?:Airport|Air\s?Base|Airfield|Air\s+Field|Airbase)\b", re.IGNORECASE)


def _named_after(facility: str, town: str) -> bool:
    """Is ``facility`` named after ``town`` ("Barcelona International Airport", "Barcelona")?
    Reports name the town or the airport, base or port by it for one event."""
    return bool(town) and facility != town and re.search(rf"\b{re.escape(town)}\b", facility) is not None


def _words(actor: str) -> set[str]:
    return {w for w in re.findall(r"\w+", actor.lower()) if len(w) > 3} - {"forces", "military", "police"}


def _actors(a: Event, b: Event) -> tuple[bool, str]:
    """Named sides that share no word are different events ("Police Forces of France"
    against "Military Forces of Russia"); generic names fit anything. Reports may name the
    sides in either order: one's actor1 may be the other's actor2."""
    if not a.actor1 or not b.actor1 or generic_actor().match(a.actor1) or generic_actor().match(b.actor1):
        return True, "actors compatible"
    ok = a.actor1 == b.actor1 or bool(_words(a.actor1) & _words(b.actor1))
    if not ok:
        crossed = [(x, y) for x, y in ((a.actor1, b.actor2), (a.actor2, b.actor1)) if x and y]
        ok = any(not generic_actor().match(x) and _words(x) & _words(y) for x, y in crossed)
    return ok, f"actors {'agree' if ok else 'differ'} ({a.actor1} / {b.actor1})"


CROWD_TYPES = ("Protests", "Riots")  # crowds can take sides


@cache
def _side_patterns() -> dict[str, re.Pattern[str]]:
    """Each side's words in every language that has them (``actor_patterns.json``,
    ``sides``). All of them are tried on any report, as a store holds reports in several
    languages; one language's side words rarely occur in another's text."""
    words: dict[str, list[str]] = {}
    for lang in languages():
        for side, patterns in ((load_json("actor_patterns.json", lang) or {}).get("sides") or {}).items():
            if not side.startswith("_"):
                words.setdefault(side, []).extend(patterns)
    return {side: re.compile("|".join(f"(?:{p})" for p in ps), re.IGNORECASE) for side, ps in words.items()}


def sides(texts: Iterable[str]) -> frozenset[str]:
    """The sides a crowd's reports say it took ("supporters of President Maduro":
    government; "opposition supporters": opposition)."""
    text = " ".join(texts)
    return frozenset(side for side, pattern in _side_patterns().items() if pattern.search(text))


# Sides that oppose each other; a crowd's reports may name sides of both kinds (a march
# against the prime minister, backed by the far right).
OPPOSITE_SIDES = (("government", "opposition"), ("far_right", "anti_far_right"))


def opposed(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """Do two crowds' sides oppose each other, with no side in common?"""
    if mine & theirs:
        return False
    return any((a in mine and b in theirs) or (b in mine and a in theirs) for a, b in OPPOSITE_SIDES)


def _crowds(a: Event, b: Event) -> tuple[bool, str]:
    """ACLED merges demonstrations of one day and place only when they are about the same
    issue: a rally of the opposition and a march of the government's supporters are two."""
    if a.event_type not in CROWD_TYPES or not a.evidence or not b.evidence:
        return True, ""
    mine, theirs = sides(e.text for e in a.evidence), sides(e.text for e in b.evidence)
    if opposed(mine, theirs):
        return False, f"opposite sides ({', '.join(sorted(mine))} / {', '.join(sorted(theirs))})"
    return True, ""


_CAPITALISED = r"(?:[a-z]{1,3}-)?[A-Z\u00c0-\u00d6\u00d8-\u00de][\w'\u2019-]*"
_NAME = rf"{_CAPITALISED}(?:\s+{_CAPITALISED}){{0,3}}"


@cache
def _spot_rules() -> tuple[re.Pattern[str], frozenset[str], re.Pattern[str], re.Pattern[str]]:
    """One pattern for the spots of every language (``places.json``, ``spots``; a store holds
    reports in several), the words that are no part of a spot's name, and the negations
    that make a spot none in its clause ("no second blast at the Baron Hotel"), as do words
    that tell of another event ("minutes after a larger blast at the Foreign Ministry") and a
    verb of speaking right before it ("meldt het ministerie van ..."); and the words after
    a spot that make it speak ("the Interior Ministry said")."""
    after: list[str] = []
    before: list[str] = []
    suffixes: list[str] = []
    stop: set[str] = set()
    negations: list[str] = []
    speaks_after: list[str] = []
    for lang in languages():
        rules = (load_json("places.json", lang) or {}).get("spots") or {}
        after += rules.get("after", [])
        before += rules.get("before", [])
        suffixes += rules.get("suffixes", [])
        stop |= {w.lower() for w in rules.get("stop", [])}
        negations += [rf"\b{re.escape(w)}\b" for w in rules.get("negations", [])]
        negations += rules.get("elsewhere", [])
        speaks_after += rules.get("speaks_after", [])
        negations += [rf"(?:{p})\s*$" for p in rules.get("speaks_before", [])]
    heads = stop | {w.lower() for w in after + before + suffixes}

    def union(words: list[str]) -> str:
        """Words as written; one written in lower case may also open a sentence or a name."""
        forms = [re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)]
        return "|".join(f"[{f[0].upper()}{f[0]}]{f[1:]}" if f[0].islower() else f for f in forms)

    forms = []
    if after:
        forms.append(rf"({_NAME})\s+(?:{union(after)})\b")
    if before:
        forms.append(rf"\b(?:{union(before)})\s+({_NAME})")
    if suffixes:
        forms.append(rf"({_NAME})-(?:{union(suffixes)})\b")
        forms.append(rf"\b([A-Z\u00c0-\u00d6\u00d8-\u00de][a-z\u00df-\u00ff]+?)(?:{union(suffixes)})\b")
    never = r"(?!x)x"
    return (
        re.compile("|".join(forms) or never),
        frozenset(heads),
        re.compile("|".join(f"(?:{n})" for n in negations) or never, re.IGNORECASE),
        re.compile("|".join(f"(?:{p})" for p in speaks_after) or never),
    )


def name_words(text: str) -> set[str]:
    """The words of a name as :func:`name_key` writes them, without a possessive ("Maçka" =
    "macka", "Kampala's" = "kampala")."""
    return {w for w in name_key(re.sub(r"['’]s\b", "", text)).split() if len(w) > 2}


def spots(texts: Iterable[str]) -> set[str]:
    """The words of the spots within a town that reports name ("Murtala Square", "de wijk
    Kawo", "het Nahdaplein"), less words that are no part of a name."""
    pattern, untelling, negated, speaks_after = _spot_rules()
    found: set[str] = set()
    for text in texts:
        for match in pattern.finditer(text):
            clause = re.split(r"[.,;:!?]", text[: match.start()])[-1]
            if negated.search(clause):
                continue
            if speaks_after.match(text, match.end()):
                continue  # "the Interior Ministry said", "meldt het ministerie van Binnenlandse Zaken"
            name = next(group for group in match.groups() if group)
            found |= name_words(name)
    return found - untelling


def place_words(event: Event) -> set[str]:
    """Words of an event's town, province and country: no spot within the town."""
    return name_words(" ".join((event.location, event.admin1, event.admin2, event.country)))


SAME_SUB_TYPE_BONUS = 50.0  # among fitting events, one of the mention's own sub-type wins (worth 50 km)
WEAPON_TYPES = ("Explosions/Remote violence",)  # types whose sub-types name the weapon
# A bombing that one report calls a suicide attack and another a blast (the bomber not yet
# known) is one bombing when their tolls are alike, or one report gives none (it is silent,
# not a toll of zero); a suicide truck bomb that killed 80 and a roadside bomb that killed 5
# in one city that day are two. A missile and a bomb are never one.
BOMBINGS = frozenset({"Suicide bomb", "Remote explosive/landmine/IED"})
TOLL_RATIO = 2.5  # updated tolls of one attack seldom grow beyond this between reports


def _like_tolls(a: int | None, b: int | None) -> bool:
    low, high = sorted((a or 0, b or 0))
    return low == 0 or high <= TOLL_RATIO * low


def _weapons(a: Event, b: Event) -> tuple[bool, str]:
    """A missile attack and a car bomb in one town on one day are two events: where reports
    in one language, both dated to the day, name different weapons, they tell of different
    attacks. Across languages the sub-type may differ by reading alone, so it is not used."""
    if a.event_type not in WEAPON_TYPES or a.sub_event_type == b.sub_event_type:
        return True, ""
    if a.language != b.language or a.time_precision != 1 or b.time_precision != 1:
        return True, ""
    if {a.sub_event_type, b.sub_event_type} <= BOMBINGS and _like_tolls(a.fatalities, b.fatalities):
        return True, ""
    return False, f"weapons differ ({a.sub_event_type} / {b.sub_event_type})"


# Types that reports in two languages may give one event by their reading alone: a
# protest that turned violent, a clash in which civilians died, a bombing of civilians.
KIN_TYPES = (
    frozenset({"Protests", "Riots"}),
    frozenset({"Battles", "Violence against civilians"}),
    frozenset({"Explosions/Remote violence", "Violence against civilians"}),
)


def kin_types(event_type: str) -> tuple[str, ...]:
    """The type and the types akin to it (:data:`KIN_TYPES`)."""
    return tuple(sorted({event_type} | {t for kin in KIN_TYPES if event_type in kin for t in kin}))


def _kin(a: Event, b: Event) -> bool:
    """Reports in different languages, of akin types, each dated to the day and placed at
    one town: the same event read two ways ("een aanslag", "a clash")."""
    return (
        a.language != b.language
        and bool(a.language and b.language)
        and a.time_precision == b.time_precision == 1
        and a.geo_precision == b.geo_precision == 1
        and any({a.event_type, b.event_type} <= kin for kin in KIN_TYPES)
        # A change of hands is read alike in any language: a town taken is no attack that
        # another language's report tells ("the Taliban captured Mazar-i-Sharif";
        # "diplomaten in het consulaat doodgeschoten").
        and not {a.sub_event_type, b.sub_event_type} & TAKEN_OR_REGAINED
    )


def compare(event: Event, mention: Event) -> Verdict:
    """Is ``mention`` (one document's reading) the same real event as ``event``?"""
    if event.event_type != mention.event_type and not _kin(event, mention):
        return Verdict(False, (f"types differ ({event.event_type} / {mention.event_type})",))
    dates_ok, date_reason = _dates(event, mention)
    places_ok, place_reason, km = _places(event, mention)
    actors_ok, actor_reason = _actors(event, mention)
    crowds_ok, crowd_reason = _crowds(event, mention)
    weapons_ok, weapon_reason = _weapons(event, mention)
    kind = (
        f"same type {event.event_type}"
        if event.event_type == mention.event_type
        else f"akin types in two languages ({event.event_type} / {mention.event_type})"
    )
    reasons: tuple[str, ...] = (kind, date_reason, place_reason, actor_reason)
    reasons += tuple(r for r in (crowd_reason, weapon_reason) if r)
    same = dates_ok and places_ok and actors_ok and crowds_ok and weapons_ok
    score = -min(km, 1000.0) - 10.0 * abs(event.time_precision - mention.time_precision)
    score += SAME_SUB_TYPE_BONUS if event.sub_event_type == mention.sub_event_type else 0.0
    return Verdict(same, reasons, score)


def merge(mentions: Sequence[Event], event_id: str) -> Event:
    """One event from the mentions of it: the most specific date and place, the actors of
    the surest mention that names them, the lowest death toll that any report gives (ACLED
    is conservative; a report that gives none counts as silent, not as zero), and every
    piece of evidence."""
    if not mentions:
        raise ValueError("merge needs at least one mention")
    surest = max(mentions, key=lambda m: m.confidence)
    when = min(mentions, key=lambda m: (m.time_precision, -m.confidence))
    where = min(mentions, key=lambda m: (m.geo_precision, m.latitude is None, not m.admin1, -m.confidence))
    named = [m for m in mentions if m.actor1 and not generic_actor().match(m.actor1)]
    actors = max(named, key=lambda m: m.confidence) if named else surest
    tolls = [m.fatalities for m in mentions if m.fatalities > 0]
    sub_types = [m.sub_event_type for m in mentions]
    sub_event_type = max(sub_types, key=lambda s: (sub_types.count(s), s == surest.sub_event_type))
    evidence = [e for m in mentions for e in m.evidence]
    first = mentions[0]
    merged = replace(
        first,
        event_id=event_id,
        event_type=event_type_of(sub_event_type),  # akin types may have merged
        sub_event_type=sub_event_type,
        event_date=when.event_date,
        time_precision=when.time_precision,
        actor1=actors.actor1,
        assoc_actor_1=actors.assoc_actor_1,
        inter1=actors.inter1,
        actor2=actors.actor2,
        assoc_actor_2=actors.assoc_actor_2,
        inter2=actors.inter2,
        interaction=actors.interaction,
        country=where.country,
        iso3=where.iso3,
        admin1=where.admin1,
        admin2=where.admin2,
        location=where.location,
        latitude=where.latitude,
        longitude=where.longitude,
        geo_precision=where.geo_precision,
        fatalities=min(tolls) if tolls else 0,
        evidence=evidence,
        confidence=surest.confidence,
    )
    if len(mentions) == 1:
        return merged
    return replace(merged, notes=write_note(merged))
