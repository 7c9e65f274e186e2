"""Trie-shaped word regexes match what the plain alternations they replace match."""

from __future__ import annotations

import random
import re

from kroniek.wordtrie import fold_word_groups, word_alternation


def _longest_first(words: list[str]) -> str:
    ordered = sorted(words, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"


def test_a_trie_prefers_the_longest_word_as_a_longest_first_alternation_does() -> None:
    words = ["jan", "jan.", "januari", "juni", "jun", "a b", "ab"]
    trie = re.compile(r"(?<!\w)" + word_alternation(words) + r"\b")
    plain = re.compile(r"(?<!\w)" + _longest_first(words) + r"\b")
    text = "januari jan. janx jun juni a  b ab abc jan"
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert [m.group() for m in trie.finditer(text)] == ["januari", "jan", "jun", "juni", "a  b", "ab", "jan"]


def test_tries_and_alternations_agree_on_random_vocabularies() -> None:
    rng = random.Random(7)
    for _ in range(50):
        words = [
            "".join(rng.choice("ab .") for _ in range(rng.randint(1, 5))).strip() or "a" for _ in range(12)
        ]
        text = "".join(rng.choice("ab .x") for _ in range(200))
        trie, plain = re.compile(word_alternation(words)), re.compile(_longest_first(words))
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_an_empty_vocabulary_matches_nothing() -> None:
    assert re.search(word_alternation([]), "anything") is None


def test_folded_word_groups_find_a_match_wherever_the_original_does() -> None:
    pattern = r"\b(?:kwam|kwamen|ging|gingen)\b|\bop(?:stond|stonden)\b"
    folded = fold_word_groups(pattern)
    assert folded != pattern and "kwam(?:en)?" in folded
    for text in ["ze kwamen", "hij kwam", "gingen ze", "opstonden", "kwamenx", "zij komen", "opstondenx"]:
        assert bool(re.search(folded, text)) == bool(re.search(pattern, text)), text
