"""utils.patterns: a word list's alternation as a trie matches what the flat, longest-first
alternation matches, word for word, on real verbs and on random words."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from utils.entity_words import speech_verbs
from utils.patterns import alternation


def _flat(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _matches(body: str, text: str) -> list[tuple[int, int, str]]:
    pattern = re.compile(rf"\b(?:{body})\s+([A-Z]\w*)")
    return [(m.start(), m.end(), m.group(1)) for m in pattern.finditer(text)]


def test_the_longest_word_wins_as_in_the_flat_alternation() -> None:
    words = ["agree", "agreed", "agreeing", "agreeing that", "say", "says", "said"]
    text = "Ministers agreeing that Lima was right said Berg, and Ana agreed Berg says Lima."
    assert _matches(alternation(words), text) == _matches(_flat(words), text)
    assert re.fullmatch(alternation(words), "agreeing that")
    assert re.match(alternation(words), "agreeing that").group(0) == "agreeing that"  # type: ignore[union-attr]


def test_the_speech_verbs_match_as_before_on_a_real_sentence() -> None:
    # VOA, 2025-02-28: 'Zelenskyy meeting devolves into heated exchange'
    text = (
        'Kallas said, "Today, it became clear that the free world needs a new leader." '
        "Trump told Zelenskyy he was gambling with World War III, pointing out Ukraine's losses."
    )
    verbs = sorted(speech_verbs())
    assert _matches(alternation(verbs), text) == _matches(_flat(verbs), text)
    assert _matches(alternation(verbs), text)  # the sentence has such matches at all


def test_special_characters_are_escaped_and_no_words_match_nothing() -> None:
    assert re.fullmatch(alternation(["U.S.", "a+b", "(x)"]), "U.S.")
    assert not re.fullmatch(alternation(["U.S."]), "UxSx")
    assert re.search(alternation([]), "anything") is None
    assert re.search(alternation([""]), "anything") is None


WORDS = st.lists(st.text(alphabet="abc .", min_size=1, max_size=5), max_size=12)


@given(WORDS, st.text(alphabet="abc .ABC", max_size=60))
def test_the_trie_matches_exactly_what_the_flat_alternation_matches(
    words: list[str], text: str
) -> None:
    flat = re.compile(f"(?:{_flat(words)})" if words else "(?!)")
    trie = re.compile(f"(?:{alternation(words)})")
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]
