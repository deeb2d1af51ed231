"""Direct quotations in news text, each with its speaker and reporting verb.

Rule-based, no parser: quote marks are paired paragraph by paragraph; the
speaker comes from the reporting clause after the quote ("...," X said), a
clause before it (X said that "..."), "according to X", or the previous quote
(split and multi-paragraph quotes). Names, pronouns ("he", "they") and roles
("the alliance chief") resolve through the alias table. Unbalanced marks are
reported as warnings and skipped; the rest of the article is still analysed.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .actors import Actors, find_mentions
from .article import Article, Block, read_text
from .errors import InputError
from .paths import REPORTING_VERBS, display_path

QUOTE_COLUMNS = ["quote", "speaker", "speaker_text", "cue", "paragraph", "start", "end", "kind", "method"]
DOUBLE_OPEN, DOUBLE_CLOSE, DOUBLE_EITHER = "“„«", "”»", '"'
SINGLE_OPEN, SINGLE_CLOSE, SINGLE_EITHER = "‘‚‹", "’›", "'"
PRONOUNS = {"he": "male", "she": "female", "they": "plural", "it": "thing", "we": "plural", "i": "self"}
OFFICE_WORDS = r"office|administration|government|spokesman|spokeswoman|spokesperson|ministry|press office|team|campaign|cabinet|aides?|lawyers?|representatives?"
# Words that may stand between a speaker and the verb without being part of the name.
_FILLER = r"(?:also|then|later|earlier|again|quickly|repeatedly|previously|once|further|separately|had|has|have|would|will|did|does|was|is|reportedly|publicly|privately|simply|just|already|still|herself|himself|themselves|itself|on\s+\w+|last\s+\w+|in\s+\d{4})"
_CONNECTOR = r"(?:von|van|der|de|den|la|le|al|bin|ibn|da|di|du|del|dos|ul)"
_FUNCTION_WORD = r"(?:The|A|An|This|That|These|Those|In|On|At|After|Before|But|And|As|If|When|While|Among|Asked|Speaking|It|He|She|They|We|I|His|Her|Its|Their|Our|Not|No|Yes)\b"
_NAME_TOKEN = rf"(?:(?!{_FUNCTION_WORD})[A-Z][\w’'.\-]*|{_CONNECTOR}(?=\s+(?:[A-Z]|{_CONNECTOR}\s)))"
_NAME_RUN = rf"{_NAME_TOKEN}(?:\s+{_NAME_TOKEN})*"
_NP_WORD = r"(?!(?:that|which|who|whom|said|says|and|but|or|was|were|is|are|had|has|have|would|will)\b)[\w.’'&\-]+"
_DETERMINER_NP = rf"\b(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Tt]his|[Tt]hat|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts)\s+(?:{_NP_WORD}\s+){{0,5}}?{_NP_WORD}"
_OFFICE_HEAD = r"(?:spokesperson|spokesman|spokeswoman|spokespeople|representative|official|officials|aide|aides|source|sources|press office|office|statement)"
_POSSESSIVE_OFFICE = rf"{_NAME_RUN}['’]s\s+(?:{OFFICE_WORDS})"


@dataclass(frozen=True)
class Verbs:
    """Reporting verbs and nouns: each form's lemma, part of speech and stance."""

    lemma: dict[str, str]
    part: dict[str, str]
    stance: dict[str, str]

    @property
    def verb_forms(self) -> list[str]:
        """Every verb form, longest first."""
        return sorted((f for f, p in self.part.items() if p == "verb"), key=len, reverse=True)

    @property
    def noun_forms(self) -> list[str]:
        """Every noun form (statement, tweet, ...), longest first."""
        return sorted((f for f, p in self.part.items() if p == "noun"), key=len, reverse=True)


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


@dataclass
class _Mark:
    pos: int
    char: str
    role: str  # open, close


@dataclass
class _Span:
    paragraph: int
    start: int  # first character inside the marks
    end: int  # one past the last character inside the marks
    open_pos: int
    close_pos: int | None  # None: runs on into the next paragraph
    continues_previous: bool = False


