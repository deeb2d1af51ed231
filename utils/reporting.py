"""Reporting verbs and nouns (data/reporting_verbs.csv), and when a verb form reports nothing.

The stage between quote marks and speakers: every reporting verb and noun of an article is found
once, in the text with its quotes blanked (`ReportingCues`, or `reporting_cues` as a table), and
looked up by offset; `speakers.Resolver` finds their subjects, and `quotes` reads both.
"""

from __future__ import annotations

import csv
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import pandas as pd

from .article import Article, read_text
from .entity_words import base_verbs, third_person_verbs
from .errors import InputError
from .paths import REPORTING_VERBS, display_path
from .patterns import alternation


@dataclass(frozen=True)
class Verbs:
    """Reporting verbs and nouns: each form's lemma, part of speech and stance."""

    lemma: dict[str, str]
    part: dict[str, str]
    stance: dict[str, str]

    @cached_property
    def verb_forms(self) -> list[str]:
        """Every verb form, longest first."""
        return sorted((f for f, p in self.part.items() if p == "verb"), key=len, reverse=True)

    @cached_property
    def verb_alternatives(self) -> str:
        """The verb forms as one regex alternation (a trie, longest first)."""
        return alternation(self.verb_forms)

    @cached_property
    def past_as_base(self) -> frozenset[str]:
        """Verbs listed with no past form of their own, whose base form is the past ('read')."""
        forms: dict[str, set[str]] = {}
        for form, lemma in self.lemma.items():
            if self.part[form] == "verb":
                forms.setdefault(lemma, set()).add(form)
        return frozenset(
            lemma
            for lemma, listed in forms.items()
            if all(f in (lemma, lemma + "s", lemma + "es") or f.endswith("ing") for f in listed)
        )

    @cached_property
    def noun_forms(self) -> list[str]:
        """Every noun form (statement, tweet, ...), longest first."""
        return sorted((f for f, p in self.part.items() if p == "noun"), key=len, reverse=True)

    @cached_property
    def verb_pattern(self) -> re.Pattern[str]:
        """Any verb form on word boundaries."""
        return _forms_regex(tuple(self.verb_forms))

    @cached_property
    def noun_pattern(self) -> re.Pattern[str]:
        """Any noun form (statement, tweet, ...) on word boundaries."""
        return _forms_regex(tuple(self.noun_forms))


def load_reporting_verbs(path: Path | str = REPORTING_VERBS) -> Verbs:
    """Read data/reporting_verbs.csv (lemma, forms, part, stance)."""
    return _load_verbs(str(path))


@lru_cache(maxsize=8)
def _load_verbs(path: str) -> Verbs:
    text = read_text(path, what="reporting-verb table (CSV)")
    lemma, part, stance = {}, {}, {}
    for line, row in enumerate(csv.DictReader(text.splitlines()), start=2):
        if not row.get("lemma") or not row.get("forms"):
            raise InputError(display_path(path), f"row {line} needs a lemma and forms")
        for form in (f.strip() for f in row["forms"].split(";")):
            if form and form not in lemma:
                lemma[form] = row["lemma"]
                part[form] = row.get("part") or "verb"
                stance[row["lemma"]] = row.get("stance") or ""
    return Verbs(lemma, part, stance)


