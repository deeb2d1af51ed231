"""Who a reporting clause points to: a name, a pronoun, a role, an office or a description.

Phrases resolve through the alias table (names, genders, roles). Pronouns go to
the most salient earlier speaker of compatible gender and number: the subject of
a recent reporting clause first, then the first person named in a sentence. A
body is never a he or she (unless a spokesperson speaks for it), and an unnamed
speaker nothing genders ('one student') yields to a named person of the pronoun's
sex in the last five sentences. A body's description ('the company said') is the
body just named in the reporter's words, past a quote that stands between, and the
subject rather than a preposition's object ('Cubios denied any connection to ...').
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property

import pandas as pd

from .actors import Actors, find_mentions
from .article import Article, Block
from .entity_merges import is_generation
from .entity_words import (
    body_nouns,
    countries,
    demonym_or_stopword,
    demonyms,
    job_title_words,
    media_nouns,
    name_stopwords,
    past_verbs,
    person_nouns,
    rank_titles,
    read_rows,
    third_person_verbs,
    word_list,
)
from .paths import DATA
from .quote_marks import find_quote_marks, masked_text
from .reporting import ReportingCues, Verbs, load_reporting_verbs, not_reporting

PLACE_KINDS = ("place", "country", "capital")  # actors that are places, as speakers go
PRONOUN_WANTS = {"he": "male", "she": "female", "they": "plural", "it": "thing", "we": "plural"}
OBJECT_PRONOUN_WANTS = {"him": "male", "her": "female", "them": "plural"}
POSSESSIVE_WANTS = {"his": "male", "her": "female", "its": "thing", "their": "plural"}
HONORIFIC = (  # 'Mr Hall' without the full stop too, as British house styles write it
    r"(?:(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sen|Rep|Gov|Lt|Gen|Col|Capt|Sgt|Cpl|Maj|Cmdr|Adm|Insp|Det|Supt"
    r"|Cllr|Rev|Fr|Sr|Jr|St|Hon|Amb|Pres|Sec|Atty|Gen)\.|(?:Mr|Mrs|Ms|Mx|Dr)(?=\s))"
)


# The nouns and honorifics of one sex: data/gendered_nouns.csv and data/kin_words.csv.
_GENDERED = read_rows(DATA / "gendered_nouns.csv") + read_rows(DATA / "kin_words.csv")
MALE_WORDS = frozenset(row["word"] for row in _GENDERED if row["gender"] == "male")
FEMALE_WORDS = frozenset(row["word"] for row in _GENDERED if row["gender"] == "female")
PERSON_HEADS = frozenset(word_list(DATA / "description_heads.txt"))
AGENT_NOUN_ENDING = r"(?:er|or|ist|ian)"  # 'organisers', 'prosecutors', 'economists', 'historians'
_GROUP_NOUNS = read_rows(DATA / "group_nouns.csv")
PLURAL_HEADS = frozenset(row["word"] for row in _GROUP_NOUNS)
PLURAL_WITHOUT_S = frozenset(  # 'Police say'
    row["word"] for row in _GROUP_NOUNS if row["plural_without_s"] == "yes"
)


def _listed(name: str) -> str:
    """The words of a data/ file as one regex alternation, in the file's order."""
    return "(?:" + "|".join(re.escape(w) for w in word_list(DATA / name)) + ")"


OFFICE_WORDS = _listed("office_words.txt")
OFFICE_HEAD = _listed("office_heads.txt")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# Words that may stand between a speaker and the verb without being part of the name.
FILLER = (
    r"(?:also|then|later|earlier|again|quickly|repeatedly|previously|once|further|separately|had|has|have"
    r"|would|will|did|does|was|is|reportedly|publicly|privately|simply|just|already|still|herself|himself"
    r"|themselves|itself|only|now|on\s+\w+|last\s+\w+|in\s+\d{4}|this\s+week"
    rf"|{_WEEKDAY}|today|yesterday"  # 'officials Thursday said'
    # any adverb in -ly ('Morozov jokingly said'), but not the nouns and names that end so
    r"|(?!(?:family|ally|assembly|daily|weekly|monthly|quarterly|supply|rally|bully|belly|jelly"
    r"|reply|fly|july|italy)\b)[a-z]{2,}ly)"
)
_PREPOSITION = r"(?:to|for|with|from|by|about|into|on|at|in|of)"
_CONNECTOR = r"(?:von|van|der|de|den|la|le|al|bin|ibn|da|di|du|del|dos|ul)"
_FUNCTION_WORD = (
    r"(?:The|A|An|This|That|These|Those|In|On|At|After|Before|But|And|As|If|When|While|Among|Asked|Speaking"
    r"|It|He|She|They|We|I|His|Her|Its|Their|Our|Not|No|Yes|One|Another|Some|Many|Several|Both|Each|Every"
    r"|All|Most|Two|Three|So|Such|Then|There|Here|For|From|With|Without|Under|Over|During|Since|Until"
    r"|Neither|Either)\b(?!\.)"  # not a middle initial: 'David A. Chandler'
)
NAME_TOKEN = (  # 'al-Masody', an Arabic surname written with its particle, is a name token too
    rf"(?:{HONORIFIC}|@\w+|(?!{_FUNCTION_WORD})[A-Z][\w’'.\-]*|(?:{_CONNECTOR}|el|abu)-[A-Z][\w’'.\-]*"
    rf"|{_CONNECTOR}[A-Z][a-z][\w’'.\-]*"  # 'deLevie': the particle written onto the surname
    rf"|{_CONNECTOR}(?=\s+(?:[A-Z]|{_CONNECTOR}\s)))"
)
NAME_RUN = rf"{NAME_TOKEN}(?:\s+(?:&\s+)?{NAME_TOKEN})*"
_TITLED_NAME = (  # ' U.S. Army veteran Fred Mattlage': up to five title words, then the name
    rf"\s*(?!who\b|which\b|whose\b)(?:[\w.’'-]+\s+){{1,5}}?"
    rf"((?:{HONORIFIC}\s+)?[A-Z][a-z]+\s+[A-Z][\w’'-]+)"
)
_HOME = r"(?:\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?"  # 'Ted Cruz of Texas': a senator's state
_NP_WORD = (
    r"(?!(?:that|which|who|whom|said|says|and|but|or|was|were|is|are|had|has|have|would|will|in|on|at"
    r"|after|before|when|while|what|where|why|how|whose)\b)[\w.’'&\-]+"
)
# A quote of up to three whole sentences may stand between a body and its clause.
_QUOTED_SENTENCES_SKIPPED = 3

_DETERMINERS = r"(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Tt]his|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts|[Tt]wo|[Ss]ome|[Ss]everal)"
DETERMINER_NP = rf"\b{_DETERMINERS}\s+(?:{_NP_WORD}\s+){{0,5}}?{_NP_WORD}"
OFFICE_OF = (
    rf"\b(?:[Tt]he|[Aa]n?)\s+(?:{_NP_WORD}\s+){{0,3}}?{OFFICE_HEAD}\s+(?:for|of|at|from)\s+"
    rf"(?:(?:the|a|an)\s+)?(?:{NAME_RUN}|{_NP_WORD}(?:\s+{_NP_WORD}){{0,2}})"
)
_START = r"(?<![\w’'.\-])"
# 'She gave her name only as Mary', 'who identified himself only as Ahmed': the paragraph names
# the unnamed person it quoted, as far as the article can.
_NAMED_ONLY_AS = re.compile(
    r"\b(She|He|she|he|her|his)\s+(?:gave\s+(?:her|his)\s+(?:first\s+)?name|identified\s+"
    r"(?:herself|himself)|asked\s+to\s+be\s+identified)\s+only\s+(?:by\s+(?:her|his)\s+first"
    r"\s+name,?\s+|as\s+)([A-Z][a-z’'-]+(?:\s+[A-Z]\.)?)"
)
# "Rice's", and after a final s the apostrophe alone: "Wiles' announcement".
POSSESSIVE = r"(?:['’]s|(?<=s)['’])"
UTTERANCE = (
    r"(?:message|statement|words|reply|answer|response|warning|advice|verdict|letter|note|plea|appeal"
    r"|view|conclusion|conclusions|finding|findings|summary|assessment|tone|reaction|position"
    r"|announcement)"
)
_ANONYMOUS = (
    r"\b(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]ome|[Ss]everal)\s+(?:[\w-]+\s+){0,3}?(?:person|people|source|sources"
    r"|official|officials|aide|aides|diplomat|diplomats|executive|executives|insider|insiders)"
    r"\s+(?:familiar\s+with|close\s+to|briefed\s+on|with\s+knowledge\s+of|involved\s+in|aware\s+of)"
    r"\s+[^,;:]{1,80}?"
)
# A lowercase word that is probably the main verb of a clause (for finding where its subject ends).
_FINITE_VERB = (
    r"\b(?:[a-z]{3,}ed|said|says|told|tells|wrote|writes|met|spent|took|made|is|are|was|were|has|have|had"
    r"|will|would|suspect|believe|think|say|argue|warn|insist|spoke|sent|gave|went|came|began|left|put)\b"
)
# Job words that may stand between an organisation and a person's name ("Kingsmere boss Andy Lyle").
_DESCRIPTOR = _listed("descriptor_nouns.txt")
# Speaker phrases, tried in this order; each is matched where the phrase must end (before a verb).
_SOMEONE_FROM = (  # 'another netizen in the eastern Chinese province of Shandong'
    rf"\b(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:{_NP_WORD}\s+){{0,2}}?[a-z][\w-]*\s+(?:in|from|of|on|at|near)\s+"
    rf"(?:{_NP_WORD}\s+){{0,6}}?{_NP_WORD}"
)
PHRASE_FORMS: tuple[tuple[str, str], ...] = (
    ("pron", r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e)\b"),
    (  # '100% of survey respondents said', 'Half of the respondents said': a share of a group
        "np",
        r"(?:\b\d+(?:\.\d+)?\s?(?:%|percent)|\b(?:[Mm]ost|[Hh]alf|[Mm]any|[Ss]ome|[Aa]\s+majority))"
        r"\s+of\s+(?:the\s+|those\s+)?(?:[a-z][\w’'-]*\s+){0,3}[a-z][\w’'-]*",
    ),
    ("np", _ANONYMOUS),
    ("np", OFFICE_OF),
    ("office", rf"{_START}{NAME_RUN}['’]s\s+(?:{OFFICE_WORDS})"),
    ("name_of", rf"{_START}{NAME_RUN}\s+(?:of|from|at|in)\s+(?:the\s+)?{NAME_RUN}"),
    (  # 'The China Association of the ... Industry (CANSI) and China Shipowner Association'
        "names",
        rf"{_START}{NAME_RUN}(?:\s+\([A-Z]{{2,}}\))?(?:\s*,\s*{NAME_RUN}(?:\s+\([A-Z]{{2,}}\))?)*"
        rf"\s+and\s+(?:[a-z]+\s+)*{NAME_RUN}",
    ),
    ("described", _SOMEONE_FROM),
    (  # 'Secretary of State for Innovation, ...' where the copy lost the holder's name: a title
        "described",
        rf"{_START}(?:{'|'.join(re.escape(t.title()) for t in sorted(rank_titles()))})\s+of\s+{NAME_RUN}"
        rf"\s+for\s+{NAME_RUN}",
    ),
    (
        "described",
        rf"\b{_DETERMINERS}\s+(?:{_NP_WORD}\s+){{0,3}}?[a-z][\w-]*\s+(?:on|at|in|from|of|for|with|near)\s+(?:the\s+)?{NAME_RUN}",
    ),
    ("name", rf"{_START}{NAME_RUN}\s+(?:[a-z-]+\s+){{0,2}}{_DESCRIPTOR}\s+{NAME_RUN}"),
    ("name", rf"(?:{DETERMINER_NP}\s+)?{_START}{NAME_RUN}(?:\s+\(\w+\))?"),
    ("np", rf"{_START}{NAME_RUN}['’]s?\s+(?:{_NP_WORD}\s+){{0,3}}?[a-z][\w.\-]*"),
    ("np", DETERMINER_NP),
    ("np", rf"{_START}{NAME_RUN}\s+[a-z]+"),
    (  # 'administration officials say', 'U.S. officials said': a plural with one modifier
        "np",
        r"\b(?:(?:[A-Z]\.)+|(?!(?:and|but|or|that|which|who|what|when|while|as|of|in|on|at)\b)[a-z]+)"
        r"\s+[a-z]+(?:ials|ers|ors|ists|ians|ants|ents)\b",
    ),
    ("np", r"\b[a-z]+s\b|\b[A-Z][a-z]+s\b"),
)
_TIME_OPENER = re.compile(
    r"\s*(?:Last|This|Next|Earlier|Later)\s+(?:week|month|year|spring|summer|autumn|fall|winter"
    rf"|{_WEEKDAY})\s+(?=he\b|she\b|they\b|[A-Z])"
)
_DATELINE = re.compile(r"\s*[A-Z][A-Z'.\- ]{2,}(?:,\s*[A-Z][\w. ]+)?\s*[—–]\s*")
OPENER_WORDS = word_list(DATA / "clause_openers.txt")
# A sentence adverb that opens the sentence with no comma after it ('However Unite said').
_SENTENCE_ADVERB = r"(?:However|Meanwhile|Moreover|Nevertheless|Still|Also)"
# Text up to a comma, past the commas of a date: 'October 7, 2023, attack' is one phrase.
_NO_DATE_COMMA = r"(?:[^,]|,(?=\s*\d{4}\b)|(?<=\d, \d{4}),)*"
_OPENER = re.compile(
    rf"\s*(?:(?:{'|'.join(re.escape(w) for w in OPENER_WORDS)})\b{_NO_DATE_COMMA},\s*"
    r"|(?:[a-z]+ed|[A-Za-z][a-z]+ing|[A-Z][a-z]+ly|[A-Z][a-z]+ed(?=\s+(?:to|with|on|about|by|in|for|from|at|as)\b))"
    rf"\b{_NO_DATE_COMMA},\s*)"
)


