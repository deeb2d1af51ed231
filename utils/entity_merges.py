"""Merging the forms of one entity: the rules M1-M8 and K1 of `entities.DISCOVERY_RULES`.

Reads the cleaned candidates of `entities` and writes actors with their forms and one row per
merge decision; it never calls back into candidate finding.
"""

from __future__ import annotations

import calendar
import functools
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from .article import Article
from .entity_words import (
    PARTICLES,
    common_words,
    company_suffixes,
    countries,
    demonym_or_stopword,
    demonyms,
    english_words,
    faith_names,
    generic_body_words,
    holiday_names,
    is_title,
    known_names,
    media_name_words,
    name_stopwords,
    organisation_heads,
    other_name_cues,
    place_population,
    product_names,
    rank_titles,
    usual_abbreviations,
    word_before_speech_verb,
)
from .form_search import form_matches, has_form
from .patterns import alternation


@dataclass
class Candidate:
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
    leads: int = 0  # 'the Obama administration', 'the Harris campaign': a person's, not a place's
    introduced: int = 0  # 'the video sharing site Vimeo': named by a media noun before it
    credited: int = 0  # 'The thumbnail image ... is by KCIvey, used under ...': a photographer
    variants: list[str] = field(default_factory=list)
    nicknamed: list[str] = field(default_factory=list)  # 'Ross "Rusty" Aimer', as written


def candidate_starts(candidates: dict[str, Candidate], form: str) -> list[int]:
    return candidates[form].starts if form in candidates else []


_LINKS = r"(?:[ \t]+(?:of|the|and|for|in|on|to|a|de|del|la|&|\d+))*"  # within one line


def _capitalised_inside(word: str) -> bool:
    """'NetChoice', 'ABC', 'Dawn.com': a capital past the first letter, or a web address, which a
    sentence's start does not explain; 'Alphabet' or 'Senate' could be any word opening one."""
    latin = all(ord(c) < 0x250 for c in word)  # not a run of Chinese glued to 'LadyGaga'
    return latin and re.search(r"(?<=\w)[A-Z]|\w\.[a-z]{2,}$", word) is not None


def _capitalised_word(word: str) -> bool:
    """A capitalised common English word that is no title, rank or sentence opener ('Trending')."""
    return (
        word[:1].isupper()
        and word[1:].islower()
        and word.lower() in english_words()
        and not demonym_or_stopword(word)
        and word.lower() not in rank_titles()
        and word.lower() not in media_name_words()  # 'Oriental Daily and the Sun': two papers
    )


def _piece_of_a_title(text: str, article_text: str, names: set[str]) -> bool:
    """E27: a one-word name, a common English word, that every mention writes beside another
    capitalised English word that is no name found, straight or over 'of', 'the', 'and'
    ('Trending Topic', 'Gate of the Sun', 'Evidence and Reason'; not 'Lewis and Clark'): a word
    of a title or slogan, not a name."""
    if " " in text or text.lower() not in english_words() or text in known_names():
        return False
    mentions = list(form_matches(text, article_text, rf"(?<![\w-]){re.escape(text)}(?![\w-])"))
    for m in mentions:
        before = re.search(
            rf"([A-Za-z]+){_LINKS}[ \t]+$", article_text[max(0, m.start() - 40) : m.start()]
        )
        after = re.match(
            rf"(?:['’]s)?{_LINKS}[ \t]+([A-Za-z]+)", article_text[m.end() : m.end() + 40]
        )
        beside = [w.group(1) for w in (before, after) if w and w.group(1) not in names]
        if not any(_capitalised_word(word) for word in beside):
            return False
    return bool(mentions)


@dataclass
class MergedActor:
    name: str
    kind: str
    forms: list[str]
    group: str = ""


