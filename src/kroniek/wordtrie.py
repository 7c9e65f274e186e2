"""Word lists as trie-shaped regexes.

Python's ``re`` tries the alternatives of ``a|b|c`` one after another at every position
of the text, so a vocabulary of hundreds of words is slow to search. The same words
folded into a trie (``jan(?:uari|\\.)?``) share their prefixes and are matched in one
pass. The regex accepts exactly the same strings, and at each position it prefers the
longest word, as the longest-first alternation it replaces does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""
_Trie = dict[str, "_Trie"]


def word_alternation(words: Iterable[str], space: str = r"\s+") -> str:
    """A non-capturing regex for any of ``words``; a space in a word matches ``space``."""
    trie: _Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    return "(?:" + (_branch(trie, space) or "(?!)") + ")"


def _branch(node: _Trie, space: str) -> str:
    pieces = [
        (space if char == " " else re.escape(char)) + _branch(child, space)
        for char, child in sorted(node.items())
        if char != _END
    ]
    if not pieces:
        return ""
    body = pieces[0] if len(pieces) == 1 else "(?:" + "|".join(pieces) + ")"
    # A word ending here is the shorter choice: try the longer words first.
    return f"(?:{body})?" if _END in node else body


_WORD_GROUP = re.compile(r"\(\?:((?:[^\W\d_]+\|)+[^\W\d_]+)\)")


def fold_word_groups(pattern: str) -> str:
    """``pattern`` with each group of plain words, ``(?:kwam|kwamen|ging)``, as a trie.

    The folded regex finds a match wherever the original does, but may choose a longer
    word inside a group: use it for yes/no searches, not for spans.
    """
    return _WORD_GROUP.sub(lambda group: word_alternation(group.group(1).split("|")), pattern)