@functools.cache
def document_nouns() -> tuple[str, ...]:
    """data/document_nouns.txt: documents that speak for their authors, longest first."""
    return tuple(sorted(word_list(DATA / "document_nouns.txt"), key=len, reverse=True))


@functools.cache
def document_heads() -> frozenset[str]:
    """The last word of each document noun ('statement', 'release', 'sheet')."""
    return frozenset(d.split()[-1] for d in document_nouns())


def speaks_as_a_thing(noun: str) -> bool:
    """Whether a lower-case head noun is a document, filing or medium that speaks ('the order',
    'the written statement')."""
    return noun in speaking_things() or noun in document_heads()


def a_document(noun: str) -> bool:
    """Whether a lower-case head noun that speaks is a document or filing ('the order', 'the
    agreement'), not a medium or a body ('the newspaper', 'the agency')."""
    return speaks_as_a_thing(noun) and noun not in body_nouns() and noun not in media_nouns()


def _people_plural(word: str) -> bool:
    """Whether a plural head can speak: people ('protesters', 'Democrats') or speaking things
    ('documents'), but not 'the boarding schools'."""
    lowered = word.lower()
    # the word itself ('authorities'), and its singular after -s, -es or -ies ('witnesses')
    forms = {lowered, lowered[:-1], lowered[:-2], lowered[:-3] + "y"}
    return word[:1].isupper() or any(
        form in PERSON_HEADS
        or form in PLURAL_HEADS
        or re.search(rf"{AGENT_NOUN_ENDING}$", form) is not None
        or speaks_as_a_thing(form)
        for form in forms
    )


@functools.cache
def documents_pattern() -> str:
    """The document nouns as one regex alternation, longest first."""
    return "|".join(map(re.escape, document_nouns()))


@functools.cache
def own_voice_documents() -> frozenset[str]:
    """data/own_voice_documents.txt: documents that speak as themselves ('the memo said')."""
    return frozenset(word_list(DATA / "own_voice_documents.txt"))


@functools.cache
def speaking_things() -> frozenset[str]:
    """data/speaking_things.txt: nouns for documents and media that speak ('the complaint')."""
    return frozenset(word_list(DATA / "speaking_things.txt"))


def leader_titles() -> tuple[str, ...]:
    """data/leader_titles.txt: titles of a country's leader ('prime minister', 'president')."""
    return word_list(DATA / "leader_titles.txt")


@functools.cache
def role_epithets() -> dict[str, tuple[str, ...]]:
    """data/role_epithets.csv: news epithets and the offices they name ('top diplomat')."""
    epithets: dict[str, tuple[str, ...]] = {}
    for row in read_rows(DATA / "role_epithets.csv"):
        epithets[row["epithet"]] = (*epithets.get(row["epithet"], ()), row["role"])
    return epithets


@functools.cache
def kin_words() -> dict[str, str]:
    """data/kin_words.csv: family words and the gender they give ('mother' -> female)."""
    return {row["word"]: row["gender"] for row in read_rows(DATA / "kin_words.csv")}


_AFTER_PREPOSITION = re.compile(r"\b(?:of|to|for|with|against|by|from|on|at|in)\s+(?:the\s+)?$")


@dataclass(frozen=True)
class Mention:
    """A named actor at a place in the text."""

    start: int
    end: int
    actor: str
    kind: str
    gender: str


_CLAUSE_RUN = r"(?:[^,.;:!?]|(?<=\b[A-Z])\.(?=\s+[A-Z]|[A-Z]\.)|(?<=\.[A-Z])\.(?=\s))*"


def _title_words_only(phrase: str) -> bool:
    """Whether every word of a capitalised phrase is a title's ('Chief Executive'): no name."""
    words = phrase.lower().replace(".", "").split()
    return bool(words) and all(w in _title_words() for w in words)


@functools.cache
def _title_words() -> frozenset[str]:
    return name_stopwords() | job_title_words() | person_nouns() | rank_titles()


def _short_title(title: str) -> bool:
    """Whether words before a name can all be its title: at most eight, and no finite verb."""
    return len(title.split()) <= 8 and not re.search(_FINITE_VERB, title)


@dataclass(frozen=True)
class Speaker:
    """A resolved speaker: canonical or written name, the words that point to it, and its features."""

    name: str  # for a joint speaker, the members' names joined by "; "
    text: str
    kind: str  # person, organisation, country, capital, description, group
    gender: str = ""
    members: tuple[str, ...] = ()  # two or more names: people or bodies speaking together

    @classmethod
    def together(cls, names: Iterable[str], text: str) -> Speaker:
        """Two or more speakers of one quote ("X and Y said"), as one structured value."""
        members = tuple(dict.fromkeys(names))
        return cls("; ".join(members), text, "group", members=members)

    @property
    def joint(self) -> bool:
        """Whether several speakers share the quote."""
        return len(self.members) > 1

    @property
    def names(self) -> tuple[str, ...]:
        """Every name the speaker stands for: its members, or its own name."""
        return self.members or ((self.name,) if self.name else ())

    def fits(self, wanted: str) -> bool:
        """Whether a pronoun (male, female, plural, thing) can point to this speaker."""
        if wanted in ("male", "female"):
            return not self.joint and (
                (self.kind == "person" and self.gender in (wanted, "", "unknown"))
                or self._spokesperson_of_body(wanted)
            )
        if wanted == "plural":
            return self.joint or self.kind in ("group", "organisation")
        return not self.joint and self.kind in (
            "organisation",
            "country",
            "capital",
            "place",
            "description",
        )

    def _spokesperson_of_body(self, wanted: str) -> bool:
        """'A Beaverton police spokesman ... said': a body's person, whom a later 'he' can mean."""
        words = self.text.lower().split()
        if self.kind != "organisation" or len(words) < 2 or words[-1] not in PERSON_HEADS:
            return False
        if words[-1] in FEMALE_WORDS:
            return wanted == "female"
        return wanted == "male" or words[-1] not in MALE_WORDS


def honorific_sex(phrase: str) -> str:
    """'male' for 'Mr Hall', 'female' for 'Mrs.', 'Ms' or 'Miss Hall', '' for any other phrase."""
    honorific = re.match(r"(Mrs|Ms|Miss|Mr)\.?\s+[A-Z]", phrase)
    if honorific is None:
        return ""
    return "male" if honorific.group(1) == "Mr" else "female"


def _unnamed_of_unknown_sex(speaker: Speaker, wanted: str) -> bool:
    """An unnamed person ('one student') whom nothing genders, for a he or she."""
    return (
        wanted in ("male", "female")
        and speaker.name[:1].islower()
        and speaker.gender in ("", "unknown")
    )


def _national_word(word: str) -> bool:
    """'u.s.', 'american', 'china's': a word that says whose office, not which one."""
    return bool(re.fullmatch(r"u\.?s\.?|[a-z.]+['’]s", word)) or word.capitalize() in demonyms()


def _name_alone(tokens: list[str]) -> str:
    """'Greenlandic Premier Mute Egede' -> 'Mute Egede', 'Taliban Deputy Foreign Minister Sher
    Mohammad Abbas Stanikzai' -> 'Sher Mohammad Abbas Stanikzai': what follows the last title,
    nationality or stop word, when at least two words are left."""
    cut = max((i + 1 for i, t in enumerate(tokens[:-2]) if demonym_or_stopword(t)), default=0)
    return " ".join(tokens[cut:])


_AFTER_SPEAKER = (  # what may follow the speaker in 'said X, ...', 'said X in ...', 'said X.'
    r"\s*(?:,|(?<![A-Z]\.[A-Z])\.(?=\s|$)(?!\s+[a-z])|;|$|\s+(?:in|on|at|after|before|during|when"
    r"|while|who|adding|according|told|to|of|from|as|about|with|under|through|via|outside|last|this"
    r"|late|earlier)\b)"
)