def find_quote_marks(article: Article) -> tuple[list[_Span], list[str]]:
    """Pair quote marks paragraph by paragraph; return the quoted spans and warnings."""
    double = bool(re.search(r"[\"“”„«»]", article.text))
    spans: list[_Span] = []
    warnings: list[str] = []
    run_on: _Span | None = None  # a quote whose paragraph ended with no closing mark
    for block in article.blocks:
        if block.role == "credit":
            continue
        marks = _marks(article.text, block, double)
        opens_with_mark = bool(marks) and marks[0].role == "open" and not article.text[block.start : marks[0].pos].strip()
        if run_on is not None:
            if opens_with_mark:
                spans.append(run_on)
            else:
                warnings.append(_unbalanced(run_on.paragraph, run_on.open_pos))
        continues = run_on is not None and opens_with_mark
        run_on = None
        open_mark: _Mark | None = None
        for mark in marks:
            if mark.role == "open":
                if open_mark is not None:  # a second opening mark before a close
                    warnings.append(_unbalanced(block.paragraph, open_mark.pos))
                open_mark = mark
            elif open_mark is None:
                warnings.append(f"paragraph {block.paragraph}: closing quote mark with no opening mark at offset {mark.pos}")
            else:
                spans.append(_Span(block.paragraph, open_mark.pos + 1, mark.pos, open_mark.pos, mark.pos, continues))
                continues, open_mark = False, None
        if open_mark is not None:
            run_on = _Span(block.paragraph, open_mark.pos + 1, block.end, open_mark.pos, None, continues)
    if run_on is not None:
        warnings.append(_unbalanced(run_on.paragraph, run_on.open_pos))
    return [s for s in spans if s.end > s.start], warnings


def _unbalanced(paragraph: int, offset: int) -> str:
    return f"paragraph {paragraph}: opening quote mark at offset {offset} is never closed; skipped"


def _marks(text: str, block: Block, double: bool) -> list[_Mark]:
    opens, closes, either = (DOUBLE_OPEN, DOUBLE_CLOSE, DOUBLE_EITHER) if double else (SINGLE_OPEN, SINGLE_CLOSE, SINGLE_EITHER)
    marks: list[_Mark] = []
    is_open = False
    for pos in range(block.start, block.end):
        char = text[pos]
        if char not in opens and char not in closes and char not in either:
            continue
        before = text[pos - 1] if pos > block.start else " "
        after = text[pos + 1] if pos + 1 < block.end else " "
        if not double and _is_apostrophe(before, after, is_open):
            continue
        if char in opens:
            role = "open"
        elif char in closes:
            role = "close"
        elif before.isspace() or before in "([{—–-/:":
            role = "open" if not after.isspace() or not is_open else "close"
        elif after.isspace() or after in ".,;:!?)]}—–-" or pos + 1 >= block.end:
            role = "close" if is_open else "open"
        else:
            role = "close" if is_open else "open"
        is_open = role == "open"
        marks.append(_Mark(pos, char, role))
    return marks


def _is_apostrophe(before: str, after: str, is_open: bool) -> bool:
    if before.isalnum() and after.isalnum():  # it's, Ukraine’s
        return True
    if not is_open and before.isalnum():  # workers' union, with no quote open
        return True
    return before.isspace() and after.isdigit()  # ’90s


@dataclass
class _Context:
    article: Article
    actors: Actors
    verbs: Verbs
    mentions: pd.DataFrame
    masked: str  # the text with quoted words blanked, so verbs inside quotes are not cues
    sentence_starts: list[int]
    sentence_ends: list[int]


