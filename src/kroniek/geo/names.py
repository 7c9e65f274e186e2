"""Lookup keys for place names: one key for every spelling a reader would accept.

"Deir ez-Zor", "Deir Ez Zor" and "deir ez-zor" are one name; the key folds case,
diacritics, hyphens and apostrophes ("Dar'a" = "Dara"). The loose key also drops Arabic
articles, spaces and doubled letters, so that transliterations meet ("Al Raqqa" = "Raqqa").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SEPARATORS = re.compile(r"[\s\-‐‑–—_/.,]+")
_DROPPED = re.compile(r"['’‘ʼʻʿʾ`´\"()]")
_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "at", "az", "an", "ash", "ath", "adh", "ud", "ul"})
_DOUBLES = re.compile(r"(.)\1+")


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """Case-, accent- and punctuation-free form of a name."""
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    bare = bare.replace("ß", "ss").replace("ø", "o").replace("ł", "l").replace("đ", "d").replace("ı", "i")
    bare = _DROPPED.sub("", bare.casefold())
    return _SEPARATORS.sub(" ", bare).strip()


@lru_cache(maxsize=65536)
def loose_key(name: str) -> str:
    """name_key without Arabic articles, spaces, doubled letters and the commonest
    transliteration variants (y/i, ou/u): "Buur Hakaba" = "Buurhakaba", "Vodyane" =
    "Vodiane", "Jhudo" = "Jhuddo"."""
    words = [w for w in name_key(name).split() if w not in _ARTICLES]
    joined = "".join(words).replace("y", "i").replace("ou", "u")
    return _DOUBLES.sub(r"\1", joined)


def name_keys(primary: str, alternates: list[str] | tuple[str, ...] = ()) -> set[str]:
    """Loose keys of a place's names, as the gazetteer stores them: the primary name, and
    the alternates a text could use (Latin script; not code-like "BGW" or "BRU")."""
    names = [primary, *(a for a in alternates if usable_alternate(a))]
    return {key for key in (loose_key(n) for n in names if n) if key}


def usable_alternate(name: str) -> bool:
    """Could prose use this alternate name? Not if it is short, code-like or not Latin."""
    return len(name) >= 3 and not (name.isupper() and len(name) <= 4) and is_latin(name)


def is_latin(name: str) -> bool:
    """Is every letter of the name in the Latin script? (Only those can occur in nl/en text.)"""
    return all(unicodedata.name(ch, "").startswith("LATIN") for ch in name if ch.isalpha())


def ascii_name(name: str) -> str:
    """A name as ACLED writes locations: Latin letters without diacritics or ayn marks
    ("I‘zāz" -> "Izaz", "Liège" -> "Liege")."""
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"[‘’ʻʼʿʾ`]", "", bare).replace("ı", "i").strip()
