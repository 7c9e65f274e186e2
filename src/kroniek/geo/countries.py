"""Find countries named in text, in any language babel knows.

Names come from babel's localized territory names and pycountry's English names, plus
per-language alias files (``resources/<lang>/countries.json``) for what those lack:
"de VS", "Birma", and demonyms such as "Iraakse". Names and aliases are strong
evidence of a place; demonyms are weak, since "een Amerikaanse drone" names an actor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import pycountry
from babel import Locale, UnknownLocaleError

from kroniek.resources import load_json

_EXTRA_CODES = {"XK": ("Kosovo", "XKX")}


@dataclass(frozen=True)
class CountryMention:
    start: int
    end: int
    text: str
    alpha2: str
    strong: bool
    locative: bool = False  # "in Irak", "in het noorden van Nigeria": the place of an event
    person: bool = False  # "a 24-year-old Tunisian": a person's nationality, never an event's country
    away: bool = False  # "vluchtten naar Kameroen", "lost to Morocco", "China said": elsewhere, or a speaker


@dataclass(frozen=True)
class Country:
    alpha2: str
    iso3: str
    name: str


@cache
def country(alpha2: str) -> Country:
    """ACLED's English name and the ISO alpha-3 code of a country."""
    overrides = load_json("country_names.json")["names"]
    if alpha2 in _EXTRA_CODES:
        name, iso3 = _EXTRA_CODES[alpha2]
        return Country(alpha2, iso3, overrides.get(alpha2, name))
    record = pycountry.countries.get(alpha_2=alpha2)
    if record is None:
        raise KeyError(f"unknown country code {alpha2!r}")
    english = Locale("en").territories.get(alpha2) or getattr(record, "common_name", record.name)
    return Country(alpha2, record.alpha_3, overrides.get(alpha2, english))


def _valid(code: str) -> bool:
    return code in _EXTRA_CODES or pycountry.countries.get(alpha_2=code) is not None