def find_quotes(article: Article, actors: Actors, verbs: Verbs | None = None) -> pd.DataFrame:
    """One row per quoted span.

    Columns: quote, speaker (canonical name when the table knows it, else as
    written), speaker_text (as written), cue (reporting verb lemma), paragraph,
    start, end (offsets of the words inside the marks), kind (full, partial,
    continuation, scare) and method (the rule that attributed it).
    Warnings about unbalanced marks are in `.attrs["warnings"]`.
    """
    verbs = verbs or load_reporting_verbs()
    spans, warnings = find_quote_marks(article)
    masked = list(article.text)
    for span in spans:
        for i in range(span.open_pos, span.close_pos + 1 if span.close_pos is not None else span.end):
            masked[i] = " " if not masked[i].isspace() else masked[i]
    sents = article.sentence_table
    ctx = _Context(
        article, actors, verbs, find_mentions(article, actors), "".join(masked), sents["start"].tolist(), sents["end"].tolist()
    )
    rows: list[dict[str, object]] = []
    for span in spans:
        rows.append(_attribute(ctx, span, rows))
    table = pd.DataFrame(rows, columns=QUOTE_COLUMNS)
    table.attrs["warnings"] = warnings
    return table


def _sentence_bounds(ctx: _Context, offset: int) -> tuple[int, int]:
    for start, end in zip(ctx.sentence_starts, ctx.sentence_ends, strict=True):
        if start <= offset < end:
            return start, end
    block = next((b for b in ctx.article.blocks if b.start <= offset < b.end), None)
    return (block.start, block.end) if block else (offset, offset)


def _attribute(ctx: _Context, span: _Span, done: list[dict[str, object]]) -> dict[str, object]:
    text = ctx.article.text
    quote = text[span.start : span.end]
    row: dict[str, object] = {"quote": quote, "paragraph": span.paragraph, "start": span.start, "end": span.end}
    sent_start, _ = _sentence_bounds(ctx, span.open_pos)
    _, sent_end = _sentence_bounds(ctx, max(span.end - 1, span.start))
    block_start = next(b.start for b in ctx.article.blocks if b.paragraph == span.paragraph and b.role != "credit")
    block_end = next(b.end for b in ctx.article.blocks if b.paragraph == span.paragraph and b.role != "credit")
    sent_start = max(sent_start, block_start)
    lead = text[sent_start : span.open_pos]
    starts_sentence = not lead.strip(" \t\n—–-") or lead.rstrip().endswith(":")
    previous = done[-1] if done else None
    same_paragraph_before = previous is not None and previous["paragraph"] == span.paragraph

    found = None
    if _looks_like_title(quote):
        row.update(speaker="", speaker_text="", cue="", kind="scare", method="a title in quote marks")
        return row
    after_close = text[span.close_pos + 1 : span.close_pos + 3] if span.close_pos is not None else ""
    ends_clause = quote.rstrip()[-1:] in ",?!—–-" or after_close.lstrip(" ")[:1] in (",", "—", "–")
    if span.close_pos is not None and ends_clause:
        found = _tail_attribution(ctx, span.close_pos + 1, min(block_end, sent_end + 200))
    if found is None:
        found = _according_to(ctx, sent_start, min(sent_end, block_end), span)
    if found is None:
        found = _lead_attribution(ctx, sent_start, span.open_pos)
    if found is None and re.search(r"(?::|—|–|\s-)\s*$", lead):
        subject = _sentence_subject(ctx, sent_start, span.open_pos)
        if subject:
            found = (*subject, "", "before the quote: subject of the sentence, then a colon or dash")
    if found is None and span.continues_previous and previous is not None:
        found = (previous["speaker"], previous["speaker_text"], previous["cue"], "run-on quote from previous paragraph")
        row.update(dict(zip(("speaker", "speaker_text", "cue", "method"), found, strict=True)), kind="continuation")
        return row
    if found is None and starts_sentence and previous is not None and previous["speaker"] and (
        same_paragraph_before or _quote_only_paragraph(ctx, span)
    ):
        method = "split quote: previous quote's speaker" if same_paragraph_before else "quote-only paragraph: previous speaker"
        kind = "continuation" if same_paragraph_before else "full"
        row.update(speaker=previous["speaker"], speaker_text=previous["speaker_text"], cue=previous["cue"], kind=kind, method=method)
        return row
    if found is None:
        words = len(quote.split())
        if words <= 4 or not previous or not previous["speaker"]:
            row.update(speaker="", speaker_text="", cue="", kind="scare", method="no speaker in the sentence: scare quote or title")
            return row
        found = (previous["speaker"], previous["speaker_text"], previous["cue"], "no cue: nearest previous speaker")
    speaker, speaker_text, cue, method = found
    row.update(speaker=speaker, speaker_text=speaker_text, cue=cue, method=method)
    row["kind"] = "full" if starts_sentence and (len(quote.split()) > 3 or quote.rstrip().endswith((".", "?", "!", ","))) else "partial"
    if span.continues_previous:
        row["kind"] = "continuation"
    return row