@dataclass
class Resolver:
    """Resolves speaker phrases in one article; keeps the speakers seen so far for pronouns."""

    article: Article
    actors: Actors
    mentions: list[Mention]
    masked: str
    sentence_starts: list[int]
    sentence_ends: list[int]
    verbs: Verbs | None = None  # the reporting verbs: for the reporting clauses of a sentence
    events: list[tuple[int, Speaker]] = field(default_factory=list)  # speakers of quotes so far
    _clauses: dict[int, list[tuple[int, Speaker]]] = field(default_factory=dict)

    @classmethod
    def build(
        cls,
        article: Article,
        actors: Actors,
        mentions: pd.DataFrame,
        masked: str,
        verbs: Verbs | None = None,
    ) -> Resolver:
        """A resolver over an article's mentions and its quote-masked text."""
        listed = [
            Mention(
                int(m.start),
                int(m.end),
                str(m.actor),
                str(m.kind),
                str(actors.by_name[m.actor]["gender"]),
            )
            for m in mentions.itertuples()
        ]
        sents = article.sentence_table
        starts, ends = sents["start"].tolist(), sents["end"].tolist()
        return cls(article, actors, listed, masked, starts, ends, verbs)

    @classmethod
    def for_article(
        cls,
        article: Article,
        actors: Actors,
        verbs: Verbs | None = None,
        mentions: pd.DataFrame | None = None,
    ) -> Resolver:
        """A resolver over the article's own quote marks, mentions and reporting verbs."""
        spans, _ = find_quote_marks(article)
        if mentions is None:
            mentions = find_mentions(article, actors)
        masked = masked_text(article, spans)
        return cls.build(article, actors, mentions, masked, verbs or load_reporting_verbs())

    @cached_property
    def cues(self) -> ReportingCues:
        """The article's reporting verbs and nouns, found once in the quote-blanked text."""
        assert self.verbs is not None
        return ReportingCues.find(self.masked, self.verbs)

    @cached_property
    def mention_starts(self) -> list[int]:
        """Start offsets of the mentions (sorted)."""
        return [m.start for m in self.mentions]

    def within(self, start: int, end: int) -> list[Mention]:
        """Mentions lying inside [start, end)."""
        first = bisect_left(self.mention_starts, start)
        last = bisect_left(self.mention_starts, end)
        return [m for m in self.mentions[first:last] if m.end <= end]

    def _identified_later(self, start: int, end: int, to_end: bool = True) -> Speaker | None:
        """'President Donald Trump's nominee for deputy secretary of defense is warning ...' as
        the subject of an article's first sentence: the person the paragraph after it names first,
        not the owner (news ledes identify their speaker one paragraph late)."""
        body = self.article.body
        if len(body) < 2 or not body[0].start <= start < body[0].end:
            return None
        dateline = re.match(r"\s*[^\W\d][\w'.\- ]{1,30}[—–]\s*", self.masked[start:end])
        at = start + dateline.end() if dateline else start  # 'pentagon — ', as VOA writes it too
        described = re.match(  # up to the verb, or (to_end False) before an auxiliary
            r"\s*((?:(?:[Tt]he\s+)?(?:[\w.’'-]+\s+){0,4}?[\w.’'-]+['’]s|[Hh]is|[Hh]er)\s+"
            r"(?:[a-z-]+\s+){0,2}?"
            r"([a-z]+)(?:\s+(?:for|of)\s+[^,;:.!?]*?)?)"
            + (rf"(?:\s+{FILLER})*\s*$" if to_end else r"\s+(?:is|are|was|were|has|have|had)\s"),
            self.masked[at:end],
        )
        if described is None or described.group(2) not in PERSON_HEADS:
            return None
        owners = {m.actor for m in self.within(at, at + described.end(1))}
        for mention in self.within(end, body[1].end):
            if mention.kind == "person" and mention.actor not in owners:
                return self.actor(mention.actor, described.group(1))
        return None

    def listed_bodies(self, start: int, limit: int) -> Speaker | None:
        """'A, the B and C' right at `start`: two or more named bodies or people as one speaker."""
        names: list[str] = []
        position = start
        for mention in self.within(start, limit):
            between = self.masked[position : mention.start]
            if not re.fullmatch(r"\s*(?:,\s*)?(?:(?:and|or)\s+)?(?:the\s+)?", between, re.I):
                break
            if mention.kind not in ("organisation", "person", "country"):
                break
            names.append(mention.actor)
            position = mention.end
            acronym = re.match(r",?\s*(?:or\s+)?[A-Z]{2,}\b,?", self.masked[position:limit])
            if acronym and not self.within(position, position + acronym.end()):
                position += acronym.end()  # '..., or CISA'
        if len(set(names)) < 2 or not re.search(r"\band\b", self.masked[start:position]):
            return None
        return Speaker.together(names, re.sub(r"\s+", " ", self.article.text[start:position]))

    def mentions_before(self, position: int) -> Iterator[Mention]:
        """Mentions that end before `position`, the latest first; the caller stops when it has enough."""
        for index in range(bisect_left(self.mention_starts, position) - 1, -1, -1):
            if self.mentions[index].end <= position:
                yield self.mentions[index]

    def overlapping(self, position: int) -> Mention | None:
        """The mention that covers `position`, if any."""
        index = bisect_right(self.mention_starts, position) - 1
        if index >= 0 and self.mentions[index].start <= position < self.mentions[index].end:
            return self.mentions[index]
        return None

    def outside_quotes(self, mention: Mention) -> bool:
        """Whether a mention is in the reporter's words (quoted names are not antecedents)."""
        return self.masked[mention.start] != " "

    def sentence_of(self, offset: int) -> tuple[int, int]:
        """Start and end of the sentence holding `offset` (the article's own lookup)."""
        return self.article.sentence_bounds(offset)

    def remember(self, position: int, speaker: Speaker | None) -> None:
        """Record a speaker at a position, for later pronouns."""
        if speaker is not None:
            insort(self.events, (position, speaker), key=lambda event: event[0])

    def speakers_between(self, start: int, end: int) -> list[tuple[int, Speaker]]:
        """Speakers of quotes and of reporting clauses in [start, end), in text order."""
        found = [event for event in self.events if start <= event[0] < end]
        if self.verbs is not None:
            first = max(bisect_right(self.sentence_starts, start) - 1, 0)
            for index in range(first, len(self.sentence_starts)):
                sentence_start = self.sentence_starts[index]
                if sentence_start >= end:
                    break
                if sentence_start not in self._clauses:  # each sentence is read once, when needed
                    self._clauses[sentence_start] = []  # a pronoun inside it must not read it again
                    self._clauses[sentence_start] = self.reporting_clauses(
                        sentence_start, self.sentence_ends[index]
                    )
                found += [
                    event for event in self._clauses[sentence_start] if start <= event[0] < end
                ]
        return sorted(found, key=lambda event: event[0])

    def reporting_clauses(self, start: int, end: int) -> list[tuple[int, Speaker]]:
        """The named speakers of a sentence's reporting clauses ("Lyle said Hollis had ..."), for pronouns."""
        found = []
        for verb in self._clause_verbs(start, end):
            speaker = self.cue_subject(verb, start, pronouns=False)
            if speaker is not None:
                found.append((verb.start(), speaker))
        return found

    def last_clause(self, start: int, end: int) -> tuple[int, Speaker] | None:
        """The last reporting clause in [start, end) and its speaker, a pronoun resolved ('..., he said.')."""
        verb = next(reversed(self._clause_verbs(start, end)), None)
        if verb is None:
            return None
        speaker = self.cue_subject(verb, self.sentence_of(verb.start())[0])
        return None if speaker is None else (verb.start(), speaker)

    def _clause_verbs(self, start: int, end: int) -> list[re.Match[str]]:
        """The reporting verbs in [start, end) that open a clause: no '-ing' form, no other use."""
        assert self.verbs is not None
        verbs = self.verbs
        return [
            verb
            for verb in self.cues.verbs_between(start, end)
            if not verb.group(1).endswith("ing")
            and not not_reporting(self.masked, verbs, verb, self.sentence_of(verb.start())[0])
        ]

    def cue_subject(
        self, cue: re.Match[str], sent_start: int, pronouns: bool = True
    ) -> Speaker | None:
        """The speaker of one reporting verb: `X said` or, inverted after a comma or quote, `said X`."""
        sent_end = self.sentence_of(cue.start())[1]
        if re.search(r"[,”\"]\s*$", self.article.text[sent_start : cue.start()]):
            inverted = self.phrase_after(cue.end() + 1, sent_end)
            if inverted and inverted.kind == "description":
                before = self.phrase_before(sent_start, cue.start(), pronouns)
                if before is not None and before.kind in ("person", "organisation"):
                    return before  # 'Victoria Taylor, director of ..., said the point of ...'
            if inverted:
                return inverted
        return self.phrase_before(sent_start, cue.start(), pronouns)

    def _table_value(self, name: str, column: str) -> str:
        """A column of the actor table's row for a canonical name ('' for a name it does not know)."""
        row = self.actors.by_name.get(name)
        return "" if row is None else str(row[column])

    def kind_of(self, name: str) -> str:
        """The kind the actor table gives a name ('' for a name it does not know)."""
        return self._table_value(name, "kind")

    def actor(self, name: str, text: str) -> Speaker:
        """A Speaker for a canonical actor of the table."""
        row = self.actors.by_name[name]
        return Speaker(name, text, str(row["kind"]), str(row["gender"]))

    # --- phrases -------------------------------------------------------------------------------

    def phrase_before(self, start: int, end: int, pronouns: bool = True) -> Speaker | None:
        """The speaker phrase that ends right before `end` (a reporting verb), resolved."""
        window = max(start, end - 240)
        chunk = self.masked[window:end].rstrip()
        chunk = re.sub(rf"(?:\s+{FILLER})+\s*$", "", chunk)
        chunk = re.sub(r"\s[-–—]\s[^-–—\"“”]{1,160}\s[-–—]\s*$", "", chunk)  # an aside between
        # dashes: 'Adam Suherman - whose family owns half the airline alongside Sandra Ang -'
        delayed = self._identified_later(start, end) if window == start else None
        if delayed is not None:
            return delayed
        if chunk.strip()[:1].islower():  # '"...," mining.com wrote': a name written in lower case
            whole = [
                m
                for m in self.within(window, end)
                if not self.masked[window : m.start].strip()
                and not self.masked[m.end : end].strip()
            ]
            if len(whole) == 1:
                return self.actor(whole[0].actor, self.article.text[whole[0].start : whole[0].end])
        relative = re.search(r"\b(?:which|who|whom|that|as)\s+(he|she|they|it|we)\s*$", chunk)
        if relative:
            if not pronouns:
                return None
            return self.resolve(relative.group(1), window + relative.start(1), "pron")
        who = re.search(  # 'echoes Trump, who calls'; 'Putin, who updated Xi ... and reaffirmed'
            rf"{_START}((?:{HONORIFIC}\s+)?{NAME_RUN})(?:,\s+(?:an?|the)\s[^,;:.!?\"“”]{{1,60}})?"
            rf",\s+who(?:\s+[^,;:.!?\"“”]*\band)?\s*$",
            chunk,
        )  # 'Representative Michael McCaul, a Republican from Texas, who posted'

        if who and not re.match(_FUNCTION_WORD, who.group(1)):
            antecedent = self.resolve(who.group(1), window + who.start(1), "name")
            if antecedent is not None and antecedent.kind == "person":
                return antecedent
        listed = re.match(
            rf"\s*((?:{HONORIFIC}\s+)?{NAME_TOKEN}\s+{NAME_RUN}),\s+(?:an?|the)\s[^;:]*,\s*$", chunk
        )  # 'Justin Hughes, a professor specializing in intellectual property, AI, and data rights,'
        if (
            listed
            and window == start
            and not re.search(r"\band\s+[A-Z]", chunk[listed.end(1) :])
            and not re.match(rf"\s*{_FUNCTION_WORD}", listed.group(1))
        ):
            return self.resolve(listed.group(1), window + listed.start(1), "name")
        placed = re.match(
            rf"\s*((?:{HONORIFIC}\s+)?{NAME_TOKEN}\s+{NAME_RUN}),\s+(?:of|from)\s+[A-Z][^;:]*,\s*$",
            chunk,
        )  # 'Gordon Cochran, of Lake View, Iowa, said': the person, not the place
        if placed and window == start and not re.match(rf"\s*{_FUNCTION_WORD}", placed.group(1)):
            person = self.resolve(placed.group(1), window + placed.start(1), "name")
            if person is not None and person.kind == "person":
                return person
        for _ in range(3):
            if not chunk.rstrip().endswith(","):
                break
            body = chunk.rstrip()[:-1]
            comma = body.rfind(",")
            segment = body[comma + 1 :] if comma >= 0 else ""
            named = (
                re.fullmatch(rf"\s*((?:{HONORIFIC}\s+)?{NAME_RUN}){_HOME}\s*", segment)
                if comma >= 0
                else None
            )
            titled = (  # 'The property owner, U.S. Army veteran Fred Mattlage, said'
                re.fullmatch(rf"{_TITLED_NAME}{_HOME}\s*", segment)
                if named is None
                and comma >= 0
                and window == start
                and re.match(r"\s*(?:[Tt]he|[Aa]n?|Another)\s+[^,]*$", body[:comma])
                else None
            )
            if titled:
                person = self.resolve(titled.group(1), window + comma + 1 + titled.start(1), "name")
                if person is not None and person.kind == "person":
                    return person
            if (
                named
                and not re.match(rf"\s*{_FUNCTION_WORD}", segment)
                and not _title_words_only(named.group(1))  # 'Gattung, Chief Executive of Telecom,'
            ):
                speaker = self.resolve(named.group(1), window + comma + 1 + named.start(1), "name")
                if (
                    speaker is not None
                    and speaker.kind in PLACE_KINDS
                    and re.search(r"\b(?:in|of|from)\s+the\s+[a-z]+$", body[:comma])
                ):  # 'a Chinese netizen in the capital, Beijing,': the place names 'the capital'
                    someone = re.search(rf"({_SOMEONE_FROM})\s*$", body[:comma])
                    if someone:
                        start_at = window + someone.start(1)
                        end_at = window + comma + 1 + named.end(1)
                        return self.as_written(self.article.text[start_at:end_at], start_at)
                partner = re.search(
                    rf"{_START}((?:{HONORIFIC}\s+)?{NAME_RUN})\s+and\s+[^,]*$", body[:comma]
                )
                if partner and demonym_or_stopword(partner.group(1).split()[-1]):
                    partner = None  # "Liberal Leader and former minister, Stéphane Dion": a title
                if speaker and partner:  # "Vasquez-Moore and the museum's director, Elliot Crane,"
                    first = self.resolve(partner.group(1), window + partner.start(1), "name")
                    if (
                        first
                        and first.kind == "person"
                        and speaker.kind == "person"
                        and first.name != speaker.name
                    ):
                        text = self.article.text[
                            window + partner.start(1) : window + comma + 1 + named.end(1)
                        ]
                        return Speaker.together((first.name, speaker.name), text)
                return speaker
            coordinated = re.match(r"\s*(?:and|or|but)\s+(.*)$", segment, flags=re.DOTALL)
            if coordinated:  # "..., and a report by the Institute, <title>," : the last conjunct
                chunk = " " * (comma + 1 + coordinated.start(1)) + coordinated.group(1)
                break
            chunk = body[:comma] if comma >= 0 else body
            chunk = re.sub(rf"(?:\s+{FILLER})+\s*$", "", chunk.rstrip())
        as_named = re.match(  # 'But as Jon Abt, co-president of Abt Electronics said, "..."'
            rf"\s*(?:(?:But|And|Yet|So)\s+)?[Aa]s\s+((?:{HONORIFIC}\s+)?{NAME_TOKEN}\s+{NAME_RUN}),\s+"
            r"(?:an?\s|the\s|[a-z])[^,]*$",
            chunk,
        )
        if as_named and window == start:
            as_person = self.resolve(as_named.group(1), window + as_named.start(1), "name")
            if as_person is not None and as_person.kind == "person":
                return as_person
        opener = _OPENER.match(chunk) if window == start else None
        if opener and not self.within(window, window + len(opener.group(0).split()[0])):
            chunk = (
                " " * opener.end() + chunk[opener.end() :]
            )  # 'Echoing Trump, the Israeli leader'
        adverb = re.match(rf"\s*{_SENTENCE_ADVERB}\s+(?=[A-Z])", chunk) if window == start else None
        if adverb:  # 'However Unite said in a press release': no comma after the adverb
            chunk = " " * adverb.end() + chunk[adverb.end() :]
        fronted = (
            re.match(
                r"\s*(?:To|For|With|From|Before|After|At|In|On)\s+(?:the|a|an|his|her|its|their)"
                r"\s+[a-z][\w-]*\s+(?=[A-Z])",
                chunk,
            )
            if window == start
            else None
        )
        if fronted:  # 'To the committee Muroney said:': the phrase put first is no subject
            chunk = " " * fronted.end() + chunk[fronted.end() :]
        first_at = window + len(chunk) - len(chunk.lstrip())
        opener_mention = self.overlapping(first_at) if window == start else None
        if (
            opener_mention is not None
            and opener_mention.start == first_at
            and re.match(r",\s+(?:an?|the)\s[^,]*$", chunk[opener_mention.end - window :])
        ):
            opening = self.actor(
                opener_mention.actor, self.article.text[opener_mention.start : opener_mention.end]
            )
            if opening.kind == "person":  # 'al-Zawahiri, the fugitive deputy to al-Qaeda leader
                return opening  # Osama bin Laden says': a one-word name the name pattern misses
        leading = re.match(
            rf"\s*((?:{HONORIFIC}\s+)?{NAME_TOKEN}\s+{NAME_RUN}),\s+"
            r"(?!(?:he|she|they|it|we|i)\b)(?:an?\s|the\s|[a-z])[^,]*$",  # not ', he said
            chunk,
        )
        if leading and window == start and not re.match(rf"\s*{_FUNCTION_WORD}", leading.group(1)):
            return self.resolve(leading.group(1), window + leading.start(1), "name")
        titled = re.match(  # 'Marja Quillinan-Meiland, European Commission spokeswoman has said'
            rf"\s*((?:{HONORIFIC}\s+)?{NAME_TOKEN}\s+{NAME_RUN}),\s+(?:[A-Z][\w.’'&-]*\s+){{1,5}}"
            r"([a-z][\w-]*)\s*$",
            chunk,
        )
        if titled and window == start and titled.group(2) in PERSON_HEADS:
            person = self.resolve(titled.group(1), window + titled.start(1), "name")
            if person is not None and person.kind == "person":
                return person
        for form, pattern in PHRASE_FORMS:
            match = re.search(rf"({pattern})(?:\s+{FILLER})*\s*$", chunk)
            if not match:
                continue
            if form == "pron" and not pronouns:
                return None
            phrase_start = window + match.start(1)
            phrase = self.article.text[phrase_start : window + match.end(1)].strip()
            covering = self.overlapping(phrase_start)
            if covering is not None and covering.start < phrase_start:
                phrase = self.article.text[covering.start : window + match.end(1)].strip()
                phrase_start = covering.start
            if re.search(r"\b(?:and|but|or|which|who|that|as|while|when|after|before)$", phrase):
                return None
            if form == "np" and (
                re.search(rf"\b{_PREPOSITION}\s*$", chunk[: match.start(1)])
                or re.match(rf"{_PREPOSITION}\s", phrase)
            ):  # 'an official speaking on background to reporters Thursday said': no subject
                return self.clause_subject(start, end, pronouns) if window == start else None
            if re.search(r"[\"“][^\"“”]*(?:\s[^\"“”]*){3}[\"”]", phrase):
                return None  # 'the group "looks forward to a full ..."': it runs over a quote
            if form == "pron" and phrase.lower() in ("he", "she"):
                named_first = window == start and any(  # 'Lutnick read from what he said was':
                    m.kind == "person" and m.start == start  # Lutnick, not who spoke before
                    for m in self.within(start, phrase_start)
                )
                recent = (
                    None
                    if named_first
                    else self.recent_speaker(phrase_start, PRONOUN_WANTS[phrase.lower()], phrase)
                )
                if recent is not None:
                    return recent
            resolved = self.resolve(re.sub(r"^(?:and|but|or)\s+", "", phrase), phrase_start, form)
            if resolved is not None and resolved.kind in PLACE_KINDS:
                located = self._people_located(chunk[: match.start(1)], window)
                if located is not None:
                    return located
            return resolved
        return None

    def _people_located(self, before: str, window: int) -> Speaker | None:
        """'Anti-war demonstrators in Sydney, | Australia': people placed in a city, whose
        country follows after a comma, speak, not the country."""
        placed = re.search(
            r"(?:^|(?<=[\s,]))(\S+(?:\s+[a-z][\w-]*){0,3})\s+(?:in|from|at|near)\s+"
            r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*(?=,\s*$)",
            before,
        )
        if placed is None:
            return None
        head = placed.group(1).split()[-1]
        if not head.islower() or not (
            head in PLURAL_HEADS or re.search(rf"{AGENT_NOUN_ENDING}s$", head)
        ):
            return None
        return self.as_written(placed.group(0), window + placed.start())

    def recent_speaker(self, position: int, wanted: str, phrase: str) -> Speaker | None:
        """'..., she added.': a speaker quoted or reported in this sentence or the one before."""
        sentence_start, _ = self.sentence_of(position)
        previous_start = self.sentence_of(sentence_start - 1)[0] if sentence_start > 0 else 0
        for _, speaker in reversed(self.speakers_between(previous_start, position)):
            if speaker.name in self.actors.by_name:
                speaker = self.actor(speaker.name, speaker.text)
            if _unnamed_of_unknown_sex(speaker, wanted):
                return None  # 'One student asked ... She said': the antecedent's search decides
            if speaker.fits(wanted):
                return replace(speaker, text=phrase)
        return None

    def phrase_after(self, start: int, limit: int) -> Speaker | None:
        """The speaker phrase that follows a verb (`said X`), resolved, within its sentence
        ('said ... Leader Christian Bach. Dan Lutz, the fleet manager, said': Bach)."""
        limit = min(limit, self._sentence_end(start))
        text = self.article.text[start:limit]
        written_by = re.match(  # 'reads the email Microsoft employee Mahugh wrote to Jelliffe'
            rf"(?:the|an?|his|her|their)\s+(?:{documents_pattern()})\s+(?:that\s+)?"
            r"([^,.;:]{1,60}?)\s+(?:wrote|sent|signed|penned)\b",
            text,
        )
        if written_by:
            authors = self.within(start + written_by.start(1), start + written_by.end(1))
            if authors and authors[-1].kind in ("person", "organisation"):
                return self.actor(authors[-1].actor, written_by.group(1))
        document = re.match(rf"(?:the|an?)\s+(?:{documents_pattern()})", text)
        issuer = self.issued_by(start + document.end()) if document else None
        if issuer is not None:  # 'read a statement issued by U.S. Commerce department spokeman X'
            return self.actor(issuer.actor, text[: issuer.end - start])
        anonymous = re.match(rf"({_ANONYMOUS})(?=\s*(?:[,.;]|$))", text)
        if anonymous:
            return self.as_written(anonymous.group(1), start)
        # "said Empa's Internal Combustion Engines Laboratory Project Leader Christian Bach."
        owned = re.match(rf"{NAME_RUN}['’]s\s+(?=[A-Z])", text)
        if owned:
            titled = self.phrase_after(start + owned.end(), limit)
            if titled is not None and titled.kind == "person":
                return titled
        if text[:1].islower():  # 'posted the_moongirl under her ... rating': a name in lower case
            lower = next((m for m in self.within(start, limit) if m.start == start), None)
            if lower is not None and re.match(_AFTER_SPEAKER, text[lower.end - start :]):
                return self.actor(lower.actor, text[: lower.end - start])
        match = re.match(
            rf"((?:{HONORIFIC}\s+)?(?:{DETERMINER_NP}\s+)?{NAME_RUN}|{DETERMINER_NP})(?={_AFTER_SPEAKER})",
            text,
        )
        if not match:
            return self.titled_person_after(start, text)
        phrase = match.group(1)
        if re.search(r"[a-z]\.$", phrase) and not is_generation(phrase.split()[-1]):
            phrase = phrase[:-1]  # 'said a ... spokesperson.', but 'said Dominic J. Bonifacio Jr.,'
        # 'said a spokesman for the U.S. State Department, Tom Casey.', 'said his son, Harrison Li.':
        # the name after the description
        named_after = re.match(  # '... who volunteers at ..., Fred Hanacek.': past a 'who' clause
            # or a place in a body ('the senior Republican on the committee, Senator Charles ...')
            rf"(?:\s+(?:who|on|of|at|for|in|with)\s[^,.;]*)?,\s*((?:{HONORIFIC}\s+)?{NAME_RUN})"
            rf"\s*(?:[.;]|$)",
            text[match.end() :],
        )
        if named_after and re.match(r"(?:[Aa]n?|[Tt]he|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir)\s", phrase):
            at = start + match.end() + named_after.start(1)
            named = self.resolve(named_after.group(1), at, "name")
            if named is not None and named.kind == "person":
                return named
        # 'said Secretary of State Condoleezza Rice', 'said NSF Senior Advisor for Science and
        # Engineering Mihail C. Roco': the title goes on past 'of' or 'for'
        if re.match(r"\s+(?:of|for)\b", text[match.end() :]):
            titled = self.titled_person_after(start, text)
            if titled is not None:
                return titled
        speaker = self.resolve(phrase, start, "name" if re.search(NAME_RUN, phrase) else "np")
        if speaker is not None and speaker.kind in PLACE_KINDS:
            return self.resident_after(start, text) or speaker
        return speaker

    def resident_after(self, start: int, text: str) -> Speaker | None:
        """'said Arlington, Virginia, voter Neil Puri': a titled person after places and commas."""
        places = re.match(r"(?:[^,.;]+,\s*){1,3}", text)
        if not places:
            return None
        for part in re.finditer(r"([^,]+),\s*", places.group(0)):
            named = self.within(start + part.start(1), start + part.end(1))
            if len(named) != 1 or named[0].kind not in PLACE_KINDS:
                return None
        person = self.titled_person_after(start + places.end(), text[places.end() :])
        return person if person is not None and person.kind == "person" else None

    def titled_person_after(self, start: int, text: str) -> Speaker | None:
        """'said freelance producer and Paris resident Charlotte Danglegan.': a person's name
        after at most eight words of title (no verb, no punctuation), ending the clause or
        followed by a preposition ('said spokesperson Matthew Miller of the clashes')."""
        clause_end = self._clause_end(start, text)
        clause = text[:clause_end].rstrip()
        people = [m for m in self.within(start, start + len(clause)) if m.kind == "person"]
        if not people:
            return self._named_after_title(clause, text[clause_end:], start + clause_end)
        # 'said spokesperson Matthew Miller of the clashes ...' ends the name; so does a time
        # ('said Parliament speaker Hajem al-Hassani earlier') and a description with no comma
        # ('said Beverly Bernhard a veteran gardener from Iowa'): the first person so followed,
        # not a town after 'from' that the recogniser called a person ('Dennis Hollingsworth from
        # Temecula')
        person = next(
            (
                m
                for m in people
                if re.match(
                    rf"$|\s+(?:of|on|about|at|in|to|from|after|before|when|who|earlier|later|last"
                    rf"|this|today|yesterday|{_WEEKDAY}|an?(?=\s+[a-z]))\b",
                    clause[m.end - start :],
                )
            ),
            None,
        )
        if person is None or not _short_title(clause[: person.start - start]):
            return None
        return self.actor(person.actor, clause[: person.end - start])

    def issued_by(
        self, after: int, kinds: tuple[str, ...] = ("person", "organisation")
    ) -> Mention | None:
        """The person or body (of `kinds`) named last in 'issued by X' (or released, sent,
        published) right after a document noun that ends at `after`."""
        issued = re.match(
            r"\s+(?:issued|released|sent|published)\s+(?:\w+\s+){0,2}?by\s+", self.masked[after:]
        )
        if issued is None:
            return None
        at = after + issued.end()
        authors = self.within(at, at + self._clause_end(at, self.article.text[at:]))
        if not authors or authors[-1].kind not in kinds:
            return None
        return authors[-1]

    def _sentence_end(self, start: int) -> int:
        """Where the sentence holding `start` ends, read on past an honorific's or an initial's
        full stop that the splitter took for an end ('said Sgt. Rosa Delgado, a spokeswoman')."""
        end = max(self.article.sentence_bounds(start)[1], start)
        while (  # the sentence's last few characters only: this runs for every 'said X'
            re.search(
                rf"(?:{HONORIFIC}|\b[A-Z]\.)\s*$", self.article.text[max(start, end - 20) : end]
            )
            and end < len(self.article.text)
            and self.article.sentence_bounds(end + 1)[1] > end
        ):
            end = self.article.sentence_bounds(end + 1)[1]
        return end

    def _clause_end(self, start: int, text: str) -> int:
        """Where the clause opening `text` (at `start`) ends: at punctuation, but not at an
        initial's full stop ('Mihail C. Roco') nor at those of 'U.S.' before the sentence ends
        ('by U.S. Commerce department spokeman Carlos M. Gutierrez')."""
        end = re.match(_CLAUSE_RUN, text).end()  # type: ignore[union-attr]
        return min(end, max(self.article.sentence_bounds(start)[1] - start, 0))

    def _named_after_title(self, title: str, rest: str, rest_start: int) -> Speaker | None:
        """'said White House spokesman, Bryan Whitman, during': a person's name set off by commas
        after at most eight words of title that end in a person's noun."""
        words = title.split()
        if not words or not _short_title(title):
            return None
        # 'said White House spokesman, ...'; 'said President of Savarino Construction, ...'
        head = next((words[i - 1] for i in range(1, len(words)) if words[i] == "of"), words[-1])
        if head.lower() not in PERSON_HEADS:
            return None
        named = re.match(rf",\s*((?:{HONORIFIC}\s+)?{NAME_RUN})\s*(?:[,.;]|$)", rest)
        if not named:
            return None
        people = [
            m
            for m in self.within(rest_start + named.start(1), rest_start + named.end(1))
            if m.kind == "person"
        ]
        written = (title + rest[: named.end(1)]).strip()
        return self.actor(people[-1].actor, written) if people else None

    def _described_then_named(self, position: int, rest: str) -> Speaker | None:
        """'The property owner, U.S. Army veteran Fred Mattlage, said': the person the apposition
        after a description names ('A third Republican, Senator Mike Rounds of South Dakota,')."""
        apposition = re.match(
            rf"\s*[^,]{{1,60}},\s*((?:{HONORIFIC}\s+)?{NAME_TOKEN}\s+{NAME_RUN}){_HOME}\s*,", rest
        ) or re.match(
            rf"\s*(?:[Tt]he|[Aa]n?|Another)\s+[^,]{{1,60}},{_TITLED_NAME}{_HOME}\s*,", rest
        )
        if not apposition or re.match(rf"\s*{_FUNCTION_WORD}", apposition.group(1)):
            return None
        named = self.resolve(apposition.group(1), position + apposition.start(1), "name")
        return named if named is not None and named.kind == "person" else None

    def clause_subject(self, sent_start: int, limit: int, pronouns: bool = True) -> Speaker | None:
        """The subject of a sentence's main clause: after any opening clause, before its verb."""
        position = sent_start
        delayed = self._identified_later(sent_start, limit, to_end=False)
        if delayed is not None:
            return delayed
        dateline = _DATELINE.match(self.masked, position, limit)
        if dateline:  # 'WASHINGTON — As the Trump administration ...': the place is not the subject
            position = dateline.end()
        for _ in range(3):
            opener = _OPENER.match(self.masked, position, limit)
            if not opener:
                break
            if opener.end() >= limit:  # an opener always ends with a comma: 'Moreover, | he said'
                return self.name_before_verb(position, limit)  # or it was the main clause
            first_word = re.match(r"\s*(\w+)", opener.group(0))
            if first_word and self.within(
                position + first_word.start(1), position + first_word.end(1)
            ):
                break  # 'Sterling, the chief executive, said': a name, not 'Calling Britain ...,'
            position = opener.end()
        conjunction = re.match(
            rf"\s*(?:And|But|Yet|So|Or|{_SENTENCE_ADVERB})\s+(?=[A-Z])", self.masked[position:limit]
        )
        if conjunction:  # 'And U.S. Secretary of State Antony Blinken said'; 'However Unite said'
            position += conjunction.end()
        when = re.match(_TIME_OPENER, self.masked[position:limit])
        if when:  # 'Last spring he was criticized for calling ...': no comma after the time
            position += when.end()
        rest = self.masked[position:limit]
        owned = self._owned_body(position, rest)
        if owned is not None:
            return owned
        joint = self.joint_subject(position, rest)
        if joint is not None:
            return joint
        named = self._described_then_named(position, rest)
        if named is not None:
            return named
        cleaned = re.sub(r",\s*(?:who|which|whose)\b[^,]*,", lambda m: " " * len(m.group(0)), rest)
        verb = (
            re.search(_FINITE_VERB, cleaned)
            or next(
                (  # 'The law authorizes agencies to ...': a verb in the third person the list lacks
                    m
                    for m in re.finditer(r"(?<=\s)[a-z]+s\b", cleaned)
                    if m.group(0) in third_person_verbs() and "," not in cleaned[: m.start()]
                ),
                None,
            )
        )
        region = rest[: verb.start()].strip(" ,") if verb else rest.strip(" ,")
        # the relative clause blanked: 'The Food and Drink Federation, which speaks for ..., was'
        named_region = cleaned[: verb.start()].strip(" ,") if verb else region
        region = re.sub(rf"(?:\s+(?:even|not|{FILLER}))+$", "", region)  # 'The U.S. fully endorsed'
        if (
            re.search(r"\b(?:who|that|which)$", region) and "," in rest
        ):  # "a union official who was in the room,"
            region = rest[: rest.find(",")].strip()
        lead = re.match(r"\s*(?:[Tt]he\s+)?", rest)
        whole = self.overlapping(position + (lead.end() if lead else 0))
        if whole is not None and re.fullmatch(
            rf"(?:[Tt]he\s+)?{re.escape(self.article.text[whole.start : whole.end])}"
            r"(?:\s*\([A-Z]{2,}\))?",
            named_region,
        ):  # 'The National Association of Secretaries of State (NASS) sent': the whole name
            return self.actor(whole.actor, self.article.text[whole.start : whole.end])
        if re.match(rf"{_DETERMINERS}\s", region) and len(region.split()) > 7:
            head_phrase = re.match(  # 'a senior administration official speaking on background'
                r"((?:\S+\s+){1,5}?\S+?)\s+(?:\w+ing|who|familiar|close|with|on|in|at|from|to|for)\b",
                region,
            )
            if head_phrase and head_phrase.group(1).split()[-1].lower() in PERSON_HEADS:
                region = head_phrase.group(1)
        words = region.split()
        demonym_led = len(words) > 1 and words[0] in demonyms() and words[1][:1].islower()
        plural_of = (  # 'Officials for the Pakistani army said'
            len(words) > 2
            and words[0].endswith("s")
            and words[0].lower().removesuffix("s") in PERSON_HEADS
            and words[1] in ("for", "of", "at", "from", "with")
        )
        counted = (  # '25 Muslim leaders released an open letter telling ...'
            len(words) > 1
            and re.fullmatch(r"\d[\d,]*", words[0]) is not None
            and words[-1].endswith("s")
            and words[-1].lower().removesuffix("s") in PERSON_HEADS
        )
        if (
            (
                re.match(rf"{_DETERMINERS}\s", region) or demonym_led or plural_of or counted
            )  # 'Russian state television'
            and len(region.split()) <= 7
            and "," not in region
            and not re.search(r"\bthat\b", region)
            and (counted or not re.search(r"\d", region))  # 'the U.S. estimates that 11 million'
        ):
            described = self.resolve(region, position + rest.find(region), "np")
            if described:
                return described
        region_start = position + rest.find(region)
        if self.verbs is not None:
            for noun in self.verbs.noun_pattern.finditer(region):
                owner = self.possessor(region_start + noun.start(), position)
                if owner is not None:  # 'Ryan Crocker's response to such fears was unequivocal:'
                    return owner
        for form, pattern in PHRASE_FORMS:
            if form == "pron" and not pronouns:
                continue
            match = re.match(rf"\s*({pattern})(?=[\s,])", rest)
            if match:
                resolved = self.resolve(match.group(1), position + match.start(1), form)
                if resolved:
                    return resolved
        if verb and re.match(r"[a-z]", region):  # 'in his closing remarks ... Ronald Lamola put'
            return self.name_before_verb(position, position + verb.end())
        return None

    def name_before_verb(self, start: int, limit: int) -> Speaker | None:
        """The first person or body named right before a finite verb: 'But Macron followed that
        message ..., declaring', 'In his closing remarks ... Ronald Lamola put a positive spin'."""
        for mention in self.within(start, limit):
            if mention.kind not in ("person", "organisation"):
                continue
            verb = re.match(
                r"\s+(?:also\s+|later\s+|then\s+)?([a-z]+)\b", self.masked[mention.end : limit]
            )
            if verb and (
                verb.group(1) in past_verbs()
                or verb.group(1) in third_person_verbs()
                or re.fullmatch(_FINITE_VERB, verb.group(1))
            ):
                return self.actor(mention.actor, self.article.text[mention.start : mention.end])
        return None

    def possessor(self, noun_start: int, sent_start: int) -> Speaker | None:
        """The person whose words a statement noun in the sentence's subject names: 'Ryan
        Crocker's response was', 'Rice's written statement said' (one word may come between);
        not an object's ('Liu Pengyu dismissed Rubio's remarks as')."""
        before = self.article.text[max(0, noun_start - 200) : noun_start]
        owner = re.search(r"['’]s\s+(?:\w+\s+)?$", before)
        if owner is None:
            return None
        end = noun_start - len(before) + owner.start()
        named = next((m for m in self.within(max(0, end - 120), end) if m.end == end), None)
        if named is None or named.kind != "person":
            return None
        if re.search(_FINITE_VERB, self.masked[sent_start : named.start]):
            return None
        return self.actor(named.actor, self.article.text[named.start : named.end])

    def _owned_body(self, position: int, rest: str) -> Speaker | None:
        """A body named after its owner's possessive as the whole subject: the body, not the owner
        nor both ('The USDA's Food Safety and Inspection Service (FSIS) had determined')."""
        start = position + len(rest) - len(re.sub(r"^\s*(?:[Tt]he\s+)?", "", rest))
        owner = self.overlapping(start)
        body = self._owned_by(owner) if owner is not None and owner.start == start else None
        if owner is None or body is None:
            return None
        after = self.masked[body.end : position + len(rest)]
        if not re.match(rf"\s*(?:\([A-Z]{{2,}}\))?\s*(?:{_FINITE_VERB})", after):
            return None
        return self.actor(body.actor, self.article.text[owner.start : body.end])

    def _owned_by(self, owner: Mention) -> Mention | None:
        """The body named right after a body's or country's possessive ('USDA's Food Safety and
        Inspection Service'), else None."""
        apostrophe = re.match(r"['’]s?\s+", self.masked[owner.end : owner.end + 4])
        if apostrophe is None or owner.kind == "person":
            return None
        at = owner.end + apostrophe.end()
        body = self.overlapping(at)
        if body is None or body.start != at or body.kind != "organisation":
            return None
        return body

    def joint_subject(self, position: int, rest: str) -> Speaker | None:
        """Two or more people as one subject ("X and her co-author, Y, ... said"), else None."""
        cleaned = re.sub(r",\s*(?:who|which|whose)\b[^,]*,", lambda m: " " * len(m.group(0)), rest)
        verb = re.search(_FINITE_VERB, cleaned)
        region = cleaned[: verb.start()] if verb else ""
        if " and " not in region:
            return None
        shared = re.match(rf"\s*({NAME_TOKEN})\s+and\s+({NAME_TOKEN})\s+({NAME_TOKEN})\s*$", region)
        if shared:  # "Jorge and Lucia Peralta"
            first, second, surname = shared.groups()
            names = [self.actor_name(f"{first} {surname}"), self.actor_name(f"{second} {surname}")]
            return Speaker.together(names, region.strip())
        people = [  # not an owner inside an apposition: 'Jared Kushner, Trump’s son-in-law and ...'
            m.actor
            for m in self.within(position, position + len(region))
            if m.kind == "person"
            and not re.match(r"['’]s?\b", self.article.text[m.end : m.end + 2])
            and not _AFTER_PREPOSITION.search(self.article.text[position : m.start])
            and not re.search(r",\s+(?:the|an?)\s[^,]*$", self.article.text[position : m.start])
        ]  # nor a name after a preposition: 'Romano Prodi, ... and opponent of Berlusconi,', nor
        # one inside an apposition: 'David Zaslav, the president and CEO of ... Warner Bros.,'
        for match in re.finditer(rf"{_START}(?:{HONORIFIC}\s+)?{NAME_TOKEN}\s+{NAME_RUN}", region):
            start = position + match.start()
            if not self.within(start, position + match.end()) and not self.overlapping(start):
                people.append(re.sub(rf"^{HONORIFIC}\s+", "", re.sub(r"\s+", " ", match.group(0))))
        names = list(dict.fromkeys(people))
        if len(names) < 2:
            return self._listed_bodies(position, region)
        ordered = sorted(
            names, key=lambda n: region.find(n.split()[-1]) if n.split()[-1] in region else 0
        )
        return Speaker.together(ordered, region.strip(" ,"))

    def _listed_bodies(self, position: int, region: str) -> Speaker | None:
        """'Croatia, Bulgaria and Hungary, all of which border Serbia,': bodies listed as one subject."""
        named = [m for m in self.within(position, position + len(region)) if m.kind != "person"]
        if len(named) < 2 or named[0].start != position + len(region) - len(region.lstrip()):
            return None
        text = self.article.text
        run = named[:1]
        for mention in named[1:]:
            if not re.fullmatch(r",\s*|,?\s+and\s+", text[run[-1].end : mention.start]):
                break
            run.append(mention)
        if len(run) < 2 or " and" not in text[run[-2].end : run[-1].start]:
            return None
        if not re.match(r"\s*(?:,|$)", text[run[-1].end : position + len(region)]):
            return None
        return Speaker.together([m.actor for m in run], text[run[0].start : run[-1].end])

    def actor_name(self, written: str) -> str:
        """The canonical name for a name as written, when the table knows it."""
        return self.actors.alias_to_name.get(written, written)

    def resolve(self, phrase: str, position: int, form: str) -> Speaker | None:
        """Turn a speaker phrase into a Speaker (None for a pronoun that points nowhere)."""
        speaker = self._resolve(phrase, position, form)
        wanted = honorific_sex(phrase)
        if (
            speaker is not None
            and wanted
            and speaker.kind == "person"
            and speaker.gender in ("male", "female")
            and speaker.gender != wanted
        ):  # 'Mrs. Bush' is not George W. Bush: someone the table lacks, as written
            written = re.sub(r"\s+", " ", phrase).strip(" ,")
            return Speaker(written, written, "person", wanted)
        return speaker

    def _resolve(self, phrase: str, position: int, form: str) -> Speaker | None:
        end = position + len(phrase)
        inside = self.within(position, end)
        lowered = phrase.lower()
        if form == "pron":
            return self.antecedent(position, PRONOUN_WANTS.get(lowered.split()[0], "thing"), phrase)
        if re.fullmatch(_ANONYMOUS, phrase):  # "a person close to Mr Coombes" is not Mr Coombes
            return self.as_written(phrase, position)
        if (
            form == "described"
        ):  # "the mayor of Lindgard" is a role; "one cafe owner on Harbour Street" is not
            role = self.role_actor(lowered, position)
            head = re.match(r"^(.*?)\s+(?:on|at|in|from|of|for|with|near)\s", lowered)
            people = [m.actor for m in inside if m.kind == "person"]
            if role:
                return self.actor(role, phrase)
            if people:
                return self.actor(people[-1], phrase)
            if head and re.search(rf"\b{OFFICE_HEAD}$", head.group(1)) and inside:
                return self.actor(inside[-1].actor, phrase)
            return self.as_written(phrase, position)
        words = re.match(
            rf"^(?:the|a|an|his|her|its|their)\s+(?:[a-z-]+\s+){{0,2}}?{UTTERANCE}\s+(?:from|of|by)\s+(.+)$",
            lowered,
        )
        if words:  # "the message from X", "a separate statement by X": X speaks
            offset = position + words.start(1)
            return self.resolve(
                phrase[words.start(1) :],
                offset,
                "name" if phrase[words.start(1)].isupper() else "np",
            )
        owner = re.match(
            rf"^(his|her|its|their)\s+(?:{UTTERANCE}|{OFFICE_WORDS}|ministry|government|office)\b",
            lowered,
        )
        if owner:  # "her ministry", "her message to ...": whoever "her" points to
            return self.antecedent(position, POSSESSIVE_WANTS[owner.group(1)], phrase)
        if (
            re.fullmatch(
                r"[A-Z][\w.&-]*(?: [A-Z][\w.&-]*)*['’]s (?:[a-z][a-z -]*|[A-Z]{2,4})", phrase
            )
            and inside
        ):
            holder = self.role_actor(lowered, position)  # "Boeing's CEO": Boeing CEO Kelly Ortberg
            if holder is not None and self.kind_of(holder) == "person":
                return self.actor(holder, phrase)
            named = [  # "Mamadou Salissou Habi Niger's minister of trade": the name before his
                # country's possessive, with no comma between
                m
                for m in inside
                if m.kind == "person"
                and (
                    owner := re.match(
                        r" ([A-Z][\w.-]*(?: [A-Z][\w.-]*)?)['’]s ", phrase[m.end - position :]
                    )
                )
                and owner.group(1) in countries()
            ]
            if named:
                return self.actor(named[0].actor, phrase)
        if (form == "office" or re.search(rf"['’]s\s+(?:{OFFICE_WORDS})$", phrase)) and inside:
            return self.actor(inside[0].actor, phrase)
        if inside and re.search(
            rf"{POSSESSIVE}\s+(?:\w+\s+)?(?:{documents_pattern()}|{UTTERANCE})$", phrase
        ):  # "Bondi's memo said", "Wiles' announcement said": its author speaks
            return self.actor(inside[0].actor, phrase)
        owned = re.match(
            rf"^(the\s+[a-z]+)['’]s\s+(?:\w+\s+)?(?:{documents_pattern()})\.?$", phrase
        )
        if owned and not inside:  # "the council's written statement": the council named before
            author = self._resolve(phrase[: owned.end(1)], position, "np")
            if author is not None and author.kind != "description":
                return replace(author, text=phrase)
        principal = re.match(rf"^the\s+([a-z][a-z ]+)['’]s\s+(?:{OFFICE_WORDS})$", phrase)
        if principal:  # "the prime minister's office": the prime minister named before
            role = self.role_actor(principal.group(1), position)
            if role:
                return self.actor(role, phrase)
        people = [m.actor for m in inside if m.kind == "person"]
        if form == "names" and len(set(people)) > 1:
            return Speaker.together(people, phrase)
        owners = {m.actor for m in inside if self._owned_by(m) is not None}
        bodies = [m.actor for m in inside if m.kind == "organisation" and m.actor not in owners]
        if form == "names" and not people and len(set(bodies)) > 1:  # 'CANSI and China Shipowner
            return Speaker.together(bodies, phrase)  # Association'
        headed = [  # 'the Chinese Embassy in Washington': the body before the preposition
            m
            for m in inside
            if m.kind == "organisation"
            and not re.search(
                r"\b(?:in|of|at|from|for|on)\b", self.article.text[position : m.start]
            )
        ]
        if form == "name_of":
            if people:
                return self.actor(people[0], phrase)
            if headed:  # 'The ACLU of Northern California'
                return self.actor(headed[-1].actor, phrase)
            unfound = re.search(rf"({NAME_TOKEN}\s+{NAME_RUN})\s+of\s", phrase)
            if (  # '17-year-old Pablo Lane of Singapore': a name the recogniser missed, not the place
                unfound
                and not self.within(position + unfound.start(1), position + unfound.end(1))
                and not any(demonym_or_stopword(w) for w in unfound.group(1).split())
            ):
                return self.as_written(unfound.group(1), position + unfound.start(1))
            if inside:
                return self.actor(max(inside, key=lambda m: m.end - m.start).actor, phrase)
            first = re.match(NAME_RUN, phrase)
            return self.as_written(first.group(0) if first else phrase, position)
        if phrase.split()[-1][:1].islower():
            return self.describe(phrase, position, form, inside)
        if people:
            return self.actor(people[-1], phrase)
        if headed:
            return self.actor(headed[-1].actor, phrase)
        noun_before = re.search(
            r"\b([a-z]+)\s+$", self.article.text[max(position - 30, 0) : position]
        )
        if (  # 'Nuuk resident Per Chemnitz said': a person the recogniser took for the city
            noun_before
            and noun_before.group(1) in PERSON_HEADS
            and re.fullmatch(rf"{NAME_TOKEN}\s+{NAME_TOKEN}", phrase)
            and len(inside) == 1
            and inside[0].kind in PLACE_KINDS
            and inside[0].start > position
        ):
            return self.as_written(phrase, position)
        if (  # 'Hoyer UK, which employs tanker drivers for Shell, said': a company named with its
            # country, which the recogniser missed, not the country
            re.fullmatch(rf"{NAME_TOKEN}\s+{NAME_TOKEN}", phrase)
            and len(inside) == 1
            and inside[0].kind == "country"
            and inside[0].start > position
            and not demonym_or_stopword(phrase.split()[0])
        ):
            return self.as_written(phrase, position)
        if inside:
            return self.actor(inside[-1].actor, phrase)
        role = self.role_actor(lowered, position) or self.titled_relative(phrase)
        if role:
            return self.actor(role, phrase)
        return self.as_written(phrase, position)

    def titled_relative(self, phrase: str) -> str | None:
        """'President Johnson' where two Johnsons keep the surname apart: the one whose role
        holds the title ('Lyndon B. Johnson, President of the United States')."""
        words = re.sub(r"^the\s+", "", phrase).split()
        titles = [w.lower().strip(".") for w in words[:-1]]
        if not titles or not all(t in rank_titles() or t in leader_titles() for t in titles):
            return None
        holders = {
            name
            for name, row in self.actors.by_name.items()
            if row["kind"] == "person"
            and name.split()[-1] == words[-1]
            and all(re.search(rf"\b{re.escape(t)}\b", str(row["roles"]).lower()) for t in titles)
        }
        return holders.pop() if len(holders) == 1 else None

    def describe(
        self, phrase: str, position: int, form: str, inside: list[Mention]
    ) -> Speaker | None:
        """A speaker described, not named: an office's owner, a role, or the words as written."""
        lowered = phrase.lower()
        document = re.fullmatch(rf"the\s+(?:(.+?)\s+)?({documents_pattern()})", lowered)
        if document:  # 'the NASS letter', 'the statement': the author the article names
            named = [m for m in inside if m.kind in ("organisation", "person", "country")]
            if named:
                return self.actor(named[-1].actor, phrase)
            if document.group(2).split()[-1] not in own_voice_documents():  # not 'the memo'
                author = self.document_author(document.group(2), position, phrase)
                if author is not None:
                    return author
                issuer = next(
                    (s for at, s in reversed(self.events) if position - 1500 < at < position), None
                )  # '..., they said. "...," the statement added': the bodies that just spoke
                if issuer is not None and (
                    issuer.joint or self.kind_of(issuer.name) == "organisation"
                ):
                    return replace(issuer, text=phrase)
        bodies = [m for m in inside if m.kind == "organisation"]
        head_noun = lowered.split()[-1]
        if bodies and (
            head_noun in speaking_things()
            or head_noun in body_nouns()  # 'the center-right Democratic Alliance party'
            or re.fullmatch(OFFICE_WORDS, head_noun)
        ):
            return self.actor(bodies[-1].actor, phrase)  # 'the USAID website', 'Al-Ahram newspaper'
        owner = re.search(rf"\b{OFFICE_HEAD}\s+(?:for|of|at|from|to)\s+(.+)$", phrase)
        possessor = re.match(rf"^(.+?)['’]s?\s+(?:{OFFICE_WORDS}|{OFFICE_HEAD})$", phrase)
        for part in (owner, possessor):
            if part is None:
                continue
            owned = self.within(position + part.start(1), position + part.end(1))
            if owned:
                return self.actor(owned[-1].actor, phrase)
            role = self.role_actor(part.group(1).lower(), position)
            if role:
                return self.actor(role, phrase)
        if lowered.endswith(" administration"):
            leaders = {m.actor for m in inside if m.kind == "person"}
            if len(leaders) == 1:  # 'the Trump administration': Donald Trump
                return self.actor(leaders.pop(), phrase)
        if lowered in ("the administration", "the white house administration"):
            head = self.head_of_administration(position)
            if head:  # 'the administration' (Trump's): Donald Trump (data/gold/README.md)
                return self.actor(head, phrase)
        family = self.family_of(phrase, position)
        if family is not None:
            return family
        kin = re.match(rf"^(.+?)['’]s?\s+({'|'.join(kin_words())})$", phrase)
        if kin:  # "Tice's mother": Debra Tice, the woman of the Tice family the article names
            relative = self.relative_of(kin.group(1), kin_words()[kin.group(2)])
            if relative:
                return self.actor(relative, phrase)
        framed = re.match(  # 'The judge in her January ruling called ...': the judge
            r"^(the\s+(?:[a-z-]+\s+){0,2}([a-z-]+))\s+(?:in|at|during|on)\s+(?:his|her|their|a|an|the)\s",
            lowered,
        )
        role = self.role_actor(
            framed.group(1) if framed and framed.group(2) in PERSON_HEADS else lowered, position
        )
        if role:
            return self.actor(role, phrase)
        modifier = re.match(rf"^(?:the|a|an)\s+(.+?)\s+{OFFICE_HEAD}$", lowered)
        if modifier and re.search(r"\b(?:former|ex-|retired)", modifier.group(1)):
            modifier = None  # "a former U.S. official" no longer speaks for the United States
        if modifier:
            if inside:
                return self.actor(inside[-1].actor, phrase)
            role = self.role_actor(modifier.group(1), position)
            if role:
                return self.actor(role, phrase)
        if form == "np" and lowered.split()[0] in ("his", "her", "its", "their"):
            return None
        pair = re.match(r"^(?:the\s+two|both)\s+(?:[\w-]+\s+)?(women|men|\w+s)$", lowered)
        if pair:  # 'the two women' looks back; 'two protesters shouted' brings new people in
            return self.last_two_people(position, phrase, pair.group(1))
        if re.match(r"^the\s+(?:couple|pair|two)$", lowered):
            return self.last_two_people(position, phrase, "people")
        if re.match(
            r"^the\s+(?:two\s+)?(?:companies|firms|groups|sides|parties|organisations|organizations)$",
            lowered,
        ):
            return self.last_two_organisations(position, phrase)
        if (
            inside
            and len(phrase.split()) == 2
            and inside[-1].end == position + len(phrase.split()[0])
        ):
            head = lowered.split()[-1]  # "Beaverton police": the named body's people
            if head in PLURAL_HEADS:
                return self.actor(inside[-1].actor, phrase)
        return self.as_written(phrase, position)

    def family_of(self, phrase: str, position: int) -> Speaker | None:
        """'his family', 'Corbett’s family', "Habibi's relatives": the family by its surname, as
        the real sets' gold names it ('Corbett family'; tests/real/quotes/README.md)."""
        family = re.fullmatch(r"(?:([Hh]is|[Hh]er)|(.+?)['’]s?)\s+(?:family|relatives)", phrase)
        if family is None:
            return None
        if family.group(1):
            wanted = POSSESSIVE_WANTS[family.group(1).lower()]
            person = self.antecedent(position, wanted, phrase)
        else:
            person = self.resolve(family.group(2), position, "name")
        if person is None or person.kind != "person" or person.joint:
            return None
        return Speaker(f"{person.name.split()[-1]} family", phrase, "group")

    def head_of_administration(self, position: int) -> str | None:
        """The president the article names, the latest mentioned before `position`."""
        presidents = {name for role, name in self.roles.items() if re.search(r"\bpresident$", role)}
        for named in re.finditer(r"\b([A-Z][\w’'-]+)\s+administration\b", self.masked):
            owner = self.within(named.start(1), named.end(1))  # 'the Trump administration'
            if owner and owner[-1].kind == "person":
                presidents.add(owner[-1].actor)
        former = {name for role, name in self.roles.items() if re.search(r"\bformer\b", role)}
        if presidents - former:  # 'the term of former President Joe Biden': not the one in office
            presidents -= former
        if len(presidents) == 1:
            return next(iter(presidents))
        latest = (m.actor for m in self.mentions_before(position) if m.actor in presidents)
        return next(latest, None)

    def document_author(self, noun: str, position: int, phrase: str) -> Speaker | None:
        """Who issued the document last introduced before `position` ('NASS sent a letter'); a
        statement may have been introduced as a release or a letter, so any document noun counts.
        With none near, the owner named last with one ("the State Department's fact sheet")."""
        heads = "|".join(sorted({noun.split()[-1], *document_heads()}))
        pattern = (  # one space between words: not 'a "..." The statement' across a blanked quote
            rf"\b(?:an?|its|their|his|her|the|([A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&-]*)*)['’]s?)"
            rf"\s(?:(?!(?:in|on|at|to|of|an?|the|for|with|by|from)\s)[\w-]+\s){{0,3}}(?:{heads})\b"
        )  # not "Lake's arrival in an email": the email is not Lake's
        start = max(0, position - 2500)
        for match in reversed(list(re.finditer(pattern, self.masked[start:position]))):
            at = start + match.start()
            if match.group(1):  # "the State Department's online fact sheet"
                owner = self.within(start + match.start(1), start + match.end(1))
                if owner:
                    return self.actor(owner[-1].actor, phrase)
                continue
            if self.masked[at:].lower().startswith("the "):
                continue  # an earlier 'the letter' is the same question, not its answer
            issuer = self.issued_by(start + match.end())
            if issuer is not None:  # 'a statement issued by ... spokeman Carlos M. Gutierrez'
                return self.actor(issuer.actor, phrase)
            sentence_start, sentence_end = self.sentence_of(at)
            subject = self.clause_subject(sentence_start, at, pronouns=False)
            if subject is None:  # 'In a statement sent to VOA, the Chinese Embassy condemned ...'
                subject = self.clause_subject(sentence_start, sentence_end, pronouns=False)
            if subject is not None and (subject.joint or subject.name in self.actors.by_name):
                return replace(subject, text=phrase)
            return None
        for match in reversed(list(re.finditer(pattern, self.masked[:start]))):
            if match.group(1):  # "the U.S. State Department's online fact sheet", long before
                owner = self.within(match.start(1), match.end(1))
                if owner:
                    return self.actor(owner[-1].actor, phrase)
        return None

    def relative_of(self, possessor: str, gender: str) -> str | None:
        """The one other person of the possessor's surname, of the kin word's gender if known."""
        owner = self.actors.alias_to_name.get(possessor, possessor)
        surname = possessor.split()[-1]
        family = [
            name
            for name, row in self.actors.by_name.items()
            if row["kind"] == "person"
            and " " in name
            and name.split()[-1] == surname
            and name != owner
        ]
        same = [n for n in family if self.actors.by_name[n]["gender"] == gender]
        possible = [
            n for n in family if self.actors.by_name[n]["gender"] in (gender, "unknown", "")
        ]
        if len(same) == 1:
            return same[0]
        return possible[0] if len(possible) == 1 else None

    def body_named_by(self, description: str, position: int) -> str | None:
        """The organisation named last before `position` whose name holds the description's noun."""
        words = description.split()
        if len(words) > 2:
            return None
        head = words[-1].lower()
        for mention in self.mentions_before(position):
            if mention.kind != "organisation" or mention.actor not in self.actors.by_name:
                continue
            if head in (w.lower() for w in re.findall(r"[\w-]+", mention.actor)):
                return mention.actor
        return None

    def body_just_named(self, description: str, position: int) -> Mention | None:
        """'the committee': the latest organisation named outside quotes whose name holds the noun,
        else the latest named in this sentence or the last one before it that is not all
        quotation, the subject before a preposition's object."""
        *modifiers, head = description.split()
        if head.lower() not in body_nouns() or any(
            w[:1].isupper() and w not in demonyms() for w in modifiers
        ):
            return None  # 'the Harris campaign' names its own owner; 'the Japanese firm' does not
        for mention in self.mentions_before(position):  # 'the committee': the body so named
            if (
                mention.kind == "organisation"
                and re.search(rf"\b{re.escape(head)}\b", mention.actor, flags=re.IGNORECASE)
                and self.outside_quotes(mention)
            ):
                return mention
        since = self._previous_reported_sentence(position)
        bodies: list[Mention] = []
        for mention in self.mentions_before(position):
            if mention.start < since:
                break
            if mention.kind == "organisation" and self.outside_quotes(mention):
                bodies.append(mention)
        # 'Cubios publicly denied any connection to WowCube HK Limited': not a preposition's object
        acting = [
            m
            for m in bodies
            if not _AFTER_PREPOSITION.search(self.article.text[max(m.start - 20, 0) : m.start])
        ]
        chosen = acting or bodies
        return chosen[0] if chosen else None

    def body_titled(self, description: str) -> str | None:
        """The one organisation of the article whose name ends in the description's body noun and
        holds its other words ('the panel', 'an independent panel': the Independent Review Panel,
        named only inside its own letter)."""
        words = re.sub(r"^(?:the|an?|one)\s+", "", description.lower()).split()
        if not words or words[-1] not in body_nouns():
            return None
        names = {
            m.actor
            for m in self.mentions
            if m.kind == "organisation"
            and m.actor.lower().split()[-1] == words[-1]
            and set(words) <= set(m.actor.lower().split())
        }
        return names.pop() if len(names) == 1 else None

    def _previous_reported_sentence(self, position: int) -> int:
        """Start of the sentence before `position`'s one that is not all quotation: in '"... We do
        not own ...," the company said' the sentence before the quote names the company."""
        starts = self.sentence_starts
        index = bisect_right(starts, position) - 2
        for _ in range(_QUOTED_SENTENCES_SKIPPED + 1):
            if index <= 0:
                return 0
            end = starts[index + 1]
            if self.masked[starts[index] : end].strip():
                break
            index -= 1
        return starts[index]

    def body_heard_last(self, description: str, position: int) -> str | None:
        """The organisation heard last, within the paragraph before, for a body noun alone
        ('the company' after 'Lazard said in a statement')."""
        if description.lower() not in body_nouns():
            return None
        since = self.article.text.rfind("\n\n", 0, self.article.text.rfind("\n\n", 0, position))
        heard = next((s for at, s in reversed(self.events) if since < at < position), None)
        if heard is None or heard.joint or self.kind_of(heard.name) != "organisation":
            return None
        return heard.name

    def named_collective(self, head: str, position: int) -> str | None:
        """'Bibas family' for 'the family': the last capitalised name before `position` ending in
        the noun, unless it holds a body or place ('the Kremlin decree' is the Kremlin's, not a name)."""
        pattern = (  # on one line, no function word ('Neither company responded')
            rf"(?<![\w-])((?:(?!{_DETERMINERS}\b|{_FUNCTION_WORD})[A-Z][\w'’-]+[ ]){{1,3}}{head})\b"
        )
        for match in reversed(list(re.finditer(pattern, self.masked[:position]))):
            if any(w in demonyms() for w in match.group(1).split()):
                continue  # 'the Russian company Streloi' names no 'Russian company'
            if all(m.kind == "person" for m in self.within(match.start(1), match.end(1))):
                return re.sub(r"\s+", " ", match.group(1))
        return None

    def _any_name_of(self, pattern: str) -> str:
        """A description's pattern where a body's short name stands for any of its names ('the ICE
        official' as 'a U.S. Immigration and Customs Enforcement official')."""
        for word in set(re.findall(r"[A-Z][A-Z]+", pattern)):
            body = self.actors.alias_to_name.get(word)
            if body is not None:
                names = self.actors.by_name[body]["all_aliases"]
                either = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                parts = re.split(rf"\b{word}\b", pattern)
                pattern = f"(?:{either})".join(parts)
        return pattern

    def _gender_of(self, name: str) -> str:
        """The gender the table gives a name or alias, '' when it knows none."""
        return self._table_value(self.actor_name(name), "gender")

    def as_written(self, phrase: str, position: int) -> Speaker:
        """A speaker the table does not know, as written (a bare surname takes its earlier full name)."""
        phrase = re.sub(r"\s+", " ", phrase).strip(" ,")
        phrase = re.sub(  # 'posted Purno5.': the full stop ends the sentence, not the name
            r"(?<=[A-Za-z0-9][a-z0-9])(?<!\bJr)(?<!\bSr)(?<!\bCo)(?<!\bInc)(?<!\bLtd)(?<!\bSt)\.$",
            "",
            phrase,
        )
        tokens = phrase.split()
        if re.fullmatch(NAME_RUN, phrase) and not (
            tokens[0].lower() in rank_titles() and "of" in tokens
        ):  # 'Secretary of State for Innovation', whose holder the copy lost, stays a title
            phrase = _name_alone(tokens)
        phrase = re.sub(
            r"^(The|A|An|One|Another|Two|Some|Several)\s",
            lambda m: m.group(1).lower() + " ",
            phrase,
        )
        named_later = self._named_later(phrase, position)
        if named_later is not None:
            return named_later
        if re.match(r"(?:the|an?|one)\s", phrase) and (titled := self.body_titled(phrase)):
            return self.actor(titled, phrase)  # 'the panel': the Independent Review Panel
        bare = re.sub(rf"^{HONORIFIC}\s+", "", phrase)
        if re.fullmatch(NAME_TOKEN, bare):
            full = [  # not over a line nor a sentence end ('... from GE Aviation. Records')
                m.group(1)  # 'Sumaidaie' is also 'Mohamed al-Sumaidaie'
                for m in re.finditer(
                    rf"{_START}((?:{NAME_TOKEN}[ \t]+)+(?:[Aa]l-|[Ee]l-)?{re.escape(bare)})"
                    r"(?!\w)(?![ \t]+[A-Z][a-z])",  # not 'Federal Contact' of '... Contact Centers'
                    self.article.text[:position],
                )
                if self.sentence_of(m.start(1)) == self.sentence_of(m.end(1) - 1)
            ]
            full = [re.sub(rf"^(?:{HONORIFIC}\s+)+", "", f) for f in full]
            sex = honorific_sex(phrase)
            if sex:  # 'Mrs. Obama' after 'Barack Obama' and 'Michelle Obama': hers
                full = [f for f in full if self._gender_of(f) == sex] or full
            surname_first = [  # 'Liu said' after 'Liu Longzhu, a California lawyer'
                m
                for m in re.finditer(
                    rf"{_START}({re.escape(bare)}(?:[ \t]+{NAME_TOKEN}){{1,2}})(?![\w’'])",
                    self.article.text[:position],
                )
                if self.kind_of(m.group(1)) == "person"
            ]
            if surname_first and not any(
                self.article.text.rfind(f, 0, position) > surname_first[-1].start(1) for f in full
            ):
                phrase = surname_first[-1].group(1)
            elif full and full[0] != bare:
                phrase = _name_alone(full[0].split())
        definite = re.match(
            r"^the\s+((?:[\w.'’-]+\s+){0,3}[\w.-]+)$", phrase
        )  # "the sheriff's office"
        if definite:  # "the official" after "a senior administration official"
            head = re.escape(definite.group(1))
            wanted = set(definite.group(1).lower().split())
            heard_at = [
                (at, s.name)
                for at, s in self.events
                if re.match(r"(?i)(?:an?|one)\s", s.name)
                and s.name.lower().split()[-1] == definite.group(1).lower().split()[-1]
                and wanted <= set(s.name.lower().split())  # "the former official": all its words
            ]
            heard = [name for _, name in heard_at]
            if not heard and definite.group(1).lower() in ("person", "user", "source"):
                heard = [  # "the person added" after "a Chinese netizen in the capital"
                    s.name
                    for _, s in self.events[-3:]
                    if re.match(r"(?i)(?:an?|another|one)\s", s.name)
                ]
            earlier = list(
                re.finditer(  # 'a U.S. magistrate judge': initials, no full stop between words
                    rf"(?i)\b((?:an?|one)[ ](?:(?:[A-Z]\.)+[ ]|[\w-]+[ ]){{0,3}}{self._any_name_of(head)})\b",
                    self.masked[:position],  # not over a masked quote
                )
            )
            if not earlier and len(wanted) > 1:  # all its words in a first description
                last_word = re.escape(definite.group(1).split()[-1])
                for described in (  # 'the former official': 'One former Pentagon official';
                    # 'the OPM developer': 'A developer for OPM Alert', the owner after 'for'
                    rf"(?i)\b((?:an?|one)[ ](?:[\w.-]+[ ]){{1,3}}{last_word})\b()",
                    rf"(?i)\b((?:an?|one)[ ](?:[\w.-]+[ ]){{0,3}}{last_word})[ ]"
                    rf"(?:for|of|at|from|with)[ ]((?-i:[A-Z])[\w.&-]*(?:[ ](?-i:[A-Z])[\w.&-]*){{0,3}})",
                ):
                    earlier = [
                        m
                        for m in re.finditer(described, self.masked[:position])
                        if wanted <= set(f"{m.group(1)} {m.group(2)}".lower().split())
                    ]
                    if earlier:
                        break
            just = self.body_just_named(definite.group(1), position)
            if (
                just
                and (not heard_at or heard_at[-1][0] < just.start)  # 'A sheriff's office said',
                # then 'The Rutherford County Sheriff's Office said', then 'The sheriff's office said'
                and (
                    not earlier
                    or earlier[-1].start(1) < just.start
                    or re.fullmatch(r"\s*,\s*", self.article.text[just.end : earlier[-1].start(1)])
                )  # 'the Multilateral Sanctions Monitoring Team, a group formed by ...'
            ):
                return self.actor(just.actor, phrase)  # "what the group says": the band just named
            last = definite.group(1).lower().split()[-1]
            thing = speaks_as_a_thing(last)
            same = re.compile(rf"(?i)an?\s+{head}" if thing else r"(?!)")
            first_said = heard[-1] if heard else earlier[-1].group(1) if earlier else ""
            if a_document(last):
                # a document speaks by the name its clause gives it ('the order said' after 'an
                # executive order'; tests/real/quotes/README.md), or by a shorter name the
                # article gave it first ('The more extensive Ukrainian resolution says' after
                # 'the Ukrainian resolution')
                phrase = self._document_named_before(definite.group(1), position) or phrase
            elif same.fullmatch(re.sub(r"\s+", " ", first_said)):
                pass  # 'an executive order' adds nothing to 'the executive order': as written
            elif heard:
                phrase = heard[-1]
            elif earlier:
                at, end = earlier[-1].start(1), earlier[-1].end(1)
                first = self.describe(earlier[-1].group(1), at, "np", self.within(at, end))
                owner = re.match(
                    rf"\s+(?:for|of)\s+(?:the\s+)?{NAME_RUN}", self.masked[end:position]
                )
                if owner and (first is None or first.name not in self.actors.by_name):
                    # 'A spokesperson for Ofgem said that ...', then 'The spokesperson commented:'
                    end += owner.end()
                    first = self.describe(self.article.text[at:end], at, "np", self.within(at, end))
                if first is not None and first.name in self.actors.by_name:
                    return replace(first, text=phrase)  # 'the spokesperson' of the State Department
                phrase = re.sub(r"\s+", " ", earlier[-1].group(1))
                phrase = phrase[0].lower() + phrase[1:]
            elif body := self.body_named_by(definite.group(1), position):
                return self.actor(body, phrase)  # "the institute": the Kiel Institute named before
            elif body := self.body_heard_last(definite.group(1), position):
                return self.actor(body, phrase)  # "the company said" after Lazard's statement
            elif titled := self.named_collective(head, position):
                phrase = titled  # "the family": the Bibas family
        introduced = self._introduced_next(phrase, position)
        if introduced is not None:
            return introduced
        words = set(re.findall(r"[a-z]+", phrase.lower()))
        gender = "male" if words & MALE_WORDS else "female" if words & FEMALE_WORDS else ""
        head = phrase.split()[-1].lower()
        named = bool(re.fullmatch(NAME_RUN, phrase)) and len(phrase.split()) >= 2
        if named:
            gender = gender or next((g for _, n, g in self.unknown_people if n == phrase), "")
            kind = "person"
        elif head in PLURAL_HEADS or (
            head.endswith("s") and not head.endswith("ss") and _people_plural(phrase.split()[-1])
        ):
            kind = "group"
        elif head in PERSON_HEADS or gender or head.endswith(("er", "or", "ist", "ian")):
            kind = "person"
        else:
            kind = "description"
        return Speaker(phrase, phrase, kind, gender)

    def _document_named_before(self, words: str, position: int) -> str | None:
        """'the Ukrainian resolution', written before `position`, for 'more extensive Ukrainian
        resolution': the shortest 'the' and two or more last words of `words` that stand earlier."""
        tokens = words.split()
        for size in range(2, len(tokens)):
            shorter = " ".join(tokens[-size:])
            if re.search(rf"(?i)\bthe\s+{re.escape(shorter)}\b", self.masked[:position]):
                return f"the {shorter}"
        return None

    def _introduced_next(self, phrase: str, position: int) -> Speaker | None:
        """'The executive director of the American Civil Liberties Union described ... as "..."',
        then, next paragraph, '"...," said Anthony D. Romero': an office no one named holds, whose
        holder the next paragraph's first reporting clause names for the first time, bare or with
        that office as title ('South Korea's envoy said', then 'said Ambassador JoonKook Hwang')."""
        described = re.fullmatch(
            r"(?:the|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}['’]s)\s+"
            r"(?:[\w-]+\s+){0,2}?([a-z]+)(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][^,;:]*)?",
            phrase,
        )
        block = self.article.block_at(position)
        if described is None or described.group(1) not in PERSON_HEADS or block is None:
            return None
        following = next((b for b in self.article.body if b.start >= block.end), None)
        if following is None:
            return None
        clauses = [s for _, s in self.speakers_between(following.start, following.end)]
        if not clauses or clauses[0].kind != "person" or clauses[0].name not in self.actors.by_name:
            return None
        name = clauses[0].name
        if any(m.actor == name for m in self.mentions_before(following.start)):
            return None  # someone the article has met: not the office's holder introduced
        first = next(
            (m for m in self.within(following.start, following.end) if m.actor == name), None
        )
        if first is None:
            return None  # named there only through a role or a pronoun
        office = described.group(1)
        titles = {office, *role_epithets().get(office, ())}
        before = self.article.text[following.start : first.start].split()
        if (
            before
            and before[-1].lower() not in titles
            and (self.verbs is None or self.verbs.part.get(before[-1].lower()) != "verb")
            and not before[-1].endswith((",”", ',"', "”", '"'))
        ):
            return None  # 'said Police Chief John Smith': someone else, with an office of his own
        if re.match(r"\s*,\s*(?:an?|the|who|one)\s", self.article.text[first.end : following.end]):
            return None  # 'said Gordon Adams, an emeritus professor ...': introduced in full
        return self.actor(name, phrase)

    def _named_later(self, phrase: str, position: int) -> Speaker | None:
        """An unnamed person ('a health worker', 'a spokesperson') whom the text names soon after."""
        head = phrase.split()[-1].lower() if phrase else ""
        if not re.match(r"(?i)(?:an?|one|another)\s", phrase) or head not in PERSON_HEADS:
            return None
        block = self.article.block_at(position)
        if block is None:
            return None
        return self._named_only_as(phrase, position, block) or (
            None
            if phrase.lower().startswith("another")
            else self._named_soon_after(head, phrase, position, block)
        )

    def _named_only_as(self, phrase: str, position: int, block: Block) -> Speaker | None:
        """'a health worker told a ... newspaper. She gave her name only as Mary': an unnamed
        person whom the same paragraph then names, as far as the article can."""
        named = _NAMED_ONLY_AS.search(self.article.text, position, block.end)
        if named is None:
            return None
        pronoun = named.group(1).lower()
        gender = (
            "female" if pronoun in ("she", "her") else "male" if pronoun in ("he", "his") else ""
        )
        return Speaker(named.group(2), phrase, "person", gender)

    def _named_soon_after(
        self, head: str, phrase: str, position: int, block: Block
    ) -> Speaker | None:
        """'... injury," according to a spokesperson.' then, by the next paragraph's end, 'Her
        spokesperson, Ian Krager, said': the person named next with the same noun (not 'another
        spokesperson, ...')."""
        following = next((b for b in self.article.body if b.start >= block.end), block)
        text = self.article.text
        pattern = re.compile(rf"(?<![\w-]){head}\s*,?\s+((?:{HONORIFIC}\s+)?{NAME_RUN})")
        for named in pattern.finditer(text, position + len(phrase), following.end):
            if re.search(
                r"(?i)\b(?:another|other|second|a|an)\s+(?:[\w-]+\s+)?$",
                text[: named.start()][-30:],
            ):
                continue  # 'Another spokesperson, ...': someone else
            people = [m for m in self.within(named.start(1), named.end(1)) if m.kind == "person"]
            if people:
                return self.actor(people[0].actor, phrase)
        return None

    def last_two_people(
        self, position: int, phrase: str, noun: str, within: int | None = None
    ) -> Speaker | None:
        """'The two women': the last two different people heard or named before `position`."""
        wanted = "female" if noun == "women" else "male" if noun == "men" else ""
        since = max(0, position - 2000) if within is None else within
        recent = self.speakers_between(since, position)
        seen = [(p, s.name) for p, s in recent if s.kind == "person"]
        seen += [
            (m.start, m.actor)
            for m in self.mentions
            if since <= m.start
            and m.end <= position
            and m.kind == "person"
            and self.outside_quotes(m)
        ]
        names: list[str] = []
        for _, name in sorted(seen, reverse=True):
            row = self.actors.by_name.get(name)
            gender = str(row["gender"]) if row else ""
            if name not in names and (not wanted or gender in (wanted, "")):
                names.append(name)
            if len(names) == 2:
                return Speaker.together(reversed(names), phrase)
        return None

    def last_two_organisations(self, position: int, phrase: str) -> Speaker | None:
        """'The companies': the last two different organisations named before `position`."""
        names: list[str] = []
        for mention in filter(self.outside_quotes, self.mentions_before(position)):
            if mention.kind == "organisation" and mention.actor not in names:
                names.append(mention.actor)
            if len(names) == 2:
                return Speaker.together(reversed(names), phrase)
        return None

    def role_actor(self, lowered: str, position: int) -> str | None:
        """The actor whose roles include this description (the most recent one if several do)."""
        bare = re.sub(r"^(?:the|a|an|its|their|his|her)\s+", "", lowered).strip()
        bare = re.sub(r"\s+", " ", bare)
        possessive = re.match(r"^(.+?)['’]s\s+(.+)$", bare)
        if possessive:  # "calvera's president" is also "president of calvera", "calvera president"
            for other in (
                f"{possessive.group(2)} of {possessive.group(1)}",
                f"{possessive.group(1)} {possessive.group(2)}",
            ):
                flipped = self.role_actor(other, position)
                if flipped:
                    return flipped
        candidates = [
            name
            for role, name in self.roles.items()
            if bare == role or (bare.endswith(" " + role) and len(role) > 3)
        ]
        if not candidates and (" " in bare or bare in leader_titles() or bare in rank_titles()):
            # 'prime minister' of 'Spanish Prime Minister', 'the president' of 'U.S. President'
            candidates = [name for role, name in self.roles.items() if role.endswith(" " + bare)]
        plain = " ".join(w for w in bare.split() if not _national_word(w))
        if not candidates and plain in role_epithets():  # 'the top U.S. diplomat'
            offices = role_epithets()[plain]
            candidates = [
                name
                for role, name in self.roles.items()
                if any(re.search(rf"\b{re.escape(o)}$", role) for o in offices)
            ]
        national = re.fullmatch(r"(\w+) leader", bare)
        if not candidates and national:  # 'the Israeli leader': Israeli Prime Minister Netanyahu
            candidates = [
                name
                for role, name in self.roles.items()
                if role.startswith(national.group(1) + " ")
                and any(re.search(rf"\b{t}$", role) for t in leader_titles())
            ]
        if not candidates:
            return None
        if len(set(candidates)) == 1:
            return candidates[0]
        latest = (m.actor for m in self.mentions_before(position) if m.actor in candidates)
        return next(latest, candidates[0])

    @cached_property
    def roles(self) -> dict[str, str]:
        """Role phrases (lower-case, without a leading 'the') to canonical names."""
        return {
            re.sub(r"^the\s+", "", role): name for role, name in self.actors.role_to_name.items()
        }

    # --- pronouns ------------------------------------------------------------------------------

    def antecedent(self, position: int, wanted: str, phrase: str) -> Speaker | None:
        """The most salient earlier speaker or subject a pronoun can point to."""
        if wanted == "self":
            return None
        sentence_start, _ = self.sentence_of(position)
        starts = [sentence_start]
        # Five sentences back in the reporter's words: a long quote's own sentences don't count.
        told = 1
        while told < 5 and starts[-1] > 0:
            previous_start, _ = self.sentence_of(starts[-1] - 1)
            if previous_start >= starts[-1]:
                break
            starts.append(previous_start)
            told += bool(re.search(r"\w", self.masked[previous_start : starts[-2]]))
        limits = [position, *starts[:-1]]
        # "they": people named together first, any sentence back; organisations only after that.
        passes = [("group",), ("group", "organisation")] if wanted == "plural" else [()]
        unnamed: Speaker | None = None  # 'One student asked ... She said': Rice, named before
        for allowed in passes:
            for index, (start, limit) in enumerate(zip(starts, limits, strict=True)):
                for candidate in self._candidates(start, limit, wanted):
                    if candidate.fits(wanted) and (
                        not allowed or candidate.joint or candidate.kind in allowed
                    ):
                        if unnamed is None and _unnamed_of_unknown_sex(candidate, wanted):
                            unnamed = candidate  # 'The nominee has hinted he could target
                            break  # leaders, including General C.Q. Brown': not the object
                        if unnamed is None or candidate.gender == wanted:
                            return replace(candidate, text=phrase)
                if index == 1 and wanted == "plural" and allowed == ("group",):
                    pair = self.last_two_people(position, phrase, "people", within=starts[1])
                    if pair is not None:  # two people in the last two sentences beat an older group
                        return pair
            if wanted == "plural" and allowed == ("group",):
                pair = self.last_two_people(
                    position, phrase, "people", within=starts[min(2, len(starts) - 1)]
                )
                if pair is not None:  # "they" after two people named in the last sentences
                    return pair
        if unnamed is not None:
            return replace(unnamed, text=phrase)
        for mention in filter(self.outside_quotes, self.mentions_before(position)):
            speaker = self.actor(mention.actor, phrase)
            if speaker.fits(wanted):
                return speaker
        return None

    def _candidates(self, start: int, limit: int, wanted: str) -> list[Speaker]:
        """Candidates in one sentence: its reporting-clause speakers, then its subject, then names in order."""
        found = [speaker for _, speaker in self.speakers_between(start, limit)]
        subject = self.clause_subject(start, limit, pronouns=False) if limit > start else None
        if subject is None and wanted in ("male", "female") and limit > start:
            subject = self._same_pronoun_subject(start, limit, wanted)
        if subject is not None and (wanted == "plural" or subject.kind != "group"):
            found.append(subject)
        found += [
            self.actor(m.actor, m.actor)
            for m in self.within(start, limit)
            if self.outside_quotes(m)
            and not (  # the agent of a passive is no topic: 'authorized by Trump'
                wanted in ("male", "female")
                and re.search(r"\b\w+ed\s+by\s+$", self.masked[max(start, m.start - 30) : m.start])
            )
        ]
        if wanted in ("male", "female"):
            found += [
                self._unknown_or_titled(n, g)
                for s, n, g in self.unknown_people
                if start <= s < limit
            ]
        return found

    def _unknown_or_titled(self, name: str, gender: str) -> Speaker:
        """A person the table lacks, unless a title names a known relative ('President Johnson')."""
        relative = self.titled_relative(name)
        if relative is not None:
            return replace(self.actor(relative, name), gender=gender)
        return Speaker(name, name, "person", gender)

    def _same_pronoun_subject(self, start: int, limit: int, wanted: str) -> Speaker | None:
        """'she called for ...' before 'she said': the earlier 'she' is the same person, resolved there."""
        pronoun = re.match(r"\s*(?:[^,]{0,80},\s*)?([Hh]e|[Ss]he)\b", self.masked[start:limit])
        if pronoun is None or PRONOUN_WANTS.get(pronoun.group(1).lower()) != wanted:
            return None
        return self.antecedent(start + pronoun.start(1), wanted, pronoun.group(1))

    @cached_property
    def unknown_people(self) -> list[tuple[int, str, str]]:
        """People the table lacks, introduced by a full name and then a pronoun ("Maria Gomez ... she")."""
        found = []
        pattern = (
            rf"{_START}(?:{HONORIFIC}\s+)?{NAME_TOKEN}\s+{NAME_TOKEN}(?:\s+{NAME_TOKEN})?(?![\w’'])"
        )
        for match in re.finditer(pattern, self.masked):
            lead = self.masked[max(0, match.start() - 6) : match.start()]
            if re.search(r"\b(?:a|an|the|at|in|on|to|from|near|of|for|by|into|via)\s+$", lead):
                continue
            if self.overlapping(match.start()) or self.within(match.start(), match.end()):
                continue
            window = self.masked[match.end() : match.end() + 160]
            following = re.search(r"\b(he|his|him|she|her|hers)\b", window)
            if following and not re.search(
                NAME_TOKEN + r"\s+" + NAME_TOKEN, window[: following.start()]
            ):
                gender = "male" if following.group(1) in ("he", "his", "him") else "female"
                name = re.sub(rf"^{HONORIFIC}\s+", "", re.sub(r"\s+", " ", match.group(0)))
                found.append((match.start(), name, gender))
        return found