def merge_candidates(
    article: Article, candidates: dict[str, Candidate], kinds: dict[str, str], keep_apart: set[str]
) -> tuple[list[MergedActor], list[tuple[str, str, str, str]]]:
    known = known_names()
    decisions: list[tuple[str, str, str, str]] = []
    texts = sorted(
        candidates,
        key=lambda t: (-len(t.split()), -len(candidates[t].starts), min(candidates[t].starts)),
    )
    actors: dict[str, MergedActor] = {}
    owner: dict[str, str] = {}

    def join(form: str, into: str, rule: str, evidence: str) -> None:
        if form in keep_apart:
            decisions.append((form, into, rule, f"kept apart by the user ({evidence})"))
            actors[form] = MergedActor(form, kinds.get(form, actors[into].kind), [form])
            owner[form] = form
            return
        actors[into].forms.append(form)
        owner[form] = into
        decisions.append((form, into, rule, evidence))

    for text in texts:  # M1: known variants first, so 'U.S.' and 'United States' meet
        entry = known.get(text)
        if entry is None or any(
            t.endswith(" " + text) and known.get(t, {}).get("name") != entry["name"] for t in texts
        ):  # 'Congress' where the article names the 'African National Congress': M9's to settle
            continue
        name = entry["name"]
        if name not in actors:
            actors[name] = MergedActor(name, entry["kind"], [name], entry["group"])
            owner[name] = name
        if text != name and text not in owner:
            join(text, name, "M1", f"'{text}' is a known form of '{name}'")
    present = _known_forms_in(article.text)
    for form, entry in known.items():  # the recogniser misses some names every news story uses
        name = entry["name"]
        if (
            name not in actors
            and form == form.strip()
            and form in present
            and _stands_outside_longer_names(article.text, form, candidates)
        ):
            actors[name] = MergedActor(name, entry["kind"], [name], entry["group"])
            owner[name] = name
    for name in [n for n in actors if n in known]:
        for form in [known[name]["name"], *known[name]["aliases"].split(";")]:
            form = form.strip()
            if form and form not in owner and (form in present or occurs(article.text, form)):
                join(form, name, "M1", f"'{form}' is a known form of '{name}'")
    people = [t for t in texts if kinds[t] == "person" and t not in owner]
    full = [t for t in people if len(t.split()) > 1]
    surnames = {surname_of(t) for t in texts if kinds[t] == "person" and " " in t}
    for text in [
        t for t in texts if "-" in t and all(p in candidates or p in surnames for p in t.split("-"))
    ]:
        decisions.append((text, "", "E5", "a compound of names counted one by one"))
        owner[text] = ""
    parts = {w for t in texts if " " in t for w in t.split()}
    # a word inside a body's name, neither its first nor its last, may be written alone as a common
    # word ('a Cancer institute' beside 'National Cancer Institute'; not 'Occupy' of 'Occupy Wall
    # Street'); a person's words are names
    kept_parts = {
        w
        for t in texts
        if " " in t
        for w in (t.split() if kinds[t] == "person" else (t.split()[0], t.split()[-1]))
    }
    found_words = parts | set(texts)  # E27: words beside a title's word that are names
    for text in texts:
        cand = candidates[text]
        lone = " " not in text and text not in known and text not in parts
        if text in faith_names() and text not in parts:
            decisions.append((text, "", "E5", "a faith or a figure it worships, no actor"))
            owner[text] = ""  # 'Buddha', 'Islam', 'Jesus Christ'; not 'Nazrul Islam'
        elif text in holiday_names() and text not in parts:
            decisions.append((text, "", "E5", "a holiday or festival, no actor"))
            owner[text] = ""  # 'Rosh Hashanah', 'Diwali'
        elif (
            lone
            and not cand.mid_sentence
            and not _capitalised_inside(text)
            and not (cand.roles or cand.speaks or cand.genders)
            and not cand.introduced  # 'Sazandegi, another reformist outlet, interpreted'
            and not place_population(text)  # 'Indonesia, for example, ...' opens a sentence
            and not (  # 'Nageeye was step-for-step' after 'Abdi Nageeye', which the recogniser
                text.lower() not in english_words()  # missed: M8's to settle
                and _missed_full_name(article, text) not in (None, *candidates)
            )
        ):
            decisions.append((text, "", "E5", "a lone word found only at the start of a sentence"))
            owner[text] = ""
        elif (
            " " not in text
            and text not in known
            and text not in kept_parts
            and text.isalpha()
            and not text.islower()  # a user name ('drugoi') is written so by its owner
            and not cand.introduced
            and not (cand.roles or cand.genders)  # 'President Santos' beside 'el presidente santos'
            and _written_as_word(article.text, text.lower())
        ):
            decisions.append((text, "", "E5", f"'{text.lower()}' is written in lower case too"))
            owner[text] = ""  # 'Terrorism', 'Moon': a common word with a capital, not a name
        elif (
            2 <= len(text.split()) <= 4
            and text not in known
            and all(w.isalpha() and w.lower() in english_words() for w in text.split())
            and not set(text.lower().split()) & organisation_heads()
            and not cand.introduced
            and not (cand.roles or cand.genders)
            and _common_phrase(article.text, text)
        ):
            decisions.append((text, "", "E5", f"'{text.lower()}' is written in lower case too"))
            owner[text] = ""  # 'Civil Society' beside 'civil society': a common phrase
        elif (
            lone
            and text.isalpha()
            and text.lower() in common_words()
            and kinds[text] == "person"
            and not (cand.roles or cand.speaks or cand.genders)
        ):
            decisions.append((text, "", "E5", f"'{text.lower()}' is an English word"))
            owner[text] = ""  # 'Portfolio', 'Hydrogen': no sign of a name
        elif (
            lone
            and kinds[text] in ("person", "organisation")
            and not cand.introduced
            and _piece_of_a_title(text, article.text, found_words)
        ):
            decisions.append(  # 'Trending Topic', 'Gate of the Sun', 'Evidence and Reason'
                (text, "", "E27", f"'{text}' is only ever a word of a longer capitalised phrase")
            )
            owner[text] = ""
    abbreviation = re.compile(r"[A-Z][A-Z0-9.&]+")  # "T2", "G20" too
    for text in [
        t
        for t in texts
        if t not in owner
        and (kinds[t] != "person" or (len(t.split()) > 1 and t.split()[0] not in PARTICLES))
        and not abbreviation.fullmatch(t)
    ]:
        variant = (
            _spelling_variant(text, actors, kinds)
            if kinds[text] in ("person", "organisation")
            else None
        )
        if variant:
            how = (
                "write the same initials"
                if _initials_joined(text) == _initials_joined(variant)
                else "differ by a letter or two"
            )
            join(text, variant, "M6", f"'{text}' and '{variant}' {how}")
            continue
        longer = [
            a
            for a in actors
            if kinds[text] == "organisation"
            and " " not in text
            and actors[a].kind == "organisation"
            and (
                re.search(  # 'Disney' after 'Walt Disney Co.', read as 'Walt Disney'
                    rf"(?<=\s){re.escape(text)}$|\b{re.escape(text)}\s+(?:of|for|on|to|de|do|da|del)\s",
                    bare := without_company_suffix(a),
                )
                or bare == text  # 'Disney' after 'Disney Co.'
            )
        ]
        named_first = [a for a in longer if re.match(rf"{re.escape(text)}\s+(?:of|for)\s", a)]
        if len(longer) > 1 and len(named_first) == 1:
            longer = named_first  # 'the House': 'House of Representatives', not 'White House'
        if not longer and kinds[text] == "organisation" and " " in text:
            longer = [  # 'Africa Command', 'Security Council', 'Public Council' after
                # 'the U.S. Africa Command', 'the U.N. Security Council', 'Public Council of ...',
                # 'Technical Committee on Drafting the Zambian Constitution'
                a
                for a in actors
                if actors[a].kind == "organisation"
                and (
                    a.endswith(" " + text)
                    or re.match(rf"{re.escape(text)} (?:of|for|on|to) ", a)
                    or (a != text and without_company_suffix(a) == text)  # 'Bell Globemedia Inc.'
                )
            ]
        if len(longer) == 1:  # M9: 'the Embassy' after 'the Russian Embassy'
            join(
                text,
                longer[0],
                "M9",
                f"'{text}' is the head word of '{longer[0]}', the only such body",
            )
            continue
        if kinds[text] == "organisation" and text.lower() in generic_body_words():
            decisions.append(  # E24: 'the Cabinet' describes a body, it names none
                (text, "", "E24", f"'{text}' alone is a common noun for a body, not its name")
            )
            continue
        actors[text] = MergedActor(text, kinds[text], [text])
        owner[text] = text
    for alias, into in _other_names(article, actors, candidates).items():
        if alias != into and _unclaimed(actors, owner, alias):  # 'Santosh Madhavan', a body too
            join(alias, into, "M2", f"'{alias}' follows '{into}, aka'")
    _merge_shorter_names(actors, owner, candidates, join)
    short_forms = _abbreviations(article, actors)
    for form, (into, rule, evidence) in short_forms.items():
        if (
            rule == "M2"
            and actors[into].kind == "organisation"
            and _letters_in_order(form, into)
            and _unclaimed(actors, owner, form)
        ):  # 'the Office of Gas and Electricity Markets (Ofgem)', 'Ofgem' found on its own too;
            # 'Dell Inc. (Dell)': 'Dell' is the company, not Michael Dell's surname
            join(form, into, rule, evidence)
            continue
        if form in owner or form in candidates:
            continue
        if rule == "M2" or (len(form) >= 3 and occurs(article.text, form)):
            join(form, into, rule, evidence)  # 'ODNI', which the recogniser did not find
    for text in [t for t in texts if t not in owner and abbreviation.fullmatch(t)]:
        clipped = [a for a in actors if actors[a].kind == "organisation" and _clipped_from(text, a)]
        swapped = [s for s in short_forms if len(s) >= 4 and _letters_swapped(s, text)]
        undotted = text.replace(".", "")
        if text in short_forms:
            join(text, *short_forms[text])
        elif undotted != text and undotted in short_forms:  # 'the S.E.I.U.' for 'SEIU'
            into, rule, evidence = short_forms[undotted]
            join(text, into, rule, f"{evidence}, written with full stops")
        elif len(swapped) == 1:  # 'OSCIT' after 'Office of Citizen Services and ... (OCSIT)'
            into = short_forms[swapped[0]][0]
            join(text, into, "M6", f"'{text}' is '{swapped[0]}' with two letters swapped")
        elif len(clipped) == 1:
            join(text, clipped[0], "M3", f"'{text}' is made of the first letters of '{clipped[0]}'")
        elif kinds[text] != "person":
            actors[text] = MergedActor(text, kinds[text], [text])
            owner[text] = text
    _merge_with_head_word(actors, owner, candidates, join)
    by_surname: dict[str, list[str]] = defaultdict(list)
    by_first: dict[str, list[str]] = defaultdict(list)
    people_named = [
        n for n, a in actors.items() if a.kind == "person" and " " in n and owner.get(n) == n
    ]
    junior = [n for n in people_named if is_generation(n.split()[-1])]
    for name in [n for n in people_named if n not in junior] + junior:
        for key in _surname_keys(name):
            if is_generation(key):
                continue  # 'Donald Jr.' has no surname
            if name in junior and key in by_surname:
                continue  # 'Trump' alone is the father, not 'Donald Trump Jr.'
            by_surname[key].append(name)
        by_first[name.split()[0]].append(name)
        # 'Madhavan' after 'Swami Amritachaitanya, whose real name is Santosh Madhavan'
        for other in [f for f in actors[name].forms[1:] if " " in f and owner.get(f) == name]:
            for key in _surname_keys(other):
                if not is_generation(key) and name not in by_surname[key]:
                    by_surname[key].append(name)
    for text in [
        t
        for t in people
        if t not in owner and t not in by_surname and re.fullmatch(r"[A-Z][a-z]+-[A-Z][a-z]+", t)
    ]:
        actors[text] = MergedActor(text, "person", [text])  # 'Rahman' after 'Judge Abdel-Rahman'
        owner[text] = text
        by_surname[text.split("-")[1]].append(text)
    for text in [t for t in people if t not in owner]:
        shared = [n for n in by_first.get(text, []) if n not in by_surname.get(text, [])]
        if len(by_surname.get(text, [])) == 1 and shared:
            decisions.append(  # 'Liu' with 'Sean Liu' and 'Liu Longzhu': either of them
                (
                    text,
                    "",
                    "K1",
                    f"surname of '{by_surname[text][0]}' and first word of '{shared[0]}'",
                )
            )
            owner[text] = ""
        elif len(by_surname.get(text, [])) == 1:
            join(
                text,
                by_surname[text][0],
                "M4",
                f"'{text}' is the surname of '{by_surname[text][0]}'",
            )
        elif len(by_surname.get(text, [])) > 1 and (
            into := _titled_alike(text, by_surname[text], candidates)
        ):
            join(text, into, "M4", f"'{text}' is the surname of '{into}', with the same title")
        elif len(by_surname.get(text, [])) > 1 and (
            into := _alone_before_the_others(article.text, text, by_surname[text], candidates)
        ):
            join(
                text,
                into,
                "M4",
                f"'{text}' alone is the surname of '{into}', named before the others of that name",
            )
        elif len(by_surname.get(text, [])) > 1:
            decisions.append(
                (text, "", "K1", "surname of " + " and ".join(f"'{n}'" for n in by_surname[text]))
            )
            owner[text] = ""
        elif (
            len(by_first.get(text, [])) > 1
            and text not in by_surname
            and (into := _alone_before_the_others(article.text, text, by_first[text], candidates))
        ):  # 'Lin' after 'Lin Hsin-I', before 'Lin Jian', named once: a family name first
            join(text, into, "M5", f"'{text}' alone is the first word of '{into}', named first")
        elif len(by_first.get(text, [])) > 1 and text not in by_surname:
            decisions.append(  # 'Kim' beside 'Kim Jong Un' and 'Kim Song': either of them
                (text, "", "K1", "first word of " + " and ".join(f"'{n}'" for n in by_first[text]))
            )
            owner[text] = ""
        elif len(by_first.get(text, [])) == 1 and text not in by_surname:
            join(
                text,
                by_first[text][0],
                "M5",
                f"'{text}' is the first name of '{by_first[text][0]}'",
            )
        elif (
            text.endswith("s")
            and text[:-1] in by_surname
            and all(article.text[max(0, at - 4) : at] == "the " for at in candidates[text].starts)
        ):
            decisions.append((text, "", "E5", f"the {text[:-1]} family, named in the plural"))
            owner[text] = ""  # 'the Trumps'
        else:
            variant = _surname_variant(text, by_surname)
            first_variant = None if variant else _surname_variant(text, by_first)
            if variant:
                join(text, variant, "M6", f"'{text}' is one letter from the surname of '{variant}'")
            elif first_variant and text not in by_first:  # 'said Urdom': Udom Tantiprasongchai
                join(
                    text,
                    first_variant,
                    "M6",
                    f"'{text}' is one letter from the first name of '{first_variant}'",
                )
            elif text not in actors:
                full_name = _missed_full_name(article, text, opens=bool(candidates[text].speaks))
                longer = [
                    n
                    for n, a in actors.items()
                    if full_name
                    and a.kind == "person"
                    and n.startswith(f"{full_name} ")
                    and owner.get(n) == n
                ]
                if full_name and len(longer) == 1:  # 'Schmidt' in 'Jorge Schmidt Nieto'
                    join(text, longer[0], "M4", f"'{text}' is a surname of '{longer[0]}'")
                elif full_name and full_name not in owner:  # M8: 'Udi' before 'Manber'
                    actors[full_name] = MergedActor(full_name, "person", [full_name])
                    owner[full_name] = full_name
                    join(text, full_name, "M8", f"'{full_name}' is written once in full")
                else:
                    actors[text] = MergedActor(text, "person", [text])
                    owner[text] = text
    for text in [
        t for t in people if owner.get(t) == t and actors[t].forms == [t] and " " not in t
    ]:
        if bearer := _shared_surname_variant(text, by_surname, owner):
            del actors[text]  # 'Mousa' beside 'Moussa', the surname alone of 'Amr Moussa'
            join(text, bearer, "M6", f"'{text}' is one letter from the surname alone of '{bearer}'")
    _merge_bodies_named_like_people(actors, owner, known, by_surname, by_first, join)
    for match in word_before_speech_verb().finditer(article.text):
        word = match.group(1)  # a misspelt surname the recogniser missed: 'Water said'
        if len(word) < 4:
            continue
        variant = _surname_variant(word, by_surname) if word not in owner else None
        if variant and word not in by_surname:
            join(word, variant, "M6", f"'{word}' is one letter from the surname of '{variant}'")
    for text in full:  # surnames that occur only inside a full name still count alone later
        surname = surname_of(text)
        if (
            owner.get(text) == text and by_surname.get(surname) == [text] and surname not in owner
        ) and occurs(_without(article.text, text), surname):
            join(surname, text, "M4", f"'{surname}' is the surname of '{text}'")
        first_name = text.split()[0]
        if (
            owner.get(text) == text
            and len(by_first.get(first_name, [])) == 1
            and first_name not in by_surname
            and first_name not in owner
            and first_name not in candidates
            and first_name not in calendar.month_name  # 'In April, the bakery' is no April Xu
            and len(first_name) >= 3
            and _occurs_mid_sentence(article, _without(article.text, text), first_name)
        ):
            join(first_name, text, "M5", f"'{first_name}' is the first name of '{text}'")
    for actor in list(actors.values()):
        for form in [f for f in actor.forms if f in candidates]:
            for variant in candidates[form].variants:
                if variant not in owner:
                    join(variant, actor.name, "M6", f"'{variant}' is '{form}' with other accents")
            for written in candidates[form].nicknamed:
                if written not in owner:
                    join(written, actor.name, "E9", f"'{written}' is '{form}' with a nickname")
    for form, into in list(owner.items()):
        if form != into and into and form in actors and form != actors[form].name:
            actors.pop(form)
    kept = [a for a in actors.values() if owner.get(a.name) == a.name]
    return kept, decisions