def _looks_like_title(quote: str) -> bool:
    """Title Case words with no sentence punctuation: a film, book, report or product name."""
    words = re.findall(r"[\w’'-]+", quote)
    long_words = [w for w in words if len(w) > 3]
    if not long_words or len(words) > 10 or quote.rstrip()[-1:] in ".,?!":
        return False
    return all(w[0].isupper() for w in long_words) and len(words) >= 2


def _quote_only_paragraph(ctx: _Context, span: _Span) -> bool:
    block = next(b for b in ctx.article.blocks if b.paragraph == span.paragraph and b.role != "credit")
    outside = ctx.masked[block.start : block.end]
    return len(outside.split()) <= 2


def _verb_regex(ctx: _Context, nouns: bool = False) -> re.Pattern[str]:
    return _compiled_forms(tuple(ctx.verbs.noun_forms if nouns else ctx.verbs.verb_forms))


@lru_cache(maxsize=16)
def _compiled_forms(forms: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(f) for f in forms) + r")(?![\w-])")


_OFFICE_OF = rf"\b(?:[Tt]he|[Aa]n?)\s+(?:{_NP_WORD}\s+){{0,3}}?{_OFFICE_HEAD}\s+(?:for|of|at|from)\s+(?:(?:the|a|an)\s+)?(?:{_NAME_RUN}|{_NP_WORD})"
_SPEAKER_FORMS = (
    ("pron", r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|I)\b"),
    ("np", _OFFICE_OF),
    ("office", rf"(?<![\w’'.\-]){_POSSESSIVE_OFFICE}"),
    ("np", rf"(?<![\w’'.\-]){_NAME_RUN}['’]s\s+(?:{_NP_WORD}\s+){{0,3}}?[a-z][\w.\-]*"),
    ("names", rf"(?<![\w’'.\-]){_NAME_RUN}(?:\s*,\s*{_NAME_RUN})*\s+and\s+(?:[a-z]+\s+)*{_NAME_RUN}"),
    ("name", rf"(?:{_DETERMINER_NP}\s+)?(?<![\w’'.\-]){_NAME_RUN}(?:\s+\(\w+\))?"),
    ("np", _DETERMINER_NP),
)
_APPOSITIVE_AT_END = re.compile(r",\s*(?:who|which|whose|a|an|the|one|now|then|also|as|currently|formerly|speaking|\d+)\b[^,]*,\s*$|\s*\([^)]*\)\s*,?\s*$|,\s*$")
_CLAUSE_OPENERS = re.compile(r"\b(?:and|but|or|which|who|that|as|while|when|after|before)\s*$")


def _speaker_before(ctx: _Context, start: int, end: int) -> tuple[str, str] | None:
    """The speaker phrase that ends at `end` (before a verb), resolved; None if none."""
    text = ctx.article.text
    window_start = max(start, end - 220)
    chunk = ctx.masked[window_start:end].rstrip()
    chunk = re.sub(rf"(?:\s+{_FILLER})+\s*$", "", chunk)
    relative = re.search(r"\b(?:which|who|whom|that)\s+((?:he|she|they|it|we))\s*$", chunk)
    match: re.Match[str] | None = None
    if relative:
        match = re.search(r"(?P<pron>\b(?:he|she|they|it|we)\b)\s*$", chunk)
    else:
        for _ in range(2):
            trimmed = _APPOSITIVE_AT_END.sub("", chunk.rstrip())
            if trimmed == chunk.rstrip():
                break
            chunk = trimmed
        chunk = re.sub(rf"(?:\s+{_FILLER})+\s*$", "", chunk.rstrip())
        for form, pattern in _SPEAKER_FORMS:
            match = re.search(rf"(?P<{form}>{pattern})(?:\s+{_FILLER})*\s*$", chunk)
            if match:
                break
    if match is None:
        return None
    phrase_start = window_start + match.start()
    phrase = text[phrase_start : window_start + match.end()].strip()
    phrase = re.sub(rf"(?:\s+{_FILLER})+$", "", phrase)
    phrase = re.sub(r"^(?:and|but|or)\s+", "", phrase)
    if _CLAUSE_OPENERS.search(phrase) or not phrase:
        return None
    return _resolve(ctx, phrase, phrase_start, next(k for k, v in match.groupdict().items() if v))