CLAUSE_COLUMNS = ["start", "end", "verb", "lemma", "subject", "speaker", "speaker_kind", "named"]


def reporting_clauses(article: Article, actors: Actors, verbs: Verbs | None = None) -> pd.DataFrame:
    """Each reporting verb outside the quotes with its subject and the speaker it resolves to.

    The candidates attribution starts from, before any quote is attributed: `named` says whether
    the speaker is an actor of the table (or several), rather than a description as written.
    """
    resolver = Resolver.for_article(article, actors, verbs)
    verbs, masked = resolver.verbs, resolver.masked
    assert verbs is not None
    rows = []
    for cue in resolver.cues.verbs:
        sentence_start, _ = resolver.sentence_of(cue.start())
        if cue.group(1).endswith("ing") or not_reporting(masked, verbs, cue, sentence_start):
            continue
        speaker = resolver.cue_subject(cue, sentence_start)
        if speaker is None:
            continue
        rows.append(
            {
                "start": cue.start(1),
                "end": cue.end(1),
                "verb": cue.group(1),
                "lemma": verbs.lemma[cue.group(1)],
                "subject": speaker.text,
                "speaker": speaker.name,
                "speaker_kind": speaker.kind,
                "named": all(n in actors.by_name for n in speaker.names),
            }
        )
    return pd.DataFrame(rows, columns=CLAUSE_COLUMNS)