def _fold_into(
    actors: dict[str, MergedActor],
    owner: dict[str, str],
    join: Any,
    name: str,
    into: str,
    rule: str,
    evidence: str,
) -> None:
    """Join the actor `name` into `into` under a rule, its other forms going with it."""
    carried = actors.pop(name).forms[1:]
    join(name, into, rule, evidence)
    actors[into].forms.extend(carried)
    owner.update({f: into for f in carried})


def _merge_bodies_named_like_people(
    actors: dict[str, MergedActor],
    owner: dict[str, str],
    known: dict[str, Any],
    by_surname: dict[str, list[str]],
    by_first: dict[str, list[str]],
    join: Any,
) -> None:
    """M4, M5, M7 whatever the recogniser called the short form: 'El Gizawy' (a body) is the
    surname of 'Ahmed El Gizawy', 'Ampon' the first name of 'Ampon Tangnopponkul'."""
    people = [n for n, a in actors.items() if a.kind == "person" and owner.get(n) == n]
    for name in [n for n, a in actors.items() if a.kind == "organisation" and owner.get(n) == n]:
        if name in known or name.isupper():
            continue
        ending = [p for p in people if p.endswith(" " + name) and p != name]
        if len(by_surname.get(name, [])) == 1:
            into, rule, evidence = by_surname[name][0], "M4", "surname"
        elif len(by_first.get(name, [])) == 1 and " " not in name:
            into, rule, evidence = by_first[name][0], "M5", "first name"
        elif len(ending) == 1 and " " in name:
            into, rule, evidence = ending[0], "M7", "surname"
        else:
            continue
        _fold_into(actors, owner, join, name, into, rule, f"'{name}' is the {evidence} of '{into}'")
    bodies = [n for n, a in actors.items() if a.kind == "organisation" and owner.get(n) == n]
    for name in [p for p in people if " " not in p and p not in known and p in actors]:
        if by_surname.get(name) or by_first.get(name):
            continue
        placed = [
            b
            for b in bodies
            if b.endswith(" " + name)
            and (
                (len(b.split()) == 2 and _country_before(b))
                or place_population(b[: -len(name) - 1])
            )
        ]
        if len(placed) != 1:
            continue
        into = placed[0]  # M9: 'Watchdog', called a person, beside 'Zambian Watchdog'; 'Flyers'
        # beside 'Philadelphia Flyers'
        _fold_into(
            actors,
            owner,
            join,
            name,
            into,
            "M9",
            f"'{name}' is '{into}' without its country or place",
        )