def _resolve(ctx: _Context, phrase: str, position: int, form: str) -> tuple[str, str] | None:
    """Turn a speaker phrase into (speaker, speaker_text)."""
    end = position + len(phrase)
    inside = ctx.mentions[(ctx.mentions["start"] >= position) & (ctx.mentions["end"] <= end)]
    lowered = phrase.lower()
    if form == "pron":
        resolved = _antecedent(ctx, position, PRONOUNS.get(lowered.split()[0], "thing"))
        return (resolved, phrase) if resolved else None
    if (form == "office" or re.search(rf"['’]s\s+(?:{OFFICE_WORDS})$", phrase)) and not inside.empty:
        return str(inside.iloc[0]["actor"]), phrase
    people = inside[inside["kind"] == "person"]
    if form == "names" and len(set(people["actor"])) > 1:
        return "; ".join(dict.fromkeys(people["actor"])), phrase
    last_word = phrase.split()[-1]
    if last_word[:1].islower():  # a description: "the U.S. president", "a spokesperson for the company"
        owner = re.search(rf"\b{_OFFICE_HEAD}\s+(?:for|of|at|from|to)\s+(.+)$", phrase)
        if owner:
            owner_start = position + owner.start(1)
            owned = ctx.mentions[(ctx.mentions["start"] >= owner_start) & (ctx.mentions["end"] <= end)]
            if not owned.empty:
                return str(owned.iloc[-1]["actor"]), phrase
            role = _role_actor(ctx, owner.group(1).lower(), position)
            if role:
                return role, phrase
        role = _role_actor(ctx, lowered, position)
        if role:
            return role, phrase
        modifier = re.match(rf"^(?:the|a|an)\s+(.+?)\s+{_OFFICE_HEAD}$", lowered)
        if modifier:
            if not inside.empty:
                return str(inside.iloc[-1]["actor"]), phrase
            role = _role_actor(ctx, modifier.group(1), position)
            if role:
                return role, phrase
        if form == "np" and lowered.split()[0] in ("his", "her", "its", "their"):
            return None
        return _as_written(ctx, phrase, position), phrase
    if not people.empty:
        return str(people.iloc[-1]["actor"]), phrase
    if not inside.empty:
        return str(inside.iloc[-1]["actor"]), phrase
    role = _role_actor(ctx, lowered, position)
    if role:
        return role, phrase
    return _as_written(ctx, phrase, position), phrase


def _as_written(ctx: _Context, phrase: str, position: int) -> str:
    """A speaker the table does not know, as written; a bare surname takes its earlier full name."""
    phrase = re.sub(r"\s+", " ", phrase).strip(" ,")
    phrase = re.sub(r"^(The|A|An)\s", lambda m: m.group(1).lower() + " ", phrase)
    if re.fullmatch(_NAME_TOKEN, phrase):
        full = re.findall(rf"(?<![\w’'.\-])((?:{_NAME_TOKEN}\s+)+{re.escape(phrase)})(?![\w])", ctx.article.text[:position])
        if full:
            return re.sub(r"\s+", " ", full[0])
    return phrase


def _role_actor(ctx: _Context, lowered: str, position: int) -> str | None:
    bare = re.sub(r"^(?:the|a|an|its|their|his|her)\s+", "", lowered).strip()
    bare = re.sub(r"\s+", " ", bare)
    roles = {re.sub(r"^the\s+", "", role): name for role, name in ctx.actors.role_to_name.items()}
    candidates = [name for role, name in roles.items() if bare == role or bare.endswith(" " + role)]
    if not candidates:
        return None
    if len(set(candidates)) == 1:
        return candidates[0]
    before = ctx.mentions[(ctx.mentions["end"] <= position) & ctx.mentions["actor"].isin(candidates)]
    return str(before.iloc[-1]["actor"]) if not before.empty else candidates[0]


