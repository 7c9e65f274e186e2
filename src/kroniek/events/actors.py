"""Code an event's actors in ACLED's naming: who acted (actor1) and on whom (actor2).

Candidates in the event's sentence are named actors (``resources/<lang>/actors.json``:
"Houthi forces", "Boko Haram") and generic ones (``actor_patterns.json``: "Afghan
military forces" → Military Forces of Afghanistan; "unidentified gunmen" → Unidentified
Armed Group (Country); "police" → Police Forces of Country). The agent is the one named
after "by" in a passive clause ("was killed by suspected ISWAP"), else the first one
before the trigger that is not the victim of a passive verb of harm ("30 policemen were
killed when ..."); the target is the first other one after it, or that victim. Protests and riots
follow ACLED: actor1 is always Protesters or Rioters of the country; the forces that
intervene are actor2.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from kroniek.actors import actor_finder_for
from kroniek.codebook import TAKEN_OR_REGAINED, VIOLENCE_AGAINST_CIVILIANS, event_type_of
from kroniek.dateline import report_marks
from kroniek.events.lexicon import lexicon_for
from kroniek.geo.countries import country, finder_for
from kroniek.resources import load_json

# Sub-types whose actor1 ACLED always codes as the crowd itself
_CROWD_FIRST = {
    "Peaceful protest": "Protesters",
    "Protest with intervention": "Protesters",
    "Violent demonstration": "Rioters",
    "Mob violence": "Rioters",
}


_WITH_ARTICLE = ("United ", "Democratic Republic", "Central African", "Netherlands", "Philippines", "Gambia")
_KINDS = {
    "tribesmen": "Tribal",
    "clansmen": "Clan",
    "tribal": "Tribal",
    "communal": "Communal",
    "ethnic": "Ethnic",
}


_OF_END = re.compile(r"\b(?:of|van)$", re.IGNORECASE)  # a generic actor that names a group after it
# "de rebellen van (het) ELN", "Strijders van de paramilitaire Rapid Support Forces": between
# a generic actor and the named group it belongs to (a lower-case adjective may stand before it)
_OF_BETWEEN = re.compile(
    r"\s+(?:of|van)\s+(?:the\s+|het\s+|de\s+)?(?:(?-i:[a-zà-ÿ][\w-]{2,20})\s+)?", re.IGNORECASE
)
_OF_GAP = 32  # at most this many characters between such a generic actor and the group


_NO_COUNTRY = "Unknown"  # a placeholder, dropped from the name: "Protesters", not "Protesters (Unknown)"


def _unplaced(name: str) -> str:
    """A name formatted with the placeholder country, without it."""
    return name.replace(f" of {_NO_COUNTRY}", "").replace(f" ({_NO_COUNTRY})", "")


def without_country(template: str, country_name: str) -> str:
    """An actor name from its template ("Protesters ({country})"); without a country, the
    name alone ("Protesters", "Police Forces"), as no country is better than a wrong one."""
    if not country_name:
        return _unplaced(template.format(country=_NO_COUNTRY))
    if " of {country}" in template and country_name.startswith(_WITH_ARTICLE):
        country_name = "the " + country_name  # "Police Forces of the United States", as ACLED writes it
    return template.format(country=country_name)


@dataclass(frozen=True)
class ActorCandidate:
    start: int
    end: int
    acled: str
    inter: int
    named: bool  # from the lexicon of named actors, not a generic pattern


@dataclass(frozen=True)
class CodedActors:
    actor1: str
    inter1: int
    actor2: str
    inter2: int


class ActorCoder:
    def __init__(self, lang: str):
        self.lang = lang
        self.named = actor_finder_for(lang)
        forms = finder_for(lang).surface_forms()
        self._forms = {k.lower(): v for k, v in forms.items()}
        alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
        data: dict[str, Any] = load_json("actor_patterns.json", lang) or {}
        self.patterns = [
            (
                re.compile(p["pattern"].replace("%DEMONYM", f"(?P<demonym>{alternatives})"), re.IGNORECASE),
                p["acled"],
                int(p["inter"]),
            )
            for p in data.get("patterns", [])
        ]
        patient = data.get("patient_cues", [])
        self._patient = re.compile("|".join(f"(?:{c})" for c in patient), re.IGNORECASE) if patient else None
        attackers = data.get("attacker_nouns", [])
        self._attacker = (
            re.compile(r"\b(?:" + "|".join(attackers) + r")\b", re.IGNORECASE) if attackers else None
        )
        targets = data.get("target_cues", [])
        self._target = (
            re.compile(r"^\s*(?:" + "|".join(targets) + r")\s*$", re.IGNORECASE) if targets else None
        )
        unlinked = data.get("unlinked_cues", [])
        self._unlinked = (
            re.compile(r"\b(?:" + "|".join(unlinked) + r")\s+(?:the\s+|de\s+|het\s+)?$", re.IGNORECASE)
            if unlinked
            else None
        )
        # "a U.S. drone", "een Amerikaanse drone": a weapon named in or right after an actor.
        weapons = data.get("weapon_words", [])
        self._weapon = (
            re.compile(r"(?:\s*(?:[\w.-]+\s+){0,2}?)?\b(?:" + "|".join(weapons) + r")\b", re.IGNORECASE)
            if weapons
            else None
        )
        # "by Russian planes and artillery": what joins an actor to the next word of its by-phrase.
        joins = data.get("by_phrase_joins", [])
        self._joins = re.compile(r"\s*(?:" + "|".join(joins) + r")\s+$", re.IGNORECASE) if joins else None
        # "the last town held by Ansar Dine": a by-phrase of another participle, after a comma.
        others = data.get("other_participles", [])
        self._other_participle = (
            re.compile(r",[^,]*\b(?:" + "|".join(others) + r")\s+\S+(?:\s+\w+){0,2}\s*$", re.I)
            if others
            else None
        )
        # "recaptured the town after the rebels fled": who a clause of its own names did not act.
        clauses = data.get("clause_cues", [])
        self._clause = (
            re.compile(r"\b(?:" + "|".join(re.escape(c) for c in clauses) + r")\b", re.I) if clauses else None
        )
        cues = "|".join(re.escape(c) for c in sorted(data.get("agent_cues", []), key=len, reverse=True))
        self._agent = re.compile(r"\b(?:" + cues + r")(?:\s+\w+){0,2}\s*$", re.I) if cues else None
        # Dutch puts the by-phrase before its participle: "door de politie doodgeschoten".
        before = cues and data.get("agent_before_trigger")
        self._agent_before = re.compile(r"\b(?:" + cues + r")\s*$", re.I) if before else None

    def candidates(self, sentence: str, country_name: str) -> list[ActorCandidate]:
        found = [
            ActorCandidate(m.start, m.end, m.actor.acled, m.actor.inter, True)
            for m in self.named.find(sentence)
            if not self._unlinked_group(sentence, m.start)
        ]
        for regex, template, inter in self.patterns:
            for match in regex.finditer(sentence):
                where = country_name or _NO_COUNTRY
                demonym = match.groupdict().get("demonym")
                if demonym and demonym.lower() in self._forms:
                    where = country(self._forms[demonym.lower()]).name
                groups = match.groupdict()
                kind = groups.get("kind") or ""
                if " of {country}" in template and where.startswith(_WITH_ARTICLE):
                    where = "the " + where  # "Military Forces of the United States"
                name = _unplaced(
                    template.format(
                        country=where,
                        group=groups.get("group") or "",
                        kind=_KINDS.get(kind.lower(), kind.title()),
                    )
                )
                found.append(ActorCandidate(match.start(), match.end(), name, inter, False))
        # Named before generic, longer before shorter; drop what overlaps a kept one.
        found.sort(key=lambda c: (not c.named, -(c.end - c.start), c.start))
        kept: list[ActorCandidate] = []
        for candidate in found:
            if not any(k.start < candidate.end and candidate.start < k.end for k in kept):
                kept.append(candidate)
        kept.sort(key=lambda c: c.start)
        # "Al Shabaab militants", "IS-strijders": the word after a named group is that group.
        kept = [
            c
            for c, before in zip(kept, [None, *kept[:-1]], strict=False)
            if c.named or before is None or not before.named or sentence[before.end : c.start].strip(" -")
        ]
        # "members of Iran's Revolutionary Guards" are the Guards, not a crowd; "de rebellen
        # van M23" are M23.
        return [
            c
            for c, nxt in zip(kept, [*kept[1:], None], strict=False)
            if c.named
            or nxt is None
            or nxt.start - c.end > _OF_GAP
            or not (
                _OF_END.search(sentence, c.start, c.end)
                or (nxt.named and _OF_BETWEEN.fullmatch(sentence, c.end, nxt.start))
            )
        ]

    def _unlinked_group(self, sentence: str, start: int) -> bool:
        """'had geen banden met IS', 'no links to Islamic State': named only to deny its part."""
        return self._unlinked is not None and bool(
            self._unlinked.search(sentence[max(0, start - 60) : start])
        )

    def code(
        self,
        sentence: str,
        trigger: tuple[int, int],
        sub_type: str,
        country_name: str,
        default: CodedActors,
    ) -> CodedActors:
        """Actors of one event, from its sentence (offsets relative to ``sentence``). Who
        said so (", the NATO-led mission said") is no party to the event: it is blanked."""
        lexicon = lexicon_for(self.lang)
        sentence = lexicon.without_attribution(sentence) if lexicon else sentence
        sentence = _without_dateline(sentence)
        candidates = self.candidates(sentence, country_name)
        if sub_type in _WEAPON_STOPPED:
            # "Iran shot down a U.S. drone", "intercepted a Houthi drone": the weapon's owner
            # is the side whose attack was stopped, not the side that stopped it.
            owners = [c for c in candidates if c.end > trigger[0] and self._owns_weapon(sentence, c)]
            if owners:
                rest = [c for c in candidates if c is not owners[0]]
                coded = self._code(sentence, trigger, sub_type, default, rest)
                actor1, inter1 = (coded.actor1, coded.inter1) if coded.actor1 != owners[0].acled else ("", 0)
                if country_name and (not actor1 or actor1.startswith("Unidentified")):
                    # No one named stopped it: the state's own air defences over its territory.
                    actor1, inter1 = without_country("Military Forces of {country}", country_name), 1
                return CodedActors(actor1, inter1, owners[0].acled, owners[0].inter)
        coded = self._code(sentence, trigger, sub_type, default, candidates)
        if sub_type == _FORCE_ON_PROTESTERS and coded.inter2 == CIVILIANS and default.inter2 == PROTESTERS:
            # "fired on protesters ..., killing two people": the people shot were the protesters.
            return CodedActors(coded.actor1, coded.inter1, default.actor2, default.inter2)
        return coded

    def _code(
        self,
        sentence: str,
        trigger: tuple[int, int],
        sub_type: str,
        default: CodedActors,
        candidates: list[ActorCandidate],
    ) -> CodedActors:
        crowd = _CROWD_FIRST.get(sub_type)
        if crowd:
            others = [c for c in candidates if c.inter in (1, 2, 3, 8)]
            if others and default.actor2:
                return CodedActors(default.actor1, default.inter1, others[0].acled, others[0].inter)
            return default
        agent = self._agent_of(sentence, candidates, trigger) or self._inside_noun(
            sentence, candidates, trigger
        )
        # A candidate that runs into the trigger modifies it: "een Amerikaanse drone-aanval".
        before = [c for c in candidates if c.start < trigger[0]]
        # The subject comes first: "Islamic State militants targeted ... Egyptian forces
        # with an IED"; civilians are rarely the ones who act.
        # A by-phrase before the trigger belongs to another verb: "een basis die door de
        # internationale troepen wordt gebruikt, ... doelwit van een drone-aanval".
        # The subject of a passive verb of harm is its victim: "30 policemen were killed
        # when a suicide bomber ...".
        patients = [c for c in before if self._patient and self._patient.match(sentence, c.end)]
        before = [c for c in before if c not in patients]
        acting = [c for c in before if c.inter != CIVILIANS and not self._in_by_phrase(sentence, c)]
        if not acting and event_type_of(sub_type) == VIOLENCE_AGAINST_CIVILIANS:
            # Civilians named before the harm done to them are its victims, wherever the
            # language puts the object: "Rebellen hebben tien burgers afgeslacht".
            patients += [c for c in before if c.inter == 7]
        elif not acting:
            acting = [c for c in before if not self._in_by_phrase(sentence, c)]
        actor1 = agent or (acting[0] if acting else None)
        if actor1 is None and patients:
            if default.actor1 and default.actor1 != patients[0].acled:
                return CodedActors(default.actor1, default.inter1, patients[0].acled, patients[0].inter)
            return default
        if actor1 is None:
            # Civilians, and the groups that protest ("doctors", "students"), named after a
            # harm with no actor before it suffered it: "Sniper shootings injured doctors".
            after_first = [
                c
                for c in candidates
                if c.start >= trigger[1]
                and c.inter not in (6, 7)
                and not (sub_type in TAKEN_OR_REGAINED and self._in_clause(sentence, trigger, c))
            ]
            if not after_first:
                return default
            if self._attacker and self._attacker.search(sentence, trigger[0], trigger[1]) and default.actor1:
                # "A suicide car bomber struck a bus carrying members of the Guards": the
                # trigger is the attacker, so what follows it was the target.
                first = after_first[0]
                return CodedActors(default.actor1, default.inter1, first.acled, first.inter)
            first = after_first[0]
            if self._victim_after(sentence, first, trigger) and default.actor1 != first.acled:
                # "Bij een luchtaanval ... zijn 22 Turkse militairen omgekomen", "an air
                # strike on Turkish troops": who is named after the harm suffered it.
                return CodedActors(default.actor1, default.inter1, first.acled, first.inter)
            actor1 = first
        after = [
            c for c in candidates if c.start >= actor1.end and c is not actor1 and c.acled != actor1.acled
        ]
        after.sort(key=lambda c: c.start < trigger[1])  # after the trigger first
        if after:
            return CodedActors(actor1.acled, actor1.inter, after[0].acled, after[0].inter)
        target = default.actor2 if default.actor2 and default.actor2 != actor1.acled else ""
        return CodedActors(actor1.acled, actor1.inter, target, default.inter2 if target else 0)

    def _in_clause(self, sentence: str, trigger: tuple[int, int], candidate: ActorCandidate) -> bool:
        """Is an actor named after the trigger in a clause of its own ("heroverde de Garde
        Esteli, nadat de guerrillastrijders zich hadden teruggetrokken")? Asked of captures
        only: who "was killed when Taliban militants attacked a convoy" is told in such a
        clause."""
        return bool(self._clause and self._clause.search(sentence, trigger[1], candidate.start))

    def _victim_after(self, sentence: str, candidate: ActorCandidate, trigger: tuple[int, int]) -> bool:
        """Is an actor named after the trigger its victim: the subject of a verb of harm
        ("zeker 22 Turkse militairen omgekomen") or the object of a target word ("on")?"""
        if self._patient and self._patient.match(sentence, candidate.end):
            return True
        return bool(self._target and self._target.match(sentence[trigger[1] : candidate.start]))

    def _in_by_phrase(self, sentence: str, candidate: ActorCandidate) -> bool:
        return bool(
            self._agent and self._agent.search(sentence[max(0, candidate.start - 40) : candidate.start])
        )

    @staticmethod
    def _inside_noun(
        sentence: str, candidates: list[ActorCandidate], trigger: tuple[int, int]
    ) -> ActorCandidate | None:
        """The actor the event's own noun phrase names as its maker: "de aanval van
        Al-Shabaab op de universiteit", "the attack by the Taliban on a checkpoint"."""
        inside = [c for c in candidates if trigger[0] < c.start < trigger[1] and c.inter != 7]
        return next((c for c in inside if _MAKER.search(sentence, trigger[0], c.start)), None)

    def _agent_of(
        self, sentence: str, candidates: list[ActorCandidate], trigger: tuple[int, int]
    ) -> ActorCandidate | None:
        """The actor named after "by" behind the trigger: "was shot dead by gunmen"; also
        one the trigger takes in ("pounded by Russian planes"), and one whose by-phrase runs
        on into the trigger ("pounded by Russian planes and artillery")."""
        if self._agent is None:
            return None
        for candidate in candidates:
            gap = sentence[trigger[1] : candidate.start]
            # "took the airport of Kidal, the last town held by Ansar Dine" names who held
            # the town, not who took it.
            held = self._other_participle is not None and self._other_participle.search(gap)
            if candidate.start >= trigger[1] and self._agent.search(gap) and not held:
                return candidate
        for candidate in candidates:
            inside = trigger[0] < candidate.start < trigger[1]
            if inside and self._agent.search(sentence[trigger[0] : candidate.start]):
                return candidate
            joined = (
                self._joins is not None
                and candidate.end <= trigger[0]
                and self._joins.match(sentence[candidate.end : trigger[0]])
            )
            if joined and self._in_by_phrase(sentence, candidate):
                return candidate
        if self._agent_before is not None:
            for candidate in candidates:
                gap = sentence[candidate.end : trigger[0]]
                close = candidate.end <= trigger[0] and _SHORT_GAP.fullmatch(gap)
                cued = self._agent_before.search(sentence, max(0, candidate.start - 20), candidate.start)
                if close and cued:
                    return candidate
        return None

    def _owns_weapon(self, sentence: str, candidate: ActorCandidate) -> bool:
        """Does the actor name a weapon ("een Amerikaanse drone") or stand right before one ("a
        Houthi drone", "U.S. surveillance drone")?"""
        if self._weapon is None:
            return False
        inside = self._weapon.search(sentence, candidate.start, candidate.end) is not None
        return inside or self._weapon.match(sentence, candidate.end) is not None


# At most two words between a by-phrase and the participle it belongs to ("door de politie in
# Nanterre doodgeschoten" is too far; "door de politie doodgeschoten" is not).
_SHORT_GAP = re.compile(r"\s*(?:[\w-]+\s+){0,2}")
# Sub-types whose weapon belongs to the side that was stopped ("intercepted a Houthi drone").
_WEAPON_STOPPED = frozenset({"Disrupted weapons use"})
_FORCE_ON_PROTESTERS = "Excessive force against protesters"
CIVILIANS, PROTESTERS = 7, 6  # ACLED's inter codes
# "aanval van", "attack by": right before an actor inside the event's noun phrase, its maker.
_MAKER = re.compile(r"\b(?:van|door|by)\s+(?:de\s+|het\s+|the\s+)?$", re.IGNORECASE)


def _without_dateline(sentence: str) -> str:
    """The sentence with the dateline it opens with blanked ("BAGHDAD (Reuters) - Iran fired
    missiles"): it is no party to the event, and the subject opens the sentence after it.
    Blanks keep the offsets."""
    for start, end in report_marks(sentence):
        if not sentence[:start].strip():
            return " " * end + sentence[end:]
    return sentence


@cache
def actor_coder_for(lang: str) -> ActorCoder:
    return ActorCoder(lang)