def _merge_with_head_word(
    actors: dict[str, MergedActor],
    owner: dict[str, str],
    candidates: dict[str, Candidate],
    join: Any,
) -> None:
    """M10: 'CBS News' and 'CBS', 'National Rally Party' and 'National Rally' are one body, and
    so are 'Agriculture Department' and 'U.S. Department of Agriculture', 'Garuda' and the
    airline 'Garuda Indonesia', a one-word body and its name with a country after it, 'Neste' and
    'Neste Oil' (the only two-word body it opens), and 'Federal Reserve' and 'U.S. Federal
    Reserve' (no other name ends so)."""
    bodies = [n for n, a in actors.items() if a.kind == "organisation" and owner.get(n) == n]
    inverted: dict[tuple[str, str], list[str]] = defaultdict(list)
    for name in bodies:
        key = _head_and_field(name)
        if key is not None:
            inverted[key].append(name)
    for key, names in inverted.items():
        if len(names) < 2 or not all(n in actors for n in names):
            continue
        prefixes = {_country_before(n) for n in names if len(n.split()) > 2} - {""}
        if len(prefixes) > 1:
            continue  # 'Chinese Foreign Ministry' and 'Japanese Foreign Ministry' are two
        keep, *drops = sorted(names, key=lambda n: (-len(candidate_starts(candidates, n)), len(n)))
        # three forms too: 'U.S. Department of Interior', '... of the Interior', 'Interior Department'
        for drop in drops:
            _fold_into(
                actors,
                owner,
                join,
                drop,
                keep,
                "M10",
                f"'{drop}' and '{keep}' are the {key[0]} of {key[1]}",
            )
            bodies.remove(drop)
    for name in list(bodies):
        country = _country_before(name)
        if not country:
            continue
        rest = name[len(country) :].strip()
        body = owner.get(rest, "")  # 'Sizzler Restaurants', already joined to 'Sizzler'
        owned_elsewhere = any(  # not 'Russian Security Council' beside 'UN Security Council'
            f.endswith(" " + rest) and f != name
            for f in [*actors, *(actors[body].forms if body in actors else [])]
        )
        if (
            rest[:1].isupper()
            and body in bodies
            and body != name
            and name in actors
            and not owned_elsewhere
        ):
            _fold_into(  # 'U.S. Federal Reserve' beside 'Federal Reserve': one body
                actors, owner, join, name, body, "M10", f"'{name}' is '{rest}' with its country"
            )
            bodies.remove(name)
    for name in bodies:
        short, _, head = name.rpartition(" ")
        headed = head.lower() in organisation_heads() or (
            head in countries() and " " not in short  # 'Garuda' and 'Garuda Indonesia'
        )
        first_word = (  # 'Neste' and 'Neste Oil'; not 'Reliance' beside two companies so named
            " " not in short
            and head[:1].isupper()
            and head.isalpha()
            and sum(b.startswith(short + " ") and b.count(" ") == 1 for b in bodies) == 1
        )
        if short not in bodies or not (headed or first_word):
            continue
        if short not in actors or name not in actors:
            continue
        counts = {n: len(candidate_starts(candidates, n)) for n in (short, name)}
        keep, drop = (short, name) if counts[short] >= counts[name] else (name, short)
        if not headed:
            keep, drop = name, short  # the fullest name the article gives: 'Neste Oil'
        _fold_into(
            actors,
            owner,
            join,
            drop,
            keep,
            "M10",
            f"'{name}' is '{short}' with its {'head' if headed else 'second'} word '{head}'",
        )