class CountryFinder:
    """Matches country names (case-sensitively, as names are capitalised) in text."""

    def __init__(self, lang: str):
        strong: dict[str, str] = {}
        for record in pycountry.countries:
            for attr in ("name", "common_name", "official_name"):
                value = getattr(record, attr, None)
                if value:
                    strong[value] = record.alpha_2
        try:
            for code, name in Locale.parse(lang).territories.items():
                if len(code) == 2 and code.isalpha() and _valid(code):
                    strong[name] = code
        except (UnknownLocaleError, ValueError):
            pass
        extra = load_json("countries.json", lang) or {}
        strong.update({k: v for k, v in extra.get("aliases", {}).items() if _valid(v)})
        weak = {k: v for k, v in extra.get("demonyms", {}).items() if _valid(v)}
        self._codes = {**weak, **strong}
        locative = extra.get("locative", {})
        self._locative = _cue_regex(locative.get("cues", []))
        self._not_locative = _cue_regex(locative.get("not", []))
        # "on a Tunisian beach", "in de Keniaanse kustplaats": a demonym before a kind of place,
        # after a locative cue, names where something happened.
        adjective = extra.get("place_adjective", {})
        self._adjective_cue = _cue_regex([*locative.get("cues", []), *adjective.get("cues", [])])
        nouns = "|".join(re.escape(n) for n in sorted(adjective.get("nouns", []), key=len, reverse=True))
        self._place_noun = (
            re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}?(?:{nouns})(?![\w-])", re.IGNORECASE) if nouns else None
        )
        # "the US dollar": a country name that modifies these words names no place.
        modifies = extra.get("modifies", [])
        self._modifies = (
            re.compile(r"[\s-]+(?:" + "|".join(re.escape(w) for w in modifies) + r")\b", re.IGNORECASE)
            if modifies
            else None
        )
        self._modifies_word = re.compile(
            r"\b(?:" + "|".join(re.escape(w) for w in modifies) + r")\b", re.IGNORECASE
        )
        # "a 24-year-old Tunisian": a demonym right after these words is a person's nationality.
        person_before = extra.get("person_before", [])
        self._person_before = (
            re.compile(r"(?:" + "|".join(person_before) + r")\s*$", re.IGNORECASE) if person_before else None
        )
        # "19 U.S. airmen": a country's name right before these words is their nationality.
        person_after = extra.get("person_after", [])
        self._person_after = (
            re.compile(r"\s+(?:" + "|".join(re.escape(w) for w in person_after) + r")\b", re.IGNORECASE)
            if person_after
            else None
        )
        # "the Israeli embassy", "Israel's embassy", "the Sri Lankan cricket team": the country owns
        # a mission abroad, or its people are visitors; a country's name needs the possessive ("the
        # Kenya embassy bombing" was in Kenya).
        owner_after = "|".join(re.escape(w) for w in extra.get("owner_after", []))
        self._owner_after = re.compile(rf"\s+(?:{owner_after})\b", re.IGNORECASE) if owner_after else None
        self._owner_possessive = (
            re.compile(rf"\s*['’]s\s+(?:{owner_after})\b", re.IGNORECASE) if owner_after else None
        )
        # "China said ...", "Rusland ontkent ...": a country's name as the one who speaks tells
        # nothing of where the event it speaks of happened.
        speaker_after = "|".join(re.escape(w) for w in extra.get("speaker_after", []))
        self._speaker_after = (
            re.compile(rf"\s+(?:{speaker_after})\b(?!\s+to\b)", re.IGNORECASE) if speaker_after else None
        )
        # ... nor does one spoken of: "accused Rwanda", "beschuldigt Rwanda".
        self._spoken_of = (
            re.compile(rf"\b(?:{speaker_after})\s+(?:the\s+)?$", re.IGNORECASE) if speaker_after else None
        )
        self._strong = set(strong)
        names = sorted(self._codes, key=len, reverse=True)
        # "in Centraal-Mali": a compass word glued on by a hyphen leaves the country's name.
        glued = "".join(f"|(?<=(?<![\\w-]){re.escape(p)}-)" for p in extra.get("compass_prefixes", []))
        self._regex = re.compile(
            r"(?:(?<![\w-])" + glued + r")(" + "|".join(re.escape(n) for n in names) + r")(?![\w-])"
        )

    def surface_forms(self) -> dict[str, str]:
        """Every name and demonym this finder knows, with its alpha-2 code."""
        return dict(self._codes)

    def find(self, text: str) -> list[CountryMention]:
        return [
            CountryMention(
                m.start(),
                m.end(),
                m.group(1),
                self._codes[m.group(1)],
                m.group(1) in self._strong,
                self._is_locative(text[max(0, m.start() - 40) : m.start()])
                if m.group(1) in self._strong
                else self._a_place(text, m),
                self._a_person(text, m),
                self._is_away(text[max(0, m.start() - 40) : m.start()])
                or (m.group(1) in self._strong and self._spoken(text, m)),
            )
            for m in self._regex.finditer(text)
            if not (self._modifies and self._modifies.match(text, m.end()))
        ]

    def _a_person(self, text: str, m: re.Match[str]) -> bool:
        """Is a demonym the noun of a person ("a 24-year-old Tunisian"), or a country's name
        the nationality of the people named after it ("19 U.S. airmen")?"""
        before = bool(
            self._person_before and self._person_before.search(text, max(0, m.start() - 40), m.start())
        )
        if m.group(1) in self._strong:  # "embassies of the United States in Kenya": theirs, elsewhere
            return (
                before
                or bool(self._person_after and self._person_after.match(text, m.end()))
                or bool(self._owner_possessive and self._owner_possessive.match(text, m.end()))
            )
        return before or bool(self._owner_after and self._owner_after.match(text, m.end()))

    def modifiers(self, text: str) -> list[tuple[int, int]]:
        """The spans of country names that only modify a word ("the Iraq war", "the US
        dollar"): no country of the text, and no town of the same name either."""
        if self._modifies is None or not self._modifies_word.search(text):
            return []
        return [
            (m.start(), m.end()) for m in self._regex.finditer(text) if self._modifies.match(text, m.end())
        ]

    def _is_locative(self, before: str, cues: re.Pattern[str] | None = None) -> bool:
        """Is a locative cue (``cues``, else the locative ones) among the last four words
        before the name, and no 'not' cue?"""
        window = " ".join(before.split()[-4:])
        if self._not_locative and self._not_locative.search(window):
            return False
        cues = cues or self._locative
        return bool(cues and cues.search(window))

    def _a_place(self, text: str, m: re.Match[str]) -> bool:
        """Is a demonym the country of a place it comes before, after a locative cue ("on a
        Tunisian beach", "in the Kenyan coastal town"), not a 'not' cue ("from a Kenyan town")?"""
        if self._place_noun is None or not self._place_noun.match(text, m.end()):
            return False
        return self._is_locative(text[max(0, m.start() - 40) : m.start()], self._adjective_cue)

    def _spoken(self, text: str, m: re.Match[str]) -> bool:
        """Does a country's name speak ("China said") or is it spoken of ("accused Rwanda")?"""
        if self._speaker_after and self._speaker_after.match(text, m.end()):
            return True
        return bool(self._spoken_of and self._spoken_of.search(text, max(0, m.start() - 40), m.start()))

    def _is_away(self, before: str) -> bool:
        """Is a 'not' cue among the last three words before the name, with no locative cue
        after it ("naar Oeganda gevlucht", "into neighbouring Uganda", "tegen Marokko")?"""
        window = " ".join(re.split(r"[.!?:;]\s", before)[-1].split()[-3:])
        away = list(self._not_locative.finditer(window)) if self._not_locative else []
        if not away:
            return False
        here = list(self._locative.finditer(window)) if self._locative else []
        return not here or here[-1].start() < away[-1].start()


def _cue_regex(cues: list[str]) -> re.Pattern[str] | None:
    if not cues:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(c) for c in cues) + r")\b", re.IGNORECASE)


@cache
def finder_for(lang: str) -> CountryFinder:
    return CountryFinder(lang)
