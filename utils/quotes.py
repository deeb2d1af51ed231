"""Direct quotations in news text, each with its speaker and reporting verb.

Rule-based, no parser: quote marks are paired paragraph by paragraph; the
speaker comes from the reporting clause after the quote ("...," X said), a
clause before it (X said that "..."), "according to X", or the previous quote
(split and multi-paragraph quotes). Names, pronouns ("he", "they") and roles
("the alliance chief") resolve through the alias table. Unbalanced marks are
reported as warnings and skipped; the rest of the article is still analysed.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from .actors import Actors
from .article import Article
from .entity_words import (
    base_verbs,
    body_nouns,
    demonym_or_stopword,
    other_language_stop_words,
    read_rows,
    speech_verbs,
    word_list,
)
from .form_search import has_form
from .paths import DATA
from .quote_marks import QuoteSpan, find_quote_marks, quoted_spans
from .reporting import PASSIVE_AUXILIARY, Verbs, load_reporting_verbs, not_reporting
from .speakers import (
    _FUNCTION_WORD,
    AGENT_NOUN_ENDING,
    DETERMINER_NP,
    HONORIFIC,
    NAME_RUN,
    OBJECT_PRONOUN_WANTS,
    OFFICE_WORDS,
    OPENER_WORDS,
    PERSON_HEADS,
    PLACE_KINDS,
    PLURAL_HEADS,
    PLURAL_WITHOUT_S,
    UTTERANCE,
    Resolver,
    Speaker,
    documents_pattern,
    kin_words,
    leader_titles,
    speaks_as_a_thing,
)

RULES_PATH = DATA / "quote_rules.csv"


def load_quote_rules(path: Path = RULES_PATH) -> pd.DataFrame:
    """The attribution rules in the order they are tried: id, stage, description."""
    return pd.read_csv(path, dtype=str, keep_default_na=False)


RULES = load_quote_rules()
QUOTE_COLUMNS = [
    "quote",
    "speaker",
    "speaker_text",
    "cue",
    "paragraph",
    "start",
    "end",
    "kind",
    "method",
    "speakers",
]
__all__ = [
    "QUOTE_COLUMNS",
    "RULES",
    "Verbs",
    "find_quote_marks",
    "find_quotes",
    "load_quote_rules",
    "load_reporting_verbs",
    "mentioned_vs_quoted",
    "quoted_spans",
    "rule_usage",
    "speaker_names",
]
TITLE_CUES = r"(?:titled|entitled|named|headlined|called)(?:\s+(?:the|a|an))?"


_WORK_NOUNS = read_rows(DATA / "work_nouns.csv")


def _work_nouns(where: str) -> str:
    """The nouns of data/work_nouns.csv marked for one place beside a title, as a regex group."""
    return "(?:" + "|".join(row["word"] for row in _WORK_NOUNS if row[where] == "yes") + ")"


_WORK_AFTER = (
    rf"[\s,]*(?:an?|the|his|her|their)\s+(?:[\w-]+\s+){{0,4}}?{_work_nouns('after_quote')}\b"
    r"(?!['’]s)"  # not 'the paper's executive editor, Glenn Cook, said': the paper owns the speaker
)
_WORK_BEFORE = rf"\b{_work_nouns('before_quote')}\b[^.;:]{{0,60}},?\s*$"
_WORK_RIGHT_BEFORE = rf"\b{_work_nouns('right_before_quote')}\s*$"
# A name set off by commas with its apposition, up to the comma before the verb: 'Bradley Bowman,
# senior director of the Center ..., said' (A2), '..., Brian Katulis, a senior fellow ..., told' (A14).
_APPOSITIVE_NAME = rf"((?:{HONORIFIC}\s+)?{NAME_RUN}),\s+[^.!?;:]{{3,260}}?,\s*"
_TITLE_WORDS_BEFORE = (  # 'retired', 'former': not a clause ('because Trump, ..., is using')
    r"(?:(?!(?:because|that|which|who|whose|where|if|when|while|as|since|and|but|or|so)\b)"
    r"[a-z][\w-]*\s+){0,3}?"
)
TITLE_LOOK = "N2"
WORK_AFTER = "N4"
LABEL_BEFORE_NOUN = "N7"
_LABEL_AFTER = rf"\s(?:{'|'.join(word_list(DATA / 'label_nouns.txt'))})\b"
NAMING_CUES = (
    r"(?:so-called|nicknamed|dubbed|known as|billed as|the (?:word|term)s?)(?:\s+(?:the|a|an))?"
)
BALLOT_AFTER = r"\s*(?:vote|votes|voters|ballot|ballots|side|camp|campaign)\b"  # a "yes" vote
BALLOT_BEFORE = r"\b(?:vote[sd]?|voting|gone(?:\s+\w+ly)?)\s*$"  # voted "no", gone strongly "Yes"
# Words written or chanted by a crowd, not said by a speaker ("a placard reading ...", "chanting
# ..."): data/display_words.csv, whose words are regex fragments ('placards?' for either number).
_DISPLAY = {
    use: "|".join(row["word"] for row in read_rows(DATA / "display_words.csv") if row["use"] == use)
    for use in ("carrier", "carrier verb", "chant", "label")
}
DISPLAY_CUES = (
    rf"(?:\b(?:{_DISPLAY['carrier']})\b[^.;]{{0,30}}?\b(?:{_DISPLAY['carrier verb']})\b"
    rf"|\b(?:{_DISPLAY['chant']})\b)[^.;]{{0,40}}$"
    rf"|\b(?:{_DISPLAY['label']})s?\b[^.;]{{0,30}}$"
)


@dataclass
class _Context:
    article: Article
    verbs: Verbs
    resolver: Resolver
    masked: str  # the text with quotes blanked, so words inside quotes are never cues
    spans: tuple[QuoteSpan, ...] = ()  # every quote of the article, in text order
    last_spoken: dict[str, Any] | None = None  # the latest quote with a speaker


def find_quotes(
    article: Article,
    actors: Actors,
    verbs: Verbs | None = None,
    mentions: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """One row per quoted span.

    Columns: quote, speaker (canonical name when the table knows it, else as
    written), speaker_text (as written), cue (reporting verb lemma), paragraph,
    start, end (offsets of the words inside the marks), kind (full, partial,
    continuation, scare) and method (the id of the rule in `RULES` that decided).
    Unbalanced marks are skipped; `quote_mark_warnings(article)` lists them. Pass the
    article's `mentions` when they are already found, to skip finding them again.
    """
    resolver = Resolver.for_article(article, actors, verbs, mentions)
    assert resolver.verbs is not None
    spans, _ = find_quote_marks(article)  # the pairing is kept on the article: read, not redone
    ctx = _Context(article, resolver.verbs, resolver, resolver.masked, tuple(spans))
    rows: list[dict[str, Any]] = []
    for span in spans:
        try:
            row = _attribute(ctx, span, rows)  # one row per span: len(rows) is this span's index
        except RecursionError:  # only input can cause this (very long chains); bugs raise
            row = {
                "quote": article.text[span.start : span.end],
                "speaker": "",
                "speaker_text": "",
                "cue": "",
                "paragraph": span.paragraph,
                "start": span.start,
                "end": span.end,
                "kind": "partial",
                "method": "X1",
                "speakers": (),
            }
        reason = None if len(row["speakers"]) > 1 else _not_a_speaker(ctx, row["speaker"])
        if reason == PLURAL_NOUN:  # 'Prosecutors said': a description, as the gold writes it
            lowered = row["speaker"].lower()
            row = {**row, "speaker": lowered, "speakers": (lowered,), "method": reason}
        elif reason:
            row = {**row, "speaker": "", "speaker_text": "", "speakers": (), "method": reason}
        rows.append(row)
        if row["speaker"]:
            ctx.last_spoken = row
            members = row["speakers"] if len(row["speakers"]) > 1 else ()
            known = resolver.actors.by_name.get(row["speaker"])
            if members or known is None:  # a joint speaker, or an unnamed source ('officials')
                remembered = Speaker(
                    row["speaker"],
                    row["speaker_text"],
                    "group" if members else "person",
                    members=members,
                )
            else:  # 'The ACLU hailed ...' is no antecedent of the next 'She'
                remembered = resolver.actor(row["speaker"], row["speaker_text"])
            resolver.remember(span.start, remembered)
    return pd.DataFrame(rows, columns=QUOTE_COLUMNS)


def _not_a_speaker(ctx: _Context, name: str) -> str | None:
    """Why a speaker phrase names nobody ('Moreover', 'Russian', 'Por'), or None if it may."""
    known = ctx.resolver.actors.by_name.get(name)
    if known is not None:
        return A_PLACE if known["kind"] == "place" else None
    if not name:
        return None
    if re.search(r"\s(?:and|but|or|that|which|who|then)$", name):
        return NOT_PEOPLE  # 'the court then stays the execution but': a clause, not a speaker
    if re.search(r"['’]s?$", name):
        return NOT_PEOPLE  # "Trump's" (outreach), "Take Goya’s": the owner of what speaks
    if " " in name.strip():
        short = re.fullmatch(rf"(?:the|a|an|its|their|this|{NAME_RUN}['’]s)\s+([a-z][a-z-]*)", name)
        return NOT_PEOPLE if short and not _names_someone(short.group(1)) else None
    if name[:1].islower():  # a description ('officials') is an unnamed source, not a name
        return None if _names_people(name) else NOT_PEOPLE
    if demonym_or_stopword(name) or name.lower() in other_language_stop_words():
        return "F2"  # 'Moreover', 'Russian', and 'Mais', 'Tras' of an untranslated quotation
    lowered = name.lower()
    if has_form(lowered, ctx.article.text, rf"(?<![\w-]){re.escape(lowered)}(?![\w-])"):
        if (name.endswith("s") and not name.endswith("ss")) or name.lower() in PLURAL_WITHOUT_S:
            return PLURAL_NOUN  # 'Prosecutors said', 'Police say'
        return "F3"
    return None


PLURAL_NOUN = "F1"
NOT_PEOPLE = "F4"
A_PLACE = "F5"


def _names_people(word: str) -> bool:
    """Whether a bare lower-case noun can be who speaks: 'officials', 'organisers', not 'tariffs'."""
    return word in people_nouns() or bool(re.search(rf"{AGENT_NOUN_ENDING}s?$", word))


def _names_someone(noun: str) -> bool:
    """Whether 'the <noun>' can speak: people, a body, an office, a document, a relative."""
    return (
        _names_people(noun)
        or _names_people(noun + "s")
        or speaks_as_a_thing(noun)
        or noun in PERSON_HEADS
        or noun in PLURAL_HEADS
        or noun in body_nouns()
        or noun in kin_words()
        or any(noun == title.split()[-1] for title in leader_titles())
        or bool(re.fullmatch(rf"{OFFICE_WORDS}|{UTTERANCE}", noun))
    )


@functools.cache
def people_nouns() -> frozenset[str]:
    """data/people_nouns.txt: bare nouns that name people who speak."""
    return frozenset(word_list(DATA / "people_nouns.txt"))


def _attribute(ctx: _Context, span: QuoteSpan, done: list[dict[str, Any]]) -> dict[str, Any]:
    text = ctx.article.text
    resolver = ctx.resolver
    quote = text[span.start : span.end]
    row: dict[str, Any] = {
        "quote": quote,
        "paragraph": span.paragraph,
        "start": span.start,
        "end": span.end,
    }
    block = ctx.article.blocks[_block_index(ctx, span)]
    sent_start = max(resolver.sentence_of(span.open_pos)[0], block.start)
    sent_end = min(resolver.sentence_of(max(span.end - 1, span.start))[1], block.end)
    lead = text[sent_start : span.open_pos]
    starts_sentence = (
        not lead.strip(" \t\n—–-")
        or lead.rstrip().endswith((":", "–", "—"))
        or bool(_ADVERB_OPENER.fullmatch(lead))  # 'However, "they certainly will not renew it."'
    )
    whole_sentence = quote[:1].isupper() and quote.rstrip(" ’'\"”").endswith((".", "?", "!"))
    last = done[-1] if done else None  # only the quote just before can share this sentence
    same_sentence_before = (
        last if last and last["paragraph"] == span.paragraph and last["end"] > sent_start else None
    )
    previous = ctx.last_spoken  # the latest quote with a speaker: scare quotes are skipped

    def speaker_row(found: tuple[Speaker, str, str], kind: str | None = None) -> dict[str, Any]:
        speaker, cue, method = found
        long_enough = len(quote.split()) > 3 or quote.rstrip().endswith((".", "?", "!", ","))
        opens = starts_sentence or (whole_sentence and lead.rstrip().endswith(","))
        chosen = kind or ("full" if opens and long_enough else "partial")
        between = (
            text[same_sentence_before["end"] + 1 : span.open_pos] if same_sentence_before else ""
        )
        if same_sentence_before and len(between.split()) <= 8 and between.rstrip().endswith(","):
            chosen = "continuation"  # '"The plant," Van Dijk said, "will be ready."'
        if span.continues_previous:
            chosen = "continuation"
        return {
            **row,
            "speaker": speaker.name,
            "speaker_text": speaker.text,
            "cue": cue,
            "kind": chosen,
            "method": method,
            "speakers": speaker.names,
        }

    def copy_previous(kind: str, method: str) -> dict[str, Any]:
        assert previous is not None
        return {
            **row,
            "speaker": previous["speaker"],
            "speaker_text": previous["speaker_text"],
            "cue": previous["cue"],
            "kind": kind,
            "method": method,
            "speakers": previous["speakers"],
        }

    scare = {**row, "speaker": "", "speaker_text": "", "cue": "", "kind": "scare", "speakers": ()}
    close = span.close_pos
    after = text[close + 1 : close + 80] if close is not None else ""
    after_close = text[close + 1 : close + 3] if close is not None else ""
    ends_clause = quote.rstrip(" '’‘")[-1:] in ",?!—–-" or after_close.lstrip(" ")[:1] in (
        ",",
        "—",
        "–",
    )
    embedded = (  # the quote goes on its sentence, which its own reporting clause then ends
        bool(lead.strip()) and ":" not in lead and quote.rstrip(" '’‘\"")[-1:] not in ".!?"
    )
    as_clause = re.match(  # '(“things you’ve already worked hard on” as ... Jessica Arriens says)'
        r"\s+as\s+(?:[\w’'.-]+\s+){1,8}?([a-z]+)(?:\s+it)?\s*[).,;—–]", after
    )
    ends_clause = (
        ends_clause
        or bool(re.match(rf"\s+{_HOW_THEY_PUT_IT}", after))  # '“...” This is how X describes'
        or bool(as_clause and as_clause.group(1) in ctx.verbs.verb_forms)
    )
    if not ends_clause and len(quote.split()) > 4 and (embedded or not lead.strip()):
        named_verb = (
            re.match(  # 'the future” Blinken told'; 'ICE "is taking ..." the Pentagon said';
                # 'a Republican" Borrego, 37, said'
                rf"\s+{'(?:the )?' if lead.strip() else ''}{NAME_RUN}"
                rf"(?:, (?:\d{{1,3}}|[a-z][^,.;\"“”]{{0,80}}),)?\s+(\w+)(?!\s+that\b)",
                after,
            )
        )
        verb_named = re.match(  # 'is less than two minutes” said Burl.': no comma before the mark;
            # 'is low." said Tom Welch of the U.S. Department of Energy.', 'said Empa's ... Christian Bach.'
            rf"\s+(\w+)\s+(?:{NAME_RUN}['’]s\s+)?{NAME_RUN}(?:\s*[.,]|\s+of\s)",
            text[close + 1 : close + 160] if close is not None else "",
        )
        owner_titled = re.match(  # 'our farmers." Mamadou Salissou Habi Niger's minister of
            # trade said.': a name, its country's possessive and a title in lower case, the verb last
            rf"\s+{NAME_RUN}['’]s(?:\s[a-z]+){{1,4}}?\s+({ctx.verbs.verb_alternatives})\s*[.,]",
            after,
        )
        titled_named = re.match(  # 'a lot." Bank of Montreal economist Doug Porter said.': a
            # body's name and a title in lower case before the name, the verb last
            rf"\s+(?:[A-Z][\w.&’'-]*\s+(?:of\s+)?){{1,4}}(?:[a-z]+\s+){{1,3}}{NAME_RUN}\s+"
            rf"({ctx.verbs.verb_alternatives})\s*[.,]",
            after,
        )
        pronoun_verb = re.match(  # '... There is a problem" he explained, listing ...'
            r"\s+(?:he|she|they|we)\s+(\w+)\b", after
        )
        ends_clause = (
            bool(named_verb and named_verb.group(1) in ctx.verbs.verb_forms)
            or bool(verb_named and verb_named.group(1) in ctx.verbs.verb_forms)
            or bool(pronoun_verb and pronoun_verb.group(1) in ctx.verbs.verb_forms)
            or owner_titled is not None
            or titled_named is not None
        )
    # The evidence that decides between speech and a title first: a reporting clause right after
    # the quote. Title Case alone does not make a title when one follows ('"Prices are up," Roa
    # said.'); a cue such as 'so-called' or 'titled' still does.
    after_clause = (
        _tail_attribution(ctx, close + 1, block.end) if close is not None and ends_clause else None
    )
    after_end = close + 1 if close is not None else span.end
    next_mark = re.match(r"[^\"“”.!?]{0,120}?[\"“]", text[after_end : after_end + 130])
    if (
        after_clause
        and next_mark
        and (
            re.match(r"[^\"“”.!?]{0,80}?[,:]\s*[\"“]", after)
            or ctx.resolver.cues.verbs_between(after_end, after_end + next_mark.end())
        )
        and ctx.resolver.cues.verbs_between(sent_start, span.open_pos)
    ):
        after_clause = None  # 'asked Hussein if he pleaded "guilty or not guilty", Hussain simply
        # replied, "...': a quote with its own reporting verb before it; the clause after it
        # introduces the next quote (not 'should “serve the entire public,” Greene said, “not ...'),
        # also with no comma before it ('saying, "...", Secretary of State ... called the decision
        # "...')
    not_speech = _scare_reason(quote, lead, after) or _displayed(
        ctx.masked[sent_start : span.open_pos]
    )
    looks_only = not_speech in (TITLE_LOOK, WORK_AFTER, LABEL_BEFORE_NOUN) and not re.search(
        rf"\b{TITLE_CUES}\s*$", lead
    )
    spoken = looks_only and (
        _clause_right_after(text, close, after_clause, ctx.verbs.verb_forms)
        or bool(re.search(_WHAT_THEY_CALL, lead))  # 'into what he calls “the Riviera of ...”'
    )
    if not_speech and not spoken:
        return {**scare, "method": not_speech}
    found = after_clause or _in_their_words(ctx, sent_start, lead)
    if (
        found is None
        and same_sentence_before is not None
        and same_sentence_before["speaker"]
        and same_sentence_before["method"] in ("A1", "A2")
        and _one_clause_between(ctx, same_sentence_before["end"] + 1, span.open_pos)
    ):  # 'Think of it as an “iceberg,” suggests ... Ann-Marie Regan of ..., “what you see ...':
        # the clause that attributes the quote before goes on into this one
        return {
            **same_sentence_before,
            **row,
            "kind": "continuation",
            "method": "C11",
        }
    found = found or _according_in_lead(ctx, sent_start, span.open_pos)
    found = found or _lead_attribution(ctx, sent_start, span.open_pos)
    if found is not None and found[2] == "A8":  # 'Vance's remarks are "...," said Kristine Berzina'
        found = _clause_ending_the_sentence(ctx, span, sent_start, sent_end) or found
    found = found or _according_to(ctx, sent_start, sent_end)
    found = found or _clause_after_a_later_quote(ctx, len(done), sent_end, block.end)
    found = found or _clause_ending_the_sentence(ctx, span, sent_start, sent_end)
    if found is None and re.search(r"(?::|—|–|\s-)\s*$", lead):
        found = _colon_speaker(ctx, sent_start, span.open_pos)
    if (
        found is None
        and not lead.strip()
        and re.search(r"[;:]\s*$", text[block.start : sent_start])
    ):
        # 'Key also said at the hearing; "(Iraqis) are ...': the splitter ended the sentence there
        found = _colon_speaker(
            ctx, max(ctx.resolver.sentence_of(sent_start - 2)[0], block.start), span.open_pos
        )
    if found is not None:
        return speaker_row(found)
    if span.continues_previous and previous is not None:
        return copy_previous("continuation", "C1")
    if not lead.strip():
        introduced = _introduced_by_previous_paragraph(ctx, span)
        if introduced is not None:
            return speaker_row(introduced, kind="full")
    if starts_sentence:
        reported = _reported_earlier_in_paragraph(ctx, span, sent_start, previous)
        if reported is not None:
            return speaker_row(reported, kind="full")
    spoken_before = previous is not None and bool(previous["speaker"])
    same_paragraph = previous is not None and previous["paragraph"] == span.paragraph
    if starts_sentence and spoken_before and same_paragraph:
        return copy_previous("continuation", "C4")
    if starts_sentence and _quote_only_paragraph(ctx, span):
        reported = _reported_in_previous_paragraph(ctx, span, previous)  # after 'X said ...'
        reported = reported or _person_introduced(ctx, span, {row["speaker"] for row in done})
        if reported is not None:
            return speaker_row(reported, kind="full")
        if spoken_before:
            return copy_previous("full", "C6")
    if (
        not starts_sentence
        and not _PASSIVE.search(
            lead
        )  # 'the CCP is also blamed for "..."': its subject is the target
        and (len(quote.split()) >= 3 or _characterised(lead))
    ):
        antecedent = _who_clause_antecedent(ctx, sent_start, span.open_pos)
        if antecedent is not None:
            return speaker_row((antecedent, "", "C7"))
        agent = _agent_of_a_passive(ctx, sent_start, lead)
        if agent is not None:  # 'was described by ... Mustapha Hammoud as “somber.”': Hammoud
            return speaker_row((agent, "", "C7"))
        clause = _last_subordinate_clause(ctx, sent_start, span.open_pos)
        if clause is not None:  # '..., while Trump derided Rubio as "little Marco."': Trump
            named = resolver.name_before_verb(clause, span.open_pos)
            if named is not None:
                return speaker_row((named, "", "C7"))
        subject = resolver.clause_subject(sent_start, span.open_pos)
        if (  # "Pike credited the arrest to "..."", but not 'However, tariffs "don't stop ..."'
            subject is not None
            and (subject.kind != "description" or _speaking_document(subject.text))
            and _not_a_speaker(ctx, subject.name) != NOT_PEOPLE
        ):
            return speaker_row((subject, "", "C7"))
    if len(quote.split()) > 4 and (previous is None or previous["paragraph"] != span.paragraph):
        about = _paragraph_about_one_person(ctx, span)
        if about is not None:
            return speaker_row(about)
    if previous is None or not previous["speaker"]:
        return {**scare, "method": "N6"}
    if len(quote.split()) <= 4 and previous["paragraph"] != span.paragraph:
        return {**scare, "method": "N6"}
    if (
        len(quote.split()) <= 3
        and previous["start"] < sent_start
        and not re.search(r"(?i)\b(?:he|she|his|her|him|they|their|them)\b", lead)
    ):  # 'Rahman then entered a plea of "not guilty"', but 'Britain, in her view, is a "..."'
        return {**scare, "method": "N6"}
    if not re.search(r"[A-Za-z]", quote):  # a headline quoted inside an untranslated Hebrew post
        return {**scare, "method": "N6"}
    return copy_previous("partial", "C8")


def _one_clause_between(ctx: _Context, start: int, end: int) -> bool:
    """C11: between two quotes of one sentence, one reporting verb in a clause that ends in a
    comma, with no full stop, colon, quote mark or 'that' in it ('," said Jane Smith of the
    National Gallery, "')."""
    between = ctx.article.text[start:end]
    if not re.fullmatch(r"[^\"“”.;:!?]{1,200},\s*", between) or re.search(r"\bthat\b", between):
        return False
    return len(ctx.resolver.cues.verbs_between(start, end)) == 1


# 'what he calls', 'what the administration describes as': the words are the subject's own.
_WHAT_THEY_CALL = re.compile(
    r"\bwhat\s+(?:the\s+)?[\w’'-]+\s+(?:calls|called|describes\s+as|described\s+as|dubs|dubbed)\s*$"
)
_PASSIVE = re.compile(rf"{PASSIVE_AUXILIARY}\w+ed\b(?!\s+by\b)")
_SUBORDINATOR = re.compile(rf"\b(?:{'|'.join(word_list(DATA / 'clause_conjunctions.txt'))})\s+")
_ADVERB_OPENER = re.compile(r"\s*(?:However|But|Still|Yet|And|Instead|Meanwhile|Indeed),?\s*")


def _last_subordinate_clause(ctx: _Context, sent_start: int, open_pos: int) -> int | None:
    """Where the words after ', while' (or another conjunction) begin, when that clause runs
    with no comma up to the quote's opening mark."""
    text = ctx.masked[sent_start:open_pos]
    last = None
    for match in _SUBORDINATOR.finditer(text):
        if re.search(r",\s*$", text[: match.start()]) and "," not in text[match.end() :]:
            last = match
    return sent_start + last.end() if last is not None else None


def _speaking_document(description: str) -> bool:
    """'The order also would require ... "policies and priorities"': a definite document or
    filing that speaks for its authors ('the order', 'the investigation', not 'a new rule')."""
    words = description.lower().split()
    return len(words) >= 2 and words[0] == "the" and speaks_as_a_thing(words[-1])


def _agent_of_a_passive(ctx: _Context, sent_start: int, lead: str) -> Speaker | None:
    """'the mood ... was described by Dearborn City Council member Mustapha Hammoud as “somber.”':
    the person or body named after 'by', right before 'as' and the quote."""
    agent = re.search(r"\bby\s+([^,;:]{3,80}?)\s+as\s+(?:an?\s+|the\s+)?$", lead)
    if agent is None:
        return None
    named = [
        m
        for m in ctx.resolver.within(sent_start + agent.start(1), sent_start + agent.end(1))
        if m.kind in ("person", "organisation")
    ]
    if not named:
        return None
    return ctx.resolver.actor(named[-1].actor, ctx.article.text[named[-1].start : named[-1].end])


def _characterised(lead: str) -> bool:
    """'dismissed the accusations as "totally false"', 'commended Trump as a "decisive" leader':
    the subject's own word for something, however short; not a name someone is known by
    ('known to supporters as "the Cat"')."""
    return bool(
        re.search(r"\bas\s+(?:an?|the|his|her|its|their)?\s*$", lead)
        and not re.search(r"\b(?:known|considered|serving|referred to)\b[^,;]{0,60}$", lead)
    )


def _clause_right_after(text: str, close: int | None, found: Any, verbs: list[str]) -> bool:
    """Whether the reporting clause starts at the closing mark: '"...," Roa said', not '"...," a tune he wrote'."""
    if close is None or found is None:
        return False
    speaker = found[0]
    after = text[close + 1 : close + 80].lstrip(" ,—–-")
    first_word = after.split(" ", 1)[0] if after else ""
    return after.startswith(speaker.text) or first_word in verbs


def _displayed(masked_lead: str) -> str | None:
    """Why quoted words were shown or chanted rather than said (placards, banners, chants)."""
    if re.search(DISPLAY_CUES, masked_lead, flags=re.IGNORECASE):
        return "N5"
    return None


def _scare_reason(quote: str, lead: str, after: str) -> str | None:
    """Why quoted words are not speech (a title, a name, a label), or None if they may be."""
    if re.search(_WORK_BEFORE, lead) and _looks_like_title(quote, loose=True):
        return "N1"
    if re.search(_WORK_RIGHT_BEFORE, lead) and quote[:1].isupper() and len(quote.split()) <= 6:
        return "N1"  # 'in her post “I failed”'
    if (
        _looks_like_title(quote)
        or (re.search(rf"\b{TITLE_CUES}\s*$", lead) and quote[:1].isupper())
        or re.fullmatch(r"[A-Z][A-Z0-9&]{1,5}", quote.strip())  # '"VT" lines', the '"MIC" mark'
    ):
        return TITLE_LOOK
    if re.search(rf"\b{NAMING_CUES}\s*$", lead) or _nickname(quote, lead, after):
        return "N3"
    if (
        len(quote.split()) <= 3
        and re.search(r"\bwhat\s*$", lead)
        and re.match(r"\s*(?:means|meant|stands for|stood for)\b", after)
    ):
        return "N3"  # a word mentioned: 'They also didn’t know what “federal” meant.'
    if quote.strip(" .,").lower() in ("yes", "no") and (
        re.match(BALLOT_AFTER, after) or re.search(BALLOT_BEFORE, lead)
    ):
        return "N3"  # a ballot option: 'a strong "Yes" vote', 'gone strongly "Yes"'
    if re.fullmatch(r"[A-Z][\w’'-]+", quote.strip()) and re.search(r"\b(?:in|at|into)\s*$", lead):
        return "N3"  # a place's nickname: 'detained indefinitely in "Gitmo"'
    if re.match(_WORK_AFTER, after):
        return WORK_AFTER
    if (
        len(quote.split()) <= 4
        and quote.rstrip()[-1:] not in ".,;:!?"
        and re.match(_LABEL_AFTER, after)
        and not (  # 'working to “slash and burn” programs': a verb and its object, no label
            re.search(r"\bto\s*$", lead) and quote.split()[0].lower() in base_verbs()
        )
    ):
        return LABEL_BEFORE_NOUN  # 'his original "maximum pressure” campaign'
    return None


def _nickname(quote: str, lead: str, after: str) -> bool:
    """'Ross "Rusty" Aimer': one or two capitalised words in marks between a first name and a surname."""
    return bool(
        re.fullmatch(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?", quote)
        and re.search(r"(?<![.!?])\s[A-Z][a-z][\w'’-]*\s*$", lead)
        and re.match(r"\s*[A-Z][a-z][\w'’-]*\b(?!\s*[,.])|\s*[A-Z][a-z][\w'’-]*\s+[a-z]", after)
    )


def _in_their_words(ctx: _Context, sent_start: int, lead: str) -> tuple[Speaker, str, str] | None:
    """`in Brandvold's words, "..."` or `in her words`."""
    words_of = re.search(
        rf"\b[Ii]n\s+((?:{NAME_RUN})['’]s?|his|her|their|its)\s+(?:own\s+)?words,?\s*$", lead
    )
    if not words_of:
        return None
    owner = re.sub(r"['’]s?$", "", words_of.group(1))
    pronoun = {"his": "he", "her": "she", "their": "they", "its": "it"}.get(owner.lower())
    at = sent_start + words_of.start(1)
    speaker = ctx.resolver.resolve(pronoun or owner, at, "pron" if pronoun else "name")
    return (speaker, "words", "A3") if speaker else None


def _reported_earlier_in_paragraph(
    ctx: _Context, span: QuoteSpan, sent_start: int, previous: dict[str, Any] | None
) -> tuple[Speaker, str, str] | None:
    """A quote opening a sentence just after a reporting clause with no quote ("..., she said. "...")."""
    block = ctx.article.blocks[_block_index(ctx, span)]
    if sent_start <= block.start:
        return None
    before_start = max(ctx.resolver.sentence_of(sent_start - 1)[0], block.start)
    if previous is not None and previous["paragraph"] == span.paragraph:
        end = int(previous["end"])
        text = ctx.article.text
        # the previous quote's sentence, its own reporting clause included ('"...," said X.')
        own = (
            end + 1 if text[end - 1 : end] in (".", "!", "?") else ctx.resolver.sentence_of(end)[1]
        )
        if not (  # quotes with no speaker between are blanked: 'home-made "sparkler bombs."'
            own < sent_start
            and re.fullmatch(r"\s+[A-Z][^\"“”]*[.!?]\s*", ctx.masked[own:sent_start])
        ):
            return None  # a quote before it in the paragraph: the split-quote rule decides,
        before_start = own  # unless a sentence of the reporter's own comes between ('"...
        # neighbours." Croatian Prime Minister Ivo Sanader says he does not expect ... "I do ...';
        # '"...," said Suyitno. ... Adam Suherman ... commented today that ... "That in turn ...')
    cues = [
        c
        for c in ctx.resolver.cues.verbs_between(before_start, sent_start)
        if not c.group(1).endswith("ing")
        and not not_reporting(ctx.masked, ctx.verbs, c, before_start)
    ]
    for cue in reversed(cues):
        speaker = ctx.resolver.cue_subject(cue, before_start)
        if speaker:
            return speaker, ctx.verbs.lemma[cue.group(1)], "C3"
    return None


def _looks_like_title(quote: str, loose: bool = False) -> bool:
    """Title Case words with no sentence inside: a film, book, report or product name."""
    core = re.sub(r"\([^)]*\)", "", quote).strip().rstrip(",.")
    words = re.findall(r"[\w’'-]+", core)
    long_words = [w for w in words if len(w) > 3]
    if not long_words or len(words) > 12 or len(words) < 2 or re.search(r"[.?!]\s", core):
        return False
    if quote.rstrip()[-1:] in ",." and len(words) < 3 and not loose:
        return False
    if len(words) >= 3 and all(w.islower() for w in words[1:]):
        return False  # 'Time for it to die.', 'Shame on you': a sentence's first capital only
    if len(words) >= 3 and core.isupper() and quote.rstrip()[-1:] in ".!?":
        return False  # 'THIS IS NOT OUR FIGHT.': a sentence in capitals, shouted in a post
    return all(w[0].isupper() or w[0].isdigit() for w in long_words)


def _block_index(ctx: _Context, span: QuoteSpan) -> int:
    """Index in `article.blocks` of the paragraph that holds a quote."""
    return next(
        i
        for i, b in enumerate(ctx.article.blocks)
        if b.paragraph == span.paragraph and b.role != "credit"
    )


def _quote_only_paragraph(ctx: _Context, span: QuoteSpan) -> bool:
    block = ctx.article.blocks[_block_index(ctx, span)]
    return len(ctx.masked[block.start : block.end].split()) <= 2


def _reported_in_previous_paragraph(
    ctx: _Context, span: QuoteSpan, previous: dict[str, Any] | None
) -> tuple[Speaker, str, str] | None:
    """A reporting clause without a quote in the paragraph before ("For now, X said, ...")."""
    blocks = ctx.article.blocks
    index = _block_index(ctx, span)
    if index == 0:
        return None
    before = blocks[index - 1]
    if previous is not None and previous["paragraph"] == before.paragraph:
        return None
    events = ctx.resolver.speakers_between(before.start, before.end)
    last = ctx.resolver.last_clause(before.start, before.end)  # '..., he said.' counts too
    if last is not None and (not events or last[0] > events[-1][0]):
        events.append(last)
    return (events[-1][1], "", "C5") if events else None


def _paragraph_about_one_person(ctx: _Context, span: QuoteSpan) -> tuple[Speaker, str, str] | None:
    """C10: the one person a paragraph names before a quote with no cue ("Lakshmi Grama ... knows
    this ... She knew ... “When people find value, they’ll work together.”")."""
    block = ctx.article.blocks[_block_index(ctx, span)]
    people = [
        m
        for m in ctx.resolver.within(block.start, span.open_pos)
        if m.kind == "person"
        and ctx.resolver.outside_quotes(m)
        and not re.match(r"['’]s\b", ctx.article.text[m.end : m.end + 3])
        and not re.search(
            r"\b(?:[Tt]he|[Aa]n?)\s+$", ctx.article.text[max(0, m.start - 5) : m.start]
        )
    ]  # not an owner or a modifier: 'Trump's pressure campaign', 'the Trump detail'
    if len({m.actor for m in people}) != 1:
        return None
    last = people[-1]
    return ctx.resolver.actor(last.actor, ctx.article.text[last.start : last.end]), "", "C10"


def _person_introduced(
    ctx: _Context, span: QuoteSpan, spoken: set[str]
) -> tuple[Speaker, str, str] | None:
    """C9: the person a one-sentence paragraph with no quote opens with, who has not spoken yet
    ("Germany's Defense Minister Boris Pistorius rejected Vance's characterization.")."""
    index = _block_index(ctx, span)
    if index == 0:
        return None
    before = ctx.article.blocks[index - 1]
    if any(before.start <= other.open_pos < before.end for other in ctx.spans):
        return None
    start, end = ctx.resolver.sentence_of(before.start)
    if end < len(ctx.article.span(before).rstrip()) + before.start:
        return None  # more than one sentence
    subject = ctx.resolver.clause_subject(max(start, before.start), end, pronouns=False)
    if subject is None or subject.kind != "person" or subject.name in spoken:
        return None
    return subject, "", "C9"


def _introduced_by_previous_paragraph(
    ctx: _Context, span: QuoteSpan
) -> tuple[Speaker, str, str] | None:
    """A paragraph that opens with a quote after one that ends with a colon ("... read a statement:")."""
    blocks = ctx.article.blocks
    index = _block_index(ctx, span)
    if index == 0 or not ctx.article.span(blocks[index - 1]).rstrip().endswith(":"):
        return None
    # 'Below are a few highlights:', then 'Never underestimate ... “...”': the quote opens nothing
    if ctx.article.text[blocks[index].start : span.open_pos].strip():
        return None
    previous = blocks[index - 1]
    sent_start, _ = ctx.resolver.sentence_of(previous.end - 1)
    sent_start = max(sent_start, previous.start)
    found = _colon_speaker(ctx, sent_start, previous.end)
    if found:
        return found[0], found[1], "C2"
    # 'Among them:' names no one: the source is the subject of the latest sentence before it
    # ('Last month, he offered policy recommendations ...'), back to the last quote with a speaker.
    spoken = ctx.last_spoken
    limit = max(blocks[max(index - 4, 0)].start, int(spoken["end"]) if spoken else 0)
    position = sent_start - 1
    while position > limit:
        start, end = ctx.resolver.sentence_of(position)
        subject = ctx.resolver.clause_subject(max(start, limit), end)
        if subject is not None and subject.kind != "description":
            return subject, "", "C2"
        position = start - 1
    return None


def _colon_speaker(ctx: _Context, sent_start: int, end: int) -> tuple[Speaker, str, str] | None:
    """Who introduces a quote with a colon or dash: the last clause's subject, else the sentence's."""
    clause = ctx.masked[sent_start:end]
    if re.match(r"\s*[Aa]ccording to\s", clause):  # 'According to him: "..."', not 'According'
        return _according_to(ctx, sent_start, end)
    last_comma = clause.rfind(",")
    if last_comma >= 0:
        subject = re.match(r"\s*(he|she|they|it|we)\b", clause[last_comma + 1 :])
        if subject:
            speaker = ctx.resolver.resolve(
                subject.group(1), sent_start + last_comma + 1 + subject.start(1), "pron"
            )
            if speaker:
                return speaker, "", "A10"
    verb = re.search(r"\s+([a-z]+)s\s*[:—–-]\s*$", clause)
    if verb and any(verb.group(1) + ending in speech_verbs() for ending in ("s", "d", "ed")):
        end = sent_start + verb.start()  # 'The ad states: "..."': 'states' reports, like 'stated'
    speaker = ctx.resolver.clause_subject(sent_start, end)
    return (speaker, "", "A11") if speaker else None


def _without_abbreviations(text: str) -> str:
    """The text with honorifics, initials, company endings and web addresses ('Sgt.', 'U.S.',
    'Co.', 'Welcome.US') as X's of the same length."""
    return re.sub(
        rf"\b{HONORIFIC}|\b(?:[A-Z]\.)+|\b(?:Co|Corp|Inc|Ltd|Bros)\.|(?<=\w)\.(?=\w)",
        lambda m: "X" * len(m.group(0)),
        text,
    )


_HOW_THEY_PUT_IT = r"(?:This|That)(?: is|’s|'s) (?:how|what) "


def _tail_attribution(ctx: _Context, after: int, limit: int) -> tuple[Speaker, str, str] | None:
    """`"...," X said` or `"...," said X` right after the closing mark."""
    text = ctx.article.text
    lead = re.match(r"[ \t]*(?:,|—|–|-)?[ \t]*", text[after:limit])
    offset = after + (lead.end() if lead else 0)
    rest = text[offset:limit]
    if not rest or rest[0] in '"“”.\n':
        return None
    if re.match(r"(?:and|but|or)\s", rest):
        return None  # 'said Musk is "the heartbeat of America PAC," and the person announcing':
        # a clause joined on, no reporting clause of the quote
    full_stop = text[after - 2 : after - 1] == "." and not text[after:offset].strip()
    described = re.match(_HOW_THEY_PUT_IT, rest)
    if described:  # '“A better way to tell a beautiful story.” This is how ... Benoff describes'
        offset += described.end()
        rest = rest[described.end() :]
        full_stop = False
    verb_first = re.match(
        r"(?:[a-z]+ly\s+)?("  # 'quietly said X', but not the name in 'Easterly said'
        + ctx.verbs.verb_alternatives
        + r"),?\s+(?!that\b|to\b|it\b|in\b|on\b|by\b|as\b)",  # 'said, telecommunications
        rest,  # expert, Paul Budde,': a comma the copy put after the verb
    )
    if verb_first and not verb_first.group(1).endswith("ing"):  # ', urging the U.S. to': no speaker
        speaker = ctx.resolver.phrase_after(offset + verb_first.end(), limit)
        if speaker:
            return speaker, ctx.verbs.lemma[verb_first.group(1)], "A1"
    document_states = re.match(  # '"...," the report states.': 'states' alone is no verb form
        # (data/reporting_verbs.csv: 'member states said'), but after a document it reports
        rf"((?:the|this|that|its|their|his|her)\s+(?:[\w-]+\s+)?(?:{documents_pattern()}))"
        r"\s+states\s*(?:[.,;:]|$)",
        rest,
    )
    if document_states:
        speaker = ctx.resolver.resolve(document_states.group(1), offset, "np")
        if speaker:
            return speaker, "state", "A2"
    for verb in ctx.resolver.cues.verbs_between(offset, min(limit, offset + 320)):
        if not_reporting(ctx.masked, ctx.verbs, verb, offset):
            continue  # '"...," read the council's written statement': no verb of its own
        if re.match(r"[ \t]*[“\"]", text[verb.end() : verb.end() + 3]):
            return None  # '"Homes, not hotels!" Placards read "Evict greed ...": the next quote's
        # a nickname in marks ('Ross "Rusty" Aimer') does not end the clause; other marks do
        between = _without_abbreviations(
            re.sub(
                r"(?<=[A-Za-z]) [\"“][A-Z][\w'’.-]*[\"”] (?=[A-Z])",
                lambda m: " " * len(m.group(0)),
                text[offset : verb.start()],
            )
        )  # same length as the text, so a match's offsets point into it
        appositive = re.fullmatch(
            rf"\s*{_TITLE_WORDS_BEFORE}{_APPOSITIVE_NAME}", between
        )  # '"...," Bradley Bowman, senior director of the Center ..., said'; also after lower-case
        # title words: '"...," retired Rear Admiral Mark Montgomery, currently a defense analyst ...'

        if appositive and not re.match(rf"\s*{_FUNCTION_WORD}", appositive.group(1)):
            at = offset + appositive.start(1)
            speaker = ctx.resolver.resolve(text[at : offset + appositive.end(1)], at, "name")
            if speaker:
                return speaker, ctx.verbs.lemma[verb.group(1)], "A2"
        if re.search(r",\s+who\s+$", between):
            continue  # the verb of a relative clause about the speaker: 'exporter ..., who asked'
        # '"...," a Chinese apparel exporter surnamed Yuan ..., who asked ..., told VOA'
        relative = re.fullmatch(r"(\s*(?:an?|one|the)\s[^,]{3,80}?),\s+who\s[^,\"“”]*,\s*", between)
        if relative:
            speaker = ctx.resolver.phrase_before(offset, offset + relative.end(1))
            if speaker:
                return speaker, ctx.verbs.lemma[verb.group(1)], "A2"
        if (
            re.search(r"[\"“”.!?;:]|\b(?:that|which|whose|where|because|if|when)\b", between)
            or len(between.split()) > 14
        ):
            break
        if full_stop and not re.match(
            r"(?:\s+[\w’'.-]+){0,4}\s*[.!?]|\s+(?:in|at|after|during|outside|following)\s",
            text[verb.end() : limit],
        ):
            break  # '"... between neighbours." Croatian Prime Minister Ivo Sanader says he does not
            # expect relations to worsen.': a sentence of its own, not '"...." Gronvold told VOA.'
            # nor '"...families." Mireles said in Hidalgo County after Election Day.'
        speaker = ctx.resolver.phrase_before(offset, verb.start())
        if speaker:
            return speaker, ctx.verbs.lemma[verb.group(1)], "A2"
        break
    return None


def _clause_after_a_later_quote(
    ctx: _Context, index: int, sent_end: int, limit: int
) -> tuple[Speaker, str, str] | None:
    """'... a "tax hike" and will "hurt the economy," he told VOA': the clause after the last quote.

    `index` is the quote's place in `ctx.spans`; only the quotes after it in its sentence are read.
    """
    last = None
    for later in itertools.islice(ctx.spans, index + 1, None):
        if later.open_pos >= sent_end:
            break
        if later.close_pos is not None and later.close_pos < sent_end:
            last = later
    if last is None or last.close_pos is None:
        return None
    quote = ctx.article.text[last.start : last.end]
    after = ctx.article.text[last.close_pos + 1 : last.close_pos + 3]
    if not (quote.rstrip()[-1:] in ",?!" or after.lstrip(" ")[:1] == ","):
        return None
    found = _tail_attribution(ctx, last.close_pos + 1, limit)
    return (found[0], found[1], "A13") if found else None


def _clause_ending_the_sentence(
    ctx: _Context, span: QuoteSpan, sent_start: int, sent_end: int
) -> tuple[Speaker, str, str] | None:
    """'... should "immediately apply" for a designation, Moore-Gilbert said.': the closing clause,
    its last verb first, then earlier ones ('..., a senior official said when asked what Biden
    might tell Xi')."""
    close = span.close_pos if span.close_pos is not None else span.end
    verbs = [
        v
        for v in ctx.resolver.cues.verbs_between(close, sent_end)
        if not v.group(1).endswith("ing")
        and not not_reporting(ctx.masked, ctx.verbs, v, sent_start)
        and not re.search(  # 'and his calls for retaliation': a noun
            r"\b(?:his|her|their|its|our|my|your|the|a|an)\s+$", ctx.masked[sent_start : v.start()]
        )
    ]
    for verb in reversed(verbs):
        found = _closing_clause_at(ctx, verb, close, sent_end)
        if found is not None:
            return found
    return None


def _closing_clause_at(
    ctx: _Context, verb: re.Match[str], close: int, sent_end: int
) -> tuple[Speaker, str, str] | None:
    """The speaker of one verb of the closing clause: ', Moore-Gilbert said.', ', said Daniel
    Sneider, a lecturer', '..., Brian Katulis, a senior fellow ..., told VOA.'"""
    before = ctx.masked[close : verb.start()]
    comma = before.rfind(",")
    after = ctx.masked[verb.end() : sent_end]
    lemma = ctx.verbs.lemma[verb.group(1)]
    if comma >= 0 and not before[comma + 1 :].strip():
        appositive = re.search(rf",\s+{_APPOSITIVE_NAME}$", before)
        if (
            appositive
        ):  # '..., Brian Katulis, a senior fellow of the Middle East Institute, told VOA.'
            at = close + appositive.start(1)
            named = ctx.resolver.resolve(
                ctx.article.text[at : close + appositive.end(1)], at, "name"
            )
            if named is not None:
                return named, lemma, "A14"
        described = re.match(  # '..., said the president through a translator.': a role
            r"\s*the(?:\s+(?![a-z]+ed\b)[a-z-]+){1,3}\s*(?:[.;]|$|\s+(?:through|via|in|at|on|after)\b)",
            after,
        )
        if lemma != "tell" and (re.match(r"\s*[A-Z]", after) or described):
            # '"A big concern ..." was whether ..., said Daniel Sneider, a lecturer at Stanford.'
            inverted = ctx.resolver.phrase_after(verb.end() + 1, sent_end)
            if inverted is not None:
                return inverted, lemma, "A14"
    if (
        comma < 0
        # up to eight words before the verb: 'his designated choice for national security adviser'
        or len(before[comma + 1 :].split()) > 8
        or len(after.split()) > 25
        # ', X said, and ...', ', Biden said, stressing ...', but not ', he said, "that customs
        # will work out."' (a quote follows)
        or re.match(r"\s*(?:that|to|[;:]|,(?!\s*(?:and|but)\s)(?!\s*[a-z]+ing\s)(?!\s*$))", after)
        or re.search(r"\s{3,}", after.strip())  # another quote, blanked, after the verb
    ):
        return None
    speaker = ctx.resolver.phrase_before(close + comma + 1, verb.start())
    return (speaker, lemma, "A14") if speaker else None


def _according_to(ctx: _Context, start: int, end: int) -> tuple[Speaker, str, str] | None:
    for match in re.finditer(r"\b[Aa]ccording to\s+", ctx.masked[start:end]):
        np_start = start + match.end()
        pronoun = re.match(r"(him|her|them)\b", ctx.masked[np_start:end])
        if pronoun:  # 'According to him: "..."'
            wanted = OBJECT_PRONOUN_WANTS[pronoun.group(1)]
            named = ctx.resolver.antecedent(np_start, wanted, pronoun.group(1))
            if named is not None:
                return named, "according to", "A9"
            continue
        issued = re.match(
            r"(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:issued|released|sent|signed|published)?\s*(?:by|from)\s+",
            ctx.masked[np_start:end],
        )  # 'according to the warning issued by A, B and C'
        for at in [np_start, *([np_start + issued.end()] if issued else [])]:
            if ctx.masked[at : at + 4].lower() == "the ":
                at += 4
            listed = ctx.resolver.listed_bodies(at, end)
            if listed is not None:
                return listed, "according to", "A9"
        document = re.match(  # 'according to a report issued Thursday by financial services provider X'
            r"(?:an?|the)\s+(?:[\w-]+\s+){0,1}?[\w-]+(?=\s+(?:issued|released|sent|published)\s)",
            ctx.masked[np_start:end],
        )
        author = (
            ctx.resolver.issued_by(np_start + document.end(), ("organisation", "person", "country"))
            if document
            else None
        )
        if author is not None:
            opener = re.match(r"\s*(He|She)\s+[a-z]", ctx.masked[start:end])
            if opener:  # 'He hopes ... "...," according to a readout released by ... Xinhua'
                subject = ctx.resolver.resolve(opener.group(1), start + opener.start(1), "pron")
                if subject is not None and subject.kind == "person":
                    return subject, "according to", "A9"
            written = ctx.article.text[np_start : author.end]
            return ctx.resolver.actor(author.actor, written), "according to", "A9"
        carried = re.match(  # 'according to a report in The Economic Times of India': the paper
            rf"an?\s+(?:{documents_pattern()})\s+(?:in|on|by)\s+[^,.;:!?]*",
            ctx.masked[np_start:end],
        )
        outlets = (
            [
                m
                for m in ctx.resolver.within(np_start, np_start + carried.end())
                if m.kind == "organisation"
            ]
            if carried
            else []
        )
        if outlets:
            written = ctx.article.text[np_start : outlets[0].end]
            return ctx.resolver.actor(outlets[0].actor, written), "according to", "A9"
        apposed = re.match(  # 'according to one Buffalo, New York Common Council member, David Franczyk,'
            rf"(?:an?|one|the)\s+[^.;:!?\"“”]{{1,80}}?,\s+({NAME_RUN}),",
            ctx.article.text[np_start:end],
        )
        if apposed:
            named = ctx.resolver.resolve(apposed.group(1), np_start + apposed.start(1), "name")
            if named is not None and named.kind == "person":
                return named, "according to", "A9"
        np_match = re.match(
            rf"(?:(?:{DETERMINER_NP}\s+)?{NAME_RUN}(?:['’]s?\s+[a-z]+)?|{DETERMINER_NP})(?=\s*(?:,|\.(?!\w|\s+[a-z])|;|$|\s+(?:filed|in|on|at|from|released|published|seen|obtained|issued|who)\b))",
            ctx.article.text[np_start:end],
        )
        if np_match:
            phrase = re.sub(
                r"(?<=[a-z]{2})\.$", "", np_match.group(0)
            )  # "official." ends the sentence
            speaker = ctx.resolver.resolve(
                phrase, np_start, "name" if re.fullmatch(NAME_RUN, phrase) else "np"
            )
            if speaker:
                return speaker, "according to", "A9"
        titled = ctx.resolver.titled_person_after(np_start, ctx.article.text[np_start:end])
        if titled is not None:  # 'according to analyst Ian Bond of the Center for ...'
            return titled, "according to", "A9"
    return None


def _according_in_lead(
    ctx: _Context, sent_start: int, open_pos: int
) -> tuple[Speaker, str, str] | None:
    """A9 before A4: an 'according to' with no reporting verb between it and the quote names the
    speaker, not the subject of a verb before it ('Giacalone replied ... and that according to
    attorney Bob Knoer, ..., there is "..."'; 'According to WNYmedia.net they "..."')."""
    lead = list(re.finditer(r"\b[Aa]ccording to\s+", ctx.masked[sent_start:open_pos]))
    if not lead:
        return None
    at, np_start = sent_start + lead[-1].start(), sent_start + lead[-1].end()
    if ctx.resolver.cues.verbs_between(np_start, open_pos):
        return None
    if any(v.end() + 2 >= at for v in ctx.resolver.cues.verbs_between(sent_start, at)):
        return None  # 'The caller also claimed, according to Franczyk, that ...': the caller's
    found = _according_to(ctx, at, open_pos)
    if found is not None:
        return found
    named = next((m for m in ctx.resolver.within(np_start, open_pos) if m.start == np_start), None)
    if named is None or named.kind not in ("person", "organisation"):
        return None
    written = ctx.article.text[named.start : named.end]
    return ctx.resolver.actor(named.actor, written), "according to", "A9"


def _who_clause_antecedent(ctx: _Context, sent_start: int, open_pos: int) -> Speaker | None:
    """The person named before ', who' when the quote lies inside that clause ('Trump, who has
    named India among countries that are "..."'), or the body named before ', which' ('the
    Death Penalty Information Center, which says it "..."'), or None."""
    who = re.search(rf"({NAME_RUN}),\s+((who|which)\s+[^,;:]*)$", ctx.masked[sent_start:open_pos])
    if who is None or re.search(
        r"\b(?:who|which|and)\s+(?:\w+ly\s+)?(?:(?:has|have|had)\s+been|is|are|was|were)\b",
        who.group(2),
    ):
        return None  # 'Maeleninine, who was described as a "..."': what others call the person
    antecedent = ctx.resolver.resolve(who.group(1), sent_start + who.start(1), "name")
    verb = who.group(2).split()[1:2]
    if who.group(3) == "which" and not (verb and verb[0] in ctx.verbs.verb_forms):
        return None  # 'Danab, which means "lightning."': a gloss, no body speaking
    kind = "person" if who.group(3) == "who" else "organisation"
    return antecedent if antecedent is not None and antecedent.kind == kind else None


_RELATIVE_BEFORE_VERB = re.compile(
    r"^(.*\S)\s+(?:who\s|(?:quoted|cited|interviewed)\s+by\s)[^,;:\"“”]*$"
)


def _outside_a_relative(
    ctx: _Context, sent_start: int, verb_start: int, speaker: Speaker | None
) -> Speaker | None:
    """The subject before a relative clause or a 'quoted by' phrase, when the name found before
    the verb is no person and lies inside it ('Former U.S. military officials who have recently
    visited Taiwan reported', 'A top Russia diplomat quoted by the state news agency Tass ...
    said'): the name is the clause's object, not the speaker."""
    if speaker is None or speaker.kind in ("person", "description"):
        return speaker
    lead = ctx.masked[sent_start:verb_start]
    relative = _RELATIVE_BEFORE_VERB.search(lead)
    if (
        relative is None
        or speaker.text not in lead[relative.end(1) :]
        or re.search(  # 'staff who were involved ... for what they called': a clause of its own
            r"\b(?:what|that|which|he|she|they|it|we)\b", lead[relative.end(1) :]
        )
    ):
        return speaker
    subject = ctx.resolver.phrase_before(sent_start, sent_start + relative.end(1))
    return subject if subject is not None else speaker


def _lead_attribution(
    ctx: _Context, sent_start: int, open_pos: int
) -> tuple[Speaker, str, str] | None:
    """A reporting verb (or noun) before the quote in its sentence, and that verb's subject."""
    resolver = ctx.resolver
    cues = [
        c
        for c in ctx.resolver.cues.verbs_between(sent_start, open_pos)
        if not not_reporting(ctx.masked, ctx.verbs, c, sent_start)
        and not re.search(r"\b[Aa]ccording to\b[^,]*\bwho\s+$", ctx.masked[sent_start : c.start()])
    ]  # 'according to a senior official who spoke to reporters': the source's verb, A9's to read
    nouns = [
        n
        for n in ctx.resolver.cues.nouns_between(sent_start, open_pos)
        if not re.search(r"\b[Aa]ccording to\b[^,]*$", ctx.masked[sent_start : n.start()])
    ]
    for index in range(len(cues) - 1, -1, -1):
        verb = cues[index]
        lemma = ctx.verbs.lemma[verb.group(1)]
        if verb.group(1).endswith("ing"):
            before_verb = ctx.masked[sent_start : verb.start()]
            named = (
                re.search(rf"\bwith\s+(?:the\s+)?({NAME_RUN})\s*$", before_verb)
                or re.search(rf"\bwith\s[^.;]*?\band\s+({NAME_RUN})\s*$", before_verb)
                or re.search(rf"\bwith\s[^.;,]*,\s*({NAME_RUN}),\s*$", before_verb)
            )  # '... and Trump telling Zelenskyy', "with Pyongyang’s chief negotiator, Kim Myong
            # Gil, telling reporters"
            if named:  # '..., with Rubio saying that Hamas "must be eradicated"'
                at = sent_start + named.start(1)
                speaker = resolver.resolve(named.group(1), at, "name")
                if speaker:
                    return speaker, lemma, "A12"
            described = re.search(
                r"\bwith\s+((?:some|many|several|other|an?|one|two|three|four|five)"
                r"(?:\s+[a-z][\w’'-]*){1,4}"
                r"|(?:\d+(?:\.\d+)?\s?(?:%|percent)|most|half|all|none)\s+of\s+(?:the\s+)?"
                r"[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,3})\s*$",  # 'with 93% of respondents saying'
                before_verb,
            )
            if described:  # 'with some national representatives calling adoption ... "insulting."'
                at = sent_start + described.start(1)
                return resolver.as_written(described.group(1), at), lemma, "A12"
            titled = re.search(r"\bwith\s+((?:the\s+)?[^,.;]+?)\s*$", before_verb)
            if titled:  # 'with Secretary of State Marco Rubio saying that Hamas "..."'
                at = sent_start + titled.start(1)
                speaker = resolver.titled_person_after(at, ctx.article.text[at : verb.start()])
                if speaker:
                    return speaker, lemma, "A12"
            finite = [c for c in cues[:index] if not c.group(1).endswith("ing")]
            for at in range(len(finite) - 1, -1, -1):
                earlier = finite[at]
                if at and not re.search(
                    r"[,;]\s+(?:and|but|while)\b",
                    ctx.masked[finite[at - 1].end() : earlier.start()],
                ):
                    continue  # 'The official said the team had signaled that ..., calling': the
                    # verb inside another's report is not the one the -ing verb goes on from
                speaker = ctx.resolver.cue_subject(earlier, sent_start)
                if speaker:
                    return speaker, lemma, "A5"
            comma = ctx.masked.find(",", verb.end(), open_pos)
            if comma != -1 and before_verb.strip() in OPENER_WORDS:
                # 'Despite praising the agreement ..., Trump sparked controversy by labeling
                # Zelenskyy a "dictator"': the one who praises is the main clause's subject
                speaker = resolver.clause_subject(comma + 1, open_pos)
                if speaker:
                    return speaker, lemma, "A6"
            absolute = re.search(rf",\s+((?:{HONORIFIC}\s+)?{NAME_RUN})\s*$", before_verb)
            if absolute:  # 'Ryanair is trying hard to reduce costs, O'Leary saying they were "...'
                at = sent_start + absolute.start(1)
                person = resolver.resolve(absolute.group(1), at, "name")
                if person is not None and person.kind == "person":
                    return person, lemma, "A6"
            subordinate = list(re.finditer(_SUBORDINATOR, ctx.masked[sent_start : verb.start()]))
            if subordinate:  # 'The ministers gathered days after Trump upended ..., labeling'
                speaker = resolver.name_before_verb(
                    sent_start + subordinate[-1].end(), verb.start()
                )
                if speaker:
                    return speaker, lemma, "A6"
            speaker = resolver.clause_subject(sent_start, verb.start())
            if speaker:
                return speaker, lemma, "A6"
            continue
        quoted = lemma == "quote" and re.match(
            rf"\s+(him|her|them|{NAME_RUN})\s+as\b", ctx.masked[verb.end() : open_pos]
        )
        if quoted:  # 'They also quoted him as issuing the following warning: "..."': him
            at = verb.end() + quoted.start(1)
            wanted = OBJECT_PRONOUN_WANTS.get(quoted.group(1))
            quoted_one = (
                resolver.antecedent(at, wanted, quoted.group(1))
                if wanted
                else resolver.resolve(quoted.group(1), at, "name")
            )
            if quoted_one is not None:
                return quoted_one, lemma, "A4"
        object_to = re.search(rf"\b({NAME_RUN})\s+to\s+$", ctx.masked[sent_start : verb.start()])
        if object_to:  # 'prompting U.S. President Donald Trump to say "..."': the one who says
            at = sent_start + object_to.start(1)
            sayer = resolver.resolve(object_to.group(1), at, "name")
            if sayer is not None and sayer.kind not in PLACE_KINDS:
                return sayer, lemma, "A4"
        speaker = _outside_a_relative(
            ctx, sent_start, verb.start(), resolver.phrase_before(sent_start, verb.start())
        )
        fronted = re.search(  # a clause that opens with a time phrase and leaves its subject out
            r"\s(?:and|but)\s+(?:during|after|before|amid|despite|following|since|throughout)\s"
            r"[^,;\"“”]*$",
            ctx.masked[sent_start : verb.start()],
        )
        if fronted and (speaker is None or speaker.kind in (*PLACE_KINDS, "description")):
            # 'Musk has compared ..., and during summer anti-immigrant violence across the U.K.
            # tweeted that "..."': Musk, not the U.K.
            subject = resolver.clause_subject(sent_start, sent_start + fronted.start())
            if subject:
                return subject, lemma, "A7"
        if (  # not a participle's 'subject': 'China sanctioned Rubio, ..., citing what it described'
            speaker
            and speaker.kind in PLACE_KINDS
            and index
            and not cues[0].group(1).endswith("ing")
        ):
            outer = resolver.phrase_before(sent_start, cues[0].start())  # 'Shen said ... from
            if outer is not None and outer.kind == "person":  # Washington suggest "..."'
                return outer, ctx.verbs.lemma[cues[0].group(1)], "A4"
        if speaker:
            return speaker, lemma, "A4"
    antecedent = _who_clause_antecedent(ctx, sent_start, open_pos)
    if antecedent is not None:  # 'address concerns of Trump, who has named India among ... "..."'
        return antecedent, "", "C7"
    # An elided subject ("... and warned", "but said") or a statement noun: the sentence's subject.
    for found, method in (
        (cues, "A7"),
        (nouns, "A8"),
    ):
        if found:
            speaker = (
                resolver.possessor(found[-1].start(), sent_start) if method == "A8" else None
            ) or (resolver.clause_subject(sent_start, found[-1].start()))
            if speaker:
                return speaker, ctx.verbs.lemma[found[-1].group(1)], method
    return None


def speaker_names(quotes: pd.DataFrame) -> pd.Series:
    """Each quote's speakers as a tuple of names, from `speakers`, or from a CSV file's `speaker`."""
    if "speakers" in quotes:
        return quotes["speakers"].map(tuple)
    return quotes["speaker"].map(lambda s: tuple(n for n in str(s).split("; ") if n))


def mentioned_vs_quoted(mentions: pd.DataFrame, quotes: pd.DataFrame) -> pd.DataFrame:
    """Per actor: mentions, quotes and quoted words (joint quotes count for each speaker)."""
    spoken = (
        quotes[quotes["speaker"] != ""].assign(speaker=speaker_names(quotes)).explode("speaker")
    )
    heard = spoken.groupby("speaker").agg(
        quotes=("quote", "size"),
        quoted_words=("quote", lambda q: int(q.str.split().str.len().sum())),
    )
    named = (
        mentions.groupby(["actor", "group"])
        .size()
        .rename("mentions")
        .reset_index()
        .set_index("actor")
    )
    table = named.join(heard, how="outer").fillna({"mentions": 0, "quotes": 0, "quoted_words": 0})
    table["group"] = table["group"].fillna("(not in the table)")
    table = (
        table.astype({"mentions": int, "quotes": int, "quoted_words": int})
        .rename_axis("actor")
        .reset_index()
    )
    return table.sort_values(
        ["mentions", "quoted_words", "actor"], ascending=[False, False, True], ignore_index=True
    )


def rule_usage(quotes: pd.DataFrame, rules: pd.DataFrame | None = None) -> pd.DataFrame:
    """The rules that decided the quotes, in table order, with how many quotes each decided."""
    rules = RULES if rules is None else rules
    counts = quotes["method"].value_counts().rename("quotes")
    used = rules.merge(counts, left_on="id", right_index=True)
    return used[["id", "stage", "description", "quotes"]].reset_index(drop=True)