_INVERTIBLE_HEADS = ("Department", "Ministry")


def _country_before(name: str) -> str:
    """The country or its adjective a body's name opens with ('U.S.', 'Chinese'), else ''."""
    first = name.split()[0]
    known = known_names().get(first, {})
    return (
        first
        if first in demonyms() or first in countries() or known.get("kind") == "country"
        else ""
    )


def _head_and_field(name: str) -> tuple[str, str] | None:
    """('Department', 'Agriculture') for 'Agriculture Department' and 'U.S. Department of
    Agriculture', a country or its adjective left out; None for other names."""
    words = name.split()
    if len(words) > 2 and _country_before(name):
        words = words[1:]
    if len(words) >= 3 and words[0] in _INVERTIBLE_HEADS and words[1] == "of":
        rest = [w for w in words[2:] if w != "the"]
        return (words[0], " ".join(rest)) if rest and rest[0][:1].isupper() else None
    if len(words) == 2 and words[1] in _INVERTIBLE_HEADS and words[0][:1].isupper():
        return words[1], words[0]
    return None


def _merge_shorter_names(
    actors: dict[str, MergedActor],
    owner: dict[str, str],
    candidates: dict[str, Candidate],
    join: Any,
) -> None:
    """M7: 'Omar Bongo', 'El Hadj Omar Bongo' and 'Omar Bongo Odinma' are one person, and so are
    'Joyce Banda' and 'Joyce Hilda Mtila Banda'."""
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
        mentions = {m: len(candidate_starts(candidates, m)) for m in members}
        first = {m: min(candidate_starts(candidates, m), default=10**9) for m in members}
        head = (
            min(  # the fullest name, as the article gives it ('Osama Al Sharif', not 'Al Sharif')
                (m for m in members if m in people),
                key=lambda m: (-len(m.split()), -mentions[m], first[m]),
            )
        )
        company = [m for m in members if without_company_suffix(m) != m]
        if company:  # 'Snowy Hydro Limited': the short form called a person is the company's
            head = max(company, key=lambda m: (mentions[m], -first[m]))
            actors[head].kind = "organisation"
        else:
            actors[head].kind = "person"
        for m in members:
            if m != head and not _initials_differ(m, head):
                _fold_into(
                    actors,
                    owner,
                    join,
                    m,
                    head,
                    "M7",
                    f"'{m}' and '{head}' share the words of one name",
                )


def _initials_differ(one: str, other: str) -> bool:
    """'Hans S. Mobius' and 'Hans J. Mobius': two people, a son and his father, whose middle
    initials differ; 'Hans Mobius' may be either."""
    initials = [{w for w in n.split()[1:-1] if re.fullmatch(r"[A-Z]\.?", w)} for n in (one, other)]
    return bool(initials[0] and initials[1] and initials[0] != initials[1])