def _antecedent(ctx: _Context, position: int, wanted: str) -> str | None:
    """The nearest earlier actor compatible with a pronoun (male, female, plural, thing)."""
    earlier = ctx.mentions[ctx.mentions["end"] <= position]
    if wanted == "self":
        return None
    if wanted == "plural":
        recent = _recent_joint(ctx, position)
        if recent:
            return recent
        reported = _last_reporting_subject(ctx, position)
        if reported:
            return reported
        orgs = earlier[earlier["kind"].isin(["organisation", "country", "capital"])]
        return str(orgs.iloc[-1]["actor"]) if not orgs.empty else None
    candidates = [(m.start, m.actor, ctx.actors.by_name[m.actor]["kind"], ctx.actors.by_name[m.actor]["gender"]) for m in earlier.itertuples()]
    if wanted in ("male", "female"):
        candidates += [(start, name, "person", gender) for start, name, gender in _unknown_people(ctx) if start < position]
    for _, actor, kind, gender in sorted(candidates, reverse=True):
        if wanted in ("male", "female") and kind == "person" and gender in (wanted, ""):
            return str(actor)
        if wanted == "thing" and kind != "person":
            return str(actor)
    return None


def _last_reporting_subject(ctx: _Context, position: int) -> str | None:
    """The subject of the last reporting verb in the sentence before `position` ("..., the police said.")."""
    start, _ = _sentence_bounds(ctx, position)
    previous_start, _ = _sentence_bounds(ctx, max(start - 2, 0))
    for verb in reversed(list(_verb_regex(ctx).finditer(ctx.masked, previous_start, start))):
        found = _speaker_before(ctx, previous_start, verb.start())
        if found and found[1].lower() not in PRONOUNS:
            return found[0]
    return None


def _unknown_people(ctx: _Context) -> list[tuple[int, str, str]]:
    """People the table lacks, introduced by a full name and then a pronoun ("Maria Gomez ... she")."""
    found = []
    covered = list(zip(ctx.mentions["start"], ctx.mentions["end"], strict=True))
    for match in re.finditer(rf"(?<![\w’'.\-]){_NAME_TOKEN}\s+{_NAME_TOKEN}(?:\s+{_NAME_TOKEN})?(?![\w’'])", ctx.masked):
        if re.search(r"\b(?:a|an|the|at|in|on|to|from|near|of|for|by|into|via)\s+$", ctx.masked[max(0, match.start() - 6) : match.start()]):
            continue
        if any(s < match.end() and match.start() < e for s, e in covered):
            continue
        following = re.search(r"\b(he|his|him|she|her|hers)\b", ctx.masked[match.end() : match.end() + 160])
        if following and not re.search(_NAME_TOKEN + r"\s+" + _NAME_TOKEN, ctx.masked[match.end() : match.end() + following.start()]):
            gender = "male" if following.group(1) in ("he", "his", "him") else "female"
            found.append((match.start(), re.sub(r"\s+", " ", match.group(0)), gender))
    return found


def _verb_alternatives(ctx: _Context) -> str:
    return "|".join(re.escape(f) for f in ctx.verbs.verb_forms)


def _recent_joint(ctx: _Context, position: int) -> str | None:
    """Two or more people named together ("X and Y issued ...") shortly before position."""
    window_start = max(0, position - 600)
    chunk = ctx.article.text[window_start:position]
    best = None
    for match in re.finditer(rf"{_NAME_RUN}(?:\s*,\s*{_NAME_RUN})*\s+and\s+(?:[a-z]+\s+)*{_NAME_RUN}", chunk):
        start, end = window_start + match.start(), window_start + match.end()
        inside = ctx.mentions[(ctx.mentions["start"] >= start) & (ctx.mentions["end"] <= end)]
        people = inside[inside["kind"] == "person"]
        if len(set(people["actor"])) > 1:
            best = "; ".join(dict.fromkeys(people["actor"]))
    return best


