"""Find the places a text names, and decide which place each name means.

Names come from three sources, in order of trust: country names and aliases
(:mod:`kroniek.geo.countries`), LOC entities of the NER model, and gazetteer matches on
capitalised words that the model missed. The last are kept only when they are not common
words ('not_places' in ``resources/<lang>/places.json``, stop words, sentence-initial
words) and the model did not tag them as a person or an organisation. Adjectives
("Bagdadse") are rewritten to names by per-language suffix rules.

Each name then gets its place: the candidate with the best score from population, the
article's countries, the kind of place its context asks for ("de luchthaven van X" asks
for an airport), and closeness to the article's other places.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from spacy.tokens import Doc

from kroniek.geo.countries import CountryMention
from kroniek.geo.gazetteer import Gazetteer, Place, distance_km
from kroniek.geo.names import loose_key, name_key
from kroniek.resources import load_json

LOC_LABELS = frozenset({"LOC", "GPE", "FAC"})
OTHER_LABELS = frozenset({"PER", "PERSON", "ORG", "MISC", "NORP"})
_KIND_RANK = {"base": 0, "airport": 0, "city": 1, "other": 1, "admin2": 2, "admin1": 3, "country": 4}
# Lower-case words inside place names: "Aïn al-Assad", "Bergen op Zoom", "Rio de Janeiro".
_CONNECTORS = frozenset(
    {
        *("al", "el", "ad", "ar", "as", "ash", "an", "bin", "ibn", "abu", "bou"),
        *("de", "del", "der", "den", "van", "von", "la", "le", "di", "da", "do", "dos", "das", "du", "des"),
        *("sur", "aan", "op", "upon", "'s", "-"),
    }
)


@dataclass(frozen=True)
class Toponym:
    """A place named in the text; offsets are characters in ``doc.text``."""

    start: int
    end: int
    text: str
    place: Place | None
    source: str  # "country", "ner", "gazetteer", "adjective", "alias"
    cue: str = ""  # "loc", "near" or "not": the word before it; "" when none
    feature: str = ""  # "airport" or "base" when the context names that kind of place
    metonym: bool = False  # "Washington wijst naar ...": a government, not a place
    candidates: int = 0

    @property
    def locative(self) -> bool:
        return self.cue in ("loc", "near") or bool(self.feature)

    @property
    def elsewhere(self) -> bool:
        """An origin or a destination ("uit Utrecht", "from Kabul"), not a facility."""
        return self.cue == "not" and not self.feature

    @property
    def rank(self) -> int:
        """How specific the place is: 0 = a facility ... 4 = a country."""
        return _KIND_RANK.get(self.place.kind, 1) if self.place else 5


@dataclass(frozen=True)
class PlaceRules:
    """One language's place knowledge (``resources/<lang>/places.json``)."""

    features: dict[str, str]  # word -> kind
    cues: dict[str, str]  # phrase -> "loc" | "near" | "not"
    adjectives: list[tuple[str, str]]
    metonyms: frozenset[str]
    not_places: frozenset[str]
    home: frozenset[str]
    stop_words: frozenset[str]

    @classmethod
    def load(cls, lang: str) -> PlaceRules:
        data: dict[str, Any] = load_json("places.json", lang) or {}
        features = {w.lower(): kind for kind, words in data.get("features", {}).items() for w in words}
        locative = data.get("locative", {})
        cues: dict[str, str] = {}
        for label, key in (("not", "not"), ("loc", "cues"), ("near", "near")):
            cues.update({c.lower(): label for c in locative.get(key, [])})
        return cls(
            features=features,
            cues=cues,
            adjectives=[(a, b) for a, b in data.get("adjectives", [])],
            metonyms=frozenset(name_key(m) for m in data.get("metonyms", [])),
            not_places=frozenset(data.get("not_places", [])),
            home=frozenset(data.get("home", [])),
            stop_words=_stop_words(lang),
        )


def _stop_words(lang: str) -> frozenset[str]:
    try:
        from spacy.util import get_lang_class

        return frozenset(get_lang_class(lang).Defaults.stop_words)
    except Exception:  # noqa: BLE001 - a language spaCy lacks simply has no stop words
        return frozenset()


@cache
def _aliases() -> dict[str, str]:
    data = load_json("places.json") or {}
    return {loose_key(k): v for k, v in data.get("aliases", {}).items()}