_GENERATIONS = frozenset({"Jr", "Sr", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"})


def is_generation(word: str) -> bool:
    """'Jr.', 'II': a word that tells a generation, not a name."""
    return word.rstrip(".") in _GENERATIONS


def without_generation(words: list[str]) -> list[str]:
    """A name's words without a generation after its surname ('Clarence Cocroft II')."""
    return words[:-1] if len(words) > 2 and is_generation(words[-1]) else words


def _contains_words(long: str, short: str) -> bool:
    """'Omar Bongo' in 'El Hadj Omar Bongo', or a first name and surname with the middle names
    left out ('Joyce Banda' of 'Joyce Hilda Mtila Banda')."""
    a, b = long.split(), short.split()
    if is_generation(a[-1]) and not is_generation(b[-1]):
        return False  # 'Donald Trump Jr.' is not 'Donald Trump'
    if len(a) > len(b) == 2 and a[0] == b[0] and a[-1] == b[-1]:
        return True
    return len(a) > len(b) and any(a[i : i + len(b)] == b for i in range(len(a) - len(b) + 1))


def _stands_outside_longer_names(text: str, form: str, candidates: dict[str, Candidate]) -> bool:
    """Whether a known form stands somewhere not inside a longer name found ('Al Jazeera' only in
    'Al Jazeera English' names no Al Jazeera of its own)."""
    longer = [
        (start, start + len(c.text))
        for c in candidates.values()
        if len(c.text) > len(form) and form in c.text
        for start in c.starts
    ]
    pattern = rf"(?<![\w]){re.escape(form)}(?![\w])"
    return any(
        not any(a <= m.start() and m.end() <= b for a, b in longer)
        and not (  # a head word right after a capitalised one: 'African National Congress'
            form.lower() in organisation_heads()
            and re.search(r"\b[A-Z][\w.-]*[ \t]$", text[max(m.start() - 30, 0) : m.start()])
        )
        and not (  # 'IS' in 'HEARINGS, IS BASED UPON': a word of a line in capitals
            len(form) <= 3 and form.isupper() and _among_capitals(text, m.start(), m.end())
        )
        for m in re.finditer(pattern, text)
    )


def _among_capitals(text: str, start: int, end: int) -> bool:
    """Whether the word before or after a span is a word of two capitals or more."""
    before = re.search(r"([A-Za-z]+)\W*$", text[max(start - 30, 0) : start])
    after = re.match(r"\W*([A-Za-z]+)", text[end : end + 30])
    return any(
        w is not None and len(w.group(1)) > 1 and w.group(1).isupper() for w in (before, after)
    )


def _occurs_mid_sentence(article: Article, text: str, form: str) -> bool:
    """Whether the form stands alone somewhere other than at a sentence's start ('People will')."""
    starts = set(article.sentence_table["start"])
    pattern = rf"(?<![\w]){re.escape(form)}(?![\w])"
    return any(m.start() not in starts for m in form_matches(form, text, pattern))


def _common_phrase(text: str, name: str) -> bool:
    """'Civil Society' beside 'civil society': the name also written in lower case inside a
    sentence, and never after 'the' ('the White House', 'the Safe Streets campaign' are names)."""
    lower = re.escape(name.lower())
    return has_form(name.lower(), text, rf"(?<=[a-z,;] ){lower}(?![\w])") and not has_form(
        name, text, rf"(?<=\b[Tt]he ){re.escape(name)}(?![\w])"
    )


def _written_as_word(text: str, form: str) -> bool:
    """Whether the form stands in the text as a word, not as part of a web address ('kremlin.ru')."""
    return has_form(form, text, rf"(?<![\w/@.]){re.escape(form)}(?![\w]|\.[a-z]{{2,}}\b)")


@functools.cache
def _known_forms_pattern() -> re.Pattern[str]:
    # a product's name is matched too, so that 'Google Chrome' is not read as Google
    named = {f.strip() for f in known_names() if f.strip()} | product_names()
    return re.compile(  # not inside a web address: 'http://www.youtube.com/watch?v=...'
        rf"(?<![\w./@])(?=({alternation(named)})(?![\w=]|\.[a-z]{{2}}))"
    )


def _known_forms_in(text: str) -> set[str]:
    """The forms of data/entities/known_names.csv that stand in the text as whole words, in one
    pass over the text instead of one per form."""
    found = {match.group(1) for match in _known_forms_pattern().finditer(text)} - product_names()
    shorter = {  # 'U.S' where 'U.S.' was found at the same place: the alternation took the longer
        f.strip()
        for f in known_names()
        if f.strip() not in found and any(g.startswith(f.strip()) for g in found)
    }
    return found | {f for f in shorter if occurs(text, f)}


def without_company_suffix(name: str) -> str:
    """'Walt Disney Co.' -> 'Walt Disney', 'Amazon.com Inc.' -> 'Amazon': a company's name without
    the word that closes its legal name (data/entities/company_suffixes.txt) nor a '.com' after it."""
    words = name.split()
    if len(words) > 1 and words[-1] in company_suffixes():
        return re.sub(r"(?<=[a-z])\.com$", "", " ".join(words[:-1]))
    return name


def occurs(text: str, form: str) -> bool:
    """Whether the form stands in the text as a whole word or name."""
    return has_form(form, text, rf"(?<![\w]){re.escape(form)}(?![\w])")


def _missed_full_name(article: Article, surname: str, opens: bool = False) -> str | None:
    """The full name a lone surname has somewhere in the text, when the recogniser missed it;
    at a sentence's start only when the surname speaks elsewhere (`opens`: 'Ilya Osipov, CEO of
    Cubios, told VOA' ... 'Osipov told VOA'), since 'Thank God' opens a sentence too; never for
    a body's head word ('the Forum' beside 'the World Economic Forum')."""
    if surname.lower() in organisation_heads():
        return None
    stop = name_stopwords()
    starts = set(article.sentence_table["start"])
    pattern = rf"(?<![\w'’-])([A-Z][a-z][\w'-]*) {re.escape(surname)}(?![\w])"
    found = {
        f"{m.group(1)} {surname}"
        for m in re.finditer(pattern, article.text)
        if not is_title(m.group(1), stop)
        and m.group(1) not in demonyms()
        and (opens or m.start() not in starts)
    }
    return found.pop() if len(found) == 1 else None


_OTHER_APOSTROPHE = str.maketrans({"'": "’", "’": "'"})


def _titled_alike(surname: str, people: list[str], candidates: dict[str, Candidate]) -> str:
    """M4 beside K1: of the people who share a surname, the only one whose title the surname alone
    also has ('President Biden' is 'U.S. President Joe Biden', not his son Hunter Biden), else ''."""
    titles = {  # a capitalised title: not 'governor Clinton', said of one Clinton among others
        r.split()[-1] for r in candidates[surname].roles if r[:1].isupper()
    }
    if not titles:
        return ""
    alike = [
        p
        for p in people
        if p in candidates and titles & {r.split()[-1] for r in candidates[p].roles if r}
    ]
    return alike[0] if len(alike) == 1 else ""


def _alone_before_the_others(
    text: str, word: str, people: list[str], candidates: dict[str, Candidate]
) -> str:
    """M4 and M5 beside K1: of the people whose names share a surname or first word, the one named
    first, when the word alone stands after that name and before anyone else's appears, and either
    the others are named in full once only or the word stands alone there at least as often as
    after ('Jones' all through Quincy Jones's obituary, which names his daughter Rashida Jones in
    its last paragraph; 'Boulos' after 'his son Michael Boulos', named once), else ''."""
    if any(p not in candidates or not candidates[p].starts for p in people):
        return ""
    inside = [
        (m.start(), m.end()) for p in people for m in re.finditer(re.escape(p), text)
    ]  # 'Jones' within 'Quincy Jones' is no lone surname
    written = {  # the headline too: 'Lady Bird Johnson released from Austin hospital'
        p: min([*candidates[p].starts, *(a for a, b in inside if text[a:b] == p)]) for p in people
    }
    first, second, *_ = sorted(people, key=written.__getitem__)
    titles = {r.split()[-1] for r in candidates[word].roles if r[:1].isupper()}  # not ', a ...'
    if titles - {r.split()[-1] for r in candidates[first].roles if r}:
        return ""  # 'President Johnson' beside 'Lady Bird Johnson', named first: not hers
    alone = [
        m.start()
        for m in re.finditer(rf"\b{re.escape(word)}\b", text)
        if not any(start <= m.start() < end for start, end in inside)
    ]
    before = [at for at in alone if written[first] < at < written[second]]
    named_once = all(len(candidates[p].starts) == 1 for p in people if p != first)
    if before and (named_once or len(before) >= len(alone) - len(before)):
        return first
    return ""


def _surname_keys(name: str) -> list[str]:
    """How a surname may stand alone: 'al-Hayya' also as 'Hayya'; in a name of four words or
    more, the first of two surnames too ('Garatea' for 'Jorge Gaston Garatea Yori'); with either
    apostrophe ("O’Brien" for "Heather O'Brien")."""
    surname = surname_of(name)
    bare = re.sub(r"^(?:al|el|Al|El)-", "", surname)
    keys = [surname] if bare == surname else [surname, bare]
    words = name.split()
    if len(words) >= 4 and surname == words[-1] and words[-2][:1].isupper():
        keys.append(words[-2])
    keys += [k.translate(_OTHER_APOSTROPHE) for k in keys if "'" in k or "’" in k]  # "O'Brien"
    folded = [k for k in map(without_accents, keys) if place_population(k) == 0]
    return list(dict.fromkeys([*keys, *folded]))  # 'Marquez' for 'Márquez', not 'Mexico'


def without_accents(text: str) -> str:
    """The text without accents ('Márquez' -> 'Marquez'), for names written both ways."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def surname_of(name: str) -> str:
    """The last word of a name, with its particles: 'von der Leyen', 'Le Drian'; before a
    generation: 'Cocroft' for 'Clarence Cocroft II'."""
    words = without_generation(name.split())
    i = len(words) - 1
    while i > 1 and words[i - 1] in PARTICLES and words[i - 1] != "wa":
        i -= 1  # 'wa' joins a name but is no part of the surname: 'Bingu wa Mutharika', 'Mutharika'
    return " ".join(words[i:])


def _without(text: str, name: str) -> str:
    return re.sub(re.escape(name), " ", text)


def _spelling_variant(
    text: str, actors: dict[str, MergedActor], kinds: dict[str, str]
) -> str | None:
    words = text.split()
    for name, actor in actors.items():
        other = name.split()
        if (
            actor.kind == kinds[text] == "person"
            and name != text
            and other[-1] == words[-1]
            and _initials_joined(name) == _initials_joined(text)
        ):
            return name  # 'T.B. Joshua' and 'TB Joshua', 'K J O'Brien' and 'KJ O'Brien'
        if len(other) != len(words) or name == text or actor.kind != kinds[text]:
            continue
        if actor.kind == "organisation":  # 'Fantazztic Circus', 'Fantazztico Circus'
            apart = [(a, b) for a, b in zip(other, words, strict=True) if a != b]
            if (
                len(words) > 1
                and len(apart) == 1
                and _distance(*apart[0]) == 1
                and min(map(len, apart[0]))
                >= (
                    4
                    if sorted(apart[0], key=len)[1] == sorted(apart[0], key=len)[0] + "s"
                    else 5
                    if len(set(map(len, apart[0]))) == 2
                    else 7
                )
            ):  # a letter left out or added ('Pacific Blues prices' for 'Pacific Blue'); a letter
                # changed only in a long word ('Falha de São Paulo' mocks 'Folha de São Paulo')
                return name
            continue
        if actor.kind != "person":
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
        if (  # 'Raja Parvez Ashraf' and 'Raja Pervaiz Ashraf': a middle name transliterated twice
            len(words) == 3
            and (other[0], other[-1]) == (words[0], words[-1])
            and other[1][0] == words[1][0]
            and min(len(other[1]), len(words[1])) >= 4
        ):
            return name
    return None


def _initials_joined(name: str) -> str:
    """'T. B. Joshua', 'T.B. Joshua' and 'TB Joshua' -> 'TB Joshua': a name's initials written as one."""
    joined = re.sub(r"\b([A-Z])\.\s*(?=[A-Z](?![\w’']))", r"\1", name)  # 'T. B.' -> 'TB.'
    joined = re.sub(r"\b([A-Z])\s+(?=[A-Z](?![\w’']))", r"\1", joined)  # 'K J' -> 'KJ'
    return re.sub(r"\b([A-Z]{1,3})\.(?=\s)", r"\1", joined)


def _surnames_a_letter_from(text: str, by_surname: dict[str, list[str]], shared: bool) -> list[str]:
    """Surnames one edit from `text` that one full name has (or, `shared`, several have)."""
    if len(text) < 4:
        return []
    return [
        surname
        for surname, names in by_surname.items()
        if (len(names) > 1) == shared
        and abs(len(surname) - len(text)) <= 1  # one edit apart at most: a cheap test first
        and _distance(surname, text) == 1
    ]


def _surname_variant(text: str, by_surname: dict[str, list[str]]) -> str | None:
    """M6: the one full name whose surname is one letter from `text` ('Water' for Kathryn Waters);
    given the first names instead, the one whose first name is ('Urdom' for Udom Tantiprasongchai)."""
    near = _surnames_a_letter_from(text, by_surname, shared=False)
    return by_surname[near[0]][0] if len(near) == 1 else None


def _shared_surname_variant(
    text: str, by_surname: dict[str, list[str]], owner: dict[str, str]
) -> str | None:
    """The person a surname one letter from `text` stands for alone, when several full names share
    that surname and M4 has given it to one of them ('Mousa' after 'Moussa' for 'Amr Moussa')."""
    near = _surnames_a_letter_from(text, by_surname, shared=True)
    return owner.get(near[0]) or None if len(near) == 1 else None


def _letters_swapped(a: str, b: str) -> bool:
    """Whether two words differ only by two neighbouring letters swapped ('OCSIT', 'OSCIT')."""
    apart = [i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y]
    return (
        len(a) == len(b)
        and len(apart) == 2
        and apart[1] == apart[0] + 1
        and a[apart[0]] == b[apart[1]]
        and a[apart[1]] == b[apart[0]]
    )


def _distance(a: str, b: str) -> int:
    """Edit distance of small strings, two neighbouring letters swapped counting as one edit
    ('Yavlinksy' for 'Yavlinsky'); past 2, only a lower bound (the callers ask <= 2)."""
    if abs(len(a) - len(b)) > 2:
        return abs(len(a) - len(b))
    before: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            cost = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb and ca != cb:
                cost = min(cost, before[j - 2] + 1)
            current.append(cost)
        before, previous = previous, current
    return previous[-1]


def _other_names(
    article: Article, actors: dict[str, MergedActor], candidates: dict[str, Candidate]
) -> dict[str, str]:
    """'Kirill Mikhailov, aka reggamortis1': the name found right after 'aka' (or another word of
    data/entities/other_name_cues.txt) is the same actor's."""
    found: dict[str, str] = {}
    cues = alternation(other_name_cues())
    if not re.search(rf"(?<!\w)(?:{cues})(?!\w)", article.text):
        return found  # most articles: no need to look after every actor's name
    for name in actors:
        for match in re.finditer(
            rf"{re.escape(name)},?\s+\(?(?:{cues})\s+([^,;()]+)",
            article.text,
        ):
            after = match.group(1)
            alias = max(
                (t for t in candidates if t != name and re.match(rf"{re.escape(t)}\b", after)),
                key=len,
                default="",
            )
            if alias:
                found.setdefault(alias, name)
    return found


def _clipped_from(short: str, name: str) -> bool:
    """'CENTCOM' from 'U.S. Central Command': the first letters of each capitalised word, three or
    more of one of them at least (plain initials are M3's)."""
    words = [w.upper() for w in name.split() if w[:1].isupper() and w.isalpha()]
    if len(words) < 2 or not short.isalpha() or short[0] != words[0][0]:
        return False
    pieces = "".join(rf"({w[0]}{''.join(c + '?' for c in w[1:])})" for w in words)
    match = re.fullmatch(pieces, short)  # each word's first letter and as many next ones as fit
    return match is not None and any(len(g) >= 3 for g in match.groups())


def _unclaimed(actors: dict[str, MergedActor], owner: dict[str, str], form: str) -> bool:
    """Whether a form is no actor's yet; one that stands alone as its own actor is freed."""
    if owner.get(form) == form and actors[form].forms == [form]:
        del actors[form]
        del owner[form]
    return form not in owner


def _letters_in_order(short: str, name: str) -> bool:
    """Whether a short form's letters stand in the name in order, from its first ('Ofgem' in
    'Office of Gas and Electricity Markets')."""
    letters = iter(name.lower())
    return short[:1].lower() == name[:1].lower() and all(c in letters for c in short.lower())


def _abbreviations(
    article: Article, actors: dict[str, MergedActor]
) -> dict[str, tuple[str, str, str]]:
    found: dict[str, tuple[str, str, str]] = {}
    for name, actor in actors.items():
        if actor.kind == "person":
            initials = "".join(w[0] for w in name.split() if w[:1].isupper())
            if len(initials) >= 2 and re.search(
                rf"{re.escape(name)}\s*\({initials}\)", article.text
            ):
                # 'Kondwani Munthali (KM):', then 'KM:' before each answer of the interview
                found.setdefault(initials, (name, "M2", f"'{initials}' follows '{name}'"))
            continue
        for match in re.finditer(
            # "the Department of Housing and Urban Development’s (HUD) ...": a possessive between
            # "The Co-operative Group (Co-op)": a clipped form
            rf"{re.escape(name)}(?:[’']s)?(?:\s*\(([A-Z][A-Za-z0-9.&]{{1,9}}|[A-Z][a-z]{{1,5}}-[a-z]{{1,6}})\)"
            rf"|,\s+or\s+([A-Z][A-Z.&]{{1,9}})\b)",
            article.text,
        ):
            short = match.group(1) or match.group(2)  # 'Reporters Without Borders, or RSF,'
            found.setdefault(short, (name, "M2", f"'{short}' follows '{name}'"))
        words = [w for w in re.split(r"[\s-]+", name) if w[:1].isupper()]
        if words and words[-1].endswith(".") and words[-1] in company_suffixes():
            words = words[:-1]  # not 'AI' for 'Amazon.com Inc.'; but 'TSMC' for '... Company'
        initials = "".join(  # 'U.S. Agency for Global Media': USAGM
            w.replace(".", "") if re.fullmatch(r"(?:[A-Z]\.){2,}", w) else w[0] for w in words
        )
        without_country = (
            "".join(w[0] for w in words[1:]) if words[:1] in (["U.S."], ["US"]) else ""
        )
        for form in dict.fromkeys([name, *actor.forms]):  # 'VA' beside 'the U.S. Department of ...'
            bare = re.sub(r"^(?:[Tt]he |U\.S\. |US |United States )+", "", form)
            for short in usual_abbreviations().get(bare, ()):
                found.setdefault(
                    short, (name, "M3", f"'{short}' is the usual short form of '{bare}'")
                )
        without_suffix = (  # 'OLG' beside 'OLGC' for 'Ontario Lottery and Gaming Corporation'
            initials[:-1] if len(words) > 2 and words[-1] in company_suffixes() else ""
        )
        if any(re.fullmatch(r"[A-Z]{2,}", w) for w in words):
            continue  # 'CKVU-TV Vancouver', a call sign: no initials of a name ('CTV')
        # 'DHS' for 'U.S. Department of Homeland Security'
        for short in (initials, without_country, without_suffix):
            if len(short) >= 2:
                found.setdefault(
                    short, (name, "M3", f"'{short}' is made of the initials of '{name}'")
                )
    return found


# --- attributes ---------------------------------------------------------------------------