def _tail_attribution(ctx: _Context, after: int, limit: int) -> tuple[str, str, str, str] | None:
    """`"...," X said` or `"...," said X` right after the closing mark."""
    text = ctx.article.text
    tail = text[after:limit]
    lead = re.match(r"[ \t]*(?:,|—|–|-)?[ \t]*", tail)
    assert lead is not None
    offset = after + lead.end()
    rest = text[offset:limit]
    if not rest or rest[0] in "\"“”.\n":
        return None
    verb_first = re.match(r"(?:\w+ly\s+)?(" + _verb_alternatives(ctx) + r")\s+(?!that\b|to\b|it\b|in\b|on\b|by\b|as\b)", rest)
    if verb_first:
        np_start = offset + verb_first.end()
        np_text = text[np_start:limit]
        np_match = re.match(
            rf"(?:(?:{_DETERMINER_NP}\s+)?{_NAME_RUN}|{_DETERMINER_NP})(?=\s*(?:,|\.|;|$|\s+(?:in|on|at|after|before|during|when|while|who|adding|according|told|to|of|from|as|about|with)\b))",
            np_text,
        )
        if np_match:
            phrase = np_match.group(0)
            resolved = _resolve(ctx, phrase, np_start, "name" if re.search(_NAME_RUN, phrase) else "np")
            if resolved:
                return (*resolved, ctx.verbs.lemma[verb_first.group(1)], "after the quote: said X")
    for verb in _verb_regex(ctx).finditer(ctx.masked, offset, min(limit, offset + 160)):
        between = text[offset : verb.start()]
        if re.search(r"[\"“”.!?;:]", between.replace("U.S.", "US").replace("U.N.", "UN")) or len(between.split()) > 12:
            break
        named = re.match(rf"\s*((?:{_DETERMINER_NP}\s+)?{_NAME_RUN})\s*,\s*[^,]+,\s*$", between)
        if named:  # "...," Maria Gomez, a nurse at the clinic, said
            resolved = _resolve(ctx, named.group(1), offset + named.start(1), "name")
        else:
            resolved = _speaker_before(ctx, offset, verb.start())
        if resolved:
            return (*resolved, ctx.verbs.lemma[verb.group(1)], "after the quote: X said")
        break
    return None


def _according_to(ctx: _Context, start: int, end: int, span: _Span) -> tuple[str, str, str, str] | None:
    for match in re.finditer(r"\b[Aa]ccording to\s+", ctx.masked[start:end]):
        np_start = start + match.end()
        np_match = re.match(rf"(?:(?:{_DETERMINER_NP}\s+)?{_NAME_RUN}|{_DETERMINER_NP})", ctx.article.text[np_start:end])
        if np_match:
            phrase = re.split(r"\s*,", np_match.group(0))[0]
            resolved = _resolve(ctx, phrase, np_start, "name" if re.search(_NAME_RUN, phrase) else "np")
            if resolved:
                return (*resolved, "according to", "according to X")
    return None


def _lead_attribution(ctx: _Context, sent_start: int, open_pos: int) -> tuple[str, str, str, str] | None:
    """A reporting verb (or noun) before the quote in its sentence, and that verb's subject."""
    cues = list(_verb_regex(ctx).finditer(ctx.masked, sent_start, open_pos))
    nouns = list(_verb_regex(ctx, nouns=True).finditer(ctx.masked, sent_start, open_pos))
    cues = [c for c in cues if not _not_reporting(ctx, c, sent_start)]
    for verb in reversed(cues):
        form = verb.group(1)
        lemma = ctx.verbs.lemma[form]
        if form.endswith("ing") and lemma not in ("warn",):
            subject = _sentence_subject(ctx, sent_start, verb.start())
            if subject:
                return (*subject, lemma, "before the quote: subject of the sentence, then '-ing' verb")
            continue
        resolved = _speaker_before(ctx, sent_start, verb.start())
        if resolved:
            return (*resolved, lemma, "before the quote: X said ... \"...\"")
    if cues:  # elided subject ("... and warned", "but said"): the sentence's subject
        subject = _sentence_subject(ctx, sent_start, cues[-1].start())
        if subject:
            return (*subject, ctx.verbs.lemma[cues[-1].group(1)], "before the quote: subject of the sentence")
    if nouns:
        subject = _sentence_subject(ctx, sent_start, nouns[-1].start())
        if subject:
            return (*subject, ctx.verbs.lemma[nouns[-1].group(1)], "before the quote: subject of the sentence, then a statement")
    return None


