"""Language knowledge as data files: one folder per language, plus shared files.

Adding a language means adding a folder here (``fr/events.json`` ...), not code.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def load_json(name: str, lang: str | None = None) -> Any:
    """Load ``resources/<lang>/<name>`` (or ``resources/<name>``); None if it is absent."""
    base = resources.files("kroniek.resources")
    target = base / lang / name if lang else base / name
    if not target.is_file():
        return None
    return json.loads(target.read_text(encoding="utf-8"))


@cache
def languages() -> tuple[str, ...]:
    """The languages that have a folder of their own (``en``, ``nl`` ...)."""
    base = resources.files("kroniek.resources")
    return tuple(sorted(d.name for d in base.iterdir() if d.is_dir() and len(d.name) == 2))