@dataclass
class _Span:
    start: int  # token indices
    end: int
    source: str
    adjective_of: str = ""


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
    def find(self, doc: Doc, countries: list[CountryMention]) -> list[Toponym]:
        text = doc.text
        taken = [(c.start, c.end) for c in countries if c.strong]
        others = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in OTHER_LABELS]
        spans: list[_Span] = []
        for ent in doc.ents:
            if ent.label_ in LOC_LABELS:
                start = ent.start
                while start < ent.end - 1 and doc[start].lower_ in ("de", "het", "the", "'s"):
                    start += 1
                spans.append(_Span(start, ent.end, "ner"))
        spans.extend(self._gazetteer_spans(doc, spans, others))
        raw: list[Toponym] = []
        for span in spans:
            start, end = doc[span.start].idx, doc[span.end - 1].idx + len(doc[span.end - 1].text)
            if any(s < end and start < e for s, e in taken):
                continue
            surface = text[start:end]
            raw.append(self._toponym(text, start, end, surface, span))
        for c in countries:
            if c.strong:
                place = self.gazetteer.country(c.alpha2)
                raw.append(
                    Toponym(c.start, c.end, c.text, place, "country", self._cue(text, c.start), candidates=1)
                )
        raw.sort(key=lambda t: t.start)
        return self._resolve(raw, countries)

    def _gazetteer_spans(self, doc: Doc, found: list[_Span], others: list[tuple[int, int]]) -> list[_Span]:
        covered = {i for s in found for i in range(s.start, s.end)}
        other_tokens = [(e.start, e.end) for e in doc.ents if e.label_ in OTHER_LABELS]
        spans: list[_Span] = []
        i, n = 0, len(doc)
        while i < n:
            token = doc[i]
            if i in covered or not token.text[:1].isupper() or not token.is_alpha and "-" not in token.text:
                i += 1
                continue
            match = self._longest_match(doc, i, covered)
            if match is None:
                adjective = self._adjective(token.text)
                if adjective and not token.is_sent_start and not self._inside(token.idx, others):
                    spans.append(_Span(i, i + 1, "adjective", adjective))
                i += 1
                continue
            end, source = match
            if self._acceptable(doc, i, end, source, other_tokens):
                spans.append(_Span(i, end, source))
            i = end
        return spans

    def _longest_match(self, doc: Doc, i: int, covered: set[int]) -> tuple[int, str] | None:
        limit = min(len(doc), i + self.max_tokens)
        ends = [i + 1]
        for j in range(i + 1, limit):
            word = doc[j]
            if j in covered or word.is_punct and word.text not in ("-", "'s"):
                break
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
            surface = doc[i:end].text
            if loose_key(surface) in _aliases():
                return end, "alias"
            if self.gazetteer.lookup(surface):
                return end, "gazetteer"
        return None

    def _acceptable(self, doc: Doc, start: int, end: int, source: str, others: list[tuple[int, int]]) -> bool:
        """Guard a gazetteer match the model did not make as a place.

        Inside a longer person or organisation name ("Paris Hilton") it is no place. Where
        the model tagged exactly this name as something else, the weak Dutch model often
        errs on foreign places ("Bagdad" as a person): keep it when a locative or facility
        word stands before it or it names a large place. Elsewhere, no common words and no
        first word of a sentence.
        """
        first = doc[start]
        text, surface = doc.text, doc[start:end].text
        for s, e in others:
            if s < end and start < e:
                if (s, e) != (start, end):
                    return False
                if source == "alias" or self._cue(text, first.idx) in ("loc", "near"):
                    return True
                if self._feature(text, first.idx, first.idx + len(surface))[0]:
                    return True
                return any(p.population >= 100_000 for p in self.gazetteer.lookup(surface))
        if end - start > 1 or source == "alias":
            return True
        word = first.text
        if word in self.rules.not_places or word.lower() in self.rules.stop_words:
            return False
        if first.is_sent_start or (start > 0 and doc[start - 1].text in ('"', "'", "“", "‘", "(")):
            return False
        return not word.isupper() or len(word) > 4

    @staticmethod
    def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
        return any(s <= offset < e for s, e in spans)

    def _adjective(self, word: str) -> str:
        """The place an adjective names ("Bagdadse" -> "Bagdad"), if the rules find one."""
        for suffix, replacement in self.rules.adjectives:
            if word.endswith(suffix) and len(word) > len(suffix) + 3:
                name = word[: -len(suffix)] + replacement
                places = self.gazetteer.lookup(name)
                if any(p.kind == "city" and p.population >= 50_000 for p in places):
                    return name
        return ""

    def _toponym(self, text: str, start: int, end: int, surface: str, span: _Span) -> Toponym:
        feature, feature_start = self._feature(text, start, end)
        cue = self._cue(text, feature_start if feature_start >= 0 else start)
        metonym = name_key(surface) in self.rules.metonyms and cue not in ("loc", "near") and not feature
        if span.source == "adjective":
            cue, metonym = "", False
        return Toponym(start, end, surface, None, span.source, cue, feature, metonym)

    def _cue(self, text: str, start: int) -> str:
        """The locative word nearest before a name, with at most two words between."""
        words = [w.lower().strip(",;:()\"'") for w in text[max(0, start - 60) : start].split()][-7:]
        for gap in range(3):
            for length in self._cue_lengths:
                if gap + length > len(words):
                    continue
                phrase = " ".join(words[len(words) - gap - length : len(words) - gap])
                if phrase in self.rules.cues:
                    return self.rules.cues[phrase]
            if gap < len(words) and words[len(words) - 1 - gap][:1].isdigit():
                break
        return ""

    def _feature(self, text: str, start: int, end: int) -> tuple[str, int]:
        """('airport' or 'base', where that word starts) when a word for a kind of place
        stands right before the name ("de luchthaven van Bagdad") or after it ("Baghdad
        airport", "Bagdad-luchthaven"); ("", -1) otherwise."""
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
    def _candidates(self, toponym: Toponym, adjective_of: str = "") -> list[Place]:
        name = adjective_of or toponym.text
        alias = _aliases().get(loose_key(name))
        if alias:
            place = self._alias_place(alias)
            if place:
                return [place]
        places = list(self.gazetteer.lookup(name, bool(toponym.feature)))
        if toponym.feature:
            facilities = [p for p in places if p.facility]
            served = [
                f
                for city in sorted(places, key=lambda p: -p.population)[:3]
                if city.kind == "city"
                for f in self.gazetteer.facilities_of(city.name)
                if f.cc == city.cc and distance_km(f, city) < 60
            ]
            if facilities or served:
                wanted = [p for p in facilities + served if p.kind == toponym.feature]
                return wanted or facilities + served
        return [p for p in places if not p.facility] or places

    def _alias_place(self, alias: str) -> Place | None:
        kind, _, value = alias.partition(":")
        if kind == "icao":
            return self.gazetteer.by_code(value)
        if kind == "geonames":
            return self.gazetteer.by_geonameid(int(value))
        if kind == "cc":
            return self.gazetteer.country(value)
        return None

    def _resolve(self, raw: list[Toponym], countries: list[CountryMention]) -> list[Toponym]:
        context: dict[str, float] = {}
        for c in countries:
            context[c.alpha2] = context.get(c.alpha2, 0.0) + (1.0 if c.strong else 0.3)
        options: list[list[Place]] = []
        for t in raw:
            if t.source == "country":
                options.append([t.place] if t.place else [])
                continue
            adjective = ""
            if t.source == "adjective":
                adjective = self._adjective(t.text)
            options.append(list({p.id: p for p in self._candidates(t, adjective)}.values()))
        # Places with one reading anchor the others ("Ghot Alshall (Tripoli)").
        anchors = [opts[0] for opts in options if len(opts) == 1]
        for opts in options:
            if len(opts) == 1:
                context[opts[0].cc] = context.get(opts[0].cc, 0.0) + 0.5
        first = [self._best(t, opts, context, anchors) for t, opts in zip(raw, options, strict=True)]
        chosen = [p for p in first if p is not None]
        result = []
        for t, opts in zip(raw, options, strict=True):
            if not opts:
                continue
            place = self._best(t, opts, context, chosen) if len(opts) > 1 else opts[0]
            result.append(replace(t, place=place, candidates=len(opts)))
        return result

    def _best(
        self, t: Toponym, opts: list[Place], context: dict[str, float], near: list[Place]
    ) -> Place | None:
        if not opts:
            return None
        key = name_key(t.text)
        total = sum(context.values()) or 1.0

        def score(p: Place) -> float:
            s = math.log10(p.population + 10)
            if p.cc in context:
                s += 1.0 + 4.0 * context[p.cc] / total
            if p.cc in self.rules.home:
                s += 1.5
            if name_key(p.name) == key:
                s += 1.0
            if p.kind == "country":
                s += 3.0
            elif p.kind == "admin1":
                s += 0.5
            if t.feature and p.kind == t.feature:
                s += 5.0
            others = [q for q in near if q.id != p.id]
            if others and min(distance_km(p, q) for q in others) < 150:
                s += 2.0
            return s

        return max(opts, key=score)
