"""Regular expressions built from word lists: one alternation per list, shaped as a trie.

Python's `re` tries the branches of `a|b|c` one after another at every position, so an
alternation of three hundred speech verbs costs three hundred tries per word of the article. The
same words written as a trie (`agree(?:d|ing(?:\\ that)?)?`) are tried a letter at a time, and
match exactly what the flat, longest-first alternation matches.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_End = dict[str, "_End"]


def alternation(words: Iterable[str]) -> str:
    """The words as one regular-expression alternation (no group around it) that, like the
    words escaped and joined longest first, prefers the longest word that matches."""
    root: _End = {}
    for word in words:
        if not word:
            continue
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branches(root) if root else "(?!)"


def _branches(node: _End) -> str:
    """One trie node as a pattern: its children tried in turn, each as deep as it goes, then the
    end of a word if one ends here (a greedy `?`, so the longer word is tried first)."""
    children = [re.escape(char) + _branches(child) for char, child in sorted(node.items()) if char]
    if not children:
        return ""
    body = children[0] if len(children) == 1 else "(?:" + "|".join(children) + ")"
    if "" not in node:
        return body
    if len(children) == 1 and len(body) == 1 + (body.startswith("\\")):
        return body + "?"  # one letter: 'agreed?'
    return "(?:" + body + ")?"