def _not_reporting(ctx: _Context, cue: re.Match[str], sent_start: int) -> bool:
    """A verb form that reports nothing here: "would respond", "added to the evidence"."""
    before = ctx.masked[max(sent_start, cue.start() - 12) : cue.start()]
    after = ctx.masked[cue.end() : cue.end() + 4]
    if re.search(r"\b(?:would|will|could|should|can|may|might|must|to|not)\s+$", before):
        return True
    return ctx.verbs.lemma[cue.group(1)] in ("add", "respond", "reply", "continue", "admit", "note") and bool(re.match(r"\s+to\b", after))


def _sentence_subject(ctx: _Context, sent_start: int, before: int) -> tuple[str, str] | None:
    """The first speaker-like phrase of the sentence, after an opening clause ("After X, ...")."""
    text = ctx.article.text
    chunk = ctx.masked[sent_start:before]
    opener = re.match(r"\s*(?:(?:After|As|Before|When|While|Ahead of|Earlier|Later|In|On|At|During|Speaking|Asked|A short time|Meanwhile|However|Separately|Instead|Still|But|And|Also)\b[^,]*,\s*)", chunk)
    offset = sent_start + (opener.end() if opener else 0)
    rest = text[offset:before]
    patterns = [
        ("pron", r"(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e)\b"),
        ("np", _OFFICE_OF),
        ("office", _POSSESSIVE_OFFICE),
        ("names", rf"{_NAME_RUN}(?:\s*,\s*{_NAME_RUN})*\s+and\s+(?:[a-z]+\s+)*{_NAME_RUN}"),
        ("name", rf"(?:{_DETERMINER_NP}\s+)?{_NAME_RUN}"),
        ("np", _DETERMINER_NP),
    ]
    for form, pattern in patterns:
        match = re.match(rf"\s*({pattern})(?=[\s,])", rest)
        if match:
            phrase = match.group(1)
            resolved = _resolve(ctx, phrase, offset + match.start(1), form)
            if resolved:
                return resolved
    return None


def quoted_spans(article: Article) -> pd.DataFrame:
    """One row per pair of quote marks, before any attribution: paragraph, start, end, text."""
    spans, warnings = find_quote_marks(article)
    rows = [(s.paragraph, s.start, s.end, article.text[s.start : s.end]) for s in spans]
    table = pd.DataFrame(rows, columns=["paragraph", "start", "end", "text"])
    table.attrs["warnings"] = warnings
    return table


def mentioned_vs_quoted(mentions: pd.DataFrame, quotes: pd.DataFrame) -> pd.DataFrame:
    """Per actor: mentions, quotes and quoted words (joint quotes count for each speaker)."""
    spoken = quotes[quotes["speaker"] != ""].assign(speaker=lambda t: t["speaker"].str.split("; ")).explode("speaker")
    heard = spoken.groupby("speaker").agg(quotes=("quote", "size"), quoted_words=("quote", lambda q: int(q.str.split().str.len().sum())))
    named = mentions.groupby(["actor", "group"]).size().rename("mentions").reset_index().set_index("actor")
    table = named.join(heard, how="outer").fillna({"mentions": 0, "quotes": 0, "quoted_words": 0})
    table["group"] = table["group"].fillna("(not in the table)")
    table = table.astype({"mentions": int, "quotes": int, "quoted_words": int}).rename_axis("actor").reset_index()
    return table.sort_values(["mentions", "quoted_words", "actor"], ascending=[False, False, True], ignore_index=True)