def _forms_regex(forms: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(" + alternation(forms) + r")(?![\w-])")


_PREPOSITION_NOUN = (
    r"\b(?:in|on|at|with|from|via|through)\s+(?:a|an|the|its|his|her|their)\s+(?:[a-z][\w-]*\s+)?$"
)

# A sentence that opens with a described someone and a place: the verb after it is theirs.
_DESCRIBED_SUBJECT = (
    r"\s*(?:An?|The|One|Another)\s+(?:[a-z][\w-]*\s+){1,2}(?:in|on|at|from|with)\s+"
    r"(?:a|an|the|its|his|her|their)\s+(?:[a-z][\w-]*\s+)?"
)


@dataclass
class ReportingCues:
    """Every reporting verb and noun form of an article, found once in its quote-blanked text."""

    verbs: list[re.Match[str]]
    nouns: list[re.Match[str]]

    @classmethod
    def find(cls, masked: str, verbs: Verbs) -> ReportingCues:
        """Scan the text (quotes blanked, so no word inside a quote is a cue) once."""
        return cls(
            list(verbs.verb_pattern.finditer(masked)), list(verbs.noun_pattern.finditer(masked))
        )

    @cached_property
    def _verb_starts(self) -> list[int]:
        return [m.start() for m in self.verbs]

    @cached_property
    def _noun_starts(self) -> list[int]:
        return [m.start() for m in self.nouns]

    def verbs_between(self, start: int, end: int) -> list[re.Match[str]]:
        """The verb forms lying inside [start, end), in text order."""
        return _between(self.verbs, self._verb_starts, start, end)

    def nouns_between(self, start: int, end: int) -> list[re.Match[str]]:
        """The noun forms (statement, tweet, ...) lying inside [start, end), in text order."""
        return _between(self.nouns, self._noun_starts, start, end)

    def table(self, verbs: Verbs) -> pd.DataFrame:
        """One row per cue: start, end, form, lemma, part, stance."""
        rows = []
        for cue in sorted(self.verbs + self.nouns, key=lambda m: m.start()):
            form = cue.group(1)
            lemma = verbs.lemma[form]
            rows.append(
                (cue.start(1), cue.end(1), form, lemma, verbs.part[form], verbs.stance[lemma])
            )
        return pd.DataFrame(rows, columns=["start", "end", "form", "lemma", "part", "stance"])


def _between(
    found: list[re.Match[str]], starts: list[int], start: int, end: int
) -> list[re.Match[str]]:
    first, last = bisect_left(starts, start), bisect_left(starts, end)
    return [m for m in found[first:last] if m.end() <= end]


# 'is accused', 'was directly blamed', 'are also quoted', 'must be written': a passive verb's
# subject is its target.
PASSIVE_AUXILIARY = r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?(?:also\s+)?"


def not_reporting(masked: str, verbs: Verbs, cue: re.Match[str], sent_start: int) -> bool:
    """A verb form that reports nothing here: "would respond", "added to", "an insurance claim"."""
    before = masked[max(sent_start, cue.start() - 24) : cue.start()]
    after = masked[cue.end() : cue.end() + 4]
    form = cue.group(1)
    lemma = verbs.lemma[form]
    if re.search(r"\b(?:would|will|could|should|can|may|might|must|to|not)\s+$", before):
        # '... prompting U.S. President Donald Trump to say "..."': a name's words all the same
        return not re.search(
            r"(?<=[a-z,] )(?:[A-Z][\w’'.-]*\s+)+to\s+$",
            masked[max(sent_start, cue.start() - 60) : cue.start()],
        )
    if (
        form in (lemma, lemma + "s")
        and form not in third_person_verbs()  # 'The website for the campaign proclaims "..."'
        and not (form == lemma and lemma in verbs.past_as_base)  # '"...," the notice read.'
        and re.search(
            r"\b(?:a|an|the|this|that|its|his|her|their|our|my|your|no|any)\s+(?:[\w-]+\s+)?$",
            before,
        )
        and not re.search(
            r"\bwhat\s+(?:the\s+)?[\w-]+\s+$", before
        )  # 'what the administration calls'
    ):
        return True
    if re.search(_PREPOSITION_NOUN, before) and not re.fullmatch(
        _DESCRIBED_SUBJECT, masked[sent_start : cue.start()]
    ):  # "in a message posted on": describes a noun; not "An onlooker in the gallery shouted"
        return True
    if re.search(
        r"\b(?:whether|if)\s+(?:[\w’'.-]+\s+){1,6}$",
        masked[max(sent_start, cue.start() - 80) : cue.start()],
    ):
        return True  # 'a reporter's question on whether the king expressed any concerns': asked
    object_of = re.search(r"\bto\s+([a-z]+)\s+$", before)
    if (
        object_of
        and object_of.group(1) not in ("be", "have")
        and object_of.group(1) in base_verbs()
        and form in (lemma, lemma + "s", lemma + "es")
    ):
        return True  # 'the ability to add notes': a noun, the object of the verb after 'to'
    if form.endswith("ed") and re.search(r"\b(?:of|a|an|the|its|his|her|their)\s+$", before):
        return True  # "a litany of alleged grievances": an adjective
    if (
        form != lemma
        and form not in ("said", "told")  # "Biden's said that": Biden has said
        and re.search(r"\w['’]s\s+$", before)
        and re.match(
            r"\s+(?!(?:that|to|he|she|it|they|we|about|of|for|on|in|with|by)\b)[a-z]",
            masked[cue.end() : cue.end() + 12],
        )
    ):
        return True  # "the council's written statement": an adjective after a possessive
    if re.match(r"\s+by\b", masked[cue.end() : cue.end() + 5]):  # passive: "threatened by"
        return True
    if (
        not form.endswith("ing")
        and lemma != "quote"  # 'X was quoted as saying': X speaks
        and re.search(rf"{PASSIVE_AUXILIARY}$", before)
    ):
        return True  # passive: 'The party is directly accused of trying to "..."' is not its speech
    return lemma in ("add", "respond", "reply", "continue", "admit", "note") and bool(
        re.match(r"\s+to\b", after)
    )


def reporting_cues(article: Article, verbs: Verbs | None = None) -> pd.DataFrame:
    """Every reporting verb and noun outside the quotes: start, end, form, lemma, part, stance."""
    from .quote_marks import find_quote_marks, masked_text

    verbs = verbs or load_reporting_verbs()
    spans, _ = find_quote_marks(article)
    return ReportingCues.find(masked_text(article, spans), verbs).table(verbs)
